// @ts-check
/** Reads one file part of a `multipart/form-data` request with @fastify/busboy (streamed, bounded). */
import { Busboy } from '@fastify/busboy';
import { HttpError, unprocessable } from './errors.mjs';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} field  the part's name, e.g. `file`
 * @param {number} maxBytes
 * @returns {Promise<{data: Buffer, filename: string | undefined}>}
 */
export function readMultipartFile(req, field, maxBytes) {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !/boundary=/i.test(contentType)) {
    return Promise.reject(
      new HttpError(415, 'general/unsupportedMediaType', `Expected multipart/form-data with a '${field}' part, got '${contentType.slice(0, 100)}'`),
    );
  }
  return new Promise((resolve, reject) => {
    /** @type {import('@fastify/busboy').BusboyInstance} */
    let busboy;
    try {
      busboy = Busboy({ headers: /** @type {any} */ (req.headers), limits: { fileSize: maxBytes, files: 5, fields: 50, parts: 60 } });
    } catch (error) {
      reject(new HttpError(400, 'general/badRequest', `Malformed multipart request: ${/** @type {Error} */ (error).message}`));
      return;
    }
    /** @type {{data: Buffer, filename: string | undefined} | undefined} */
    let result;
    let settled = false;
    /** @param {unknown} error */
    const fail = (error) => {
      if (settled) return;
      settled = true;
      req.unpipe(busboy);
      req.resume();
      reject(error);
    };
    busboy.on('file', (name, stream, filename) => {
      if (name !== field || result) {
        stream.resume();
        return;
      }
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
      stream.on('limit', () => fail(new HttpError(413, 'general/payloadTooLarge', `The file exceeds ${maxBytes} bytes`)));
      stream.on('end', () => {
        if (!stream.truncated) result = { data: Buffer.concat(chunks), filename };
      });
      stream.on('error', fail);
    });
    busboy.on('error', (/** @type {Error} */ error) =>
      fail(new HttpError(400, 'general/badRequest', `Malformed multipart request: ${error.message}`)),
    );
    busboy.on('finish', () => {
      if (settled) return;
      settled = true;
      if (!result) reject(unprocessable(`The multipart request has no '${field}' file part`, 'devicecontrol'));
      else resolve(result);
    });
    req.on('error', fail);
    req.on('close', () => {
      if (!req.complete) fail(new HttpError(400, 'general/badRequest', 'The upload was cut off'));
    });
    req.pipe(busboy);
  });
}
