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

/** Reading extension declarations and metadata: loaded when extensions are first asked for. */
const extensions = () => import('./cumulocity/extensions.js');

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
/** Requests missing from a truncated poll that are looked up one by one, at most, per poll. */
const MAX_LOOKUPS_PER_POLL = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

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

function sameRequest(a: RegistrationRequest, b: RegistrationRequest): boolean {
  return (
    a.status === b.status &&
    a.creationTime === b.creationTime &&
    a.tenantId === b.tenantId &&
    a.owner === b.owner &&
    a.groupId === b.groupId &&
    a.type === b.type
  );
}

function unexpected(what: string): RegistrationError {
  return new RegistrationError({ status: 0, code: 'unknown', message: `The server's answer to ${what} could not be read.` });
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
    const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.newDeviceRequests) ? body.newDeviceRequests : [];
    const outcomes = (list as unknown[]).filter(isRecord).map((item): AcceptAllOutcome => {
      const outcome: AcceptAllOutcome = {
        id: optionalString(item.id) ?? '',
        successful: item.successful === true || (item.successful === undefined && item.status === 'ACCEPTED'),
      };
      const error = optionalString(item.error) ?? optionalString(item.message);
      if (error !== undefined) outcome.error = error;
      return outcome;
    });
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
    if (!isRecord(body)) throw unexpected('the bulk upload');
    const result = body as unknown as BulkResult;
    return {
      numberOfAll: Number(result.numberOfAll) || 0,
      numberOfCreated: Number(result.numberOfCreated) || 0,
      numberOfFailed: Number(result.numberOfFailed) || 0,
      numberOfSuccessful: Number(result.numberOfSuccessful) || 0,
      credentialUpdatedList: Array.isArray(result.credentialUpdatedList) ? result.credentialUpdatedList : [],
      failedCreationList: Array.isArray(result.failedCreationList) ? result.failedCreationList : [],
    };
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
      if (error instanceof RegistrationError && (error.code === 'forbidden' || error.code === 'not-found')) {
        return DEFAULT_SECURITY_TOKEN_POLICY;
      }
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
    const objects = isRecord(body) && Array.isArray(body.managedObjects) ? (body.managedObjects as unknown[]) : [];
    return objects.filter(isRecord).flatMap((mo) => {
      const id = optionalString(mo.id);
      if (id === undefined) return [];
      return [{ id, name: optionalString(mo.name) ?? id }];
    });
  }

  async listTenants(options?: CallOptions): Promise<Tenant[]> {
    const signal = options?.signal;
    const { body: current } = await this.#http.request({ path: '/tenant/currentTenant', signal });
    const currentId = isRecord(current) ? (optionalString(current.name) ?? optionalString(current.id)) : undefined;
    if (!currentId || !isRecord(current)) throw unexpected('the current tenant');
    const isManagement = currentId === 'management';
    if (!isManagement && current.allowCreateTenants === false) return [];
    let subtenants: Tenant[] = [];
    try {
      const { body } = await this.#http.request({ path: '/tenant/tenants', query: { pageSize: MAX_PAGE_SIZE }, signal });
      const tenants = isRecord(body) && Array.isArray(body.tenants) ? (body.tenants as unknown[]) : [];
      subtenants = tenants.filter(isRecord).flatMap((t) => {
        const id = optionalString(t.id);
        if (!id || id === currentId) return [];
        const name = optionalString(t.company) ?? optionalString(t.name) ?? optionalString(t.domain);
        return [name ? { id, name } : { id }];
      });
    } catch (error) {
      if (!(error instanceof RegistrationError && (error.code === 'forbidden' || error.code === 'not-found'))) throw error;
    }
    if (!isManagement && subtenants.length === 0) return [];
    const own: Tenant = { id: currentId, current: true };
    const ownName = optionalString(current.companyName) ?? optionalString(current.domainName);
    if (ownName) own.name = ownName;
    return [own, ...subtenants];
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

  /** One poll: re-reads the loaded pages, diffs them against what is known and emits the changes. */
  async #poll(signal: AbortSignal): Promise<void> {
    const pageSize = this.#pageSize;
    const pages = [...this.#pages].sort((a, b) => a - b);
    if (pages.length === 0 || this.#listeners.size === 0) return;
    const started = this.#version;
    const epoch = this.#epoch;
    const seen = new Map<string, RegistrationRequest>();
    let complete = false;
    for (const page of pages) {
      const result = await this.#fetchPage(page, pageSize, signal);
      for (const request of result.requests) seen.set(request.id, request);
      if (result.requests.length < pageSize || (result.totalPages !== undefined && page >= result.totalPages)) {
        complete = true;
        break;
      }
    }
    // the loaded pages must be contiguous from 1 for a missing request to mean a removed one
    const contiguous = pages.every((page, i) => page === i + 1);
    if (epoch !== this.#epoch) return; // the UI started a new view meanwhile: diff next time
    // what changed locally while this poll was under way is fresher than what the poll read
    const stale = (id: string) => (this.#touched.get(id) ?? -1) >= started;
    for (const [id, version] of this.#touched) if (version < started) this.#touched.delete(id);
    for (const request of seen.values()) {
      if (stale(request.id)) continue;
      const before = this.#known.get(request.id);
      if (!before) this.#apply({ type: 'added', request });
      else if (!sameRequest(before, request)) this.#apply({ type: 'updated', request });
      else this.#known.set(request.id, request);
    }
    let missing = [...this.#known.keys()].filter((id) => !seen.has(id) && !stale(id));
    if (missing.length === 0) return;
    if (complete && contiguous) {
      for (const id of missing) this.#apply({ type: 'removed', id });
      return;
    }
    // A missing request may just have moved past the loaded pages (newer ones pushed it down):
    // one page more finds most of those; it only resolves known requests, it adds none.
    if (contiguous) {
      const next = await this.#fetchPage(pages.length + 1, pageSize, signal);
      const beyond = new Map(next.requests.map((r) => [r.id, r]));
      for (const id of missing) {
        const request = beyond.get(id);
        if (request && !stale(id) && !sameRequest(this.#known.get(id) ?? request, request)) this.#apply({ type: 'updated', request });
      }
      if (epoch !== this.#epoch) return;
      missing = missing.filter((id) => !beyond.has(id));
      if (next.requests.length < pageSize) {
        for (const id of missing) if (!stale(id)) this.#apply({ type: 'removed', id });
        return;
      }
    }
    // the rest one by one, a few per poll; looked-up ones go to the back of the queue
    for (const id of missing.slice(0, MAX_LOOKUPS_PER_POLL)) {
      const request = await this.get(id, { signal });
      if (epoch !== this.#epoch) return;
      if (stale(id)) continue;
      if (!request) {
        this.#apply({ type: 'removed', id });
        continue;
      }
      const before = this.#known.get(id);
      this.#known.delete(id);
      this.#known.set(id, before ?? request);
      if (before && !sameRequest(before, request)) this.#apply({ type: 'updated', request });
    }
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
