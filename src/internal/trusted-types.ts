/**
 * The components' one Trusted Types policy. Pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`) refuse a plain string or URL as a worker's script; the
 * CSV reader's worker URL goes through this policy instead. The policy is created once, the first
 * time a worker is started, and only turns the exact same-origin URLs it was given at creation
 * (our own workers) into script URLs: anything else is refused. A page with a `trusted-types`
 * allow-list must list `TRUSTED_TYPES_POLICY` (and Lit's `lit-html`).
 */

/** The name of the policy, for a page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'devreg-elements';

/** The part of the Trusted Types API used here (it is not in TypeScript's DOM library). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): ScriptUrlPolicy;
}

/** The hrefs the policy lets through. */
const allowed = new Set<string>();
/** The policy: `undefined` until first needed, `null` where Trusted Types do not exist. */
let policy: ScriptUrlPolicy | null | undefined;

function getPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return (policy = null);
  policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL(input: string): string {
      if (allowed.has(input)) return input;
      throw new TypeError(`The ${TRUSTED_TYPES_POLICY} policy only allows the components' own worker scripts.`);
    },
  });
  return policy;
}

/**
 * The script URL to start one of the components' own workers with: a TrustedScriptURL where
 * Trusted Types exist, the URL itself elsewhere. Only same-origin URLs are accepted (a worker's
 * script must come from the page's origin anyway).
 */
export function trustedWorkerUrl(url: URL): URL | string {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (origin !== undefined && url.origin !== origin) {
    throw new TypeError(`A worker script must come from the page's origin, not ${url.origin}.`);
  }
  const p = getPolicy();
  if (!p) return url;
  allowed.add(url.href);
  // Worker accepts a TrustedScriptURL wherever it accepts a string
  return p.createScriptURL(url.href) as string;
}
