// @ts-check
/** Small HTTP helpers: media types, reading bodies, writing JSON answers. */
import { HttpError, unprocessable } from './errors.mjs';

/** @param {string} type e.g. `newDeviceRequest` */
export const mediaType = (type) => `application/vnd.com.nsn.cumulocity.${type}+json;charset=UTF-8;ver=0.9`;

export const ERROR_MEDIA_TYPE = mediaType('error');

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** Largest accepted JSON body. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads the whole body (bounded).
 * @param {Req} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit = MAX_JSON_BYTES) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, 'general/payloadTooLarge', `Request body exceeds ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
      failed = true;
    });
    req.on('close', () => {
      if (!failed && !req.complete) {
        failed = true;
        reject(new HttpError(400, 'general/badRequest', 'The request body was cut off'));
      }
    });
  });
}

/** @param {string | undefined} contentType */
export function isJsonContentType(contentType) {
  if (!contentType) return false;
  const base = contentType.split(';')[0].trim().toLowerCase();
  return base === 'application/json' || /^application\/vnd\.com\.nsn\.cumulocity\.[a-z0-9._-]+\+json$/.test(base);
}

/**
 * Reads a JSON object body. Empty bodies give `{}` when `allowEmpty`.
 * @param {Req} req
 * @param {{allowEmpty?: boolean}} [options]
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readJsonObject(req, { allowEmpty = false } = {}) {
  const buffer = await readBody(req);
  if (buffer.length === 0) {
    if (allowEmpty) return {};
    throw unprocessable('Request body is missing');
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpError(
      415,
      'general/unsupportedMediaType',
      `Content type '${String(req.headers['content-type'] ?? '')}' is not supported; send application/json`,
    );
  }
  let value;
  try {
    value = JSON.parse(buffer.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, 'general/badRequest', `Malformed JSON: ${/** @type {Error} */ (error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw unprocessable('Request body must be a JSON object');
  }
  return value;
}

/**
 * Writes a JSON answer. For POST and PUT without an `Accept` header Cumulocity answers with
 * an empty body (status and headers only); so does the emulator.
 * @param {Req} req
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {string} [contentType]
 * @param {Record<string, string>} [headers]
 */
export function sendJson(req, res, status, body, contentType = 'application/json;charset=UTF-8', headers = {}) {
  const method = (req.method ?? 'GET').toUpperCase();
  const omitBody = (method === 'POST' || method === 'PUT') && !req.headers.accept && status < 400;
  if (omitBody) {
    res.writeHead(status, { ...headers, 'Content-Length': '0' });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(method === 'HEAD' ? undefined : text);
}

/**
 * @param {Res} res
 * @param {number} [status]
 * @param {Record<string, string>} [headers]
 */
export function sendEmpty(res, status = 204, headers = {}) {
  res.writeHead(status, headers);
  res.end();
}

/**
 * Writes a Cumulocity error answer (never throws).
 * @param {Res} res
 * @param {HttpError} error
 */
export function sendError(res, error) {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(error.toBody());
  res.writeHead(error.status, {
    ...error.headers,
    'Content-Type': ERROR_MEDIA_TYPE,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * The externally visible base URL (scheme, host, mount path) for `self` links.
 * @param {Req} req
 * @param {string} basePath
 */
export function baseUrl(req, basePath) {
  const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  const proto = forwardedProto === 'https' ? 'https' : 'http';
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost').split(',')[0].trim();
  const safeHost = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : 'localhost';
  return `${proto}://${safeHost}${basePath}`;
}
