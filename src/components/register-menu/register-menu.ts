import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { DevRegRegisterSelectedEvent, type RegisterOption } from '../../events/devreg-register-selected.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { registerMenuStyles } from './register-menu.styles.js';

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

interface MenuEntry {
  key: string;
  label: string;
  category: RegisterMenuCategory;
  option: RegisterOption;
}

const EXTENSION_CATEGORY: Record<string, RegisterMenuCategory> = {
  extensibleDeviceRegistration: 'single',
  extensibleBulkDeviceRegistration: 'bulk',
};

/**
 * The "Register device" menu button (WAI-ARIA menu button pattern). Its menu has two sections,
 * "Single registration" and "Bulk registration": the built-in "Single device registration" and
 * "Bulk device registration", then the registration forms microservices declare
 * (`adapter.listExtensions()`, by their `name`), then client-side forms (`forms`, by `label`,
 * ordered by `priority`). If the extensions cannot be loaded, the built-in items still work
 * and a short note says so (the failure is reported through `devreg-error`).
 *
 * Keyboard: Enter, Space or ArrowDown open the menu on its first item, ArrowUp on its last;
 * in the menu ArrowDown/ArrowUp move (wrapping), Home/End jump, a letter jumps to the next item
 * starting with it, Enter/Space choose, Escape closes and returns focus to the button, Tab closes.
 * A click outside closes it.
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
 * @csspart note - The note shown while extensions load or when they failed to load.
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

  @queryAll('[role="menuitem"]')
  private items!: NodeListOf<HTMLButtonElement>;

  /** The server-declared forms (kept while they are fetched again). */
  @state()
  private extensions: RegistrationExtension[] = [];

  @state()
  private extensionsStatus: 'pending' | 'failed' | 'done' = 'done';

  /** The adapter the extensions were asked from (`null`: none). */
  #extensionsFor?: RegistrationAdapter | null;
  #extensionsAbort?: AbortController;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#extensionsFor !== (this.effectiveAdapter ?? null)) void this.#loadExtensions();
    if (changed.has('disabledReason') && this.disabledReason && this.open) this.setOpen(false);
  }

  private get entries(): MenuEntry[] {
    const extensions = this.extensions.filter((e) => EXTENSION_CATEGORY[e.type]);
    const forms = [...(this.forms ?? [])]
      .map((form, index) => ({ form, index }))
      .sort((a, b) => (b.form.priority ?? 0) - (a.form.priority ?? 0) || a.index - b.index)
      .map(({ form }) => form);
    const entries: MenuEntry[] = [
      {
        key: 'single',
        label: msg('Single device registration', { id: 'menu.single' }),
        category: 'single',
        option: { kind: 'single' },
      },
      {
        key: 'bulk',
        label: msg('Bulk device registration', { id: 'menu.bulk' }),
        category: 'bulk',
        option: { kind: 'bulk' },
      },
      ...extensions.map((extension, index): MenuEntry => ({
        key: `extension:${index}:${extension.contextPath}:${extension.type}`,
        label: extension.name,
        category: EXTENSION_CATEGORY[extension.type],
        option: { kind: 'extension', extension },
      })),
      ...forms.map((form): MenuEntry => ({
        key: `form:${form.id}`,
        label: form.label,
        category: form.category === 'bulk' ? 'bulk' : 'single',
        option: { kind: 'form', formId: form.id },
      })),
    ];
    // Built-in first, then extensions, then forms, within each section.
    return REGISTER_MENU_CATEGORIES.flatMap((category) => entries.filter((e) => e.category === category));
  }

  protected override render() {
    const reason = this.disabledReason?.trim();
    const entries = this.entries;
    const groupLabels: Record<RegisterMenuCategory, string> = {
      single: msg('Single registration', { id: 'menu.group.single' }),
      bulk: msg('Bulk registration', { id: 'menu.group.bulk' }),
    };
    return html`<div part="base">
      <button
        part="button"
        class="primary"
        id="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-describedby=${reason ? 'reason' : nothing}
        ?disabled=${!!reason}
        @click=${this.handleTriggerClick}
        @keydown=${this.handleTriggerKeydown}
      >
        ${msg('Register device', { id: 'menu.button' })}
        <svg part="caret" viewBox="0 0 12 12" aria-hidden="true" focusable="false">${svg`<path d="M2 4l4 4 4-4z" />`}</svg>
      </button>
      ${reason ? html`<p id="reason" part="reason">${reason}</p>` : nothing}
      <div part="popup" ?hidden=${!this.open} @focusout=${this.handleFocusOut}>
        <div id="menu" role="menu" part="menu" aria-labelledby="trigger" @keydown=${this.handleMenuKeydown}>
          ${REGISTER_MENU_CATEGORIES.map((category) => {
            const items = entries.filter((e) => e.category === category);
            return html`<div role="group" part="group" aria-labelledby="group-${category}">
              <div role="presentation" id="group-${category}" part="group-label">${groupLabels[category]}</div>
              ${items.map(
                (entry) => html`<button
                  type="button"
                  role="menuitem"
                  part="item"
                  tabindex="-1"
                  data-key=${entry.key}
                  @click=${() => this.choose(entry)}
                >
                  ${entry.label}
                </button>`,
              )}
            </div>`;
          })}
        </div>
        ${this.renderNote()}
      </div>
    </div>`;
  }

  private renderNote() {
    if (this.extensionsStatus === 'pending') {
      return html`<p part="note" role="status">${msg('Loading more registration forms…', { id: 'menu.extensions.loading' })}</p>`;
    }
    if (this.extensionsStatus === 'failed') {
      return html`<p part="note">${msg('Registration forms provided by services could not be loaded.', { id: 'menu.extensions.failed' })}</p>`;
    }
    return nothing;
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    if (open) document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
    else document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
  }

  private async openMenu(focus: 'first' | 'last'): Promise<void> {
    if (this.disabledReason?.trim()) return;
    this.setOpen(true);
    await this.updateComplete;
    const items = [...this.items];
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    this.setOpen(false);
    if (returnFocus) this.trigger?.focus();
  }

  private choose(entry: MenuEntry): void {
    this.closeMenu(true);
    this.dispatchEvent(new DevRegRegisterSelectedEvent({ ...entry.option }));
  }

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

  private handleMenuKeydown = (event: KeyboardEvent) => {
    const items = [...this.items];
    const current = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current < 0 ? -1 : current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(-1);
        break;
      case 'Escape':
        event.stopPropagation();
        this.closeMenu(true);
        break;
      case 'Tab':
        this.closeMenu(false);
        return; // let focus move on
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !/\S/.test(event.key)) return;
        const char = event.key.toLocaleLowerCase();
        for (let step = 1; step <= items.length; step++) {
          const item = items[(current + step) % items.length];
          if (item.textContent?.trim().toLocaleLowerCase().startsWith(char)) {
            item.focus();
            break;
          }
        }
      }
    }
    event.preventDefault();
  };

  private handleFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.shadowRoot?.contains(next) && !this.contains(next)) this.setOpen(false);
  };

  private handleDocumentPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.setOpen(false);
  };
}
