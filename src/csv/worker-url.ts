/**
 * Where the bulk wizard's CSV reader (a module Web Worker) is served from, when the host says so.
 * A module of its own that imports nothing: `src/index.ts` exports the setter, and setting it
 * loads none of the CSV code (that stays in the chunk loaded when the first file is chosen).
 */

/** The URL the host set, resolved when it was set; `undefined`: next to the code that starts the worker. */
let configured: URL | undefined;

/**
 * Tells the bulk wizard where the CSV reader's worker script is served from. Needed only when the
 * host's build does not put the package's `csv-worker.js` (`devreg-elements/csv-worker.js`) next to
 * the code that starts it: Vite and webpack copy the file themselves and need nothing; with esbuild
 * or plain rollup, copy the file into the folder the bundle's chunks are written to, or anywhere
 * else and call this once, before the first file is read. Like a script's `src`, a relative URL is
 * resolved against the page's base URL (at the time of this call); an absolute path (`/assets/…`)
 * or `new URL(…)` is clearer.
 *
 * The script must come from the page's own origin (module workers cannot be started from another
 * one; on a page enforcing Trusted Types the URL goes through the `devreg-elements` policy, which
 * lets only same-origin URLs through): another origin throws a `TypeError` here.
 *
 * @param url The worker script's URL; `undefined` or `null` goes back to the default (the literal
 *   `new URL('./csv-worker.js', import.meta.url)` that bundlers recognise).
 * @throws {TypeError} when `url` is not a valid URL or not of the page's origin.
 *
 * @example
 * ```js
 * import { setCsvWorkerUrl } from 'devreg-elements';
 * setCsvWorkerUrl('/static/devreg/csv-worker.js');
 * ```
 */
export function setCsvWorkerUrl(url: string | URL | null | undefined): void {
  if (url === undefined || url === null) {
    configured = undefined;
    return;
  }
  const page = globalThis as { document?: { baseURI?: string }; location?: { href?: string; origin?: string } };
  const resolved = new URL(String(url), page.document?.baseURI ?? page.location?.href);
  const origin = page.location?.origin;
  if (origin !== undefined && resolved.origin !== origin) {
    throw new TypeError(
      `devreg-elements: the CSV reader's worker script must come from the page's origin (${origin}), not ${resolved.origin}.`,
    );
  }
  configured = resolved;
}

/** The URL set with `setCsvWorkerUrl`, if any (a copy: the caller may not change the setting through it). */
export function configuredCsvWorkerUrl(): URL | undefined {
  return configured && new URL(configured.href);
}
