import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { DeviceGroup, RegistrationAdapter, Tenant } from '../../adapters/registration-adapter.js';
import { DevRegCloseEvent } from '../../events/devreg-close.js';
import { DevRegRegisteredEvent } from '../../events/devreg-registered.js';
import { errorText } from '../../i18n/error-text.js';
import { getDevRegLocale } from '../../i18n/localization.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { addStyles } from '../../internal/add-styles.js';
import { apiBaseUrl } from '../../internal/api-base-url.js';
import { LazyPart } from '../../internal/lazy-part.js';
import type { WizardState } from '../../internal/wizard.js';
import { WizardStateNotifier } from '../../internal/wizard-state.js';
import { sharedStyles } from '../../styles/shared.js';
import type { ConnectPanelController } from './connect-panel.js';
import { isIdList, rowHasContent, splitDeviceIds, type DeviceRow, type DeviceRowContext } from './device-row.js';
import { renderFormStep } from './form-step.js';
import { GroupCombobox } from './group-combobox.js';
import type { DeviceResult } from './result-step.js';
import { styles } from './single-wizard.styles.js';

// Problems shown next to a field, kept as functions: they say it in the language of the moment.
const idRequired = () => msg('Enter a device ID.', { id: 'single-wizard.error.required' });
const groupNotChosen = () => msg('Choose a group from the list, or clear the field.', { id: 'single-wizard.error.group' });

export const SINGLE_WIZARD_STEPS = ['form', 'sending', 'result'] as const;
export type SingleWizardStep = (typeof SINGLE_WIZARD_STEPS)[number];

/**
 * Parts loaded on first use: the result step with the "Connect your device" panel, when the
 * first submit starts. (Replaceable, so tests can make a load fail.)
 * @internal
 */
export const SINGLE_WIZARD_PARTS = {
  result: () => import('./result-parts.js'),
};

/**
 * Registers one or several devices by ID, optionally into a group (and, in a
 * management tenant, for a subtenant), then shows what happened to each one and
 * how to connect them, following their status live so they can be accepted
 * right there.
 *
 * Implements `WizardState`: `<devreg-device-registration>` shows it in a dialog
 * named by `heading` and asks before closing while `hasUnsavedInput || busy`.
 *
 * @summary Single-device registration (one or several IDs).
 *
 * @fires {DevRegRegisteredEvent} devreg-registered - After each submit that attempted at least one device: `{ids, failed: [{id, message}]}`.
 * @fires {DevRegAcceptedEvent} devreg-accepted - A device was accepted in the "Connect your device" panel: `{id}`.
 * @fires {DevRegCloseEvent} devreg-close - The user pressed "Close".
 * @fires {DevRegErrorEvent} devreg-error - An adapter call failed: `{operation, error}`.
 * @fires {Event} devreg-wizard-state - (internal, bubbles) `heading`, `hasUnsavedInput` or `busy` changed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The wizard's heading.
 * @csspart step - Each step (`form`, `sending`, `result` are added to it).
 * @csspart form - The form step.
 * @csspart rows - The list of device rows.
 * @csspart row - One device's fields.
 * @csspart device-id - A "Device ID" textbox.
 * @csspart group - A "Group" combobox input.
 * @csspart group-popup - The popup under a group combobox.
 * @csspart group-option - One group in the popup.
 * @csspart group-message - The popup's "Searching…"/"No matching groups"/error message.
 * @csspart tenant - A "Tenant" combobox (select).
 * @csspart field-error - A field's error message.
 * @csspart remove-button - "Remove device <n>".
 * @csspart add-button - "Add device".
 * @csspart register-button - "Register".
 * @csspart notice - A message about the whole form.
 * @csspart actions - A step's button bar.
 * @csspart sending - The progress step.
 * @csspart progress - The progress bar.
 * @csspart result - The result step; also each entry of the result list.
 * @csspart results - The result list.
 * @csspart result-registered - A registered device's entry.
 * @csspart result-failed - A failed device's entry.
 * @csspart result-id - The device ID in a result entry.
 * @csspart fix-button - "Fix errors".
 * @csspart close-button - "Close".
 * @csspart connect - The "Connect your device" panel.
 * @csspart connect-request - The request description.
 * @csspart connect-list - The list of devices to connect.
 * @csspart connect-device - One device in the panel.
 * @csspart connect-id - Its ID.
 * @csspart connect-status - A device's live status in the panel: a `<devreg-status-badge>`, or a sentence once it is connected or removed.
 * @csspart connect-status-* - The parts of that `<devreg-status-badge>`, each as `connect-status-<its part>`: `connect-status-base`, `connect-status-icon`, `connect-status-label`.
 * @csspart curl - Its `curl` example.
 * @csspart copy-button - "Copy".
 * @csspart connect-accept - The token input and "Accept <id>".
 * @csspart accept-button - "Accept <id>".
 * @csspart token-input - The "Security token" input of a pending device (masked unless revealed).
 * @csspart token-toggle - The button that shows or hides the typed security token (`aria-pressed`).
 * @csspart connect-error - An accept error.
 * @csspart refresh-button - "Check status" (adapters without `subscribe`).
 *
 * @cssprop --devreg-single-wizard-gap - Space between rows and sections (falls back to `--devreg-space-m`).
 * @cssprop --devreg-single-wizard-row-background - Background of a device row (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-single-wizard-popup-background - Background of the group popup (falls back to `--devreg-color-surface`).
 * @cssprop --devreg-single-wizard-code-background - Background of the `curl` example (falls back to `--devreg-color-surface-muted`).
 */
export class DevRegSingleWizard extends DevRegElement implements WizardState {
  static override styles = [sharedStyles, styles];

  /** The bootstrap user shown in the "Connect your device" panel (never a password). */
  @property({ attribute: 'bootstrap-user' })
  bootstrapUser = 'management/devicebootstrap';

  /**
   * The base URL shown in the connect panel's request and `curl` examples; defaults to the
   * adapter's `baseUrl` (`CumulocityAdapter`'s, resolved against the page), else `location.origin`.
   */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** How many devices are sent at the same time. */
  @property({ type: Number })
  concurrency = 4;

  /** Milliseconds of quiet typing before the group search starts. */
  @property({ type: Number, attribute: 'search-delay' })
  searchDelay = 250;

  @state() private step: SingleWizardStep = 'form';
  @state() private rows: DeviceRow[] = [];
  @state() private progress = { done: 0, total: 0 };
  @state() private results: DeviceResult[] = [];
  /**
   * The last announcement and the language it was made in. Dropped on a change of language: it
   * was said already, no text in the old language stays behind, and switching back says nothing.
   */
  @state() private announcement?: { text: string; locale: string };
  /** The result step could not be loaded: nothing was sent. */
  @state() private partsFailed = false;

  #nextKey = 1;
  #comboboxes = new Map<number, GroupCombobox>();
  #comboboxAdapter?: RegistrationAdapter;
  #validated = false;
  #sendAbort?: AbortController;
  #wizardState = new WizardStateNotifier(this, false);
  readonly #result = new LazyPart(this, () => SINGLE_WIZARD_PARTS.result());
  /** Created with the result part. */
  #connect?: ConnectPanelController;

  readonly #tenants = new Task(this, {
    task: async ([adapter], { signal }): Promise<Tenant[]> => {
      if (!adapter?.listTenants) return [];
      try {
        return await adapter.listTenants({ signal });
      } catch (error) {
        throw this.reportError('listTenants', error);
      }
    },
    args: () => [this.effectiveAdapter] as const,
  });

  /** Whether the user may register (DEVICE_CONTROL_ADMIN); assumed when the adapter cannot tell. */
  readonly #permissions = new Task(this, {
    task: async ([adapter], { signal }): Promise<boolean> => {
      if (!adapter?.getPermissions) return true;
      try {
        return (await adapter.getPermissions({ signal })).admin;
      } catch (error) {
        // unknown: let the server decide
        this.reportError('getPermissions', error);
        return true;
      }
    },
    args: () => [this.effectiveAdapter] as const,
  });

  constructor() {
    super();
    this.rows = [this.#newRow()];
  }

  /** The dialog's accessible name: "Register devices". */
  get heading(): string {
    return msg('Register devices', { id: 'single-wizard.heading' });
  }

  /** Something typed in the form would be lost by closing. */
  get hasUnsavedInput(): boolean {
    return this.step !== 'result' && this.rows.some(rowHasContent);
  }

  /** Devices are being sent. */
  get busy(): boolean {
    return this.step === 'sending';
  }

  /** Resets the wizard to one empty row (e.g. before the page shows it again). */
  reset(): void {
    this.#sendAbort?.abort();
    for (const key of this.#comboboxes.keys()) this.#dropCombobox(key);
    this.rows = [this.#newRow()];
    this.results = [];
    this.step = 'form';
    this.#validated = false;
    this.announcement = undefined;
    this.partsFailed = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sendAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.announcement && this.announcement.locale !== getDevRegLocale()) this.announcement = undefined;
    // tenants arrive after the first rows: those default to the management tenant
    const management = this.#managementTenantId;
    if (management !== undefined && this.rows.some((r) => r.tenantId === undefined)) {
      this.rows = this.rows.map((r) => (r.tenantId === undefined ? { ...r, tenantId: management } : r));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#wizardState.check();
  }

  // ---- tenants and groups

  /** The tenants to choose from; empty unless this is a management tenant. */
  get #tenantList(): readonly Tenant[] {
    const tenants = this.#tenants.value ?? [];
    if (!tenants.length || tenants.some((t) => t.current)) return tenants;
    // only subtenants listed: offer the own tenant first (sent without a tenantId)
    return [{ id: '', current: true }, ...tenants];
  }

  /** The tenant the user is in: the only one whose devices can go into groups. */
  get #managementTenantId(): string | undefined {
    return this.#tenantList.find((t) => t.current)?.id;
  }

  #combobox(row: DeviceRow): GroupCombobox | undefined {
    const adapter = this.effectiveAdapter;
    if (!adapter?.searchGroups) return undefined;
    if (this.#comboboxAdapter !== adapter) {
      for (const key of [...this.#comboboxes.keys()]) this.#dropCombobox(key);
      this.#comboboxAdapter = adapter;
    }
    let combobox = this.#comboboxes.get(row.key);
    if (!combobox) {
      const key = row.key;
      combobox = new GroupCombobox(this, {
        delay: this.searchDelay,
        search: (text, signal) => {
          const current = this.effectiveAdapter;
          if (!current?.searchGroups) return Promise.resolve([]);
          return current.searchGroups(text, { signal });
        },
        onSearchError: (error) => this.reportError('searchGroups', error),
        onText: (text) => this.#updateRow(key, { groupText: text, group: undefined, groupError: undefined }),
        onSelect: (group: DeviceGroup) =>
          this.#updateRow(key, { groupText: group.name, group, groupError: undefined }),
      });
      this.#comboboxes.set(key, combobox);
    }
    return combobox;
  }

  #dropCombobox(key: number): void {
    this.#comboboxes.get(key)?.dispose();
    this.#comboboxes.delete(key);
  }

  // ---- rows

  #newRow(init: Partial<Omit<DeviceRow, 'key'>> = {}): DeviceRow {
    return { key: this.#nextKey++, id: '', groupText: '', tenantId: this.#managementTenantId, ...init };
  }

  #updateRow(key: number, patch: Partial<DeviceRow>): void {
    this.rows = this.rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
    if (this.#validated) this.#validate();
  }

  #rowContext = (row: DeviceRow, index: number): DeviceRowContext => ({
    index,
    count: this.rows.length,
    combobox: this.#combobox(row),
    tenants: this.#tenantList,
    managementTenantId: this.#managementTenantId,
    onIdInput: (r, value) => this.#updateRow(r.key, { id: value, serverError: undefined }),
    onIdPaste: (r, event) => this.#handlePaste(r, event),
    onTenantChange: (r, tenantId) =>
      this.#updateRow(
        r.key,
        tenantId === this.#managementTenantId
          ? { tenantId }
          : { tenantId, group: undefined, groupText: '', groupError: undefined },
      ),
    onRemove: (r) => void this.#removeRow(r),
  });

  async #handleAdd(): Promise<void> {
    const row = this.#newRow();
    this.rows = [...this.rows, row];
    await this.updateComplete;
    this.#focusId(row.key);
  }

  async #removeRow(row: DeviceRow): Promise<void> {
    const index = this.rows.findIndex((r) => r.key === row.key);
    if (index < 0 || this.rows.length < 2) return;
    this.#dropCombobox(row.key);
    this.rows = this.rows.filter((r) => r.key !== row.key);
    if (this.#validated) this.#validate();
    this.#announce(msg(str`Device ${index + 1} removed.`, { id: 'single-wizard.row.removed' }));
    await this.updateComplete;
    const next = this.rows[Math.min(index, this.rows.length - 1)];
    this.#focusId(next.key);
  }

  #handlePaste(row: DeviceRow, event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isIdList(text)) return;
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? input.value.length;
    const combined = input.value.slice(0, start) + text + input.value.slice(end);
    const others = new Set(this.rows.filter((r) => r.key !== row.key).map((r) => r.id.trim()));
    const pasted = splitDeviceIds(combined);
    const ids = pasted.ids.filter((id) => !others.has(id));
    const leftOut = pasted.given - ids.length; // repeated in the text, or already in another row
    const [first = '', ...rest] = ids;
    const copy = { groupText: row.groupText, group: row.group, tenantId: row.tenantId };
    const added = rest.map((id) => this.#newRow({ id, ...copy }));
    const index = this.rows.findIndex((r) => r.key === row.key);
    const rows = [...this.rows];
    rows.splice(index, 1, { ...row, id: first, serverError: undefined }, ...added);
    this.rows = rows;
    input.value = first;
    if (this.#validated) this.#validate();
    const said =
      ids.length === 1
        ? msg('1 device ID pasted.', { id: 'single-wizard.paste.one' })
        : msg(str`${ids.length} device IDs pasted, one row each.`, { id: 'single-wizard.paste.many' });
    this.#announce(
      leftOut === 0
        ? said
        : `${said} ${
            leftOut === 1
              ? msg('1 repeated device ID was left out.', { id: 'single-wizard.paste.leftOutOne' })
              : msg(str`${leftOut} repeated device IDs were left out.`, { id: 'single-wizard.paste.leftOutMany' })
          }`,
    );
  }

  #focusId(key: number): void {
    this.renderRoot.querySelector<HTMLInputElement>(`#device-id-${key}`)?.focus();
  }

  // ---- validation

  /** Sets each row's problems; returns the rows with problems. */
  #validate(): DeviceRow[] {
    const firstRowOf = new Map<string, number>();
    this.rows = this.rows.map((row, index) => {
      const id = row.id.trim();
      let error: (() => string) | undefined;
      if (!id) error = idRequired;
      else if (firstRowOf.has(id)) {
        const first = firstRowOf.get(id)! + 1;
        error = () => msg(str`This ID is already entered for device ${first}.`, { id: 'single-wizard.error.duplicate' });
      } else firstRowOf.set(id, index);
      const groupError = row.groupText.trim() && !row.group ? groupNotChosen : undefined;
      return row.error === error && row.groupError === groupError ? row : { ...row, error, groupError };
    });
    return this.rows.filter((r) => r.error || r.groupError);
  }

  // ---- submit

  async #handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.step !== 'form') return;
    this.#validated = true;
    const invalid = this.#validate();
    if (invalid.length) {
      const count = invalid.filter((r) => r.error).length + invalid.filter((r) => r.groupError).length;
      this.#announce(
        count === 1
          ? msg('1 problem: please correct the marked field.', { id: 'single-wizard.error.summaryOne' })
          : msg(str`${count} problems: please correct the marked fields.`, { id: 'single-wizard.error.summary' }),
      );
      await this.updateComplete;
      const first = invalid[0];
      const target = first.error
        ? this.renderRoot.querySelector<HTMLElement>(`#device-id-${first.key}`)
        : this.renderRoot.querySelector<HTMLElement>(`#group-${first.key}`);
      target?.focus();
      return;
    }
    const adapter = this.effectiveAdapter;
    if (!adapter || this.#permissions.value === false) return;
    await this.#send(adapter, this.rows.map((r) => ({ ...r, id: r.id.trim(), groupText: r.groupText.trim() })));
  }

  async #send(adapter: RegistrationAdapter, rows: DeviceRow[]): Promise<void> {
    for (const combobox of this.#comboboxes.values()) combobox.close();
    const abort = new AbortController();
    this.#sendAbort = abort;
    this.progress = { done: 0, total: rows.length };
    this.step = 'sending';
    this.partsFailed = false;
    this.#announce(msg('Registering devices…', { id: 'single-wizard.sending.announce' }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="sending"]')?.focus();
    // the result step is needed before anything is sent: without it, send nothing and say why
    const parts = await this.#result.load();
    if (!parts) {
      if (this.#sendAbort === abort) this.#sendAbort = undefined;
      if (abort.signal.aborted || this.step !== 'sending') return;
      this.step = 'form';
      this.partsFailed = true;
      this.#announce(this.#partsFailedText);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="register-button"]')?.focus();
      return;
    }
    // reset or disconnected while the part loaded: this send is over (a newer one may be running)
    if (abort.signal.aborted) {
      if (this.#sendAbort === abort) this.#sendAbort = undefined;
      return;
    }
    addStyles(this.renderRoot, parts.resultStyles);
    const connect = (this.#connect ??= new parts.ConnectPanelController(this, {
      adapter: () => this.effectiveAdapter,
      reportError: (operation, error) => this.reportError(operation, error),
      announce: (text) => this.#announce(text),
      eventTarget: this,
      root: this.renderRoot as ShadowRoot,
    }));
    // before creating, so no status change of a new device is missed
    connect.listen();

    const results = await parts.registerRows(adapter, rows, {
      concurrency: this.concurrency,
      signal: abort.signal,
      reportError: (operation, error) => this.reportError(operation, error),
      onDone: () => (this.progress = { done: this.progress.done + 1, total: rows.length }),
    });
    const latest = this.#sendAbort === abort;
    if (latest) this.#sendAbort = undefined;
    if (abort.signal.aborted) {
      // disconnected or reset while sending: keep what was not registered (unless a newer send runs)
      const done = new Set(results.filter((r) => r && !r.error).map((r) => r!.id));
      if (latest && this.step === 'sending') {
        this.rows = rows.filter((r) => !done.has(r.id));
        if (!this.rows.length) this.rows = [this.#newRow()];
        this.step = 'form';
      }
      return;
    }
    const all = results.filter((r): r is DeviceResult => r !== undefined);
    this.results = all;
    this.rows = [];
    for (const key of [...this.#comboboxes.keys()]) this.#dropCombobox(key);
    this.step = 'result';
    const registered = all.filter((r) => !r.error);
    connect.add(registered.map((r) => r.request ?? { id: r.id, status: 'WAITING_FOR_CONNECTION' }));
    this.dispatchEvent(
      new DevRegRegisteredEvent(
        registered.map((r) => r.id),
        all.filter((r) => r.error).map((r) => ({ id: r.id, message: errorText(r.error) })),
      ),
    );
    this.#announce(parts.resultSummary(all));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
  }

  async #handleFix(): Promise<void> {
    const failed = this.results.filter((r) => r.error);
    if (!failed.length) return;
    this.rows = failed.map((r) => ({ ...r.row }));
    this.results = [];
    this.#validated = false;
    this.step = 'form';
    await this.updateComplete;
    this.#focusId(this.rows[0].key);
  }

  #handleClose(): void {
    this.dispatchEvent(new DevRegCloseEvent());
  }

  // "try again", not "reload the page": Register loads the part anew (whatwg/html#10327), and a reload would lose the rows
  get #partsFailedText(): string {
    return msg('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.', {
      id: 'single-wizard.partsFailed',
    });
  }

  #announce(text: string): void {
    const locale = getDevRegLocale();
    // a change of text is what screen readers announce: clear first so a repeat is read again
    this.announcement = undefined;
    void this.updateComplete.then(() => {
      this.announcement = { text, locale };
    });
  }

  // ---- rendering

  #renderSending() {
    const { done, total } = this.progress;
    return html`<section part="step sending" class="sending" tabindex="-1" aria-labelledby="progress-label">
      <p id="progress-label">
        ${msg(str`Registering devices: ${done} of ${total} done.`, { id: 'single-wizard.sending.progress' })}
      </p>
      <progress
        part="progress"
        aria-labelledby="progress-label"
        aria-valuetext=${msg(str`${done} of ${total}`, { id: 'single-wizard.sending.valuetext' })}
        max=${total}
        .value=${done}
      ></progress>
    </section>`;
  }

  #renderStep() {
    switch (this.step) {
      case 'sending':
        return this.#renderSending();
      case 'result': {
        const parts = this.#result.module;
        const connect = this.#connect;
        if (!parts) return nothing; // never: the result step is shown once loaded
        return parts.renderResultStep({
          results: this.results,
          connect: connect?.entries.size
            ? parts.renderConnectPanel(connect, {
                baseUrl: this.baseUrl ?? apiBaseUrl(this.effectiveAdapter),
                bootstrapUser: this.bootstrapUser,
                canRefresh: typeof this.effectiveAdapter?.get === 'function',
              })
            : nothing,
          onFix: () => void this.#handleFix(),
          onClose: () => this.#handleClose(),
        });
      }
      default: {
        let notice: string | undefined;
        const allowed = this.#permissions.value !== false;
        if (this.partsFailed) notice = this.#partsFailedText;
        else if (!this.effectiveAdapter)
          notice = msg('No adapter is configured: devices cannot be registered.', { id: 'single-wizard.noAdapter' });
        else if (!allowed)
          notice = msg('You do not have permission to register devices.', { id: 'single-wizard.noPermission' });
        else if (this.#tenants.error)
          notice = `${msg('The tenants could not be loaded; devices are registered for this tenant.', {
            id: 'single-wizard.tenantsFailed',
          })} ${errorText(this.#tenants.error)}`;
        return renderFormStep({
          rows: this.rows,
          rowContext: this.#rowContext,
          notice,
          canRegister: allowed && this.effectiveAdapter !== undefined,
          onSubmit: (e) => void this.#handleSubmit(e),
          onAdd: () => void this.#handleAdd(),
        });
      }
    }
  }

  override render() {
    return html`<div part="base" class="base">
      <h2 part="heading">${this.heading}</h2>
      ${this.#renderStep()}
      <div role="status" aria-live="polite" class="visually-hidden">${this.announcement?.text ?? ''}</div>
    </div>`;
  }
}
