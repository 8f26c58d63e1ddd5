// @ts-check
/** `POST /devicecontrol/deviceCredentials` — the device's bootstrap call (bootstrap user only). */
import { ROLES } from '../auth.mjs';
import { mediaType, readJsonObject, sendJson } from '../http.mjs';
import { deviceCallsIn } from '../registration.mjs';

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('POST', '/devicecontrol/deviceCredentials', [ROLES.DEVICE_BOOTSTRAP], async (ctx) => {
    const body = await readJsonObject(ctx.req);
    const credentials = deviceCallsIn(ctx.store, body);
    sendJson(
      ctx.req,
      ctx.res,
      201,
      { ...credentials, self: `${ctx.base}/devicecontrol/deviceCredentials/${encodeURIComponent(credentials.id)}` },
      mediaType('deviceCredentials'),
    );
  });
}
