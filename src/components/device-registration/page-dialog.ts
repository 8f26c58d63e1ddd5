import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { ModalDialogController } from '../../controllers/modal-dialog-controller.js';
import { DevRegDiscardEvent } from '../../events/devreg-discard.js';
import type { RegisterOption } from '../../events/devreg-register-selected.js';
import { addStyles } from '../../internal/add-styles.js';
import { isWizardState } from '../../internal/wizard.js';
import type { RegisterMenuForm } from '../register-menu/register-menu.js';
import { WIZARD_TAGS, fallbackHeading, loadWizard, renderContent, type DialogContent } from './dialog-content.js';

// The page's registration dialog: what it shows, opening, focus, the "Discard changes?" guard,
// and the slotted registration forms it can show. Loaded on first use, when the pointer or focus
// reaches the register menu, or when the page has slotted forms: a page that only lists never needs it.

/** What the dialog needs of the page. */
export interface PageDialogOptions {
  /** The page's `<dialog>` (always rendered, empty until this module is loaded). */
  dialog: () => HTMLDialogElement | null | undefined;
  /** Where focus returns when the dialog closes. */
  opener: () => HTMLElement | undefined;
  /** The page's effective adapter, handed to the wizards. */
  adapter: () => RegistrationAdapter | undefined;
  /** The content registered devices: the list and the device limit changed. */
  onRegistered: () => void;
}

/** A child of the page with `slot="registration-form"`, as the menu lists it. */
interface SlottedForm extends RegisterMenuForm {
  element: HTMLElement;
}

/** The dialog's styles, loaded with it (a constructable sheet: a strict CSP refuses `<style>` elements). */
const dialogStyles = css`
  [part~='dialog'] {
    width: var(--devreg-device-registration-dialog-width, min(48rem, calc(100vw - 2rem)));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius-large, 8px);
    background: var(--devreg-color-surface, #fff);
    color: inherit;
    box-shadow: var(--devreg-shadow-dialog, 0 12px 32px rgb(31 35 40 / 25%));
  }
  [part~='dialog']::backdrop {
    background: var(--devreg-device-registration-backdrop, rgb(31 35 40 / 45%));
  }
  [part~='dialog-header'] {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem 0.5rem 0;
  }
  [part~='dialog-close'] {
    min-width: 2rem;
    padding: 0.25rem;
    border-color: transparent;
    background: transparent;
    font-size: 1.25rem;
    line-height: 1;
  }
  [part~='dialog-body'] {
    padding: 0 1.25rem 1.25rem;
  }
  /* a wizard's buttons stay in view while a long form or result (a connect card per device) scrolls
     the dialog; a control that gets the focus is scrolled clear of them (room for two rows of
     buttons: a narrow dialog wraps three long German ones) */
  [part~='dialog'] {
    scroll-padding-bottom: 7.5rem;
  }
  [part~='wizard']::part(actions) {
    position: sticky;
    bottom: 0;
    padding-block: 0.5rem;
    background: var(--devreg-color-surface, #fff);
  }
  [part~='dialog-body'] > h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
`;

/** Shows the chosen registration (a built-in wizard, a microservice's form or a slotted form) in the page's modal dialog. */
export class PageDialog {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PageDialogOptions;
  readonly #modal: ModalDialogController;
  #content?: DialogContent;
  #status: 'loading' | 'ready' | 'failed' = 'loading';
  #heading = '';
  /** Counts openings and closings, so that a late wizard load does not act on a newer dialog. */
  #sequence = 0;
  #forms: SlottedForm[] = [];
  #formIds = new WeakMap<Element, string>();
  #nextFormId = 1;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PageDialogOptions) {
    this.#host = host;
    this.#options = options;
    addStyles(host.shadowRoot!, dialogStyles);
    this.#modal = new ModalDialogController(host, {
      dialog: options.dialog,
      needsConfirmation: () => {
        const content = this.#contentElement();
        return !!content && isWizardState(content) && (content.hasUnsavedInput || content.busy);
      },
      busy: () => {
        const content = this.#contentElement();
        return !!content && isWizardState(content) && content.busy;
      },
      content: () => this.#contentElement(),
      onClose: () => this.#closed(),
      // a built-in wizard is made anew at each opening; a slotted form is the host's and stays
      onDiscard: () => {
        if (this.#content?.kind === 'form') this.#content.element.dispatchEvent(new DevRegDiscardEvent());
      },
    });
  }

  /** The dialog's accessible name: the content's heading. */
  get label(): string {
    return this.#heading || msg('Registration', { id: 'page.dialog.label' });
  }

  /** Opens what the user picked in the register menu. */
  select(option: RegisterOption): void {
    if (option.kind === 'single' || option.kind === 'bulk') void this.#open({ kind: option.kind });
    else if (option.kind === 'extension' && option.extension) void this.#open({ kind: 'extension', extension: option.extension });
    else if (option.kind === 'form') {
      const form = this.#forms.find((f) => f.id === option.formId);
      if (form) void this.#open({ kind: 'form', element: form.element, label: form.label });
    }
  }

  /**
   * Reads the page's children with `slot="registration-form"` (label, category, priority). Returns
   * what the menu should list, or undefined when that did not change (so the menu does not render again).
   */
  collectForms(): RegisterMenuForm[] | undefined {
    const forms: SlottedForm[] = [];
    for (const element of Array.from(this.#host.children)) {
      if (!(element instanceof HTMLElement) || element.getAttribute('slot') !== 'registration-form') continue;
      let id = this.#formIds.get(element);
      if (!id) this.#formIds.set(element, (id = `form-${this.#nextFormId++}`));
      const priority = Number(element.getAttribute('priority'));
      forms.push({
        id,
        element,
        label: element.getAttribute('label')?.trim() || element.localName,
        category: element.getAttribute('category') === 'bulk' ? 'bulk' : 'single',
        priority: Number.isFinite(priority) ? priority : undefined,
      });
    }
    // The form shown in the dialog went away: nothing left to show.
    const content = this.#content;
    if (content?.kind === 'form' && !forms.some((f) => f.element === content.element)) this.#modal.close();
    const old = this.#forms;
    const changed =
      forms.length !== old.length ||
      forms.some(
        (f, i) => f.element !== old[i].element || f.label !== old[i].label || f.category !== old[i].category || f.priority !== old[i].priority,
      );
    if (!changed) return undefined;
    this.#forms = forms;
    return forms.map(({ id, label, category, priority }) => ({ id, label, category, priority }));
  }

  /** The element shown in the dialog (a wizard or a slotted form). */
  #contentElement(): HTMLElement | undefined {
    const content = this.#content;
    if (!content) return undefined;
    if (content.kind === 'form') return content.element;
    return this.#options.dialog()?.querySelector<HTMLElement>(WIZARD_TAGS[content.kind]) ?? undefined;
  }

  #slot(): HTMLSlotElement | null | undefined {
    return this.#options.dialog()?.querySelector('slot');
  }

  async #open(content: DialogContent): Promise<void> {
    if (this.#modal.isOpen) return;
    const sequence = ++this.#sequence;
    this.#content = content;
    this.#heading = fallbackHeading(content);
    this.#status = content.kind === 'form' ? 'ready' : 'loading';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (sequence !== this.#sequence) return;
    if (content.kind === 'form') this.#slot()?.assign(content.element);
    this.#modal.show(this.#options.opener());
    await this.#showContent(content, sequence);
  }

  /**
   * Loads a built-in wizard (its module, on first use), then moves the focus into the content. A
   * wizard that cannot be loaded leaves the dialog saying so, with the focus on "Try again" (and
   * resolves false).
   */
  async #showContent(content: DialogContent, sequence: number): Promise<boolean> {
    if (content.kind !== 'form') {
      try {
        await loadWizard(content.kind);
        if (sequence !== this.#sequence) return true;
        this.#status = 'ready';
      } catch (error) {
        if (sequence !== this.#sequence) return false;
        console.error('devreg-device-registration: could not load the wizard', error);
        this.#status = 'failed';
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        if (sequence === this.#sequence) this.#options.dialog()?.querySelector<HTMLElement>('[part~="dialog-retry"]')?.focus();
        return false;
      }
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    const element = this.#contentElement();
    if (element && 'updateComplete' in element) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (sequence !== this.#sequence || !element) return true;
    this.#syncHeading();
    const close = this.#options.dialog()?.querySelector('[part~="dialog-close"]');
    this.#modal.focusContent(element, close ? [close] : []);
    return true;
  }

  /** "Try again" after the wizard could not be loaded: loads it again (browsers fetch a failed module anew, whatwg/html#10327). */
  #retry = (): void => {
    const content = this.#content;
    if (!content) return;
    this.#status = 'loading';
    this.#host.requestUpdate();
    void this.#showContent(content, this.#sequence);
  };

  /** The content's own heading names the dialog once it has one. */
  #syncHeading = (): void => {
    const content = this.#content;
    if (!content) return;
    const element = this.#contentElement();
    const heading = element && isWizardState(element) ? element.heading?.trim() : '';
    this.#heading = heading || fallbackHeading(content);
    this.#host.requestUpdate();
    this.#modal.contentChanged();
  };

  #closed(): void {
    this.#sequence++;
    this.#slot()?.assign();
    this.#content = undefined;
    this.#heading = '';
    this.#host.requestUpdate();
  }

  /** The dialog's content: the close button, the wizard or slotted form, and the "Discard changes?" question. */
  render(): TemplateResult {
    const confirming = this.#modal.confirming;
    const content = this.#content;
    return html`<div part="dialog-header" .inert=${confirming}>
        <button
          type="button"
          part="dialog-close"
          aria-label=${msg('Close dialog', { id: 'page.dialog.close' })}
          @click=${() => this.#modal.requestClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div
        part="dialog-body"
        .inert=${confirming}
        @devreg-wizard-state=${this.#syncHeading}
        @devreg-close=${() => this.#modal.close()}
        @devreg-registered=${this.#options.onRegistered}
        @devreg-bulk-completed=${this.#options.onRegistered}
      >
        ${content ? renderContent(content, this.#status, this.#options.adapter(), this.#retry) : nothing}
        <slot></slot>
      </div>
      ${this.#modal.renderConfirmation()}`;
  }
}
