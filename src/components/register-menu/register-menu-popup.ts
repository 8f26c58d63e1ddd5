import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationExtension } from '../../adapters/registration-adapter.js';
import { DevRegRegisterSelectedEvent, type RegisterOption } from '../../events/devreg-register-selected.js';
import { addStyles } from '../../internal/add-styles.js';
import { REGISTER_MENU_CATEGORIES, type RegisterMenuCategory, type RegisterMenuForm } from './register-menu.js';

// The open menu of <devreg-register-menu>: its sections, items, note and keyboard handling.
// Loaded on the first hover, focus or click of the button: the closed button is all a list page shows.

/** What the popup shows and how it tells the menu element what the user did. */
export interface MenuPopupState {
  /** The menu element: the chosen option is announced from it. */
  host: HTMLElement;
  open: boolean;
  extensions: readonly RegistrationExtension[];
  extensionsStatus: 'pending' | 'failed' | 'done';
  forms: readonly RegisterMenuForm[];
  /** Closes the menu; `returnFocus` puts focus back on the button. */
  close: (returnFocus: boolean) => void;
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

/** The popup's styles, loaded with it (a constructable sheet: a strict CSP refuses `<style>` elements). */
const popupStyles = css`
  [part~='popup'] {
    position: absolute;
    top: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: var(--devreg-register-menu-z-index, 10);
    min-width: var(--devreg-register-menu-min-width, 16rem);
    max-width: min(28rem, 90vw);
    padding: 0.25rem 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-register-menu-background, var(--devreg-color-surface, #fff));
    box-shadow: var(--devreg-register-menu-shadow, var(--devreg-shadow-popup, 0 8px 24px rgb(31 35 40 / 20%)));
  }
  /* Anchored to the button: end-aligned with it (the menu usually ends a page header), flipped to
     start-aligned or above it when that would leave the viewport. Without anchor positioning the
     popup keeps the start-aligned absolute position above. */
  @supports (anchor-name: --a) {
    [part~='button'] {
      anchor-name: --devreg-register-menu-button;
    }
    [part~='popup'] {
      position: fixed;
      position-anchor: --devreg-register-menu-button;
      top: calc(anchor(bottom) + 0.25rem);
      inset-inline-start: auto;
      inset-inline-end: anchor(end);
      position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
    }
  }
  [part~='popup'][hidden] {
    display: none;
  }
  [role='group'] + [role='group'] {
    border-top: 1px solid var(--devreg-color-border, #d0d7de);
    margin-top: 0.25rem;
    padding-top: 0.25rem;
  }
  [part~='group-label'] {
    padding: 0.25rem 0.75rem;
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='item'] {
    display: block;
    width: 100%;
    min-height: 2rem;
    border: 0;
    border-radius: 0;
    padding: 0.375rem 0.75rem;
    text-align: start;
    background: transparent;
  }
  [part~='item']:hover,
  [part~='item']:focus {
    background: var(--devreg-register-menu-item-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [part~='item']:focus-visible {
    outline-offset: -2px;
  }
  [part~='popup'] [part~='note'] {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.75rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
`;

/** Built-in first, then extensions, then forms (by priority), within each section. */
function entries(state: MenuPopupState): MenuEntry[] {
  const forms = state.forms
    .map((form, index) => ({ form, index }))
    .sort((a, b) => (b.form.priority ?? 0) - (a.form.priority ?? 0) || a.index - b.index)
    .map(({ form }): MenuEntry => ({
      key: `form:${form.id}`,
      label: form.label,
      category: form.category === 'bulk' ? 'bulk' : 'single',
      option: { kind: 'form', formId: form.id },
    }));
  const all: MenuEntry[] = [
    { key: 'single', label: msg('Single device registration', { id: 'menu.single' }), category: 'single', option: { kind: 'single' } },
    { key: 'bulk', label: msg('Bulk device registration', { id: 'menu.bulk' }), category: 'bulk', option: { kind: 'bulk' } },
    ...state.extensions
      .filter((e) => EXTENSION_CATEGORY[e.type])
      .map((extension, index): MenuEntry => ({
        key: `extension:${index}:${extension.contextPath}:${extension.type}`,
        label: extension.name,
        category: EXTENSION_CATEGORY[extension.type],
        option: { kind: 'extension', extension },
      })),
    ...forms,
  ];
  return REGISTER_MENU_CATEGORIES.flatMap((category) => all.filter((e) => e.category === category));
}

function menuItems(within: Element): HTMLButtonElement[] {
  return [...within.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
}

/** Focuses the first or the last item of the rendered menu. */
export function focusMenuItem(root: ParentNode, which: 'first' | 'last'): void {
  const menu = root.querySelector('[role="menu"]');
  const items = menu ? menuItems(menu) : [];
  (which === 'first' ? items[0] : items[items.length - 1])?.focus();
}

/** Arrows move (wrapping), Home/End jump, a letter jumps to the next item starting with it, Escape and Tab close. */
function handleMenuKeydown(event: KeyboardEvent, state: MenuPopupState): void {
  const menu = event.currentTarget as HTMLElement;
  const items = menuItems(menu);
  const current = items.indexOf((menu.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
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
      state.close(true);
      break;
    case 'Tab':
      state.close(false);
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
}

function choose(state: MenuPopupState, option: RegisterOption): void {
  state.close(true);
  state.host.dispatchEvent(new DevRegRegisterSelectedEvent({ ...option }));
}

/** Focus left the menu element altogether: close without moving focus. */
function handleFocusOut(event: FocusEvent, state: MenuPopupState): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const next = event.relatedTarget as Node | null;
  if (next && !root.contains(next) && !root.host.contains(next)) state.close(false);
}

function renderNote(status: MenuPopupState['extensionsStatus']) {
  if (status === 'pending') {
    return html`<p part="note" role="status">${msg('Loading more registration forms…', { id: 'menu.extensions.loading' })}</p>`;
  }
  if (status === 'failed') {
    return html`<p part="note">${msg('Registration forms provided by services could not be loaded. Open the menu again to try again.', { id: 'menu.extensions.failed' })}</p>`;
  }
  return nothing;
}

/** The drop-down: the two sections with their items, and the note about server-declared forms. */
export function renderMenuPopup(state: MenuPopupState): TemplateResult {
  const all = entries(state);
  addStyles(state.host.shadowRoot!, popupStyles); // adds the sheet on the first render only
  const groupLabels: Record<RegisterMenuCategory, string> = {
    single: msg('Single registration', { id: 'menu.group.single' }),
    bulk: msg('Bulk registration', { id: 'menu.group.bulk' }),
  };
  return html`<div part="popup" ?hidden=${!state.open} @focusout=${(event: FocusEvent) => handleFocusOut(event, state)}>
      <div
        id="menu"
        role="menu"
        part="menu"
        aria-labelledby="trigger"
        @keydown=${(event: KeyboardEvent) => handleMenuKeydown(event, state)}
      >
        ${REGISTER_MENU_CATEGORIES.map(
          (category) => html`<div role="group" part="group" aria-labelledby="group-${category}">
            <div role="presentation" id="group-${category}" part="group-label">${groupLabels[category]}</div>
            ${all
              .filter((e) => e.category === category)
              .map(
                (entry) => html`<button
                  type="button"
                  role="menuitem"
                  part="item"
                  tabindex="-1"
                  data-key=${entry.key}
                  @click=${() => choose(state, entry.option)}
                >
                  ${entry.label}
                </button>`,
              )}
          </div>`,
        )}
      </div>
      ${renderNote(state.extensionsStatus)}
    </div>`;
}
