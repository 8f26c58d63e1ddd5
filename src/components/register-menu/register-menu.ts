import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { sharedStyles } from '../../styles/shared.js';
import type * as MenuPopup from './register-menu-popup.js';
import { registerMenuStyles } from './register-menu.styles.js';

// The drop-down fires it (and loads its module); re-exported as a type so that importing the menu
// still types `devreg-register-selected` listeners.
export type { DevRegRegisterSelectedEvent } from '../../events/devreg-register-selected.js';

/** The two sections of the menu. */
export const REGISTER_MENU_CATEGORIES = ['single', 'bulk'] as const;
export type RegisterMenuCategory = (typeof REGISTER_MENU_CATEGORIES)[number];

/** A client-side registration form offered in the menu (the page fills these from its `registration-form` slot). */
export interface RegisterMenuForm {
  /** Identifies the form in the `devreg-register-selected` event (`option.formId`). */
  id: string;
  /** The menu item's text. */
  label: string;
  category: RegisterMenuCategory;
  /** Higher comes first among the slotted forms of a section; default 0, ties keep their order. */
  priority?: number;
}

/**
 * Loads the drop-down (sections, items, keyboard handling) on first use: the closed button is all
 * a list page shows. An object, so that a test can make the load fail.
 */
export const menuPopupLoader = {
  load: (): Promise<typeof MenuPopup> => import('./register-menu-popup.js'),
};

/**
 * The "Register device" menu button (WAI-ARIA menu button pattern). Its menu has two sections,
 * "Single registration" and "Bulk registration": the built-in "Single device registration" and
 * "Bulk device registration", then the registration forms microservices declare
 * (`adapter.listExtensions()`, by their `name`), then client-side forms (`forms`, by `label`,
 * ordered by `priority`). If the extensions cannot be loaded, the built-in items still work
 * and a short note says so (the failure is reported through `devreg-error`); opening the menu
 * again asks for them again.
 *
 * Keyboard: Enter, Space or ArrowDown open the menu on its first item, ArrowUp on its last;
 * in the menu ArrowDown/ArrowUp move (wrapping), Home/End jump, a letter jumps to the next item
 * starting with it, Enter/Space choose, Escape closes and returns focus to the button, Tab closes.
 * A click outside closes it. The drop-down is loaded on the first hover, focus or click of the
 * button; if it cannot be loaded, a message under the button says so, and the next click loads it
 * again (browsers fetch a failed module anew, whatwg/html#10327).
 *
 * @summary The "Register device" menu.
 *
 * @fires {DevRegRegisterSelectedEvent} devreg-register-selected - An item was chosen; `option` says which.
 * @fires {DevRegErrorEvent} devreg-error - `listExtensions` failed.
 *
 * @csspart base - The wrapper of the button and the reason.
 * @csspart button - The "Register device" button.
 * @csspart caret - The arrow icon in the button.
 * @csspart reason - Why the button is disabled (shown when `disabledReason` is set).
 * @csspart popup - The drop-down holding the menu and the note.
 * @csspart menu - The element with `role="menu"`.
 * @csspart group - A section ("Single registration", "Bulk registration").
 * @csspart group-label - A section's visible title.
 * @csspart item - A menu item.
 * @csspart note - The note shown while extensions load or when they failed to load, and the message
 *   shown under the button when the menu itself could not be loaded.
 *
 * @cssprop --devreg-register-menu-min-width - Minimum width of the drop-down (default 16rem).
 * @cssprop --devreg-register-menu-z-index - Stacking of the drop-down (default 10).
 * @cssprop --devreg-register-menu-background - Drop-down background (falls back to `--devreg-color-surface`).
 * @cssprop --devreg-register-menu-shadow - Drop-down shadow (falls back to `--devreg-shadow-popup`).
 * @cssprop --devreg-register-menu-item-hover-background - Background of the hovered or focused item (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-register-menu-reason-color - Colour of the disabled reason (falls back to `--devreg-color-text-muted`).
 */
export class DevRegRegisterMenu extends DevRegElement {
  static override styles = [sharedStyles, registerMenuStyles];

  /** Client-side registration forms to offer after the built-in and server-declared items. */
  @property({ attribute: false })
  forms: RegisterMenuForm[] = [];

  /** When set, the button is disabled and this text says why (visible, and the button's description). */
  @property({ attribute: 'disabled-reason' })
  disabledReason?: string;

  @state()
  private open = false;

  @query('[part~="button"]')
  private trigger?: HTMLButtonElement;

  /** The server-declared forms (kept while they are fetched again). */
  @state()
  private extensions: RegistrationExtension[] = [];

  @state()
  private extensionsStatus: 'pending' | 'failed' | 'done' = 'done';

  /**
   * Opening failed because the drop-down could not be loaded; the next click loads it again.
   */
  @state()
  private popupFailed = false;

  /** The adapter the extensions were asked from (`null`: none). */
  #extensionsFor?: RegistrationAdapter | null;
  #extensionsAbort?: AbortController;
  /** The drop-down's module, loaded on the first hover, focus or click of the button. */
  readonly #popup = new LazyPart(this, () => menuPopupLoader.load());

  /** Asks the adapter for its extensions again (e.g. after they failed to load). */
  reloadExtensions(): void {
    void this.#loadExtensions();
  }

  async #loadExtensions(): Promise<void> {
    this.#extensionsAbort?.abort();
    const adapter = this.effectiveAdapter;
    this.#extensionsFor = adapter ?? null;
    if (!adapter?.listExtensions) {
      this.extensions = [];
      this.extensionsStatus = 'done';
      return;
    }
    const abort = (this.#extensionsAbort = new AbortController());
    this.extensionsStatus = 'pending';
    try {
      const extensions = await adapter.listExtensions({ signal: abort.signal });
      if (abort.signal.aborted) return;
      this.extensions = extensions;
      this.extensionsStatus = 'done';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.reportError('listExtensions', error);
      this.extensions = [];
      this.extensionsStatus = 'failed';
    }
  }

  /** Focuses the "Register device" button. */
  override focus(options?: FocusOptions): void {
    if (this.trigger) this.trigger.focus(options);
    else super.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.setOpen(false);
    this.#extensionsAbort?.abort();
    this.#extensionsFor = undefined; // asked again when connected again
  }

  /** Also waits for a drop-down being loaded (a click on the closed button opens it once loaded). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#popup.loading;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#extensionsFor !== (this.effectiveAdapter ?? null)) void this.#loadExtensions();
    if (changed.has('disabledReason') && this.disabledReason && this.open) this.setOpen(false);
  }

  protected override render() {
    const reason = this.disabledReason?.trim();
    const popup = this.#popup.module;
    return html`<div part="base">
      <button
        part="button"
        class="primary"
        id="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${popup ? 'menu' : nothing}
        aria-describedby=${reason ? 'reason' : nothing}
        ?disabled=${!!reason}
        @click=${this.handleTriggerClick}
        @keydown=${this.handleTriggerKeydown}
        @pointerenter=${this.prefetch}
        @focus=${this.prefetch}
        @blur=${this.#cancelOpen}
      >
        ${msg('Register device', { id: 'menu.button' })}
        <svg part="caret" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2 4l4 4 4-4z"></path></svg>
      </button>
      ${reason ? html`<p id="reason" part="reason">${reason}</p>` : nothing}
      ${this.popupFailed
        ? html`<p part="note" class="error-text" role="alert">
            ${msg('The registration forms could not be loaded. Check the connection, then try again.', { id: 'menu.loadFailed' })}
          </p>`
        : nothing}
      ${popup?.renderMenuPopup({
        host: this,
        open: this.open,
        extensions: this.extensions,
        extensionsStatus: this.extensionsStatus,
        forms: this.forms ?? [],
        close: (returnFocus) => this.closeMenu(returnFocus),
      })}
    </div>`;
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    if (open) document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
    else document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
  }

  private async openMenu(focus: 'first' | 'last'): Promise<void> {
    if (this.disabledReason?.trim()) return;
    if (this.extensionsStatus === 'failed') void this.#loadExtensions(); // the menu says they are asked for again
    const ticket = ++this.#openTicket;
    const popup = await this.#popup.load();
    this.popupFailed = !popup;
    // the user moved on while it loaded (the focus left the button): do not take it back
    if (!popup || ticket !== this.#openTicket || this.disabledReason?.trim() || this.open || !this.isConnected) return;
    this.setOpen(true);
    await this.updateComplete;
    popup.focusMenuItem(this.renderRoot, focus);
  }

  private closeMenu(returnFocus: boolean): void {
    this.setOpen(false);
    if (returnFocus) this.trigger?.focus();
  }

  /** Counts the requests to open: one made while the drop-down loaded is dropped if the focus left the button meanwhile. */
  #openTicket = 0;
  #cancelOpen = () => this.#openTicket++;

  /** Hover or focus on the button: load the drop-down now, so that a click does not wait for it. */
  private prefetch = () => void this.#popup.load();

  private handleTriggerClick = () => {
    if (this.open) this.closeMenu(false);
    else void this.openMenu('first');
  };

  private handleTriggerKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.closeMenu(true);
    }
  };

  private handleDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.setOpen(false);
  };
}
