import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { addStyles } from '../internal/add-styles.js';
import { deepActiveElement } from '../internal/deep-active-element.js';

export interface ModalDialogOptions {
  /** The native `<dialog>` the host renders (it stays in the host's template while the host lives). */
  dialog: () => HTMLDialogElement | null | undefined;
  /** Whether closing now would lose something (unsaved input, work under way): then the user is asked first. */
  needsConfirmation: () => boolean;
  /** Whether the content has sent something and waits for the answer (the question then says so). */
  busy?: () => boolean;
  /** The dialog's content: the focus goes into it when what had it before the question is gone. */
  content?: () => Element | null | undefined;
  /** Called once the dialog has closed, whatever closed it. */
  onClose?: () => void;
  /** The user answered "Discard changes?" with "Discard" (called before the dialog closes). */
  onDiscard?: () => void;
}


const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The first element that takes focus in the flat tree under `root` (through open shadow roots and slots). */
export function firstFocusable(root: Element | ShadowRoot): HTMLElement | undefined {
  const children =
    root instanceof HTMLSlotElement ? root.assignedElements({ flatten: true }) : Array.from(root.children);
  for (const child of children) {
    if (child instanceof HTMLElement && (child.inert || child.hidden)) continue;
    if (child instanceof HTMLElement && child.matches(FOCUSABLE) && child.checkVisibility()) return child;
    const inner = firstFocusable(child.shadowRoot ?? child);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The question's styles, loaded with this controller (a page that only lists never needs them); a
 * constructable sheet, since a strict CSP refuses `<style>` elements.
 */
const confirmationStyles = css`
  [part~='confirmation'] {
    position: sticky;
    bottom: 0;
    margin: 0;
    padding: 0.75rem 1.25rem;
    border-top: 1px solid var(--devreg-color-warning, #b54708);
    background: var(--devreg-color-warning-surface, #fffaeb);
  }
  [part~='confirmation'] p {
    margin: 0 0 0.5rem;
  }
  [part~='confirmation-title'] {
    font-weight: 600;
  }
  [part~='confirmation-actions'] {
    display: flex;
    gap: 0.5rem;
  }
`;

/**
 * Drives a native modal `<dialog>`: `showModal()` (the rest of the page becomes inert), focus
 * back to the opener when it closes, and Escape / the close button asking first — through an
 * inline confirmation "Discard changes?" ("Keep editing" / "Discard") rendered by the host with
 * {@link renderConfirmation} — when the content has unsaved input or is busy.
 *
 * The host renders the dialog and, inside it, `renderConfirmation()`; while `confirming` it
 * should make the rest of the dialog's content `inert`.
 */
export class ModalDialogController implements ReactiveController {
  /** The "Discard changes?" question is showing. */
  confirming = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ModalDialogOptions;
  #opener?: HTMLElement;
  #focusBeforeConfirm?: HTMLElement;
  #wired = new WeakSet<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: ModalDialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return !!this.#options.dialog()?.open;
  }

  hostDisconnected(): void {
    const dialog = this.#options.dialog();
    if (dialog?.open) dialog.close();
    this.confirming = false;
    this.#active = false;
  }

  /**
   * Opens the dialog modally. Focus returns to `opener` (default: what has focus now) when it closes.
   * Call after the host rendered the dialog.
   */
  show(opener?: HTMLElement): void {
    const dialog = this.#options.dialog();
    if (!dialog) return;
    this.#wire(dialog);
    this.#opener = opener ?? deepActiveElement();
    this.confirming = false;
    this.#active = true;
    if (!dialog.open) dialog.showModal();
    this.#host.requestUpdate();
  }

  /**
   * Closes the dialog unless that would lose something: then shows the confirmation instead.
   * Returns whether it closed.
   */
  requestClose(): boolean {
    const dialog = this.#options.dialog();
    if (!dialog?.open) return true;
    if (this.confirming) return false;
    if (this.#options.needsConfirmation()) {
      this.#focusBeforeConfirm = deepActiveElement();
      this.confirming = true;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.#confirmButton('keep')?.focus());
      return false;
    }
    this.close();
    return true;
  }

  /**
   * Moves focus to the first control of `content` (e.g. a wizard's first field once it rendered),
   * unless the user already moved it somewhere else inside the dialog.
   */
  focusContent(content: Element, except: Element[] = []): void {
    const dialog = this.#options.dialog();
    if (!dialog?.open || this.confirming) return;
    const active = deepActiveElement();
    if (active && active !== dialog && !except.includes(active) && dialog.contains(active)) return;
    firstFocusable(content.shadowRoot ?? content)?.focus();
  }

  /** Closes the dialog without asking. */
  close(): void {
    const dialog = this.#options.dialog();
    this.confirming = false;
    if (dialog?.open) dialog.close();
    this.#finish();
  }

  /**
   * The content's state changed (the host renders again, the question's text following `busy`): a
   * question whose reason is gone (the registration it waited for has finished, say) goes away, as
   * if answered with "Keep editing".
   */
  contentChanged(): void {
    if (this.confirming && !this.#options.needsConfirmation()) this.keepEditing();
  }

  /** Answers the confirmation with "Keep editing": back to the content. */
  keepEditing(): void {
    if (!this.confirming) return;
    this.confirming = false;
    this.#host.requestUpdate();
    const previous = this.#focusBeforeConfirm;
    this.#focusBeforeConfirm = undefined;
    void this.#host.updateComplete.then(() => {
      // what had the focus may be gone meanwhile (the result replaced the form): then into the content
      if (previous?.isConnected && !previous.matches(':disabled')) previous.focus();
      else {
        const content = this.#options.content?.();
        if (content) this.focusContent(content);
      }
    });
  }

  /** The inline confirmation; render it inside the dialog. Nothing unless `confirming`. */
  renderConfirmation(): TemplateResult | typeof nothing {
    if (!this.confirming) return nothing;
    if (this.#host.shadowRoot) addStyles(this.#host.shadowRoot, confirmationStyles);
    return html`<div
      part="confirmation"
      role="alertdialog"
      aria-labelledby="devreg-confirm-title"
      aria-describedby="devreg-confirm-text"
    >
      <p id="devreg-confirm-title" part="confirmation-title">${msg('Discard changes?', { id: 'page.dialog.discard.title' })}</p>
      <p id="devreg-confirm-text">
        ${this.#options.busy?.()
          ? msg('The form has been sent and waits for its answer: if you close it, you will not see the result, and the registration may still be made.', {
              id: 'page.dialog.discard.busy',
            })
          : msg('What you entered or started in this form will be lost.', { id: 'page.dialog.discard.text' })}
      </p>
      <div part="confirmation-actions">
        <button type="button" class="primary" data-confirm="keep" @click=${() => this.keepEditing()}>
          ${msg('Keep editing', { id: 'page.dialog.discard.keep' })}
        </button>
        <button type="button" class="danger" data-confirm="discard" @click=${this.#discard}>
          ${msg('Discard', { id: 'page.dialog.discard.confirm' })}
        </button>
      </div>
    </div>`;
  }

  #discard = (): void => {
    this.#options.onDiscard?.();
    this.close();
  };

  #confirmButton(which: 'keep' | 'discard'): HTMLButtonElement | null | undefined {
    return this.#options.dialog()?.querySelector<HTMLButtonElement>(`[data-confirm="${which}"]`);
  }

  #wire(dialog: HTMLDialogElement): void {
    if (this.#wired.has(dialog)) return;
    this.#wired.add(dialog);
    // Escape is handled on keydown (cancelling it stops the browser's own close request), so
    // content that uses Escape itself (a combobox) can preventDefault() it first.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !dialog.open) return;
      event.preventDefault();
      if (this.confirming) this.keepEditing();
      else this.requestClose();
    });
    // Other close requests (a platform back gesture) arrive as `cancel`.
    dialog.addEventListener('cancel', (event) => {
      if (event.target !== dialog) return;
      event.preventDefault();
      if (this.confirming) this.keepEditing();
      else this.requestClose();
    });
    dialog.addEventListener('close', (event) => {
      if (event.target === dialog) this.#finish();
    });
  }

  /** Whether the dialog was opened by `show()` and its end has not run yet. */
  #active = false;

  #finish(): void {
    // Runs once per opening: from close(), or from the `close` event when the browser closed it.
    if (!this.#active || this.#options.dialog()?.open) return;
    this.#active = false;
    this.confirming = false;
    const opener = this.#opener;
    this.#opener = undefined;
    this.#focusBeforeConfirm = undefined;
    if (opener?.isConnected) opener.focus();
    this.#host.requestUpdate();
    this.#options.onClose?.();
  }
}
