// @ts-check
/** Hostile input never crashes the emulator: random requests, raw garbage on the socket. */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ADMIN, BOOTSTRAP, READER, emulator } from '../../emulator/testing.mjs';

const PATHS = [
  '/devicecontrol/newDeviceRequests',
  '/devicecontrol/newDeviceRequests/{x}',
  '/devicecontrol/newDeviceRequests/acceptAll',
  '/devicecontrol/newDeviceRequests/limit',
  '/devicecontrol/deviceCredentials',
  '/devicecontrol/bulkNewDeviceRequests',
  '/tenant/options/{x}/{x}',
  '/tenant/options',
  '/tenant/currentTenant',
  '/tenant/tenants',
  '/tenant/oauth',
  '/tenant/oauth/token',
  '/user/currentUser',
  '/inventory/managedObjects',
  '/inventory/managedObjects/{x}',
  '/identity/externalIds/{x}/{x}',
  '/application/applicationsByUser/{x}',
  '/service/demo-protocol/deviceRegistration',
  '/service/demo-protocol/deviceRegistration/bulk',
  '/service/demo-protocol/deviceRegistration/metadata',
  '/__emulator/reset',
  '/__emulator/faults',
  '/{x}',
  '//{x}',
];

const segment = fc.oneof(
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom('%', '%zz', '%00', '..', '.', '%2F', 'a%2Fb', '%E0%A4%A', ''.padEnd(3000, 'x')),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?pageSize=-1', '?pageSize=1e9', '?currentPage=x', '?withTotalPages=true&pageSize=2', '?query=%24filter%3D(', '?text=%', '?lang=de', '?&&=&'),
  fc.string({ maxLength: 30 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
);

const auth = fc.constantFrom(ADMIN, READER, BOOTSTRAP, undefined, 'Basic', 'Basic %%%', 'Bearer ', 'Bearer x', `Basic ${Buffer.from(':').toString('base64')}`, `Basic ${Buffer.from('a/b/c:d').toString('base64')}`);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/vnd.com.nsn.cumulocity.newDeviceRequest+json',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=bogus',
);

const body = fc.oneof(
  fc.constant(undefined),
  fc.json().map((j) => j),
  fc.anything().map((v) => {
    try {
      return JSON.stringify(v) ?? 'null';
    } catch {
      return '{}';
    }
  }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{"id": null}', '{"id": "x", "status": "ACCEPTED"}', '{"rules": [{"path": "("}]}', '{"__proto__": {"polluted": 1}}', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nID\r\n--x--', '{"id":'),
);

describe('hostile input', () => {
  it('answers random requests without crashing or 5xx, and keeps working', async (t) => {
    const api = await emulator(t, { control: true });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        fc.constantFrom(...PATHS),
        fc.array(segment, { minLength: 2, maxLength: 2 }),
        query,
        auth,
        contentType,
        body,
        async (method, template, segments, q, authorization, type, payload) => {
          let i = 0;
          const path = template.replace(/\{x\}/g, () => segments[i++ % segments.length]) + q;
          if (path.startsWith('/__emulator/reset') || path.startsWith('/__emulator/faults')) {
            // keep the state usable: never inject real faults from the fuzzer
            if (method === 'POST' && typeof payload === 'string' && payload.includes('"rules"')) return;
          }
          /** @type {Record<string, string>} */
          const headers = {};
          if (authorization) headers.Authorization = authorization;
          if (type) headers['Content-Type'] = type;
          const hasBody = payload !== undefined && method !== 'GET' && method !== 'HEAD';
          const res = await fetch(api.url + path, { method, headers, body: hasBody ? payload : undefined });
          const text = await res.text();
          assert.ok(res.status < 500, `${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
          if (method !== 'HEAD' && /error\+json/.test(String(res.headers.get('content-type')))) {
            const parsed = JSON.parse(text);
            assert.equal(typeof parsed.error, 'string');
            assert.equal(typeof parsed.message, 'string');
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS) || 400 },
    );
    await api.call('/__emulator/faults', { method: 'DELETE', auth: null });
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);
    assert.equal(/** @type {any} */ ({}).polluted, undefined);
  });

  it('never fails on random CSV files and keeps its counts consistent', async (t) => {
    const api = await emulator(t);
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '"', '""', '"a;b"', 'password-123', 'BASIC', 'CERTIFICATES', '1', '0', 'x/y/z', '//', 'ü€', '\u0000'),
    );
    const header = fc.uniqueArray(
      fc.constantFrom('ID', 'id', ' Id ', 'PATH', 'CREDENTIALS', 'AUTH_TYPE', 'TENANT', 'TYPE', 'NAME', 'ICCID', 'IDTYPE', 'SHELL', 'external-c8y_IMEI', 'a.b', '__proto__.x', 'x'),
      { minLength: 1, maxLength: 6 },
    );
    const csv = fc.tuple(header, fc.constantFrom(';', ',', '\t'), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'));
    const file = fc.oneof(
      csv.map(([h, sep, rows, nl]) => new TextEncoder().encode([h.join(sep), ...rows.map((r) => r.join(sep))].join(nl))),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (bytes, demo) => {
        const res = await api.upload(bytes, demo ? { path: '/service/demo-protocol/deviceRegistration/bulk' } : {});
        assert.ok(res.status === 201 || (res.status >= 400 && res.status < 500), `${res.status}: ${res.text.slice(0, 300)}`);
        if (res.status === 201) {
          const b = res.body;
          assert.equal(b.numberOfSuccessful + b.numberOfFailed, b.numberOfAll);
          assert.equal(b.numberOfSuccessful, b.numberOfCreated + b.credentialUpdatedList.length);
          assert.equal(b.failedCreationList.length, b.numberOfFailed);
        } else {
          assert.equal(typeof res.body.message, 'string');
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 200 },
    );
    assert.equal(/** @type {any} */ ({}).x, undefined);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);
  });

  it('survives raw garbage and broken connections on the socket', async (t) => {
    const api = await emulator(t);
    const { port } = new URL(api.url);
    const payloads = [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      `GET /devicecontrol/newDeviceRequests HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20000)}\r\n\r\n`,
      'POST /devicecontrol/newDeviceRequests HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{"id":',
      'POST /devicecontrol/bulkNewDeviceRequests HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: multipart/form-data; boundary=b\r\n\r\n5\r\n--b\r\n\r\n',
      '\u0000\u0001\u0002',
      `GET /devicecontrol/newDeviceRequests HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ${Buffer.from('t100/admin:admin').toString('base64')}\r\n\r\n`,
    ];
    for (const payload of payloads) {
      await new Promise((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(payload);
          setTimeout(() => socket.destroy(), 30);
        });
        socket.on('error', () => {});
        socket.on('close', resolve);
      });
    }
    // a request whose body is cut off mid-upload
    const big = fetch(`${api.url}/devicecontrol/bulkNewDeviceRequests`, {
      method: 'POST',
      headers: { Authorization: ADMIN, 'Content-Type': 'multipart/form-data; boundary=b' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nID\n1\n'));
          setTimeout(() => controller.error(new Error('client gave up')), 20);
        },
      }),
      duplex: 'half',
    });
    await assert.rejects(big);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);
  });
});
