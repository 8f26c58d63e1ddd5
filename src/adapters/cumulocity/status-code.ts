import type { RegistrationErrorCode } from '../registration-error.js';

/**
 * The kind of a failed answer by its HTTP status alone. `errors.ts` refines it from the answer's
 * body; the request layer falls back to it when that mapping cannot be loaded, so that a 401
 * still ends the session and a 403 still says "no permission".
 */
export function statusCode(status: number): RegistrationErrorCode {
  if (status === 409) return 'duplicate';
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'invalid';
  return 'unknown';
}
