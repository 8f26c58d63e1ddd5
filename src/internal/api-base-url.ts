import type { RegistrationAdapter } from '../adapters/registration-adapter.js';

/**
 * Where the adapter's API is, as an absolute URL without a trailing slash: an adapter with a
 * string `baseUrl` (like `CumulocityAdapter`, whose API may be on another origin than the page)
 * gives that, resolved against the page; otherwise the page's origin.
 */
export function apiBaseUrl(adapter: RegistrationAdapter | undefined): string {
  const base = (adapter as { baseUrl?: unknown } | undefined)?.baseUrl;
  const root = typeof base === 'string' ? base.trim() : '';
  return root ? new URL(root, document.baseURI).href.replace(/\/+$/, '') : location.origin;
}
