import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { DeviceGroup } from '../../adapters/registration-adapter.js';
import { DebouncedSearchController } from '../../controllers/debounced-search-controller.js';
import { errorText } from '../../i18n/error-text.js';

export interface GroupComboboxOptions {
  /** Searches groups whose name contains the text. */
  search: (text: string, signal: AbortSignal) => Promise<DeviceGroup[]>;
  /** The text changed: any chosen group no longer applies. */
  onText: (text: string) => void;
  /** A group was chosen from the list. */
  onSelect: (group: DeviceGroup) => void;
  onSearchError?: (error: unknown) => void;
  /** Debounce in milliseconds (default 250). */
  delay?: number;
}

/**
 * State and keyboard behaviour of one "Group" combobox (ARIA 1.2 combobox with
 * a listbox popup, list autocomplete, manual selection): searches as you type,
 * ArrowDown/ArrowUp move through the options, Enter picks, Escape closes (or
 * clears when already closed), Tab leaves.
 */
export class GroupCombobox {
  open = false;
  /** Index of the active option, -1 for none. */
  active = -1;
  readonly search: DebouncedSearchController<DeviceGroup>;
  readonly #host: ReactiveControllerHost;
  readonly #options: GroupComboboxOptions;

  constructor(host: ReactiveControllerHost, options: GroupComboboxOptions) {
    this.#host = host;
    this.#options = options;
    this.search = new DebouncedSearchController<DeviceGroup>(host, {
      search: options.search,
      delay: options.delay,
      onError: options.onSearchError,
    });
  }

  /** Stops searching (the row goes away). */
  dispose(): void {
    this.search.cancel();
    this.#host.removeController(this.search);
  }

  get options(): DeviceGroup[] {
    return this.search.status === 'complete' ? this.search.results : [];
  }

  handleInput(text: string): void {
    this.#options.onText(text);
    this.open = true;
    this.active = -1;
    this.search.search(text);
  }

  handleKeydown(event: KeyboardEvent, text: string): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          if (this.search.status === 'idle' || this.search.text !== text) this.search.search(text, { immediate: true });
          if (!event.altKey && count) this.active = 0;
        } else if (count) {
          this.active = this.active >= count - 1 ? 0 : this.active + 1;
        }
        break;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          if (this.search.status === 'idle' || this.search.text !== text) this.search.search(text, { immediate: true });
          if (count) this.active = count - 1;
        } else if (count) {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        break;
      }
      case 'Enter': {
        if (this.open && this.active >= 0 && this.active < count) {
          event.preventDefault();
          this.select(this.options[this.active]);
          return;
        }
        if (this.open) this.close();
        return;
      }
      case 'Escape': {
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        } else if (text) {
          event.preventDefault();
          event.stopPropagation();
          this.search.cancel();
          this.#options.onText('');
        }
        break;
      }
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
    this.#host.requestUpdate();
    const root = (event.target as HTMLElement).getRootNode() as ShadowRoot | Document;
    const input = event.target as HTMLElement;
    void this.#host.updateComplete.then(() => {
      const id = input.getAttribute('aria-activedescendant');
      if (id) root.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    });
  }

  handleBlur(text: string): void {
    // blur also fires when a render removes the focused input: act after that render
    queueMicrotask(() => {
      // a typed name that matches one option exactly counts as choosing it
      const match = this.options.filter((g) => g.name.trim().toLowerCase() === text.trim().toLowerCase());
      if (text.trim() && match.length === 1) this.#options.onSelect(match[0]);
      this.close();
    });
  }

  select(group: DeviceGroup): void {
    this.#options.onSelect(group);
    this.close();
  }

  close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.#host.requestUpdate();
  }
}

export interface GroupComboboxView {
  key: number;
  text: string;
  error?: string;
  /** Set when no group may be chosen (another tenant): the field is disabled and says why. */
  disabledReason?: string;
}

/** The "Group" label, combobox, popup and messages for one row. */
export function renderGroupCombobox(c: GroupCombobox, view: GroupComboboxView): TemplateResult {
  const base = `group-${view.key}`;
  const options = c.options;
  const disabled = view.disabledReason !== undefined;
  const open = c.open && !disabled;
  let message: string | undefined;
  if (c.search.status === 'pending') message = msg('Searching…', { id: 'single-wizard.group.searching' });
  else if (c.search.status === 'error')
    message = `${msg('Groups could not be searched.', { id: 'single-wizard.group.searchFailed' })} ${errorText(c.search.error)}`;
  else if (c.search.status === 'complete' && options.length === 0)
    message = msg('No matching groups.', { id: 'single-wizard.group.none' });
  const describedBy = [
    `${base}-hint`,
    disabled ? `${base}-disabled` : '',
    view.error && !disabled ? `${base}-error` : '',
    open && message ? `${base}-message` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`
    <div class="label-line">
      <label id="${base}-label" for=${base}>${msg('Group', { id: 'single-wizard.group' })}</label>
      <span id="${base}-hint" class="hint">${msg('optional', { id: 'single-wizard.group.optional' })}</span>
    </div>
    <div class="combobox">
      <input
        id=${base}
        part="group"
        type="text"
        role="combobox"
        aria-labelledby="${base}-label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${base}-listbox"
        aria-activedescendant=${open && c.active >= 0 && c.active < options.length
          ? `${base}-option-${c.active}`
          : nothing}
        aria-invalid=${view.error && !disabled ? 'true' : 'false'}
        aria-describedby=${describedBy}
        ?disabled=${disabled}
        .value=${live(disabled ? '' : view.text)}
        @input=${(e: InputEvent) => c.handleInput((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => c.handleKeydown(e, (e.target as HTMLInputElement).value)}
        @blur=${(e: FocusEvent) => c.handleBlur((e.target as HTMLInputElement).value)}
      />
      <div part="group-popup" class="popup" ?hidden=${!open}>
        <ul
          id="${base}-listbox"
          role="listbox"
          aria-label=${msg('Groups', { id: 'single-wizard.group.listbox' })}
          ?hidden=${!open || options.length === 0}
          @mousedown=${(e: MouseEvent) => e.preventDefault()}
        >
          ${options.map(
            (g, i) => html`<li
              id="${base}-option-${i}"
              role="option"
              part="group-option"
              aria-selected=${i === c.active ? 'true' : 'false'}
              @mousedown=${(e: MouseEvent) => {
                e.preventDefault();
                c.select(g);
              }}
            >
              ${g.name}
            </li>`,
          )}
        </ul>
        <p id="${base}-message" part="group-message" class="${c.search.status === 'error' ? 'error-text' : 'hint'} ${open && message ? 'message' : ''}" aria-live="polite">
          ${open ? (message ?? nothing) : nothing}
        </p>
      </div>
    </div>
    ${disabled ? html`<p id="${base}-disabled" class="hint">${view.disabledReason}</p>` : nothing}
    ${view.error && !disabled ? html`<p id="${base}-error" part="field-error" class="error-text">${view.error}</p>` : nothing}
  `;
}
