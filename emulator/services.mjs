// @ts-check
/**
 * A developer's own microservices (`services` / `C8Y_SERVICES`): each is listed as a microservice
 * application whose manifest declares the device registration extensions, and every request
 * under `/service/<contextPath>/` is passed through to the service's URL, as Cumulocity's
 * microservice proxy does: without the `/service/<contextPath>` prefix, with the caller's headers
 * (Authorization included), the body streamed both ways.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ROLES } from './auth.mjs';
import { HttpError } from './errors.mjs';

export const SERVICE_EXTENSION_KINDS = /** @type {const} */ (['single', 'bulk']);

/** Which manifest extension type each kind declares. */
const EXTENSION_TYPE = /** @type {const} */ ({
  single: 'extensibleDeviceRegistration',
  bulk: 'extensibleBulkDeviceRegistration',
});

/** Context paths the emulator answers itself. */
const RESERVED_CONTEXT_PATHS = new Set(['demo-protocol']);

/** How long a service may stay silent (no answer, or a pause in it) before the proxy gives up. */
export const DEFAULT_SERVICE_TIMEOUT_MS = 30_000;

/**
 * @typedef {(typeof SERVICE_EXTENSION_KINDS)[number]} ServiceExtensionKind
 *
 * @typedef {object} Service
 * @property {string} contextPath    `/service/<contextPath>/…` is passed through; also the application's name
 * @property {string} url            where the service listens, e.g. `http://127.0.0.1:9000` (a path in it is kept as a prefix)
 * @property {string} name           the menu item (the manifest extensions' `name`); default: `contextPath`
 * @property {ServiceExtensionKind[]} extensions  which registrations it offers; default both
 * @property {number} timeoutMs      silence before 504; default 30000
 *
 * @typedef {Pick<Service, 'contextPath' | 'url'> & Partial<Omit<Service, 'contextPath' | 'url'>>} ServiceOptions
 *   the `services` option: a `Service` with its defaults left out
 */

/**
 * Reads `C8Y_SERVICES`: `<contextPath>=<url>` separated by commas, or a JSON array of
 * `{contextPath, url, name?, extensions?, timeoutMs?}` (checked by `resolveServices`).
 * @param {string} value
 * @returns {ServiceOptions[]} (not yet checked)
 */
export function parseServicesEnv(value) {
  const text = value.trim();
  if (text.startsWith('[')) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error(`C8Y_SERVICES is not valid JSON: ${/** @type {Error} */ (error).message}`, { cause: error });
    }
    if (!Array.isArray(parsed)) throw new Error('C8Y_SERVICES must be a JSON array');
    return parsed;
  }
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const eq = s.indexOf('=');
      if (eq <= 0) throw new Error(`C8Y_SERVICES entry '${s}' is not <contextPath>=<url>`);
      return { contextPath: s.slice(0, eq).trim(), url: s.slice(eq + 1).trim() };
    });
}

/**
 * Validates the `services` option and fills in the defaults.
 * @param {unknown} value
 * @returns {Service[]}
 */
export function resolveServices(value) {
  if (!Array.isArray(value)) throw new Error('services must be an array of {contextPath, url, name?, extensions?, timeoutMs?}');
  /** @type {Set<string>} */
  const seen = new Set();
  return value.map((raw, i) => {
    const where = `services[${i}]`;
    if (!raw || typeof raw !== 'object') throw new Error(`${where} must be an object {contextPath, url, …}`);
    const s = /** @type {Record<string, unknown>} */ (raw);
    const { contextPath, url, name, extensions = [...SERVICE_EXTENSION_KINDS], timeoutMs = DEFAULT_SERVICE_TIMEOUT_MS } = s;
    if (typeof contextPath !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(contextPath)) {
      throw new Error(`${where}.contextPath must be letters, digits, "-" and "_" (up to 64)`);
    }
    if (RESERVED_CONTEXT_PATHS.has(contextPath)) throw new Error(`${where}.contextPath '${contextPath}' is the emulator's built-in Demo protocol`);
    if (seen.has(contextPath)) throw new Error(`${where}.contextPath '${contextPath}' is given twice`);
    seen.add(contextPath);
    /** @type {URL | undefined} */
    let parsed;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.search || parsed.hash || parsed.username || parsed.password) {
      throw new Error(`${where}.url must be an http(s) URL without query, fragment or credentials, e.g. http://127.0.0.1:9000`);
    }
    if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) throw new Error(`${where}.name must be a non-empty string`);
    if (
      !Array.isArray(extensions) ||
      !extensions.every((k) => SERVICE_EXTENSION_KINDS.includes(k)) ||
      new Set(extensions).size !== extensions.length
    ) {
      throw new Error(`${where}.extensions must list 'single' and/or 'bulk'`);
    }
    if (!Number.isInteger(timeoutMs) || Number(timeoutMs) < 1 || Number(timeoutMs) > 600_000) {
      throw new Error(`${where}.timeoutMs must be an integer from 1 to 600000`);
    }
    return {
      contextPath,
      url: parsed.href.replace(/\/+$/, ''),
      name: typeof name === 'string' ? name.trim() : contextPath,
      extensions: /** @type {ServiceExtensionKind[]} */ ([...extensions]),
      timeoutMs: Number(timeoutMs),
    };
  });
}

/** One line for the start-up output. @param {Service} service */
export function describeService(service) {
  const forms = service.extensions.length ? `"${service.name}" ${service.extensions.join(' and ')}` : 'no forms';
  return `service ${service.contextPath} (${forms}): /service/${service.contextPath}/… → ${service.url}/…`;
}

/** The manifest `extensions` a service (or the built-in Demo protocol) declares. @param {Pick<Service, 'name' | 'extensions'>} service */
export function serviceManifestExtensions(service) {
  return service.extensions.map((kind) => ({ name: service.name, type: EXTENSION_TYPE[kind] }));
}

/**
 * The service a path belongs to, and the rest of the path (raw, at least `/`).
 * @param {Service[]} services
 * @param {string} path raw request path
 * @returns {{service: Service, rest: string} | undefined}
 */
export function matchService(services, path) {
  for (const service of services) {
    const prefix = `/service/${service.contextPath}`;
    if (path === prefix || path.startsWith(`${prefix}/`)) return { service, rest: path.slice(prefix.length) || '/' };
  }
  return undefined;
}

/**
 * Who may call a service, as the Demo protocol's routes check: reading (GET, HEAD, OPTIONS)
 * any platform or device user, everything else a device control admin.
 * @param {string} method
 * @returns {import('./router.mjs').Access}
 */
export function serviceAccess(method) {
  return ['GET', 'HEAD', 'OPTIONS'].includes(method) ? 'user' : [ROLES.DEVICE_CONTROL_ADMIN];
}

/** Headers that belong to one connection, never passed through (RFC 9110 7.6.1). */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection',
  'te', 'trailer', 'transfer-encoding', 'upgrade',
]);

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string[]} [drop] more names to leave out
 */
function endToEndHeaders(headers, drop = []) {
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase());
  /** @type {import('node:http').OutgoingHttpHeaders} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.includes(name) || drop.includes(name)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * @typedef {object} ProxyRequest
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {Service} service
 * @property {string} rest    the raw path after `/service/<contextPath>` (at least `/`)
 * @property {string} search  the raw query string with its `?`, or ''
 * @property {string} base    the emulator's external base URL (scheme, host, mount path)
 */

/**
 * Passes one request through to its service and its answer back. Rejects with a Cumulocity
 * error (502 unreachable, 504 silent) when nothing has been answered yet; a failure while the
 * answer streams cuts the connection, so the client sees it incomplete.
 * @param {ProxyRequest} options
 * @returns {Promise<void>}
 */
export function proxyToService({ req, res, service, rest, search, base }) {
  const target = new URL(service.url);
  const path = `${target.pathname.replace(/\/+$/, '')}${rest}${search}`;
  const external = new URL(base);
  // `expect`: this server has already answered 100-continue to the caller
  const headers = endToEndHeaders(req.headers, ['host', 'expect']);
  headers['x-forwarded-host'] = external.host;
  headers['x-forwarded-proto'] = external.protocol.slice(0, -1);
  headers['x-forwarded-prefix'] = `${external.pathname.replace(/\/+$/, '')}/service/${service.contextPath}`;
  const peer = req.socket.remoteAddress;
  if (peer) headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${peer}` : peer;

  return new Promise((resolve, reject) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || undefined,
      method: req.method,
      path,
      headers,
      agent: false, // a connection per request: a restarted service never meets a stale socket
    });
    let answered = false;
    /** @param {HttpError} error */
    const fail = (error) => {
      req.unpipe(upstream);
      upstream.destroy();
      if (answered) {
        res.destroy();
        resolve();
      } else {
        reject(error);
      }
    };
    upstream.setTimeout(service.timeoutMs, () =>
      fail(new HttpError(504, 'general/gatewayTimeout', `The service '${service.contextPath}' at ${service.url} did not answer within ${service.timeoutMs} ms`)),
    );
    upstream.on('error', (error) => {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      fail(new HttpError(502, 'general/badGateway', `The service '${service.contextPath}' at ${service.url} cannot be reached: ${code ?? error.message}`));
    });
    upstream.on('response', (answer) => {
      answered = true;
      const status = answer.statusCode ?? 502;
      const answerHeaders = endToEndHeaders(answer.headers);
      if (answer.statusMessage) res.writeHead(status, answer.statusMessage, answerHeaders);
      else res.writeHead(status, answerHeaders);
      answer.pipe(res);
      // the service broke off its answer: so does the emulator
      answer.on('error', () => res.destroy());
      res.on('finish', () => resolve());
    });
    // the caller gave up (or its request broke off): stop the service's work too
    res.on('close', () => {
      if (!res.writableFinished) {
        upstream.destroy();
        resolve();
      }
    });
    req.pipe(upstream);
  });
}
