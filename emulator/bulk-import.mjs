// @ts-check
/**
 * Bulk registration from CSV (SPEC 2.4). The simple format (`ID;PATH`) creates requests and
 * missing groups; the full format (has CREDENTIALS or AUTH_TYPE) creates devices with
 * credentials, or updates the credentials of existing ones. The answer has Cumulocity's shape.
 */
import { decodeCsv, parseCsv } from './csv.mjs';
import { HttpError, unprocessable } from './errors.mjs';
import { createRequest, validateExternalId } from './registration.mjs';

/**
 * @typedef {object} BulkResult
 * @property {number} numberOfAll
 * @property {number} numberOfCreated
 * @property {number} numberOfFailed
 * @property {number} numberOfSuccessful
 * @property {{bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: string}[]} credentialUpdatedList
 * @property {{bulkNewDeviceStatus: 'FAILED', deviceId?: string, failureReason: string, line: string}[]} failedCreationList
 */

const FULL_COLUMNS = new Set(['ID', 'CREDENTIALS', 'AUTH_TYPE', 'TENANT', 'TYPE', 'NAME', 'ICCID', 'IDTYPE', 'PATH', 'SHELL', 'ENROLLMENT_OTP']);
const PASSWORD_RE = /^[A-Za-z0-9`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]{8,32}$/;

/** Thrown per line; becomes an entry of failedCreationList. */
class LineError extends Error {}

/**
 * @param {Record<string, unknown>} target
 * @param {string} dottedKey
 * @param {string} value
 */
function setNested(target, dottedKey, value) {
  const parts = dottedKey.split('.').filter(Boolean);
  if (parts.length === 0 || parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) return;
  /** @type {Record<string, unknown>} */
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!next || typeof next !== 'object') node[part] = {};
    node = /** @type {Record<string, unknown>} */ (node[part]);
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * @param {import('./state.mjs').Store} store
 * @param {Buffer} data the uploaded file
 * @param {string} owner
 * @param {{defaultType?: string, checkRow?: (row: Record<string, string>) => string[]}} [options]
 *   `checkRow`: a microservice's own rules for a row (its columns by upper-case name); the
 *   problems it names fail the row
 * @returns {BulkResult}
 */
export function importCsv(store, data, owner, options = {}) {
  const { text } = decodeCsv(data);
  if (text.trim() === '') throw unprocessable('The CSV file is empty', 'devicecontrol');

  /** @type {BulkResult} */
  const result = {
    numberOfAll: 0,
    numberOfCreated: 0,
    numberOfFailed: 0,
    numberOfSuccessful: 0,
    credentialUpdatedList: [],
    failedCreationList: [],
  };
  /** @type {string[]} */
  let header = [];
  /** @type {string[]} */
  let upper = [];
  let full = false;
  const tenantIds = store.knownTenantIds();

  /** @param {string[]} cells @param {string} raw */
  const handleRow = (cells, raw) => {
    result.numberOfAll++;
    /** @type {string | undefined} */
    let deviceId;
    try {
      if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
        throw new LineError(`The line has ${cells.length} columns, the header has ${header.length}`);
      }
      if (cells.length < header.length) {
        throw new LineError(`The line has ${cells.length} columns, the header has ${header.length}`);
      }
      /** @type {Record<string, string>} */
      const row = {};
      upper.forEach((name, i) => {
        row[name] = (cells[i] ?? '').trim();
      });
      const id = row.ID;
      if (!id) throw new LineError('ID is missing');
      try {
        validateExternalId(id, 'ID');
      } catch (error) {
        throw new LineError(/** @type {Error} */ (error).message);
      }
      deviceId = id;
      const problems = options.checkRow?.(row) ?? [];
      if (problems.length) throw new LineError(problems.join('; '));
      const tenant = row.TENANT || undefined;
      if (tenant !== undefined && !tenantIds.includes(tenant)) {
        throw new LineError(
          store.config.management ? `Tenant '${tenant}' does not exist` : 'The TENANT column can only be used in a management tenant',
        );
      }
      if (full) importFullRow(row, cells, id, tenant);
      else importSimpleRow(row, id, tenant);
      result.numberOfSuccessful++;
    } catch (error) {
      const reason =
        error instanceof LineError || error instanceof HttpError ? error.message : `Unexpected error: ${String(error)}`;
      result.numberOfFailed++;
      /** @type {BulkResult['failedCreationList'][number]} */
      const failure = { bulkNewDeviceStatus: 'FAILED', failureReason: reason, line: raw };
      if (deviceId !== undefined) failure.deviceId = deviceId;
      result.failedCreationList.push(failure);
    }
  };

  /** @param {Record<string, string>} row @param {string} id @param {string | undefined} tenant */
  const importSimpleRow = (row, id, tenant) => {
    if (store.limitReached()) throw new LineError('Device limit reached');
    const groupId = row.PATH ? store.ensureGroupPath(row.PATH, owner) : undefined;
    createRequest(store, { id, groupId, tenantId: tenant, type: row.TYPE || options.defaultType }, owner);
    result.numberOfCreated++;
  };

  /**
   * @param {Record<string, string>} row @param {string[]} cells @param {string} id @param {string | undefined} tenant
   */
  const importFullRow = (row, cells, id, tenant) => {
    const authType = (row.AUTH_TYPE || 'BASIC').toUpperCase();
    if (authType !== 'BASIC' && authType !== 'CERTIFICATES') {
      throw new LineError(`AUTH_TYPE must be BASIC or CERTIFICATES, got '${row.AUTH_TYPE}'`);
    }
    const password = row.CREDENTIALS || undefined;
    if (authType === 'BASIC') {
      if (!password) throw new LineError('CREDENTIALS is missing');
      if (!PASSWORD_RE.test(password)) {
        throw new LineError('CREDENTIALS must have 8 to 32 characters: letters, digits or common symbols');
      }
    }
    const needsTypeAndName = ['ICCID', 'IDTYPE', 'PATH', 'SHELL'].filter((c) => row[c]);
    if (needsTypeAndName.length > 0 && (!row.TYPE || !row.NAME)) {
      throw new LineError(`TYPE and NAME are required when ${needsTypeAndName.join(', ')} is given`);
    }
    if (row.SHELL && row.SHELL !== '0' && row.SHELL !== '1') throw new LineError(`SHELL must be 0 or 1, got '${row.SHELL}'`);
    if (row.IDTYPE && row.IDTYPE.length > 255) throw new LineError('IDTYPE is too long');
    const idType = row.IDTYPE || 'c8y_Serial';

    const existing = store.findExternalId(idType, id);
    if (existing) {
      store.updateDeviceCredentials(existing.moId, password, authType);
      result.credentialUpdatedList.push({ bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: id });
      return;
    }
    if (store.limitReached()) throw new LineError('Device limit reached');

    /** @type {Record<string, unknown>} */
    const fragments = {};
    /** @type {{type: string, externalId: string}[]} */
    const extraExternalIds = [];
    header.forEach((name, i) => {
      const key = name.trim();
      const value = (cells[i] ?? '').trim();
      if (!key || value === '' || FULL_COLUMNS.has(key.toUpperCase())) return;
      if (/^external-/i.test(key)) {
        const type = key.slice('external-'.length);
        if (type && !store.findExternalId(type, value)) extraExternalIds.push({ type, externalId: value });
        return;
      }
      setNested(fragments, key, value);
    });
    if (row.ICCID) fragments.c8y_Mobile = { iccid: row.ICCID };
    if (row.SHELL === '1') {
      fragments.com_cumulocity_model_Agent = {};
      fragments.c8y_SupportedOperations = ['c8y_Command'];
    }
    const groupId = row.PATH ? store.ensureGroupPath(row.PATH, owner) : undefined;
    store.createDevice({
      externalId: id,
      idType,
      name: row.NAME || undefined,
      type: row.TYPE || options.defaultType,
      tenantId: tenant ?? store.config.tenantId,
      password: authType === 'BASIC' ? password : undefined,
      authType,
      groupId,
      owner,
      fragments,
      extraExternalIds,
    });
    // a device created directly no longer needs its registration request
    if (store.requests.delete(id)) store.changed();
    result.numberOfCreated++;
  };

  parseCsv(text, {
    onHeader(cells) {
      header = cells.map((c) => c.trim());
      upper = header.map((c) => c.toUpperCase());
      if (!upper.includes('ID')) throw unprocessable('The CSV header has no ID column', 'devicecontrol');
      full = upper.includes('CREDENTIALS') || upper.includes('AUTH_TYPE');
    },
    onRow: handleRow,
  });
  return result;
}
