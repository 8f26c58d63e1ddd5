// @ts-check
/**
 * Emulator configuration: defaults ← environment variables ← options object.
 * Every field is documented in the README section "emulator".
 */
import { parseServicesEnv, resolveServices } from './services.mjs';

export const SECURITY_TOKEN_POLICIES = /** @type {const} */ (['IGNORED', 'OPTIONAL', 'REQUIRED']);

/**
 * @typedef {(typeof SECURITY_TOKEN_POLICIES)[number]} SecurityTokenPolicy
 *
 * @typedef {object} Subtenant
 * @property {string} id
 * @property {string} company
 *
 * @typedef {object} EmulatorConfig
 * @property {string} tenantId          current tenant id (`management` in management mode)
 * @property {string} adminUser
 * @property {string} adminPassword
 * @property {string} readerUser
 * @property {string} readerPassword
 * @property {string} bootstrapTenant   tenant of the device bootstrap user (`management`)
 * @property {string} bootstrapUser     `devicebootstrap`
 * @property {string} bootstrapPassword
 * @property {SecurityTokenPolicy | null} securityTokenPolicy  null = option not set (404)
 * @property {number | null} deviceLimit null = no limit
 * @property {boolean} management       management tenant with subtenants
 * @property {Subtenant[]} subtenants   used in management mode
 * @property {string | null} dataFile   JSON file for persistence
 * @property {number} saveDelayMs       debounce of persistence writes
 * @property {number} maxTokenAttempts  failed token attempts before BLOCKED
 * @property {number} seed              number of demo requests created at start
 * @property {string | null} bearerToken static dev bearer token (acts as the admin user)
 * @property {boolean} control          enable the /__emulator control API
 * @property {number} latencyMs         delay added to every API answer
 * @property {boolean} cors             answer CORS preflights, allow any origin
 * @property {string} basePath          path prefix the emulator is mounted under (self links)
 * @property {number} maxBulkBytes      largest accepted bulk CSV
 * @property {boolean} quiet            no log lines
 * @property {import('./services.mjs').Service[]} services  a developer's microservices, listed and proxied
 *
 * @typedef {Omit<Partial<EmulatorConfig>, 'services'> & {services?: import('./services.mjs').ServiceOptions[]}} ConfigInput
 *   config fields as options and environment variables give them (defaults left out)
 */

/** @type {Subtenant[]} */
const DEFAULT_SUBTENANTS = [
  { id: 't100', company: 'Acme Industries' },
  { id: 't200', company: 'Globex Logistics' },
  { id: 't300', company: 'Initech Energy' },
];

/** @returns {EmulatorConfig} */
export function defaultConfig() {
  return {
    tenantId: 't100',
    adminUser: 'admin',
    adminPassword: 'admin',
    readerUser: 'reader',
    readerPassword: 'reader',
    bootstrapTenant: 'management',
    bootstrapUser: 'devicebootstrap',
    bootstrapPassword: 'bootstrap',
    securityTokenPolicy: 'OPTIONAL',
    deviceLimit: null,
    management: false,
    subtenants: DEFAULT_SUBTENANTS.map((t) => ({ ...t })),
    dataFile: null,
    saveDelayMs: 200,
    maxTokenAttempts: 3,
    seed: 0,
    bearerToken: null,
    control: false,
    latencyMs: 0,
    cors: true,
    basePath: '',
    maxBulkBytes: 200 * 1024 * 1024,
    quiet: true,
    services: [],
  };
}

/**
 * @param {string | undefined} value
 * @returns {boolean | undefined}
 */
function envBool(value) {
  if (value === undefined || value === '') return undefined;
  return /^(1|true|yes|on)$/i.test(value.trim());
}

/**
 * @param {string | undefined} value
 * @returns {number | null | undefined} undefined = not set, null = "off"
 */
function envNumber(value) {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^(off|none|null|false|-1)$/i.test(value.trim())) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a non-negative number: ${value}`);
  return Math.floor(n);
}

/**
 * Reads the C8Y_* environment variables into partial config.
 * @param {Record<string, string | undefined>} env
 * @returns {ConfigInput}
 */
export function configFromEnv(env) {
  /** @type {ConfigInput} */
  const c = {};
  if (env.C8Y_TENANT) c.tenantId = env.C8Y_TENANT;
  if (env.C8Y_ADMIN_USER) c.adminUser = env.C8Y_ADMIN_USER;
  if (env.C8Y_ADMIN_PASSWORD) c.adminPassword = env.C8Y_ADMIN_PASSWORD;
  if (env.C8Y_READER_USER) c.readerUser = env.C8Y_READER_USER;
  if (env.C8Y_READER_PASSWORD) c.readerPassword = env.C8Y_READER_PASSWORD;
  if (env.C8Y_BOOTSTRAP_PASSWORD) c.bootstrapPassword = env.C8Y_BOOTSTRAP_PASSWORD;
  if (env.C8Y_SECURITY_TOKEN_POLICY !== undefined && env.C8Y_SECURITY_TOKEN_POLICY !== '') {
    const p = env.C8Y_SECURITY_TOKEN_POLICY.trim().toUpperCase();
    c.securityTokenPolicy = p === 'UNSET' ? null : /** @type {SecurityTokenPolicy} */ (p);
  }
  const limit = envNumber(env.C8Y_DEVICE_LIMIT);
  if (limit !== undefined) c.deviceLimit = limit === 0 ? null : limit;
  const management = envBool(env.C8Y_MANAGEMENT);
  if (management !== undefined) c.management = management;
  if (env.C8Y_SUBTENANTS) {
    c.subtenants = env.C8Y_SUBTENANTS.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [id, ...company] = s.split(':');
        return { id: id.trim(), company: company.join(':').trim() || id.trim() };
      });
  }
  if (env.C8Y_DATA_FILE) c.dataFile = env.C8Y_DATA_FILE;
  const attempts = envNumber(env.C8Y_MAX_TOKEN_ATTEMPTS);
  if (attempts) c.maxTokenAttempts = attempts;
  const seed = envNumber(env.C8Y_SEED);
  if (seed !== undefined) c.seed = seed ?? 0;
  if (env.C8Y_BEARER_TOKEN) c.bearerToken = env.C8Y_BEARER_TOKEN;
  const latency = envNumber(env.C8Y_LATENCY_MS);
  if (latency !== undefined) c.latencyMs = latency ?? 0;
  const cors = envBool(env.C8Y_CORS);
  if (cors !== undefined) c.cors = cors;
  const control = envBool(env.C8Y_CONTROL);
  if (control !== undefined) c.control = control;
  const quiet = envBool(env.C8Y_QUIET);
  if (quiet !== undefined) c.quiet = quiet;
  if (env.C8Y_SERVICES?.trim()) c.services = parseServicesEnv(env.C8Y_SERVICES);
  return c;
}

/**
 * Validates and completes a config.
 * @param {ConfigInput} partial
 * @returns {EmulatorConfig}
 */
export function resolveConfig(partial) {
  /** @type {EmulatorConfig} */
  const config = { ...defaultConfig() };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined && key in config) /** @type {Record<string, unknown>} */ (config)[key] = value;
  }
  if (config.management && partial.tenantId === undefined) config.tenantId = 'management';
  if (config.securityTokenPolicy !== null && !SECURITY_TOKEN_POLICIES.includes(config.securityTokenPolicy)) {
    throw new Error(`securityTokenPolicy must be one of ${SECURITY_TOKEN_POLICIES.join(', ')} or null`);
  }
  if (config.deviceLimit !== null && (!Number.isInteger(config.deviceLimit) || config.deviceLimit < 0)) {
    throw new Error('deviceLimit must be a non-negative integer or null');
  }
  if (!Number.isInteger(config.maxTokenAttempts) || config.maxTokenAttempts < 1) {
    throw new Error('maxTokenAttempts must be a positive integer');
  }
  if (!Number.isInteger(config.seed) || config.seed < 0 || config.seed > 100000) {
    throw new Error('seed must be an integer between 0 and 100000');
  }
  if (
    !Array.isArray(config.subtenants) ||
    !config.subtenants.every((t) => t && typeof t.id === 'string' && t.id !== '' && typeof t.company === 'string')
  ) {
    throw new Error('subtenants must be an array of {id, company}');
  }
  for (const key of /** @type {const} */ (['management', 'cors', 'control', 'quiet'])) {
    if (typeof config[key] !== 'boolean') throw new Error(`${key} must be true or false`);
  }
  if (!Number.isInteger(config.latencyMs) || config.latencyMs < 0 || config.latencyMs > 60_000) {
    throw new Error('latencyMs must be an integer from 0 to 60000');
  }
  if (config.bearerToken !== null && (typeof config.bearerToken !== 'string' || config.bearerToken === '')) {
    throw new Error('bearerToken must be a non-empty string or null');
  }
  for (const key of /** @type {const} */ (['tenantId', 'adminUser', 'adminPassword', 'readerUser', 'readerPassword', 'bootstrapPassword'])) {
    if (typeof config[key] !== 'string' || config[key] === '') throw new Error(`${key} must be a non-empty string`);
  }
  config.basePath = String(config.basePath || '').replace(/\/+$/, '');
  config.services = resolveServices(config.services);
  return config;
}
