/** Loading the adapter's lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';

/**
 * Wraps a dynamic `import()`: the module is loaded once, on the first call. A failed load
 * rejects with a `load-failed` RegistrationError (nothing was sent, and it is not retryable: the
 * UI asks for a page reload). The next call requests it again, but Chromium keeps a failed module
 * load for the page's life (whatwg/html#6768), so there it fails until the page is reloaded.
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
