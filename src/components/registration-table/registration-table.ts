import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { RegistrationChange, RegistrationRequest } from '../../adapters/registration-adapter.js';
import { RegistrationListController, type ListRow } from '../../controllers/registration-list-controller.js';
import { errorText } from '../../i18n/error-text.js';
import { formatNumber } from '../../internal/format.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { getDevRegLocale } from '../../i18n/localization.js';
import { sharedStyles } from '../../styles/shared.js';
import type { StatusFilter } from './filter-bar.js';
import type * as GroupNamesModule from './group-names.js';
import { DevRegListStateEvent } from './list-state-event.js';
import { registrationTableStyles } from './registration-table.styles.js';
import type { RowContext, RowError } from './row.js';
import type * as TableActions from './table-actions.js';
import { LiveView } from './live-view.js';
import type * as StickyHeaderModule from './sticky-header.js';
import { ownScroll, type Removal, type TableHost } from './table-host.js';
import type * as VirtualRows from './virtual-rows.js';
import { renderContent, renderFilters } from './table-view.js';
import { tableViewStyles } from './table-view.styles.js';

/**
 * Up to this many rows are rendered as plain rows. A longer list is virtualized (only the visible
 * rows are in the DOM); the virtualizer is loaded for such a list (or while pages are still
 * arriving), and until it is there the first {@link FIRST_ROWS} rows are shown plainly, so a long
 * list is on screen as soon as its first page arrives.
 */
const PLAIN_ROWS = 100;
/** Rows shown while the virtualizer loads: more than the scrolled area holds. */
const FIRST_ROWS = 15;

/** Runs `work` when the browser is idle (after the frame being made is shown). */
const whenIdle = (work: () => void): void => void ('requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(work, 200));

/**
 * The table's lazily loaded parts; a list page loads none of them up front (the rows and states,
 * table-view.ts, every list display needs: they are imported statically). An object, so that a
 * test can make a load fail.
 */
export const tableChunks = {
  /** Accept, removal (with its dialog) and "Register again": loaded with the first of them. */
  actions: (): Promise<typeof TableActions> => import('./table-actions.js'),
  /** The virtualizer (with what only a virtualized list needs): loaded when a list is (or is about to be) longer than {@link PLAIN_ROWS}. */
  virtualizer: (): Promise<typeof VirtualRows> => import('./virtual-rows.js'),
  /** The group names: loaded when a row first names a group (and the adapter can look groups up). */
  groupNames: (): Promise<typeof GroupNamesModule> => import('./group-names.js'),
  /** What keeps the column headers in sight: loaded when the table grows with the page. */
  stickyHeader: (): Promise<typeof StickyHeaderModule> => import('./sticky-header.js'),
};

/**
 * The list of registration requests with live status and per-row actions: accept (with the
 * security token when the tenant's policy asks for one), remove (after a confirmation dialog),
 * and register a blocked request again. Pending requests come first, then the newest.
 *
 * Thousands of rows stay smooth: the first page is shown as soon as it arrives, the rest loads in
 * the background, and only the visible rows are rendered (an ARIA table with `aria-rowcount` and
 * `aria-rowindex`, so screen readers know the full size). Live changes from the adapter's
 * `subscribe` update single rows in place and are announced politely. When the live updates stop
 * working, a notice above the list says why and that the list may be out of date, with "Retry"
 * (`reload()`); it goes by itself when they work again. Both are announced.
 *
 * Below 40rem of the width it is given (a container query on the element), each row is laid out as a
 * card: every cell shows its column name (for the eyes only) and the actions wrap.
 *
 * @summary The list of registration requests with per-row actions.
 *
 * @fires {DevRegAcceptedEvent} devreg-accepted - A request was accepted (`{id}`).
 * @fires {DevRegRemovedEvent} devreg-removed - A request was removed (`{id}`).
 * @fires {DevRegRegisteredEvent} devreg-registered - A blocked request was registered again (`{ids, failed}`).
 * @fires {DevRegErrorEvent} devreg-error - An adapter call failed (`{operation, error}`), or the live updates did
 *   (`operation: 'subscribe'`, for each failure until they work again); the table shows the message itself.
 * @fires {DevRegListStateEvent} devreg-list-state - Internal, bubbles only: `{total, pending, loading, error}` changed.
 *
 * @csspart base - Everything the element renders.
 * @csspart filters - The bar with the status filter and the search box.
 * @csspart status-filter - The status `<select>`.
 * @csspart search - The search box.
 * @csspart notice - A message about a row that disappeared, a partial failure, or the actions that could not be loaded.
 * @csspart live-notice - While the live updates do not work (and the list itself did load): why, that
 *   the list may be out of date, and "Retry".
 * @csspart first-rows-note - Above the first rows of a long list while the virtualizer cannot be
 *   loaded: only these rows are shown, with "Try again".
 * @csspart first-rows-retry - Its "Try again".
 * @csspart length-note - Above a list too tall to scroll through at once (over about 8 million
 *   pixels: some 167,000 rows, or 40,000 when narrow rows are shown as cards), which is then shown
 *   in parts: which rows are shown, with "Previous rows" and "Next rows".
 * @csspart previous-rows - "Previous rows": the part of a long list before the one shown.
 * @csspart next-rows - "Next rows": the part after it.
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
 * @csspart cell - Any cell.
 * @csspart id-cell - The "Device ID" cell.
 * @csspart status-cell - The "Status" cell.
 * @csspart date-cell - The "Creation date" cell.
 * @csspart group-cell - The "Group" cell.
 * @csspart tenant-cell - The "Tenant" cell.
 * @csspart actions - The "Actions" cell.
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
 * @csspart badge - A row's `<devreg-status-badge>`.
 * @csspart badge-* - The parts of that `<devreg-status-badge>`, each as `badge-<its part>`: `badge-base`, `badge-icon`, `badge-label`.
 *
 * @cssprop --devreg-registration-table-max-height - Height of the scrolling table (default `32rem`; `none`: the list grows with the page, which scrolls it).
 * @cssprop --devreg-registration-table-sticky-top - When the list grows with the page: how far below the top of what scrolls it the column headers stay (default `0px`; a host's fixed top bar's height).
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
  static override styles = [sharedStyles, registrationTableStyles, tableViewStyles];

  /** Requests fetched per page (1–2000); the first page is shown as soon as it arrives. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 1000;

  @state() private statusFilter: StatusFilter = 'all';
  @state() private search = '';
  /** Polite announcement for screen readers (live changes and results of actions). */
  @state() private announcement = '';
  /** The language it was said in: after a switch it is dropped, not left behind in the old one (nor said again on the way back). */
  #saidIn = '';
  /**
   * A message above the table (a row vanished, register-again half failed, a part did not load),
   * as a function: it says it in the language of the moment.
   */
  @state() private notice?: () => string;

  readonly #list = new RegistrationListController(this, {
    adapter: () => this.effectiveAdapter,
    pageSize: () => this.pageSize,
    reportError: (operation, error) => this.reportError(operation, error),
    onLiveChange: (change, previous) => this.#handleLiveChange(change, previous),
    onLiveStatus: (working) => this.#announce(working ? msg('Live updates work again.', { id: 'table.liveRecovered' }) : this.#liveText()),
  });

  // Per-row UI state, keyed by request ID (never by index: rows move and are recycled).
  /** Typed security tokens: kept in memory only while the row needs them, never logged or stored. */
  readonly #tokens = new Map<string, string>();
  readonly #revealed = new Set<string>();
  readonly #rowErrors = new Map<string, RowError>();
  readonly #busy = new Set<string>();
  /** The names of the groups the rendered rows name by ID, once loaded. */
  #groupNames?: GroupNamesModule.GroupNames;
  /** Their load: under way, or failed (then `reload()` tries again). */
  #groupNamesLoad?: 'loading' | 'failed';
  /** Keeps the column headers in sight when the table grows with the page, once loaded. */
  #stickyHeader?: StickyHeaderModule.StickyHeader;
  /** Whether it is needed is being checked; its load is under way, or failed (the headers then scroll away with the rows; `reload()` tries again). */
  #stickyHeaderLoad?: 'checking' | 'loading' | 'failed';

  /** The remove confirmation (rendered from it; changed by the actions module, which re-renders). */
  readonly #removal: Removal = { busy: false, focusHandled: false };
  #actions?: typeof TableActions;
  #host?: TableHost;
  /** Keeps the reader's place across live changes and announces them (made on first use). */
  #liveView?: LiveView;
  /** The virtualizer's part of the table, once loaded. */
  #virtual?: typeof VirtualRows;
  /** Shows a list too tall for the virtualizer in parts (made with the virtualizer). */
  #parts?: VirtualRows.ListParts;
  #virtualizerLoading?: Promise<void>;
  /**
   * Its load failed: a long list shows its first rows, and a note above them says so, with "Try
   * again". That button and `reload()` load it again; renders do not (offline, a loop of failures).
   */
  #virtualizerFailed = false;
  /** The note above the first rows was announced (once per failure, when the list is long enough to show it). */
  #firstRowsNoteAnnounced = false;
  #lastListState = '';
  #view?: { rows: readonly ListRow[]; filter: StatusFilter; search: string; result: readonly ListRow[] };
  /** Whether the last render handed the rows to the virtualizer (else they are plain rows). */
  #virtualized = false;

  /** Fetches the list again (rows stay visible and are updated in place). */
  reload(): void {
    this.notice = undefined;
    this.#virtualizerFailed = false;
    this.#groupNames?.refresh(); // names may have changed, and a failed lookup is tried again
    if (this.#groupNamesLoad === 'failed') this.#groupNamesLoad = undefined;
    if (this.#stickyHeaderLoad === 'failed') this.#stickyHeaderLoad = undefined;
    this.#list.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#liveView?.stop();
    this.#parts?.stop();
    this.#stickyHeader?.stop();
    this.#groupNames?.refresh(); // no lookup outlives the element's presence (connected again, it asks again)
    // typed tokens do not outlive the element's presence on the page
    this.#tokens.clear();
    this.#revealed.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.announcement && this.#saidIn !== getDevRegLocale()) this.announcement = '';
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Make the number format (its first use loads the locale's data: ~10 ms) while page 1 is
    // awaited, not in the task that renders the first rows with their counts.
    formatNumber(this.effectiveLocale, 0);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // a list that is still loading pages will likely be long: fetch the virtualizer while the
    // browser is idle, so the rows are not cut to the first ones while it loads
    if (this.#list.loading && this.#list.total > 0 && !this.#virtualizerLoading && !this.#virtualizerFailed) {
      whenIdle(() => void this.#loadVirtualizer());
    }
    this.#parts?.update();
    this.#liveView?.rendered();
    this.#followPageScroll();
    if (this.#virtualizerFailed && !this.#firstRowsNoteAnnounced && this.#currentView().length > PLAIN_ROWS) {
      this.#firstRowsNoteAnnounced = true;
      const text = this.#firstRowsText();
      queueMicrotask(() => this.#announce(text)); // (after this update: announcing sets state)
    }
    const list = this.#list;
    const key = `${list.total}|${list.pending}|${list.loading}|${list.error ? `${list.error.code}:${list.error.message}` : ''}`;
    if (key !== this.#lastListState) {
      this.#lastListState = key;
      this.#emit(new DevRegListStateEvent(list)); // (the event copies what it reports)
    }
  }

  protected override render(): TemplateResult {
    const host = this.#tableHost();
    return html`<div part="base">
      ${renderFilters(host, this.statusFilter, this.search)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.notice
        ? html`<div part="notice" class="banner" tabindex="-1">
            <span>${this.notice()}</span>
            <button type="button" @click=${() => (this.notice = undefined)}>
              ${msg('Dismiss', { id: 'table.dismiss' })}
            </button>
          </div>`
        : nothing}
      ${this.#list.liveError && !this.#list.error
        ? html`<div part="live-notice" class="banner warning">
            <span>${this.#liveText()}</span>
            <button type="button" @click=${() => this.reload()}>${msg('Retry', { id: 'table.retry' })}</button>
          </div>`
        : nothing}
      ${this.#parts?.renderBar()}
      ${this.#virtualizerFailed && this.#currentView().length > PLAIN_ROWS ? this.#renderFirstRowsNote() : nothing}
      ${renderContent(host)}
      ${this.#actions?.renderDialog(host) ?? nothing}
    </div>`;
  }

  /** Why the live updates stopped, in the language of the moment. */
  #liveText(): string {
    return msg(str`Live updates have stopped: ${errorText(this.#list.liveError)} The list may be out of date.`, { id: 'table.liveFailed' });
  }

  /** A long list's rows (or the part of them shown) through the virtualizer once it is there, else the rows to render plainly. */
  #virtualRows = (view: readonly ListRow[], ctx: RowContext): { rows: unknown } | readonly ListRow[] => {
    const long = view.length > PLAIN_ROWS;
    const render = this.#virtual?.renderVirtualRows;
    this.#virtualized = long && !!render;
    if (render && long) {
      const shown = this.#parts!.rows(view); // (a part of a list too tall for the virtualizer)
      return { rows: render(shown.rows, ctx, shown.first) };
    }
    if (long) void this.#loadVirtualizer();
    return long ? view.slice(0, FIRST_ROWS) : view;
  };

  /** Loads the virtualizer once (again after a failure only by "Try again" or `reload()`) and hands it a long list. */
  #loadVirtualizer(): Promise<void> {
    return this.#virtualizerFailed ? Promise.resolve() : this.#fetchVirtualizer();
  }

  #fetchVirtualizer(): Promise<void> {
    return (this.#virtualizerLoading ??= tableChunks.virtualizer().then(
      (virtual) => {
        this.#virtualizerFailed = false;
        this.#virtual = virtual;
        this.#parts = new virtual.ListParts(this.#tableHost(), () => this.#live().keep());
        virtual.followFocus(this.#tableHost());
        if (this.#currentView().length > PLAIN_ROWS) virtual.switchToVirtualizer(this.#tableHost(), this.#live());
      },
      (error: unknown) => {
        console.error('devreg-registration-table: could not load the virtualizer', error);
        this.#virtualizerLoading = undefined;
        this.#virtualizerFailed = true;
        this.#firstRowsNoteAnnounced = false;
        this.requestUpdate(); // the note above the first rows, if the list is long
      },
    ));
  }

  /** Why a long list shows only its first rows, and what to do. */
  #firstRowsText(): string {
    const f = (n: number) => formatNumber(this.effectiveLocale, n);
    return msg(
      str`Only the first ${f(FIRST_ROWS)} of ${f(this.#currentView().length)} requests are shown: part of the table could not be loaded. Check the connection, then try again.`,
      { id: 'table.firstRowsOnly' },
    );
  }

  #renderFirstRowsNote(): TemplateResult {
    return html`<div part="first-rows-note" class="banner">
      <span>${this.#firstRowsText()}</span>
      <button type="button" part="first-rows-retry" @click=${this.#retryVirtualizer}>${msg('Try again', { id: 'table.tryAgain' })}</button>
    </div>`;
  }

  /** The note's "Try again": loads the virtualizer; once it is there the note goes, and the focus from it to the list. */
  #retryVirtualizer = async (): Promise<void> => {
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = root.activeElement?.matches('[part~=first-rows-retry]');
    await this.#fetchVirtualizer();
    if (this.#virtualizerFailed) return; // failed again: the note stays, and so does the focus on its button
    await this.updateComplete;
    if (hadFocus) root.querySelector<HTMLElement>('[part~=table]')?.focus({ preventScroll: true });
  };

  /**
   * A table that grows with the page (its height not limited) keeps its column headers in sight
   * with the sticky header's module, which then follows the table's mode itself. Whether it grows
   * with the page is read when the browser is idle: read right after a render, the table's style
   * would be worked out twice, before and after its rows' badges render (the first rows came
   * 15–40 ms later, measured).
   */
  #followPageScroll(): void {
    if (this.#stickyHeader) return this.#stickyHeader.update();
    if (this.#stickyHeaderLoad || !this.renderRoot.querySelector('[part~=table]')) return;
    this.#stickyHeaderLoad = 'checking';
    whenIdle(() => {
      const grid = this.renderRoot.querySelector('[part~=table]');
      if (grid && getComputedStyle(grid).maxHeight === 'none') this.#loadStickyHeader();
      else this.#stickyHeaderLoad = undefined; // (checked again after the next render)
    });
  }

  #loadStickyHeader(): void {
    this.#stickyHeaderLoad = 'loading';
    tableChunks.stickyHeader().then(
      ({ StickyHeader }) => {
        this.#stickyHeader = new StickyHeader(this.#tableHost());
        this.#stickyHeader.update();
      },
      (error: unknown) => {
        console.error('devreg-registration-table: could not load the sticky header', error);
        this.#stickyHeaderLoad = 'failed';
      },
    );
  }

  #live(): LiveView {
    return (this.#liveView ??= new LiveView(this.#tableHost()));
  }

  #handleRangeChanged = (): void => this.#liveView?.rangeChanged();

  /**
   * A part (the actions, the group names) could not be loaded: say so (the list itself keeps
   * working). Choosing the action again, or `reload()`, loads it again (browsers fetch a failed
   * module anew, whatwg/html#10327).
   */
  #partFailed = (part: string, error: unknown): undefined => {
    console.error(`devreg-registration-table: could not load the ${part}`, error);
    this.#notify(() => msg('Part of the table could not be loaded. Check the connection, then try again.', { id: 'table.loadFailed' }));
    return undefined;
  };

  /** What a row shows for a group ID: its name once known (the names are loaded with the first), else the ID. */
  #groupName = (id: string): string => {
    if (this.#groupNames) return this.#groupNames.label(id);
    if (this.effectiveAdapter?.getGroups && !this.#groupNamesLoad) {
      this.#groupNamesLoad = 'loading';
      void tableChunks.groupNames().then(
        (module) => {
          this.#groupNames = new module.GroupNames(this.#tableHost());
          this.requestUpdate();
        },
        // the rows keep their group IDs; reload() tries again
        (error: unknown) => {
          this.#groupNamesLoad = 'failed';
          this.#partFailed('group names', error);
        },
      );
    }
    return id;
  };

  #handleRowControl = (event: Event): void => {
    const control = event.currentTarget as HTMLInputElement;
    const part = control.getAttribute('part')!;
    const id = control.closest<HTMLElement>('[part~=row]')!.dataset.id!;
    if (event.type === 'input') {
      this.#tokens.set(id, control.value);
      if (this.#rowErrors.get(id) !== 'token-required') return;
      this.#rowErrors.delete(id);
    } else if (part === 'token-toggle') {
      if (!this.#revealed.delete(id)) this.#revealed.add(id);
    } else {
      if (event.type === 'keydown') {
        if ((event as KeyboardEvent).key !== 'Enter') return;
        event.preventDefault(); // Enter in the token input accepts
      }
      const request = this.#list.get(id);
      if (request) void this.#loadActions().then((actions) => actions?.rowAction(this.#tableHost(), part, request, control));
      return;
    }
    this.requestUpdate();
  };

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

  // ---- actions (loaded on first use) ---------------------------------------------------------

  /** The actions module, loaded on first use; undefined (and a notice) when it cannot be loaded. */
  async #loadActions(): Promise<typeof TableActions | undefined> {
    try {
      return (this.#actions ??= await tableChunks.actions());
    } catch (error) {
      return this.#partFailed('actions', error);
    }
  }

  /** What the table's parts may read and change of it (made once). */
  #tableHost(): TableHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const table = this;
    const host: TableHost = (this.#host ??= {
      table: this,
      get adapter() {
        return table.effectiveAdapter;
      },
      get locale() {
        return table.effectiveLocale;
      },
      list: this.#list,
      removal: this.#removal,
      errors: this.#rowErrors,
      tokens: this.#tokens,
      revealed: this.#revealed,
      busy: this.#busy,
      get virtualized() {
        return table.#virtualized;
      },
      view: () => this.#currentView(),
      forgetRow: (id) => this.#forgetRow(id),
      notify: (text) => this.#notify(text),
      announce: (text) => this.#announce(text),
      say: (text) => this.#say(text),
      reportError: (operation, error) => this.reportError(operation, error),
      filterBy: (status, search) => {
        this.statusFilter = status;
        this.search = search;
        this.#parts?.reset(); // another list: from its first part
      },
      virtualRows: this.#virtualRows,
      groupName: this.#groupName,
      onControl: this.#handleRowControl,
      onRangeChanged: this.#handleRangeChanged,
      rowsScroll: () => (this.#virtualized ? this.#virtual?.rowsScroll(host) : ownScroll(host)),
    });
    return host;
  }

  /** Shows a notice above the list and announces it. */
  #notify(text: () => string): void {
    this.notice = text;
    this.#announce(text());
  }

  #forgetRow(id: string): void {
    this.#tokens.delete(id);
    this.#revealed.delete(id);
    this.#rowErrors.delete(id);
  }

  // ---- live changes and announcements --------------------------------------------------------

  #handleLiveChange(change: RegistrationChange, previous: RegistrationRequest | undefined): void {
    // at once, whatever else happens: no typed token outlives its row or the row's pending state
    if (change.type === 'removed') {
      if (previous) this.#forgetRow(change.id);
    } else if (previous && previous.status !== change.request.status && change.request.status !== 'PENDING_ACCEPTANCE') {
      this.#tokens.delete(change.request.id);
    }
    this.#live().changed(change, previous);
  }

  /** Announces the result of the user's own action at once (with the live changes still queued). */
  #announce(text: string): void {
    this.#live().announce(text);
  }

  #say(text: string): void {
    // the same sentence twice must still be read: clear first, then set
    this.announcement = '';
    const locale = getDevRegLocale();
    requestAnimationFrame(() => {
      this.#saidIn = locale;
      this.announcement = text;
    });
  }

  /** Dispatches one of the events documented above (a helper, so the manifest lists them once, by name). */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }
}
