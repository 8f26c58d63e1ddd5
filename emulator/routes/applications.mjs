// @ts-check
/**
 * `/application/applications` and `/application/applicationsByUser/{user}`: the tenant's
 * applications, including the sample microservice "Demo protocol" whose manifest declares the
 * device registration extensions.
 */
import { forbidden } from '../errors.mjs';
import { mediaType, sendJson } from '../http.mjs';
import { collection, parsePaging } from '../paging.mjs';
import { DEMO_PROTOCOL } from './demo-protocol.mjs';

/** @param {string} base */
export function applicationList(base) {
  return [
    {
      id: '101',
      name: 'devicemanagement',
      key: 'devicemanagement-application-key',
      type: 'HOSTED',
      contextPath: 'devicemanagement',
      availability: 'MARKET',
      manifest: {},
      self: `${base}/application/applications/101`,
    },
    {
      id: DEMO_PROTOCOL.applicationId,
      name: DEMO_PROTOCOL.contextPath,
      key: `${DEMO_PROTOCOL.contextPath}-key`,
      type: 'MICROSERVICE',
      contextPath: DEMO_PROTOCOL.contextPath,
      availability: 'MARKET',
      requiredRoles: [],
      roles: [],
      manifest: {
        apiVersion: '2',
        name: DEMO_PROTOCOL.contextPath,
        version: '1.0.0',
        provider: { name: 'devreg-elements emulator' },
        isolation: 'MULTI_TENANT',
        extensions: [
          { name: DEMO_PROTOCOL.name, type: 'extensibleDeviceRegistration' },
          { name: DEMO_PROTOCOL.name, type: 'extensibleBulkDeviceRegistration' },
        ],
      },
      self: `${base}/application/applications/${DEMO_PROTOCOL.applicationId}`,
    },
  ];
}

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  /** @param {import('../router.mjs').Context} ctx @param {string} path */
  const list = (ctx, path) => {
    const paging = parsePaging(ctx.query);
    if (ctx.query.get('noPaging') === 'true') paging.pageSize = 2000;
    let apps = applicationList(ctx.base);
    const type = ctx.query.get('type');
    if (type) apps = apps.filter((a) => a.type === type);
    const name = ctx.query.get('name');
    if (name) apps = apps.filter((a) => a.name === name);
    const body = collection({ base: ctx.base, path, query: ctx.query }, 'applications', apps, paging, (a) => a);
    sendJson(ctx.req, ctx.res, 200, body, mediaType('applicationCollection'));
  };

  router.add('GET', '/application/applications', 'user', (ctx) => list(ctx, '/application/applications'));

  router.add('GET', '/application/applicationsByUser/:user', 'user', (ctx) => {
    if (ctx.params.user !== ctx.principal.user) {
      throw forbidden(`Access is denied: ${ctx.principal.user} may only list their own applications`);
    }
    list(ctx, `/application/applicationsByUser/${encodeURIComponent(ctx.params.user)}`);
  });
}
