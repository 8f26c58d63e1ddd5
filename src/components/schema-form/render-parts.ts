import { html, nothing } from 'lit';
import type { Field } from './normalize-schema.js';

/** The ids an input's `aria-describedby` lists: its help text and its message, when shown. */
export function describedBy(id: string, field: Field, error: string | undefined): string | undefined {
  const ids = [field.description ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The visible "required" mark (the input's `required` tells assistive technology). */
export function requiredMark(field: Field) {
  return field.required ? html`<span part="required" aria-hidden="true"> *</span>` : nothing;
}

/** `description` as help text (always text, never HTML). */
export function help(id: string, field: Field) {
  return field.description ? html`<div part="help" id=${`${id}-help`}>${field.description}</div>` : nothing;
}

/** The field's message, linked by `aria-describedby`. */
export function errorMessage(id: string, error: string | undefined) {
  return error ? html`<div part="error" class="error-text" id=${`${id}-error`}>${error}</div>` : nothing;
}

/** A field with a label above its control (input, select…), then its help text and message. */
export function labelledField(id: string, label: string, field: Field, error: string | undefined, control: unknown) {
  return html`<div part="field">
    <label part="label" for=${id}>${label}${requiredMark(field)}</label>
    <div part="control">${control}</div>
    ${help(id, field)} ${errorMessage(id, error)}
  </div>`;
}
