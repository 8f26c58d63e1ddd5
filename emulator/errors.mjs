// @ts-check
/**
 * Cumulocity-style errors: every failure the emulator reports is an `HttpError`, written as
 * `{"error": "<domain>/<kind>", "message": "…", "info": "…"}` with the error media type.
 */

export const ERROR_INFO_URL = 'https://cumulocity.com/guides/reference/rest-implementation';

export class HttpError extends Error {
  /**
   * @param {number} status HTTP status code
   * @param {string} error `<domain>/<kind>`, e.g. `devicecontrol/Not Found`
   * @param {string} message human readable sentence
   * @param {Record<string, string>} [headers] extra response headers (e.g. Retry-After)
   */
  constructor(status, error, message, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.error = error;
    this.headers = headers;
  }

  /** @returns {{error: string, message: string, info: string}} */
  toBody() {
    return { error: this.error, message: this.message, info: ERROR_INFO_URL };
  }
}

/** @param {string} message @param {string} [domain] */
export const badRequest = (message, domain = 'general') => new HttpError(400, `${domain}/badRequest`, message);
/** @param {string} message @param {string} [domain] */
export const unauthorized = (message, domain = 'security') => new HttpError(401, `${domain}/Unauthorized`, message);
/** @param {string} message @param {string} [domain] */
export const forbidden = (message, domain = 'security') => new HttpError(403, `${domain}/Forbidden`, message);
/** @param {string} message @param {string} [domain] */
export const notFound = (message, domain = 'general') => new HttpError(404, `${domain}/Not Found`, message);
/** @param {string} message @param {string} [domain] */
export const conflict = (message, domain = 'devicecontrol') => new HttpError(409, `${domain}/Duplicate`, message);
/** @param {string} message @param {string} [domain] */
export const unprocessable = (message, domain = 'undefined') => new HttpError(422, `${domain}/validationError`, message);

/** Generic error names for statuses (used by injected faults without a body). */
const STATUS_ERRORS = /** @type {Record<number, string>} */ ({
  400: 'general/badRequest',
  401: 'security/Unauthorized',
  403: 'security/Forbidden',
  404: 'general/Not Found',
  405: 'general/methodNotAllowed',
  409: 'general/Duplicate',
  413: 'general/payloadTooLarge',
  415: 'general/unsupportedMediaType',
  422: 'undefined/validationError',
  429: 'general/tooManyRequests',
  500: 'general/internalError',
  502: 'general/badGateway',
  503: 'general/serviceUnavailable',
  504: 'general/gatewayTimeout',
});

/** @param {number} status */
export function errorNameForStatus(status) {
  return STATUS_ERRORS[status] ?? (status >= 500 ? 'general/internalError' : 'general/error');
}
