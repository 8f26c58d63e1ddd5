// @ts-check
/** `POST /devicecontrol/bulkNewDeviceRequests` — multipart part `file` with a CSV. */
import { ROLES } from '../auth.mjs';
import { importCsv } from '../bulk-import.mjs';
import { mediaType, sendJson } from '../http.mjs';
import { readMultipartFile } from '../multipart.mjs';

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('POST', '/devicecontrol/bulkNewDeviceRequests', [ROLES.DEVICE_CONTROL_ADMIN], async (ctx) => {
    const { data } = await readMultipartFile(ctx.req, 'file', ctx.config.maxBulkBytes);
    const result = importCsv(ctx.store, data, ctx.principal.user);
    sendJson(ctx.req, ctx.res, 201, result, mediaType('bulkNewDeviceRequest'));
  });
}
