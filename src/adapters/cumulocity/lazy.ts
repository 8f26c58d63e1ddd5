/** Loading the adapter's lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';

/**
 * Wraps a dynamic `import()`: the module is loaded once, on the first call. A failed load
 * rejects with a retryable `load-failed` RegistrationError (nothing was sent); the next call
 * requests the module again, which browsers fetch anew after a failure (whatwg/html#10327).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new RegistrationError({
        status: 0,
        code: 'load-failed',
        message: 'Part of the Cumulocity adapter could not be loaded.',
        cause,
      });
    }));
}
