/**
 * The group lookups of `CumulocityAdapter`: the single wizard's group search and the group names
 * the table shows. Loaded with the first of them (not with the writes: a list with groups asks for
 * names as soon as it shows).
 */
import type { CallOptions, DeviceGroup } from '../registration-adapter.js';
import type { AdapterHost } from './host.js';
import { isRecord, optionalString } from './values.js';

export async function searchGroups(host: AdapterHost, text: string, options?: CallOptions): Promise<DeviceGroup[]> {
  const { body } = await host.http.request({
    path: '/inventory/managedObjects',
    query: { fragmentType: 'c8y_IsDeviceGroup', text: text.trim() || undefined, pageSize: 25 },
    signal: options?.signal,
  });
  return groups(body);
}

/** The groups of these IDs (any managed object, in fact: a request's `groupId` names one). */
export async function getGroups(host: AdapterHost, ids: readonly string[], options?: CallOptions): Promise<DeviceGroup[]> {
  if (ids.length === 0) return [];
  const { body } = await host.http.request({
    path: '/inventory/managedObjects',
    query: { ids: ids.join(','), pageSize: ids.length, withChildren: false },
    signal: options?.signal,
  });
  return groups(body);
}

/** The `{id, name}` of each managed object in a collection (the ID where it has no name). */
function groups(body: unknown): DeviceGroup[] {
  const objects = isRecord(body) && Array.isArray(body.managedObjects) ? (body.managedObjects as unknown[]) : [];
  return objects.filter(isRecord).flatMap((mo) => {
    const id = optionalString(mo.id);
    if (id === undefined) return [];
    return [{ id, name: optionalString(mo.name) ?? id }];
  });
}
