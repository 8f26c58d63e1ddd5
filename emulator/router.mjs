// @ts-check
/** A tiny method + path router with `:param` segments and 404/405 answers. */
import { HttpError, badRequest } from './errors.mjs';

/**
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {string} path           raw (still percent-encoded) path without the mount prefix
 * @property {Record<string, string>} params  decoded path parameters
 * @property {URLSearchParams} query
 * @property {import('./state.mjs').Store} store
 * @property {import('./config.mjs').EmulatorConfig} config
 * @property {import('./auth.mjs').Principal} principal  set for authenticated routes
 * @property {string} base           external base URL for `self` links
 */

/**
 * `public`: no authentication; `user`: any platform or device user (not the bootstrap user);
 * an array: any one of these roles.
 * @typedef {'public' | 'user' | string[]} Access
 *
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} regex
 * @property {string[]} names
 * @property {Access} access
 * @property {(ctx: Context) => unknown} handler
 */

export class Router {
  constructor() {
    /** @type {Route[]} */
    this.routes = [];
  }

  /**
   * @param {string} method
   * @param {string} pattern e.g. `/devicecontrol/newDeviceRequests/:id`
   * @param {Access} access
   * @param {(ctx: Context) => unknown} handler
   */
  add(method, pattern, access, handler) {
    /** @type {string[]} */
    const names = [];
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method: method.toUpperCase(), regex: new RegExp(`^${source}/?$`), names, access, handler });
    return this;
  }

  /**
   * @param {string} method
   * @param {string} path raw path
   * @returns {{route: Route, params: Record<string, string>}}
   */
  match(method, path) {
    const upper = method.toUpperCase();
    /** @type {Set<string>} */
    const allowed = new Set();
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (route.method === upper || (upper === 'HEAD' && route.method === 'GET')) {
        /** @type {Record<string, string>} */
        const params = {};
        route.names.forEach((name, i) => {
          try {
            params[name] = decodeURIComponent(m[i + 1]);
          } catch {
            throw badRequest(`Malformed percent-encoding in path parameter '${name}'`);
          }
        });
        return { route, params };
      }
      allowed.add(route.method);
    }
    if (allowed.size > 0) {
      throw new HttpError(405, 'general/methodNotAllowed', `Request method '${upper}' is not supported for ${path}`, {
        Allow: [...allowed].join(', '),
      });
    }
    throw new HttpError(404, 'general/Not Found', `Unknown resource: ${path}`);
  }
}
