/**
 * `CumulocityAdapter`: the {@link RegistrationAdapter} over `fetch` to a Cumulocity tenant or the
 * bundled emulator (SPEC 2.3, 3.5). Every call goes through one request layer
 * (`cumulocity/http.ts`: headers, auth, errors, retry); live updates poll the pages the UI loaded.
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
  RegistrationChange,
  RegistrationExtension,
  RegistrationListener,
  RegistrationRequest,
  SecurityTokenPolicy,
  Tenant,
} from './registration-adapter.js';
import { DEFAULT_SECURITY_TOKEN_POLICY, isSecurityTokenPolicy } from './registration-adapter.js';
import { RegistrationError } from './registration-error.js';
import { createAuthStrategy, type CumulocityAuth } from './cumulocity/auth.js';
import { HttpClient, type RetryPolicy } from './cumulocity/http.js';
import { MEDIA_TYPES } from './cumulocity/media-types.js';
import { PollingLoop } from './cumulocity/polling.js';
import type { PollHost } from './cumulocity/poll-diff.js';
import { isMissing, isRecord, optionalString, sameRequest, unexpected } from './cumulocity/values.js';

/** Reading extension declarations and metadata: loaded when extensions are first asked for. */
const extensions = () => import('./cumulocity/extensions.js');
/** Accept all, bulk upload, group search and tenants: loaded on first use. */
const rare = () => import('./cumulocity/rare.js');

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

const BASE = '/devicecontrol/newDeviceRequests';
const MAX_PAGE_SIZE = 2000;
const ROLE_READ = 'ROLE_DEVICE_CONTROL_READ';
const ROLE_ADMIN = 'ROLE_DEVICE_CONTROL_ADMIN';

/** A server request as a RegistrationRequest (only known fields; `securityToken` is never read back). */
function toRegistrationRequest(raw: unknown): RegistrationRequest {
  const r = isRecord(raw) ? raw : {};
  const out: RegistrationRequest = { id: optionalString(r.id) ?? '', status: optionalString(r.status) ?? '' };
  for (const key of ['creationTime', 'tenantId', 'owner', 'groupId', 'type', 'self'] as const) {
    const value = optionalString(r[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export class CumulocityAdapter implements RegistrationAdapter {
  readonly baseUrl: string;
  readonly pollInterval: number;
  readonly #http: HttpClient;
  readonly #listeners = new Set<RegistrationListener>();
  /** The last known state of every request the UI has seen, for diffing polls. */
  readonly #known = new Map<string, RegistrationRequest>();
  /** The pages list() was called for, at the latest page size. */
  readonly #pages = new Set<number>();
  #pageSize = 0;
  /** Bumped when list() starts a new view: a poll under way then drops what it read. */
  #epoch = 0;
  /** Bumped by every local change; `#touched` says when each request last changed locally. */
  #version = 0;
  readonly #touched = new Map<string, number>();
  #poller: PollingLoop | undefined;

  constructor(options: CumulocityAdapterOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.pollInterval = Math.max(50, options.pollInterval ?? 5000);
    const retry = typeof options.retries === 'number' ? { retries: options.retries } : options.retries;
    this.#http = new HttpClient({
      baseUrl: this.baseUrl,
      auth: createAuthStrategy(options.auth),
      fetch: options.fetch,
      retry,
      timeout: options.timeout,
    });
  }

  // ---- the registration requests ------------------------------------------------------------

  async list(query: ListQuery, options?: CallOptions): Promise<ListResult> {
    const page = Math.max(1, Math.floor(query.page) || 1);
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize) || 1));
    const result = await this.#fetchPage(page, pageSize, options?.signal);
    if (page === 1 || pageSize !== this.#pageSize) {
      // the first page (a reload, or the start of scrolling) or a new page size starts a new view
      this.#pages.clear();
      this.#known.clear();
      this.#pageSize = pageSize;
      this.#epoch++;
    }
    this.#pages.add(page);
    // copies: the caller may change what it got
    for (const request of result.requests) {
      this.#known.set(request.id, { ...request });
      this.#touch(request.id);
    }
    return result;
  }

  async get(id: string, options?: CallOptions): Promise<RegistrationRequest | undefined> {
    try {
      const { body } = await this.#http.request({
        path: `${BASE}/${encodeURIComponent(id)}`,
        accept: MEDIA_TYPES.newDeviceRequest,
        signal: options?.signal,
      });
      return toRegistrationRequest(body);
    } catch (error) {
      if (error instanceof RegistrationError && error.code === 'not-found') return undefined;
      throw error;
    }
  }

  async create(request: CreateRequest, options?: CallOptions): Promise<RegistrationRequest> {
    const json: Record<string, string> = { id: request.id };
    if (request.groupId) json.groupId = request.groupId;
    if (request.tenantId) json.tenantId = request.tenantId;
    if (request.type) json.type = request.type;
    const { body } = await this.#http.request({
      method: 'POST',
      path: BASE,
      json,
      contentType: MEDIA_TYPES.newDeviceRequest,
      accept: MEDIA_TYPES.newDeviceRequest,
      signal: options?.signal,
    });
    const created = isRecord(body) && body.id !== undefined ? toRegistrationRequest(body) : { id: request.id, status: 'WAITING_FOR_CONNECTION' };
    this.#apply({ type: 'added', request: created });
    return { ...created };
  }

  async accept(id: string, options?: AcceptOptions): Promise<RegistrationRequest> {
    const json: Record<string, string> = { status: 'ACCEPTED' };
    if (options?.securityToken) json.securityToken = options.securityToken;
    const { body } = await this.#http.request({
      method: 'PUT',
      path: `${BASE}/${encodeURIComponent(id)}`,
      json,
      contentType: MEDIA_TYPES.newDeviceRequest,
      accept: MEDIA_TYPES.newDeviceRequest,
      signal: options?.signal,
    });
    const accepted = isRecord(body) && body.id !== undefined ? toRegistrationRequest(body) : { ...this.#known.get(id), id, status: 'ACCEPTED' };
    this.#apply({ type: 'updated', request: accepted });
    return { ...accepted };
  }

  async acceptAll(options?: CallOptions): Promise<AcceptAllOutcome[]> {
    const { body } = await this.#http.request({
      method: 'POST',
      path: `${BASE}/acceptAll`,
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    const outcomes = (await rare()).acceptAllOutcomes(body);
    for (const outcome of outcomes) {
      if (!outcome.successful) continue;
      const before = this.#known.get(outcome.id);
      this.#apply({ type: 'updated', request: { ...before, id: outcome.id, status: 'ACCEPTED' } });
    }
    return outcomes;
  }

  async remove(id: string, options?: CallOptions): Promise<void> {
    await this.#http.request({
      method: 'DELETE',
      path: `${BASE}/${encodeURIComponent(id)}`,
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    this.#apply({ type: 'removed', id });
  }

  async bulkRegister(file: Blob, options?: BulkOptions): Promise<BulkResult> {
    const { body } = await this.#http.upload({
      path: '/devicecontrol/bulkNewDeviceRequests',
      file,
      accept: MEDIA_TYPES.bulkNewDeviceRequest,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
    return (await rare()).bulkResult(body);
  }

  // ---- tenant, user and settings ------------------------------------------------------------

  async getLimit(options?: CallOptions): Promise<DeviceLimit> {
    const { body } = await this.#http.request({ path: `${BASE}/limit`, signal: options?.signal });
    if (!isRecord(body)) throw unexpected('the device limit');
    const limit: DeviceLimit = { isReached: body.isReached === true };
    if (typeof body.limit === 'number') limit.limit = body.limit;
    return limit;
  }

  async getSecurityTokenPolicy(options?: CallOptions): Promise<SecurityTokenPolicy> {
    try {
      const { body } = await this.#http.request({
        path: '/tenant/options/device-registration/security-token.policy',
        signal: options?.signal,
      });
      const value = isRecord(body) && typeof body.value === 'string' ? body.value.trim().toUpperCase() : undefined;
      return isSecurityTokenPolicy(value) ? value : DEFAULT_SECURITY_TOKEN_POLICY;
    } catch (error) {
      // a user who may not read tenant options, or a tenant that never set it: the default
      if (isMissing(error)) return DEFAULT_SECURITY_TOKEN_POLICY;
      throw error;
    }
  }

  async getPermissions(options?: CallOptions): Promise<Permissions> {
    const roles = roleIds(await this.#currentUser(options?.signal));
    const admin = roles.has(ROLE_ADMIN);
    return { read: admin || roles.has(ROLE_READ), admin };
  }

  async searchGroups(text: string, options?: CallOptions): Promise<DeviceGroup[]> {
    const { body } = await this.#http.request({
      path: '/inventory/managedObjects',
      query: { fragmentType: 'c8y_IsDeviceGroup', text: text.trim() || undefined, pageSize: 25 },
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    return (await rare()).groups(body);
  }

  async listTenants(options?: CallOptions): Promise<Tenant[]> {
    return (await rare()).listTenants(this.#http, MAX_PAGE_SIZE, options?.signal);
  }

  // ---- server-declared registration forms ---------------------------------------------------

  async listExtensions(options?: CallOptions): Promise<RegistrationExtension[]> {
    const user = await this.#currentUser(options?.signal);
    const userName = optionalString(user.userName) ?? optionalString(user.id);
    if (!userName) throw unexpected('the current user');
    // what Cumulocity's own UI asks for: the applications the user can use, tenant overrides applied
    const { body } = await this.#http.request({
      path: `/application/applicationsByUser/${encodeURIComponent(userName)}`,
      query: { dropOverwrittenApps: true, noPaging: true, pageSize: MAX_PAGE_SIZE },
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    const { extensionsFromApplications } = await extensions();
    return extensionsFromApplications(isRecord(body) ? body.applications : undefined);
  }

  async getExtensionMetadata(extension: RegistrationExtension, lang: string, options?: CallOptions): Promise<ExtensionMetadata> {
    const { metadataFromResponse, servicePath } = await extensions();
    const { body } = await this.#http.request({
      path: servicePath(extension, '/deviceRegistration/metadata'),
      query: { lang },
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    return metadataFromResponse(body, extension);
  }

  async registerWithExtension(extension: RegistrationExtension, model: unknown, options?: CallOptions): Promise<unknown> {
    const { servicePath } = await extensions();
    const { body } = await this.#http.request({
      method: 'POST',
      path: servicePath(extension, '/deviceRegistration'),
      json: model ?? {},
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
    });
    return body ?? {};
  }

  async bulkRegisterWithExtension(extension: RegistrationExtension, file: Blob, options?: BulkOptions): Promise<unknown> {
    const { servicePath } = await extensions();
    const { body } = await this.#http.upload({
      path: servicePath(extension, '/deviceRegistration/bulk'),
      file,
      accept: MEDIA_TYPES.json,
      signal: options?.signal,
      onProgress: options?.onProgress,
    });
    return body ?? {};
  }

  // ---- live updates -------------------------------------------------------------------------

  /**
   * Pushes added, updated and removed requests. Polls the pages `list()` was called for; the
   * first listener starts polling, the last unsubscribe stops it. Own changes (create, accept,
   * remove) are pushed at once.
   */
  subscribe(listener: RegistrationListener): () => void {
    const wrapped: RegistrationListener = (change) => listener(change);
    this.#listeners.add(wrapped);
    if (!this.#poller) {
      this.#poller = new PollingLoop({ interval: this.pollInterval, tick: (signal) => this.#poll(signal) });
    }
    this.#poller.start();
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.#listeners.delete(wrapped);
      if (this.#listeners.size === 0) this.#poller?.stop();
    };
  }

  /** Polls once now (when subscribed), e.g. after the host learnt of a change elsewhere. */
  refresh(): void {
    this.#poller?.pollNow();
  }

  // ---- internals ----------------------------------------------------------------------------

  async #fetchPage(page: number, pageSize: number, signal?: AbortSignal): Promise<ListResult> {
    const { body } = await this.#http.request({
      path: BASE,
      query: { currentPage: page, pageSize, withTotalPages: true },
      accept: MEDIA_TYPES.newDeviceRequestCollection,
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

  async #currentUser(signal?: AbortSignal): Promise<Record<string, unknown>> {
    const { body } = await this.#http.request({ path: '/user/currentUser', accept: MEDIA_TYPES.json, signal });
    if (!isRecord(body)) throw unexpected('the current user');
    return body;
  }

  /** One poll: re-reads the loaded pages, diffs them against what is known (loaded on first poll). */
  async #poll(signal: AbortSignal): Promise<void> {
    if (this.#pages.size === 0 || this.#listeners.size === 0) return;
    // what the poll starts from is read now, before anything is awaited
    const host: PollHost = {
      pageSize: this.#pageSize,
      pages: [...this.#pages].sort((a, b) => a - b),
      started: this.#version,
      epoch: this.#epoch,
      currentEpoch: () => this.#epoch,
      known: this.#known,
      touched: this.#touched,
      fetchPage: (page, size, s) => this.#fetchPage(page, size, s),
      get: (id, s) => this.get(id, { signal: s }),
      apply: (change) => this.#apply(change),
    };
    const { pollOnce } = await import('./cumulocity/poll-diff.js');
    await pollOnce(host, signal);
  }

  #touch(id: string): void {
    this.#touched.set(id, this.#version++);
  }

  /** Records a change and tells the listeners, unless it changes nothing. */
  #apply(change: RegistrationChange): void {
    this.#touch(change.type === 'removed' ? change.id : change.request.id);
    if (change.type === 'removed') {
      if (!this.#known.delete(change.id)) return;
    } else {
      const before = this.#known.get(change.request.id);
      this.#known.set(change.request.id, { ...change.request });
      if (before && sameRequest(before, change.request)) return;
      if (change.type === 'updated' && !before) change = { type: 'added', request: change.request };
    }
    this.#emit(change);
  }

  #emit(change: RegistrationChange): void {
    for (const listener of [...this.#listeners]) {
      if (!this.#listeners.has(listener)) continue;
      const copy: RegistrationChange = change.type === 'removed' ? { ...change } : { type: change.type, request: { ...change.request } };
      try {
        listener(copy);
      } catch (error) {
        // one failing listener must not starve the others
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}

function roleIds(user: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const add = (role: unknown) => {
    if (typeof role === 'string') ids.add(role);
    else if (isRecord(role)) {
      const id = optionalString(role.id) ?? optionalString(role.name);
      if (id) ids.add(id);
    }
  };
  if (Array.isArray(user.effectiveRoles)) (user.effectiveRoles as unknown[]).forEach(add);
  // older answers: roles.references[].role and groups.references[].group.roles.references[].role
  const refs = (value: unknown): unknown[] => (isRecord(value) && Array.isArray(value.references) ? (value.references as unknown[]) : []);
  for (const ref of refs(user.roles)) if (isRecord(ref)) add(ref.role);
  for (const groupRef of refs(user.groups)) {
    if (isRecord(groupRef) && isRecord(groupRef.group)) for (const ref of refs(groupRef.group.roles)) if (isRecord(ref)) add(ref.role);
  }
  return ids;
}
