import type { BulkResult } from '../registration-adapter.js';
import type { BulkCsv } from './bulk-csv.js';
import type { BulkRowRules } from './types.js';

/** What the bulk upload needs from the adapter's state. */
export interface BulkStore {
  /** The current tenant. */
  readonly tenantId: string;
  isKnownTenant(tenantId: string): boolean;
  hasRequest(id: string): boolean;
  hasDevice(id: string): boolean;
  limitReached(): boolean;
  addRequest(init: { id: string; tenantId: string; groupId?: string; type?: string }): void;
  /** Removes the registration request (a device created directly no longer needs it). */
  removeRequest(id: string): void;
  /** Creates the device, or updates its credentials. */
  putDevice(id: string, tenantId: string, password: string): void;
  /** Finds or creates the groups of a path `A/B/C`; returns the leaf group's ID. */
  groupForPath(path: string): string;
}

/**
 * Plays the server side of `POST /devicecontrol/bulkNewDeviceRequests` (SPEC 2.4): the simple
 * format creates registration requests, the full format creates devices with credentials (or
 * updates a known device's; only those are listed in `credentialUpdatedList`). `rules`: a
 * microservice's own, when its bulk imports the file (`MemoryExtension.bulkRows`).
 */
export function applyBulkCsv(csv: BulkCsv, store: BulkStore, rules: BulkRowRules = {}): BulkResult {
  const result: BulkResult = {
    numberOfAll: csv.rows.length,
    numberOfCreated: 0,
    numberOfFailed: 0,
    numberOfSuccessful: 0,
    credentialUpdatedList: [],
    failedCreationList: [],
  };
  for (const row of csv.rows) {
    const id = row.values.get('ID') ?? '';
    const failure = (failureReason: string) => {
      result.failedCreationList.push({ bulkNewDeviceStatus: 'FAILED', deviceId: id || undefined, failureReason, line: row.line });
    };
    if (!id) {
      failure('Missing device ID.');
      continue;
    }
    const problems = rules.checkRow?.(Object.fromEntries(row.values)) ?? [];
    if (problems.length) {
      failure(problems.join('; '));
      continue;
    }
    const tenantId = row.values.get('TENANT') || store.tenantId;
    if (!store.isKnownTenant(tenantId)) {
      failure(`Unknown tenant ${tenantId}.`);
      continue;
    }
    if (csv.format === 'full') {
      const auth = (row.values.get('AUTH_TYPE') || 'BASIC').toUpperCase();
      const password = row.values.get('CREDENTIALS') ?? '';
      if (auth !== 'BASIC' && auth !== 'CERTIFICATES') failure(`Unknown AUTH_TYPE ${auth}.`);
      else if (auth === 'BASIC' && !password) failure('Missing credentials.');
      else if (store.hasDevice(id)) {
        store.putDevice(id, tenantId, password);
        result.credentialUpdatedList.push({ bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: id });
        result.numberOfSuccessful++;
      } else if (store.limitReached()) failure('The device limit is reached.');
      else {
        store.putDevice(id, tenantId, password);
        if (store.hasRequest(id)) store.removeRequest(id);
        result.numberOfCreated++;
        result.numberOfSuccessful++;
      }
      continue;
    }
    if (store.hasRequest(id) || store.hasDevice(id)) failure(`Device with id ${id} is already registered.`);
    else if (store.limitReached()) failure('The device limit is reached.');
    else {
      const path = row.values.get('PATH');
      const type = row.values.get('TYPE') || rules.defaultType;
      store.addRequest({ id, tenantId, groupId: path ? store.groupForPath(path) : undefined, type });
      result.numberOfCreated++;
      result.numberOfSuccessful++;
    }
  }
  result.numberOfFailed = result.failedCreationList.length;
  return result;
}
