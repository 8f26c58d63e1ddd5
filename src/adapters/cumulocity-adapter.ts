/**
 * `CumulocityAdapter`: the {@link RegistrationAdapter} over `fetch` to a Cumulocity tenant or the
 * bundled emulator (SPEC 2.3, 3.5). Every call goes through one request layer
 * (`cumulocity/http.ts`: headers, auth, errors, retry); live updates poll the pages the UI loaded.
 *
 * Loaded up front is what every page that shows the list uses at once: the list, the request
 * layer with the auth mode, the settings (`cumulocity/settings.ts`: permissions, token policy,
 * limit, tenants) and the live updates' loop (`cumulocity/polling.ts`). Each poll's work
 * (`cumulocity/poll-diff.ts`) comes with the first poll; what follows a user action hands over to
 * a part loaded on its first use: `cumulocity/actions.ts` (reads and writes), `cumulocity/groups.ts`,
 * `cumulocity/extensions.ts`. A part that cannot be loaded fails the call with a `load-failed`
 * RegistrationError.
 */
import type {
  AcceptAllOutcome,
  AcceptOptions,
  BulkOptions,
  BulkResult,
  CallOptions,
  CreateRequest,
  DeviceGroup,
  DeviceLimit,
  ExtensionMetadata,
  ListQuery,
  ListResult,
  Permissions,
  RegistrationAdapter,
  RegistrationExtension,
  RegistrationListener,
  RegistrationRequest,
  SecurityTokenPolicy,
  SubscribeOptions,
  Tenant,
} from './registration-adapter.js';
import { RegistrationError } from './registration-error.js';
import { LiveWatchers } from './live-watchers.js';
import type { CumulocityAuth } from './cumulocity/auth.js';
import type { AdapterHost, ListView } from './cumulocity/host.js';
import { HttpClient, type RetryPolicy } from './cumulocity/http.js';
import { lazy } from './cumulocity/lazy.js';
import type { PollHost } from './cumulocity/poll-diff.js';
import { PollingLoop } from './cumulocity/polling.js';
import { vendorType } from './cumulocity/media-types.js';
import * as settings from './cumulocity/settings.js';
import { MAX_PAGE_SIZE, isRecord, toRegistrationRequest, unexpected } from './cumulocity/values.js';

/** Reading one request, writes, accept all and bulk upload. */
const actions = lazy(() => import('./cumulocity/actions.js'));
/** Group search and group names. */
const groupLookups = lazy(() => import('./cumulocity/groups.js'));
/** Server-declared registration forms. */
const extensions = lazy(() => import('./cumulocity/extensions.js'));
/**
 * One poll of the live updates: loaded with the first poll, which comes an interval after the first
 * subscriber (a page shows its list without it). A poll whose part cannot be loaded fails like one
 * without an answer: the loop backs off and loads it again with the next.
 */
const polls = lazy(() => import('./cumulocity/poll-diff.js'));

export type { CumulocityAuth, BasicAuth, BearerAuth, CookieAuth } from './cumulocity/auth.js';

export interface CumulocityAdapterOptions {
  /**
   * The tenant's base URL: `'https://t100.example.com'`, `''` for the page's own origin, or a
   * path prefix such as `'/emulator'`.
   */
  baseUrl: string;
  /** Default `{type: 'cookie'}`: the browser session plus the `X-XSRF-TOKEN` header. */
  auth?: CumulocityAuth;
  /** Live updates: the pause between polls in ms (default 5000; ×4 while the page is hidden). */
  pollInterval?: number;
  /** Injectable `fetch` (default: the global one). */
  fetch?: typeof fetch;
  /** How often a failed read (GET) is repeated (default 3), or the whole retry policy. */
  retries?: number | Partial<RetryPolicy>;
  /**
   * Milliseconds a request may take before it fails with code `timeout` (default 30 000; 0 =
   * never). Uploads have no timeout: their progress shows they are alive.
   */
  timeout?: number;
}

export class CumulocityAdapter implements RegistrationAdapter {
  readonly baseUrl: string;
  readonly pollInterval: number;
  /** What the adapter knows of the list the UI shows (shared with the parts that change it). */
  readonly #view: ListView = {
    listeners: new Set(),
    known: new Map(),
    pages: new Set(),
    pageSize: 0,
    epoch: 0,
    version: 0,
    touched: new Map(),
  };
  /** What the lazily loaded parts use of this adapter. */
  readonly #host: AdapterHost;
  /** The live updates' polling loop, made with the first subscription. */
  #loop?: PollingLoop;
  /** Each subscription's `onError`/`onRecovered`. */
  readonly #watchers = new LiveWatchers();
  /** Why the last poll failed, while the live updates do not work. */
  #liveError?: RegistrationError;

  constructor(options: CumulocityAdapterOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.pollInterval = Math.max(50, options.pollInterval ?? 5000);
    const retry = typeof options.retries === 'number' ? { retries: options.retries } : options.retries;
    const http = new HttpClient({
      baseUrl: this.baseUrl,
      auth: options.auth,
      fetch: options.fetch,
      retry,
      timeout: options.timeout,
    });
    this.#host = { http, view: this.#view };
  }

  // ---- the registration requests ------------------------------------------------------------

  async list(query: ListQuery, options?: CallOptions): Promise<ListResult> {
    const page = Math.max(1, Math.floor(query.page) || 1);
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize) || 1));
    const result = await this.#fetchPage(page, pageSize, options?.signal);
    const view = this.#view;
    if (page === 1 || pageSize !== view.pageSize) {
      // the first page (a reload, or the start of scrolling) or a new page size starts a new view
      view.pages.clear();
      view.known.clear();
      view.pageSize = pageSize;
      view.epoch++;
    }
    view.pages.add(page);
    // copies: the caller may change what it got
    for (const request of result.requests) {
      view.known.set(request.id, { ...request });
      view.touched.set(request.id, view.version++);
    }
    // the server answers again (e.g. the user chose Reload): find out now whether polls work too
    if (this.#liveError) this.#loop?.pollNow();
    return result;
  }

  get(id: string, options?: CallOptions): Promise<RegistrationRequest | undefined> {
    return actions().then((m) => m.get(this.#host, id, options));
  }

  create(request: CreateRequest, options?: CallOptions): Promise<RegistrationRequest> {
    return actions().then((m) => m.create(this.#host, request, options));
  }

  accept(id: string, options?: AcceptOptions): Promise<RegistrationRequest> {
    return actions().then((m) => m.accept(this.#host, id, options));
  }

  acceptAll(options?: CallOptions): Promise<AcceptAllOutcome[]> {
    return actions().then((m) => m.acceptAll(this.#host, options));
  }

  remove(id: string, options?: CallOptions): Promise<void> {
    return actions().then((m) => m.remove(this.#host, id, options));
  }

  bulkRegister(file: Blob, options?: BulkOptions): Promise<BulkResult> {
    return actions().then((m) => m.bulkRegister(this.#host, file, options));
  }

  // ---- tenant, user and settings ------------------------------------------------------------

  getLimit(options?: CallOptions): Promise<DeviceLimit> {
    return settings.getLimit(this.#host, options);
  }

  getSecurityTokenPolicy(options?: CallOptions): Promise<SecurityTokenPolicy> {
    return settings.getSecurityTokenPolicy(this.#host, options);
  }

  getPermissions(options?: CallOptions): Promise<Permissions> {
    return settings.getPermissions(this.#host, options);
  }

  searchGroups(text: string, options?: CallOptions): Promise<DeviceGroup[]> {
    return groupLookups().then((m) => m.searchGroups(this.#host, text, options));
  }

  getGroups(ids: readonly string[], options?: CallOptions): Promise<DeviceGroup[]> {
    return groupLookups().then((m) => m.getGroups(this.#host, ids, options));
  }

  listTenants(options?: CallOptions): Promise<Tenant[]> {
    return settings.listTenants(this.#host, options);
  }

  // ---- server-declared registration forms ---------------------------------------------------

  listExtensions(options?: CallOptions): Promise<RegistrationExtension[]> {
    return extensions().then((m) => m.listExtensions(this.#host, options));
  }

  getExtensionMetadata(extension: RegistrationExtension, lang: string, options?: CallOptions): Promise<ExtensionMetadata> {
    return extensions().then((m) => m.getExtensionMetadata(this.#host, extension, lang, options));
  }

  registerWithExtension(extension: RegistrationExtension, model: unknown, options?: CallOptions): Promise<unknown> {
    return extensions().then((m) => m.registerWithExtension(this.#host, extension, model, options));
  }

  bulkRegisterWithExtension(extension: RegistrationExtension, file: Blob, options?: BulkOptions): Promise<unknown> {
    return extensions().then((m) => m.bulkRegisterWithExtension(this.#host, extension, file, options));
  }

  // ---- live updates -------------------------------------------------------------------------

  /**
   * Pushes added, updated and removed requests. Polls the pages `list()` was called for; the
   * first listener starts polling, the last unsubscribe stops it. Own changes (create, accept,
   * remove) are pushed at once.
   *
   * `options.onError` hears of every poll that failed: one whose reads failed after their retries
   * (a single dropped request is repeated within the poll, not reported), or that was refused (a
   * 401 at once). A subscriber that joins while polls fail hears of the last failure at once.
   * `options.onRecovered` hears of the first poll that succeeds after them, which has pushed what
   * changed meanwhile; a successful `list()` polls at once to find out.
   */
  subscribe(listener: RegistrationListener, options?: SubscribeOptions): () => void {
    const wrapped: RegistrationListener = (change) => listener(change);
    const { listeners } = this.#view;
    listeners.add(wrapped);
    const watcher = this.#watchers.add(options);
    this.#live();
    if (this.#liveError) this.#watchers.tell(this.#liveError, watcher);
    // a second call finds nothing to remove: `wrapped` is this subscription's own
    return () => {
      listeners.delete(wrapped);
      this.#watchers.delete(watcher);
      this.#live();
    };
  }

  /** Polls once now (when subscribed), e.g. after the host learnt of a change elsewhere. */
  refresh(): void {
    if (this.#view.listeners.size > 0) this.#live().pollNow();
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Runs the polling loop while anyone listens, stops it when the last listener left. */
  #live(): PollingLoop {
    const view = this.#view;
    const loop = (this.#loop ??= this.#pollingLoop());
    if (view.listeners.size > 0) loop.start();
    else {
      loop.stop();
      this.#liveError = undefined; // (the next subscriber starts afresh)
    }
    return loop;
  }

  /** The loop that polls the loaded pages while anyone listens (made once). */
  #pollingLoop(): PollingLoop {
    const view = this.#view;
    const host: PollHost = {
      view,
      fetchPage: (page, pageSize, signal) => this.#fetchPage(page, pageSize, signal),
      get: (id, signal) => this.get(id, { signal }),
    };
    return new PollingLoop(
      this.pollInterval,
      async (signal) => {
        if (view.pages.size > 0 && view.listeners.size > 0) await (await polls()).pollOnce(host, signal);
      },
      {
        failed: (error) => this.#watchers.tell((this.#liveError = RegistrationError.from(error))),
        recovered: () => this.#watchers.tell((this.#liveError = undefined)),
      },
    );
  }

  async #fetchPage(page: number, pageSize: number, signal?: AbortSignal): Promise<ListResult> {
    const { body } = await this.#host.http.request({
      path: '/devicecontrol/newDeviceRequests',
      query: { currentPage: page, pageSize, withTotalPages: true },
      accept: vendorType('newDeviceRequestCollection'),
      signal,
    });
    if (!isRecord(body) || !Array.isArray(body.newDeviceRequests)) throw unexpected('the list');
    const statistics = isRecord(body.statistics) ? body.statistics : {};
    const result: ListResult = {
      requests: (body.newDeviceRequests as unknown[]).map(toRegistrationRequest).filter((r) => r.id !== ''),
      page: typeof statistics.currentPage === 'number' ? statistics.currentPage : page,
      pageSize: typeof statistics.pageSize === 'number' ? statistics.pageSize : pageSize,
    };
    if (typeof statistics.totalPages === 'number') result.totalPages = statistics.totalPages;
    return result;
  }
}
