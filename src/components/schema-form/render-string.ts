import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { StringField } from './normalize-schema.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, labelledField } from './render-parts.js';

const INPUT_TYPES = { email: 'email', uri: 'url', date: 'date', password: 'password' } as const;

/** A text input: plain, email, URL, date, or a masked password with a reveal button. */
export function renderString(field: StringField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const error = ctx.errorFor(at);
  const password = field.format === 'password';
  const revealed = password && ctx.isRevealed(at);
  const type = revealed ? 'text' : field.format ? INPUT_TYPES[field.format] : 'text';
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return labelledField(
    id,
    label,
    field,
    error,
    html`<input
      part="input"
      id=${id}
      type=${type}
      .value=${live(text)}
      placeholder=${ifDefined(field.placeholder)}
      ?required=${field.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, field, error))}
      autocomplete=${password ? 'new-password' : 'off'}
      spellcheck=${password ? 'false' : 'true'}
      @input=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        ctx.setValue(path, input.value === '' ? undefined : input.value);
      }}
      @blur=${() => ctx.touch(at)}
    />
    ${password
      ? html`<button
          type="button"
          part="reveal"
          aria-pressed=${revealed ? 'true' : 'false'}
          aria-label=${msg(str`Show ${label}`, { id: 'schema-form.reveal' })}
          @click=${() => ctx.toggleReveal(at)}
        >
          ${msg('Show', { id: 'schema-form.reveal-short' })}
        </button>`
      : nothing}`,
  );
}
