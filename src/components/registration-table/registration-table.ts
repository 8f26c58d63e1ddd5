import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { virtualize as Virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { RegistrationChange, RegistrationRequest } from '../../adapters/registration-adapter.js';
import { isRegistrationStatus } from '../../adapters/registration-adapter.js';
import { RegistrationListController, type ListRow } from '../../controllers/registration-list-controller.js';
import { DevRegAcceptedEvent } from '../../events/devreg-accepted.js';
import { errorText } from '../../i18n/error-text.js';
import { cssProps } from '../../internal/css-props.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { formatNumber } from '../../internal/format.js';
import { sharedStyles } from '../../styles/shared.js';
import { renderFilterBar, type StatusFilter } from './filter-bar.js';
import { DevRegListStateEvent } from './list-state-event.js';
import { registrationTableStyles } from './registration-table.styles.js';
import type * as TableActions from './table-actions.js';
import type { Removal, TableHost } from './table-actions.js';
import { renderRow, type RowContext } from './row.js';

interface ViewAnchor {
  focus?: { id: string; part: string };
  /** The first visible row and its distance from the top of the scrolled area. */
  anchor?: { id: string; offset: number };
}

/**
 * Up to this many rows are rendered as plain rows. A longer list is virtualized (only the visible
 * rows are in the DOM); the virtualizer is loaded on first need (or prefetched once the table has
 * rows), and until it is there the first {@link FIRST_ROWS} rows are shown plainly, so a long list
 * is on screen as soon as its first page arrives.
 */
const PLAIN_ROWS = 100;
/** Rows shown while the virtualizer loads: more than the scrolled area holds. */
const FIRST_ROWS = 15;

/**
 * Pixels rendered beyond each edge of the scrolled area (the virtualizer's default is 1000, about
 * 18 rows each way): a jump (dragging the scrollbar through 100,000 rows) then renders about 15
 * new rows per frame instead of 45.
 */
const OVERHANG_PX = 160;

let virtualizeDirective: typeof Virtualize | undefined;
let rowsLayout: NonNullable<Parameters<typeof Virtualize>[0]>['layout'];
let virtualizerLoading: Promise<void> | undefined;
let virtualizerPrefetch = false;

function loadVirtualizer(): Promise<void> {
  virtualizerLoading ??= Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
  ]).then(([{ virtualize }, { FlowLayout }]) => {
    class RowsLayout extends FlowLayout {
      constructor(...args: ConstructorParameters<typeof FlowLayout>) {
        super(...args);
        this._overhang = OVERHANG_PX;
      }
    }
    rowsLayout = { type: RowsLayout };
    virtualizeDirective = virtualize;
  });
  return virtualizerLoading;
}

/** Live changes announced one by one up to this many per batch; more are summarised. */
const MAX_SINGLE_ANNOUNCEMENTS = 3;
const ANNOUNCE_DELAY_MS = 400;

/**
 * The list of registration requests with live status and per-row actions: accept (with the
 * security token when the tenant's policy asks for one), remove (after a confirmation dialog),
 * and register a blocked request again. Pending requests come first, then the newest.
 *
 * Thousands of rows stay smooth: the first page is shown as soon as it arrives, the rest loads in
 * the background, and only the visible rows are rendered (an ARIA table with `aria-rowcount` and
 * `aria-rowindex`, so screen readers know the full size). Live changes from the adapter's
 * `subscribe` update single rows in place and are announced politely.
 *
 * @summary The list of registration requests with per-row actions.
 *
 * @fires {DevRegAcceptedEvent} devreg-accepted - A request was accepted (`{id}`).
 * @fires {DevRegRemovedEvent} devreg-removed - A request was removed (`{id}`).
 * @fires {DevRegRegisteredEvent} devreg-registered - A blocked request was registered again (`{ids, failed}`).
 * @fires {DevRegErrorEvent} devreg-error - An adapter call failed (`{operation, error}`); the table shows the message itself.
 * @fires {DevRegListStateEvent} devreg-list-state - Internal, bubbles only: `{total, pending, loading, error}` changed.
 *
 * @csspart base - Everything the element renders.
 * @csspart filters - The bar with the status filter and the search box.
 * @csspart status-filter - The status `<select>`.
 * @csspart search - The search box.
 * @csspart notice - A message about a row that disappeared or a partial failure.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state (no requests, or none matching the filter).
 * @csspart error - The error state (the list could not be loaded), with "Retry".
 * @csspart progress - "Loading more…" while later pages arrive.
 * @csspart table - The scrollable table (`role="table"`).
 * @csspart header - The header row group.
 * @csspart header-row - The header row.
 * @csspart columnheader - A column header.
 * @csspart body - The (virtualized) row group holding the rows.
 * @csspart row - A request's row.
 * @csspart cell - Any cell; also `id-cell`, `status-cell`, `date-cell`, `group-cell`, `tenant-cell`, `actions`.
 * @csspart token - The security token input with its reveal toggle.
 * @csspart token-input - The security token input.
 * @csspart token-toggle - The button that shows or hides the token.
 * @csspart accept-button - "Accept".
 * @csspart remove-button - "Remove".
 * @csspart register-again-button - "Register again" (blocked rows).
 * @csspart row-error - A row's error message.
 * @csspart dialog - The remove confirmation dialog.
 * @csspart dialog-heading - Its heading.
 * @csspart dialog-error - Its error message.
 * @csspart dialog-actions - Its buttons.
 *
 * @cssprop --devreg-registration-table-max-height - Height of the scrolling table (default `32rem`).
 * @cssprop --devreg-registration-table-min-width - Width below which the table scrolls sideways (default `52rem`).
 * @cssprop --devreg-registration-table-row-min-height - Minimum row height (default `3rem`).
 * @cssprop --devreg-registration-table-cell-padding - Cell padding (default `0.5rem 0.75rem`).
 * @cssprop --devreg-registration-table-header-background - Header background (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-registration-table-row-border - Line between rows (falls back to `--devreg-color-border`).
 * @cssprop --devreg-registration-table-row-hover-background - Row background on hover (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-registration-table-pending-background - Background of pending rows (falls back to `--devreg-color-warning-surface`).
 * @cssprop --devreg-registration-table-id-column - Grid track of the ID column.
 * @cssprop --devreg-registration-table-status-column - Grid track of the status column.
 * @cssprop --devreg-registration-table-date-column - Grid track of the creation date column.
 * @cssprop --devreg-registration-table-group-column - Grid track of the group column.
 * @cssprop --devreg-registration-table-tenant-column - Grid track of the tenant column.
 * @cssprop --devreg-registration-table-actions-column - Grid track of the actions column.
 */
export class DevRegRegistrationTable extends DevRegElement {
  static override styles = [sharedStyles, registrationTableStyles];

  /** Requests fetched per page (1–2000); the first page is shown as soon as it arrives. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 1000;

  @state() private statusFilter: StatusFilter = 'all';
  @state() private search = '';
  /** Polite announcement for screen readers (live changes and results of actions). */
  @state() private announcement = '';
  /** A message above the table: a row vanished, or register-again half failed. */
  @state() private notice?: string;
  /** The request the remove dialog asks about. */

  @query('dialog') private dialog?: HTMLDialogElement;

  readonly #list = new RegistrationListController(this, {
    adapter: () => this.effectiveAdapter,
    pageSize: () => this.pageSize,
    reportError: (operation, error) => this.reportError(operation, error),
    onLiveChange: (change, previous) => this.#handleLiveChange(change, previous),
  });

  // Per-row UI state, keyed by request ID (never by index: rows move and are recycled).
  /** Typed security tokens: kept in memory only while the row needs them, never logged or stored. */
  readonly #tokens = new Map<string, string>();
  readonly #revealed = new Set<string>();
  readonly #rowErrors = new Map<string, string>();
  readonly #busy = new Set<string>();
  readonly #domIds = new Map<string, string>();
  #nextDomId = 0;

  /** The remove confirmation (rendered from it; changed by the actions module, which re-renders). */
  readonly #removal: Removal = { busy: false, focusHandled: false };
  /** Removal and "Register again": loaded with the first of them (a page that only lists never needs it). */
  #actions?: typeof TableActions;
  #host?: TableHost;
  #pendingAnnouncements: string[] = [];
  #announceTimer?: ReturnType<typeof setTimeout>;
  #lastListState = '';
  #view?: { rows: readonly ListRow[]; filter: StatusFilter; search: string; result: readonly ListRow[] };
  #dateFormat?: { locale: string; format: Intl.DateTimeFormat };
  /** What a live change must not disturb, taken before it is rendered: the focused row control and the first visible row. */
  #keep?: ViewAnchor;
  #keepTimer?: ReturnType<typeof setTimeout>;
  /** Whether the last render handed the rows to the virtualizer (else they are plain rows). */
  #virtualized = false;
  #wasVirtualized = false;

  /** Fetches the list again (rows stay visible and are updated in place). */
  reload(): void {
    this.notice = undefined;
    this.#list.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#keepTimer);
    this.#keep = undefined;
    this.#pendingAnnouncements = [];
    // typed tokens do not outlive the element's presence on the page
    this.#tokens.clear();
    this.#revealed.clear();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // once rows are on screen, fetch the virtualizer while the browser is idle, so a list that grows
    // long (more pages, live additions) or is scrolled right away does not wait for it
    if (!virtualizerPrefetch && this.#list.total > 0) {
      virtualizerPrefetch = true;
      const prefetch = () => void loadVirtualizer().catch(() => undefined);
      if ('requestIdleCallback' in window) requestIdleCallback(prefetch);
      else setTimeout(prefetch, 200);
    }
    if (this.#wasVirtualized && !this.#virtualized) {
      // the list got short (a filter): drop what the virtualizer set on its host (size containment, its height)
      this.renderRoot.querySelector('[part~=body]')?.removeAttribute('style');
    }
    this.#wasVirtualized = this.#virtualized;
    // plain rows are in place now (the virtualizer reports its renders with rangeChanged)
    if (this.#keep && !this.#virtualized) this.#restoreView(false);
    const list = this.#list;
    const key = `${list.total}|${list.pending}|${list.loading}|${list.error ? `${list.error.code}:${list.error.message}` : ''}`;
    if (key !== this.#lastListState) {
      this.#lastListState = key;
      this.#emit(
        new DevRegListStateEvent({ total: list.total, pending: list.pending, loading: list.loading, error: list.error }),
      );
    }
  }

  protected override render(): TemplateResult {
    return html`<div part="base">
      ${this.#list.loaded && this.#list.total > 0 ? this.#renderFilterBar() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.notice
        ? html`<div part="notice" class="banner" tabindex="-1">
            <span>${this.notice}</span>
            <button type="button" @click=${() => (this.notice = undefined)}>
              ${msg('Dismiss', { id: 'table.dismiss' })}
            </button>
          </div>`
        : nothing}
      ${this.#renderContent()}
      <dialog
        part="dialog"
        aria-labelledby="remove-dialog-heading"
        aria-describedby="remove-dialog-text"
        @close=${() => this.#actions?.handleDialogClose(this.#tableHost())}
        @cancel=${(event: Event) => {
          // Escape closes the dialog, except while the removal is under way
          if (this.#removal.busy) event.preventDefault();
        }}
      >
        ${this.#actions?.renderRemoveDialog({
          id: this.#removal.target?.id,
          busy: this.#removal.busy,
          error: this.#removal.error,
          onCancel: () => this.dialog?.close(),
          onConfirm: () => void this.#actions?.confirmRemove(this.#tableHost()),
        }) ?? nothing}
      </dialog>
    </div>`;
  }

  #renderContent(): TemplateResult | typeof nothing {
    const list = this.#list;
    if (!this.effectiveAdapter) {
      return html`<p part="empty" class="state">
        ${msg('No adapter is connected, so there is nothing to show.', { id: 'table.noAdapter' })}
      </p>`;
    }
    if (!list.loaded) {
      if (list.error) return this.#renderError(msg('The registration requests could not be loaded.', { id: 'table.error' }));
      return html`<div part="loading" class="state" role="status">
        <span class="spinner" aria-hidden="true"></span>
        ${msg('Loading registration requests…', { id: 'table.loading' })}
      </div>`;
    }
    const partial = list.error
      ? this.#renderError(msg('Not all registration requests could be loaded.', { id: 'table.partialError' }))
      : nothing;
    if (list.total === 0) {
      if (list.loading) {
        return html`<div part="loading" class="state" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${msg('Loading registration requests…', { id: 'table.loading' })}
        </div>`;
      }
      if (list.error) return partial;
      return html`<div part="empty" class="state">
        <p class="state-title">${msg('No registration requests', { id: 'table.empty' })}</p>
        <p>
          ${msg(
            'Register a device to see it here. It stays in this list until the device has connected and been accepted.',
            { id: 'table.empty.hint' },
          )}
        </p>
      </div>`;
    }
    const view = this.#currentView();
    return html`${partial}
      ${list.loading
        ? html`<p part="progress" class="progress">
            <span class="spinner" aria-hidden="true"></span>
            ${msg(str`Loading more… ${this.#formatNumber(list.total)} loaded`, { id: 'table.loadingMore' })}
          </p>`
        : nothing}
      ${view.length === 0
        ? html`<div part="empty" class="state">
            <p class="state-title">${msg('No registration requests match the filter.', { id: 'table.noMatch' })}</p>
            <button type="button" @click=${this.#clearFilter}>${msg('Clear filter', { id: 'table.clearFilter' })}</button>
          </div>`
        : this.#renderTable(view)}`;
  }

  #renderError(title: string): TemplateResult {
    const error = this.#list.error;
    return html`<div part="error" class="banner danger" role="alert">
      <p class="state-title">${title}</p>
      ${error ? html`<p>${errorText(error)}</p>` : nothing}
      <button type="button" @click=${() => this.#list.retry()}>${msg('Retry', { id: 'table.retry' })}</button>
    </div>`;
  }

  #renderFilterBar(): TemplateResult {
    return renderFilterBar({
      status: this.statusFilter,
      search: this.search,
      total: this.#list.total,
      count: (status) => this.#list.counts.get(status) ?? 0,
      formatNumber: (n) => this.#formatNumber(n),
      onStatusChange: (event: Event) => {
        this.statusFilter = (event.target as HTMLSelectElement).value;
      },
      onSearchInput: (event: InputEvent) => {
        this.search = (event.target as HTMLInputElement).value;
      },
    });
  }

  #renderTable(view: readonly ListRow[]): TemplateResult {
    const list = this.#list;
    const showTenant = list.tenants.length > 0;
    const admin = list.permissions.admin;
    const tracks = [
      'var(--devreg-registration-table-id-column, minmax(9rem, 2fr))',
      // wide enough for the longest status badge ("Waiting for connection") without truncation
      'var(--devreg-registration-table-status-column, minmax(13.5rem, 1.4fr))',
      'var(--devreg-registration-table-date-column, minmax(12.5rem, 1.2fr))',
      'var(--devreg-registration-table-group-column, minmax(6rem, 1fr))',
      ...(showTenant ? ['var(--devreg-registration-table-tenant-column, minmax(6rem, 1fr))'] : []),
      ...(admin ? ['var(--devreg-registration-table-actions-column, minmax(19rem, 2.6fr))'] : []),
    ];
    const ctx = this.#rowContext(showTenant, admin);
    return html`<div
      role="table"
      part="table"
      class="table"
      tabindex="0"
      aria-label=${msg('Device registration requests', { id: 'table.name' })}
      aria-rowcount=${view.length + 1}
      ${cssProps({ '--_columns': tracks.join(' ') })}
    >
      <div role="rowgroup" part="header" class="header">
        <div role="row" part="header-row" aria-rowindex="1">
          <div role="columnheader" part="columnheader">${msg('Device ID', { id: 'table.col.id' })}</div>
          <div role="columnheader" part="columnheader">${msg('Status', { id: 'table.col.status' })}</div>
          <div role="columnheader" part="columnheader">${msg('Creation date', { id: 'table.col.created' })}</div>
          <div role="columnheader" part="columnheader">${msg('Group', { id: 'table.col.group' })}</div>
          ${showTenant
            ? html`<div role="columnheader" part="columnheader">${msg('Tenant', { id: 'table.col.tenant' })}</div>`
            : nothing}
          ${admin
            ? html`<div role="columnheader" part="columnheader">${msg('Actions', { id: 'table.col.actions' })}</div>`
            : nothing}
        </div>
      </div>
      <div role="rowgroup" part="body" class="body" @rangeChanged=${this.#handleRangeChanged}>
        ${this.#renderRows(view, ctx)}
      </div>
    </div>`;
  }

  #renderRows(view: readonly ListRow[], ctx: RowContext): unknown {
    this.#virtualized = view.length > PLAIN_ROWS && !!virtualizeDirective;
    if (this.#virtualized) {
      return virtualizeDirective!({
        items: view as ListRow[],
        layout: rowsLayout,
        // The virtualizer may briefly ask for a stale range after the list shrank: tolerate holes.
        keyFunction: (row: ListRow | undefined, index: number) => row?.request.id ?? `\u0000${index}`,
        renderItem: (row: ListRow | undefined, index: number) => (row ? renderRow(row, index, ctx) : html``),
      });
    }
    if (view.length > PLAIN_ROWS) {
      void loadVirtualizer().then(
        () => this.#switchToVirtualizer(),
        (error: unknown) => console.error('devreg-registration-table: could not load the virtualizer', error),
      );
    }
    // keyed: a row's DOM (and the focus in it) moves with its request
    return repeat(
      view.length > PLAIN_ROWS ? view.slice(0, FIRST_ROWS) : view,
      (row) => row.request.id,
      (row, index) => renderRow(row, index, ctx),
    );
  }

  /** The virtualizer has arrived: hand it the rows, keeping the scroll position and the focus. */
  #switchToVirtualizer(): void {
    if (this.#virtualized) return;
    const scroller = this.renderRoot.querySelector<HTMLElement>('[part~=table]');
    const body = scroller?.querySelector<HTMLElement>('[part~=body]');
    const top = scroller?.scrollTop ?? 0;
    // the virtualizer's host is sized by the virtualizer (contain: size): until it has measured,
    // keep an estimate of the full height so the scroll position is not cut short
    const shown = body?.childElementCount ?? 0;
    if (body && shown > 0) body.style.minHeight = `${Math.min(8_000_000, (body.offsetHeight / shown) * this.#currentView().length)}px`;
    this.#keepView();
    this.requestUpdate();
    if (!scroller || top === 0) return;
    // the virtualizer sizes its content a frame later: scroll back, then the anchor row is aligned
    void this.updateComplete.then(() =>
      requestAnimationFrame(() => {
        if (scroller.isConnected && scroller.scrollTop !== top) scroller.scrollTop = top;
      }),
    );
  }

  #rowContext(showTenant: boolean, admin: boolean): RowContext {
    return {
      showTenant,
      admin,
      policy: this.#list.securityTokenPolicy,
      formatDate: (iso) => this.#formatDate(iso),
      domId: (id) => this.#domId(id),
      token: (id) => this.#tokens.get(id) ?? '',
      revealed: (id) => this.#revealed.has(id),
      error: (id) => this.#rowErrors.get(id),
      busy: (id) => this.#busy.has(id),
      onTokenInput: (id, event) => {
        this.#tokens.set(id, (event.target as HTMLInputElement).value);
        if (this.#rowErrors.get(id) === this.#tokenRequiredText()) {
          this.#rowErrors.delete(id);
          this.requestUpdate();
        }
      },
      onTokenKeydown: (row, event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void this.#accept(row.request);
        }
      },
      onToggleReveal: (id) => {
        if (this.#revealed.has(id)) this.#revealed.delete(id);
        else this.#revealed.add(id);
        this.requestUpdate();
      },
      onAccept: (row) => void this.#accept(row.request),
      onRemove: (row, event) => void this.#openRemoveDialog(row.request, event.currentTarget as HTMLElement),
      onRegisterAgain: (row) => void this.#loadActions().then((actions) => actions?.registerAgain(this.#tableHost(), row.request)),
    };
  }

  #currentView(): readonly ListRow[] {
    const rows = this.#list.rows;
    const filter = this.statusFilter;
    const search = this.search.trim().toLowerCase();
    const cached = this.#view;
    if (cached && cached.rows === rows && cached.filter === filter && cached.search === search) return cached.result;
    let result = rows;
    if (filter !== 'all' || search) {
      result = rows.filter(
        (row) =>
          (filter === 'all' || row.request.status === filter) &&
          (!search || row.request.id.toLowerCase().includes(search)),
      );
    }
    this.#view = { rows, filter, search, result };
    return result;
  }

  #clearFilter = (): void => {
    this.statusFilter = 'all';
    this.search = '';
  };

  #formatDate(iso: string | undefined): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const locale = this.effectiveLocale;
    if (this.#dateFormat?.locale !== locale) {
      this.#dateFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }) };
    }
    return this.#dateFormat.format.format(date);
  }

  #formatNumber(n: number): string {
    return formatNumber(this.effectiveLocale, n);
  }

  #domId(id: string): string {
    let domId = this.#domIds.get(id);
    if (!domId) {
      domId = `row-${this.#nextDomId++}`;
      this.#domIds.set(id, domId);
    }
    return domId;
  }

  #tokenRequiredText(): string {
    return msg('Enter the security token the device sent.', { id: 'table.token.required' });
  }

  // ---- actions -------------------------------------------------------------------------------

  async #accept(request: RegistrationRequest): Promise<void> {
    const adapter = this.effectiveAdapter;
    const { id } = request;
    if (!adapter || this.#busy.has(id)) return;
    const policy = this.#list.securityTokenPolicy;
    const token = policy === 'IGNORED' ? '' : (this.#tokens.get(id) ?? '');
    if (policy === 'REQUIRED' && !token.trim()) {
      this.#rowErrors.set(id, this.#tokenRequiredText());
      this.requestUpdate();
      await this.updateComplete;
      this.#rowControl(id, 'token-input')?.focus();
      return;
    }
    // the Accept button and the token input go away with the pending state: keep the focus in the row
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const focusInRow = !!active && (active === this.#rowControl(id, 'accept-button') || active === this.#rowControl(id, 'token-input'));
    this.#setBusy(id, true);
    this.#rowErrors.delete(id);
    try {
      const accepted = await adapter.accept(id, token ? { securityToken: token } : {});
      this.#tokens.delete(id);
      this.#revealed.delete(id);
      this.#list.upsert(accepted);
      this.#announce(msg(str`Device ${id} accepted.`, { id: 'table.accepted' }));
      this.#emit(new DevRegAcceptedEvent(id));
      if (focusInRow) void this.updateComplete.then(() => this.#rowControl(id, 'remove-button')?.focus());
    } catch (error) {
      const e = this.reportError('accept', error);
      if (e.code === 'aborted') return;
      if (e.code === 'not-found') this.#rowGone(id);
      else this.#rowErrors.set(id, errorText(e)); // the typed token stays for a correction
    } finally {
      this.#setBusy(id, false);
    }
  }

  /** The actions module (removal, "Register again"), loaded on first use; undefined when it cannot be loaded. */
  async #loadActions(): Promise<typeof TableActions | undefined> {
    try {
      return (this.#actions ??= await import('./table-actions.js'));
    } catch (error) {
      console.error('devreg-registration-table: could not load the row actions', error);
      return undefined;
    }
  }

  /** What the actions module may read and change of the table. */
  #tableHost(): TableHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const table = this;
    return (this.#host ??= {
      get adapter() {
        return table.effectiveAdapter;
      },
      list: this.#list,
      removal: this.#removal,
      rowErrors: this.#rowErrors,
      get dialog() {
        return table.dialog;
      },
      get virtualized() {
        return table.#virtualized;
      },
      get updateComplete() {
        return table.updateComplete;
      },
      requestUpdate: () => this.requestUpdate(),
      busy: (id) => this.#busy.has(id),
      setBusy: (id, busy) => this.#setBusy(id, busy),
      view: () => this.#currentView(),
      rowControl: (id, part) => this.#rowControl(id, part),
      forgetRow: (id) => this.#forgetRow(id),
      rowGone: (id) => this.#rowGone(id),
      focusAfterRowGone: () => this.#focusAfterRowGone(),
      announce: (text) => this.#announce(text),
      notify: (text) => this.#notify(text),
      emit: (event) => this.#emit(event),
      reportError: (operation, error) => this.reportError(operation, error),
    });
  }

  async #openRemoveDialog(request: RegistrationRequest, trigger: HTMLElement): Promise<void> {
    const removal = this.#removal;
    removal.trigger = trigger;
    removal.focusHandled = false;
    // the dialog's content is loaded with the first "Remove": a page that only lists never needs it
    if (!(await this.#loadActions())) return;
    removal.target = request;
    removal.error = undefined;
    removal.busy = false;
    this.requestUpdate();
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  /** Shows a notice above the list and announces it. */
  #notify(text: string): void {
    this.notice = text;
    this.#announce(text);
  }

  /** The request vanished on the server (someone else removed or completed it): drop the row and say so. */
  #rowGone(id: string): void {
    this.#forgetRow(id);
    this.#list.removeLocal(id);
    this.#notify(
      msg(str`The registration request for ${id} no longer exists. Someone else may have removed it.`, { id: 'table.gone' }),
    );
    void this.updateComplete.then(() => {
      if (!this.dialog?.open) this.#focusAfterRowGone();
    });
  }

  #forgetRow(id: string): void {
    this.#tokens.delete(id);
    this.#revealed.delete(id);
    this.#rowErrors.delete(id);
    this.#domIds.delete(id);
  }

  /** Focus had been on a row that is gone: move it to the notice, else the table, never to `<body>`. */
  #focusAfterRowGone(): void {
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement && root.activeElement.isConnected) return;
    const target =
      root.querySelector<HTMLElement>('[part~=notice]') ??
      root.querySelector<HTMLElement>('[part~=table]') ??
      root.querySelector<HTMLElement>('[part~=search]');
    target?.focus();
  }

  #setBusy(id: string, busy: boolean): void {
    if (busy) this.#busy.add(id);
    else this.#busy.delete(id);
    this.requestUpdate();
  }

  #rowControl(id: string, part: string): HTMLElement | undefined {
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('[part~=row]')) {
      if (row.dataset.id === id) return row.querySelector<HTMLElement>(`[part~=${part}]`) ?? undefined;
    }
    return undefined;
  }

  // ---- live changes, focus and announcements -------------------------------------------------

  #handleLiveChange(change: RegistrationChange, previous: RegistrationRequest | undefined): void {
    this.#keepView();
    if (change.type === 'removed') {
      if (!previous) return;
      this.#forgetRow(change.id);
      this.#queueAnnouncement(msg(str`Device ${change.id} was removed from the list.`, { id: 'table.announce.removed' }));
    } else {
      const { id, status } = change.request;
      if (!previous) {
        this.#queueAnnouncement(msg(str`Device ${id} was added to the list.`, { id: 'table.announce.added' }));
      } else if (previous.status !== status) {
        if (status !== 'PENDING_ACCEPTANCE') this.#tokens.delete(id);
        this.#queueAnnouncement(this.#statusAnnouncement(id, status));
      }
    }
  }

  #statusAnnouncement(id: string, status: string): string {
    if (!isRegistrationStatus(status)) {
      return msg(str`Device ${id} now has the status ${status}.`, { id: 'table.announce.other' });
    }
    switch (status) {
      case 'WAITING_FOR_CONNECTION':
        return msg(str`Device ${id} is now waiting for connection.`, { id: 'table.announce.WAITING_FOR_CONNECTION' });
      case 'PENDING_ACCEPTANCE':
        return msg(str`Device ${id} is now pending acceptance.`, { id: 'table.announce.PENDING_ACCEPTANCE' });
      case 'ACCEPTED':
        return msg(str`Device ${id} is now accepted.`, { id: 'table.announce.ACCEPTED' });
      case 'BLOCKED':
        return msg(str`Device ${id} is now blocked.`, { id: 'table.announce.BLOCKED' });
    }
  }

  /**
   * Before a live change is rendered: remember the focused row control and where the first visible
   * row is, so both can be put back after the virtualizer moved rows around (rows added above the
   * viewport must not push the rows being read out of view).
   */
  #keepView(): void {
    if (this.#keep) return; // one snapshot per burst: the view before the first change
    const root = this.renderRoot as ShadowRoot;
    const keep: ViewAnchor = {};
    const active = root.activeElement as HTMLElement | null;
    const activeRow = active?.closest<HTMLElement>('[part~=row]');
    const activePart = active?.getAttribute('part')?.split(' ')[0];
    if (activeRow?.dataset.id && activePart) keep.focus = { id: activeRow.dataset.id, part: activePart };
    const scroller = root.querySelector<HTMLElement>('[part~=table]');
    if (scroller && scroller.scrollTop > 0) {
      const top = this.#viewportTop(scroller);
      let best: { id: string; offset: number } | undefined;
      for (const row of root.querySelectorAll<HTMLElement>('[part~=row]')) {
        const rect = row.getBoundingClientRect();
        if (rect.bottom <= top + 1 || !row.dataset.id) continue;
        if (!best || rect.top - top < best.offset) best = { id: row.dataset.id, offset: rect.top - top };
      }
      keep.anchor = best;
    }
    if (!keep.focus && !keep.anchor) return;
    this.#keep = keep;
    // the virtualizer re-renders within a frame or two; give up on the snapshot after that
    clearTimeout(this.#keepTimer);
    this.#keepTimer = setTimeout(() => this.#restoreView(true), 500);
  }

  #viewportTop(scroller: HTMLElement): number {
    const header = scroller.querySelector('[part~=header]');
    return scroller.getBoundingClientRect().top + (header?.getBoundingClientRect().height ?? 0);
  }

  /** The virtualizer has just rendered a new range or new items (its positions follow synchronously). */
  #handleRangeChanged = (): void => {
    if (this.#keep) queueMicrotask(() => this.#restoreView(false));
  };

  #restoreView(final: boolean): void {
    const keep = this.#keep;
    if (!keep) return;
    const root = this.renderRoot as ShadowRoot;
    if (keep.focus && !root.activeElement && (!document.activeElement || document.activeElement === document.body)) {
      this.#rowControl(keep.focus.id, keep.focus.part)?.focus({ preventScroll: true });
    }
    const scroller = root.querySelector<HTMLElement>('[part~=table]');
    if (keep.anchor && scroller) {
      const { id, offset } = keep.anchor;
      const row = [...root.querySelectorAll<HTMLElement>('[part~=row]')].find((r) => r.dataset.id === id);
      if (row) {
        const delta = row.getBoundingClientRect().top - this.#viewportTop(scroller) - offset;
        if (Math.abs(delta) >= 1) scroller.scrollTop += delta;
      }
    }
    if (final) {
      this.#keep = undefined;
    } else {
      // rows measured in the next frames may shift again: correct once more, then let go
      clearTimeout(this.#keepTimer);
      this.#keepTimer = setTimeout(() => this.#restoreView(true), 100);
    }
  }

  /** Dispatches one of the events documented above (a helper, so the manifest lists them once, by name). */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /** Announces the result of the user's own action at once. */
  #announce(text: string): void {
    this.#pendingAnnouncements.push(text);
    this.#flushAnnouncements();
  }

  /** Collects live changes briefly so a burst becomes one summary instead of a flood. */
  #queueAnnouncement(text: string): void {
    this.#pendingAnnouncements.push(text);
    this.#announceTimer ??= setTimeout(() => this.#flushAnnouncements(), ANNOUNCE_DELAY_MS);
  }

  #flushAnnouncements(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    const texts = this.#pendingAnnouncements;
    this.#pendingAnnouncements = [];
    if (!texts.length) return;
    const text =
      texts.length > MAX_SINGLE_ANNOUNCEMENTS
        ? msg(str`${this.#formatNumber(texts.length)} registration requests changed.`, { id: 'table.announce.many' })
        : texts.join(' ');
    // the same sentence twice must still be read: clear first, then set
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }
}
