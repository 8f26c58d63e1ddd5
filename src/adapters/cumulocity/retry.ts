/**
 * The retry policy of reads, loaded with the first read that failed in a way that may pass:
 * only idempotent reads (GET) are repeated, on network failures, timeouts, 5xx and 429, with
 * exponential backoff and jitter (429/503 honour `Retry-After`), a bounded number of times, and
 * abortably; a timeout only once (someone has already waited a whole timeout, and a server that
 * stays silent that long rarely answers the next time). Writes are never repeated: their outcome is
 * unknown after a failure.
 */
import { RegistrationError } from '../registration-error.js';
import { abortError } from './http.js';

export interface RetryPolicy {
  /** How many times a failed GET is repeated (default 3; 0 disables retries). */
  retries: number;
  /** The first backoff in ms (default 300); doubles each time, with jitter. */
  baseDelay: number;
  /** The longest backoff in ms (default 10 000). A `Retry-After` over 60 s is not waited for: the error is thrown. */
  maxDelay: number;
}

const MAX_RETRY_AFTER_MS = 60_000;

/** Waits `ms`, rejecting with an `aborted` RegistrationError when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The pause before retry number `attempt` (0-based) after `error`. */
export function retryDelay(attempt: number, error: RegistrationError, policy: RetryPolicy, random = Math.random): number {
  if (error.retryAfter !== undefined) return error.retryAfter * 1000;
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
  // "equal jitter": half fixed, half random, so retries of many clients spread out
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Repeats a read that failed with the retryable `first` error, up to `policy.retries` times;
 * resolves with the first answer that succeeds, or rejects with the last failure.
 */
export async function retryRead<T>(first: RegistrationError, policy: RetryPolicy, send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  let failure = first;
  let timeouts = first.code === 'timeout' ? 1 : 0;
  for (let attempt = 0; ; attempt++) {
    const delay = retryDelay(attempt, failure, policy);
    // a server asking for a long pause gets it from the caller, not from a hidden wait
    if (delay > MAX_RETRY_AFTER_MS) throw failure;
    await sleep(delay, signal);
    try {
      return await send();
    } catch (error) {
      failure = RegistrationError.from(error);
      if (failure.code === 'timeout') timeouts++;
      if (attempt + 1 >= policy.retries || !failure.retryable || signal?.aborted || timeouts > 1) throw failure;
    }
  }
}
