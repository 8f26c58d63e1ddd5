/** Cumulocity's vendor media types for the device-control API (SPEC 2.3). */
const VENDOR = 'application/vnd.com.nsn.cumulocity.';

export const MEDIA_TYPES = {
  newDeviceRequest: `${VENDOR}newDeviceRequest+json`,
  newDeviceRequestCollection: `${VENDOR}newDeviceRequestCollection+json`,
  bulkNewDeviceRequest: `${VENDOR}bulkNewDeviceRequest+json`,
  deviceCredentials: `${VENDOR}deviceCredentials+json`,
  error: `${VENDOR}error+json`,
  json: 'application/json',
} as const;

export type MediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

/** Whether a `Content-Type` header names a JSON body (plain or a `+json` vendor type). */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}
