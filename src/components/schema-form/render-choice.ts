import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { ChoiceField } from './normalize-schema.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, errorMessage, help, labelledField, requiredMark } from './render-parts.js';

/** Up to this many options render as radio buttons; more as a select. */
export const MAX_RADIOS = 4;

/** `enum` or `oneOf`/`anyOf` of `const`: a radio group (few options) or a select (many). */
export function renderChoice(field: ChoiceField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const error = ctx.errorFor(at);
  const selected = field.options.findIndex((o) => Object.is(o.value, value));
  const choose = (index: number) => {
    ctx.setValue(path, index < 0 ? undefined : field.options[index]?.value);
    ctx.touch(at);
  };

  if (field.options.length > MAX_RADIOS) {
    return labelledField(
      id,
      label,
      field,
      error,
      html`<select
        part="input"
        id=${id}
        ?required=${field.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, field, error))}
        @change=${(e: Event) => choose(Number((e.target as HTMLSelectElement).value))}
        @blur=${() => ctx.touch(at)}
      >
        <option value="-1" .selected=${selected < 0}>${msg('Choose…', { id: 'schema-form.choose' })}</option>
        ${field.options.map((o, i) => html`<option value=${String(i)} .selected=${i === selected}>${o.label}</option>`)}
      </select>`,
    );
  }

  return html`<fieldset
    part="field fieldset radiogroup"
    role="radiogroup"
    id=${id}
    aria-required=${field.required ? 'true' : 'false'}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${ifDefined(describedBy(id, field, error))}
  >
    <legend part="label legend">${label}${requiredMark(field)}</legend>
    ${field.options.map(
      (o, i) => html`<label part="option">
        <input
          type="radio"
          name=${id}
          .checked=${live(i === selected)}
          @change=${() => choose(i)}
          @blur=${() => ctx.touch(at)}
        />
        ${o.label}
      </label>`,
    )}
    ${help(id, field)} ${errorMessage(id, error)}
  </fieldset>`;
}
