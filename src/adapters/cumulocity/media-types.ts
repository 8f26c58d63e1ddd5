/**
 * Cumulocity's media types for the device-control API (SPEC 2.3): `application/json`, and vendor
 * types named by {@link vendorType} where they are used, so each bundle carries only its own.
 */
export const JSON_TYPE = 'application/json';

/** `application/vnd.com.nsn.cumulocity.<name>+json`, e.g. `vendorType('newDeviceRequest')`. */
export function vendorType(name: string): string {
  return `application/vnd.com.nsn.cumulocity.${name}+json`;
}

/** Whether a `Content-Type` header names a JSON body (plain or a `+json` vendor type). */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  const essence = contentType?.split(';')[0].trim().toLowerCase();
  return essence === JSON_TYPE || !!essence?.endsWith('+json');
}
