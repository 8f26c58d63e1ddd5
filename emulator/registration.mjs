// @ts-check
/**
 * The registration domain: creating requests, accepting them (with the security token rules),
 * "accept all", and the device's bootstrap call that turns an accepted request into a device.
 */
import { HttpError, conflict, notFound, unprocessable } from './errors.mjs';

/** Cumulocity accepts device identifiers of up to 1000 characters. */
export const MAX_ID_LENGTH = 1000;

export const STATUS = /** @type {const} */ ({
  WAITING: 'WAITING_FOR_CONNECTION',
  PENDING: 'PENDING_ACCEPTANCE',
  ACCEPTED: 'ACCEPTED',
  BLOCKED: 'BLOCKED',
});

/**
 * @typedef {import('./state.mjs').Store} Store
 * @typedef {import('./state.mjs').RequestRecord} RequestRecord
 */

/**
 * Validates an external id (request id) from a body or a CSV cell.
 * @param {unknown} value
 * @param {string} [field]
 * @returns {string}
 */
export function validateExternalId(value, field = 'id') {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (value === undefined || value === null || value === '') throw unprocessable(`${field}: may not be empty`, 'devicecontrol');
  if (typeof value !== 'string') throw unprocessable(`${field}: must be a string`, 'devicecontrol');
  if (value.trim() === '') throw unprocessable(`${field}: may not be blank`, 'devicecontrol');
  if (value.length > MAX_ID_LENGTH) {
    throw unprocessable(`${field}: must not be longer than ${MAX_ID_LENGTH} characters`, 'devicecontrol');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw unprocessable(`${field}: must not contain control characters`, 'devicecontrol');
  return value;
}

/**
 * @param {unknown} value
 * @param {string} field
 * @returns {string | undefined}
 */
function optionalString(value, field) {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw unprocessable(`${field}: must be a string`, 'devicecontrol');
  if (value.length > MAX_ID_LENGTH) throw unprocessable(`${field}: must not be longer than ${MAX_ID_LENGTH} characters`, 'devicecontrol');
  return value;
}

/** @param {string} base @param {string} id */
export const requestSelf = (base, id) => `${base}/devicecontrol/newDeviceRequests/${encodeURIComponent(id)}`;

/**
 * The public representation (no tokens, no counters).
 * @param {string} base
 * @param {RequestRecord} r
 */
export function presentRequest(base, r) {
  /** @type {Record<string, unknown>} */
  const out = {
    id: r.id,
    status: r.status,
    creationTime: r.creationTime,
    tenantId: r.tenantId,
    owner: r.owner,
    self: requestSelf(base, r.id),
  };
  if (r.groupId !== undefined) out.groupId = r.groupId;
  if (r.type !== undefined) out.type = r.type;
  return out;
}

/** @param {Store} store */
function limitError(store) {
  return new HttpError(
    422,
    'devicecontrol/deviceLimitReached',
    `Device limit reached: the tenant may have at most ${store.config.deviceLimit} devices`,
  );
}

/**
 * @param {Store} store
 * @param {Record<string, unknown>} body `{id, groupId?, tenantId?, type?}`
 * @param {string} owner
 * @returns {RequestRecord}
 */
export function createRequest(store, body, owner) {
  const id = validateExternalId(body.id);
  const groupId = optionalString(body.groupId, 'groupId');
  const tenantId = optionalString(body.tenantId, 'tenantId') ?? store.config.tenantId;
  const type = optionalString(body.type, 'type');
  if (groupId !== undefined && !store.isGroup(groupId)) {
    throw unprocessable(`groupId: device group '${groupId}' does not exist`, 'devicecontrol');
  }
  if (!store.knownTenantIds().includes(tenantId)) {
    throw unprocessable(`tenantId: tenant '${tenantId}' does not exist or is not a subtenant`, 'devicecontrol');
  }
  if (store.requests.has(id)) throw conflict(`A device registration request with id '${id}' already exists`);
  if (store.findExternalId('c8y_Serial', id)) throw conflict(`A device with external id '${id}' is already registered`);
  if (store.limitReached()) throw limitError(store);
  /** @type {RequestRecord} */
  const record = {
    id,
    status: STATUS.WAITING,
    creationTime: new Date().toISOString(),
    tenantId,
    owner,
    tokenAttempts: 0,
  };
  if (groupId !== undefined) record.groupId = groupId;
  if (type !== undefined) record.type = type;
  store.requests.set(id, record);
  store.changed();
  return record;
}

/** @param {Store} store @param {string} id */
export function getRequest(store, id) {
  const r = store.requests.get(id);
  if (!r) throw notFound(`Could not find a device registration request with id '${id}'`, 'devicecontrol');
  return r;
}

/**
 * Counts a failed token attempt; blocks the request at the configured maximum.
 * @param {Store} store @param {RequestRecord} r
 * @returns {boolean} whether the request is now blocked
 */
function failAttempt(store, r) {
  r.tokenAttempts = (r.tokenAttempts ?? 0) + 1;
  if (r.tokenAttempts >= store.config.maxTokenAttempts) r.status = STATUS.BLOCKED;
  store.changed();
  return r.status === STATUS.BLOCKED;
}

/** @param {string} id */
const blockedError = (id) =>
  new HttpError(422, 'devicecontrol/blocked', `The request for '${id}' is BLOCKED; delete it and register the device again`);

/**
 * `PUT /devicecontrol/newDeviceRequests/{id}` with `{status: 'ACCEPTED', securityToken?}`.
 * @param {Store} store
 * @param {string} id
 * @param {Record<string, unknown>} body
 */
export function updateRequest(store, id, body) {
  const r = getRequest(store, id);
  if (body.status === undefined) throw unprocessable('status: may not be empty', 'devicecontrol');
  if (body.status !== STATUS.ACCEPTED) {
    throw unprocessable(`status: only ACCEPTED can be set, got '${String(body.status).slice(0, 50)}'`, 'devicecontrol');
  }
  const token = optionalString(body.securityToken, 'securityToken');
  if (r.status === STATUS.ACCEPTED) return r;
  if (r.status === STATUS.BLOCKED) throw blockedError(id);
  if (r.status !== STATUS.PENDING) {
    throw unprocessable(
      `Cannot accept the request for '${id}' in status ${r.status}: the device has not connected yet`,
      'devicecontrol',
    );
  }
  const policy = store.tokenPolicy();
  if (policy !== 'IGNORED') {
    if (policy === 'REQUIRED' && token === undefined) {
      throw new HttpError(422, 'devicecontrol/securityTokenRequired', 'A security token is required to accept this device (token missing)');
    }
    if (r.deviceToken !== undefined && token !== r.deviceToken) {
      const attempts = store.config.maxTokenAttempts;
      if (failAttempt(store, r)) {
        throw new HttpError(
          422,
          'devicecontrol/securityTokenMismatch',
          `The security token does not match; after ${attempts} failed attempts the request is now BLOCKED`,
        );
      }
      throw new HttpError(
        422,
        'devicecontrol/securityTokenMismatch',
        `The security token does not match (failed attempt ${r.tokenAttempts} of ${attempts})`,
      );
    }
    if (token !== undefined) r.acceptedToken = token;
  }
  r.status = STATUS.ACCEPTED;
  store.changed();
  return r;
}

/**
 * `POST /devicecontrol/newDeviceRequests/acceptAll`: accepts pending requests that need no token.
 * @param {Store} store
 * @returns {{id: string, successful: boolean, error?: string}[]}
 */
export function acceptAll(store) {
  const policy = store.tokenPolicy();
  /** @type {{id: string, successful: boolean, error?: string}[]} */
  const outcomes = [];
  for (const r of store.requests.values()) {
    if (r.status !== STATUS.PENDING) continue;
    if (policy === 'REQUIRED' || (policy === 'OPTIONAL' && r.deviceToken !== undefined)) {
      outcomes.push({ id: r.id, successful: false, error: 'A security token is required; accept this request individually' });
      continue;
    }
    r.status = STATUS.ACCEPTED;
    outcomes.push({ id: r.id, successful: true });
  }
  if (outcomes.some((o) => o.successful)) store.changed();
  return outcomes;
}

/**
 * The device's call `POST /devicecontrol/deviceCredentials` `{id, securityToken?}`.
 * Returns the new device user's credentials once the request is accepted, else throws
 * 404 (not accepted yet) or 422 (blocked).
 * @param {Store} store
 * @param {Record<string, unknown>} body
 * @returns {{id: string, tenantId: string, username: string, password: string}}
 */
export function deviceCallsIn(store, body) {
  const id = validateExternalId(body.id);
  const token = optionalString(body.securityToken, 'securityToken');
  const r = store.requests.get(id);
  if (!r) throw notFound(`There is no device registration request for '${id}'`, 'devicecontrol');
  const policy = store.tokenPolicy();
  const notYet = () => notFound(`The device registration request for '${id}' has not been accepted yet`, 'devicecontrol');

  if (r.status === STATUS.BLOCKED) throw blockedError(id);
  if (r.status === STATUS.WAITING || r.status === STATUS.PENDING) {
    if (policy === 'REQUIRED' && token === undefined) {
      r.status = STATUS.BLOCKED;
      store.changed();
      throw new HttpError(
        422,
        'devicecontrol/blocked',
        `A security token is required; the request for '${id}' is now BLOCKED`,
      );
    }
    if (r.status === STATUS.WAITING) {
      r.status = STATUS.PENDING;
      if (token !== undefined && policy !== 'IGNORED') r.deviceToken = token;
      store.changed();
      throw notYet();
    }
    if (policy !== 'IGNORED' && token !== undefined) {
      if (r.deviceToken === undefined) {
        r.deviceToken = token;
        store.changed();
      } else if (token !== r.deviceToken && failAttempt(store, r)) {
        throw blockedError(id);
      }
    }
    throw notYet();
  }
  if (r.status !== STATUS.ACCEPTED) throw notYet();

  const expected = policy === 'IGNORED' ? undefined : (r.acceptedToken ?? r.deviceToken);
  if (expected !== undefined && token !== expected) {
    if (failAttempt(store, r)) throw blockedError(id);
    throw new HttpError(
      422,
      'devicecontrol/securityTokenMismatch',
      `The security token does not match (failed attempt ${r.tokenAttempts} of ${store.config.maxTokenAttempts})`,
    );
  }
  if (store.limitReached()) throw limitError(store);
  const { user } = store.createDevice({
    externalId: id,
    tenantId: r.tenantId,
    type: r.type,
    groupId: r.groupId,
    owner: r.owner,
  });
  store.requests.delete(id);
  store.changed();
  return { id, tenantId: user.tenantId, username: user.username, password: user.password };
}
