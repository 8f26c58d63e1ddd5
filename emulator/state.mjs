// @ts-check
/**
 * The emulator's data (requests, inventory, identities, device users, tenant options) and its
 * persistence to a JSON data file. This is the server side, so device credentials are stored
 * here (never in a browser).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { seedState } from './seed.mjs';

/**
 * @typedef {import('./config.mjs').EmulatorConfig} EmulatorConfig
 * @typedef {import('./config.mjs').SecurityTokenPolicy} SecurityTokenPolicy
 *
 * @typedef {object} RequestRecord
 * @property {string} id
 * @property {string} status
 * @property {string} creationTime
 * @property {string} tenantId
 * @property {string} owner
 * @property {string} [groupId]
 * @property {string} [type]
 * @property {string} [deviceToken]   token the device sent while calling in
 * @property {string} [acceptedToken] token the user typed when accepting
 * @property {number} tokenAttempts   failed token comparisons so far
 *
 * @typedef {Record<string, any> & {id: string, name: string, type?: string, creationTime: string,
 *   lastUpdated: string, owner: string, childAssets: string[]}} ManagedObject
 *
 * @typedef {object} ExternalIdRecord
 * @property {string} type
 * @property {string} externalId
 * @property {string} moId
 *
 * @typedef {object} DeviceUser
 * @property {string} username
 * @property {string} password
 * @property {string} tenantId
 * @property {string} moId
 * @property {string} authType
 *
 * @typedef {object} TenantOption
 * @property {string} category
 * @property {string} key
 * @property {string} value
 *
 * @typedef {object} Session
 * @property {string} user
 * @property {string} tenantId
 * @property {string} xsrf
 */

const DATA_VERSION = 1;

/** @param {number} [bytes] */
export function randomToken(bytes = 24) {
  return randomBytes(bytes).toString('base64url');
}

/** A device password that satisfies Cumulocity's usual policy (letters, digits, a symbol). */
export function generatePassword() {
  return `${randomBytes(12).toString('base64url')}!7a`;
}

export class Store {
  /**
   * @param {EmulatorConfig} config
   * @param {{load?: boolean, log?: (line: string) => void}} [options]
   */
  constructor(config, { load = true, log = () => {} } = {}) {
    this.config = config;
    this.log = log;
    /** @type {Map<string, RequestRecord>} */
    this.requests = new Map();
    /** @type {Map<string, ManagedObject>} */
    this.managedObjects = new Map();
    /** @type {Map<string, ExternalIdRecord>} */
    this.externalIds = new Map();
    /** @type {Map<string, DeviceUser>} */
    this.deviceUsers = new Map();
    /** @type {Map<string, TenantOption>} */
    this.options = new Map();
    /** @type {Map<string, Session>} sessions and issued bearer tokens (not persisted) */
    this.sessions = new Map();
    this.nextMoId = 10001;
    /** @type {Map<string, string>} group id by `${parentId or ''}\u0000${name}` */
    this.groupIndex = new Map();
    this.devices = 0;
    /** @type {NodeJS.Timeout | undefined} */
    this.saveTimer = undefined;
    this.closed = false;

    if (load && config.dataFile && existsSync(config.dataFile)) {
      this.load(config.dataFile);
    } else {
      this.initialize();
    }
  }

  /** Fresh state: tenant options, groups and the seeded requests. */
  initialize() {
    if (this.config.securityTokenPolicy) {
      this.setOption('device-registration', 'security-token.policy', this.config.securityTokenPolicy);
    }
    seedState(this, this.config.seed);
    this.changed();
  }

  // ---- tenant options -------------------------------------------------------------------

  /** @param {string} category @param {string} key */
  getOption(category, key) {
    return this.options.get(`${category}\u0000${key}`);
  }

  /** @param {string} category @param {string} key @param {string} value */
  setOption(category, key, value) {
    const option = { category, key, value };
    this.options.set(`${category}\u0000${key}`, option);
    this.changed();
    return option;
  }

  /** @param {string} category @param {string} key */
  deleteOption(category, key) {
    const existed = this.options.delete(`${category}\u0000${key}`);
    if (existed) this.changed();
    return existed;
  }

  /** The effective policy; OPTIONAL when the option is unset or invalid (as clients assume). */
  /** @returns {SecurityTokenPolicy} */
  tokenPolicy() {
    const value = this.getOption('device-registration', 'security-token.policy')?.value;
    return value === 'IGNORED' || value === 'REQUIRED' ? value : 'OPTIONAL';
  }

  // ---- tenants ---------------------------------------------------------------------------

  /** Tenant ids a request may be registered for. */
  knownTenantIds() {
    const ids = [this.config.tenantId];
    if (this.config.management) ids.push(...this.config.subtenants.map((t) => t.id));
    return ids;
  }

  // ---- inventory -------------------------------------------------------------------------

  /**
   * @param {Partial<ManagedObject>} fields
   * @param {string} owner
   * @returns {ManagedObject}
   */
  createManagedObject(fields, owner) {
    const now = new Date().toISOString();
    const id = String(this.nextMoId++);
    /** @type {ManagedObject} */
    const mo = { ...fields, id, name: fields.name ?? '', creationTime: now, lastUpdated: now, owner, childAssets: [] };
    this.index(mo);
    this.changed();
    return mo;
  }

  /** Adds a managed object to the maps and indexes. @param {ManagedObject} mo @param {string} [parentId] */
  index(mo, parentId) {
    this.managedObjects.set(mo.id, mo);
    if (mo.c8y_IsDevice !== undefined) this.devices++;
    if (mo.c8y_IsDeviceGroup !== undefined && mo.type !== 'c8y_DeviceSubgroup') {
      this.groupIndex.set(`\u0000${mo.name}`, mo.id);
    }
    if (parentId !== undefined && mo.c8y_IsDeviceGroup !== undefined) this.groupIndex.set(`${parentId}\u0000${mo.name}`, mo.id);
  }

  groups() {
    return [...new Set(this.groupIndex.values())].map((id) => /** @type {ManagedObject} */ (this.managedObjects.get(id)));
  }

  /** @param {string} id */
  isGroup(id) {
    return this.managedObjects.get(id)?.c8y_IsDeviceGroup !== undefined;
  }

  /**
   * Finds or creates each group of `A/B/C` (names trimmed), returning the last one's id.
   * @param {string} path
   * @param {string} owner
   * @returns {string | undefined}
   */
  ensureGroupPath(path, owner) {
    const names = path.split('/').map((s) => s.trim()).filter(Boolean);
    /** @type {ManagedObject | undefined} */
    let parent;
    for (const name of names) {
      const key = `${parent?.id ?? ''}\u0000${name}`;
      const existing = this.groupIndex.get(key);
      let group = existing === undefined ? undefined : this.managedObjects.get(existing);
      if (!group) {
        group = this.createManagedObject(
          { name, type: parent ? 'c8y_DeviceSubgroup' : 'c8y_DeviceGroup', c8y_IsDeviceGroup: {} },
          owner,
        );
        if (parent) {
          parent.childAssets.push(group.id);
          this.groupIndex.set(key, group.id);
        }
      }
      parent = group;
    }
    return parent?.id;
  }

  /** @param {string} type @param {string} externalId */
  findExternalId(type, externalId) {
    return this.externalIds.get(`${type}\u0000${externalId}`);
  }

  /** @param {string} type @param {string} externalId @param {string} moId */
  addExternalId(type, externalId, moId) {
    const record = { type, externalId, moId };
    this.externalIds.set(`${type}\u0000${externalId}`, record);
    this.changed();
    return record;
  }

  /** Number of devices (managed objects marked c8y_IsDevice). */
  deviceCount() {
    return this.devices;
  }

  limitReached() {
    return this.config.deviceLimit !== null && this.deviceCount() >= this.config.deviceLimit;
  }

  /**
   * Creates a device, its external id(s) and its device user.
   * @param {{externalId: string, idType?: string, name?: string, type?: string, tenantId: string,
   *   password?: string, authType?: string, groupId?: string, owner: string, fragments?: Record<string, unknown>,
   *   extraExternalIds?: {type: string, externalId: string}[]}} spec
   * @returns {{mo: ManagedObject, user: DeviceUser}}
   */
  createDevice(spec) {
    const mo = this.createManagedObject(
      {
        ...(spec.fragments ?? {}),
        name: spec.name || `device_${spec.externalId}`,
        type: spec.type || 'c8y_Device',
        c8y_IsDevice: {},
        tenantId: spec.tenantId,
      },
      `device_${spec.externalId}`,
    );
    this.addExternalId(spec.idType || 'c8y_Serial', spec.externalId, mo.id);
    for (const extra of spec.extraExternalIds ?? []) this.addExternalId(extra.type, extra.externalId, mo.id);
    if (spec.groupId && this.isGroup(spec.groupId)) this.managedObjects.get(spec.groupId)?.childAssets.push(mo.id);
    /** @type {DeviceUser} */
    const user = {
      username: `device_${spec.externalId}`,
      password: spec.password ?? generatePassword(),
      tenantId: spec.tenantId,
      moId: mo.id,
      authType: spec.authType ?? 'BASIC',
    };
    this.deviceUsers.set(`${user.tenantId}/${user.username}`, user);
    this.changed();
    return { mo, user };
  }

  /**
   * Sets new credentials for an existing device's user (bulk CREDENTIAL_UPDATED).
   * @param {string} moId @param {string | undefined} password @param {string} authType
   */
  updateDeviceCredentials(moId, password, authType) {
    for (const user of this.deviceUsers.values()) {
      if (user.moId === moId) {
        if (password) user.password = password;
        user.authType = authType;
        this.changed();
        return user;
      }
    }
    return undefined;
  }

  // ---- persistence -----------------------------------------------------------------------

  /** Marks the state dirty; the data file is written after `saveDelayMs` without changes. */
  changed() {
    if (!this.config.dataFile || this.closed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flush(), this.config.saveDelayMs);
    this.saveTimer.unref?.();
  }

  /** Writes the data file now (atomically: temp file + rename). */
  flush() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const file = this.config.dataFile;
    if (!file) return;
    try {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.toJSON()));
      renameSync(tmp, file);
    } catch (error) {
      this.log(`could not save ${file}: ${/** @type {Error} */ (error).message}`);
    }
  }

  toJSON() {
    return {
      version: DATA_VERSION,
      tenantId: this.config.tenantId,
      nextMoId: this.nextMoId,
      requests: [...this.requests.values()],
      managedObjects: [...this.managedObjects.values()],
      externalIds: [...this.externalIds.values()],
      deviceUsers: [...this.deviceUsers.values()],
      options: [...this.options.values()],
    };
  }

  /** @param {string} file */
  load(file) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (!data || data.version !== DATA_VERSION) throw new Error(`${file}: unsupported data file version`);
    this.nextMoId = Number(data.nextMoId) || 10001;
    for (const r of data.requests ?? []) this.requests.set(r.id, r);
    /** @type {ManagedObject[]} */
    const objects = data.managedObjects ?? [];
    /** @type {Map<string, string>} */
    const parents = new Map();
    for (const mo of objects) for (const child of mo.childAssets ?? []) parents.set(child, mo.id);
    for (const mo of objects) this.index(mo, parents.get(mo.id));
    for (const e of data.externalIds ?? []) this.externalIds.set(`${e.type}\u0000${e.externalId}`, e);
    for (const u of data.deviceUsers ?? []) this.deviceUsers.set(`${u.tenantId}/${u.username}`, u);
    for (const o of data.options ?? []) this.options.set(`${o.category}\u0000${o.key}`, o);
    this.log(`loaded ${this.requests.size} requests and ${this.managedObjects.size} managed objects from ${file}`);
  }

  /** Flushes pending writes; the store accepts no more saves afterwards. */
  close() {
    if (this.saveTimer) this.flush();
    this.closed = true;
  }

  /** Debug dump without secrets (control API `GET /__emulator/state`). */
  debugDump() {
    return {
      tenantId: this.config.tenantId,
      management: this.config.management,
      securityTokenPolicy: this.tokenPolicy(),
      deviceLimit: this.config.deviceLimit,
      requests: [...this.requests.values()].map(({ deviceToken, acceptedToken, ...r }) => ({
        ...r,
        hasDeviceToken: deviceToken !== undefined,
        hasAcceptedToken: acceptedToken !== undefined,
      })),
      devices: [...this.managedObjects.values()].filter((mo) => mo.c8y_IsDevice !== undefined).slice(0, 1000),
      groups: this.groups(),
      externalIds: [...this.externalIds.values()],
      deviceUsers: [...this.deviceUsers.values()].map((u) => ({
        username: u.username,
        tenantId: u.tenantId,
        moId: u.moId,
        authType: u.authType,
      })),
      options: [...this.options.values()],
    };
  }
}
