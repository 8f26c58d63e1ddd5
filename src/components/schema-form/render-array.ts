import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { ArrayField } from './normalize-schema.js';
import { type PathSegment, pathToString } from './model.js';
import type { RenderContext } from './render-context.js';
import { describedBy, errorMessage, help, requiredMark } from './render-parts.js';
import { itemLabel } from './validate.js';

/** A list of values or objects: add, remove, "Move up", "Move down", within minItems/maxItems. */
export function renderArray(field: ArrayField, value: unknown, path: readonly PathSegment[], label: string, ctx: RenderContext) {
  const at = pathToString(path);
  const id = ctx.idFor(at);
  const error = ctx.errorFor(at);
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const canAdd = field.maxItems === undefined || items.length < field.maxItems;
  const canRemove = field.minItems === undefined || items.length > field.minItems;
  const itemField = { ...field.items, required: true };
  const addLabel = field.items.title ?? label;
  return html`<fieldset part="field fieldset array" id=${id} aria-describedby=${ifDefined(describedBy(id, field, error))}>
    <legend part="label legend">${label}${requiredMark(field)}</legend>
    ${help(id, field)}
    ${items.length
      ? html`<ol part="items">
          ${items.map((item, index) => {
            const itemPath = [...path, index];
            const name = itemLabel(field, label, index);
            const itemId = ctx.idFor(pathToString(itemPath));
            return html`<li part="item">
              ${ctx.renderField(itemField, item, itemPath, name)}
              <div part="item-actions">
                <button
                  type="button"
                  id=${`${itemId}-up`}
                  aria-label=${msg(str`Move up: ${name}`, { id: 'schema-form.move-up-label' })}
                  ?disabled=${index === 0}
                  @click=${() => ctx.arrayAction(path, 'up', index)}
                >
                  ${msg('Move up', { id: 'schema-form.move-up' })}
                </button>
                <button
                  type="button"
                  id=${`${itemId}-down`}
                  aria-label=${msg(str`Move down: ${name}`, { id: 'schema-form.move-down-label' })}
                  ?disabled=${index === items.length - 1}
                  @click=${() => ctx.arrayAction(path, 'down', index)}
                >
                  ${msg('Move down', { id: 'schema-form.move-down' })}
                </button>
                <button
                  type="button"
                  id=${`${itemId}-remove`}
                  aria-label=${msg(str`Remove: ${name}`, { id: 'schema-form.remove-label' })}
                  ?disabled=${!canRemove}
                  @click=${() => ctx.arrayAction(path, 'remove', index)}
                >
                  ${msg('Remove', { id: 'schema-form.remove' })}
                </button>
              </div>
            </li>`;
          })}
        </ol>`
      : html`<p part="empty">${msg('No items yet.', { id: 'schema-form.no-items' })}</p>`}
    <div part="actions">
      <button type="button" id=${`${id}-add`} ?disabled=${!canAdd} @click=${() => ctx.arrayAction(path, 'add', items.length)}>
        ${msg(str`Add ${addLabel}`, { id: 'schema-form.add' })}
      </button>
    </div>
    ${errorMessage(id, error)}
    ${!canAdd && field.maxItems !== undefined
      ? html`<div part="help">${msg(str`At most ${field.maxItems} items.`, { id: 'schema-form.max-items-reached' })}</div>`
      : nothing}
  </fieldset>`;
}
