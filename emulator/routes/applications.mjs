// @ts-check
/**
 * `/application/applications` and `/application/applicationsByUser/{user}`: the tenant's
 * applications, including the sample microservice "Demo protocol" and a developer's own
 * microservices (config `services`), whose manifests declare the device registration extensions.
 */
import { forbidden } from '../errors.mjs';
import { mediaType, sendJson } from '../http.mjs';
import { collection, parsePaging } from '../paging.mjs';
import { serviceManifestExtensions } from '../services.mjs';
import { DEMO_PROTOCOL } from './demo-protocol.mjs';

/** Ids of a developer's services: `301`, `302`, … in the order they are configured. */
const FIRST_SERVICE_ID = 301;

/**
 * A microservice application as Cumulocity lists it, its manifest declaring `extensions`.
 * @param {string} base
 * @param {{id: string, contextPath: string, provider: string, extensions: {name: string, type: string}[]}} app
 */
function microservice(base, { id, contextPath, provider, extensions }) {
  return {
    id,
    name: contextPath,
    key: `${contextPath}-key`,
    type: 'MICROSERVICE',
    contextPath,
    availability: 'MARKET',
    requiredRoles: [],
    roles: [],
    manifest: {
      apiVersion: '2',
      name: contextPath,
      version: '1.0.0',
      provider: { name: provider },
      isolation: 'MULTI_TENANT',
      extensions,
    },
    self: `${base}/application/applications/${id}`,
  };
}

/**
 * @param {string} base
 * @param {import('../services.mjs').Service[]} [services] a developer's microservices (config `services`)
 */
export function applicationList(base, services = []) {
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
    microservice(base, {
      id: DEMO_PROTOCOL.applicationId,
      contextPath: DEMO_PROTOCOL.contextPath,
      provider: 'devreg-elements emulator',
      extensions: serviceManifestExtensions({ name: DEMO_PROTOCOL.name, extensions: ['single', 'bulk'] }),
    }),
    ...services.map((service, i) =>
      microservice(base, {
        id: String(FIRST_SERVICE_ID + i),
        contextPath: service.contextPath,
        provider: service.name,
        extensions: serviceManifestExtensions(service),
      }),
    ),
  ];
}

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  /** @param {import('../router.mjs').Context} ctx @param {string} path */
  const list = (ctx, path) => {
    const paging = parsePaging(ctx.query);
    if (ctx.query.get('noPaging') === 'true') paging.pageSize = 2000;
    let apps = applicationList(ctx.base, ctx.config.services);
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
