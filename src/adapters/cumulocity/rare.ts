/**
 * The parts of `CumulocityAdapter` that only run after a user action or in a management tenant
 * (accept all, bulk upload, group search, tenants): loaded on first use.
 */
import type { AcceptAllOutcome, BulkResult, DeviceGroup, Tenant } from '../registration-adapter.js';
import type { HttpClient } from './http.js';
import { isMissing, isRecord, optionalString, unexpected } from './values.js';

export function acceptAllOutcomes(body: unknown): AcceptAllOutcome[] {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.newDeviceRequests) ? body.newDeviceRequests : [];
  return (list as unknown[]).filter(isRecord).map((item): AcceptAllOutcome => {
    const outcome: AcceptAllOutcome = {
      id: optionalString(item.id) ?? '',
      successful: item.successful === true || (item.successful === undefined && item.status === 'ACCEPTED'),
    };
    const error = optionalString(item.error) ?? optionalString(item.message);
    if (error !== undefined) outcome.error = error;
    return outcome;
  });
}

export function bulkResult(body: unknown): BulkResult {
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

export function groups(body: unknown): DeviceGroup[] {
  const objects = isRecord(body) && Array.isArray(body.managedObjects) ? (body.managedObjects as unknown[]) : [];
  return objects.filter(isRecord).flatMap((mo) => {
    const id = optionalString(mo.id);
    if (id === undefined) return [];
    return [{ id, name: optionalString(mo.name) ?? id }];
  });
}

export async function listTenants(http: HttpClient, maxPageSize: number, signal?: AbortSignal): Promise<Tenant[]> {
  const { body: current } = await http.request({ path: '/tenant/currentTenant', signal });
  const currentId = isRecord(current) ? (optionalString(current.name) ?? optionalString(current.id)) : undefined;
  if (!currentId || !isRecord(current)) throw unexpected('the current tenant');
  const isManagement = currentId === 'management';
  if (!isManagement && current.allowCreateTenants === false) return [];
  let subtenants: Tenant[] = [];
  try {
    const { body } = await http.request({ path: '/tenant/tenants', query: { pageSize: maxPageSize }, signal });
    const tenants = isRecord(body) && Array.isArray(body.tenants) ? (body.tenants as unknown[]) : [];
    subtenants = tenants.filter(isRecord).flatMap((t) => {
      const id = optionalString(t.id);
      if (!id || id === currentId) return [];
      const name = optionalString(t.company) ?? optionalString(t.name) ?? optionalString(t.domain);
      return [name ? { id, name } : { id }];
    });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  if (!isManagement && subtenants.length === 0) return [];
  const own: Tenant = { id: currentId, current: true };
  const ownName = optionalString(current.companyName) ?? optionalString(current.domainName);
  if (ownName) own.name = ownName;
  return [own, ...subtenants];
}
