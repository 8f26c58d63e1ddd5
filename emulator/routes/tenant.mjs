// @ts-check
/**
 * `/tenant/...`: tenant options (the security token policy), current tenant, subtenants
 * (management tenant only) and the login endpoints (`/tenant/oauth` cookie session,
 * `/tenant/oauth/token` bearer token).
 */
import { ROLES, checkPassword } from '../auth.mjs';
import { SECURITY_TOKEN_POLICIES } from '../config.mjs';
import { forbidden, notFound, unauthorized, unprocessable } from '../errors.mjs';
import { mediaType, readBody, readJsonObject, sendEmpty, sendJson } from '../http.mjs';
import { collection, parsePaging } from '../paging.mjs';
import { randomToken } from '../state.mjs';

const OPTION_READ = [ROLES.OPTION_MANAGEMENT_READ, ROLES.OPTION_MANAGEMENT_ADMIN];
const OPTION_ADMIN = [ROLES.OPTION_MANAGEMENT_ADMIN];

/**
 * @param {import('../router.mjs').Context} ctx
 * @param {import('../state.mjs').TenantOption} o
 */
const presentOption = (ctx, o) => ({
  ...o,
  self: `${ctx.base}/tenant/options/${encodeURIComponent(o.category)}/${encodeURIComponent(o.key)}`,
});

/**
 * @param {import('../state.mjs').Store} store
 * @param {string} category @param {string} key @param {unknown} value
 */
function setOption(store, category, key, value) {
  if (typeof value !== 'string') throw unprocessable('value: must be a string', 'options');
  if (category === 'device-registration' && key === 'security-token.policy') {
    if (!(/** @type {readonly string[]} */ (SECURITY_TOKEN_POLICIES).includes(value))) {
      throw unprocessable(`value: must be one of ${SECURITY_TOKEN_POLICIES.join(', ')}`, 'options');
    }
  }
  return store.setOption(category, key, value);
}

/**
 * Reads the login form (`grant_type=PASSWORD&username=..&password=..`, or JSON).
 * @param {import('../router.mjs').Context} ctx
 */
async function readLogin(ctx) {
  const buffer = await readBody(ctx.req, 16 * 1024);
  const type = String(ctx.req.headers['content-type'] ?? '').toLowerCase();
  /** @type {Record<string, unknown>} */
  let fields;
  if (type.startsWith('application/json')) {
    try {
      fields = JSON.parse(buffer.toString('utf8'));
    } catch {
      throw unprocessable('Malformed JSON login body', 'security');
    }
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw unprocessable('The login body must be an object', 'security');
  } else {
    fields = Object.fromEntries(new URLSearchParams(buffer.toString('utf8')));
  }
  const grant = String(fields.grant_type ?? 'PASSWORD').toUpperCase();
  if (grant !== 'PASSWORD') throw unprocessable(`grant_type '${grant}' is not supported`, 'security');
  const username = typeof fields.username === 'string' ? fields.username : '';
  const password = typeof fields.password === 'string' ? fields.password : '';
  const tenantId = ctx.query.get('tenant_id') ?? undefined;
  const principal = checkPassword(ctx.store, username, password, tenantId ?? ctx.store.config.tenantId);
  if (!principal || principal.kind !== 'user') throw unauthorized('Invalid credentials! : Bad credentials');
  return principal;
}

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('GET', '/tenant/options', OPTION_READ, (ctx) => {
    const paging = parsePaging(ctx.query);
    const body = collection({ base: ctx.base, path: '/tenant/options', query: ctx.query }, 'options', [...ctx.store.options.values()], paging, (o) =>
      presentOption(ctx, o),
    );
    sendJson(ctx.req, ctx.res, 200, body, mediaType('optionCollection'));
  });

  router.add('POST', '/tenant/options', OPTION_ADMIN, async (ctx) => {
    const body = await readJsonObject(ctx.req);
    if (typeof body.category !== 'string' || !body.category || typeof body.key !== 'string' || !body.key) {
      throw unprocessable('category and key: may not be empty', 'options');
    }
    const option = setOption(ctx.store, body.category, body.key, body.value);
    sendJson(ctx.req, ctx.res, 201, presentOption(ctx, option), mediaType('option'));
  });

  router.add('GET', '/tenant/options/:category/:key', OPTION_READ, (ctx) => {
    const option = ctx.store.getOption(ctx.params.category, ctx.params.key);
    if (!option) {
      throw notFound(`Unable to find option by given key: ${ctx.params.category}/${ctx.params.key}`, 'options');
    }
    sendJson(ctx.req, ctx.res, 200, presentOption(ctx, option), mediaType('option'));
  });

  router.add('PUT', '/tenant/options/:category/:key', OPTION_ADMIN, async (ctx) => {
    const body = await readJsonObject(ctx.req);
    const option = setOption(ctx.store, ctx.params.category, ctx.params.key, body.value);
    sendJson(ctx.req, ctx.res, 200, presentOption(ctx, option), mediaType('option'));
  });

  router.add('DELETE', '/tenant/options/:category/:key', OPTION_ADMIN, (ctx) => {
    if (!ctx.store.deleteOption(ctx.params.category, ctx.params.key)) {
      throw notFound(`Unable to find option by given key: ${ctx.params.category}/${ctx.params.key}`, 'options');
    }
    sendEmpty(ctx.res, 204);
  });

  router.add('GET', '/tenant/currentTenant', 'user', (ctx) => {
    const config = ctx.store.config;
    sendJson(
      ctx.req,
      ctx.res,
      200,
      {
        name: config.tenantId,
        companyName: config.management ? 'Management tenant (emulator)' : `Tenant ${config.tenantId} (emulator)`,
        domainName: `${config.tenantId}.emulator.local`,
        allowCreateTenants: config.management,
        customProperties: {},
        applications: { references: [], self: `${ctx.base}/tenant/tenants/${config.tenantId}/applications` },
        self: `${ctx.base}/tenant/currentTenant`,
      },
      mediaType('currentTenant'),
    );
  });

  router.add('GET', '/tenant/tenants', [ROLES.TENANT_MANAGEMENT_READ], (ctx) => {
    const config = ctx.store.config;
    if (!config.management) throw forbidden('Only the management tenant can list subtenants', 'security');
    const paging = parsePaging(ctx.query);
    const body = collection({ base: ctx.base, path: '/tenant/tenants', query: ctx.query }, 'tenants', config.subtenants, paging, (t) => ({
      id: t.id,
      company: t.company,
      domain: `${t.id}.emulator.local`,
      status: 'ACTIVE',
      parent: config.tenantId,
      creationTime: '2024-01-01T00:00:00.000Z',
      self: `${ctx.base}/tenant/tenants/${encodeURIComponent(t.id)}`,
    }));
    sendJson(ctx.req, ctx.res, 200, body, mediaType('tenantCollection'));
  });

  // browser session: sets the `authorization` (HttpOnly) and `XSRF-TOKEN` cookies
  router.add('POST', '/tenant/oauth', 'public', async (ctx) => {
    const principal = await readLogin(ctx);
    const token = randomToken();
    const xsrf = randomToken(16);
    ctx.store.sessions.set(token, { user: principal.user, tenantId: principal.tenantId, xsrf });
    const path = ctx.store.config.basePath || '/';
    ctx.res.writeHead(200, {
      'Set-Cookie': [
        `authorization=${token}; Path=${path}; HttpOnly; SameSite=Lax`,
        `XSRF-TOKEN=${xsrf}; Path=${path}; SameSite=Lax`,
      ],
      'Content-Length': '0',
    });
    ctx.res.end();
  });

  router.add('POST', '/tenant/oauth/token', 'public', async (ctx) => {
    const principal = await readLogin(ctx);
    const token = randomToken();
    ctx.store.sessions.set(token, { user: principal.user, tenantId: principal.tenantId, xsrf: randomToken(16) });
    const text = JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 1209600 });
    ctx.res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(text)) });
    ctx.res.end(text);
  });
}
