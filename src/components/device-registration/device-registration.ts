import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { msg } from '@lit/localize';
import {
  DEFAULT_SECURITY_TOKEN_POLICY,
  type AcceptAllOutcome,
  type DeviceLimit,
  type Permissions,
  type RegistrationAdapter,
  type SecurityTokenPolicy,
} from '../../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../../adapters/registration-error.js';
import { adapterContext } from '../../context/adapter-context.js';
import type { ModalDialogController } from '../../controllers/modal-dialog-controller.js';
import { DevRegAcceptedEvent } from '../../events/devreg-accepted.js';
import type { DevRegErrorEvent, DevRegOperation } from '../../events/devreg-error.js';
import type { DevRegRegisterSelectedEvent } from '../../events/devreg-register-selected.js';
import { errorText } from '../../i18n/error-text.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { isWizardState } from '../../internal/wizard.js';
import { sharedStyles } from '../../styles/shared.js';
import type { DevRegRegisterMenu, RegisterMenuCategory, RegisterMenuForm } from '../register-menu/register-menu.js';
import { formatNumber } from '../../internal/format.js';
import type { ListState } from '../registration-table/list-state-event.js';
import type * as AcceptAllResult from './accept-all-result.js';
import { deviceRegistrationStyles } from './device-registration.styles.js';
import type * as DialogView from './dialog-content.js';
import type { DialogContent } from './dialog-content.js';
import { limitReason, renderLimitBanner } from './limit-banner.js';

/** The page's own calls whose failures it shows. */
type PageOperation = Extract<DevRegOperation, 'getPermissions' | 'getSecurityTokenPolicy' | 'getLimit' | 'acceptAll'>;

interface SlottedForm extends RegisterMenuForm {
  element: HTMLElement;
}

/** Anything with `reload()`: the registration table. */
interface Reloadable extends HTMLElement {
  reload(): unknown;
}

const FORM_SLOT = 'registration-form';

/**
 * The whole device registration page: the heading with the number of requests, "Accept all",
 * "Reload" and the "Register device" menu, the list of requests, and one modal dialog in which
 * the chosen registration (a built-in wizard, a microservice's form or a slotted form) runs.
 * Wizards are loaded on first use. A user without admin rights sees the list only; when the
 * tenant's device limit is reached a banner says so and the register button is disabled.
 *
 * The page passes its adapter (its own `.adapter`, else the provider's) to everything it renders,
 * and provides it through context to its slotted forms, so it works without `<devreg-provider>`.
 *
 * @summary The device registration page.
 *
 * @slot registration-form - Client-side registration forms. Each child with
 *   `slot="registration-form"` appears in the register menu by its `label` attribute, in the section
 *   of its `category` attribute (`single`, the default, or `bulk`), ordered by an optional numeric
 *   `priority` attribute (higher first). Picked, it alone is shown in the page's dialog; it gets the
 *   adapter through context, and ends with `devreg-registered` (the list reloads) or `devreg-close`
 *   (the dialog closes). A form implementing `WizardState` (`heading`, `hasUnsavedInput`, `busy`,
 *   plus `devreg-wizard-state` events) names the dialog and is protected against accidental closing.
 *
 * @fires {DevRegErrorEvent} devreg-error - A call of the page (limit, permissions, policy, accept all) failed; the table, menu and wizards report theirs too.
 * @fires {DevRegRegisterSelectedEvent} devreg-register-selected - A register menu item was chosen (from the inner menu).
 * @fires {DevRegRegisteredEvent} devreg-registered - A wizard or slotted form registered devices (from within the dialog).
 * @fires {DevRegBulkCompletedEvent} devreg-bulk-completed - A bulk upload finished (from within the dialog).
 * @fires {DevRegAcceptedEvent} devreg-accepted - A request was accepted in the table, or by "Accept all" (one event per accepted request).
 * @fires {DevRegRemovedEvent} devreg-removed - A request was removed in the table.
 * @fires {DevRegCloseEvent} devreg-close - The dialog content asked to be closed (the page closes the dialog).
 *
 * @csspart base - The page's wrapper.
 * @csspart header - Heading and toolbar.
 * @csspart heading - The "Device registration" heading.
 * @csspart count - The number of requests in the heading.
 * @csspart toolbar - "Accept all", "Reload" and the register menu.
 * @csspart accept-all - The "Accept all" button.
 * @csspart reload - The "Reload" button.
 * @csspart register-menu - The `<devreg-register-menu>`.
 * @csspart messages - Errors of the page's own calls and the "session expired" notice.
 * @csspart session-expired - The "session expired" notice.
 * @csspart limit-banner - The banner shown when the device limit is reached.
 * @csspart result - The live region holding the result of "Accept all".
 * @csspart accept-all-result - The result of "Accept all".
 * @csspart accept-all-failures - The list of requests "Accept all" could not accept.
 * @csspart device-id - A device ID in that list.
 * @csspart dismiss - The button hiding the result.
 * @csspart table - The `<devreg-registration-table>`.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart dialog-header - The dialog's top bar.
 * @csspart dialog-close - The dialog's "Close dialog" button.
 * @csspart dialog-body - The dialog's content area.
 * @csspart wizard - The built-in wizard inside the dialog.
 * @csspart confirmation - The "Discard changes?" question.
 * @csspart confirmation-title - Its title.
 * @csspart confirmation-actions - Its "Keep editing" and "Discard" buttons.
 *
 * @cssprop --devreg-device-registration-gap - Space between the page's sections (default 0.75rem).
 * @cssprop --devreg-device-registration-heading-size - Font size of the heading (default 1.25rem).
 * @cssprop --devreg-device-registration-dialog-width - Width of the dialog.
 * @cssprop --devreg-device-registration-backdrop - The dialog's backdrop colour.
 */
export class DevRegDeviceRegistration extends DevRegElement {
  static override styles = [sharedStyles, deviceRegistrationStyles];

  // Manual assignment: only the slotted form picked in the menu is shown, in the dialog.
  static override shadowRootOptions: ShadowRootInit = { ...DevRegElement.shadowRootOptions, slotAssignment: 'manual' };

  /** Hands the effective adapter to slotted forms (and anything else in the light DOM). */
  @provide({ context: adapterContext })
  @state()
  private providedAdapter?: RegistrationAdapter;

  @state() private permissions?: Permissions;
  @state() private policy: SecurityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;
  @state() private limit?: DeviceLimit;
  @state() private errors: Partial<Record<PageOperation, RegistrationError>> = {};
  @state() private sessionExpired = false;
  @state() private listState?: ListState;
  @state() private acceptingAll = false;
  @state() private acceptAllOutcomes?: AcceptAllOutcome[];
  @state() private slottedForms: SlottedForm[] = [];
  /** What the menu gets of them (a new array only when they change). */
  @state() private menuForms: RegisterMenuForm[] = [];
  @state() private dialogContent?: DialogContent;
  @state() private contentStatus: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private dialogHeading = '';

  @query('dialog') private dialogElement?: HTMLDialogElement;
  @query('slot') private formSlot?: HTMLSlotElement;
  @query('devreg-registration-table') private table?: Reloadable;
  @query('devreg-register-menu') private menu?: DevRegRegisterMenu;

  /** Opens, guards and closes the dialog; loaded with the first dialog (a page that only lists never needs it). */
  #dialog?: ModalDialogController;
  /** What the dialog shows (wizard loading, headings, content); loaded with the dialog controller. */
  #dialogView?: typeof DialogView;
  /** Renders the result of "Accept all"; loaded by the first "Accept all". */
  #acceptAllView?: typeof AcceptAllResult;

  #settingsFor?: RegistrationAdapter | null;
  #settingsAbort?: AbortController;
  #limitAbort?: AbortController;
  #formIds = new WeakMap<Element, string>();
  #nextFormId = 1;
  #childObserver = new MutationObserver(() => this.collectForms());
  #openSequence = 0;

  constructor() {
    super();
    // Any 401, from the page or from anything inside it, means the session is gone.
    this.addEventListener('devreg-error', (event: DevRegErrorEvent) => {
      if (event.error?.code === 'unauthorized') this.sessionExpired = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot', 'label', 'category', 'priority'],
    });
    this.collectForms();
    this.requestUpdate(); // re-reads the settings when connected again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    this.#settingsAbort?.abort();
    this.#limitAbort?.abort();
    this.#settingsFor = undefined;
  }

  /** Reloads the list, the device limit, the permissions and the token policy. */
  reload(): void {
    this.sessionExpired = false;
    this.menu?.reloadExtensions();
    if (this.errors.acceptAll) {
      const rest = { ...this.errors };
      delete rest.acceptAll;
      this.errors = rest;
    }
    void this.table?.reload();
    this.loadSettings();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.effectiveAdapter;
    if (this.providedAdapter !== adapter) this.providedAdapter = adapter;
    if (this.#settingsFor !== (adapter ?? null)) {
      this.#settingsFor = adapter ?? null;
      this.acceptAllOutcomes = undefined;
      this.permissions = undefined;
      this.errors = {};
      this.sessionExpired = false;
      this.loadSettings();
    }
  }

  // ---- data ---------------------------------------------------------------------------------

  private get isAdmin(): boolean {
    // Until the permissions are known, offer nothing the server might refuse.
    if (this.permissions) return this.permissions.admin;
    const adapter = this.effectiveAdapter;
    if (!adapter) return false;
    if (!adapter.getPermissions) return true;
    return !!this.errors.getPermissions; // unreadable: show the actions and let the server decide
  }

  private loadSettings(): void {
    this.#settingsAbort?.abort();
    const adapter = this.effectiveAdapter;
    if (!adapter) return;
    const abort = (this.#settingsAbort = new AbortController());
    const { signal } = abort;
    const permissions = adapter.getPermissions
      ? this.call('getPermissions', () => adapter.getPermissions!({ signal }), signal).then((p) => {
          if (p && !signal.aborted) this.permissions = p;
        })
      : undefined;
    const policy = adapter.getSecurityTokenPolicy
      ? this.call('getSecurityTokenPolicy', () => adapter.getSecurityTokenPolicy!({ signal }), signal).then((p) => {
          if (!signal.aborted) this.policy = p ?? DEFAULT_SECURITY_TOKEN_POLICY;
        })
      : ((this.policy = DEFAULT_SECURITY_TOKEN_POLICY), undefined);
    void Promise.all([permissions, policy, this.loadLimit()]);
  }

  private async loadLimit(): Promise<void> {
    this.#limitAbort?.abort();
    const adapter = this.effectiveAdapter;
    if (!adapter?.getLimit) {
      this.limit = undefined;
      return;
    }
    const abort = (this.#limitAbort = new AbortController());
    const limit = await this.call('getLimit', () => adapter.getLimit!({ signal: abort.signal }), abort.signal);
    if (!abort.signal.aborted && limit) this.limit = limit;
  }

  /** Runs one of the page's own calls: its failure is reported, shown and remembered by operation. */
  private async call<T>(operation: PageOperation, run: () => Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
    try {
      const result = await run();
      if (!signal?.aborted && this.errors[operation]) {
        const rest = { ...this.errors };
        delete rest[operation];
        this.errors = rest;
      }
      return result;
    } catch (error) {
      if (signal?.aborted || isAbort(error)) return undefined;
      const e = this.reportError(operation, error);
      // A 401 is shown once, as "session expired" (set by the devreg-error listener).
      if (e.code !== 'unauthorized') this.errors = { ...this.errors, [operation]: e };
      return undefined;
    }
  }

  private async acceptAll(): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter || this.acceptingAll) return;
    this.acceptingAll = true;
    this.acceptAllOutcomes = undefined;
    const [outcomes, view] = await Promise.all([
      this.call('acceptAll', () => adapter.acceptAll()),
      import('./accept-all-result.js').catch((error: unknown) => {
        console.error('devreg-device-registration: could not load the accept-all result', error);
        return undefined;
      }),
    ]);
    this.#acceptAllView ??= view;
    this.acceptingAll = false;
    if (outcomes) {
      this.acceptAllOutcomes = outcomes;
      // Like an acceptance in the table, each one "Accept all" made is an accepted request for the host.
      for (const outcome of outcomes) if (outcome.successful) this.dispatchEvent(new DevRegAcceptedEvent(outcome.id));
    }
    void this.table?.reload();
    void this.loadLimit();
  }

  private collectForms(): void {
    const forms: SlottedForm[] = [];
    for (const element of Array.from(this.children)) {
      if (!(element instanceof HTMLElement) || element.getAttribute('slot') !== FORM_SLOT) continue;
      let id = this.#formIds.get(element);
      if (!id) this.#formIds.set(element, (id = `form-${this.#nextFormId++}`));
      const category: RegisterMenuCategory = element.getAttribute('category') === 'bulk' ? 'bulk' : 'single';
      const priority = Number(element.getAttribute('priority'));
      forms.push({
        id,
        element,
        label: element.getAttribute('label')?.trim() || element.localName,
        category,
        priority: Number.isFinite(priority) ? priority : undefined,
      });
    }
    const changed =
      forms.length !== this.slottedForms.length ||
      forms.some((f, i) => {
        const old = this.slottedForms[i];
        return f.element !== old.element || f.label !== old.label || f.category !== old.category || f.priority !== old.priority;
      });
    if (changed) {
      this.slottedForms = forms;
      this.menuForms = forms.map(({ id, label, category, priority }) => ({ id, label, category, priority }));
    }
    // The form shown in the dialog went away: nothing left to show.
    const content = this.dialogContent;
    if (content?.kind === 'form' && !forms.some((f) => f.element === content.element)) this.#dialog?.close();
  }

  // ---- dialog -------------------------------------------------------------------------------

  private async dialogController(): Promise<ModalDialogController> {
    if (!this.#dialog) {
      const [{ ModalDialogController }, view] = await Promise.all([
        import('../../controllers/modal-dialog-controller.js'),
        import('./dialog-content.js'),
      ]);
      this.#dialogView ??= view;
      this.#dialog ??= new ModalDialogController(this, {
        dialog: () => this.dialogElement,
        needsConfirmation: () => {
          const content = this.contentElement();
          return !!content && isWizardState(content) && (content.hasUnsavedInput || content.busy);
        },
        onClose: () => this.handleDialogClosed(),
      });
    }
    return this.#dialog;
  }

  /** The element shown in the dialog (a wizard or a slotted form). */
  private contentElement(): HTMLElement | undefined {
    const content = this.dialogContent;
    if (!content || !this.#dialogView) return undefined;
    if (content.kind === 'form') return content.element;
    return this.dialogElement?.querySelector<HTMLElement>(this.#dialogView.WIZARD_TAGS[content.kind]) ?? undefined;
  }

  private async openDialog(content: DialogContent): Promise<void> {
    if (this.#dialog?.isOpen) return;
    const sequence = ++this.#openSequence;
    let dialog: ModalDialogController;
    try {
      dialog = await this.dialogController();
    } catch (error) {
      console.error('devreg-device-registration: could not load the dialog', error);
      return;
    }
    const view = this.#dialogView!;
    if (sequence !== this.#openSequence || dialog.isOpen) return;
    this.dialogContent = content;
    this.dialogHeading = view.fallbackHeading(content);
    this.contentStatus = content.kind === 'form' ? 'ready' : 'loading';
    await this.updateComplete;
    if (content.kind === 'form') this.formSlot?.assign(content.element);
    dialog.show(this.menu ?? undefined);
    if (content.kind !== 'form') {
      try {
        await view.loadWizard(content.kind);
        if (sequence !== this.#openSequence) return;
        this.contentStatus = 'ready';
      } catch (error) {
        if (sequence !== this.#openSequence) return;
        console.error('devreg-device-registration: could not load the wizard', error);
        this.contentStatus = 'failed';
        return;
      }
      await this.updateComplete;
    }
    const element = this.contentElement();
    if (element && 'updateComplete' in element) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (sequence !== this.#openSequence || !element) return;
    this.syncWizardState();
    const close = this.dialogElement?.querySelector('[part~="dialog-close"]');
    dialog.focusContent(element, close ? [close] : []);
  }

  private syncWizardState = (): void => {
    const element = this.contentElement();
    const content = this.dialogContent;
    if (!content || !this.#dialogView) return;
    const heading = element && isWizardState(element) ? element.heading?.trim() : '';
    this.dialogHeading = heading || this.#dialogView.fallbackHeading(content);
  };

  private handleDialogClosed(): void {
    this.#openSequence++;
    this.formSlot?.assign();
    this.dialogContent = undefined;
    this.dialogHeading = '';
  }

  private handleSelected = (event: DevRegRegisterSelectedEvent) => {
    const { option } = event;
    if (option.kind === 'single' || option.kind === 'bulk') void this.openDialog({ kind: option.kind });
    else if (option.kind === 'extension' && option.extension) void this.openDialog({ kind: 'extension', extension: option.extension });
    else if (option.kind === 'form') {
      const form = this.slottedForms.find((f) => f.id === option.formId);
      if (form) void this.openDialog({ kind: 'form', element: form.element, label: form.label });
    }
  };

  private handleContentChanged = () => {
    // Devices were registered: the list (and maybe the limit) changed. The dialog stays on the result.
    void this.table?.reload();
    void this.loadLimit();
  };

  private handleContentClose = () => this.#dialog?.close();

  private handleListState = (event: Event) => {
    const source = event as Event & Partial<ListState> & { detail?: ListState };
    const state = source.detail ?? (source as ListState);
    this.listState = { total: state.total, pending: state.pending, loading: state.loading, error: state.error };
  };

  // ---- rendering ----------------------------------------------------------------------------

  /** Formats a count in the page's locale. */
  #format = (n: number): string => formatNumber(this.effectiveLocale, n);

  protected override render() {
    const adapter = this.effectiveAdapter;
    const admin = this.isAdmin;
    // No count until the list is known: "(0)" while loading or after a failure would be wrong.
    const list = this.listState;
    const total = list && (list.total > 0 || (!list.loading && !list.error)) ? list.total : undefined;
    const limitReached = !!this.limit?.isReached;
    return html`<div part="base">
      <div part="header">
        <h2 part="heading" id="heading">
          ${msg('Device registration', { id: 'page.heading' })}${total !== undefined
            ? html` <span part="count">(${this.#format(total)})</span>`
            : nothing}
        </h2>
        <div part="toolbar">
          ${admin ? this.renderAcceptAll() : nothing}
          <button type="button" part="reload" ?disabled=${!adapter} @click=${() => this.reload()}>
            ${msg('Reload', { id: 'page.reload' })}
          </button>
          ${admin
            ? html`<devreg-register-menu
                part="register-menu"
                .adapter=${adapter}
                .forms=${this.menuForms}
                .disabledReason=${limitReached ? limitReason() : undefined}
                @devreg-register-selected=${this.handleSelected}
              ></devreg-register-menu>`
            : nothing}
        </div>
      </div>
      ${this.renderMessages()} ${limitReached && this.limit ? renderLimitBanner(this.limit, this.#format) : nothing}
      <div part="result" role="status">
        ${this.acceptingAll
          ? html`<p>${msg('Accepting all pending requests…', { id: 'page.acceptAll.running' })}</p>`
          : this.acceptAllOutcomes && this.#acceptAllView
            ? this.#acceptAllView.renderAcceptAllResult(this.#acceptAllView.summarizeAcceptAll(this.acceptAllOutcomes), this.#format, () => {
                this.acceptAllOutcomes = undefined;
              })
            : nothing}
      </div>
      <devreg-registration-table
        part="table"
        .adapter=${adapter}
        @devreg-list-state=${this.handleListState}
        @devreg-removed=${() => void this.loadLimit()}
      ></devreg-registration-table>
    </div>
    ${this.renderDialog()}`;
  }

  private renderAcceptAll() {
    const required = this.policy === 'REQUIRED';
    const pending = this.listState?.pending ?? 0;
    const disabled = required || pending === 0 || this.acceptingAll || !this.effectiveAdapter;
    return html`<div class="action">
      <button
        type="button"
        part="accept-all"
        aria-describedby=${required ? 'accept-all-reason' : nothing}
        ?disabled=${disabled}
        @click=${() => void this.acceptAll()}
      >
        ${msg('Accept all', { id: 'page.acceptAll' })}
      </button>
      ${required
        ? html`<p class="reason" id="accept-all-reason">
            ${msg('Not available: the security token policy requires each device to be accepted with its token.', {
              id: 'page.acceptAll.requiredReason',
            })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderMessages() {
    const labels: Record<PageOperation, () => string> = {
      getPermissions: () => msg('Your permissions could not be checked.', { id: 'page.error.getPermissions' }),
      getSecurityTokenPolicy: () =>
        msg('The security token policy could not be read; OPTIONAL is assumed.', { id: 'page.error.getSecurityTokenPolicy' }),
      getLimit: () => msg('The device limit could not be checked.', { id: 'page.error.getLimit' }),
      acceptAll: () => msg('Accept all failed.', { id: 'page.error.acceptAll' }),
    };
    const errors = Object.entries(this.errors) as [PageOperation, RegistrationError][];
    if (!this.sessionExpired && !errors.length) return nothing;
    return html`<div part="messages" role="alert">
      ${this.sessionExpired
        ? html`<p part="session-expired" class="banner danger">
            ${msg('Your session has expired. Sign in again, then choose Reload; nothing on this page has been lost.', {
              id: 'page.sessionExpired',
            })}
          </p>`
        : nothing}
      ${errors.map(([operation, e]) => html`<p class="banner danger error-text">${labels[operation]()} ${errorText(e)}</p>`)}
    </div>`;
  }

  private renderDialog() {
    const content = this.dialogContent;
    const confirming = !!this.#dialog?.confirming;
    return html`<dialog
      part="dialog"
      aria-label=${this.dialogHeading || msg('Registration', { id: 'page.dialog.label' })}
      @devreg-wizard-state=${this.syncWizardState}
      @devreg-close=${this.handleContentClose}
      @devreg-registered=${this.handleContentChanged}
      @devreg-bulk-completed=${this.handleContentChanged}
    >
      <div part="dialog-header" .inert=${confirming}>
        <button
          type="button"
          part="dialog-close"
          aria-label=${msg('Close dialog', { id: 'page.dialog.close' })}
          @click=${() => this.#dialog?.requestClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div part="dialog-body" .inert=${confirming}>
        ${content ? this.#dialogView?.renderContent(content, this.contentStatus, this.effectiveAdapter) : nothing}
        <slot></slot>
      </div>
      ${this.#dialog?.renderConfirmation() ?? nothing}
    </dialog>`;
  }
}
