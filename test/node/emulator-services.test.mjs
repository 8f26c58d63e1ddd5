// @ts-check
/**
 * A developer's own microservice in the emulator (`services` / `C8Y_SERVICES`): a real tiny HTTP
 * service started here is listed as a microservice application and reached over real HTTP through
 * `/service/<contextPath>/…`, its bytes passed through unchanged both ways.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ApplicationService, BasicAuth, Client } from '@c8y/client';
import ts from 'typescript';
import { configFromEnv, resolveConfig } from '../../emulator/config.mjs';
import { ADMIN, BOOTSTRAP, ERROR_TYPE, READER, emulator } from '../../emulator/testing.mjs';

const METADATA = {
  c8y_DeviceRegistration: {
    title: 'Acme LoRa',
    description: 'Register LoRa sensors.',
    pages: [
      { type: 'object', title: 'Device', required: ['id'], properties: { id: { type: 'string', title: 'DevEUI' } } },
      { type: 'object', title: 'Keys', properties: { appKey: { type: 'string', title: 'AppKey' } } },
    ],
    bulk: { title: 'Acme LoRa bulk', exampleFileUrls: [{ title: 'Example', url: 'deviceRegistration/example.csv' }] },
  },
};

/**
 * @typedef {{method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: Buffer}} Seen
 */

/**
 * Starts the developer's service: it records every request it gets and answers by path.
 * `t.after` stops it.
 * @param {import('node:test').TestContext} t
 */
async function startService(t) {
  /** @type {Seen[]} */
  const seen = [];
  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: String(req.method), url: String(req.url), headers: req.headers, body });
      /** @param {number} status @param {unknown} json @param {Record<string, string>} [headers] */
      const send = (status, json, headers = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(json));
      };
      const path = String(req.url).split('?')[0];
      if (path === '/acme/deviceRegistration/metadata') {
        // in two writes, so the answer is streamed (chunked) rather than sent in one piece
        const text = JSON.stringify(METADATA);
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Acme': 'metadata', 'Set-Cookie': ['a=1', 'b=2'] });
        res.write(text.slice(0, 40));
        setTimeout(() => res.end(text.slice(40)), 20);
      } else if (path === '/acme/deviceRegistration' && req.method === 'POST') {
        const model = JSON.parse(body.toString('utf8'));
        if (model.id === 'bad') send(422, { message: 'DevEUI must be 16 hexadecimal digits' });
        else if (model.id === 'boom') send(500, { message: 'database down' });
        else send(201, { id: model.id, message: `Sensor ${model.id} registered` }, { Location: `/sensors/${model.id}` });
      } else if (path === '/acme/deviceRegistration/bulk' && req.method === 'POST') {
        send(201, { numberOfAll: 2, numberOfCreated: 2, numberOfFailed: 0, numberOfSuccessful: 2, failedCreationList: [] });
      } else if (path === '/acme/slow') {
        // never answers
      } else {
        send(404, { message: `no ${path}` });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { seen, url: `http://127.0.0.1:${port}/acme`, port };
}

/** A port nothing listens on (a server was there a moment ago). */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The emulator with the service `acme-lora` (and a bulk-only `acme-csv`), plus a raw fetch.
 * @param {import('node:test').TestContext} t
 */
async function setup(t) {
  const service = await startService(t);
  const api = await emulator(t, {
    services: [
      { contextPath: 'acme-lora', url: service.url, name: 'Acme LoRa' },
      { contextPath: 'acme-csv', url: service.url, extensions: ['bulk'] },
    ],
  });
  /**
   * @param {string} path
   * @param {RequestInit & {headers?: Record<string, string>}} [init]
   */
  const raw = async (path, init = {}) => {
    const res = await fetch(api.url + path, { ...init, headers: { Authorization: ADMIN, Accept: 'application/json', ...init.headers } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  return { service, api, raw };
}

/** @param {{status: number, headers: Headers, body: any}} res @param {number} status */
function assertCumulocityError(res, status) {
  assert.equal(res.status, status);
  assert.match(String(res.headers.get('content-type')), ERROR_TYPE);
  assert.equal(typeof res.body?.error, 'string');
  assert.equal(typeof res.body?.message, 'string');
}

describe('a developer\'s microservice (services)', () => {
  it('is listed as a microservice application with its registration extensions', async (t) => {
    const { api } = await setup(t);
    const byUser = await api.call('/application/applicationsByUser/admin?dropOverwrittenApps=true&noPaging=true');
    assert.equal(byUser.status, 200);
    /** @type {Record<string, any>} */
    const apps = Object.fromEntries(byUser.body.applications.map((/** @type {any} */ a) => [a.contextPath, a]));
    assert.equal(apps['acme-lora'].type, 'MICROSERVICE');
    assert.equal(apps['acme-lora'].name, 'acme-lora');
    assert.deepEqual(apps['acme-lora'].manifest.extensions, [
      { name: 'Acme LoRa', type: 'extensibleDeviceRegistration' },
      { name: 'Acme LoRa', type: 'extensibleBulkDeviceRegistration' },
    ]);
    assert.deepEqual(apps['acme-csv'].manifest.extensions, [{ name: 'acme-csv', type: 'extensibleBulkDeviceRegistration' }]);
    assert.ok(apps['demo-protocol'], 'the built-in Demo protocol stays');
    const microservices = await api.call('/application/applications?type=MICROSERVICE');
    assert.deepEqual(
      microservices.body.applications.map((/** @type {any} */ a) => [a.id, a.contextPath]),
      [['201', 'demo-protocol'], ['301', 'acme-lora'], ['302', 'acme-csv']],
    );
  });

  it('passes the 2-page metadata through: path, query, headers and the answer\'s bytes', async (t) => {
    const { service, raw } = await setup(t);
    const res = await raw('/service/acme-lora/deviceRegistration/metadata?lang=de&x=%C3%BC');
    assert.equal(res.status, 200);
    assert.ok(res.bytes.equals(Buffer.from(JSON.stringify(METADATA))));
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('x-acme'), 'metadata');
    assert.deepEqual(res.headers.getSetCookie(), ['a=1', 'b=2']);
    const [got] = service.seen;
    assert.equal(got.method, 'GET');
    assert.equal(got.url, '/acme/deviceRegistration/metadata?lang=de&x=%C3%BC');
    assert.equal(got.headers.authorization, ADMIN);
    assert.equal(got.headers.accept, 'application/json');
    assert.equal(got.headers.host, `127.0.0.1:${service.port}`);
    assert.equal(got.headers['x-forwarded-prefix'], '/service/acme-lora');
    assert.equal(got.headers['x-forwarded-proto'], 'http');
  });

  it('passes a single registration through unchanged, both ways', async (t) => {
    const { service, raw } = await setup(t);
    const body = Buffer.from('{"id":"70b3d5","appKey":"ümlaut","nested":{"a":[1,2]}}');
    const res = await raw('/service/acme-lora/deviceRegistration', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), '/sensors/70b3d5');
    assert.ok(res.bytes.equals(Buffer.from(JSON.stringify({ id: '70b3d5', message: 'Sensor 70b3d5 registered' }))));
    const [got] = service.seen;
    assert.equal(got.url, '/acme/deviceRegistration');
    assert.ok(got.body.equals(body));
    assert.equal(got.headers['content-type'], 'application/json;charset=UTF-8');
    assert.equal(got.headers['content-length'], String(body.length));
  });

  it('passes a multipart bulk upload through byte for byte', async (t) => {
    const { service, raw } = await setup(t);
    const boundary = '----devreg-test-boundary';
    const csv = Buffer.concat([Buffer.from('ID;NAME\r\nlora-1;K'), Buffer.from([0xf6]), Buffer.from('ln\r\nlora-2;Bonn\r\n')]); // Windows-1252 ö
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sensors.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      csv,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await raw('/service/acme-csv/deviceRegistration/bulk', {
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    });
    assert.equal(res.status, 201);
    assert.equal(JSON.parse(res.bytes.toString('utf8')).numberOfCreated, 2);
    const [got] = service.seen;
    assert.equal(got.url, '/acme/deviceRegistration/bulk');
    assert.equal(got.headers['content-type'], `multipart/form-data; boundary=${boundary}`);
    assert.ok(got.body.equals(body), 'the service got the very bytes sent');
  });

  it('passes the service\'s error answers through (422 with its message, 500)', async (t) => {
    const { api } = await setup(t);
    const path = '/service/acme-lora/deviceRegistration';
    const invalid = await api.call(path, { method: 'POST', json: { id: 'bad' } });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.text, JSON.stringify({ message: 'DevEUI must be 16 hexadecimal digits' }));
    assert.equal(invalid.headers.get('content-type'), 'application/json; charset=utf-8');
    const broken = await api.call(path, { method: 'POST', json: { id: 'boom' } });
    assert.equal(broken.status, 500);
    assert.equal(broken.text, JSON.stringify({ message: 'database down' }));
    const unknown = await api.call('/service/acme-lora/nothing');
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, { message: 'no /acme/nothing' });
  });

  it('answers 502 with a Cumulocity error when the service is down, 504 when it is silent', async (t) => {
    const port = await closedPort();
    const service = await startService(t);
    const api = await emulator(t, {
      services: [
        { contextPath: 'gone', url: `http://127.0.0.1:${port}` },
        { contextPath: 'slow', url: service.url, timeoutMs: 200 },
      ],
    });
    const down = await api.call('/service/gone/deviceRegistration', { method: 'POST', json: { id: 'x' } });
    assertCumulocityError(down, 502);
    assert.equal(down.body.error, 'general/badGateway');
    assert.equal(down.body.message, `The service 'gone' at http://127.0.0.1:${port} cannot be reached: ECONNREFUSED`);
    const silent = await api.call('/service/slow/slow');
    assertCumulocityError(silent, 504);
    assert.equal(silent.body.error, 'general/gatewayTimeout');
    assert.match(silent.body.message, /did not answer within 200 ms/);
    // the emulator is still fine afterwards
    assert.equal((await api.call('/service/slow/deviceRegistration/metadata')).status, 200);
  });

  it('lets only users allowed to call microservices through', async (t) => {
    const { service, api } = await setup(t);
    const path = '/service/acme-lora/deviceRegistration';
    assertCumulocityError(await api.call(path, { method: 'POST', auth: READER, json: { id: 'r' } }), 403);
    assertCumulocityError(await api.call(`${path}/metadata`, { auth: BOOTSTRAP }), 403);
    assertCumulocityError(await api.call(`${path}/metadata`, { auth: null }), 401);
    assertCumulocityError(await api.call(`${path}/metadata`, { auth: `Basic ${Buffer.from('t100/admin:wrong').toString('base64')}` }), 401);
    assert.equal(service.seen.length, 0, 'the service never saw a refused request');
    // reading, as the Demo protocol's metadata, is open to every platform user
    assert.equal((await api.call(`${path}/metadata`, { auth: READER })).status, 200);
    assert.equal(service.seen[0].headers.authorization, READER);
  });

  it('reads C8Y_SERVICES (contextPath=url list or JSON) and refuses bad entries', () => {
    const list = resolveConfig(configFromEnv({ C8Y_SERVICES: 'acme-lora=http://127.0.0.1:9000/, acme-csv = http://[::1]:9001/x' }));
    assert.deepEqual(list.services, [
      { contextPath: 'acme-lora', url: 'http://127.0.0.1:9000', name: 'acme-lora', extensions: ['single', 'bulk'], timeoutMs: 30000 },
      { contextPath: 'acme-csv', url: 'http://[::1]:9001/x', name: 'acme-csv', extensions: ['single', 'bulk'], timeoutMs: 30000 },
    ]);
    const json = resolveConfig(
      configFromEnv({ C8Y_SERVICES: '[{"contextPath":"acme","url":"https://acme.example","name":"Acme","extensions":["single"],"timeoutMs":5000}]' }),
    );
    assert.deepEqual(json.services, [{ contextPath: 'acme', url: 'https://acme.example', name: 'Acme', extensions: ['single'], timeoutMs: 5000 }]);
    assert.deepEqual(resolveConfig(configFromEnv({})).services, []);
    /** @param {unknown} services @param {RegExp} message */
    const refused = (services, message) => assert.throws(() => resolveConfig({ services: /** @type {any} */ (services) }), message);
    refused([{ contextPath: 'a b', url: 'http://x' }], /contextPath must be/);
    refused([{ contextPath: 'demo-protocol', url: 'http://x' }], /built-in Demo protocol/);
    refused([{ contextPath: 'a', url: 'http://x' }, { contextPath: 'a', url: 'http://y' }], /given twice/);
    refused([{ contextPath: 'a', url: 'ftp://x' }], /url must be an http\(s\) URL/);
    refused([{ contextPath: 'a', url: 'http://x?y=1' }], /url must be/);
    refused([{ contextPath: 'a', url: 'http://user@x' }], /without query, fragment or credentials/);
    refused([{ contextPath: 'a', url: 'http://:s3cret@x' }], /without query, fragment or credentials/); // (it would be printed)
    refused([{ contextPath: 'a', url: 'http://x', extensions: ['single', 'other'] }], /extensions must list/);
    refused([{ contextPath: 'a', url: 'http://x', timeoutMs: 0 }], /timeoutMs/);
    refused({ contextPath: 'a' }, /services must be an array/);
    assert.throws(() => configFromEnv({ C8Y_SERVICES: 'acme-lora' }), /not <contextPath>=<url>/);
    assert.throws(() => configFromEnv({ C8Y_SERVICES: '[{' }), /not valid JSON/);
  });

  it('holds its answer back under an injected answerAfterMs, as every API path\'s', async (t) => {
    const service = await startService(t);
    const api = await emulator(t, { control: true, services: [{ contextPath: 'acme-lora', url: service.url }] });
    const rules = { rules: [{ method: 'POST', path: '^/service/acme-lora/deviceRegistration$', answerAfterMs: 600, times: 1 }] };
    assert.equal((await api.call('/__emulator/faults', { method: 'POST', auth: null, json: rules })).status, 200);
    const started = Date.now();
    const answer = api.call('/service/acme-lora/deviceRegistration', { method: 'POST', json: { id: 'late-1' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(service.seen.length, 1, 'the service has the request');
    const { status, body } = await answer;
    assert.equal(status, 201);
    assert.equal(body.id, 'late-1');
    assert.ok(Date.now() - started >= 550, `answered after ${Date.now() - started} ms`);
  });

  it('cannot be changed through the control API reset', async (t) => {
    const api = await emulator(t, { control: true });
    const reset = await api.reset({ services: [{ contextPath: 'evil', url: 'http://127.0.0.1:1' }] });
    assert.equal(reset.status, 422);
  });

  it('is listed by @c8y/client and reached through its fetch', async (t) => {
    const { api } = await setup(t);
    const client = new Client(new BasicAuth({ tenant: 't100', user: 'admin', password: 'admin' }), api.url);
    const { data: mine } = await new ApplicationService(client.core).listByUser('admin');
    const acme = mine.find((a) => a.contextPath === 'acme-lora');
    assert.ok(acme);
    assert.equal(acme.type, 'MICROSERVICE');
    assert.deepEqual(acme.manifest?.extensions, [
      { name: 'Acme LoRa', type: 'extensibleDeviceRegistration' },
      { name: 'Acme LoRa', type: 'extensibleBulkDeviceRegistration' },
    ]);
    const res = await client.core.fetch('/service/acme-lora/deviceRegistration/metadata?lang=en');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), METADATA);
  });

  it('serves CumulocityAdapter: extensions, metadata, a registration and its refusal', async (t) => {
    const { api } = await setup(t);
    const { CumulocityAdapter } = await loadCumulocityAdapter(t);
    const adapter = new CumulocityAdapter({ baseUrl: api.url, auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' } });
    const extensions = await adapter.listExtensions();
    const acme = extensions.filter((/** @type {{contextPath: string}} */ e) => e.contextPath.startsWith('acme'));
    assert.deepEqual(acme, [
      { name: 'Acme LoRa', type: 'extensibleDeviceRegistration', contextPath: 'acme-lora' },
      { name: 'Acme LoRa', type: 'extensibleBulkDeviceRegistration', contextPath: 'acme-lora' },
      { name: 'acme-csv', type: 'extensibleBulkDeviceRegistration', contextPath: 'acme-csv' },
    ]);
    const metadata = await adapter.getExtensionMetadata(acme[0], 'en');
    assert.equal(metadata.title, 'Acme LoRa');
    assert.equal(metadata.pages.length, 2);
    assert.deepEqual(await adapter.registerWithExtension(acme[0], { id: 'eui-1' }), { id: 'eui-1', message: 'Sensor eui-1 registered' });
    await assert.rejects(adapter.registerWithExtension(acme[0], { id: 'bad' }), (error) => {
      const e = /** @type {{status: number, message: string}} */ (error);
      return e.status === 422 && e.message === 'DevEUI must be 16 hexadecimal digits';
    });
  });
});

/**
 * `CumulocityAdapter` for node: its sources (src/adapters, no browser APIs but the upload's
 * XMLHttpRequest) transpiled by TypeScript into a temporary folder.
 * @param {import('node:test').TestContext} t
 * @returns {Promise<any>}
 */
async function loadCumulocityAdapter(t) {
  const root = fileURLToPath(new URL('../../src/adapters/', import.meta.url));
  const out = await mkdtemp(join(tmpdir(), 'devreg-adapter-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const dest = join(out, file.slice(root.length)).replace(/\.ts$/, '.js');
    await mkdir(dirname(dest), { recursive: true });
    await writeFile(dest, outputText);
  }
  return import(join(out, 'cumulocity-adapter.js'));
}
