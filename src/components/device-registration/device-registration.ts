import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { msg, str } from '@lit/localize';
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
import { DevRegAcceptedEvent } from '../../events/devreg-accepted.js';
import type { DevRegErrorEvent, DevRegOperation } from '../../events/devreg-error.js';
import type { DevRegRegisterSelectedEvent } from '../../events/devreg-register-selected.js';
import { errorText } from '../../i18n/error-text.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { exportParts, REGISTER_MENU_PARTS, REGISTRATION_TABLE_PARTS } from '../../internal/exported-parts.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { sharedStyles } from '../../styles/shared.js';
import type { DevRegRegisterMenu, RegisterMenuForm } from '../register-menu/register-menu.js';
import { formatNumber } from '../../internal/format.js';
import type { DevRegListStateEvent, ListState } from '../registration-table/list-state-event.js';
import type * as AcceptAllResult from './accept-all-result.js';
import { deviceRegistrationStyles } from './device-registration.styles.js';
import type * as LimitBanner from './limit-banner.js';
import type * as PageDialogModule from './page-dialog.js';
import type { PageDialog } from './page-dialog.js';

/** The table's and the menu's parts, offered as the page's `table-<part>` and `register-menu-<part>`. */
const tableParts = exportParts('table', REGISTRATION_TABLE_PARTS);
const menuParts = exportParts('register-menu', REGISTER_MENU_PARTS);

/** The page's own calls whose failures it shows. */
type PageOperation = Extract<DevRegOperation, 'getPermissions' | 'getSecurityTokenPolicy' | 'getLimit' | 'acceptAll'>;

/** Anything with `reload()`: the registration table. */
interface Reloadable extends HTMLElement {
  reload(): unknown;
}

/**
 * What the page loads on first use, as a page that only lists never needs it: the dialog (its
 * content, focus handling, "Discard changes?" guard and slotted forms), the device limit banner
 * and the "Accept all" result. An object, so that a test can make a load fail.
 */
export const PAGE_LOADERS = {
  dialog: (): Promise<typeof PageDialogModule> => import('./page-dialog.js'),
  limitBanner: (): Promise<typeof LimitBanner> => import('./limit-banner.js'),
  acceptAllResult: (): Promise<typeof AcceptAllResult> => import('./accept-all-result.js'),
};

/**
 * The whole device registration page: the heading with the number of requests, "Accept all",
 * "Reload" and the "Register device" menu, the list of requests, and one modal dialog in which
 * the chosen registration (a built-in wizard, a microservice's form or a slotted form) runs.
 * The dialog and the wizards are loaded on first use (the dialog already when the pointer or focus
 * reaches the register menu, or when there are slotted forms); if they cannot be loaded, the page
 * says so. A user without admin rights sees the list only; when the tenant's device limit is
 * reached a banner says so and the register button is disabled.
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
 * @csspart register-menu-* - The parts of that `<devreg-register-menu>`, each as `register-menu-<its part>`: `register-menu-button`, `register-menu-item`, …
 * @csspart messages - Errors of the page's own calls and the "session expired" notice.
 * @csspart session-expired - The "session expired" notice.
 * @csspart limit-banner - The banner shown when the device limit is reached.
 * @csspart result - The live region holding the result of "Accept all".
 * @csspart accept-all-result - The result of "Accept all".
 * @csspart accept-all-failures - The list of requests "Accept all" could not accept.
 * @csspart device-id - A device ID in that list.
 * @csspart dismiss - The button hiding the result.
 * @csspart table - The `<devreg-registration-table>`.
 * @csspart table-* - The parts of that `<devreg-registration-table>`, each as `table-<its part>`: `table-row`, `table-badge-label`, …
 * @csspart dialog - The modal `<dialog>`.
 * @csspart dialog-header - The dialog's top bar.
 * @csspart dialog-close - The dialog's "Close dialog" button.
 * @csspart dialog-body - The dialog's content area.
 * @csspart dialog-retry - "Try again" in the dialog when the chosen wizard could not be loaded.
 * @csspart wizard - The built-in wizard inside the dialog.
 * @csspart wizard-* - The parts of that wizard (`<devreg-single-wizard>`, `<devreg-bulk-wizard>` or `<devreg-extension-wizard>`), each as `wizard-<its part>`: `wizard-register-button`, `wizard-form-input`, …
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
  #adapterProvider = new ContextProvider(this, { context: adapterContext });

  @state() private permissions?: Permissions;
  @state() private policy: SecurityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;
  @state() private limit?: DeviceLimit;
  @state() private errors: Partial<Record<PageOperation, RegistrationError>> = {};
  @state() private sessionExpired = false;
  @state() private listState?: ListState;
  @state() private acceptingAll = false;
  @state() private acceptAllOutcomes?: AcceptAllOutcome[];
  /** The slotted registration forms the menu lists (a new array only when they change). */
  @state() private menuForms: RegisterMenuForm[] = [];
  /** The dialog could not be loaded when the user picked a registration (picking again loads it again). */
  @state() private dialogLoadFailed = false;

  @query('devreg-registration-table') private table?: Reloadable;
  @query('devreg-register-menu') private menu?: DevRegRegisterMenu;

  /** The registration dialog's logic and content, once loaded. */
  #dialog?: PageDialog;
  /** Its load under way (undefined again after a failure, so the next attempt loads again where the browser allows). */
  #dialogLoading?: Promise<PageDialog | undefined>;
  /** Renders the result of "Accept all"; loaded by the first "Accept all". */
  readonly #acceptAllView = new LazyPart(this, () => PAGE_LOADERS.acceptAllResult());

  #settingsFor?: RegistrationAdapter | null;
  #settingsAbort?: AbortController;
  #limitAbort?: AbortController;
  /** Renders the device limit banner; loaded when the limit is first found reached. */
  readonly #limitBanner = new LazyPart(this, () => PAGE_LOADERS.limitBanner());
  #childObserver = new MutationObserver(() => this.collectForms());

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
    this.clearError('acceptAll');
    void this.table?.reload();
    this.loadSettings();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const adapter = this.effectiveAdapter;
    this.#adapterProvider.setValue(adapter);
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
    const { signal } = (this.#settingsAbort = new AbortController());
    // An adapter without a method answers undefined: no permissions (actions shown), the default policy.
    void this.call('getPermissions', async () => adapter.getPermissions?.({ signal }), signal).then((p) => {
      if (p && !signal.aborted) this.permissions = p;
    });
    void this.call('getSecurityTokenPolicy', async () => adapter.getSecurityTokenPolicy?.({ signal }), signal).then((p) => {
      if (!signal.aborted) this.policy = p ?? DEFAULT_SECURITY_TOKEN_POLICY;
    });
    void this.loadLimit();
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
    // The banner and the disabled button appear together. Should the banner's module fail to
    // load, the button's visible reason still says that the limit is reached.
    if (limit?.isReached) await this.#limitBanner.load();
    if (!abort.signal.aborted && limit) this.limit = limit;
  }

  /** Runs one of the page's own calls: its failure is reported, shown and remembered by operation. */
  private async call<T>(operation: PageOperation, run: () => Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
    try {
      const result = await run();
      if (!signal?.aborted) this.clearError(operation);
      return result;
    } catch (error) {
      if (signal?.aborted || isAbort(error)) return undefined;
      const e = this.reportError(operation, error);
      // A 401 is shown once, as "session expired" (set by the devreg-error listener).
      if (e.code !== 'unauthorized') this.errors = { ...this.errors, [operation]: e };
      return undefined;
    }
  }

  private clearError(operation: PageOperation): void {
    if (!this.errors[operation]) return;
    const rest = { ...this.errors };
    delete rest[operation];
    this.errors = rest;
  }

  /** The outcome of "Accept all" in numbers, when the detailed view could not be loaded. */
  #renderAcceptAllCounts(outcomes: AcceptAllOutcome[]) {
    const accepted = outcomes.filter((o) => o.successful).length;
    return html`<p>
      ${msg(str`Accept all: ${this.#format(accepted)} accepted, ${this.#format(outcomes.length - accepted)} not accepted. The details could not be loaded.`, {
        id: 'page.acceptAll.counts',
      })}
    </p>`;
  }

  private async acceptAll(): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter || this.acceptingAll) return;
    this.acceptingAll = true;
    this.acceptAllOutcomes = undefined;
    const [outcomes] = await Promise.all([this.call('acceptAll', () => adapter.acceptAll()), this.#acceptAllView.load()]);
    this.acceptingAll = false;
    if (outcomes) {
      this.acceptAllOutcomes = outcomes;
      // Like an acceptance in the table, each one "Accept all" made is an accepted request for the host.
      for (const outcome of outcomes) if (outcome.successful) this.dispatchEvent(new DevRegAcceptedEvent(outcome.id));
    }
    void this.table?.reload();
    void this.loadLimit();
  }

  /** Slotted forms need the dialog that shows them: its module lists them, loaded once the page has one (it then collects them). */
  private collectForms(): void {
    if (this.#dialog) {
      const forms = this.#dialog.collectForms();
      if (forms) this.menuForms = forms;
    } else if (this.querySelector(':scope > [slot="registration-form"]')) void this.#loadDialog();
  }

  // ---- dialog -------------------------------------------------------------------------------

  /** Loads the dialog once; resolves undefined when it cannot be loaded. */
  #loadDialog(): Promise<PageDialog | undefined> {
    return (this.#dialogLoading ??= PAGE_LOADERS.dialog().then(
      ({ PageDialog }) => {
        this.#dialog = new PageDialog(this, {
          dialog: () => this.renderRoot.querySelector('dialog'),
          opener: () => this.menu ?? undefined,
          adapter: () => this.effectiveAdapter,
          onRegistered: this.handleContentChanged,
        });
        this.dialogLoadFailed = false; // (loaded on hover or focus after a failed choice)
        this.requestUpdate(); // renders the (closed) dialog's content
        this.collectForms(); // slotted forms join the menu now (also after an earlier failed load)
        return this.#dialog;
      },
      (error: unknown) => {
        console.error('devreg-device-registration: could not load the dialog', error);
        this.#dialogLoading = undefined;
        return undefined;
      },
    ));
  }

  /** The pointer or focus reached the register menu: load the dialog now, so that choosing does not wait for it. */
  private prefetchDialog = () => void this.#loadDialog();

  private handleSelected = async (event: DevRegRegisterSelectedEvent) => {
    const { option } = event;
    const dialog = await this.#loadDialog();
    this.dialogLoadFailed = !dialog;
    if (this.isConnected) dialog?.select(option); // (removed meanwhile: there is nothing to show it in)
  };

  private handleContentChanged = () => {
    // Devices were registered: the list (and maybe the limit) changed. The dialog stays on the result.
    void this.table?.reload();
    void this.loadLimit();
  };

  private handleListState = (event: DevRegListStateEvent) => {
    this.listState = event.detail; // a copy: the event is not kept
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
                exportparts=${menuParts}
                .adapter=${adapter}
                .forms=${this.menuForms}
                .disabledReason=${limitReached ? msg('The device limit is reached.', { id: 'page.limit.reason' }) : undefined}
                @devreg-register-selected=${this.handleSelected}
                @pointerenter=${this.prefetchDialog}
                @focusin=${this.prefetchDialog}
              ></devreg-register-menu>`
            : nothing}
        </div>
      </div>
      ${this.renderMessages()} ${limitReached ? this.#limitBanner.module?.renderLimitBanner(this.limit!, this.#format, admin) : nothing}
      <div part="result" role="status">
        ${this.acceptingAll
          ? html`<p>${msg('Accepting all pending requests…', { id: 'page.acceptAll.running' })}</p>`
          : this.acceptAllOutcomes && this.#acceptAllView.module
            ? this.#acceptAllView.module.renderAcceptAllResult(this.renderRoot, this.acceptAllOutcomes, this.#format, () => {
                this.acceptAllOutcomes = undefined;
              })
            : this.acceptAllOutcomes
              ? this.#renderAcceptAllCounts(this.acceptAllOutcomes)
              : nothing}
      </div>
      <devreg-registration-table
        part="table"
        exportparts=${tableParts}
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
    // while it runs: aria-disabled, not disabled, so that it keeps the focus (the result then takes it, accept-all-result.ts)
    const disabled = !this.acceptingAll && (required || pending === 0 || !this.effectiveAdapter);
    return html`<div class="action">
      <button
        type="button"
        part="accept-all"
        aria-describedby=${required ? 'accept-all-reason' : nothing}
        aria-disabled=${this.acceptingAll}
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
    if (!this.sessionExpired && !errors.length && !this.dialogLoadFailed) return nothing;
    return html`<div part="messages" role="alert">
      ${this.sessionExpired
        ? html`<p part="session-expired" class="banner danger">
            ${msg('Your session has expired. Sign in again, then choose Reload; nothing on this page has been lost.', {
              id: 'page.sessionExpired',
            })}
          </p>`
        : nothing}
      ${errors.map(([operation, e]) => html`<p class="banner danger error-text">${labels[operation]()} ${errorText(e)}</p>`)}
      ${this.dialogLoadFailed
        ? html`<p class="banner danger error-text">
            ${msg('This registration form could not be loaded. Check the connection, then try again.', { id: 'page.dialog.loadFailed' })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderDialog() {
    // Always there (closed, it needs no name); its name and content come with the dialog's module.
    return html`<dialog part="dialog" aria-label=${this.#dialog?.label ?? nothing}>
      ${this.#dialog?.render()}
    </dialog>`;
  }
}
