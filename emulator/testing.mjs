// @ts-check
/**
 * Helpers for node tests that drive the emulator over real HTTP: a fresh emulator per test
 * (`node:test` context) and small fetch wrappers for the calls a registration UI makes.
 */
import { startEmulator } from './server.mjs';

export const ADMIN = `Basic ${Buffer.from('t100/admin:admin').toString('base64')}`;
export const READER = `Basic ${Buffer.from('t100/reader:reader').toString('base64')}`;
export const BOOTSTRAP = `Basic ${Buffer.from('management/devicebootstrap:bootstrap').toString('base64')}`;
export const ERROR_TYPE = /^application\/vnd\.com\.nsn\.cumulocity\.error\+json/;

/**
 * Starts an emulator on a free port (no environment variables leak in); `t.after` closes it.
 * @param {import('node:test').TestContext} t
 * @param {import('./server.mjs').EmulatorOptions & {staticDir?: string}} [options]
 */
export async function emulator(t, options = {}) {
  const server = await startEmulator({ port: 0, env: {}, ...options });
  t.after(() => server.close());
  return new Api(server);
}

export class Api {
  /** @param {Awaited<ReturnType<typeof startEmulator>>} server */
  constructor(server) {
    this.server = server;
    this.url = server.url;
  }

  get store() {
    return this.server.emulator.state;
  }

  /**
   * @param {string} path
   * @param {{method?: string, auth?: string | null, json?: unknown, body?: string | FormData | Uint8Array, headers?: Record<string, string>}} [init]
   * @returns {Promise<{status: number, headers: Headers, text: string, body: any}>}
   */
  async call(path, { method = 'GET', auth = ADMIN, json, body, headers = {} } = {}) {
    /** @type {Record<string, string>} */
    const h = { Accept: 'application/json', ...headers };
    if (auth) h.Authorization = auth;
    if (json !== undefined) h['Content-Type'] ??= 'application/json';
    const res = await fetch(this.url + path, { method, headers: h, body: json !== undefined ? JSON.stringify(json) : body });
    const text = await res.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  /** @param {string} id @param {Record<string, unknown>} [extra] */
  create(id, extra = {}) {
    return this.call('/devicecontrol/newDeviceRequests', { method: 'POST', json: { id, ...extra } });
  }

  /** The device's bootstrap call. @param {string} id @param {string} [securityToken] */
  bootstrap(id, securityToken) {
    return this.call('/devicecontrol/deviceCredentials', {
      method: 'POST',
      auth: BOOTSTRAP,
      json: securityToken === undefined ? { id } : { id, securityToken },
    });
  }

  /** @param {string} id @param {string} [securityToken] */
  accept(id, securityToken) {
    return this.call(`/devicecontrol/newDeviceRequests/${encodeURIComponent(id)}`, {
      method: 'PUT',
      json: securityToken === undefined ? { status: 'ACCEPTED' } : { status: 'ACCEPTED', securityToken },
    });
  }

  /** @param {string} id */
  get(id) {
    return this.call(`/devicecontrol/newDeviceRequests/${encodeURIComponent(id)}`);
  }

  /**
   * Uploads a CSV as multipart part `file`.
   * @param {string | Uint8Array} csv
   * @param {{path?: string, auth?: string, field?: string}} [options]
   */
  upload(csv, { path = '/devicecontrol/bulkNewDeviceRequests', auth = ADMIN, field = 'file' } = {}) {
    const form = new FormData();
    form.append(field, new Blob([csv], { type: 'text/csv' }), 'devices.csv');
    return this.call(path, { method: 'POST', auth, body: form });
  }

  /** @param {Record<string, unknown>} [overrides] */
  reset(overrides = {}) {
    return this.call('/__emulator/reset', { method: 'POST', auth: null, json: overrides });
  }
}
