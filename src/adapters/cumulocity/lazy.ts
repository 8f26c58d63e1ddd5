/** Loading the adapter's lazily loaded parts. */
import { RegistrationError } from '../registration-error.js';

/**
 * Wraps a dynamic `import()`: the module is loaded once, on the first call. A failed load
 * rejects with a `network` RegistrationError, like any unreachable server, and the next call
 * tries again.
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

/** Drops a failure nobody waits for (e.g. of a load started ahead of need: its user will retry it). */
export function ignore(): void {}
