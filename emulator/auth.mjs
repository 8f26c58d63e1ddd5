// @ts-check
/**
 * Authentication like Cumulocity: HTTP Basic (`tenant/user:password` or `user:password`),
 * `Authorization: Bearer <token>` (tokens from `POST /tenant/oauth/token` or the static dev token),
 * and the browser session cookie (`authorization` cookie + `X-XSRF-TOKEN` header on writes).
 */
import { timingSafeEqual } from 'node:crypto';
import { forbidden, unauthorized } from './errors.mjs';

export const ROLES = /** @type {const} */ ({
  DEVICE_CONTROL_READ: 'ROLE_DEVICE_CONTROL_READ',
  DEVICE_CONTROL_ADMIN: 'ROLE_DEVICE_CONTROL_ADMIN',
  INVENTORY_READ: 'ROLE_INVENTORY_READ',
  INVENTORY_ADMIN: 'ROLE_INVENTORY_ADMIN',
  IDENTITY_READ: 'ROLE_IDENTITY_READ',
  IDENTITY_ADMIN: 'ROLE_IDENTITY_ADMIN',
  OPTION_MANAGEMENT_READ: 'ROLE_OPTION_MANAGEMENT_READ',
  OPTION_MANAGEMENT_ADMIN: 'ROLE_OPTION_MANAGEMENT_ADMIN',
  TENANT_MANAGEMENT_READ: 'ROLE_TENANT_MANAGEMENT_READ',
  APPLICATION_MANAGEMENT_READ: 'ROLE_APPLICATION_MANAGEMENT_READ',
  USER_MANAGEMENT_OWN_READ: 'ROLE_USER_MANAGEMENT_OWN_READ',
  DEVICE_BOOTSTRAP: 'ROLE_DEVICE_BOOTSTRAP',
  DEVICE: 'ROLE_DEVICE',
});

/**
 * @typedef {object} Principal
 * @property {string} tenantId
 * @property {string} user
 * @property {Set<string>} roles
 * @property {'basic' | 'bearer' | 'cookie'} via
 * @property {'user' | 'bootstrap' | 'device'} kind
 */

/**
 * @param {import('./config.mjs').EmulatorConfig} config
 * @returns {Record<string, {password: string, roles: string[]}>}
 */
export function platformUsers(config) {
  const adminRoles = Object.values(ROLES).filter(
    (r) => r !== ROLES.DEVICE_BOOTSTRAP && r !== ROLES.DEVICE && (config.management || r !== ROLES.TENANT_MANAGEMENT_READ),
  );
  return {
    [config.adminUser]: { password: config.adminPassword, roles: adminRoles },
    [config.readerUser]: { password: config.readerPassword, roles: [ROLES.DEVICE_CONTROL_READ] },
  };
}

/** Constant-time string comparison. @param {string} a @param {string} b */
export function safeEqual(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** @param {string | undefined} header @returns {Record<string, string>} */
export function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value
    }
    cookies[name] = value;
  }
  return cookies;
}

/**
 * Checks a user name (optionally `tenant/user`) and password against the configured users,
 * the bootstrap user and the device users created by registration.
 * @param {import('./state.mjs').Store} store
 * @param {string} login
 * @param {string} password
 * @param {string} [tenantHint] tenant from the login form
 * @returns {Omit<Principal, 'via'> | undefined}
 */
export function checkPassword(store, login, password, tenantHint) {
  const config = store.config;
  const slash = login.indexOf('/');
  const tenant = slash >= 0 ? login.slice(0, slash) : tenantHint;
  const user = slash >= 0 ? login.slice(slash + 1) : login;

  if (user === config.bootstrapUser) {
    if ((tenant === undefined || tenant === config.bootstrapTenant) && safeEqual(password, config.bootstrapPassword)) {
      return { tenantId: config.bootstrapTenant, user, roles: new Set([ROLES.DEVICE_BOOTSTRAP]), kind: 'bootstrap' };
    }
    return undefined;
  }
  if (tenant !== undefined && tenant !== config.tenantId) {
    // device users may belong to a subtenant in management mode
    const device = store.deviceUsers.get(`${tenant}/${user}`);
    if (device && device.authType !== 'CERTIFICATES' && safeEqual(password, device.password)) {
      return { tenantId: tenant, user, roles: new Set([ROLES.DEVICE]), kind: 'device' };
    }
    return undefined;
  }
  const platformUser = platformUsers(config)[user];
  if (platformUser) {
    return safeEqual(password, platformUser.password)
      ? { tenantId: config.tenantId, user, roles: new Set(platformUser.roles), kind: 'user' }
      : undefined;
  }
  const device = store.deviceUsers.get(`${config.tenantId}/${user}`);
  if (device && device.authType !== 'CERTIFICATES' && safeEqual(password, device.password)) {
    return { tenantId: config.tenantId, user, roles: new Set([ROLES.DEVICE]), kind: 'device' };
  }
  return undefined;
}

/**
 * @param {import('./state.mjs').Store} store
 * @param {string} user
 * @returns {Omit<Principal, 'via'> | undefined}
 */
function principalForUser(store, user) {
  const platformUser = platformUsers(store.config)[user];
  if (!platformUser) return undefined;
  return { tenantId: store.config.tenantId, user, roles: new Set(platformUser.roles), kind: 'user' };
}

/**
 * Authenticates a request or throws a Cumulocity 401.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('./state.mjs').Store} store
 * @returns {Principal}
 */
export function authenticate(req, store) {
  const header = req.headers.authorization;
  if (header) {
    const [scheme, ...rest] = header.trim().split(/\s+/);
    const value = rest.join(' ');
    if (/^basic$/i.test(scheme)) {
      // Buffer's base64 decoder never throws: garbage decodes to text without a colon
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw unauthorized('Invalid credentials! : Malformed Basic authorization header');
      const found = checkPassword(store, decoded.slice(0, colon), decoded.slice(colon + 1));
      if (!found) throw unauthorized('Invalid credentials! : Bad credentials');
      return { ...found, via: 'basic' };
    }
    if (/^bearer$/i.test(scheme)) {
      if (store.config.bearerToken && safeEqual(value, store.config.bearerToken)) {
        const principal = principalForUser(store, store.config.adminUser);
        if (principal) return { ...principal, via: 'bearer' };
      }
      const session = store.sessions.get(value);
      const principal = session && principalForUser(store, session.user);
      if (!principal) throw unauthorized('Invalid credentials! : Invalid or expired token');
      return { ...principal, via: 'bearer' };
    }
    throw unauthorized(`Unsupported authorization scheme '${scheme}'`);
  }
  const cookies = parseCookies(req.headers.cookie);
  if (cookies.authorization) {
    const session = store.sessions.get(cookies.authorization);
    const principal = session && principalForUser(store, session.user);
    if (!session || !principal) throw unauthorized('Invalid credentials! : Session expired');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      const xsrf = req.headers['x-xsrf-token'];
      if (typeof xsrf !== 'string' || !safeEqual(xsrf, session.xsrf)) {
        throw unauthorized('Invalid credentials! : Missing or wrong X-XSRF-TOKEN header for cookie authentication');
      }
    }
    return { ...principal, via: 'cookie' };
  }
  throw unauthorized('Full authentication is required to access this resource');
}

/**
 * Throws 403 unless the principal has one of the roles.
 * @param {Principal} principal
 * @param {...string} roles
 */
export function requireRole(principal, ...roles) {
  if (!roles.some((r) => principal.roles.has(r))) {
    throw forbidden(`Access is denied: ${principal.user} lacks ${roles.join(' or ')}`);
  }
}

/**
 * The WWW-Authenticate challenge: `XBasic` for script clients (UseXBasic header, as
 * @c8y/client sends, X-Requested-With, or a request that carried credentials) so browsers
 * show no login dialog; plain `Basic` otherwise.
 * @param {import('node:http').IncomingMessage} req
 */
export function challenge(req) {
  const script = req.headers.usexbasic !== undefined || req.headers['x-requested-with'] !== undefined || !!req.headers.authorization || !!req.headers.cookie;
  return `${script ? 'XBasic' : 'Basic'} realm="Cumulocity"`;
}
