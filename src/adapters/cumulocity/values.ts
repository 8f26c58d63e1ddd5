/** Small readers of server answers, shared by `CumulocityAdapter` and its lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';
import type { RegistrationRequest } from '../registration-adapter.js';

/** The largest page size Cumulocity serves. */
export const MAX_PAGE_SIZE = 2000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function unexpected(what: string): RegistrationError {
  return new RegistrationError({ status: 0, code: 'unknown', message: `The server's answer to ${what} could not be read.` });
}

/** The fields of a request the UI shows besides its ID (`changes.ts` compares readings by them). */
export const SHOWN_FIELDS = ['status', 'creationTime', 'tenantId', 'owner', 'groupId', 'type'] as const;

/** A server request as a RegistrationRequest (only known fields; `securityToken` is never read back). */
export function toRegistrationRequest(raw: unknown): RegistrationRequest {
  const r = isRecord(raw) ? raw : {};
  const out: RegistrationRequest = { id: optionalString(r.id) ?? '', status: '' };
  for (const key of [...SHOWN_FIELDS, 'self'] as const) {
    const value = optionalString(r[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
