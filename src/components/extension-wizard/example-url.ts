import type { RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { apiBaseUrl } from '../../internal/api-base-url.js';

/**
 * The base a microservice's relative URLs resolve against: `<adapter baseUrl>/service/<contextPath>/`.
 * An adapter with a string `baseUrl` (like `CumulocityAdapter`) gives the tenant's URL; otherwise the page's origin.
 */
export function serviceBase(extension: RegistrationExtension, adapter: RegistrationAdapter | undefined): string {
  return `${apiBaseUrl(adapter)}/service/${encodeURIComponent(extension.contextPath)}/`;
}

/**
 * A link target for an example file a microservice names: http(s) URLs and relative ones (resolved
 * against the service) only. Anything else (`javascript:`, `data:`, garbage) gives undefined: the
 * title is then shown as text, not as a link.
 */
export function safeExampleUrl(
  url: unknown,
  extension: RegistrationExtension,
  adapter: RegistrationAdapter | undefined,
): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const resolved = new URL(trimmed, serviceBase(extension, adapter));
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
