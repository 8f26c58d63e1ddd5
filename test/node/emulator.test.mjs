// @ts-check
/** The Cumulocity-compatible emulator over real HTTP (fetch): API behaviour, config, persistence. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEmulator, startEmulator } from '../../emulator/server.mjs';
import { ADMIN, BOOTSTRAP, ERROR_TYPE, READER, emulator } from '../../emulator/testing.mjs';
import { parseSimulatorArgs, runSimulator } from '../../emulator/simulator.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @param {string} user @param {string} password */
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** @param {{status: number, headers: Headers, body: any}} res @param {number} status @param {RegExp} [error] */
function assertError(res, status, error) {
  assert.equal(res.status, status);
  assert.match(String(res.headers.get('content-type')), ERROR_TYPE);
  assert.equal(typeof res.body?.error, 'string');
  assert.equal(typeof res.body?.message, 'string');
  assert.equal(res.body?.info, 'https://cumulocity.com/guides/reference/rest-implementation');
  if (error) assert.match(res.body.error, error);
}

describe('registration lifecycle', () => {
  it('goes WAITING → PENDING → ACCEPTED → credentials once, creating the device and its external id', async (t) => {
    const api = await emulator(t);
    const created = await api.create('ser/1', { type: 'c8y_Meter' });
    assert.equal(created.status, 201);
    assert.match(String(created.headers.get('content-type')), /^application\/vnd\.com\.nsn\.cumulocity\.newDeviceRequest\+json/);
    assert.equal(created.body.status, 'WAITING_FOR_CONNECTION');
    assert.equal(created.body.tenantId, 't100');
    assert.equal(created.body.owner, 'admin');
    assert.equal(created.body.type, 'c8y_Meter');
    assert.ok(created.body.self.endsWith('/devicecontrol/newDeviceRequests/ser%2F1'));
    assert.equal(created.headers.get('location'), created.body.self);
    assert.ok(!Number.isNaN(Date.parse(created.body.creationTime)));

    assertError(await api.bootstrap('ser/1'), 404, /^devicecontrol\//);
    assert.equal((await api.get('ser/1')).body.status, 'PENDING_ACCEPTANCE');
    const accepted = await api.accept('ser/1');
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.status, 'ACCEPTED');

    const credentials = await api.bootstrap('ser/1');
    assert.equal(credentials.status, 201);
    assert.match(String(credentials.headers.get('content-type')), /deviceCredentials\+json/);
    assert.equal(credentials.body.id, 'ser/1');
    assert.equal(credentials.body.tenantId, 't100');
    assert.equal(credentials.body.username, 'device_ser/1');
    assert.ok(credentials.body.password.length >= 8);

    assertError(await api.bootstrap('ser/1'), 404); // credentials only once
    assertError(await api.get('ser/1'), 404);
    const identity = await api.call('/identity/externalIds/c8y_Serial/ser%2F1');
    assert.equal(identity.status, 200);
    const device = await api.call(`/inventory/managedObjects/${identity.body.managedObject.id}`);
    assert.equal(device.body.type, 'c8y_Meter');
    assert.deepEqual(device.body.c8y_IsDevice, {});
    // the device logs in with its new credentials
    const me = await api.call('/user/currentUser', { auth: basic(`t100/${credentials.body.username}`, credentials.body.password) });
    assert.equal(me.status, 200);
    assert.equal(me.body.userName, 'device_ser/1');
  });

  it('answers get/accept/delete of unknown ids with 404 and deletes with 204', async (t) => {
    const api = await emulator(t);
    assertError(await api.get('missing'), 404);
    assertError(await api.accept('missing'), 404);
    assertError(await api.call('/devicecontrol/newDeviceRequests/missing', { method: 'DELETE' }), 404);
    await api.create('gone');
    const del = await api.call('/devicecontrol/newDeviceRequests/gone', { method: 'DELETE' });
    assert.equal(del.status, 204);
    assert.equal(del.text, '');
    assertError(await api.get('gone'), 404);
  });

  it('refuses duplicates (409 devicecontrol/Duplicate) and accepting a request that has not called in', async (t) => {
    const api = await emulator(t);
    await api.create('dup');
    assertError(await api.create('dup'), 409, /^devicecontrol\/Duplicate$/);
    assertError(await api.accept('dup'), 422);
    const wrongStatus = await api.call('/devicecontrol/newDeviceRequests/dup', { method: 'PUT', json: { status: 'BLOCKED' } });
    assertError(wrongStatus, 422);
  });

  it('validates group and tenant of a new request', async (t) => {
    const api = await emulator(t);
    const groups = await api.call('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&pageSize=100');
    const group = groups.body.managedObjects.find((/** @type {{name: string}} */ g) => g.name === 'Warehouse');
    assert.ok(group);
    const ok = await api.create('grouped', { groupId: group.id });
    assert.equal(ok.body.groupId, group.id);
    assertError(await api.create('bad-group', { groupId: '999999' }), 422);
    assertError(await api.create('bad-tenant', { tenantId: 't999' }), 422);
  });
});

describe('authentication and roles', () => {
  it('accepts tenant/user and plain user Basic auth, refuses wrong ones with 401 and a challenge', async (t) => {
    const api = await emulator(t);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests', { auth: basic('admin', 'admin') })).status, 200);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests', { auth: ADMIN })).status, 200);
    for (const auth of [basic('t100/admin', 'nope'), basic('t999/admin', 'admin'), basic('ghost', 'x'), 'Basic !!!', 'Digest abc', null]) {
      const res = await api.call('/devicecontrol/newDeviceRequests', { auth });
      assertError(res, 401, /^security\/Unauthorized$/);
      assert.match(String(res.headers.get('www-authenticate')), /Basic realm="Cumulocity"/);
    }
    const xbasic = await api.call('/devicecontrol/newDeviceRequests', { auth: null, headers: { UseXBasic: 'true' } });
    assert.equal(xbasic.headers.get('www-authenticate'), 'XBasic realm="Cumulocity"');
  });

  it('issues bearer tokens and accepts a static dev token', async (t) => {
    const api = await emulator(t, { bearerToken: 'dev-token-123' });
    const form = new URLSearchParams({ grant_type: 'PASSWORD', username: 'admin', password: 'admin' });
    const token = await api.call('/tenant/oauth/token?tenant_id=t100', {
      method: 'POST',
      auth: null,
      body: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(token.status, 200);
    assert.equal(token.body.token_type, 'Bearer');
    const list = await api.call('/devicecontrol/newDeviceRequests', { auth: `Bearer ${token.body.access_token}` });
    assert.equal(list.status, 200);
    assert.equal((await api.call('/user/currentUser', { auth: 'Bearer dev-token-123' })).body.userName, 'admin');
    assertError(await api.call('/devicecontrol/newDeviceRequests', { auth: 'Bearer wrong' }), 401);
    const badLogin = await api.call('/tenant/oauth/token', {
      method: 'POST',
      auth: null,
      body: 'grant_type=PASSWORD&username=admin&password=bad',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assertError(badLogin, 401);
  });

  it('logs in with a session cookie and requires X-XSRF-TOKEN on writes', async (t) => {
    const api = await emulator(t);
    const res = await fetch(`${api.url}/tenant/oauth?tenant_id=t100`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=PASSWORD&username=admin&password=admin',
    });
    assert.equal(res.status, 200);
    const cookies = res.headers.getSetCookie();
    const auth = cookies.find((c) => c.startsWith('authorization='));
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    assert.ok(auth && /HttpOnly/.test(auth));
    assert.ok(xsrf && !/HttpOnly/.test(xsrf));
    const cookie = [auth, xsrf].map((c) => c.split(';')[0]).join('; ');
    const xsrfValue = xsrf.split(';')[0].split('=')[1];
    assert.equal((await api.call('/devicecontrol/newDeviceRequests', { auth: null, headers: { Cookie: cookie } })).status, 200);
    const noXsrf = await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', auth: null, headers: { Cookie: cookie }, json: { id: 'c1' } });
    assertError(noXsrf, 401);
    const wrongXsrf = await api.call('/devicecontrol/newDeviceRequests', {
      method: 'POST',
      auth: null,
      headers: { Cookie: cookie, 'X-XSRF-TOKEN': 'nope' },
      json: { id: 'c1' },
    });
    assertError(wrongXsrf, 401);
    const ok = await api.call('/devicecontrol/newDeviceRequests', {
      method: 'POST',
      auth: null,
      headers: { Cookie: cookie, 'X-XSRF-TOKEN': xsrfValue },
      json: { id: 'c1' },
    });
    assert.equal(ok.status, 201);
    const bad = await fetch(`${api.url}/tenant/oauth?tenant_id=t100`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=PASSWORD&username=admin&password=wrong',
    });
    assert.equal(bad.status, 401);
  });

  it('gives the reader read access only, the bootstrap user device credentials only', async (t) => {
    const api = await emulator(t);
    await api.create('r1');
    assert.equal((await api.call('/devicecontrol/newDeviceRequests', { auth: READER })).status, 200);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests/r1', { auth: READER })).status, 200);
    assertError(await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', auth: READER, json: { id: 'r2' } }), 403, /^security\/Forbidden$/);
    assertError(await api.call('/devicecontrol/newDeviceRequests/r1', { method: 'PUT', auth: READER, json: { status: 'ACCEPTED' } }), 403);
    assertError(await api.call('/devicecontrol/newDeviceRequests/r1', { method: 'DELETE', auth: READER }), 403);
    assertError(await api.call('/devicecontrol/newDeviceRequests/acceptAll', { method: 'POST', auth: READER }), 403);
    assertError(await api.upload('ID\nx\n', { auth: READER }), 403);
    assertError(await api.call('/tenant/options/device-registration/security-token.policy', { auth: READER }), 403);

    const me = await api.call('/user/currentUser', { auth: READER });
    assert.deepEqual(me.body.effectiveRoles.map((/** @type {{id: string}} */ r) => r.id), ['ROLE_DEVICE_CONTROL_READ']);
    const admin = await api.call('/user/currentUser');
    const roles = admin.body.effectiveRoles.map((/** @type {{id: string}} */ r) => r.id);
    assert.ok(roles.includes('ROLE_DEVICE_CONTROL_ADMIN') && roles.includes('ROLE_DEVICE_CONTROL_READ'));
    assert.equal(admin.body.roles.references.length, roles.length);

    assertError(await api.call('/devicecontrol/newDeviceRequests', { auth: BOOTSTRAP }), 403);
    assertError(await api.call('/user/currentUser', { auth: BOOTSTRAP }), 403);
    assertError(await api.call('/devicecontrol/deviceCredentials', { method: 'POST', json: { id: 'r1' } }), 403);
    assertError(await api.call('/devicecontrol/deviceCredentials', { method: 'POST', auth: basic('management/devicebootstrap', 'x'), json: { id: 'r1' } }), 401);
  });

  it('uses configured users and passwords', async (t) => {
    const api = await emulator(t, { tenantId: 't777', adminUser: 'root', adminPassword: 's3cret', bootstrapPassword: 'boot' });
    assert.equal((await api.call('/devicecontrol/newDeviceRequests', { auth: basic('t777/root', 's3cret') })).status, 200);
    assertError(await api.call('/devicecontrol/newDeviceRequests', { auth: basic('t100/admin', 'admin') }), 401);
    await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', auth: basic('root', 's3cret'), json: { id: 'x' } });
    const boot = await api.call('/devicecontrol/deviceCredentials', { method: 'POST', auth: basic('management/devicebootstrap', 'boot'), json: { id: 'x' } });
    assert.equal(boot.status, 404);
  });
});

describe('security token policy', () => {
  it('OPTIONAL: a device token must be typed; the third mismatch blocks', async (t) => {
    const api = await emulator(t);
    const policy = await api.call('/tenant/options/device-registration/security-token.policy');
    assert.deepEqual({ category: policy.body.category, key: policy.body.key, value: policy.body.value }, {
      category: 'device-registration',
      key: 'security-token.policy',
      value: 'OPTIONAL',
    });
    await api.create('tok');
    await api.bootstrap('tok', 'sesame');
    const first = await api.accept('tok', 'wrong');
    assertError(first, 422);
    assert.match(first.body.message, /token/i);
    assertError(await api.accept('tok'), 422);
    const third = await api.accept('tok', 'wrong again');
    assertError(third, 422);
    assert.match(third.body.message, /BLOCKED/);
    assert.equal((await api.get('tok')).body.status, 'BLOCKED');
    assertError(await api.accept('tok', 'sesame'), 422, /blocked/);
    assertError(await api.bootstrap('tok', 'sesame'), 422, /blocked/);
    // blocked requests can be removed and registered again
    assert.equal((await api.call('/devicecontrol/newDeviceRequests/tok', { method: 'DELETE' })).status, 204);
    assert.equal((await api.create('tok')).status, 201);
  });

  it('OPTIONAL: a token typed at acceptance must be sent by the device', async (t) => {
    const api = await emulator(t);
    await api.create('t2');
    await api.bootstrap('t2', 'abc');
    assert.equal((await api.accept('t2', 'abc')).status, 200);
    assertError(await api.bootstrap('t2', 'other'), 422);
    assert.equal((await api.bootstrap('t2', 'abc')).status, 201);
    // without a device token, accepting with an empty input works
    await api.create('t3');
    await api.bootstrap('t3');
    assert.equal((await api.accept('t3')).status, 200);
    assert.equal((await api.bootstrap('t3')).status, 201);
  });

  it('REQUIRED: a device without a token is blocked, accepting needs the token, accept all refuses', async (t) => {
    const api = await emulator(t, { securityTokenPolicy: 'REQUIRED' });
    await api.create('no-token');
    assertError(await api.bootstrap('no-token'), 422, /blocked/);
    assert.equal((await api.get('no-token')).body.status, 'BLOCKED');
    await api.create('with-token');
    await api.bootstrap('with-token', 'k1');
    assertError(await api.accept('with-token'), 422);
    const all = await api.call('/devicecontrol/newDeviceRequests/acceptAll', { method: 'POST' });
    assert.deepEqual(all.body, [{ id: 'with-token', successful: false, error: 'A security token is required; accept this request individually' }]);
    assert.equal((await api.accept('with-token', 'k1')).status, 200);
    assert.equal((await api.bootstrap('with-token', 'k1')).status, 201);
  });

  it('IGNORED: tokens are not checked', async (t) => {
    const api = await emulator(t, { securityTokenPolicy: 'IGNORED' });
    await api.create('ig');
    await api.bootstrap('ig', 'whatever');
    assert.equal((await api.accept('ig')).status, 200);
    assert.equal((await api.bootstrap('ig')).status, 201);
  });

  it('unset policy option answers 404 (clients then assume OPTIONAL); admins can set it', async (t) => {
    const api = await emulator(t, { securityTokenPolicy: null });
    assertError(await api.call('/tenant/options/device-registration/security-token.policy'), 404);
    const list = await api.call('/tenant/options');
    assert.deepEqual(list.body.options, []);
    const put = await api.call('/tenant/options/device-registration/security-token.policy', { method: 'PUT', json: { value: 'REQUIRED' } });
    assert.equal(put.body.value, 'REQUIRED');
    assertError(await api.call('/tenant/options/device-registration/security-token.policy', { method: 'PUT', json: { value: 'MAYBE' } }), 422);
    await api.create('x');
    assertError(await api.bootstrap('x'), 422, /blocked/);
  });

  it('accept all accepts only tokenless pending requests', async (t) => {
    const api = await emulator(t);
    for (const id of ['a', 'b', 'c']) await api.create(id);
    await api.create('waiting');
    await api.bootstrap('a');
    await api.bootstrap('b');
    await api.bootstrap('c', 'tok');
    const res = await api.call('/devicecontrol/newDeviceRequests/acceptAll', { method: 'POST', headers: { Accept: '' } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.map((/** @type {{id: string, successful: boolean}} */ o) => [o.id, o.successful]),
      [['a', true], ['b', true], ['c', false]],
    );
    assert.equal((await api.get('a')).body.status, 'ACCEPTED');
    assert.equal((await api.get('c')).body.status, 'PENDING_ACCEPTANCE');
    assert.equal((await api.get('waiting')).body.status, 'WAITING_FOR_CONNECTION');
  });
});

describe('device limit', () => {
  it('is off by default and reports and enforces a configured limit', async (t) => {
    const off = await emulator(t);
    assert.deepEqual((await off.call('/devicecontrol/newDeviceRequests/limit')).body, { isReached: false });

    const api = await emulator(t, { deviceLimit: 1 });
    assert.deepEqual((await api.call('/devicecontrol/newDeviceRequests/limit')).body, { isReached: false, limit: 1, registeredDevices: 0 });
    await api.create('one');
    await api.bootstrap('one');
    await api.accept('one');
    assert.equal((await api.bootstrap('one')).status, 201);
    const limit = await api.call('/devicecontrol/newDeviceRequests/limit', { auth: READER });
    assert.deepEqual(limit.body, { isReached: true, limit: 1, registeredDevices: 1 });
    const refused = await api.create('two');
    assertError(refused, 422);
    assert.match(refused.body.message, /limit reached/i);
  });
});

describe('paging and representation', () => {
  it('pages like Cumulocity with statistics and links', async (t) => {
    const api = await emulator(t);
    for (let i = 1; i <= 12; i++) await api.create(`p ${String(i).padStart(2, '0')}`);
    const first = await api.call('/devicecontrol/newDeviceRequests?withTotalPages=true');
    assert.equal(first.body.newDeviceRequests.length, 5);
    assert.deepEqual(first.body.statistics, { currentPage: 1, pageSize: 5, totalPages: 3 });
    assert.equal(first.body.prev, undefined);
    assert.match(first.body.next, /currentPage=2/);
    assert.match(first.body.self, /\/devicecontrol\/newDeviceRequests\?withTotalPages=true&pageSize=5&currentPage=1$/);
    assert.ok(first.body.newDeviceRequests[0].self.endsWith('/newDeviceRequests/p%2001'));
    const next = /** @type {any} */ (await fetch(first.body.next, { headers: { Authorization: ADMIN } }).then((r) => r.json()));
    assert.equal(next.newDeviceRequests[0].id, 'p 06');
    assert.match(next.prev, /currentPage=1/);
    const last = await api.call('/devicecontrol/newDeviceRequests?pageSize=5&currentPage=3&withTotalElements=true');
    assert.equal(last.body.newDeviceRequests.length, 2);
    assert.equal(last.body.statistics.totalElements, 12);
    assert.equal(last.body.next, undefined);
    const big = await api.call('/devicecontrol/newDeviceRequests?pageSize=5000');
    assert.equal(big.body.statistics.pageSize, 2000);
    assert.equal(big.body.newDeviceRequests.length, 12);
    assertError(await api.call('/devicecontrol/newDeviceRequests?pageSize=abc'), 422);
    assertError(await api.call('/devicecontrol/newDeviceRequests?currentPage=0'), 422);
    const empty = await api.call('/devicecontrol/newDeviceRequests?currentPage=99');
    assert.deepEqual(empty.body.newDeviceRequests, []);
  });

  it('answers POST/PUT without an Accept header with an empty body', async (t) => {
    const api = await emulator(t);
    const { port } = new URL(api.url);
    /** @param {string} method @param {string} path @param {unknown} body */
    const raw = (method, path, body) =>
      new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, method, path, headers: { Authorization: ADMIN, 'Content-Type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode, text }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    assert.deepEqual(await raw('POST', '/devicecontrol/newDeviceRequests', { id: 'quiet' }), { status: 201, text: '' });
    const dup = /** @type {{status: number, text: string}} */ (await raw('POST', '/devicecontrol/newDeviceRequests', { id: 'quiet' }));
    assert.equal(dup.status, 409);
    assert.match(dup.text, /Duplicate/); // errors always carry their body
  });

  it('accepts vendor media types as request content type', async (t) => {
    const api = await emulator(t);
    const res = await api.call('/devicecontrol/newDeviceRequests', {
      method: 'POST',
      json: { id: 'vnd' },
      headers: {
        'Content-Type': 'application/vnd.com.nsn.cumulocity.newDeviceRequest+json;ver=0.9',
        Accept: 'application/vnd.com.nsn.cumulocity.newDeviceRequest+json;ver=0.9',
      },
    });
    assert.equal(res.status, 201);
  });
});

describe('bad requests', () => {
  it('answers malformed and invalid input with Cumulocity 4xx errors', async (t) => {
    const api = await emulator(t);
    const post = (/** @type {string} */ body, /** @type {string} */ type = 'application/json') =>
      api.call('/devicecontrol/newDeviceRequests', { method: 'POST', body, headers: { 'Content-Type': type } });
    assertError(await post('{"id": '), 400);
    assertError(await post('id=1', 'application/x-www-form-urlencoded'), 415);
    assertError(await post('{"id":"x"}', 'text/plain'), 415);
    assertError(await post(''), 422);
    assertError(await post('[]'), 422);
    assertError(await post('null'), 422);
    assertError(await post('{}'), 422);
    assertError(await post('{"id": ""}'), 422);
    assertError(await post('{"id": "   "}'), 422);
    assertError(await post('{"id": {"a": 1}}'), 422);
    assertError(await post(JSON.stringify({ id: 'x'.repeat(1001) })), 422);
    assertError(await post(JSON.stringify({ id: 'bad\u0000id' })), 422);
    assertError(await post(JSON.stringify({ id: 'x', groupId: ['a'] })), 422);
    assert.equal((await post(JSON.stringify({ id: 'x'.repeat(1000) }))).status, 201);
    assert.equal((await post(JSON.stringify({ id: 12345 }))).body.id, '12345');
    assertError(await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', body: `{"id":"${'x'.repeat(1024 * 1024 + 10)}"}`, headers: { 'Content-Type': 'application/json' } }), 413);
    assertError(await api.call('/devicecontrol/deviceCredentials', { method: 'POST', auth: BOOTSTRAP, json: {} }), 422);
  });

  it('answers unknown paths with 404 and wrong methods with 405 + Allow', async (t) => {
    const api = await emulator(t);
    assertError(await api.call('/nothing/here'), 404);
    assertError(await api.call('/devicecontrol/newDeviceRequests/a/b'), 404);
    assertError(await api.call('/devicecontrol/newDeviceRequests/%E0%A4%A'), 400);
    const wrong = await api.call('/devicecontrol/newDeviceRequests', { method: 'PATCH' });
    assertError(wrong, 405);
    assert.match(String(wrong.headers.get('allow')), /GET/);
    assert.match(String(wrong.headers.get('allow')), /POST/);
    assertError(await api.call('/devicecontrol/deviceCredentials', { auth: BOOTSTRAP }), 405);
    assertError(await api.call('/__emulator/state'), 404); // control API off unless asked
  });

  it('answers CORS preflights', async (t) => {
    const api = await emulator(t);
    const res = await fetch(`${api.url}/devicecontrol/newDeviceRequests`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.match(String(res.headers.get('access-control-allow-methods')), /PUT/);
  });

  it('lets a page on another port call with its session cookie (credentials), and answers a request without an origin with *', async (t) => {
    const api = await emulator(t);
    const login = await fetch(`${api.url}/tenant/oauth?tenant_id=t100`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=PASSWORD&username=admin&password=admin',
    });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const list = await fetch(`${api.url}/devicecontrol/newDeviceRequests`, { headers: { Origin: 'http://127.0.0.1:8125', Cookie: cookies } });
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8125');
    assert.equal(list.headers.get('access-control-allow-credentials'), 'true');
    assert.match(String(list.headers.get('vary')), /Origin/);
    const plain = await fetch(`${api.url}/devicecontrol/newDeviceRequests`, { headers: { Cookie: cookies } });
    assert.equal(plain.headers.get('access-control-allow-origin'), '*');
    assert.equal(plain.headers.get('access-control-allow-credentials'), null);
  });
});

describe('groups, tenants, applications', () => {
  it('searches device groups by fragmentType/text and query language', async (t) => {
    const api = await emulator(t);
    const text = await api.call('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup&text=build&pageSize=25');
    assert.deepEqual(text.body.managedObjects.map((/** @type {{name: string}} */ g) => g.name).sort(), ['Building A', 'Building B']);
    const q = encodeURIComponent("$filter=(has(c8y_IsDeviceGroup) and name eq '*floor*') $orderby=name asc");
    const query = await api.call(`/inventory/managedObjects?query=${q}&pageSize=25`);
    assert.deepEqual(query.body.managedObjects.map((/** @type {{name: string}} */ g) => g.name), ['Floor 1', 'Floor 2']);
    const parent = text.body.managedObjects.find((/** @type {{name: string}} */ g) => g.name === 'Building A');
    assert.equal(parent.childAssets.references.length, 2);
    const byGroup = await api.call(`/inventory/managedObjects?query=${encodeURIComponent(`bygroupid(${parent.id})`)}`);
    assert.equal(byGroup.body.managedObjects.length, 2);
    assertError(await api.call('/inventory/managedObjects?fragmentType=c8y_IsDeviceGroup', { auth: READER }), 403);
    assertError(await api.call('/inventory/managedObjects/404404'), 404);
    assertError(await api.call('/identity/externalIds/c8y_Serial/none'), 404);
  });

  it('reports the current tenant and refuses subtenants outside management mode', async (t) => {
    const api = await emulator(t);
    const current = await api.call('/tenant/currentTenant', { auth: READER });
    assert.equal(current.body.name, 't100');
    assert.equal(current.body.allowCreateTenants, false);
    assertError(await api.call('/tenant/tenants'), 403);
  });

  it('management mode: tenant `management`, subtenants, requests for subtenants', async (t) => {
    const api = await emulator(t, { management: true });
    const auth = basic('management/admin', 'admin');
    assert.equal((await api.call('/tenant/currentTenant', { auth })).body.name, 'management');
    const tenants = await api.call('/tenant/tenants?pageSize=100', { auth });
    assert.deepEqual(tenants.body.tenants.map((/** @type {{id: string}} */ x) => x.id), ['t100', 't200', 't300']);
    const created = await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', auth, json: { id: 'sub', tenantId: 't200' } });
    assert.equal(created.body.tenantId, 't200');
    assertError(await api.call('/devicecontrol/newDeviceRequests', { method: 'POST', auth, json: { id: 'sub2', tenantId: 'nope' } }), 422);
    await api.bootstrap('sub');
    await api.call('/devicecontrol/newDeviceRequests/sub', { method: 'PUT', auth, json: { status: 'ACCEPTED' } });
    const credentials = await api.bootstrap('sub');
    assert.equal(credentials.body.tenantId, 't200');
    const me = await api.call('/user/currentUser', { auth: basic(`t200/${credentials.body.username}`, credentials.body.password) });
    assert.equal(me.status, 200);
    const bulk = await api.upload('ID;CREDENTIALS;TENANT\nm1;password-1;t300\nm2;password-2;t999\n', { auth });
    assert.equal(bulk.body.numberOfCreated, 1);
    assert.match(bulk.body.failedCreationList[0].failureReason, /t999/);
  });

  it('lists the Demo protocol microservice with its registration extensions', async (t) => {
    const api = await emulator(t);
    const byUser = await api.call('/application/applicationsByUser/admin?dropOverwrittenApps=true&noPaging=true');
    const demo = byUser.body.applications.find((/** @type {{contextPath: string}} */ a) => a.contextPath === 'demo-protocol');
    assert.equal(demo.type, 'MICROSERVICE');
    assert.deepEqual(demo.manifest.extensions, [
      { name: 'Demo protocol', type: 'extensibleDeviceRegistration' },
      { name: 'Demo protocol', type: 'extensibleBulkDeviceRegistration' },
    ]);
    assert.equal((await api.call('/application/applicationsByUser/reader', { auth: READER })).status, 200);
    assertError(await api.call('/application/applicationsByUser/admin', { auth: READER }), 403);
    const all = await api.call('/application/applications?type=MICROSERVICE');
    assert.equal(all.body.applications.length, 1);
  });
});

describe('Demo protocol microservice', () => {
  it('serves metadata in English and German and its example file', async (t) => {
    const api = await emulator(t);
    const en = await api.call('/service/demo-protocol/deviceRegistration/metadata?lang=en');
    const meta = en.body.c8y_DeviceRegistration;
    assert.equal(meta.title, 'Demo protocol');
    assert.equal(meta.pages.length, 2);
    assert.equal(meta.pages[0].type, 'object');
    assert.deepEqual(meta.pages[0].required, ['id']);
    assert.deepEqual(meta.pages[1].properties.protocolVersion.enum, ['v1', 'v2']);
    const de = await api.call('/service/demo-protocol/deviceRegistration/metadata?lang=de', { auth: READER });
    assert.equal(de.body.c8y_DeviceRegistration.title, 'Demo-Protokoll');
    assert.equal(de.body.c8y_DeviceRegistration.pages[0].properties.id.title, 'Geräte-ID');
    const example = meta.bulk.exampleFileUrls[0];
    assert.ok(example.title && example.description);
    const file = await fetch(example.url);
    assert.equal(file.status, 200);
    assert.match(String(file.headers.get('content-type')), /^text\/csv/);
    assert.match(await file.text(), /^ID;NAME;PROTOCOL_VERSION;PATH/);
  });

  it('carries the mount prefix in links when mounted under a base path', async (t) => {
    const emu = createEmulator({ env: {}, control: true, basePath: '/emulator' });
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      req.url = (req.url ?? '').replace(/^\/emulator/, '');
      emu.handler(req, res);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    t.after(() => new Promise((resolve) => server.close(resolve)));
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    const base = `http://127.0.0.1:${address.port}/emulator`;
    const meta = /** @type {any} */ (
      await fetch(`${base}/service/demo-protocol/deviceRegistration/metadata`, { headers: { Authorization: ADMIN } }).then((r) => r.json())
    );
    assert.equal(meta.c8y_DeviceRegistration.bulk.exampleFileUrls[0].url, `${base}/service/demo-protocol/deviceRegistration/example.csv`);
    const list = /** @type {any} */ (await fetch(`${base}/devicecontrol/newDeviceRequests`, { headers: { Authorization: ADMIN } }).then((r) => r.json()));
    assert.ok(list.self.startsWith(`${base}/devicecontrol/newDeviceRequests?`));
  });

  it('registers a valid merged model and explains invalid ones with {message}', async (t) => {
    const api = await emulator(t);
    const path = '/service/demo-protocol/deviceRegistration';
    const ok = await api.call(path, { method: 'POST', json: { id: 'demo-1', name: 'Meter', protocolVersion: 'v2', port: 5683, secure: true } });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.id, 'demo-1');
    assert.equal((await api.get('demo-1')).body.type, 'c8y_DemoProtocolDevice');
    const invalid = await api.call(path, { method: 'POST', json: { id: 'bad id!', protocolVersion: 'v9', port: 0 } });
    assert.equal(invalid.status, 422);
    assert.match(invalid.body.message, /id may contain/);
    assert.match(invalid.body.message, /protocolVersion/);
    assert.match(invalid.body.message, /port/);
    const dup = await api.call(path, { method: 'POST', json: { id: 'demo-1', protocolVersion: 'v1' } });
    assert.equal(dup.status, 409);
    assert.equal(typeof dup.body.message, 'string');
    const broken = await api.call(path, { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.equal(typeof broken.body.message, 'string');
    assertError(await api.call(path, { method: 'POST', auth: READER, json: { id: 'r', protocolVersion: 'v1' } }), 403);
  });

  it('registers devices in bulk', async (t) => {
    const api = await emulator(t);
    const res = await api.upload('ID;NAME;PROTOCOL_VERSION;PATH\nd-1;M1;v1;Site/Hall\nd-2;M2;v2;\n', { path: '/service/demo-protocol/deviceRegistration/bulk' });
    assert.equal(res.status, 201);
    assert.equal(res.body.numberOfCreated, 2);
    assert.equal((await api.get('d-1')).body.type, 'c8y_DemoProtocolDevice');
  });

  it('fails the bulk rows its single form would refuse, and creates the others', async (t) => {
    const api = await emulator(t);
    const csv = 'ID;NAME;PROTOCOL_VERSION;PATH\nok-1;M1;v1;\nbad id!;M2;v2;\nok-2;M3;v9;\nok-3;;;\n';
    const res = await api.upload(csv, { path: '/service/demo-protocol/deviceRegistration/bulk' });
    assert.equal(res.status, 201);
    assert.equal(res.body.numberOfCreated, 2);
    assert.deepEqual(
      res.body.failedCreationList.map((/** @type {{deviceId: string, failureReason: string}} */ f) => [f.deviceId, f.failureReason]),
      [
        ['bad id!', 'id may contain only letters, digits, "-" and "_" (up to 64)'],
        ['ok-2', 'protocolVersion must be v1 or v2'],
      ],
    );
    assert.equal((await api.get('ok-3')).status, 200); // (no version: v2, the form's default)
    assert.equal((await api.get('bad id!')).status, 404);
  });
});

describe('control API, persistence and static files', () => {
  it('resets to fresh state with config overrides and dumps state without secrets', async (t) => {
    const api = await emulator(t, { control: true });
    await api.create('before');
    await api.bootstrap('before', 'secret-token');
    const dump = await api.call('/__emulator/state', { auth: null });
    assert.equal(dump.body.requests[0].hasDeviceToken, true);
    assert.doesNotMatch(dump.text, /secret-token/);
    const reset = await api.reset({ securityTokenPolicy: 'REQUIRED', deviceLimit: 5, seed: 7 });
    assert.equal(reset.status, 200);
    const list = await api.call('/devicecontrol/newDeviceRequests?pageSize=100');
    assert.equal(list.body.newDeviceRequests.length, 7);
    assert.deepEqual(
      [...new Set(list.body.newDeviceRequests.map((/** @type {{status: string}} */ r) => r.status))].sort(),
      ['ACCEPTED', 'BLOCKED', 'PENDING_ACCEPTANCE', 'WAITING_FOR_CONNECTION'],
    );
    assert.equal((await api.call('/tenant/options/device-registration/security-token.policy')).body.value, 'REQUIRED');
    assert.equal((await api.call('/devicecontrol/newDeviceRequests/limit')).body.limit, 5);
    assertError(await api.reset({ dataFile: '/tmp/evil.json' }), 422);
    assertError(await api.reset({ securityTokenPolicy: 'SOMETIMES' }), 422);
    assertError(await api.call('/__emulator/reset', { method: 'POST', auth: null, body: '{', headers: { 'Content-Type': 'application/json' } }), 400);
    await api.reset();
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).body.newDeviceRequests.length, 0);
    assert.equal((await api.call('/tenant/options/device-registration/security-token.policy')).body.value, 'OPTIONAL');
  });

  it('injects faults: status with Retry-After for N matches, delays, dropped connections', async (t) => {
    const api = await emulator(t, { control: true });
    const add = (/** @type {unknown[]} */ rules) => api.call('/__emulator/faults', { method: 'POST', auth: null, json: { rules } });
    assert.equal((await add([{ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 503, retryAfter: 2, times: 2 }])).status, 200);
    for (let i = 0; i < 2; i++) {
      const failed = await api.call('/devicecontrol/newDeviceRequests');
      assertError(failed, 503);
      assert.equal(failed.headers.get('retry-after'), '2');
    }
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);

    await add([{ path: 'acceptAll', status: 500, body: { error: 'custom/boom', message: 'Boom' } }]);
    const custom = await api.call('/devicecontrol/newDeviceRequests/acceptAll', { method: 'POST' });
    assert.equal(custom.status, 500);
    assert.deepEqual(custom.body, { error: 'custom/boom', message: 'Boom' });

    await add([{ path: '/limit$', delayMs: 150, times: 1 }]);
    const start = Date.now();
    assert.equal((await api.call('/devicecontrol/newDeviceRequests/limit')).status, 200);
    assert.ok(Date.now() - start >= 140);

    await add([{ method: 'post', path: 'newDeviceRequests$', drop: true, times: 1 }]);
    await assert.rejects(api.create('dropped'));
    assert.equal((await api.create('dropped')).status, 201);

    await add([{ path: '.*', status: 429 }]);
    assertError(await api.get('dropped'), 429);
    assert.equal((await api.call('/__emulator/faults', { method: 'DELETE', auth: null })).status, 204);
    assert.equal((await api.get('dropped')).status, 200);
    assertError(await add([{ path: '(' }]), 422);
    assertError(await add([{ path: 'x', status: 42 }]), 422);
    assertError(await api.call('/__emulator/faults', { method: 'POST', auth: null, json: { nope: 1 } }), 422);
  });

  it('persists state (including device credentials) in the data file across restarts', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const dataFile = join(dir, 'state.json');
    const first = await startEmulator({ port: 0, env: {}, dataFile, saveDelayMs: 10 });
    const api1 = new (await import('../../emulator/testing.mjs')).Api(first);
    await api1.create('persist-1');
    await api1.create('persist-2');
    await api1.bootstrap('persist-2');
    await api1.accept('persist-2');
    const credentials = await api1.bootstrap('persist-2');
    await api1.call('/tenant/options/device-registration/security-token.policy', { method: 'PUT', json: { value: 'IGNORED' } });
    await first.close();
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    assert.equal(saved.version, 1);

    const second = await startEmulator({ port: 0, env: { C8Y_DATA_FILE: dataFile } });
    t.after(() => second.close());
    const api2 = new (await import('../../emulator/testing.mjs')).Api(second);
    assert.equal((await api2.get('persist-1')).body.status, 'WAITING_FOR_CONNECTION');
    assertError(await api2.get('persist-2'), 404);
    assert.equal((await api2.call('/identity/externalIds/c8y_Serial/persist-2')).status, 200);
    assert.equal((await api2.call('/tenant/options/device-registration/security-token.policy')).body.value, 'IGNORED');
    const login = await api2.call('/user/currentUser', { auth: basic(`t100/${credentials.body.username}`, credentials.body.password) });
    assert.equal(login.status, 200);
    await api2.create('persist-3');
    const ids = new Set((await api2.call('/inventory/managedObjects?pageSize=2000')).body.managedObjects.map((/** @type {{id: string}} */ m) => m.id));
    assert.equal(ids.size, (await api2.call('/inventory/managedObjects?pageSize=2000')).body.managedObjects.length);
  });

  it('serves a static directory for non-API paths with content types', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-static-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'export {};');
    await writeFile(join(dir, 'assets', 'style.css'), 'body{}');
    const api = await emulator(t, { staticDir: dir });
    for (const [path, type] of [['/', /^text\/html/], ['/index.html', /^text\/html/], ['/assets/app.js', /^text\/javascript/], ['/assets/style.css', /^text\/css/], ['/some/route', /^text\/html/]]) {
      const res = await fetch(api.url + path);
      assert.equal(res.status, 200, String(path));
      assert.match(String(res.headers.get('content-type')), /** @type {RegExp} */ (type));
    }
    assert.equal((await fetch(`${api.url}/assets/missing.js`)).status, 404);
    assert.equal((await fetch(`${api.url}/..%2f..%2fetc%2fpasswd`)).status, 403);
    assert.equal((await api.call('/devicecontrol/newDeviceRequests')).status, 200);
    assertError(await api.call('/devicecontrol/unknown'), 404);
  });

  it('reads its configuration from C8Y_* environment variables', async (t) => {
    const api = await emulator(t, {
      env: { C8Y_TENANT: 't555', C8Y_ADMIN_PASSWORD: 'pw', C8Y_SECURITY_TOKEN_POLICY: 'ignored', C8Y_DEVICE_LIMIT: '3', C8Y_SEED: '4', C8Y_BEARER_TOKEN: 'env-token' },
    });
    const list = await api.call('/devicecontrol/newDeviceRequests?pageSize=10', { auth: basic('t555/admin', 'pw') });
    assert.equal(list.body.newDeviceRequests.length, 4);
    assert.equal((await api.call('/tenant/options/device-registration/security-token.policy', { auth: 'Bearer env-token' })).body.value, 'IGNORED');
    assert.equal((await api.call('/devicecontrol/newDeviceRequests/limit', { auth: 'Bearer env-token' })).body.limit, 3);
    const management = await emulator(t, { env: { C8Y_MANAGEMENT: '1', C8Y_SECURITY_TOKEN_POLICY: 'unset' } });
    assert.equal((await management.call('/tenant/currentTenant', { auth: basic('admin', 'admin') })).body.name, 'management');
    assertError(await management.call('/tenant/options/device-registration/security-token.policy', { auth: basic('admin', 'admin') }), 404);
  });
});

describe('device simulator', () => {
  it('registers devices, polls like real devices and reports masked credentials', async (t) => {
    const api = await emulator(t);
    /** @type {string[]} */
    const lines = [];
    const controller = new AbortController();
    t.after(() => controller.abort());
    const run = runSimulator({
      url: api.url,
      devices: 3,
      withToken: 1,
      interval: 60,
      register: true,
      prefix: 'simtest',
      timeout: 20,
      tenant: 't100',
      adminUser: 'admin',
      adminPassword: 'admin',
      bootstrapUser: 'management/devicebootstrap',
      bootstrapPassword: 'bootstrap',
      log: (line) => lines.push(line),
      signal: controller.signal,
    });
    // the operator: accept everything pending, typing the token where the device sent one
    const operator = (async () => {
      for (let i = 0; i < 200 && !controller.signal.aborted; i++) {
        const list = await api.call('/devicecontrol/newDeviceRequests?pageSize=100');
        const pending = list.body.newDeviceRequests.filter((/** @type {{status: string}} */ r) => r.status === 'PENDING_ACCEPTANCE');
        for (const r of pending) await api.accept(r.id, r.id.endsWith('-001') ? `tok-${r.id}` : undefined);
        if (list.body.newDeviceRequests.length === 0 && i > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const devices = await run;
    await operator;
    assert.deepEqual(devices.map((d) => d.state), ['done', 'done', 'done']);
    const received = lines.filter((l) => /^device .* received credentials:/.test(l));
    assert.equal(received.length, 3);
    for (const line of received) assert.match(line, /user t100\/device_simtest-.*, password \*{8,}$/);
    assert.ok(lines.some((l) => /with security token tok-simtest-/.test(l)));
  });
});

describe('command line', () => {
  it('`node emulator/cli.mjs` starts on HOST/PORT with C8Y_* variables and stops on SIGTERM', async (t) => {
    const cli = fileURLToPath(new URL('../../emulator/cli.mjs', import.meta.url));
    const child = spawn(process.execPath, [cli], {
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', C8Y_TENANT: 't42', C8Y_SEED: '3', C8Y_SECURITY_TOKEN_POLICY: 'REQUIRED' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    t.after(() => child.kill('SIGKILL'));
    let output = '';
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(output);
        // the start banner ends with the policy/limit line
        if (m && /device limit/.test(output)) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    assert.match(output, /tenant t42/);
    assert.match(output, /security token policy REQUIRED/);
    const list = await fetch(`${url}/devicecontrol/newDeviceRequests`, { headers: { Authorization: basic('t42/admin', 'admin') } });
    assert.equal(/** @type {any} */ (await list.json()).newDeviceRequests.length, 3);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('parses the simulator options', () => {
    const { options } = parseSimulatorArgs(['--url', 'http://x:1', '--devices', '4', '--with-token', '2', '--register', '--interval', '10'], {
      C8Y_BOOTSTRAP_PASSWORD: 'bp',
    });
    assert.equal(options.devices, 4);
    assert.equal(options.withToken, 2);
    assert.equal(options.register, true);
    assert.equal(options.interval, 50);
    assert.equal(options.bootstrapPassword, 'bp');
    assert.equal(options.bootstrapUser, 'management/devicebootstrap');
    assert.throws(() => parseSimulatorArgs(['--devices', 'many']));
    assert.throws(() => parseSimulatorArgs(['--bogus']));
  });
});
