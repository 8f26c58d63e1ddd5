/** Loading the adapter's lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';

/**
 * Wraps a dynamic `import()`: the module is loaded once, on the first call. A failed load
 * rejects with a `network` RegistrationError, like any unreachable server, and the next call
 * tries again (Chromium keeps a failed module load until the page is reloaded: whatwg/html#6768).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new RegistrationError({
        status: 0,
        code: 'network',
        message: 'Part of the Cumulocity adapter could not be loaded.',
        cause,
      });
    }));
}

/** The upload (`upload.ts`), shared by bulk registration and extensions' bulk forms. */
export const uploadPart = lazy(() => import('./upload.js'));
