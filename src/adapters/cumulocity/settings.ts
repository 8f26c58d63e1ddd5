/**
 * What the registration page reads about the tenant and the user when it opens: permissions,
 * token policy, device limit and (in a management tenant) the tenants. Loaded with the first of
 * these calls; the list's first page already waits for the tenants, so loading the others with
 * them costs the page no time.
 */
import {
  DEFAULT_SECURITY_TOKEN_POLICY,
  isSecurityTokenPolicy,
  type CallOptions,
  type DeviceLimit,
  type Permissions,
  type SecurityTokenPolicy,
  type Tenant,
} from '../registration-adapter.js';
import type { AdapterHost } from './host.js';
import { RegistrationError } from '../registration-error.js';
import { MAX_PAGE_SIZE, isRecord, optionalString, unexpected } from './values.js';

const ROLE_READ = 'ROLE_DEVICE_CONTROL_READ';
const ROLE_ADMIN = 'ROLE_DEVICE_CONTROL_ADMIN';

/** Forbidden or not found: an answer some optional reads treat as "none". */
function isMissing(error: unknown): boolean {
  return error instanceof RegistrationError && (error.code === 'forbidden' || error.code === 'not-found');
}

/** Reads `path`, whose answer must be an object (else it fails as `unexpected(what)`). */
async function readRecord(host: AdapterHost, path: string, what: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
  const { body } = await host.http.request({ path, signal });
  if (!isRecord(body)) throw unexpected(what);
  return body;
}

export async function getLimit(host: AdapterHost, options?: CallOptions): Promise<DeviceLimit> {
  const body = await readRecord(host, '/devicecontrol/newDeviceRequests/limit', 'the device limit', options?.signal);
  const limit: DeviceLimit = { isReached: body.isReached === true };
  if (typeof body.limit === 'number') limit.limit = body.limit;
  return limit;
}

export async function getSecurityTokenPolicy(host: AdapterHost, options?: CallOptions): Promise<SecurityTokenPolicy> {
  try {
    const { body } = await host.http.request({
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

/** The signed-in user (`/user/currentUser`). */
export function currentUser(host: AdapterHost, signal?: AbortSignal): Promise<Record<string, unknown>> {
  return readRecord(host, '/user/currentUser', 'the current user', signal);
}

export async function getPermissions(host: AdapterHost, options?: CallOptions): Promise<Permissions> {
  const roles = roleIds(await currentUser(host, options?.signal));
  const admin = roles.has(ROLE_ADMIN);
  return { read: admin || roles.has(ROLE_READ), admin };
}

function roleIds(user: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const add = (role: unknown) => {
    const id = isRecord(role) ? (optionalString(role.id) ?? optionalString(role.name)) : role;
    if (typeof id === 'string') ids.add(id);
  };
  if (Array.isArray(user.effectiveRoles)) (user.effectiveRoles as unknown[]).forEach(add);
  // older answers: roles.references[].role and groups.references[].group.roles.references[].role
  const refs = (value: unknown, key: string): unknown[] =>
    isRecord(value) && Array.isArray(value.references) ? (value.references as unknown[]).map((ref) => isRecord(ref) && ref[key]) : [];
  refs(user.roles, 'role').forEach(add);
  for (const group of refs(user.groups, 'group')) if (isRecord(group)) refs(group.roles, 'role').forEach(add);
  return ids;
}

/** The tenants one may register for: none in a plain tenant, the current one first in a management tenant. */
export async function listTenants(host: AdapterHost, options?: CallOptions): Promise<Tenant[]> {
  const signal = options?.signal;
  const current = await readRecord(host, '/tenant/currentTenant', 'the current tenant', signal);
  const currentId = optionalString(current.name) ?? optionalString(current.id);
  if (!currentId) throw unexpected('the current tenant');
  const isManagement = currentId === 'management';
  if (!isManagement && current.allowCreateTenants === false) return [];
  let subtenants: Tenant[] = [];
  try {
    const { body } = await host.http.request({ path: '/tenant/tenants', query: { pageSize: MAX_PAGE_SIZE }, signal });
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
