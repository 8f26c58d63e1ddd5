/**
 * The published adapter conformance suite (SPEC 3.5): checks that a RegistrationAdapter
 * behaves like Cumulocity, through the adapter interface only. Import it from a test file run
 * by mocha + chai in a browser (web-test-runner), or copy this file into your project (it only
 * needs `@open-wc/testing` and the adapter types):
 *
 *   import { runAdapterConformance } from './suites/adapter-conformance.js';
 *   runAdapterConformance('MyAdapter', async () => ({
 *     adapter: new MyAdapter(...),                        // fresh, default configured backend
 *     device: { bootstrap: (id, token) => callMyDeviceCredentialsEndpoint(id, token) },
 *     configure: async (opts) => { ... },                   // optional
 *   }));
 *
 * `setup` runs before every test and must give a backend with the default configuration
 * (token policy OPTIONAL, no device limit, a user with read and admin rights). Tests create
 * their own uniquely named requests, so a backend that holds other requests is fine.
 */
// `assert.deepEqual` rather than `expect(…).to.equal`: @open-wc's dom-diff plugin types chai's
// `equal` as returning a Promise, which the no-floating-promises lint rule then flags.
import { assert, expect } from '@open-wc/testing';
import type {
  DeviceCredentials,
  DeviceGroup,
  Permissions,
  RegistrationAdapter,
  RegistrationChange,
  RegistrationRequest,
  SecurityTokenPolicy,
} from '../../src/adapters/registration-adapter.js';
import { EXTENSION_TYPES, SECURITY_TOKEN_POLICIES } from '../../src/adapters/registration-adapter.js';
import type { RegistrationErrorCode } from '../../src/adapters/registration-error.js';
import { RegistrationError } from '../../src/adapters/registration-error.js';

export interface ConformanceConfig {
  securityTokenPolicy?: SecurityTokenPolicy;
  /** A number sets the tenant's device limit; `undefined` leaves it as is. */
  deviceLimit?: number;
  /** The rights of the user the adapter acts as. */
  permissions?: Permissions;
}

export interface ConformanceHarness {
  adapter: RegistrationAdapter;
  /** Plays the device side: `POST /devicecontrol/deviceCredentials` (undefined while the server answers 404). */
  device: { bootstrap(id: string, securityToken?: string): Promise<DeviceCredentials | undefined> };
  /** Changes the backend's configuration; without it the tests that need it are skipped. */
  configure?(options: ConformanceConfig): Promise<void>;
  teardown?(): Promise<void> | void;
  /** How long to wait for a `subscribe` notification (polling adapters need more), default 10000 ms. */
  changeTimeout?: number;
}

const SPECIAL_IDS = [
  'with space',
  'slash/inside/id',
  'hash#tag',
  'query?x=1&y=2',
  'percent%20sign',
  'plus+sign',
  'dots/../../up',
  'ünïcødé-设备-🚀',
];

let counter = 0;
/** A unique ID for one test (random suffix, so parallel runs and leftovers never collide). */
export function uniqueId(prefix = 'conf'): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Awaits a rejection and checks it is a RegistrationError with one of the codes. */
export async function expectRejection(
  promise: Promise<unknown>,
  codes: RegistrationErrorCode | RegistrationErrorCode[],
): Promise<RegistrationError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  const wanted = Array.isArray(codes) ? codes : [codes];
  expect(caught, `expected a rejection with code ${wanted.join(' or ')}`).to.be.instanceOf(RegistrationError);
  const error = caught as RegistrationError;
  expect(wanted, `error code (${error.message})`).to.include(error.code);
  expect(error.status).to.be.a('number');
  expect(error.message).to.be.a('string');
  expect(error.retryable).to.be.a('boolean');
  return error;
}

async function findInList(adapter: RegistrationAdapter, id: string): Promise<RegistrationRequest | undefined> {
  const pageSize = 500;
  for (let page = 1; page <= 200; page++) {
    const result = await adapter.list({ page, pageSize });
    const found = result.requests.find((r) => r.id === id);
    if (found) return found;
    if (result.requests.length < pageSize) return undefined;
  }
  return undefined;
}

/** The request by ID: through `get` when the adapter has it (also cross-checked with list), else through list. */
async function lookup(adapter: RegistrationAdapter, id: string): Promise<RegistrationRequest | undefined> {
  const listed = await findInList(adapter, id);
  if (adapter.get) {
    const got = await adapter.get(id);
    assert.deepEqual(got?.status, listed?.status, `get() and list() agree on ${id}`);
    return got;
  }
  return listed;
}

async function statusOf(adapter: RegistrationAdapter, id: string): Promise<string | undefined> {
  return (await lookup(adapter, id))?.status;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function runAdapterConformance(name: string, setup: () => Promise<ConformanceHarness>): void {
  describe(`${name} — adapter conformance`, function () {
    this.timeout(30000);
    let h: ConformanceHarness;
    let adapter: RegistrationAdapter;

    beforeEach(async () => {
      h = await setup();
      adapter = h.adapter;
    });
    afterEach(async () => {
      await h?.teardown?.();
    });

    async function configureOrSkip(ctx: Mocha.Context, options: ConformanceConfig): Promise<void> {
      if (!h.configure) {
        if (ctx.test) ctx.test.title += ' (skipped: the harness cannot configure the backend)';
        ctx.skip();
      }
      await h.configure(options);
    }

    async function createPending(id: string, token?: string): Promise<void> {
      await adapter.create({ id });
      assert.deepEqual(await h.device.bootstrap(id, token), undefined);
      assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
    }

    describe('create, get and list', () => {
      it('creates a request waiting for connection, with a creation time', async () => {
        const id = uniqueId();
        const created = await adapter.create({ id });
        assert.deepEqual(created.id, id);
        assert.deepEqual(created.status, 'WAITING_FOR_CONNECTION');
        expect(created.creationTime).to.be.a('string');
        assert.deepEqual(Number.isNaN(Date.parse(created.creationTime!)), false);
        if (created.self !== undefined) expect(created.self).to.be.a('string');
      });

      it('finds a created request by list (and by get when present)', async () => {
        const id = uniqueId();
        await adapter.create({ id });
        const found = await lookup(adapter, id);
        assert.deepEqual(found?.id, id);
        assert.deepEqual(found?.status, 'WAITING_FOR_CONNECTION');
      });

      it('get resolves undefined for an unknown ID (or is absent)', async () => {
        if (!adapter.get) {
          assert.deepEqual(typeof adapter.get, 'undefined');
          return;
        }
        assert.deepEqual(await adapter.get(uniqueId('missing')), undefined);
      });

      it('keeps the type given at creation (when the backend reports it)', async () => {
        const id = uniqueId();
        const created = await adapter.create({ id, type: 'c8y_ConformanceType' });
        if (created.type !== undefined) assert.deepEqual(created.type, 'c8y_ConformanceType');
        const found = await lookup(adapter, id);
        assert.deepEqual(found?.id, id);
        if (found?.type !== undefined) assert.deepEqual(found.type, 'c8y_ConformanceType');
      });

      it('answers list with the page asked for and at most pageSize requests', async () => {
        for (let i = 0; i < 3; i++) await adapter.create({ id: uniqueId() });
        for (const pageSize of [1, 2, 5]) {
          const result = await adapter.list({ page: 1, pageSize });
          assert.deepEqual(result.page, 1);
          assert.deepEqual(result.pageSize, pageSize);
          expect(result.requests).to.be.an('array');
          expect(result.requests.length).to.be.at.least(1).and.at.most(pageSize);
          if (result.totalPages !== undefined) expect(result.totalPages).to.be.a('number').and.at.least(1);
          for (const r of result.requests) {
            expect(r.id).to.be.a('string');
            expect(r.status).to.be.a('string');
          }
        }
      });

      it('pages do not overlap and together contain every request', async () => {
        const ids = Array.from({ length: 7 }, () => uniqueId('page'));
        for (const id of ids) await adapter.create({ id });
        const seen = new Set<string>();
        const pageSize = 3;
        for (let page = 1; page <= 1000; page++) {
          const result = await adapter.list({ page, pageSize });
          expect(result.requests.length).to.be.at.most(pageSize);
          for (const r of result.requests) {
            assert.deepEqual(seen.has(r.id), false, `${r.id} appears on two pages`);
            seen.add(r.id);
          }
          if (result.requests.length < pageSize) break;
        }
        for (const id of ids) assert.deepEqual(seen.has(id), true, `${id} is on some page`);
      });

      it('an empty page beyond the end has no requests', async () => {
        await adapter.create({ id: uniqueId() });
        const result = await adapter.list({ page: 100000, pageSize: 2000 });
        assert.deepEqual(result.requests, []);
      });

      it('rejects a duplicate ID with code duplicate', async () => {
        const id = uniqueId();
        await adapter.create({ id });
        const error = await expectRejection(adapter.create({ id }), 'duplicate');
        assert.deepEqual(error.retryable, false);
        assert.deepEqual(await statusOf(adapter, id), 'WAITING_FOR_CONNECTION');
      });

      it('rejects an empty ID with code invalid', async () => {
        await expectRejection(adapter.create({ id: '' }), 'invalid');
      });

      it('returns copies: changing a returned request changes nothing', async () => {
        const id = uniqueId();
        const created = await adapter.create({ id });
        created.status = 'ACCEPTED';
        const listed = await findInList(adapter, id);
        listed!.status = 'BLOCKED';
        assert.deepEqual(await statusOf(adapter, id), 'WAITING_FOR_CONNECTION');
      });
    });

    describe('lifecycle', () => {
      it('a device calling in before acceptance gets nothing and makes the request pending', async () => {
        const id = uniqueId();
        await adapter.create({ id });
        assert.deepEqual(await h.device.bootstrap(id), undefined);
        assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
        assert.deepEqual(await h.device.bootstrap(id), undefined);
        assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
      });

      it('an unknown device calling in gets nothing', async () => {
        assert.deepEqual(await h.device.bootstrap(uniqueId('stranger')), undefined);
      });

      it('accept → ACCEPTED; the next call gets credentials and the request leaves the list', async () => {
        const id = uniqueId();
        await createPending(id);
        const accepted = await adapter.accept(id);
        assert.deepEqual(accepted.id, id);
        assert.deepEqual(accepted.status, 'ACCEPTED');
        assert.deepEqual(await statusOf(adapter, id), 'ACCEPTED');
        const credentials = await h.device.bootstrap(id);
        expect(credentials, 'credentials after acceptance').to.be.an('object');
        assert.deepEqual(credentials!.id, id);
        expect(credentials!.username).to.be.a('string').that.is.not.empty;
        expect(credentials!.password).to.be.a('string').that.is.not.empty;
        expect(credentials!.tenantId).to.be.a('string').that.is.not.empty;
        assert.deepEqual(await lookup(adapter, id), undefined);
      });

      it('accept of an unknown ID rejects with not-found', async () => {
        const error = await expectRejection(adapter.accept(uniqueId('missing')), 'not-found');
        assert.deepEqual(error.status, 404);
      });

      it('remove deletes the request; removing it again rejects with not-found', async () => {
        const id = uniqueId();
        await adapter.create({ id });
        await adapter.remove(id);
        assert.deepEqual(await lookup(adapter, id), undefined);
        await expectRejection(adapter.remove(id), 'not-found');
      });

      it('remove of an unknown ID rejects with not-found (404)', async () => {
        const error = await expectRejection(adapter.remove(uniqueId('missing')), 'not-found');
        assert.deepEqual(error.status, 404);
      });

      it('a pending request can be removed, and the device then gets nothing', async () => {
        const id = uniqueId();
        await createPending(id);
        await adapter.remove(id);
        assert.deepEqual(await lookup(adapter, id), undefined);
        assert.deepEqual(await h.device.bootstrap(id), undefined);
      });
    });

    describe('security token policy', () => {
      it('OPTIONAL: a device without token is accepted with an empty token', async () => {
        if (h.configure) await h.configure({ securityTokenPolicy: 'OPTIONAL' });
        const id = uniqueId();
        await createPending(id);
        assert.deepEqual((await adapter.accept(id, { securityToken: '' })).status, 'ACCEPTED');
      });

      it('OPTIONAL: a device that sent a token needs the same token', async () => {
        if (h.configure) await h.configure({ securityTokenPolicy: 'OPTIONAL' });
        const id = uniqueId();
        await createPending(id, 'secret-1');
        const error = await expectRejection(adapter.accept(id, { securityToken: 'wrong' }), 'token-mismatch');
        expect(error.status).to.be.within(400, 499);
        assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
        assert.deepEqual((await adapter.accept(id, { securityToken: 'secret-1' })).status, 'ACCEPTED');
      });

      it('OPTIONAL: three mismatches block the request; it can then only be removed', async () => {
        if (h.configure) await h.configure({ securityTokenPolicy: 'OPTIONAL' });
        const id = uniqueId();
        await createPending(id, 'secret-2');
        await expectRejection(adapter.accept(id, { securityToken: 'wrong-1' }), 'token-mismatch');
        await expectRejection(adapter.accept(id, { securityToken: 'wrong-2' }), 'token-mismatch');
        await expectRejection(adapter.accept(id, { securityToken: 'wrong-3' }), ['token-mismatch', 'blocked']);
        assert.deepEqual(await statusOf(adapter, id), 'BLOCKED');
        await expectRejection(adapter.accept(id, { securityToken: 'secret-2' }), ['blocked', 'invalid', 'token-mismatch']);
        assert.deepEqual(await h.device.bootstrap(id, 'secret-2'), undefined);
        await adapter.remove(id);
        assert.deepEqual(await lookup(adapter, id), undefined);
      });

      it('REQUIRED: a device calling in without a token is blocked', async function () {
        await configureOrSkip(this, { securityTokenPolicy: 'REQUIRED' });
        const id = uniqueId();
        await adapter.create({ id });
        assert.deepEqual(await h.device.bootstrap(id), undefined);
        assert.deepEqual(await statusOf(adapter, id), 'BLOCKED');
      });

      it('REQUIRED: a device with a token is accepted with that token, not by accept all', async function () {
        await configureOrSkip(this, { securityTokenPolicy: 'REQUIRED' });
        const id = uniqueId();
        await createPending(id, 'secret-3');
        const outcomes = await adapter.acceptAll();
        const mine = outcomes.find((o) => o.id === id);
        assert.deepEqual(mine?.successful ?? false, false);
        assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
        await expectRejection(adapter.accept(id), ['token-mismatch', 'invalid']);
        assert.deepEqual((await adapter.accept(id, { securityToken: 'secret-3' })).status, 'ACCEPTED');
      });

      it('IGNORED: a device that sent a token is accepted without one', async function () {
        await configureOrSkip(this, { securityTokenPolicy: 'IGNORED' });
        const id = uniqueId();
        await createPending(id, 'secret-4');
        assert.deepEqual((await adapter.accept(id)).status, 'ACCEPTED');
        assert.deepEqual((await h.device.bootstrap(id, 'secret-4'))?.id, id);
      });

      it('getSecurityTokenPolicy reports the configured policy', async function () {
        await configureOrSkip(this, { securityTokenPolicy: 'REQUIRED' });
        if (!adapter.getSecurityTokenPolicy) {
          assert.deepEqual(typeof adapter.getSecurityTokenPolicy, 'undefined');
          return;
        }
        assert.deepEqual(await adapter.getSecurityTokenPolicy(), 'REQUIRED');
      });
    });

    describe('accept all', () => {
      it('accepts only tokenless pending requests and reports the others', async () => {
        const plain = uniqueId('plain');
        const withToken = uniqueId('token');
        const waiting = uniqueId('waiting');
        await createPending(plain);
        await createPending(withToken, 'secret-5');
        await adapter.create({ id: waiting });
        const outcomes = await adapter.acceptAll();
        expect(outcomes).to.be.an('array');
        for (const o of outcomes) {
          expect(o.id).to.be.a('string');
          expect(o.successful).to.be.a('boolean');
        }
        assert.deepEqual(outcomes.find((o) => o.id === plain)?.successful, true);
        assert.deepEqual(outcomes.find((o) => o.id === withToken)?.successful, false);
        assert.deepEqual(outcomes.some((o) => o.id === waiting && o.successful), false);
        assert.deepEqual(await statusOf(adapter, plain), 'ACCEPTED');
        assert.deepEqual(await statusOf(adapter, withToken), 'PENDING_ACCEPTANCE');
        assert.deepEqual(await statusOf(adapter, waiting), 'WAITING_FOR_CONNECTION');
      });
    });

    describe('IDs that need URL encoding', () => {
      for (const raw of SPECIAL_IDS) {
        it(`survives a full round trip: ${JSON.stringify(raw)}`, async () => {
          const id = `${raw} ${uniqueId('x')}`;
          assert.deepEqual((await adapter.create({ id })).id, id);
          assert.deepEqual((await lookup(adapter, id))?.id, id);
          assert.deepEqual(await h.device.bootstrap(id), undefined);
          assert.deepEqual(await statusOf(adapter, id), 'PENDING_ACCEPTANCE');
          assert.deepEqual((await adapter.accept(id)).id, id);
          assert.deepEqual(await statusOf(adapter, id), 'ACCEPTED');
          await adapter.remove(id);
          assert.deepEqual(await lookup(adapter, id), undefined);
        });
      }

      it('a device with an encoded ID collects its credentials', async () => {
        const id = `a/b #?% ü ${uniqueId()}`;
        await createPending(id);
        await adapter.accept(id);
        assert.deepEqual((await h.device.bootstrap(id))?.id, id);
      });
    });

    describe('abort', () => {
      function aborted(): AbortSignal {
        const controller = new AbortController();
        controller.abort();
        return controller.signal;
      }

      it('every call with an already aborted signal rejects with aborted', async () => {
        const signal = aborted();
        const id = uniqueId();
        await expectRejection(adapter.list({ page: 1, pageSize: 5 }, { signal }), 'aborted');
        await expectRejection(adapter.create({ id }, { signal }), 'aborted');
        await expectRejection(adapter.accept(id, { signal }), 'aborted');
        await expectRejection(adapter.acceptAll({ signal }), 'aborted');
        await expectRejection(adapter.remove(id, { signal }), 'aborted');
        await expectRejection(adapter.bulkRegister(new Blob(['ID;PATH\n' + id]), { signal }), 'aborted');
        if (adapter.get) await expectRejection(adapter.get(id, { signal }), 'aborted');
        if (adapter.getLimit) await expectRejection(adapter.getLimit({ signal }), 'aborted');
        if (adapter.getPermissions) await expectRejection(adapter.getPermissions({ signal }), 'aborted');
        if (adapter.searchGroups) await expectRejection(adapter.searchGroups('', { signal }), 'aborted');
        if (adapter.getGroups) await expectRejection(adapter.getGroups(['1'], { signal }), 'aborted');
        if (adapter.listTenants) await expectRejection(adapter.listTenants({ signal }), 'aborted');
      });

      it('an aborted create creates nothing', async () => {
        const id = uniqueId();
        await expectRejection(adapter.create({ id }, { signal: aborted() }), 'aborted');
        assert.deepEqual(await lookup(adapter, id), undefined);
      });
    });

    describe('bulk registration', () => {
      it('creates the requests of a simple CSV and reports duplicates as failed', async () => {
        const existing = uniqueId('bulk');
        const a = uniqueId('bulk');
        const b = uniqueId('bulk');
        await adapter.create({ id: existing });
        const csv = `ID;PATH\n${a};\n${b};\n${existing};\n`;
        const result = await adapter.bulkRegister(new Blob([csv], { type: 'text/csv' }));
        assert.deepEqual(result.numberOfAll, 3);
        assert.deepEqual(result.numberOfSuccessful, 2);
        assert.deepEqual(result.numberOfFailed, 1);
        assert.deepEqual(result.failedCreationList[0].bulkNewDeviceStatus, 'FAILED');
        expect(result.failedCreationList[0].failureReason).to.be.a('string');
        assert.deepEqual(result.numberOfCreated, 2);
        assert.deepEqual(result.failedCreationList[0].deviceId ?? existing, existing);
        assert.deepEqual(await statusOf(adapter, a), 'WAITING_FOR_CONNECTION');
        assert.deepEqual(await statusOf(adapter, b), 'WAITING_FOR_CONNECTION');
      });
    });

    describe('subscribe', () => {
      it('pushes added, updated and removed changes (or is absent)', async () => {
        if (!adapter.subscribe) {
          assert.deepEqual(typeof adapter.subscribe, 'undefined');
          return;
        }
        const timeout = h.changeTimeout ?? 10000;
        const changes: RegistrationChange[] = [];
        const waitFor = async (what: string, predicate: (c: RegistrationChange) => boolean) => {
          const deadline = Date.now() + timeout;
          while (!changes.some(predicate)) {
            if (Date.now() > deadline) throw new Error(`no ${what} change within ${timeout} ms`);
            await sleep(20);
          }
        };
        const unsubscribe = adapter.subscribe((change) => changes.push(change));
        expect(unsubscribe).to.be.a('function');
        try {
          const id = uniqueId('sub');
          await adapter.list({ page: 1, pageSize: 50 }); // polling adapters watch the loaded pages
          await adapter.create({ id });
          await waitFor('added', (c) => c.type === 'added' && c.request.id === id);
          await h.device.bootstrap(id);
          await waitFor('updated', (c) => c.type === 'updated' && c.request.id === id && c.request.status === 'PENDING_ACCEPTANCE');
          await adapter.remove(id);
          await waitFor('removed', (c) => c.type === 'removed' && c.id === id);
        } finally {
          unsubscribe();
        }
        const count = changes.length;
        await adapter.create({ id: uniqueId('after') });
        await sleep(Math.min(timeout, 300));
        assert.deepEqual(changes.length, count, 'no changes after unsubscribe');
      });
    });

    describe('optional methods', () => {
      it('getLimit answers {isReached, limit?} (or is absent)', async () => {
        if (!adapter.getLimit) return assert.deepEqual(typeof adapter.getLimit, 'undefined');
        const limit = await adapter.getLimit();
        expect(limit.isReached).to.be.a('boolean');
        if (limit.limit !== undefined) expect(limit.limit).to.be.a('number');
      });

      it('getSecurityTokenPolicy answers a known policy (or is absent)', async () => {
        if (!adapter.getSecurityTokenPolicy) return assert.deepEqual(typeof adapter.getSecurityTokenPolicy, 'undefined');
        expect(SECURITY_TOKEN_POLICIES).to.include(await adapter.getSecurityTokenPolicy());
      });

      it('getPermissions answers {read, admin} (or is absent)', async () => {
        if (!adapter.getPermissions) return assert.deepEqual(typeof adapter.getPermissions, 'undefined');
        const permissions = await adapter.getPermissions();
        expect(permissions.read).to.be.a('boolean');
        expect(permissions.admin).to.be.a('boolean');
      });

      it('searchGroups answers [{id, name}] (or is absent)', async () => {
        if (!adapter.searchGroups) return assert.deepEqual(typeof adapter.searchGroups, 'undefined');
        const groups = await adapter.searchGroups('');
        expect(groups).to.be.an('array');
        for (const g of groups) {
          expect(g.id).to.be.a('string');
          expect(g.name).to.be.a('string');
        }
        assert.deepEqual(await adapter.searchGroups(`no group is called ${uniqueId()}`), []);
      });

      it('getGroups answers the groups of the IDs it knows and leaves out the others (or is absent)', async () => {
        if (!adapter.getGroups) return assert.deepEqual(typeof adapter.getGroups, 'undefined');
        const byId = (groups: DeviceGroup[]) => [...groups].sort((a, b) => a.id.localeCompare(b.id));
        // the groups searchGroups finds (if it is there: else only the unknown ID is asked)
        const known = adapter.searchGroups ? (await adapter.searchGroups('')).slice(0, 3) : [];
        const unknown = '987654321987';
        const found = await adapter.getGroups([...known.map((g) => g.id), unknown]);
        assert.deepEqual(byId(found), byId(known));
        assert.deepEqual(await adapter.getGroups([unknown]), []);
        assert.deepEqual(await adapter.getGroups([]), []);
      });

      it('listTenants answers [{id}] (or is absent)', async () => {
        if (!adapter.listTenants) return assert.deepEqual(typeof adapter.listTenants, 'undefined');
        const tenants = await adapter.listTenants();
        expect(tenants).to.be.an('array');
        for (const t of tenants) expect(t.id).to.be.a('string');
      });

      it('listExtensions answers [{name, type, contextPath}] (or is absent)', async () => {
        if (!adapter.listExtensions) return assert.deepEqual(typeof adapter.listExtensions, 'undefined');
        const extensions = await adapter.listExtensions();
        expect(extensions).to.be.an('array');
        for (const e of extensions) {
          expect(e.name).to.be.a('string');
          expect(EXTENSION_TYPES).to.include(e.type);
          expect(e.contextPath).to.be.a('string');
          if (adapter.getExtensionMetadata) {
            const metadata = await adapter.getExtensionMetadata(e, 'en');
            expect(metadata.title).to.be.a('string');
          }
        }
      });
    });

    describe('configuration', () => {
      it('a device limit of 0 rejects creation with limit-reached, and getLimit says so', async function () {
        await configureOrSkip(this, { deviceLimit: 0 });
        const error = await expectRejection(adapter.create({ id: uniqueId('limit') }), 'limit-reached');
        expect(error.status).to.be.within(400, 499);
        if (adapter.getLimit) {
          const limit = await adapter.getLimit();
          assert.deepEqual(limit.isReached, true);
          assert.deepEqual(limit.limit, 0);
        }
      });

      it('a device limit that is not reached lets creation through', async function () {
        await configureOrSkip(this, { deviceLimit: 100000 });
        const id = uniqueId('limit');
        assert.deepEqual((await adapter.create({ id })).id, id);
        if (adapter.getLimit) {
          const limit = await adapter.getLimit();
          assert.deepEqual(limit.isReached, false);
          assert.deepEqual(limit.limit, 100000);
        }
      });

      it('a read-only user can list but every write rejects with forbidden', async function () {
        const id = uniqueId('ro');
        await createPending(id);
        await configureOrSkip(this, { permissions: { read: true, admin: false } });
        assert.deepEqual((await findInList(adapter, id))?.status, 'PENDING_ACCEPTANCE');
        if (adapter.getPermissions) assert.deepEqual((await adapter.getPermissions()).admin, false);
        const error = await expectRejection(adapter.create({ id: uniqueId('ro') }), 'forbidden');
        assert.deepEqual(error.status, 403);
        await expectRejection(adapter.accept(id), 'forbidden');
        await expectRejection(adapter.acceptAll(), 'forbidden');
        await expectRejection(adapter.remove(id), 'forbidden');
        await expectRejection(adapter.bulkRegister(new Blob([`ID;PATH\n${uniqueId()};\n`])), 'forbidden');
        assert.deepEqual((await findInList(adapter, id))?.status, 'PENDING_ACCEPTANCE');
      });
    });
  });
}
