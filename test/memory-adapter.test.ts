import './helpers/lit-warnings.js';
import { assert, expect } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import {
  createDemoMemoryAdapter,
  DEMO_EXAMPLE_CSV,
  DEMO_EXTENSIONS,
  startDeviceSimulation,
} from '../src/adapters/demo-memory-adapter.js';
import type { BulkResult, ExtensionMetadata, RegistrationChange } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { SortedIndex, sortInPlace } from '../src/adapters/memory/sorted-index.js';
import type { ConformanceHarness } from './suites/adapter-conformance.js';
import { expectRejection, runAdapterConformance } from './suites/adapter-conformance.js';

function memoryHarness(options: MemoryAdapterOptions = {}): ConformanceHarness {
  const adapter = new MemoryAdapter(options);
  return {
    adapter,
    device: { bootstrap: (id, token) => adapter.bootstrap(id, token) },
    configure: async ({ securityTokenPolicy, deviceLimit, permissions }) => {
      if (securityTokenPolicy) adapter.setSecurityTokenPolicy(securityTokenPolicy);
      if (deviceLimit !== undefined) adapter.setDeviceLimit(deviceLimit);
      if (permissions) adapter.setPermissions(permissions);
      return Promise.resolve();
    },
    changeTimeout: 1000,
  };
}

runAdapterConformance('MemoryAdapter', () => Promise.resolve(memoryHarness()));
runAdapterConformance('MemoryAdapter with latency and without optional methods', () =>
  Promise.resolve(
    memoryHarness({
      latency: 1,
      without: ['get', 'getLimit', 'getSecurityTokenPolicy', 'getPermissions', 'searchGroups', 'getGroups', 'listTenants', 'subscribe', 'listExtensions'],
    }),
  ),
);

const HOUR = 3_600_000;
const iso = (hoursAgo: number) => new Date(Date.UTC(2026, 0, 10) - hoursAgo * HOUR).toISOString();

function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('SortedIndex (the order behind MemoryAdapter.list)', () => {
  it('stays equal to a sorted array through thousands of random inserts and removes', () => {
    let state = 42;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const index = new SortedIndex<{ k: number }>((a, b) => a.k - b.k);
    let reference: { k: number }[] = [];
    const used = new Set<number>();
    for (let step = 0; step < 6000; step++) {
      if (reference.length && random() < 0.35) {
        const victim = reference[Math.floor(random() * reference.length)];
        assert.deepEqual(index.remove(victim), true);
        reference = reference.filter((x) => x !== victim);
      } else {
        let k = Math.floor(random() * 1e6);
        while (used.has(k)) k++;
        used.add(k);
        const item = { k };
        index.insert(item);
        reference.push(item);
      }
      if (step % 500 === 0 || step === 5999) {
        const sorted = reference.slice().sort((a, b) => a.k - b.k);
        assert.deepEqual(index.size, sorted.length);
        assert.deepEqual(index.slice(0, sorted.length), sorted);
        assert.deepEqual(index.slice(37, 100), sorted.slice(37, 137));
      }
    }
    assert.deepEqual(index.remove({ k: -1 }), false);
  });

  it('reset sorts once, fast for in-order and reversed input', () => {
    const cmp = (a: number, b: number) => a - b;
    assert.deepEqual(sortInPlace([1, 2, 3], cmp), [1, 2, 3]);
    assert.deepEqual(sortInPlace([3, 2, 1], cmp), [1, 2, 3]);
    assert.deepEqual(sortInPlace([2, 3, 1], cmp), [1, 2, 3]);
    const index = new SortedIndex<number>(cmp);
    index.reset(Array.from({ length: 3000 }, (_, i) => 3000 - i));
    assert.deepEqual(index.slice(0, 3), [1, 2, 3]);
    assert.deepEqual(index.slice(2998, 10), [2999, 3000]);
    index.insert(0);
    assert.deepEqual(index.slice(0, 2), [0, 1]);
  });
});

describe('MemoryAdapter', () => {
  describe('seeding and listing', () => {
    it('lists pending requests first, then the newest', async () => {
      const adapter = new MemoryAdapter({
        requests: [
          { id: 'old-waiting', creationTime: iso(10) },
          { id: 'new-waiting', creationTime: iso(1) },
          { id: 'old-pending', status: 'PENDING_ACCEPTANCE', creationTime: iso(20) },
          { id: 'accepted', status: 'ACCEPTED', creationTime: iso(5) },
          { id: 'new-pending', status: 'PENDING_ACCEPTANCE', creationTime: iso(2) },
          { id: 'blocked', status: 'BLOCKED', creationTime: iso(30) },
        ],
      });
      const { requests, totalPages } = await adapter.list({ page: 1, pageSize: 10 });
      assert.deepEqual(requests.map((r) => r.id), [
        'new-pending',
        'old-pending',
        'new-waiting',
        'accepted',
        'old-waiting',
        'blocked',
      ]);
      assert.deepEqual(totalPages, 1);
    });

    it('fills in defaults: waiting status, creation time, tenant, owner and a memory:// self', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'a b/c' }], tenantId: 't7', user: 'jane' });
      const [request] = (await adapter.list({ page: 1, pageSize: 5 })).requests;
      assert.deepEqual(request.status, 'WAITING_FOR_CONNECTION');
      expect(Date.parse(request.creationTime!)).to.be.closeTo(Date.now(), 5000);
      assert.deepEqual(request.tenantId, 't7');
      assert.deepEqual(request.owner, 'jane');
      assert.deepEqual(request.self, 'memory://devicecontrol/newDeviceRequests/a%20b%2Fc');
      const created = await adapter.create({ id: 'x', groupId: '5', type: 't' });
      expect(created).to.include({ id: 'x', groupId: '5', type: 't', owner: 'jane', tenantId: 't7' });
    });

    it('moves a request to the front when it becomes pending, and back when accepted', async () => {
      const adapter = new MemoryAdapter({
        requests: [{ id: 'older', creationTime: iso(5) }, { id: 'newer', creationTime: iso(1) }],
      });
      await adapter.bootstrap('older');
      assert.deepEqual((await adapter.list({ page: 1, pageSize: 1 })).requests[0].id, 'older');
      await adapter.accept('older');
      assert.deepEqual((await adapter.list({ page: 1, pageSize: 2 })).requests.map((r) => r.id), ['newer', 'older']);
    });

    it('pages through 10,000 seeded requests without gaps', async () => {
      const adapter = new MemoryAdapter({
        requests: Array.from({ length: 10000 }, (_, i) => ({
          id: `dev-${i}`,
          status: i % 5 === 0 ? 'PENDING_ACCEPTANCE' : 'WAITING_FOR_CONNECTION',
          creationTime: iso((i * 7919) % 10000),
        })),
      });
      const seen = new Set<string>();
      let previous: { rank: number; time: number } | undefined;
      for (let page = 1; page <= 5; page++) {
        const result = await adapter.list({ page, pageSize: 2000 });
        assert.deepEqual(result.totalPages, 5);
        for (const r of result.requests) {
          const key = { rank: r.status === 'PENDING_ACCEPTANCE' ? 0 : 1, time: Date.parse(r.creationTime!) };
          if (previous) {
            assert.deepEqual(key.rank >= previous.rank, true, 'pending first');
            if (key.rank === previous.rank) assert.deepEqual(key.time <= previous.time, true, 'newest first');
          }
          previous = key;
          seen.add(r.id);
        }
      }
      assert.deepEqual(seen.size, 10000);
      assert.deepEqual(adapter.size, 10000);
    });

    it('rejects seeds with duplicate IDs', () => {
      expect(() => new MemoryAdapter({ requests: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] })).to.throw(RegistrationError, /a$/);
      const adapter = new MemoryAdapter({ requests: [{ id: 'a' }] });
      expect(() => adapter.seed([{ id: 'c' }, { id: 'a' }])).to.throw(RegistrationError);
      assert.deepEqual(adapter.size, 1);
      expect(() => adapter.seed([{ id: 'd' }, { id: 'd' }])).to.throw(RegistrationError);
      assert.deepEqual(adapter.peek().map((r) => r.id), ['a']);
    });

    it('rejects a page size over 2000 or a page below 1 with invalid (422)', async () => {
      const adapter = new MemoryAdapter();
      const error = await expectRejection(adapter.list({ page: 1, pageSize: 2001 }), 'invalid');
      assert.deepEqual(error.status, 422);
      await expectRejection(adapter.list({ page: 0, pageSize: 10 }), 'invalid');
    });

    it('copies its input and output', async () => {
      const seed = { id: 'a', status: 'PENDING_ACCEPTANCE' };
      const groups = [{ id: '1', name: 'G' }];
      const adapter = new MemoryAdapter({ requests: [seed], groups });
      seed.status = 'BLOCKED';
      groups[0].name = 'changed';
      assert.deepEqual((await adapter.get('a'))?.status, 'PENDING_ACCEPTANCE');
      assert.deepEqual(await adapter.searchGroups(''), [{ id: '1', name: 'G' }]);
      const permissions = await adapter.getPermissions();
      permissions.admin = false;
      assert.deepEqual((await adapter.getPermissions()).admin, true);
    });
  });

  describe('device side and tokens', () => {
    it('uses the seeded token of a pending device', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }] });
      await expectRejection(adapter.accept('d'), 'token-mismatch');
      assert.deepEqual((await adapter.accept('d', { securityToken: 'abc' })).status, 'ACCEPTED');
      assert.deepEqual(adapter.deviceToken('d'), 'abc');
    });

    it('the third mismatch blocks the request (and says so)', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }] });
      await expectRejection(adapter.accept('d', { securityToken: '1' }), 'token-mismatch');
      await expectRejection(adapter.accept('d', { securityToken: '2' }), 'token-mismatch');
      const error = await expectRejection(adapter.accept('d', { securityToken: '3' }), 'token-mismatch');
      assert.deepEqual(error.status, 422);
      expect(error.message).to.contain('BLOCKED');
      assert.deepEqual((await adapter.get('d'))?.status, 'BLOCKED');
      const blocked = await expectRejection(adapter.accept('d', { securityToken: 'abc' }), 'blocked');
      assert.deepEqual(blocked.status, 422);
    });

    it('honours maxTokenAttempts', async () => {
      const adapter = new MemoryAdapter({
        maxTokenAttempts: 1,
        requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }],
      });
      await expectRejection(adapter.accept('d', { securityToken: 'x' }), 'token-mismatch');
      assert.deepEqual((await adapter.get('d'))?.status, 'BLOCKED');
    });

    it('OPTIONAL: a device without token is accepted whatever is typed', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE' }] });
      assert.deepEqual((await adapter.accept('d', { securityToken: 'anything' })).status, 'ACCEPTED');
    });

    it('REQUIRED: accepting without a token is refused without counting an attempt', async () => {
      const adapter = new MemoryAdapter({
        securityTokenPolicy: 'REQUIRED',
        maxTokenAttempts: 1,
        requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }],
      });
      const error = await expectRejection(adapter.accept('d'), 'token-mismatch');
      assert.deepEqual(error.serverError, 'devicecontrol/securityTokenRequired');
      assert.deepEqual((await adapter.accept('d', { securityToken: 'abc' })).status, 'ACCEPTED');
    });

    it('REQUIRED: a pending device calling again without a token is blocked', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }] });
      adapter.setSecurityTokenPolicy('REQUIRED');
      assert.deepEqual(await adapter.bootstrap('d'), undefined);
      assert.deepEqual((await adapter.get('d'))?.status, 'BLOCKED');
    });

    it('a device calling with another token counts as a failed attempt', async () => {
      const adapter = new MemoryAdapter({ maxTokenAttempts: 2, requests: [{ id: 'd' }] });
      await adapter.bootstrap('d', 'first');
      assert.deepEqual(adapter.deviceToken('d'), 'first');
      await adapter.bootstrap('d', 'second');
      assert.deepEqual((await adapter.get('d'))?.status, 'PENDING_ACCEPTANCE');
      await adapter.bootstrap('d', 'third');
      assert.deepEqual((await adapter.get('d'))?.status, 'BLOCKED');
    });

    it('an accepted device must send its token to get the credentials', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }] });
      await adapter.accept('d', { securityToken: 'abc' });
      assert.deepEqual(await adapter.bootstrap('d'), undefined);
      assert.deepEqual(await adapter.bootstrap('d', 'wrong'), undefined);
      assert.deepEqual((await adapter.bootstrap('d', 'abc'))?.id, 'd');
    });

    it('IGNORED: the device token is neither kept nor checked', async () => {
      const adapter = new MemoryAdapter({ securityTokenPolicy: 'IGNORED', requests: [{ id: 'd' }] });
      await adapter.bootstrap('d', 'abc');
      assert.deepEqual(adapter.deviceToken('d'), undefined);
      await adapter.accept('d');
      assert.deepEqual((await adapter.bootstrap('d', 'other'))?.id, 'd');
    });

    it('rejects IDs that are blank, too long or have control characters with invalid', async () => {
      const adapter = new MemoryAdapter();
      for (const id of ['', '   ', 'x'.repeat(256), 'tab\there']) await expectRejection(adapter.create({ id }), 'invalid');
      assert.deepEqual((await adapter.create({ id: 'x'.repeat(255) })).id.length, 255);
    });

    it('cannot accept a request whose device never called in', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'w' }] });
      const error = await expectRejection(adapter.accept('w'), 'invalid');
      assert.deepEqual(error.status, 422);
    });

    it('accept all accepts devices with tokens too when the policy is IGNORED', async () => {
      const adapter = new MemoryAdapter({
        securityTokenPolicy: 'IGNORED',
        requests: [{ id: 't', status: 'PENDING_ACCEPTANCE', securityToken: 'abc' }, { id: 'w' }],
      });
      assert.deepEqual(await adapter.acceptAll(), [{ id: 't', successful: true }]);
    });

    it('gives each device its own credentials and counts it as a device', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'a', status: 'ACCEPTED' }, { id: 'b', status: 'ACCEPTED' }] });
      const a = await adapter.bootstrap('a');
      const b = await adapter.bootstrap('b');
      expect(a?.password).to.have.length(16);
      assert.notDeepEqual(a?.password, b?.password);
      assert.deepEqual(a?.tenantId, 't100');
      expect(adapter.deviceIds).to.have.members(['a', 'b']);
      await expectRejection(adapter.create({ id: 'a' }), 'duplicate');
    });
  });

  describe('options', () => {
    it('latency delays every call', async () => {
      const adapter = new MemoryAdapter({ latency: 60 });
      const start = performance.now();
      await adapter.list({ page: 1, pageSize: 5 });
      expect(performance.now() - start).to.be.at.least(55);
      adapter.setLatency(0);
      const again = performance.now();
      await adapter.list({ page: 1, pageSize: 5 });
      expect(performance.now() - again).to.be.below(50);
    });

    it('aborting during the latency rejects with aborted and changes nothing', async () => {
      const adapter = new MemoryAdapter({ latency: 5000 });
      const controller = new AbortController();
      const start = performance.now();
      const pending = adapter.create({ id: 'late' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await expectRejection(pending, 'aborted');
      assert.deepEqual(error.status, 0);
      expect(performance.now() - start).to.be.below(1000);
      assert.deepEqual(adapter.size, 0);
    });

    it('failures make an operation fail, including with a network error', async () => {
      const network = new RegistrationError({ status: 0, code: 'network', message: 'offline' });
      const adapter = new MemoryAdapter({ failures: { list: network } });
      const error = await expectRejection(adapter.list({ page: 1, pageSize: 5 }), 'network');
      assert.deepEqual(error.retryable, true);
      adapter.setFailure('list', undefined);
      assert.deepEqual((await adapter.list({ page: 1, pageSize: 5 })).requests, []);
    });

    it('a failure function decides per call from the arguments', async () => {
      const adapter = new MemoryAdapter();
      adapter.setFailure('create', (request) =>
        (request as { id: string }).id.startsWith('bad')
          ? new RegistrationError({ status: 500, code: 'server', message: 'boom' })
          : undefined,
      );
      await expectRejection(adapter.create({ id: 'bad-1' }), 'server');
      assert.deepEqual((await adapter.create({ id: 'good-1' })).id, 'good-1');
    });

    it('failures also apply to the device side', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd' }] });
      adapter.setFailure('bootstrap', new RegistrationError({ status: 503, code: 'server', message: 'down' }));
      await expectRejection(adapter.bootstrap('d'), 'server');
      assert.deepEqual((await adapter.get('d'))?.status, 'WAITING_FOR_CONNECTION');
    });

    it('loseAnswers carries out the next n successful calls, then rejects them as a lost connection (status 0)', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'taken' }], loseAnswers: { create: 2, bulkRegister: 1 } });
      // a call that fails anyway is answered as usual and does not use up a lost answer
      await expectRejection(adapter.create({ id: 'taken' }), 'duplicate');
      for (const id of ['a', 'b']) {
        const error = await expectRejection(adapter.create({ id }), 'network');
        assert.deepEqual([error.status, error.retryable], [0, true]);
        assert.deepEqual((await adapter.get(id))?.id, id);
      }
      assert.deepEqual((await adapter.create({ id: 'c' })).id, 'c');
      const file = new File(['ID;PATH\nbulk-1;G\n'], 'b.csv', { type: 'text/csv' });
      await expectRejection(adapter.bulkRegister(file), 'network');
      assert.deepEqual((await adapter.get('bulk-1'))?.status, 'WAITING_FOR_CONNECTION');
      const again = await adapter.bulkRegister(file);
      assert.deepEqual([again.numberOfCreated, again.numberOfFailed], [0, 1]);
    });

    it('without removes optional methods', () => {
      const adapter = new MemoryAdapter({ without: ['getLimit', 'subscribe', 'listTenants'] });
      assert.deepEqual(typeof adapter.getLimit, 'undefined');
      assert.deepEqual(typeof adapter.subscribe, 'undefined');
      assert.deepEqual(typeof adapter.listTenants, 'undefined');
      assert.deepEqual(typeof adapter.searchGroups, 'function');
      assert.deepEqual(typeof new MemoryAdapter().getLimit, 'function');
    });

    it('the device limit rejects creation with limit-reached and getLimit says isReached', async () => {
      const adapter = new MemoryAdapter({ deviceLimit: 2, requests: [{ id: 'a' }] });
      assert.deepEqual(await adapter.getLimit(), { isReached: false, limit: 2 });
      await adapter.create({ id: 'b' });
      assert.deepEqual(await adapter.getLimit(), { isReached: true, limit: 2 });
      const error = await expectRejection(adapter.create({ id: 'c' }), 'limit-reached');
      assert.deepEqual(error.status, 422);
      adapter.setDeviceLimit(undefined);
      assert.deepEqual(await adapter.getLimit(), { isReached: false });
      assert.deepEqual((await adapter.create({ id: 'c' })).id, 'c');
    });

    it('a read-only adapter rejects writes with forbidden (403)', async () => {
      const adapter = new MemoryAdapter({
        permissions: { read: true, admin: false },
        requests: [{ id: 'p', status: 'PENDING_ACCEPTANCE' }],
      });
      assert.deepEqual(await adapter.getPermissions(), { read: true, admin: false });
      expect((await adapter.list({ page: 1, pageSize: 5 })).requests).to.have.length(1);
      const error = await expectRejection(adapter.create({ id: 'x' }), 'forbidden');
      assert.deepEqual(error.status, 403);
      await expectRejection(adapter.accept('p'), 'forbidden');
      await expectRejection(adapter.acceptAll(), 'forbidden');
      await expectRejection(adapter.remove('p'), 'forbidden');
      await expectRejection(adapter.bulkRegister(new Blob(['ID\nq\n'])), 'forbidden');
    });

    it('a user without any right cannot even list', async () => {
      const adapter = new MemoryAdapter({ permissions: { read: false, admin: false } });
      await expectRejection(adapter.list({ page: 1, pageSize: 5 }), 'forbidden');
    });

    it('tenants make a management tenant; unknown tenants are rejected', async () => {
      const adapter = new MemoryAdapter({ tenants: [{ id: 't100', current: true }, { id: 't200', name: 'Sub' }] });
      expect(await adapter.listTenants()).to.have.length(2);
      assert.deepEqual((await adapter.create({ id: 'x', tenantId: 't200' })).tenantId, 't200');
      await expectRejection(adapter.create({ id: 'y', tenantId: 't999' }), 'invalid');
      assert.deepEqual(await new MemoryAdapter().listTenants(), []);
    });

    it('searchGroups matches names case-insensitively', async () => {
      const adapter = new MemoryAdapter({ groups: [{ id: '1', name: 'Field devices' }, { id: '2', name: 'Warehouse' }] });
      assert.deepEqual(await adapter.searchGroups('FIELD'), [{ id: '1', name: 'Field devices' }]);
      expect(await adapter.searchGroups('')).to.have.length(2);
    });
  });

  describe('subscribe', () => {
    it('notifies asynchronously, after the change, with copies', async () => {
      const adapter = new MemoryAdapter();
      const changes: RegistrationChange[] = [];
      adapter.subscribe((c) => changes.push(c));
      const created = adapter.create({ id: 'a' });
      expect(changes, 'not during the call').to.have.length(0);
      await created;
      await nextTask();
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ type: 'added' });
      if (changes[0].type === 'added') changes[0].request.status = 'BLOCKED';
      assert.deepEqual((await adapter.get('a'))?.status, 'WAITING_FOR_CONNECTION');
    });

    it('reports status changes caused by the device and its leaving', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'd' }] });
      const changes: RegistrationChange[] = [];
      const unsubscribe = adapter.subscribe((c) => changes.push(c));
      await adapter.bootstrap('d');
      await adapter.accept('d');
      await adapter.bootstrap('d');
      await nextTask();
      assert.deepEqual(changes.map((c) => (c.type === 'removed' ? `removed ${c.id}` : `${c.type} ${c.request.status}`)), [
        'updated PENDING_ACCEPTANCE',
        'updated ACCEPTED',
        'removed d',
      ]);
      unsubscribe();
      await adapter.create({ id: 'e' });
      await nextTask();
      expect(changes).to.have.length(3);
    });

    it("setFailure('subscribe') stops the live updates: onError hears each failure, changes are held back, and clearing it pushes them, then onRecovered", async () => {
      const offline = new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' });
      const expired = new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' });
      const adapter = new MemoryAdapter({ requests: [{ id: 'd' }] });
      const log: string[] = [];
      const stop = adapter.subscribe((c) => log.push(c.type === 'removed' ? `removed ${c.id}` : `${c.type} ${c.request.id}`), {
        onError: (error) => log.push(`error ${error.code}`),
        onRecovered: () => log.push('recovered'),
      });
      const plain: RegistrationChange[] = [];
      adapter.subscribe((c) => plain.push(c)); // without options: just no word of it
      adapter.setFailure('subscribe', offline);
      await adapter.create({ id: 'held' });
      await nextTask();
      adapter.setFailure('subscribe', expired); // set again: told again, with the new reason
      await nextTask();
      assert.deepEqual(log, ['error network', 'error unauthorized']);
      expect(plain).to.have.length(0);

      // one subscribing now hears of it at once
      const late: string[] = [];
      const stopLate = adapter.subscribe(() => undefined, { onError: (e) => late.push(e.code) });
      await nextTask();
      assert.deepEqual(late, ['unauthorized']);

      adapter.setFailure('subscribe', undefined);
      await nextTask();
      assert.deepEqual(log, ['error network', 'error unauthorized', 'added held', 'recovered']);
      expect(plain).to.have.length(1);
      stop();
      stopLate();
      adapter.setFailure('subscribe', offline);
      await nextTask();
      expect(log).to.have.length(4); // gone: told nothing more
    });

    it("a subscribe failure given as an option holds from the start", async () => {
      const failure = new RegistrationError({ status: 0, code: 'network', message: 'offline' });
      const adapter = new MemoryAdapter({ failures: { subscribe: () => failure } });
      const told: RegistrationError[] = [];
      adapter.subscribe(() => undefined, { onError: (e) => told.push(e) });
      await nextTask();
      expect(told).to.deep.equal([failure]);
    });

    it('does not notify for seeding', async () => {
      const adapter = new MemoryAdapter();
      const changes: RegistrationChange[] = [];
      adapter.subscribe((c) => changes.push(c));
      adapter.seed([{ id: 'a' }, { id: 'b' }]);
      await nextTask();
      assert.deepEqual(changes, []);
      assert.deepEqual(adapter.size, 2);
    });
  });

  describe('bulk registration', () => {
    it('creates requests from a simple CSV with groups from PATH, and reports bad rows', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'exists' }] });
      const progress: number[] = [];
      const csv = '\uFEFF"ID","PATH","TYPE"\r\nn1,Plant A/Line 1,\r\nn2,Plant A/Line 1,c8y_Meter\r\n,x,\r\nexists,,\r\n';
      const result = await adapter.bulkRegister(new Blob([csv]), { onProgress: (p) => progress.push(p.loaded) });
      expect(result).to.deep.include({ numberOfAll: 4, numberOfCreated: 2, numberOfSuccessful: 2, numberOfFailed: 2 });
      assert.deepEqual(result.failedCreationList.map((f) => f.line), [',x,', 'exists,,']);
      assert.deepEqual((await adapter.get('n2'))?.type, 'c8y_Meter');
      const groups = await adapter.searchGroups('Line 1');
      expect(groups).to.have.length(1);
      assert.deepEqual((await adapter.get('n1'))?.groupId, groups[0].id);
      assert.deepEqual((await adapter.get('n2'))?.groupId, groups[0].id);
      assert.deepEqual(progress[0], 0);
      assert.deepEqual(progress.at(-1), csv.length + 2); // the BOM is 3 bytes in UTF-8
    });

    it('creates devices directly from a full CSV, updating known ones', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'f2' }] });
      const csv = 'ID;CREDENTIALS;AUTH_TYPE;NAME\nf1;pass-1234;;One\nf2;;CERTIFICATES;Two\nf3;;;Three\nf1;new-pass;;One\n';
      const result = await adapter.bulkRegister(new Blob([csv]));
      expect(result).to.deep.include({ numberOfAll: 4, numberOfCreated: 2, numberOfSuccessful: 3, numberOfFailed: 1 });
      assert.deepEqual(result.credentialUpdatedList, [{ bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: 'f1' }]);
      expect(result.failedCreationList[0]).to.include({ deviceId: 'f3', line: 'f3;;;Three' });
      assert.deepEqual(adapter.size, 0, 'the request of a device created directly is gone');
      expect(adapter.deviceIds).to.have.members(['f1', 'f2']);
    });

    it('reads Windows-1252 files and tab separators', async () => {
      const adapter = new MemoryAdapter();
      const bytes = new Uint8Array([...new TextEncoder().encode('ID\tPATH\nm'), 0xfc, ...new TextEncoder().encode('ller\t\n')]);
      const result = await adapter.bulkRegister(new Blob([bytes]));
      assert.deepEqual(result.numberOfCreated, 1);
      assert.deepEqual((await adapter.get('müller'))?.id, 'müller');
    });

    it('rejects a file without an ID column with invalid', async () => {
      const adapter = new MemoryAdapter();
      await expectRejection(adapter.bulkRegister(new Blob(['NAME;PATH\nx;y\n'])), 'invalid');
    });

    it('respects the device limit per row', async () => {
      const adapter = new MemoryAdapter({ deviceLimit: 1 });
      const result = await adapter.bulkRegister(new Blob(['ID\na\nb\n']));
      assert.deepEqual(result.numberOfCreated, 1);
      expect(result.failedCreationList[0].failureReason).to.match(/limit/);
    });
  });

  describe('demo adapter', () => {
    it('has a dozen requests in every status, two groups and the Demo protocol extension', async () => {
      const adapter = createDemoMemoryAdapter();
      const { requests } = await adapter.list({ page: 1, pageSize: 50 });
      expect(requests).to.have.length(12);
      for (const status of ['WAITING_FOR_CONNECTION', 'PENDING_ACCEPTANCE', 'ACCEPTED', 'BLOCKED']) {
        assert.deepEqual(requests.some((r) => r.status === status), true, status);
      }
      expect(await adapter.searchGroups('')).to.have.length(2);
      const extensions = await adapter.listExtensions();
      assert.deepEqual(extensions, DEMO_EXTENSIONS);
      const metadata = await adapter.getExtensionMetadata(extensions[0], 'en');
      assert.deepEqual(metadata.title, 'Demo protocol');
      expect(metadata.pages).to.have.length(2);
      expect(metadata.pages![0]).to.deep.include({ required: ['id'] });
      expect(metadata.bulk?.exampleFileUrls).to.have.length(1);
      const german = await adapter.getExtensionMetadata(extensions[0], 'de');
      assert.deepEqual(german.title, 'Demo-Protokoll');
      assert.deepEqual(german.pages![1].title, 'Verbindung');
    });

    it('serves the same extension metadata as the emulator (but a data: example URL)', async () => {
      const adapter = createDemoMemoryAdapter();
      for (const lang of ['en', 'de']) {
        const res = await fetch(`/emulator/service/demo-protocol/deviceRegistration/metadata?lang=${lang}`, {
          headers: { Authorization: `Basic ${btoa('t100/admin:admin')}`, Accept: 'application/json' },
        });
        assert.deepEqual(res.status, 200);
        const served = ((await res.json()) as { c8y_DeviceRegistration: ExtensionMetadata }).c8y_DeviceRegistration;
        const ours = await adapter.getExtensionMetadata(DEMO_EXTENSIONS[0], lang);
        const example = ours.bulk!.exampleFileUrls![0];
        assert.deepEqual(decodeURIComponent(example.url.slice(example.url.indexOf(',') + 1)), DEMO_EXAMPLE_CSV);
        example.url = served.bulk!.exampleFileUrls![0].url;
        assert.deepEqual(ours, served);
      }
    });

    it('accepts option overrides', async () => {
      const adapter = createDemoMemoryAdapter({ securityTokenPolicy: 'REQUIRED', requests: [] });
      assert.deepEqual(await adapter.getSecurityTokenPolicy(), 'REQUIRED');
      assert.deepEqual(adapter.size, 0);
    });

    it('registers through the extension, and rejects an invalid model', async () => {
      const adapter = createDemoMemoryAdapter({ requests: [] });
      const [single, bulk] = DEMO_EXTENSIONS;
      const answer = await adapter.registerWithExtension(single, { id: 'demo-1', name: 'x', protocolVersion: 'v1' });
      expect(answer).to.deep.include({ id: 'demo-1', status: 'WAITING_FOR_CONNECTION', message: 'Device demo-1 registered' });
      assert.deepEqual((await adapter.get('demo-1'))?.type, 'c8y_DemoProtocolDevice');
      const invalid = await expectRejection(adapter.registerWithExtension(single, { id: 'no spaces', protocolVersion: 'v3' }), 'invalid');
      expect(invalid.message).to.contain('protocolVersion must be v1 or v2');
      await expectRejection(adapter.registerWithExtension(single, { id: 'demo-1', protocolVersion: 'v2' }), 'duplicate');
      const result = (await adapter.bulkRegisterWithExtension(bulk, new Blob([DEMO_EXAMPLE_CSV]))) as BulkResult;
      assert.deepEqual(result.numberOfCreated, 2);
      assert.deepEqual((await adapter.searchGroups('Floor 1')).length, 1);
      assert.deepEqual((await adapter.get('demo-0002'))?.type, 'c8y_DemoProtocolDevice', "the microservice's type");
      await expectRejection(
        adapter.getExtensionMetadata({ name: 'x', type: 'extensibleDeviceRegistration', contextPath: 'nope' }, 'en'),
        'not-found',
      );
    });

    it("checks each row of the extension's bulk as a single registration, like the emulator's microservice", async () => {
      const adapter = createDemoMemoryAdapter({ requests: [] });
      const csv = 'ID;NAME;PROTOCOL_VERSION;TYPE\r\nbad id!;x;v2;\r\nold-1;x;v9;\r\nok-1;x;;\r\nok-2;x;v1;c8y_Own\r\n';
      const result = (await adapter.bulkRegisterWithExtension(DEMO_EXTENSIONS[1], new Blob([csv]))) as BulkResult;
      expect(result).to.deep.include({ numberOfAll: 4, numberOfCreated: 2, numberOfFailed: 2, numberOfSuccessful: 2 });
      expect(result.failedCreationList).to.deep.equal([
        {
          bulkNewDeviceStatus: 'FAILED',
          deviceId: 'bad id!',
          failureReason: 'id may contain only letters, digits, "-" and "_" (up to 64)',
          line: 'bad id!;x;v2;',
        },
        { bulkNewDeviceStatus: 'FAILED', deviceId: 'old-1', failureReason: 'protocolVersion must be v1 or v2', line: 'old-1;x;v9;' },
      ]);
      assert.deepEqual(adapter.peek().map((r) => [r.id, r.type]).sort(), [['ok-1', 'c8y_DemoProtocolDevice'], ['ok-2', 'c8y_Own']]);
    });

    it('the simulation makes waiting devices call in and accepted ones collect credentials', async () => {
      const adapter = createDemoMemoryAdapter({
        requests: [
          { id: 'w1' },
          { id: 'w2', securityToken: 'tok' },
          { id: 'a1', status: 'ACCEPTED' },
        ],
      });
      const changes: RegistrationChange[] = [];
      adapter.subscribe((c) => changes.push(c));
      const controller = new AbortController();
      startDeviceSimulation(adapter, { intervalMs: 5, signal: controller.signal });
      const deadline = Date.now() + 3000;
      while (adapter.peek('WAITING_FOR_CONNECTION').length && Date.now() < deadline) await nextTask(5);
      controller.abort();
      expect(adapter.peek().map((r) => `${r.id} ${r.status}`)).to.have.members([
        'w1 PENDING_ACCEPTANCE',
        'w2 PENDING_ACCEPTANCE',
      ]);
      assert.deepEqual(adapter.deviceIds, ['a1']);
      assert.deepEqual(changes.some((c) => c.type === 'removed' && c.id === 'a1'), true);
      await expectRejection(adapter.accept('w2'), 'token-mismatch');
      await adapter.accept('w2', { securityToken: 'tok' });
      await nextTask(50);
      assert.deepEqual((await adapter.get('w2'))?.status, 'ACCEPTED', 'stopped by the signal');
    });

    it('the stop function ends the simulation', async () => {
      const adapter = createDemoMemoryAdapter({ requests: [{ id: 'w1' }] });
      const stop = startDeviceSimulation(adapter, { intervalMs: 30 });
      stop();
      await nextTask(100);
      assert.deepEqual((await adapter.get('w1'))?.status, 'WAITING_FOR_CONNECTION');
    });
  });
});
