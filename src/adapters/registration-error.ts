/** Normalised failure kinds, so the UI can explain each one in the user's language. */
export const REGISTRATION_ERROR_CODES = [
  /** The network failed or the server could not be reached. */
  'network',
  /** The call was aborted by its caller. */
  'aborted',
  /** The call took too long. */
  'timeout',
  /** 401: the session is missing or expired. */
  'unauthorized',
  /** 403: the user lacks a permission. */
  'forbidden',
  /** 404: no such request (or not yet accepted, on the device side). */
  'not-found',
  /** The ID is already registered. */
  'duplicate',
  /** 422 or 400: the server rejected the input. */
  'invalid',
  /** The security token typed does not match the device's. */
  'token-mismatch',
  /** The request is blocked and must be removed and registered again. */
  'blocked',
  /** The tenant's device limit is reached. */
  'limit-reached',
  /** 429: too many requests. */
  'rate-limited',
  /** 5xx. */
  'server',
  /** Anything else. */
  'unknown',
  /**
   * A part of this library (a module loaded on first use) could not be loaded: nothing was sent.
   * Retryable: browsers fetch a module again after a failed fetch (whatwg/html#10327).
   */
  'load-failed',
] as const;
export type RegistrationErrorCode = (typeof REGISTRATION_ERROR_CODES)[number];

export interface RegistrationErrorInit {
  /** HTTP status, or 0 when there was no answer. */
  status: number;
  code: RegistrationErrorCode;
  /** Human readable, usually the server's own `message`. */
  message: string;
  /** Whether repeating the same call may succeed. */
  retryable?: boolean;
  /** The server's `error` field (e.g. `devicecontrol/Duplicate`), when there was one. */
  serverError?: string;
  /** Seconds to wait before retrying (from `Retry-After`). */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type every adapter call rejects with (SPEC 3.5). */
export class RegistrationError extends Error {
  readonly status: number;
  readonly code: RegistrationErrorCode;
  readonly retryable: boolean;
  readonly serverError?: string;
  readonly retryAfter?: number;

  constructor(init: RegistrationErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'RegistrationError';
    this.status = init.status;
    this.code = init.code;
    this.retryable = init.retryable ?? defaultRetryable(init.code);
    this.serverError = init.serverError;
    this.retryAfter = init.retryAfter;
  }

  /** Wraps anything thrown into a RegistrationError (an AbortError becomes `aborted`). */
  static from(error: unknown): RegistrationError {
    if (error instanceof RegistrationError) return error;
    const name = error instanceof DOMException ? error.name : '';
    const aborted = name === 'AbortError';
    const timedOut = name === 'TimeoutError';
    return new RegistrationError({
      status: 0,
      // fetch rejects with a TypeError when the network fails
      code: aborted ? 'aborted' : timedOut ? 'timeout' : error instanceof TypeError ? 'network' : 'unknown',
      message: aborted
        ? 'The operation was aborted.'
        : timedOut
          ? 'The operation timed out.'
          : error instanceof Error
            ? error.message
            : String(error),
      cause: error,
    });
  }
}

function defaultRetryable(code: RegistrationErrorCode): boolean {
  return ['network', 'timeout', 'rate-limited', 'server', 'load-failed'].includes(code);
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof RegistrationError && error.code === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}

/** A part of this library could not be loaded (`load-failed`): nothing was sent, and trying again loads it again. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof RegistrationError && error.code === 'load-failed';
}
