import type {
  AcceptAllOutcome,
  AcceptOptions,
  BulkOptions,
  BulkResult,
  CallOptions,
  CreateRequest,
  DeviceCredentials,
  DeviceGroup,
  DeviceLimit,
  ExtensionMetadata,
  ListQuery,
  ListResult,
  Permissions,
  RegistrationAdapter,
  RegistrationExtension,
  RegistrationChange,
  RegistrationListener,
  RegistrationRequest,
  SecurityTokenPolicy,
  SubscribeOptions,
  Tenant,
} from './registration-adapter.js';
import { DEFAULT_SECURITY_TOKEN_POLICY } from './registration-adapter.js';
import { RegistrationError } from './registration-error.js';
import { LiveWatchers } from './live-watchers.js';
import { applyBulkCsv, type BulkStore } from './memory/bulk.js';
import { readBulkCsv, type BulkCsv } from './memory/bulk-csv.js';
import { SortedIndex, sortInPlace } from './memory/sorted-index.js';
import type { BulkRowRules, MemoryAdapterOptions, MemoryExtension, MemoryFailure, MemoryOperation, SeedRequest } from './memory/types.js';
import { delay, fail, parseTime, randomSecret, throwIfAborted } from './memory/util.js';

export type {
  BulkRowRules,
  MemoryAdapterOptions,
  MemoryExtension,
  MemoryFailure,
  MemoryOperation,
  OptionalMethodName,
  SeedRequest,
} from './memory/types.js';


interface RequestRecord {
  id: string;
  status: string;
  creationTime: string;
  time: number;
  /** 0 while pending acceptance (listed first), else 1. */
  rank: number;
  seq: number;
  tenantId: string;
  owner?: string;
  groupId?: string;
  type?: string;
  /** The token the device sends; `undefined` = none. */
  deviceToken?: string;
  failedAttempts: number;
}

interface DeviceRecord {
  id: string;
  tenantId: string;
  username: string;
  password: string;
}

const PENDING = 'PENDING_ACCEPTANCE';

/** Calls a listener; its bug must not stop the others, nor be swallowed. */
function callSafely(call: () => void): void {
  try {
    call();
  } catch (error) {
    if (typeof reportError === 'function') reportError(error);
    else
      setTimeout(() => {
        throw error;
      });
  }
}

/** Pending first, then newest (creation time, then insertion order). */
function compareRecords(a: RequestRecord, b: RequestRecord): number {
  return a.rank - b.rank || b.time - a.time || b.seq - a.seq;
}


/**
 * A complete in-browser {@link RegistrationAdapter} with real semantics (SPEC 2.1, 2.2, 3.5):
 * for tests, Storybook, demos and hosts without a backend. It also plays the device side
 * ({@link MemoryAdapter.bootstrap}). Everything it returns is a copy.
 */
export class MemoryAdapter implements RegistrationAdapter {
  readonly #requests = new Map<string, RequestRecord>();
  readonly #index = new SortedIndex<RequestRecord>(compareRecords);
  readonly #devices = new Map<string, DeviceRecord>();
  readonly #listeners = new Set<RegistrationListener>();
  /** Each subscription's `onError`/`onRecovered`. */
  readonly #watchers = new LiveWatchers();
  /** While a `subscribe` failure is set: why, and the changes held back until it is cleared. */
  #liveFailure?: { error: RegistrationError; held: RegistrationChange[] };
  readonly #failures = new Map<MemoryOperation, MemoryFailure>();
  /** Calls still to be applied and then answered with a lost connection, per operation. */
  readonly #loseAnswers = new Map<MemoryOperation, number>();
  readonly #groups: DeviceGroup[];
  readonly #groupPaths = new Map<string, string>();
  readonly #tenants: Tenant[];
  readonly #tenantId: string;
  readonly #user: string;
  readonly #extensions: MemoryExtension[];
  readonly #maxTokenAttempts: number;
  #policy: SecurityTokenPolicy;
  #permissions: Permissions;
  #deviceLimit: number | undefined;
  #latency: number;
  #seq = 0;
  #nextGroupId = 10000;

  constructor(options: MemoryAdapterOptions = {}) {
    this.#policy = options.securityTokenPolicy ?? DEFAULT_SECURITY_TOKEN_POLICY;
    this.#permissions = { ...(options.permissions ?? { read: true, admin: true }) };
    this.#deviceLimit = options.deviceLimit;
    this.#latency = options.latency ?? 0;
    this.#groups = (options.groups ?? []).map((g) => ({ ...g }));
    for (const g of this.#groups) this.#groupPaths.set(g.name.toLowerCase(), g.id);
    this.#tenants = (options.tenants ?? []).map((t) => ({ ...t }));
    this.#tenantId = options.tenantId ?? 't100';
    this.#user = options.user ?? 'admin';
    this.#extensions = options.extensions ?? [];
    this.#maxTokenAttempts = options.maxTokenAttempts ?? 3;
    for (const [op, failure] of Object.entries(options.failures ?? {})) {
      if (failure) this.#failures.set(op as MemoryOperation, failure);
    }
    this.#checkLive();
    for (const [op, n] of Object.entries(options.loseAnswers ?? {})) {
      if (n && n > 0) this.#loseAnswers.set(op as MemoryOperation, n);
    }
    for (const name of options.without ?? []) {
      Object.defineProperty(this, name, { value: undefined, configurable: true, writable: true });
    }
    if (options.requests?.length) this.seed(options.requests);
  }

  // ---- test and demo controls ---------------------------------------------------------

  /** Adds requests without notifying subscribers (fast: one sort for the whole batch). */
  seed(requests: SeedRequest[]): void {
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const added: RequestRecord[] = [];
    // pending ones apart, so that seeds in time order need no sort (they are listed first)
    const pending: RequestRecord[] = [];
    // into an empty adapter, duplicates can only be within the batch: check the size afterwards
    const wasEmpty = this.#requests.size === 0;
    if (!wasEmpty) {
      const ids = new Set<string>();
      for (const { id } of requests) {
        if (this.#requests.has(id) || ids.size === ids.add(id).size) throw fail(409, 'duplicate', `Duplicate seed request ${id}`);
      }
    }
    for (const s of requests) {
      const time = s.creationTime ? parseTime(s.creationTime) : now;
      const status = s.status ?? 'WAITING_FOR_CONNECTION';
      const record: RequestRecord = {
        id: s.id,
        status,
        creationTime: s.creationTime ?? nowIso,
        time: Number.isNaN(time) ? 0 : time,
        rank: status === PENDING ? 0 : 1,
        seq: ++this.#seq,
        tenantId: s.tenantId ?? this.#tenantId,
        owner: s.owner ?? this.#user,
        groupId: s.groupId,
        type: s.type,
        deviceToken: s.securityToken || undefined,
        failedAttempts: 0,
      };
      this.#requests.set(s.id, record);
      (record.rank === 0 ? pending : added).push(record);
    }
    sortInPlace(pending, compareRecords);
    sortInPlace(added, compareRecords);
    const all = pending.length ? pending.concat(added) : added;
    if (wasEmpty && this.#requests.size !== all.length) {
      this.#requests.clear();
      const seen = new Set<string>();
      const dup = requests.find((r) => seen.size === seen.add(r.id).size)?.id;
      throw fail(409, 'duplicate', `Duplicate seed request ${dup}`);
    }
    if (wasEmpty) this.#index.reset(all);
    else for (const r of all) this.#index.insert(r);
  }

  /**
   * Makes an operation fail (`undefined`: work again). For `'subscribe'` the live updates stop:
   * every subscriber's `onError` hears the error (again each time one is set), changes are held
   * back; cleared, the held changes are pushed, then `onRecovered` is called.
   */
  setFailure(operation: MemoryOperation, failure: MemoryFailure | undefined): void {
    if (failure) this.#failures.set(operation, failure);
    else this.#failures.delete(operation);
    if (operation === 'subscribe') this.#checkLive(true);
  }

  setSecurityTokenPolicy(policy: SecurityTokenPolicy): void {
    this.#policy = policy;
  }

  setPermissions(permissions: Permissions): void {
    this.#permissions = { ...permissions };
  }

  setDeviceLimit(limit: number | undefined): void {
    this.#deviceLimit = limit;
  }

  setLatency(ms: number): void {
    this.#latency = ms;
  }

  /** Number of registration requests. */
  get size(): number {
    return this.#requests.size;
  }

  /** Requests with a status (all when omitted), in list order, bypassing latency, failures and permissions. */
  peek(status?: string, limit = Infinity): RegistrationRequest[] {
    const out: RegistrationRequest[] = [];
    this.#index.forEach((r) => {
      if (status === undefined || r.status === status) out.push(this.#toRequest(r));
      return out.length < limit;
    });
    return out;
  }

  /** The token the device with this ID sends, as seeded or as sent in an earlier bootstrap. */
  deviceToken(id: string): string | undefined {
    return this.#requests.get(id)?.deviceToken;
  }

  /** IDs of devices that completed the bootstrap or were created by a full bulk upload. */
  get deviceIds(): string[] {
    return [...this.#devices.keys()];
  }

  // ---- device side ----------------------------------------------------------------------

  /**
   * The device calls in (`POST /devicecontrol/deviceCredentials`). Resolves `undefined` (404)
   * until the request is accepted; then resolves the credentials and the request leaves the list.
   */
  bootstrap(id: string, securityToken?: string, options?: CallOptions): Promise<DeviceCredentials | undefined> {
    return this.#call('bootstrap', options?.signal, [id, securityToken], () => {
      const r = this.#requests.get(id);
      if (!r) return undefined;
      const token = securityToken || undefined;
      const policy = this.#policy;
      if (r.status === 'WAITING_FOR_CONNECTION' || r.status === PENDING) {
        if (policy === 'REQUIRED' && token === undefined) {
          this.#setStatus(r, 'BLOCKED');
          return undefined;
        }
        if (policy !== 'IGNORED' && token !== undefined) {
          if (r.deviceToken === undefined) r.deviceToken = token;
          else if (token !== r.deviceToken) this.#failAttempt(r);
        }
        if (r.status === 'WAITING_FOR_CONNECTION') this.#setStatus(r, PENDING);
        return undefined;
      }
      if (r.status !== 'ACCEPTED') return undefined;
      // the device must send the token it was accepted with
      if (policy !== 'IGNORED' && r.deviceToken !== undefined && token !== r.deviceToken) {
        this.#failAttempt(r);
        return undefined;
      }
      const device: DeviceRecord = {
        id,
        tenantId: r.tenantId,
        username: `device_${id}`,
        password: randomSecret(),
      };
      this.#devices.set(id, device);
      this.#delete(r);
      return { ...device, self: `memory://devicecontrol/deviceCredentials/${encodeURIComponent(id)}` };
    });
  }

  // ---- RegistrationAdapter ----------------------------------------------------------------

  list(query: ListQuery, options?: CallOptions): Promise<ListResult> {
    return this.#call('list', options?.signal, [query], () => {
      this.#checkRead();
      const { page, pageSize } = query;
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 2000) {
        throw fail(422, 'invalid', 'currentPage must be >= 1 and pageSize between 1 and 2000', 'devicecontrol/Invalid');
      }
      const requests = this.#index.slice((page - 1) * pageSize, pageSize).map((r) => this.#toRequest(r));
      return { requests, page, pageSize, totalPages: Math.ceil(this.#index.size / pageSize) };
    });
  }

  get(id: string, options?: CallOptions): Promise<RegistrationRequest | undefined> {
    return this.#call('get', options?.signal, [id], () => {
      this.#checkRead();
      const r = this.#requests.get(id);
      return r ? this.#toRequest(r) : undefined;
    });
  }

  create(request: CreateRequest, options?: CallOptions): Promise<RegistrationRequest> {
    return this.#call('create', options?.signal, [request], () => {
      this.#checkAdmin();
      const { id } = request;
      if (typeof id !== 'string' || id.trim() === '') {
        throw fail(422, 'invalid', 'id: may not be empty', 'devicecontrol/Invalid');
      }
      // eslint-disable-next-line no-control-regex
      if (id.length > 255 || /[\u0000-\u001f\u007f]/.test(id)) {
        throw fail(422, 'invalid', 'id: at most 255 characters, no control characters', 'devicecontrol/Invalid');
      }
      const tenantId = request.tenantId || this.#tenantId;
      if (!this.#isKnownTenant(tenantId)) {
        throw fail(422, 'invalid', `Unknown tenant ${tenantId}`, 'devicecontrol/Invalid');
      }
      if (this.#requests.has(id) || this.#devices.has(id)) {
        throw fail(409, 'duplicate', `Device with id ${id} is already registered.`, 'devicecontrol/Duplicate');
      }
      this.#checkLimit();
      return this.#toRequest(this.#add({ id, tenantId, groupId: request.groupId, type: request.type }));
    });
  }

  accept(id: string, options?: AcceptOptions): Promise<RegistrationRequest> {
    return this.#call('accept', options?.signal, [id, options?.securityToken], () => {
      this.#checkAdmin();
      const r = this.#get(id);
      if (r.status === 'ACCEPTED') return this.#toRequest(r);
      if (r.status === 'BLOCKED') {
        throw fail(422, 'blocked', `The request for ${id} is BLOCKED; delete it and register the device again.`, 'devicecontrol/blocked');
      }
      if (r.status !== PENDING) {
        throw fail(422, 'invalid', `The device ${id} has not connected yet.`, 'devicecontrol/Invalid');
      }
      const typed = options?.securityToken || undefined;
      if (this.#policy === 'REQUIRED' && typed === undefined) {
        throw fail(422, 'token-mismatch', 'A security token is required to accept this device.', 'devicecontrol/securityTokenRequired');
      }
      if (this.#policy !== 'IGNORED' && r.deviceToken !== undefined && typed !== r.deviceToken) {
        const blocked = this.#failAttempt(r);
        throw fail(
          422,
          'token-mismatch',
          blocked
            ? `The security token does not match; after ${this.#maxTokenAttempts} failed attempts the request is now BLOCKED.`
            : `The security token does not match (failed attempt ${r.failedAttempts} of ${this.#maxTokenAttempts}).`,
          'devicecontrol/securityTokenMismatch',
        );
      }
      this.#setStatus(r, 'ACCEPTED');
      return this.#toRequest(r);
    });
  }

  acceptAll(options?: CallOptions): Promise<AcceptAllOutcome[]> {
    return this.#call('acceptAll', options?.signal, [], () => {
      this.#checkAdmin();
      const pending: RequestRecord[] = [];
      this.#index.forEach((r) => {
        if (r.status !== PENDING) return false;
        pending.push(r);
      });
      return pending.map((r): AcceptAllOutcome => {
        if (this.#policy === 'REQUIRED' || (this.#policy === 'OPTIONAL' && r.deviceToken !== undefined)) {
          return { id: r.id, successful: false, error: 'A security token is required to accept this device.' };
        }
        this.#setStatus(r, 'ACCEPTED');
        return { id: r.id, successful: true };
      });
    });
  }

  remove(id: string, options?: CallOptions): Promise<void> {
    return this.#call('remove', options?.signal, [id], () => {
      this.#checkAdmin();
      this.#delete(this.#get(id));
    });
  }

  async bulkRegister(file: Blob, options?: BulkOptions): Promise<BulkResult> {
    options?.onProgress?.({ loaded: 0, total: file.size });
    const csv = await readBulkCsv(file);
    return this.#call('bulkRegister', options?.signal, [file], () => {
      this.#checkAdmin();
      options?.onProgress?.({ loaded: file.size, total: file.size });
      return this.#importBulk(csv);
    });
  }

  /** A bulk file read, imported as the server does (`rules`: a microservice's own, see `MemoryExtension.bulkRows`). */
  #importBulk(csv: BulkCsv, rules?: BulkRowRules): BulkResult {
    if (!csv.headers.includes('ID')) {
      throw fail(422, 'invalid', 'The file has no ID column.', 'devicecontrol/InvalidFile');
    }
    const store: BulkStore = {
      tenantId: this.#tenantId,
      isKnownTenant: (tenantId) => this.#isKnownTenant(tenantId),
      hasRequest: (id) => this.#requests.has(id),
      hasDevice: (id) => this.#devices.has(id),
      limitReached: () => this.#limitReached(),
      addRequest: (init) => void this.#add(init),
      removeRequest: (id) => this.#delete(this.#get(id)),
      putDevice: (id, tenantId, password) => void this.#devices.set(id, { id, tenantId, username: `device_${id}`, password }),
      groupForPath: (path) => this.#groupForPath(path),
    };
    return applyBulkCsv(csv, store, rules);
  }

  getLimit(options?: CallOptions): Promise<DeviceLimit> {
    return this.#call('getLimit', options?.signal, [], () => {
      this.#checkRead();
      const limit = this.#deviceLimit;
      return limit === undefined ? { isReached: false } : { isReached: this.#limitReached(), limit };
    });
  }

  getSecurityTokenPolicy(options?: CallOptions): Promise<SecurityTokenPolicy> {
    return this.#call('getSecurityTokenPolicy', options?.signal, [], () => this.#policy);
  }

  getPermissions(options?: CallOptions): Promise<Permissions> {
    return this.#call('getPermissions', options?.signal, [], () => ({ ...this.#permissions }));
  }

  searchGroups(text: string, options?: CallOptions): Promise<DeviceGroup[]> {
    return this.#call('searchGroups', options?.signal, [text], () => {
      this.#checkRead();
      const needle = text.trim().toLowerCase();
      return this.#groups
        .filter((g) => g.name.toLowerCase().includes(needle))
        .slice(0, 25)
        .map((g) => ({ ...g }));
    });
  }

  getGroups(ids: readonly string[], options?: CallOptions): Promise<DeviceGroup[]> {
    return this.#call('getGroups', options?.signal, [ids], () => {
      this.#checkRead();
      const wanted = new Set(ids);
      return this.#groups.filter((g) => wanted.has(g.id)).map((g) => ({ ...g }));
    });
  }

  listTenants(options?: CallOptions): Promise<Tenant[]> {
    return this.#call('listTenants', options?.signal, [], () => this.#tenants.map((t) => ({ ...t })));
  }

  /** Pushes every change in a microtask. While a `subscribe` failure is set (see `setFailure`) a new subscriber's `onError` hears it at once. */
  subscribe(listener: RegistrationListener, options?: SubscribeOptions): () => void {
    const wrapped: RegistrationListener = (change) => listener(change);
    this.#listeners.add(wrapped);
    const watcher = this.#watchers.add(options);
    if (this.#liveFailure) this.#watchers.tell(this.#liveFailure.error, watcher);
    return () => {
      this.#listeners.delete(wrapped);
      this.#watchers.delete(watcher);
    };
  }

  listExtensions(options?: CallOptions): Promise<RegistrationExtension[]> {
    return this.#call('listExtensions', options?.signal, [], () => this.#extensions.map((e) => ({ ...e.extension })));
  }

  getExtensionMetadata(extension: RegistrationExtension, lang: string, options?: CallOptions): Promise<ExtensionMetadata> {
    return this.#call('getExtensionMetadata', options?.signal, [extension, lang], () => {
      const { metadata } = this.#extension(extension);
      return structuredClone(typeof metadata === 'function' ? metadata(lang) : metadata);
    });
  }

  registerWithExtension(extension: RegistrationExtension, model: unknown, options?: CallOptions): Promise<unknown> {
    return this.#call('registerWithExtension', options?.signal, [extension, model], async () => {
      this.#checkAdmin();
      const ext = this.#extension(extension);
      try {
        return (await ext.register?.(structuredClone(model))) ?? {};
      } catch (error) {
        throw RegistrationError.from(error);
      }
    });
  }

  async bulkRegisterWithExtension(extension: RegistrationExtension, file: Blob, options?: BulkOptions): Promise<unknown> {
    options?.onProgress?.({ loaded: 0, total: file.size });
    const answer = await this.#call('bulkRegisterWithExtension', options?.signal, [extension, file], async () => {
      this.#checkAdmin();
      const ext = this.#extension(extension);
      try {
        if (!ext.bulkRegister && ext.bulkRows) return this.#importBulk(await readBulkCsv(file), ext.bulkRows);
        return (await ext.bulkRegister?.(file)) ?? {};
      } catch (error) {
        throw RegistrationError.from(error);
      }
    });
    options?.onProgress?.({ loaded: file.size, total: file.size });
    return answer;
  }

  // ---- internals ----------------------------------------------------------------------------

  async #call<T>(op: MemoryOperation, signal: AbortSignal | undefined, args: unknown[], run: () => T | Promise<T>): Promise<T> {
    throwIfAborted(signal);
    if (this.#latency > 0) await delay(this.#latency, signal);
    throwIfAborted(signal);
    const failure = this.#failures.get(op);
    const error = typeof failure === 'function' ? failure(...args) : failure;
    if (error) throw error;
    const lose = this.#loseAnswers.get(op) ?? 0;
    if (lose <= 0) return run();
    // the change is made, but its answer never arrives
    await run();
    if (lose > 1) this.#loseAnswers.set(op, lose - 1);
    else this.#loseAnswers.delete(op);
    throw fail(0, 'network', 'The connection was lost before the answer arrived.');
  }

  #toRequest(r: RequestRecord): RegistrationRequest {
    const out: RegistrationRequest = {
      id: r.id,
      status: r.status,
      creationTime: r.creationTime,
      tenantId: r.tenantId,
      self: `memory://devicecontrol/newDeviceRequests/${encodeURIComponent(r.id)}`,
    };
    if (r.owner !== undefined) out.owner = r.owner;
    if (r.groupId !== undefined) out.groupId = r.groupId;
    if (r.type !== undefined) out.type = r.type;
    return out;
  }

  #get(id: string): RequestRecord {
    const r = this.#requests.get(id);
    if (!r) throw fail(404, 'not-found', `Registration request ${id} not found.`, 'devicecontrol/Not Found');
    return r;
  }

  #add(init: { id: string; tenantId: string; groupId?: string; type?: string }): RequestRecord {
    const now = Date.now();
    const r: RequestRecord = {
      ...init,
      status: 'WAITING_FOR_CONNECTION',
      creationTime: new Date(now).toISOString(),
      time: now,
      rank: 1,
      seq: ++this.#seq,
      owner: this.#user,
      failedAttempts: 0,
    };
    if (r.groupId === undefined) delete r.groupId;
    if (r.type === undefined) delete r.type;
    this.#requests.set(r.id, r);
    this.#index.insert(r);
    this.#emit({ type: 'added', request: this.#toRequest(r) });
    return r;
  }

  #setStatus(r: RequestRecord, status: string): void {
    if (r.status === status) return;
    const moves = (r.status === PENDING) !== (status === PENDING);
    if (moves) this.#index.remove(r);
    r.status = status;
    r.rank = status === PENDING ? 0 : 1;
    if (moves) this.#index.insert(r);
    this.#emit({ type: 'updated', request: this.#toRequest(r) });
  }

  /** Counts a failed token attempt; blocks the request at the maximum. Returns whether it is now blocked. */
  #failAttempt(r: RequestRecord): boolean {
    r.failedAttempts++;
    if (r.failedAttempts >= this.#maxTokenAttempts) this.#setStatus(r, 'BLOCKED');
    return r.status === 'BLOCKED';
  }

  #delete(r: RequestRecord): void {
    this.#requests.delete(r.id);
    this.#index.remove(r);
    this.#emit({ type: 'removed', id: r.id });
  }

  #emit(change: RegistrationChange): void {
    if (this.#listeners.size === 0) return;
    if (this.#liveFailure) {
      this.#liveFailure.held.push(change);
      return;
    }
    const listeners = [...this.#listeners];
    queueMicrotask(() => {
      for (const listener of listeners) {
        if (!this.#listeners.has(listener)) continue;
        const copy = change.type === 'removed' ? { ...change } : { type: change.type, request: { ...change.request } };
        callSafely(() => listener(copy));
      }
    });
  }

  /**
   * Applies the `subscribe` failure now set: starts or renews it (telling each `onError` when
   * `tell`), or ends it (pushing the held changes, then telling each `onRecovered`).
   */
  #checkLive(tell = false): void {
    const failure = this.#failures.get('subscribe');
    const error = typeof failure === 'function' ? failure() : failure;
    const before = this.#liveFailure;
    if (error) this.#liveFailure = { error, held: before?.held ?? [] };
    else if (before) {
      this.#liveFailure = undefined;
      for (const change of before.held) this.#emit(change);
    } else return;
    if (tell) this.#watchers.tell(error);
  }

  #checkRead(): void {
    if (!this.#permissions.read && !this.#permissions.admin) {
      throw fail(403, 'forbidden', 'Access is denied: DEVICE_CONTROL_READ is required.', 'security/Forbidden');
    }
  }

  #checkAdmin(): void {
    if (!this.#permissions.admin) {
      throw fail(403, 'forbidden', 'Access is denied: DEVICE_CONTROL_ADMIN is required.', 'security/Forbidden');
    }
  }

  #isKnownTenant(tenantId: string): boolean {
    return tenantId === this.#tenantId || this.#tenants.some((t) => t.id === tenantId);
  }

  #limitReached(): boolean {
    return this.#deviceLimit !== undefined && this.#requests.size + this.#devices.size >= this.#deviceLimit;
  }

  #checkLimit(): void {
    if (this.#limitReached()) {
      throw fail(422, 'limit-reached', `The device limit (${this.#deviceLimit}) is reached.`, 'devicecontrol/LimitReached');
    }
  }

  #extension(extension: RegistrationExtension): MemoryExtension {
    const found =
      this.#extensions.find((e) => e.extension.contextPath === extension.contextPath && e.extension.type === extension.type) ??
      this.#extensions.find((e) => e.extension.contextPath === extension.contextPath);
    if (!found) throw fail(404, 'not-found', `No microservice at ${extension.contextPath}.`, 'general/Not Found');
    return found;
  }

  /** Finds or creates the groups of a path `A/B/C`; returns the leaf group's ID. */
  #groupForPath(path: string): string {
    const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
    let key = '';
    let id = '';
    for (const part of parts) {
      key = key ? `${key}/${part.toLowerCase()}` : part.toLowerCase();
      const existing = this.#groupPaths.get(key);
      if (existing) {
        id = existing;
        continue;
      }
      id = String(this.#nextGroupId++);
      this.#groups.push({ id, name: part });
      this.#groupPaths.set(key, id);
    }
    return id;
  }
}

