// @ts-check
/**
 * Drives the emulator with the official @c8y/client, unchanged: the emulator must behave like a
 * Cumulocity tenant for Cumulocity's own client code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApplicationService,
  BasicAuth,
  BearerAuth,
  Client,
  DeviceRegistrationBulkService,
  DeviceRegistrationService,
  FetchClient,
  InventoryService,
  TenantOptionsService,
  TenantService,
  UserService,
} from '@c8y/client';
import { startEmulator } from '../../emulator/server.mjs';

/** @type {Awaited<ReturnType<typeof startEmulator>>} */
let server;
/** @type {Client} */
let client;

/** The device side: @c8y/client's bootstrap with the bootstrap user. */
function bootstrapClient() {
  const fetchClient = new FetchClient(new BasicAuth({ tenant: 'management', user: 'devicebootstrap', password: 'bootstrap' }), server.url);
  return new DeviceRegistrationService(fetchClient);
}

/** @param {unknown} error */
function statusOf(error) {
  return /** @type {{res?: {status?: number}}} */ (error)?.res?.status;
}

before(async () => {
  server = await startEmulator({ port: 0, env: {} });
  client = new Client(new BasicAuth({ tenant: 't100', user: 'admin', password: 'admin' }), server.url);
});
after(() => server.close());

describe('@c8y/client against the emulator', () => {
  it('creates, lists, gets and removes registration requests', async () => {
    const service = client.deviceRegistration;
    assert.ok(service instanceof DeviceRegistrationService);
    const { data: created, res } = await service.create({ id: 'client-1' });
    assert.equal(res.status, 201);
    assert.equal(created.id, 'client-1');
    assert.equal(created.status, 'WAITING_FOR_CONNECTION');

    await service.create({ id: 'client 2/ü' });
    const { data: detail } = await service.detail('client 2/ü');
    assert.equal(detail.id, 'client 2/ü');
    assert.match(String(detail.self), /client%202%2F%C3%BC$/);

    const { data: list, paging } = await service.list({ pageSize: 1, withTotalPages: true });
    assert.equal(list.length, 1);
    assert.ok(paging);
    assert.equal(paging.totalPages, 2);
    assert.equal(paging.nextPage, 2);
    const next = await paging.next();
    assert.equal(next.data.length, 1);
    assert.notEqual(next.data[0].id, list[0].id);

    const { res: deleted } = await service.delete('client 2/ü');
    assert.equal(deleted.status, 204);
    await assert.rejects(service.detail('client 2/ü'), (error) => statusOf(error) === 404);
  });

  it('rejects a duplicate with the Cumulocity error body', async () => {
    await client.deviceRegistration.create({ id: 'dup-1' });
    await assert.rejects(client.deviceRegistration.create({ id: 'dup-1' }), (error) => {
      const e = /** @type {{res: Response, data: {error: string, message: string}}} */ (error);
      return e.res.status === 409 && e.data.error === 'devicecontrol/Duplicate' && typeof e.data.message === 'string';
    });
  });

  it('runs the whole bootstrap flow: device calls in, user accepts, device gets credentials', async () => {
    const service = client.deviceRegistration;
    const device = bootstrapClient();
    await service.create({ id: 'flow-1' });
    await assert.rejects(device.bootstrap('flow-1', { basicAuth: { user: 'management/devicebootstrap', pass: 'bootstrap' } }), (error) =>
      statusOf(error) === 404,
    );
    assert.equal((await service.detail('flow-1')).data.status, 'PENDING_ACCEPTANCE');
    const { data: accepted } = await service.accept('flow-1');
    assert.equal(accepted.status, 'ACCEPTED');
    const { data: credentials, res } = await device.bootstrap('flow-1', {
      basicAuth: { user: 'management/devicebootstrap', pass: 'bootstrap' },
    });
    assert.equal(res.status, 201);
    assert.equal(credentials.id, 'flow-1');
    assert.equal(credentials.tenantId, 't100');
    assert.equal(credentials.username, 'device_flow-1');
    assert.ok(credentials.password.length >= 8);
    await assert.rejects(service.detail('flow-1'), (error) => statusOf(error) === 404);

    // the device can now log in with its credentials
    const deviceClient = new Client(new BasicAuth({ tenant: 't100', user: credentials.username, password: credentials.password }), server.url);
    const { data: me } = await deviceClient.user.current();
    assert.equal(me.userName, 'device_flow-1');
    const { data: identity } = await client.identity.detail({ type: 'c8y_Serial', externalId: 'flow-1' });
    assert.ok(identity.managedObject?.id);
  });

  it('accepts with a security token and rejects a wrong one', async () => {
    const service = client.deviceRegistration;
    const device = bootstrapClient();
    const auth = { basicAuth: { user: 'management/devicebootstrap', pass: 'bootstrap' } };
    await service.create({ id: 'tok-1' });
    await assert.rejects(device.bootstrap({ id: 'tok-1', securityToken: 'abc' }, auth), (error) => statusOf(error) === 404);
    await assert.rejects(service.accept('tok-1', 'wrong'), (error) => statusOf(error) === 422);
    const { data } = await service.accept('tok-1', 'abc');
    assert.equal(data.status, 'ACCEPTED');
    const { data: credentials } = await device.bootstrap({ id: 'tok-1', securityToken: 'abc' }, auth);
    assert.equal(credentials.username, 'device_tok-1');
  });

  it('accepts all tokenless pending requests and reads the limit', async () => {
    const service = client.deviceRegistration;
    const device = bootstrapClient();
    const auth = { basicAuth: { user: 'management/devicebootstrap', pass: 'bootstrap' } };
    for (const id of ['all-1', 'all-2']) {
      await service.create({ id });
      await device.bootstrap(id, auth).catch(() => undefined);
    }
    assert.equal(typeof service.acceptAll, 'function');
    const { data } = await service.acceptAll();
    assert.ok(Array.isArray(data));
    const ids = data.filter((o) => o.successful).map((o) => o.id);
    assert.ok(ids.includes('all-1') && ids.includes('all-2'));
    const { data: limit } = await service.limit();
    assert.equal(limit.isReached, false);
  });

  it('uploads a bulk CSV with DeviceRegistrationBulkService', async () => {
    const bulk = new DeviceRegistrationBulkService(client.core);
    const csv = 'ID;CREDENTIALS;TYPE;NAME;ICCID;IDTYPE;PATH;SHELL\nbulk-c-1;secret-pass-1;c8y_Meter;Meter 1;;;Plant/Line 1;0\nbulk-c-2;short;c8y_Meter;Meter 2;;;;\n';
    const { res, data } = await bulk.create(Buffer.from(csv));
    assert.equal(res.status, 201);
    assert.equal(data.numberOfAll, 2);
    assert.equal(data.numberOfCreated, 1);
    assert.equal(data.numberOfFailed, 1);
    assert.equal(data.failedCreationList[0].deviceId, 'bulk-c-2');
    assert.equal(data.failedCreationList[0].bulkNewDeviceStatus, 'FAILED');

    const simple = await bulk.create(Buffer.from('ID,PATH\nbulk-s-1,Plant/Line 2\n'));
    assert.equal(simple.data.numberOfCreated, 1);
    assert.equal((await client.deviceRegistration.detail('bulk-s-1')).data.status, 'WAITING_FOR_CONNECTION');
  });

  it('reads options, tenant, user, groups and applications through the services', async () => {
    const options = new TenantOptionsService(client.core);
    const { data: policy } = await options.detail({ category: 'device-registration', key: 'security-token.policy' });
    assert.equal(policy.value, 'OPTIONAL');

    const tenants = new TenantService(client.core);
    const { data: current } = await tenants.current();
    assert.equal(current.name, 't100');

    const users = new UserService(client.core);
    const { data: me } = await users.current();
    assert.equal(me.userName, 'admin');
    assert.ok(me.effectiveRoles?.some((/** @type {{id: string}} */ r) => r.id === 'ROLE_DEVICE_CONTROL_ADMIN'));

    const inventory = new InventoryService(client.core);
    const { data: groups } = await inventory.list({ fragmentType: 'c8y_IsDeviceGroup', text: 'plant', pageSize: 25 });
    assert.ok(groups.some((g) => g.name === 'Plant'));
    const { data: queried } = await inventory.listQuery({ __has: 'c8y_IsDeviceGroup', name: '*Line*' }, { pageSize: 25 });
    assert.deepEqual(queried.map((g) => g.name).sort(), ['Line 1', 'Line 2']);
    // the group names the table shows: by `ids`, as CumulocityAdapter.getGroups asks
    const lines = queried.map((g) => String(g.id));
    const { data: named } = await inventory.list({ ids: [...lines, '987654321987'].join(','), withChildren: false, pageSize: 3 });
    assert.deepEqual(named.map((g) => g.name).sort(), ['Line 1', 'Line 2']);

    const apps = new ApplicationService(client.core);
    const { data: mine } = await apps.listByUser('admin');
    const demo = mine.find((a) => a.contextPath === 'demo-protocol');
    assert.ok(demo);
    assert.equal(demo.type, 'MICROSERVICE');
    assert.deepEqual(
      demo.manifest?.extensions?.map((/** @type {{type: string}} */ e) => e.type),
      ['extensibleDeviceRegistration', 'extensibleBulkDeviceRegistration'],
    );
  });

  it('authenticates with BearerAuth and a token from /tenant/oauth/token', async () => {
    const res = await fetch(`${server.url}/tenant/oauth/token?tenant_id=t100`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=PASSWORD&username=admin&password=admin',
    });
    const { access_token: token } = /** @type {{access_token: string}} */ (await res.json());
    const bearer = new Client(new BearerAuth(token), server.url);
    const { data } = await bearer.deviceRegistration.list({ pageSize: 2000 });
    assert.ok(data.length > 0);
    await assert.rejects(new Client(new BearerAuth('wrong'), server.url).deviceRegistration.list(), (error) => statusOf(error) === 401);
  });

  it('is refused for a read-only user where Cumulocity refuses', async () => {
    const reader = new Client(new BasicAuth({ tenant: 't100', user: 'reader', password: 'reader' }), server.url);
    const { data } = await reader.deviceRegistration.list();
    assert.ok(Array.isArray(data));
    await assert.rejects(reader.deviceRegistration.create({ id: 'nope' }), (error) => statusOf(error) === 403);
  });
});
