import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ObjectField } from './normalize-schema.js';
import { own } from './json.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, help } from './render-parts.js';
import { fieldLabel } from './validate.js';

/** An object: its properties, in a fieldset with a legend unless it is the form's root. */
export function renderObject(field: ObjectField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const children = field.properties.map((property) =>
    ctx.renderField(property, own(value, property.key), [...path, property.key], fieldLabel(property, property.key)),
  );
  if (!path.length) {
    return html`${field.description ? html`<p part="help description" id=${`${id}-help`}>${field.description}</p>` : nothing}
      ${children}`;
  }
  return html`<fieldset part="fieldset object" id=${id} aria-describedby=${ifDefined(describedBy(id, field, undefined))}>
    <legend part="legend">${label}</legend>
    ${help(id, field)} ${children}
  </fieldset>`;
}
