import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * The dialog's styles, loaded with it (the page that only lists never needs them); a constructable
 * sheet added by the table, since a strict CSP refuses `<style>` elements.
 */
export const removeDialogStyles = css`
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    padding: 1.25rem;
    color: inherit;
    background: var(--devreg-color-surface, #fff);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
`;

export interface RemoveDialogContext {
  /** The request to remove; the dialog is empty (and closed) without one. */
  readonly id?: string;
  readonly busy: boolean;
  readonly error?: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * The confirmation before removing a request: a native modal `<dialog>` (focus is trapped by the
 * browser), in the table from its first "Remove" on (this module is loaded with it), empty while closed.
 */
export function renderRemoveDialog(ctx: RemoveDialogContext): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="remove-dialog-heading" aria-describedby="remove-dialog-text">
    ${ctx.id === undefined ? nothing : renderContent(ctx, ctx.id)}
  </dialog>`;
}

function renderContent(ctx: RemoveDialogContext, id: string): TemplateResult {
  return html`<h2 id="remove-dialog-heading" part="dialog-heading">
      ${msg('Remove registration?', { id: 'table.dialog.heading' })}
    </h2>
    <p id="remove-dialog-text">
      ${msg(
        str`The registration request for ${id} will be removed. The device cannot connect until it is registered again.`,
        { id: 'table.dialog.text' },
      )}
    </p>
    ${ctx.error ? html`<p part="dialog-error" class="error-text" role="alert">${ctx.error}</p>` : nothing}
    <div class="dialog-actions" part="dialog-actions">
      <button type="button" ?disabled=${ctx.busy} @click=${ctx.onCancel}>
        ${msg('Cancel', { id: 'table.dialog.cancel' })}
      </button>
      <button type="button" class="danger" ?disabled=${ctx.busy} @click=${ctx.onConfirm}>
        ${msg('Remove registration', { id: 'table.dialog.confirm' })}
      </button>
    </div>`;
}
