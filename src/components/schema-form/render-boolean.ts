import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BooleanField } from './normalize-schema.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, errorMessage, help } from './render-parts.js';

/** A checkbox. */
export function renderBoolean(field: BooleanField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const error = ctx.errorFor(at);
  return html`<div part="field checkbox">
    <div part="control">
      <input
        part="input"
        id=${id}
        type="checkbox"
        .checked=${live(value === true)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, field, error))}
        @change=${(e: Event) => {
          ctx.setValue(path, (e.target as HTMLInputElement).checked);
          ctx.touch(at);
        }}
      />
      <label part="label" for=${id}>${label}</label>
    </div>
    ${help(id, field)} ${errorMessage(id, error)}
  </div>`;
}
