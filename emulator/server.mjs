// @ts-check
/**
 * The Cumulocity-compatible emulator: wiring of configuration, state, authentication, fault
 * injection, the route modules and the proxy to a developer's own microservices (services.mjs).
 * `createEmulator` gives a `node:http` request handler; `startEmulator` runs it as a server
 * (optionally serving a static directory, e.g. the demo).
 */
import { createServer } from 'node:http';
import { authenticate, challenge } from './auth.mjs';
import { configFromEnv, resolveConfig } from './config.mjs';
import { HttpError, badRequest, forbidden } from './errors.mjs';
import { Faults, faultError } from './faults.mjs';
import { baseUrl, sendError } from './http.mjs';
import { Router } from './router.mjs';
import { register as applications } from './routes/applications.mjs';
import { register as bulk } from './routes/bulk.mjs';
import { register as control } from './routes/control.mjs';
import { register as demoProtocol } from './routes/demo-protocol.mjs';
import { register as deviceCredentials } from './routes/device-credentials.mjs';
import { register as deviceRequests } from './routes/device-requests.mjs';
import { register as inventory } from './routes/inventory.mjs';
import { register as tenant } from './routes/tenant.mjs';
import { register as users } from './routes/users.mjs';
import { matchService, proxyToService, serviceAccess } from './services.mjs';
import { Store } from './state.mjs';
import { isApiPath, serveStatic } from './static.mjs';

/**
 * @typedef {import('./config.mjs').ConfigInput & {env?: Record<string, string | undefined>,
 *   log?: (line: string) => void}} EmulatorOptions
 *
 * @typedef {object} Emulator
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 * @property {Store} state               the live store (replaced by reset)
 * @property {import('./config.mjs').EmulatorConfig} config
 * @property {Faults} faults
 * @property {(overrides?: Record<string, unknown>) => Store} reset  fresh state with config overrides
 * @property {() => void} close          flushes the data file
 */

/**
 * CORS for any origin. A request naming its origin gets that origin back and may send
 * credentials: a page on another port signed in with the session cookie (`credentials:
 * 'include'`) is refused a wildcard. The cookies are `SameSite=Lax`, so a page of another site
 * still cannot act with them.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function setCorsHeaders(req, res) {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Expose-Headers', 'Location, Retry-After, WWW-Authenticate');
  res.setHeader('Vary', 'Origin');
  if (!origin) return res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}

/**
 * Authenticates a request for a route's `access` and checks its roles (401 or 403 otherwise).
 * @param {import('node:http').IncomingMessage} req
 * @param {Store} store
 * @param {import('./router.mjs').Access} access
 * @returns {import('./auth.mjs').Principal | undefined} undefined for public routes
 */
function authorize(req, store, access) {
  if (access === 'public') return undefined;
  const principal = authenticate(req, store);
  if (access === 'user') {
    if (principal.kind === 'bootstrap') throw forbidden('Access is denied: the bootstrap user may only request device credentials');
  } else if (!access.some((role) => principal.roles.has(role))) {
    throw forbidden(`Access is denied: ${principal.user} lacks ${access.join(' or ')}`);
  }
  return principal;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A `dropAfter` fault: the request is handled as usual (its change is made), but whatever it
 * answers, the connection is destroyed instead of sending it — the client sees a network error.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function loseAnswer(req, res) {
  const drop = () => {
    req.socket.destroy();
    return res;
  };
  res.writeHead = /** @type {any} */ (() => res);
  res.write = () => true;
  res.end = /** @type {any} */ (drop);
}

/**
 * Holds the answer back (the request is handled at once): a slow service whose change is made
 * before a client that waits less gives up.
 * @param {import('node:http').ServerResponse} res
 * @param {number} ms
 */
function answerLate(res, ms) {
  // every way out is held, not only end(): a proxied answer goes out through writeHead and write
  /** @type {(() => void)[]} */
  const held = [];
  /** @type {Record<'writeHead' | 'write' | 'end', Function>} */
  const originals = { writeHead: res.writeHead, write: res.write, end: res.end };
  for (const name of /** @type {const} */ (['writeHead', 'write', 'end'])) {
    res[name] = /** @type {any} */ ((/** @type {any[]} */ ...args) => {
      held.push(() => originals[name].apply(res, args));
      return name === 'write' ? true : res;
    });
  }
  setTimeout(() => {
    Object.assign(res, originals);
    for (const send of held) send();
  }, ms);
}

/**
 * @param {EmulatorOptions} [options] config fields (see config.mjs); `env` (default
 *   `process.env`) supplies the C8Y_* variables underneath them.
 * @returns {Emulator}
 */
export function createEmulator(options = {}) {
  const { env = process.env, log: customLog, ...fields } = options;
  const baseFields = { ...configFromEnv(env), ...fields };
  let config = resolveConfig(baseFields);
  const log = customLog ?? ((/** @type {string} */ line) => {
    if (!config.quiet) console.log(`[emulator] ${line}`);
  });
  let store = new Store(config, { log });
  const faults = new Faults();

  const api = new Router();
  for (const register of [deviceRequests, deviceCredentials, bulk, tenant, inventory, users, applications, demoProtocol]) {
    register(api);
  }

  /** @param {Record<string, unknown>} [overrides] */
  function reset(overrides = {}) {
    const next = resolveConfig({ ...baseFields, .../** @type {import('./config.mjs').ConfigInput} */ (overrides) });
    store.close();
    config = next;
    store = new Store(config, { load: false, log });
    faults.clear();
    return store;
  }

  const controlRouter = new Router();
  control(controlRouter, { reset, faults });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    let target = req.url ?? '/';
    if (/^https?:\/\//i.test(target)) {
      try {
        const u = new URL(target);
        target = u.pathname + u.search;
      } catch {
        throw badRequest('Malformed request target');
      }
    }
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
    if (!path.startsWith('/')) throw badRequest('Malformed request target');

    if (config.cors) {
      setCorsHeaders(req, res);
      if (method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
          'Access-Control-Allow-Headers':
            String(req.headers['access-control-request-headers'] ?? '') ||
            'Authorization, Content-Type, Accept, X-XSRF-TOKEN, UseXBasic, X-Requested-With',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
    }

    const isControl = path === '/__emulator' || path.startsWith('/__emulator/');
    const base = baseUrl(req, config.basePath);
    /**
     * What a route handler gets.
     * @param {Record<string, string>} params
     * @param {import('./auth.mjs').Principal} principal
     */
    const context = (params, principal) => ({ req, res, path, params, query, store, config, principal, base });
    if (isControl) {
      if (!config.control) throw new HttpError(404, 'general/Not Found', `Unknown resource: ${path}`);
      const { route, params } = controlRouter.match(method, path);
      // the control API is not authenticated
      await route.handler(context(params, /** @type {any} */ (undefined)));
      return;
    }

    const fault = faults.take(method, path);
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        req.resume();
        if (fault.body !== undefined) {
          const text = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
          res.writeHead(fault.status, {
            'Content-Type': typeof fault.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json;charset=UTF-8',
            ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}),
          });
          res.end(text);
          return;
        }
        throw faultError(/** @type {import('./faults.mjs').FaultRule & {status: number}} */ (fault));
      }
    }
    if (config.latencyMs) await sleep(config.latencyMs);
    if (fault?.dropAfter) loseAnswer(req, res);
    if (fault?.answerAfterMs) answerLate(res, fault.answerAfterMs);

    const toService = matchService(config.services, path);
    if (toService) {
      authorize(req, store, serviceAccess(method));
      await proxyToService({ req, res, ...toService, search: q < 0 ? '' : target.slice(q), base });
      return;
    }

    const { route, params } = api.match(method, path);
    const principal = authorize(req, store, route.access);
    await route.handler(context(params, /** @type {import('./auth.mjs').Principal} */ (principal)));
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function handler(req, res) {
    req.on('error', () => {});
    res.on('error', () => {});
    if (!config.quiet) {
      const started = Date.now();
      // method, path and status only: never headers or bodies (they carry credentials)
      res.on('finish', () => log(`${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`));
    }
    handle(req, res).catch((error) => {
      /** @type {HttpError} */
      let httpError;
      if (error instanceof HttpError) {
        httpError = error;
      } else {
        log(`internal error on ${req.method} ${req.url}: ${error?.stack ?? error}`);
        httpError = new HttpError(500, 'general/internalError', 'Internal error in the emulator');
      }
      if (httpError.status === 401 && !httpError.headers['WWW-Authenticate']) {
        httpError.headers['WWW-Authenticate'] = challenge(req);
      }
      // let an unread request body drain, so keep-alive connections stay usable
      if (!req.readableEnded) req.resume();
      sendError(res, httpError);
    });
  }

  return {
    handler,
    get state() {
      return store;
    },
    get config() {
      return config;
    },
    faults,
    reset,
    close() {
      store.close();
    },
  };
}

/**
 * Starts an HTTP server with the emulator (and `staticDir` for all non-API paths).
 * @param {EmulatorOptions & {port?: number, host?: string, staticDir?: string}} [options]
 * @returns {Promise<{url: string, server: import('node:http').Server, emulator: Emulator, close: () => Promise<void>}>}
 */
export async function startEmulator(options = {}) {
  const { port = 8000, host = '127.0.0.1', staticDir, ...rest } = options;
  const emulator = createEmulator(rest);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (staticDir && !isApiPath(path)) {
      serveStatic(staticDir, req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    emulator.handler(req, res);
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    url,
    server,
    emulator,
    close: () =>
      new Promise((resolve) => {
        emulator.close();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
