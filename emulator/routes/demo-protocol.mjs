// @ts-check
/**
 * The sample microservice "Demo protocol" (context path `demo-protocol`): registration metadata
 * (two JSON Schema pages + bulk, English/German), single registration and bulk registration.
 */
import { ROLES } from '../auth.mjs';
import { importCsv } from '../bulk-import.mjs';
import { HttpError } from '../errors.mjs';
import { readBody, isJsonContentType } from '../http.mjs';
import { readMultipartFile } from '../multipart.mjs';
import { createRequest, presentRequest } from '../registration.mjs';

export const DEMO_PROTOCOL = /** @type {const} */ ({
  name: 'Demo protocol',
  contextPath: 'demo-protocol',
  applicationId: '201',
  deviceType: 'c8y_DemoProtocolDevice',
});

const ROOT = `/service/${DEMO_PROTOCOL.contextPath}/deviceRegistration`;
const EXAMPLE_FILE = `${ROOT}/example.csv`;

export const EXAMPLE_CSV = 'ID;NAME;PROTOCOL_VERSION;PATH\r\ndemo-0001;Meter 1;v2;Building A/Floor 1\r\ndemo-0002;Meter 2;v1;Building B\r\n';

const TEXT = {
  en: {
    title: 'Demo protocol',
    description: 'Register devices that speak the demo protocol.',
    page1: 'Device',
    page1Description: 'Identify the device.',
    id: 'Device ID',
    idDescription: 'Letters, digits, "-" and "_" (up to 64).',
    name: 'Name',
    page2: 'Connection',
    page2Description: 'How the device connects.',
    version: 'Protocol version',
    port: 'Port',
    secure: 'Use DTLS',
    bulkTitle: 'Demo protocol bulk registration',
    exampleTitle: 'Example file',
    exampleDescription: 'Columns ID, NAME, PROTOCOL_VERSION (v1 or v2) and PATH, separated by ";".',
  },
  de: {
    title: 'Demo-Protokoll',
    description: 'Geräte registrieren, die das Demo-Protokoll sprechen.',
    page1: 'Gerät',
    page1Description: 'Das Gerät identifizieren.',
    id: 'Geräte-ID',
    idDescription: 'Buchstaben, Ziffern, "-" und "_" (bis zu 64).',
    name: 'Name',
    page2: 'Verbindung',
    page2Description: 'Wie sich das Gerät verbindet.',
    version: 'Protokollversion',
    port: 'Port',
    secure: 'DTLS verwenden',
    bulkTitle: 'Massenregistrierung Demo-Protokoll',
    exampleTitle: 'Beispieldatei',
    exampleDescription: 'Spalten ID, NAME, PROTOCOL_VERSION (v1 oder v2) und PATH, getrennt durch ";".',
  },
};

/**
 * @param {string | null} lang
 * @param {string} base external base URL
 */
export function demoMetadata(lang, base) {
  const t = (lang ?? '').toLowerCase().startsWith('de') ? TEXT.de : TEXT.en;
  return {
    c8y_DeviceRegistration: {
      title: t.title,
      description: t.description,
      pages: [
        {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          title: t.page1,
          description: t.page1Description,
          required: ['id'],
          properties: {
            id: { type: 'string', title: t.id, description: t.idDescription, minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
            name: { type: 'string', title: t.name, maxLength: 128 },
          },
        },
        {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          title: t.page2,
          description: t.page2Description,
          required: ['protocolVersion'],
          properties: {
            protocolVersion: { type: 'string', title: t.version, enum: ['v1', 'v2'], default: 'v2' },
            port: { type: 'integer', title: t.port, minimum: 1, maximum: 65535, default: 5683 },
            secure: { type: 'boolean', title: t.secure, default: true },
          },
        },
      ],
      bulk: {
        title: t.bulkTitle,
        exampleFileUrls: [{ title: t.exampleTitle, description: t.exampleDescription, url: `${base}${EXAMPLE_FILE}` }],
      },
    },
  };
}

/**
 * The microservice's own answers: plain JSON, errors as `{message}`.
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 */
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** @param {number} status @param {string} message */
const fail = (status, message) => new MicroserviceError(status, message);

class MicroserviceError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Validates the merged model of both pages.
 * @param {Record<string, unknown>} model
 */
export function validateDemoModel(model) {
  /** @type {string[]} */
  const problems = [];
  const { id, name, protocolVersion, port, secure } = model;
  if (typeof id !== 'string' || id === '') problems.push('id is required');
  else if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) problems.push('id may contain only letters, digits, "-" and "_" (up to 64)');
  if (name !== undefined && (typeof name !== 'string' || name.length > 128)) problems.push('name must be a text of up to 128 characters');
  if (protocolVersion !== 'v1' && protocolVersion !== 'v2') problems.push('protocolVersion must be v1 or v2');
  if (port !== undefined && (!Number.isInteger(port) || Number(port) < 1 || Number(port) > 65535)) problems.push('port must be an integer from 1 to 65535');
  if (secure !== undefined && typeof secure !== 'boolean') problems.push('secure must be true or false');
  return problems;
}

/**
 * Runs a microservice handler: its failures are `{message}` bodies, not Cumulocity errors.
 * @param {(ctx: import('../router.mjs').Context) => Promise<void>} fn
 * @returns {(ctx: import('../router.mjs').Context) => Promise<void>}
 */
const microservice = (fn) => async (ctx) => {
  try {
    await fn(ctx);
  } catch (error) {
    if (error instanceof MicroserviceError) send(ctx.res, error.status, { message: error.message });
    else if (error instanceof HttpError) send(ctx.res, error.status, { message: error.message, error: error.error });
    else throw error;
  }
};

/** @param {import('../router.mjs').Router} router */
export function register(router) {
  router.add('GET', `${ROOT}/metadata`, 'user', (ctx) => {
    send(ctx.res, 200, demoMetadata(ctx.query.get('lang'), ctx.base));
  });

  // a plain download link: public, like a static asset of the microservice
  router.add('GET', EXAMPLE_FILE, 'public', (ctx) => {
    ctx.res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="demo-protocol-example.csv"',
      'Content-Length': String(Buffer.byteLength(EXAMPLE_CSV)),
    });
    ctx.res.end(EXAMPLE_CSV);
  });

  router.add(
    'POST',
    ROOT,
    [ROLES.DEVICE_CONTROL_ADMIN],
    microservice(async (ctx) => {
      const buffer = await readBody(ctx.req);
      if (!isJsonContentType(ctx.req.headers['content-type'])) throw fail(415, 'Send the model as application/json');
      /** @type {unknown} */
      let model;
      try {
        model = JSON.parse(buffer.toString('utf8'));
      } catch {
        throw fail(400, 'The body is not valid JSON');
      }
      if (!model || typeof model !== 'object' || Array.isArray(model)) throw fail(400, 'The body must be a JSON object');
      const values = /** @type {Record<string, unknown>} */ (model);
      const problems = validateDemoModel(values);
      if (problems.length) throw fail(422, `Invalid registration: ${problems.join('; ')}`);
      const record = createRequest(ctx.store, { id: values.id, type: DEMO_PROTOCOL.deviceType }, ctx.principal.user);
      send(ctx.res, 201, { ...presentRequest(ctx.base, record), message: `Device ${record.id} registered` });
    }),
  );

  router.add(
    'POST',
    `${ROOT}/bulk`,
    [ROLES.DEVICE_CONTROL_ADMIN],
    microservice(async (ctx) => {
      const { data } = await readMultipartFile(ctx.req, 'file', ctx.config.maxBulkBytes);
      // each row by the same rules as a single registration (PROTOCOL_VERSION defaults to v2, as in the form)
      const checkRow = (/** @type {Record<string, string>} */ row) =>
        validateDemoModel({ id: row.ID, name: row.NAME || undefined, protocolVersion: row.PROTOCOL_VERSION || 'v2' });
      const result = importCsv(ctx.store, data, ctx.principal.user, { defaultType: DEMO_PROTOCOL.deviceType, checkRow });
      send(ctx.res, 201, result);
    }),
  );
}
