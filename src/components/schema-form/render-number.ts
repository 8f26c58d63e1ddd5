import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { NumberField } from './normalize-schema.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, labelledField } from './render-parts.js';

/** A number input with min/max/step taken from the schema. */
export function renderNumber(field: NumberField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const error = ctx.errorFor(at);
  const step = field.multipleOf ?? (field.integer ? 1 : 'any');
  const min = field.minimum ?? field.exclusiveMinimum;
  const max = field.maximum ?? field.exclusiveMaximum;
  return labelledField(
    id,
    label,
    field,
    error,
    html`<input
      part="input"
      id=${id}
      type="number"
      inputmode=${field.integer ? 'numeric' : 'decimal'}
      step=${String(step)}
      min=${ifDefined(min === undefined ? undefined : String(min))}
      max=${ifDefined(max === undefined ? undefined : String(max))}
      .value=${live(ctx.numberText(at, value))}
      placeholder=${ifDefined(field.placeholder)}
      ?required=${field.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, field, error))}
      @input=${(e: Event) => ctx.numberInput(path, e.target as HTMLInputElement)}
      @blur=${() => ctx.touch(at)}
    />`,
  );
}
