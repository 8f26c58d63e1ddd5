/**
 * The calls of `CumulocityAdapter` that follow a user action: reading one request, creating,
 * accepting and removing requests, accept all and bulk upload. Loaded on the first
 * such call; the adapter's methods hand over to these functions.
 */
import type {
  AcceptAllOutcome,
  AcceptOptions,
  BulkOptions,
  BulkResult,
  CallOptions,
  CreateRequest,
  RegistrationRequest,
} from '../registration-adapter.js';
import { RegistrationError } from '../registration-error.js';
import { applyChange } from './changes.js';
import type { AdapterHost } from './host.js';
import { lazy } from './lazy.js';
import { vendorType } from './media-types.js';
import { acceptAllOutcomes, bulkResult } from './rare.js';
import { isRecord, toRegistrationRequest } from './values.js';

/** The upload (`upload.ts`), loaded with the first bulk registration, not with the other actions. */
const uploadPart = lazy(() => import('./upload.js'));

const BASE = '/devicecontrol/newDeviceRequests';
const requestPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
const NEW_DEVICE_REQUEST_TYPE = vendorType('newDeviceRequest');

export async function get(host: AdapterHost, id: string, options?: CallOptions): Promise<RegistrationRequest | undefined> {
  try {
    const { body } = await host.http.request({ path: requestPath(id), accept: NEW_DEVICE_REQUEST_TYPE, signal: options?.signal });
    return toRegistrationRequest(body);
  } catch (error) {
    if (error instanceof RegistrationError && error.code === 'not-found') return undefined;
    throw error;
  }
}

export async function create(host: AdapterHost, request: CreateRequest, options?: CallOptions): Promise<RegistrationRequest> {
  const json: Record<string, string> = { id: request.id };
  if (request.groupId) json.groupId = request.groupId;
  if (request.tenantId) json.tenantId = request.tenantId;
  if (request.type) json.type = request.type;
  const { body } = await host.http.request({
    method: 'POST',
    path: BASE,
    json,
    contentType: NEW_DEVICE_REQUEST_TYPE,
    accept: NEW_DEVICE_REQUEST_TYPE,
    signal: options?.signal,
  });
  const created = isRecord(body) && body.id !== undefined ? toRegistrationRequest(body) : { id: request.id, status: 'WAITING_FOR_CONNECTION' };
  applyChange(host.view, { type: 'added', request: created });
  return { ...created };
}

export async function accept(host: AdapterHost, id: string, options?: AcceptOptions): Promise<RegistrationRequest> {
  const json: Record<string, string> = { status: 'ACCEPTED' };
  if (options?.securityToken) json.securityToken = options.securityToken;
  const { body } = await host.http.request({
    method: 'PUT',
    path: requestPath(id),
    json,
    contentType: NEW_DEVICE_REQUEST_TYPE,
    accept: NEW_DEVICE_REQUEST_TYPE,
    signal: options?.signal,
  });
  const accepted = isRecord(body) && body.id !== undefined ? toRegistrationRequest(body) : { ...host.view.known.get(id), id, status: 'ACCEPTED' };
  applyChange(host.view, { type: 'updated', request: accepted });
  return { ...accepted };
}

export async function acceptAll(host: AdapterHost, options?: CallOptions): Promise<AcceptAllOutcome[]> {
  const { body } = await host.http.request({ method: 'POST', path: `${BASE}/acceptAll`, signal: options?.signal });
  const outcomes = acceptAllOutcomes(body);
  for (const outcome of outcomes) {
    if (outcome.successful) applyChange(host.view, { type: 'updated', request: { ...host.view.known.get(outcome.id), id: outcome.id, status: 'ACCEPTED' } });
  }
  return outcomes;
}

export async function remove(host: AdapterHost, id: string, options?: CallOptions): Promise<void> {
  await host.http.request({ method: 'DELETE', path: requestPath(id), signal: options?.signal });
  applyChange(host.view, { type: 'removed', id });
}

export async function bulkRegister(host: AdapterHost, file: Blob, options?: BulkOptions): Promise<BulkResult> {
  const { upload } = await uploadPart();
  const { body } = await upload(host.http, {
    path: '/devicecontrol/bulkNewDeviceRequests',
    file,
    accept: vendorType('bulkNewDeviceRequest'),
    signal: options?.signal,
    onProgress: options?.onProgress,
  });
  return bulkResult(body);
}
