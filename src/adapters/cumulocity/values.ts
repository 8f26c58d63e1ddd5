/** Small readers of server answers, shared by `CumulocityAdapter` and its lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';
import type { RegistrationRequest } from '../registration-adapter.js';

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

/** Forbidden or not found: an answer some optional reads treat as "none". */
export function isMissing(error: unknown): boolean {
  return error instanceof RegistrationError && (error.code === 'forbidden' || error.code === 'not-found');
}

/** Whether two readings of a request differ in nothing the UI shows. */
export function sameRequest(a: RegistrationRequest, b: RegistrationRequest): boolean {
  return (
    a.status === b.status &&
    a.creationTime === b.creationTime &&
    a.tenantId === b.tenantId &&
    a.owner === b.owner &&
    a.groupId === b.groupId &&
    a.type === b.type
  );
}
