import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_SECURITY_TOKEN_POLICY,
  type Permissions,
  type RegistrationAdapter,
  type RegistrationChange,
  type RegistrationRequest,
  type SecurityTokenPolicy,
  type Tenant,
} from '../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../adapters/registration-error.js';
import type { DevRegOperation } from '../events/devreg-error.js';

/** One request as the list keeps it: the request plus its precomputed sort key. */
export interface ListRow {
  readonly request: RegistrationRequest;
  /** 0 for pending requests (they sort first), 1 otherwise. */
  readonly rank: number;
  /** Creation time in ms (0 when unknown); newer sorts first. */
  readonly time: number;
}

export function toListRow(request: RegistrationRequest): ListRow {
  const time = request.creationTime ? Date.parse(request.creationTime) : 0;
  return { request, rank: request.status === 'PENDING_ACCEPTANCE' ? 0 : 1, time: Number.isFinite(time) ? time : 0 };
}

/** Pending first, then newest, then by ID: a total order, so every row has exactly one place. */
export function compareRows(a: ListRow, b: ListRow): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.time !== b.time) return b.time - a.time;
  const x = a.request.id;
  const y = b.request.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first index whose row sorts at or after `row` (binary search). */
export function lowerBound(rows: readonly ListRow[], row: ListRow): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareRows(rows[mid], row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface RegistrationListOptions {
  /** The adapter in effect (read on every host update: a new one restarts the list). */
  adapter: () => RegistrationAdapter | undefined;
  /** Requests per page (Cumulocity allows at most 2000). */
  pageSize: () => number;
  /** Reports a failed call (dispatches `devreg-error`) and returns it normalised. */
  reportError: (operation: DevRegOperation, error: unknown) => RegistrationError;
  /** A change pushed by `adapter.subscribe` was applied; `previous` is the row before it. */
  onLiveChange?: (change: RegistrationChange, previous: RegistrationRequest | undefined) => void;
  /** The live updates stopped working (`false`, with `liveError` set) or work again (`true`); called on each change of the two only. */
  onLiveStatus?: (working: boolean) => void;
}

/**
 * Loads the registration requests page by page (rows are usable as soon as page 1 arrives, the
 * rest follows in the background), keeps them sorted (pending first, then newest) and counted
 * per status, and applies live changes from `adapter.subscribe` in place: one change costs a
 * binary search and one array copy, never a re-sort. Also loads what the actions depend on:
 * permissions, the security token policy and the tenants. When the live updates stop working
 * (the adapter's `onError`), `liveError` says why and each failure is reported as `subscribe`,
 * until they work again (`onRecovered`).
 */
export class RegistrationListController implements ReactiveController {
  /** Sorted rows; a new array whenever anything changed (safe to hand to a virtualizer). */
  rows: readonly ListRow[] = [];
  /** Rows per status (unknown statuses included, under their raw value). */
  readonly counts = new Map<string, number>();
  /** A page (or the first page and the settings) is being fetched. */
  loading = false;
  /** Page 1 and the settings have arrived at least once for the current adapter. */
  loaded = false;
  /** Every page has been fetched. */
  complete = false;
  /** Why the last load stopped (cleared by `reload`/`retry`). */
  error?: RegistrationError;
  /** Why the live updates stopped working, while they do not work (the rows may be out of date). */
  liveError?: RegistrationError;
  /** Admin may accept, remove and register; without `getPermissions` the user is assumed to be admin. */
  permissions: Permissions = { read: true, admin: true };
  securityTokenPolicy: SecurityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;
  /** Tenants the user may register for; non-empty in a management tenant. */
  tenants: Tenant[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: RegistrationListOptions;
  #adapter?: RegistrationAdapter;
  #byId = new Map<string, ListRow>();
  #abort?: AbortController;
  #unsubscribe?: () => void;
  #connected = false;
  /** The next page to fetch when `retry` resumes a load that failed part-way. */
  #resumePage = 1;
  /** During a load: IDs seen on a page or changed live (rows not seen are stale at the end). */
  #seen = new Set<string>();
  /** During a load: IDs changed or removed live, whose page copy may be older. */
  #liveTouched = new Set<string>();
  /** IDs whose live changes are held back while this element works on them (register again). */
  #held = new Set<string>();
  /** Whether `rows` may be mutated in place (not yet handed to a render). */
  #rowsOwned = false;

  constructor(host: ReactiveControllerHost, options: RegistrationListOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get total(): number {
    return this.rows.length;
  }

  get pending(): number {
    return this.counts.get('PENDING_ACCEPTANCE') ?? 0;
  }

  /** The current row for an ID. */
  get(id: string): RegistrationRequest | undefined {
    return this.#byId.get(id)?.request;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync(true);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  hostUpdate(): void {
    this.#sync(false);
  }

  hostUpdated(): void {
    this.#rowsOwned = false;
  }

  /** Fetches everything again; rows stay visible and are updated in place, stale ones leave at the end. */
  reload(): void {
    this.#abort?.abort();
    this.#resumePage = 1;
    void this.#load(true);
  }

  /** After a failure: resumes at the page that failed (or starts over when page 1 failed). */
  retry(): void {
    if (!this.loaded) {
      this.reload();
      return;
    }
    this.#abort?.abort();
    void this.#load(false);
  }

  /** Adds or replaces a request (after an action of this element, or a live change). */
  upsert(request: RegistrationRequest): void {
    this.#seen.add(request.id);
    this.#liveTouched.add(request.id);
    const rows = this.#ownRows();
    const old = this.#byId.get(request.id);
    if (old) this.#spliceOut(rows, old);
    const row = toListRow(request);
    rows.splice(lowerBound(rows, row), 0, row);
    this.#byId.set(request.id, row);
    this.#count(request.status, 1);
    this.#host.requestUpdate();
  }

  /** Removes a request from the list (it was removed, or is gone on the server). */
  removeLocal(id: string): void {
    this.#liveTouched.add(id);
    this.#seen.delete(id);
    const old = this.#byId.get(id);
    if (!old) return;
    this.#spliceOut(this.#ownRows(), old);
    this.#byId.delete(id);
    this.#host.requestUpdate();
  }

  /** Holds back live changes for an ID while this element works on it. */
  hold(id: string): void {
    this.#held.add(id);
  }

  release(id: string): void {
    this.#held.delete(id);
  }

  #ownRows(): ListRow[] {
    if (!this.#rowsOwned) {
      this.rows = this.rows.slice();
      this.#rowsOwned = true;
    }
    return this.rows as ListRow[];
  }

  #spliceOut(rows: ListRow[], old: ListRow): void {
    let index = lowerBound(rows, old);
    if (rows[index] !== old) index = rows.indexOf(old);
    if (index >= 0) rows.splice(index, 1);
    this.#count(old.request.status, -1);
  }

  #count(status: string, delta: number): void {
    const n = (this.counts.get(status) ?? 0) + delta;
    if (n > 0) this.counts.set(status, n);
    else this.counts.delete(status);
  }

  #sync(connecting: boolean): void {
    if (!this.#connected) return;
    const adapter = this.#options.adapter();
    if (adapter === this.#adapter && !connecting) return;
    if (adapter !== this.#adapter) {
      this.#stop();
      this.#adapter = adapter;
      this.#reset();
    } else {
      this.#stop();
    }
    if (!adapter) return;
    if (adapter.subscribe) {
      this.#unsubscribe = adapter.subscribe((change) => this.#handleLiveChange(change), {
        onError: (error) => this.#setLiveError(this.#options.reportError('subscribe', error)),
        onRecovered: () => this.#setLiveError(undefined),
      });
    }
    this.#resumePage = 1;
    void this.#load(true);
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // (no claim about live updates without a subscription; a new one hears of a lasting failure)
    if (this.loading || this.liveError) {
      this.loading = false;
      this.liveError = undefined;
      this.#host.requestUpdate();
    }
  }

  #setLiveError(error: RegistrationError | undefined): void {
    const changed = !error !== !this.liveError;
    this.liveError = error;
    this.#host.requestUpdate();
    if (changed) this.#options.onLiveStatus?.(!error);
  }

  #reset(): void {
    this.rows = [];
    this.#rowsOwned = false;
    this.#byId.clear();
    this.counts.clear();
    this.loaded = false;
    this.complete = false;
    this.error = undefined;
    this.permissions = { read: true, admin: true };
    this.securityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;
    this.tenants = [];
    this.#host.requestUpdate();
  }

  #handleLiveChange(change: RegistrationChange): void {
    const id = change.type === 'removed' ? change.id : change.request.id;
    if (this.#held.has(id)) return;
    const previous = this.get(id);
    if (change.type === 'removed') this.removeLocal(id);
    else this.upsert(change.request);
    this.#options.onLiveChange?.(change, previous);
  }

  async #load(fresh: boolean): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter) return;
    const abort = new AbortController();
    this.#abort = abort;
    const { signal } = abort;
    this.loading = true;
    this.error = undefined;
    this.complete = false;
    if (fresh) {
      this.#seen = new Set();
      this.#liveTouched = new Set();
    }
    this.#host.requestUpdate();

    const pageSize = Math.max(1, Math.min(2000, Math.floor(this.#options.pageSize()) || 1000));
    let page = this.#resumePage;
    try {
      for (;;) {
        // page 1 comes with the settings the actions depend on
        const [result] = await Promise.all([
          adapter.list({ page, pageSize }, { signal }),
          page === 1 ? this.#loadSettings(adapter, signal) : undefined,
        ]);
        // Each page is applied and rendered in a task of its own, which also lets the browser paint
        // what arrived before; page 1 too: an adapter that answers at once (MemoryAdapter) would
        // otherwise render the first rows in the task that created the element, one long task.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal.aborted) return;
        const { requests, totalPages } = result;
        this.#mergePage(requests);
        this.loaded = true;
        this.#host.requestUpdate();
        const last = !requests.length || (totalPages === undefined ? requests.length < pageSize : page >= totalPages);
        if (last) return this.#finish();
        this.#resumePage = ++page;
      }
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.#resumePage = page;
      this.error = this.#options.reportError('list', error);
      this.loading = false;
      this.#host.requestUpdate();
    }
  }

  #finish(): void {
    this.#resumePage = 1;
    // rows neither on any page nor changed live meanwhile no longer exist
    if (this.#byId.size > this.#seen.size) {
      const stale = this.rows.filter((row) => !this.#seen.has(row.request.id));
      for (const row of stale) this.removeLocal(row.request.id);
    }
    this.#seen = new Set();
    this.#liveTouched = new Set();
    this.loading = false;
    this.complete = true;
    this.#host.requestUpdate();
  }

  /** Adds one page: rows already present are replaced, the page is merged into the sorted rows. */
  #mergePage(requests: readonly RegistrationRequest[]): void {
    const incoming = new Map<string, ListRow>();
    for (const request of requests) {
      if (this.#liveTouched.has(request.id)) continue; // a live change is at least as new as this page
      this.#seen.add(request.id);
      incoming.set(request.id, toListRow(request));
    }
    if (incoming.size === 0) return;
    let replaced = false;
    for (const [id, row] of incoming) {
      const old = this.#byId.get(id);
      if (old) {
        replaced = true;
        this.#count(old.request.status, -1);
      }
      this.#byId.set(id, row);
      this.#count(row.request.status, 1);
    }
    const kept = replaced ? this.rows.filter((row) => !incoming.has(row.request.id)) : this.rows;
    // two sorted runs (the rows, a page that is usually sorted too): the engine's merge sort
    // (TimSort) finds them and merges them in linear time
    this.rows = kept.concat([...incoming.values()]).sort(compareRows);
    this.#rowsOwned = false;
  }

  async #loadSettings(adapter: RegistrationAdapter, signal: AbortSignal): Promise<void> {
    const options = { signal };
    const failed =
      (operation: DevRegOperation) =>
      (error: unknown): void => {
        if (!signal.aborted && !isAbort(error)) this.#options.reportError(operation, error);
      };
    await Promise.all([
      // on failure, rights stay unknown: the actions are offered; the server refuses what the user may not do
      adapter.getPermissions?.(options).then((permissions) => (this.permissions = permissions), failed('getPermissions')),
      adapter.getSecurityTokenPolicy?.(options).then(
        (policy) => (this.securityTokenPolicy = policy),
        (error: unknown) => {
          this.securityTokenPolicy = DEFAULT_SECURITY_TOKEN_POLICY;
          failed('getSecurityTokenPolicy')(error);
        },
      ),
      adapter.listTenants?.(options).then((tenants) => (this.tenants = tenants), failed('listTenants')),
    ]);
  }
}
