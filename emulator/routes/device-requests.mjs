// @ts-check
/** `/devicecontrol/newDeviceRequests` — list, get, create, accept (PUT), delete, acceptAll, limit. */
import { ROLES } from '../auth.mjs';
import { mediaType, readJsonObject, sendEmpty, sendJson } from '../http.mjs';
import { collection, parsePaging } from '../paging.mjs';
import { acceptAll, createRequest, getRequest, presentRequest, requestSelf, updateRequest } from '../registration.mjs';

const BASE = '/devicecontrol/newDeviceRequests';
const READ = [ROLES.DEVICE_CONTROL_READ, ROLES.DEVICE_CONTROL_ADMIN];
const ADMIN = [ROLES.DEVICE_CONTROL_ADMIN];

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('GET', BASE, READ, (ctx) => {
    const paging = parsePaging(ctx.query);
    const status = ctx.query.get('status');
    let all = [...ctx.store.requests.values()];
    if (status) all = all.filter((r) => r.status === status);
    const body = collection({ base: ctx.base, path: BASE, query: ctx.query }, 'newDeviceRequests', all, paging, (r) =>
      presentRequest(ctx.base, r),
    );
    sendJson(ctx.req, ctx.res, 200, body, mediaType('newDeviceRequestCollection'));
  });

  router.add('POST', BASE, ADMIN, async (ctx) => {
    const body = await readJsonObject(ctx.req);
    const record = createRequest(ctx.store, body, ctx.principal.user);
    sendJson(ctx.req, ctx.res, 201, presentRequest(ctx.base, record), mediaType('newDeviceRequest'), {
      Location: requestSelf(ctx.base, record.id),
    });
  });

  router.add('GET', `${BASE}/limit`, READ, (ctx) => {
    const limit = ctx.store.config.deviceLimit;
    /** @type {Record<string, unknown>} */
    const body = { isReached: ctx.store.limitReached() };
    if (limit !== null) {
      body.limit = limit;
      body.registeredDevices = ctx.store.deviceCount();
    }
    sendJson(ctx.req, ctx.res, 200, body, 'application/json;charset=UTF-8');
  });

  router.add('POST', `${BASE}/acceptAll`, ADMIN, async (ctx) => {
    await readJsonObject(ctx.req, { allowEmpty: true });
    // answered with a body even without Accept: @c8y/client reads it as JSON
    const outcomes = acceptAll(ctx.store);
    const text = JSON.stringify(outcomes);
    ctx.res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(text)) });
    ctx.res.end(text);
  });

  router.add('GET', `${BASE}/:id`, READ, (ctx) => {
    sendJson(ctx.req, ctx.res, 200, presentRequest(ctx.base, getRequest(ctx.store, ctx.params.id)), mediaType('newDeviceRequest'));
  });

  router.add('PUT', `${BASE}/:id`, ADMIN, async (ctx) => {
    getRequest(ctx.store, ctx.params.id); // 404 before reading the body
    const body = await readJsonObject(ctx.req); // an `id` in the body is ignored: the path wins
    const record = updateRequest(ctx.store, ctx.params.id, body);
    sendJson(ctx.req, ctx.res, 200, presentRequest(ctx.base, record), mediaType('newDeviceRequest'));
  });

  router.add('DELETE', `${BASE}/:id`, ADMIN, (ctx) => {
    getRequest(ctx.store, ctx.params.id);
    ctx.store.requests.delete(ctx.params.id);
    ctx.store.changed();
    sendEmpty(ctx.res, 204);
  });
}
