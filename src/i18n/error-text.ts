import { msg } from '@lit/localize';
import type { RegistrationErrorCode } from '../adapters/registration-error.js';
import { RegistrationError } from '../adapters/registration-error.js';

const generic: Record<RegistrationErrorCode, () => string> = {
  network: () => msg('The server cannot be reached. Check the connection and try again.', { id: 'error.network' }),
  aborted: () => msg('The operation was cancelled.', { id: 'error.aborted' }),
  timeout: () => msg('The server did not answer in time.', { id: 'error.timeout' }),
  unauthorized: () => msg('Your session has expired. Please sign in again.', { id: 'error.unauthorized' }),
  forbidden: () => msg('You do not have permission for this action.', { id: 'error.forbidden' }),
  'not-found': () => msg('The registration request no longer exists.', { id: 'error.not-found' }),
  duplicate: () => msg('This device ID is already registered.', { id: 'error.duplicate' }),
  invalid: () => msg('The server rejected the input.', { id: 'error.invalid' }),
  'token-mismatch': () =>
    msg("The security token does not match the device's token.", { id: 'error.token-mismatch' }),
  blocked: () =>
    msg('The request is blocked. Remove it and register the device again.', { id: 'error.blocked' }),
  'limit-reached': () => msg("The tenant's device limit is reached.", { id: 'error.limit-reached' }),
  'rate-limited': () => msg('Too many requests. Please wait a moment.', { id: 'error.rate-limited' }),
  server: () => msg('The server had a problem.', { id: 'error.server' }),
  unknown: () => msg('An unexpected error occurred.', { id: 'error.unknown' }),
  'load-failed': () =>
    msg('Part of this page could not be loaded. Check the connection, then try again.', {
      id: 'error.load-failed',
    }),
};

// Codes whose server message usually adds something the generic sentence cannot know.
const withServerDetail = new Set<RegistrationErrorCode>(['invalid', 'server', 'unknown', 'forbidden', 'token-mismatch']);

/**
 * The sentence shown to a user for a failure: a localized explanation of its kind,
 * followed by the server's own message where that adds detail. Always plain text.
 */
export function errorText(error: unknown): string {
  const e = RegistrationError.from(error);
  const sentence = generic[e.code]();
  const detail = e.message?.trim();
  if (detail && withServerDetail.has(e.code) && detail !== sentence) return `${sentence} (${detail})`;
  return sentence;
}
