import './helpers/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { RegistrationAdapter, RegistrationRequest } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { RegistrationListController, compareRows, toListRow } from '../src/controllers/registration-list-controller.js';

/** A host that only counts update requests (the controller needs nothing else). */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();

/** An adapter whose pages come in the order given (not sorted), for merging; nothing optional. */
function pagedAdapter(pages: RegistrationRequest[][]): RegistrationAdapter {
  const memory = new MemoryAdapter();
  return {
    list: ({ page, pageSize }) => Promise.resolve({ requests: pages[page - 1] ?? [], page, pageSize, totalPages: pages.length }),
    create: (request) => memory.create(request),
    accept: (id) => memory.accept(id),
    acceptAll: () => memory.acceptAll(),
    remove: (id) => memory.remove(id),
    bulkRegister: (file) => memory.bulkRegister(file),
  };
}

function start(adapter: RegistrationAdapter, pageSize = 3) {
  const host = new Host();
  const errors: string[] = [];
  const list = new RegistrationListController(host, {
    adapter: () => adapter,
    pageSize: () => pageSize,
    reportError: (operation, error) => {
      errors.push(operation);
      return RegistrationError.from(error);
    },
  });
  list.hostConnected();
  return { host, list, errors };
}

const ids = (list: RegistrationListController) => list.rows.map((row) => row.request.id);

describe('RegistrationListController', () => {
  it('merges pages that arrive out of order into one sorted list: pending first, then newest, then by ID', async () => {
    const { list } = start(
      pagedAdapter([
        [
          { id: 'b', status: 'WAITING_FOR_CONNECTION', creationTime: at(5) },
          { id: 'a', status: 'WAITING_FOR_CONNECTION', creationTime: at(5) },
          { id: 'old', status: 'ACCEPTED', creationTime: at(1) },
        ],
        [
          { id: 'new', status: 'BLOCKED', creationTime: at(9) },
          { id: 'p-old', status: 'PENDING_ACCEPTANCE', creationTime: at(2) },
          { id: 'p-new', status: 'PENDING_ACCEPTANCE', creationTime: at(8) },
        ],
        [{ id: 'undated', status: 'WAITING_FOR_CONNECTION' }],
      ]),
    );
    await waitUntil(() => list.complete, 'all pages');
    expect(ids(list)).to.deep.equal(['p-new', 'p-old', 'new', 'a', 'b', 'old', 'undated']);
    const sorted = [...list.rows].sort(compareRows);
    expect(list.rows).to.deep.equal(sorted);
    expect(list.total).to.equal(7);
    expect(list.pending).to.equal(2);
    expect(list.counts.get('WAITING_FOR_CONNECTION')).to.equal(3);
  });

  it('keeps the order and counts through upsert and removeLocal, with a new array each time', async () => {
    const { list } = start(pagedAdapter([[{ id: 'x', status: 'WAITING_FOR_CONNECTION', creationTime: at(1) }]]));
    await waitUntil(() => list.complete, 'loaded');
    list.hostUpdated(); // the rows were handed to a render
    const before = list.rows;
    list.upsert({ id: 'y', status: 'PENDING_ACCEPTANCE', creationTime: at(0) });
    expect(list.rows).not.to.equal(before);
    expect(ids(list)).to.deep.equal(['y', 'x']);
    list.upsert({ id: 'y', status: 'ACCEPTED', creationTime: at(0) });
    expect(ids(list)).to.deep.equal(['x', 'y']);
    expect(list.pending).to.equal(0);
    list.removeLocal('x');
    expect(ids(list)).to.deep.equal(['y']);
    expect(list.counts.get('WAITING_FOR_CONNECTION')).to.equal(undefined);
    expect(list.get('y')?.status).to.equal('ACCEPTED');
  });

  it('replaces rows on reload and drops the ones no page has any more', async () => {
    const pages = [[{ id: 'stays', status: 'WAITING_FOR_CONNECTION', creationTime: at(1) }, { id: 'goes', status: 'ACCEPTED' }]];
    const { list } = start(pagedAdapter(pages));
    await waitUntil(() => list.complete, 'loaded');
    pages[0] = [{ id: 'stays', status: 'PENDING_ACCEPTANCE', creationTime: at(1) }];
    list.reload();
    await waitUntil(() => list.complete, 'reloaded');
    expect(ids(list)).to.deep.equal(['stays']);
    expect(list.pending).to.equal(1);
    expect(list.counts.get('ACCEPTED')).to.equal(undefined);
  });

  it('loads the settings with page 1 and reports a failed page, resuming there on retry', async () => {
    let failPage2 = true;
    const adapter = new MemoryAdapter({
      requests: Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, creationTime: at(i) })),
      securityTokenPolicy: 'REQUIRED',
      permissions: { read: true, admin: false },
      failures: {
        list: (query) =>
          failPage2 && (query as { page: number }).page === 2
            ? new RegistrationError({ status: 0, code: 'network', message: 'offline' })
            : undefined,
      },
    });
    const { list, errors } = start(adapter);
    await waitUntil(() => list.error, 'page 2 failed');
    expect(errors).to.deep.equal(['list']);
    expect(list.loaded).to.equal(true);
    expect(list.total).to.equal(3);
    expect(list.securityTokenPolicy).to.equal('REQUIRED');
    expect(list.permissions.admin).to.equal(false);
    failPage2 = false;
    list.retry();
    await waitUntil(() => list.complete, 'resumed');
    expect(list.total).to.equal(7);
    expect(list.error).to.equal(undefined);
  });

  it('falls back to the default token policy when it cannot be read, and reports it', async () => {
    const adapter = new MemoryAdapter({
      requests: [{ id: 'one' }],
      failures: { getSecurityTokenPolicy: new RegistrationError({ status: 500, code: 'server', message: 'x' }) },
    });
    const { list, errors } = start(adapter);
    await waitUntil(() => list.complete, 'loaded');
    expect(list.securityTokenPolicy).to.equal('OPTIONAL');
    expect(errors).to.deep.equal(['getSecurityTokenPolicy']);
  });

  it('makes list rows with a sort key', () => {
    expect(toListRow({ id: 'p', status: 'PENDING_ACCEPTANCE', creationTime: at(3) })).to.deep.include({ rank: 0, time: Date.parse(at(3)) });
    expect(toListRow({ id: 'w', status: 'WAITING_FOR_CONNECTION', creationTime: 'not a date' })).to.deep.include({ rank: 1, time: 0 });
  });

  it('says why the live updates stopped, reports each failure as subscribe, and clears it when they work again', async () => {
    const adapter = new MemoryAdapter({ requests: [{ id: 'a' }] });
    const host = new Host();
    const reported: string[] = [];
    const statuses: boolean[] = [];
    const list = new RegistrationListController(host, {
      adapter: () => adapter,
      pageSize: () => 3,
      reportError: (operation, error) => {
        const e = RegistrationError.from(error);
        reported.push(`${operation} ${e.code}`);
        return e;
      },
      onLiveStatus: (working) => statuses.push(working),
    });
    list.hostConnected();
    await waitUntil(() => list.complete, 'loaded');
    const offline = new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' });
    adapter.setFailure('subscribe', offline);
    await waitUntil(() => list.liveError, 'the failure');
    expect(list.liveError).to.equal(offline);
    await adapter.create({ id: 'b' }); // missed while the live updates fail
    adapter.setFailure('subscribe', new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }));
    await waitUntil(() => list.liveError?.code === 'unauthorized', 'the next failure');
    expect(reported).to.deep.equal(['subscribe network', 'subscribe unauthorized']);
    expect(ids(list)).to.deep.equal(['a']);
    expect(statuses).to.deep.equal([false]); // (told once: they stopped)

    adapter.setFailure('subscribe', undefined);
    await waitUntil(() => !list.liveError, 'working again');
    expect(ids(list)).to.have.members(['a', 'b']);
    expect(statuses).to.deep.equal([false, true]);

    // no subscription, no claim: gone when disconnected; connected again while failing, told at once
    adapter.setFailure('subscribe', offline);
    await waitUntil(() => list.liveError, 'failing again');
    list.hostDisconnected();
    expect(list.liveError).to.equal(undefined);
    list.hostConnected();
    await waitUntil(() => list.liveError, 'told again after connecting');
    expect(reported.filter((r) => r.startsWith('subscribe'))).to.have.length(4);
    list.hostDisconnected();
  });
});
