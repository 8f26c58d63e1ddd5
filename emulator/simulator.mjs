#!/usr/bin/env node
// @ts-check
/**
 * Device simulator: N fake devices run Cumulocity's bootstrap flow against an emulator (or a
 * real tenant). Each device polls `POST /devicecontrol/deviceCredentials` with the bootstrap
 * user, some sending a security token, and reports when it receives credentials (the password
 * is masked).
 *
 *   node emulator/simulator.mjs --url http://127.0.0.1:8000 --devices 10 [--with-token 3]
 *     [--interval 2000] [--register] [--prefix sim] [--timeout 600]
 *
 * Environment: C8Y_TENANT, C8Y_ADMIN_USER/PASSWORD (for --register), C8Y_BOOTSTRAP_PASSWORD.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * @typedef {object} SimulatorOptions
 * @property {string} url
 * @property {number} devices
 * @property {number} withToken   the first N devices send a security token
 * @property {number} interval    ms between polls of one device
 * @property {boolean} register   create the requests first via the admin API
 * @property {string} prefix
 * @property {number} timeout     seconds before giving up (0 = never)
 * @property {string} tenant
 * @property {string} adminUser
 * @property {string} adminPassword
 * @property {string} bootstrapUser  `management/devicebootstrap`
 * @property {string} bootstrapPassword
 * @property {(line: string) => void} [log]
 * @property {AbortSignal} [signal]
 *
 * @typedef {{id: string, token?: string, state: 'polling' | 'pending' | 'done' | 'blocked' | 'failed', username?: string}} SimDevice
 */

/** @param {string} password */
export const mask = (password) => '*'.repeat(Math.min(Math.max(password.length, 8), 16));

/** @param {string} user @param {string} password */
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** @param {number} ms @param {AbortSignal} [signal] */
const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve(undefined);
    }, { once: true });
  });

/**
 * Runs the simulation; resolves with the devices' final states.
 * @param {SimulatorOptions} options
 * @returns {Promise<SimDevice[]>}
 */
export async function runSimulator(options) {
  const log = options.log ?? ((line) => console.log(line));
  const base = options.url.replace(/\/+$/, '');
  const run = Date.now().toString(36).slice(-4);
  /** @type {SimDevice[]} */
  const devices = Array.from({ length: options.devices }, (_, i) => {
    const id = `${options.prefix}-${run}-${String(i + 1).padStart(3, '0')}`;
    return i < options.withToken ? { id, token: `tok-${id}`, state: 'polling' } : { id, state: 'polling' };
  });

  if (options.register) {
    const auth = basic(`${options.tenant}/${options.adminUser}`, options.adminPassword);
    for (const d of devices) {
      const res = await fetch(`${base}/devicecontrol/newDeviceRequests`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ id: d.id }),
        signal: options.signal,
      });
      if (res.status === 201) log(`registered ${d.id}`);
      else log(`could not register ${d.id}: HTTP ${res.status} ${await res.text()}`);
    }
  }
  for (const d of devices) {
    log(`device ${d.id} starts polling${d.token ? ` with security token ${d.token}` : ''}`);
  }

  const bootstrapAuth = basic(options.bootstrapUser, options.bootstrapPassword);
  const deadline = options.timeout > 0 ? Date.now() + options.timeout * 1000 : Infinity;

  /** @param {SimDevice} d */
  const poll = async (d) => {
    while (!options.signal?.aborted && Date.now() < deadline) {
      try {
        const res = await fetch(`${base}/devicecontrol/deviceCredentials`, {
          method: 'POST',
          headers: { Authorization: bootstrapAuth, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(d.token ? { id: d.id, securityToken: d.token } : { id: d.id }),
          signal: options.signal,
        });
        const text = await res.text();
        if (res.status === 200 || res.status === 201) {
          const credentials = JSON.parse(text);
          d.state = 'done';
          d.username = `${credentials.tenantId}/${credentials.username}`;
          log(`device ${d.id} received credentials: user ${d.username}, password ${mask(String(credentials.password ?? ''))}`);
          return;
        }
        if (res.status === 404) {
          if (d.state === 'polling') log(`device ${d.id} is waiting for acceptance`);
          d.state = 'pending';
        } else if (res.status === 422 && /blocked/i.test(text)) {
          d.state = 'blocked';
          log(`device ${d.id} is BLOCKED: delete and register it again`);
          return;
        } else if (res.status === 401 || res.status === 403) {
          d.state = 'failed';
          log(`device ${d.id}: the bootstrap user was refused (HTTP ${res.status})`);
          return;
        } else {
          log(`device ${d.id}: HTTP ${res.status}, retrying`);
        }
      } catch (error) {
        if (options.signal?.aborted) return;
        log(`device ${d.id}: ${/** @type {Error} */ (error).message}, retrying`);
      }
      await sleep(options.interval, options.signal);
    }
  };
  await Promise.all(devices.map((d, i) => sleep(Math.min(i * 50, options.interval), options.signal).then(() => poll(d))));
  const done = devices.filter((d) => d.state === 'done').length;
  log(`${done} of ${devices.length} devices received credentials`);
  return devices;
}

/** @param {string[]} argv */
export function parseSimulatorArgs(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:8000' },
      devices: { type: 'string', default: '10' },
      'with-token': { type: 'string', default: '0' },
      interval: { type: 'string', default: '2000' },
      register: { type: 'boolean', default: false },
      prefix: { type: 'string', default: 'sim' },
      timeout: { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  /** @param {string | undefined} v @param {string} name */
  const int = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
    return n;
  };
  return {
    help: values.help === true,
    options: {
      url: String(values.url),
      devices: int(values.devices, 'devices'),
      withToken: int(values['with-token'], 'with-token'),
      interval: Math.max(50, int(values.interval, 'interval')),
      register: values.register === true,
      prefix: String(values.prefix),
      timeout: int(values.timeout, 'timeout'),
      tenant: env.C8Y_TENANT || 't100',
      adminUser: env.C8Y_ADMIN_USER || 'admin',
      adminPassword: env.C8Y_ADMIN_PASSWORD || 'admin',
      bootstrapUser: 'management/devicebootstrap',
      bootstrapPassword: env.C8Y_BOOTSTRAP_PASSWORD || 'bootstrap',
    },
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const { help, options } = parseSimulatorArgs(process.argv.slice(2));
    if (help) {
      console.log('node emulator/simulator.mjs --url URL --devices N [--with-token K] [--interval MS] [--register] [--prefix P] [--timeout S]');
      process.exit(0);
    }
    const controller = new AbortController();
    process.on('SIGINT', () => controller.abort());
    const devices = await runSimulator({ ...options, signal: controller.signal });
    process.exit(devices.every((d) => d.state === 'done') ? 0 : 1);
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(2);
  }
}
