// The table's group column: group names asked of the adapter's `getGroups` for the rows rendered.
import './helpers/lit-warnings.js';
import { root, text } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { DeviceGroup } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { CumulocityAdapter } from '../src/adapters/cumulocity-adapter.js';
import type { DevRegErrorEvent } from '../src/events/devreg-error.js';
import { tableChunks, type DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/registration-table.js';
import { setDevRegLocale } from '../src/i18n/localization.js';

const groups: DeviceGroup[] = [
  { id: '10', name: 'Building A' },
  { id: '11', name: 'Line 2' },
];

/** Group cells by device ID. */
const groupCells = (table: DevRegRegistrationTable): Record<string, string> =>
  Object.fromEntries(
    [...root(table).querySelectorAll<HTMLElement>('[part~=row]')].map((row) => [row.dataset.id!, text(row.querySelector('[part~=group-cell]'))]),
  );
const notice = (table: DevRegRegistrationTable) => text(root(table).querySelector('[part~=notice]'));

/** A MemoryAdapter whose `getGroups` calls are recorded (the IDs of each call, sorted). */
function recordingAdapter(options: MemoryAdapterOptions): { adapter: MemoryAdapter; calls: string[][] } {
  const adapter = new MemoryAdapter(options);
  const calls: string[][] = [];
  const getGroups = adapter.getGroups.bind(adapter);
  adapter.getGroups = (ids, callOptions) => {
    calls.push([...ids].sort());
    return getGroups(ids, callOptions);
  };
  return { adapter, calls };
}

async function mount(adapter: unknown): Promise<DevRegRegistrationTable> {
  const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
  await waitUntil(() => root(table).querySelector('[part~=row]'), 'rows rendered');
  return table;
}

/** A table whose `devreg-error` events are collected (no rows awaited). */
async function mountReporting(adapter: unknown): Promise<{ table: DevRegRegistrationTable; errors: DevRegErrorEvent[] }> {
  const errors: DevRegErrorEvent[] = [];
  const table = await fixture<DevRegRegistrationTable>(
    html`<devreg-registration-table .adapter=${adapter} @devreg-error=${(e: DevRegErrorEvent) => errors.push(e)}></devreg-registration-table>`,
  );
  return { table, errors };
}

const requests = [
  { id: 'a', groupId: '10' },
  { id: 'b', groupId: '11' },
  { id: 'c', groupId: '10' },
  { id: 'd', groupId: '99' }, // a group that is gone
  { id: 'e' },
];

describe('devreg-registration-table: group names', () => {
  afterEach(() => setDevRegLocale('en'));

  it('shows each group by its name, asked once for all rows, and the ID of a group not found', async () => {
    const { adapter, calls } = recordingAdapter({ requests, groups });
    const table = await mount(adapter);
    await waitUntil(() => groupCells(table).a === 'Building A', 'names shown');
    expect(groupCells(table)).to.deep.equal({ a: 'Building A', b: 'Line 2', c: 'Building A', d: '99', e: '' });
    expect(calls).to.deep.equal([['10', '11', '99']]);
    // later renders (a new row, a filter) ask only for IDs not asked yet
    await adapter.create({ id: 'f', groupId: '11' });
    await waitUntil(() => groupCells(table).f === 'Line 2', 'the new row named');
    expect(calls).to.deep.equal([['10', '11', '99']]);
    await adapter.create({ id: 'g', groupId: '12' });
    await waitUntil(() => calls.length === 2, 'the new ID asked');
    expect(calls[1]).to.deep.equal(['12']);
    expect(groupCells(table).g).to.equal('12');
    expect(notice(table)).to.equal('');
  });

  it('shows the IDs when the adapter cannot look groups up', async () => {
    const adapter = new MemoryAdapter({ requests, groups, without: ['getGroups'] });
    const table = await mount(adapter);
    expect(groupCells(table)).to.deep.equal({ a: '10', b: '11', c: '10', d: '99', e: '' });
    expect(notice(table)).to.equal('');
  });

  it('keeps the IDs when the lookup fails, says why and reports it once; reload() asks again', async () => {
    const down = new RegistrationError({ status: 503, code: 'server', message: 'Inventory unavailable' });
    const { adapter, calls } = recordingAdapter({ requests, groups, failures: { getGroups: down } });
    const { table, errors } = await mountReporting(adapter);
    await waitUntil(() => notice(table), 'the notice');
    expect(notice(table)).to.contain('The group names could not be loaded: The server had a problem.');
    expect(notice(table)).to.contain('The group IDs are shown instead.');
    expect(groupCells(table)).to.deep.equal({ a: '10', b: '11', c: '10', d: '99', e: '' });
    expect(errors.map((e) => e.operation)).to.deep.equal(['getGroups']);
    // a broken lookup is not asked again on every render
    await adapter.create({ id: 'f', groupId: '12' });
    await waitUntil(() => groupCells(table).f === '12', 'the new row');
    expect(calls.length).to.equal(1);
    expect(errors.length).to.equal(1);
    // fixed, and reloaded (the page's Reload does this): the names come
    adapter.setFailure('getGroups', undefined);
    table.reload();
    await waitUntil(() => groupCells(table).a === 'Building A', 'names after reload');
    expect(notice(table)).to.equal('');
  });

  it('shows the IDs without a notice to a user who may not read groups (403), and reports it', async () => {
    const denied = new RegistrationError({ status: 403, code: 'forbidden', message: 'Access is denied' });
    const { adapter, calls } = recordingAdapter({ requests, groups, failures: { getGroups: denied } });
    const { table, errors } = await mountReporting(adapter);
    await waitUntil(() => errors.length === 1, 'the failure reported');
    await table.updateComplete;
    expect(errors[0].error.code).to.equal('forbidden');
    expect(notice(table)).to.equal('');
    expect(groupCells(table)).to.deep.equal({ a: '10', b: '11', c: '10', d: '99', e: '' });
    expect(calls.length).to.equal(1);
  });

  it('keeps showing the names while a reload asks for them again, and drops a group that is gone', async () => {
    const { adapter } = recordingAdapter({ requests, groups });
    const table = await mount(adapter);
    await waitUntil(() => groupCells(table).a === 'Building A', 'names shown');
    // the next lookup waits until released, and the group "Line 2" no longer exists then
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const getGroups = adapter.getGroups.bind(adapter);
    let asked = 0;
    adapter.getGroups = async (ids, options) => {
      asked++;
      await released;
      return (await getGroups(ids, options)).filter((g) => g.id !== '11');
    };
    table.reload();
    await waitUntil(() => asked === 1, 'asked again');
    await table.updateComplete;
    expect(groupCells(table)).to.include({ a: 'Building A', b: 'Line 2' });
    release();
    await waitUntil(() => groupCells(table).b === '11', 'the group that is gone shown by its ID');
    expect(groupCells(table).a).to.equal('Building A');
  });

  it("forgets a lookup of the adapter it no longer shows, and one under way when it is removed", async () => {
    let fail!: (error: unknown) => void;
    const first = recordingAdapter({ requests, groups });
    const signals: AbortSignal[] = [];
    first.adapter.getGroups = (_ids, options) => {
      signals.push(options!.signal!);
      return new Promise((_, reject) => (fail = reject));
    };
    const { table, errors } = await mountReporting(first.adapter);
    await waitUntil(() => signals.length === 1, 'the lookup under way');
    table.adapter = new MemoryAdapter({ requests: [] });
    await waitUntil(() => root(table).querySelector('[part~=empty]'), 'the other adapter shown');
    fail(new RegistrationError({ status: 503, code: 'server', message: 'late' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notice(table), "the old adapter's failure is not shown").to.equal('');
    expect(errors).to.have.length(0);

    table.adapter = first.adapter;
    await waitUntil(() => signals.length === 2, 'asked again for the adapter shown again');
    table.remove();
    expect(signals[1].aborted, 'removing the table drops its lookup').to.be.true;
  });

  it('shows the ID of a group whose name is empty', async () => {
    const table = await mount(new MemoryAdapter({ requests, groups: [{ id: '10', name: '' }, groups[1]] }));
    await waitUntil(() => groupCells(table).b === 'Line 2', 'names shown');
    expect(groupCells(table).a).to.equal('10');
  });

  it('shows the IDs when the lookup after a reload fails, as its notice says', async () => {
    const { adapter } = recordingAdapter({ requests, groups });
    const table = await mount(adapter);
    await waitUntil(() => groupCells(table).a === 'Building A', 'names shown');
    adapter.setFailure('getGroups', new RegistrationError({ status: 503, code: 'server', message: 'down' }));
    table.reload();
    await waitUntil(() => notice(table), 'the notice');
    await table.updateComplete;
    expect(notice(table)).to.contain('The group IDs are shown instead.');
    expect(groupCells(table)).to.include({ a: '10', b: '11' });
  });

  it('loads its code once when reloaded while it loads', async () => {
    const load = tableChunks.groupNames;
    let loads = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    tableChunks.groupNames = async () => {
      loads++;
      await released;
      return load();
    };
    try {
      const { adapter, calls } = recordingAdapter({ requests, groups });
      const table = await mount(adapter);
      await waitUntil(() => loads === 1, 'loading');
      table.reload();
      await waitUntil(() => root(table).querySelector('[part~=row]'), 'rows again');
      await table.updateComplete;
      release();
      await waitUntil(() => groupCells(table).a === 'Building A', 'names shown');
      expect(loads).to.equal(1);
      expect(calls).to.have.length(1);
    } finally {
      tableChunks.groupNames = load;
    }
  });

  it('says so in German', async () => {
    await setDevRegLocale('de');
    const denied = new RegistrationError({ status: 0, code: 'network', message: 'offline' });
    const table = await mount(new MemoryAdapter({ requests, groups, failures: { getGroups: denied } }));
    await waitUntil(() => notice(table), 'the notice');
    expect(notice(table)).to.contain('Die Gruppennamen konnten nicht geladen werden:');
    expect(notice(table)).to.contain('Stattdessen werden die Gruppen-IDs angezeigt.');
  });

  it('asks a long list only for the groups of the rows rendered, and for more as they scroll into view', async () => {
    const count = 2000;
    const many = Array.from({ length: count }, (_, i) => ({ id: `dev-${String(i).padStart(4, '0')}`, groupId: String(1000 + i) }));
    const named = many.map((r) => ({ id: r.groupId, name: `Group ${r.groupId}` }));
    const { adapter, calls } = recordingAdapter({ requests: many, groups: named });
    const table = await mount(adapter);
    const asked = () => new Set(calls.flat());
    const scroller = root(table).querySelector<HTMLElement>('[part~=table]')!;
    const body = root(table).querySelector<HTMLElement>('[part~=body]')!;
    await waitUntil(() => scroller.getAttribute('aria-rowcount') === String(count + 1) && body.style.contain !== '', 'virtualized');
    await waitUntil(() => Object.values(groupCells(table)).every((cell) => cell.startsWith('Group ')), 'rendered rows named');
    expect(asked().size).to.be.greaterThan(0).and.lessThan(200);
    const firstRows = new Set(Object.keys(groupCells(table)));
    const firstAsked = asked().size;
    // (scrolled again on each check: the virtualizer may still adjust the list's height)
    await waitUntil(() => {
      scroller.scrollTop = scroller.scrollHeight;
      return Object.keys(groupCells(table)).every((id) => !firstRows.has(id));
    }, 'rows further down rendered');
    await waitUntil(() => Object.values(groupCells(table)).every((cell) => cell.startsWith('Group ')), 'those named too');
    expect(asked().size).to.be.greaterThan(firstAsked);
    expect(asked().size).to.be.lessThan(400);
  });

  it('shows group names from Cumulocity (CumulocityAdapter over the emulator)', async () => {
    const reset = await fetch('/emulator/__emulator/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reset.ok).to.be.true;
    const adapter = new CumulocityAdapter({ baseUrl: '/emulator', auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' } });
    const created = await fetch('/emulator/inventory/managedObjects', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa('t100/admin:admin')}` },
      body: JSON.stringify({ name: 'Cold store', c8y_IsDeviceGroup: {}, type: 'c8y_DeviceGroup' }),
    });
    const group = (await created.json()) as { id: string };
    await adapter.create({ id: 'in-cold-store', groupId: group.id });
    await adapter.create({ id: 'no-group' });
    const table = await mount(adapter);
    await waitUntil(() => groupCells(table)['in-cold-store'] === 'Cold store', 'the group name from the inventory');
    expect(groupCells(table)['no-group']).to.equal('');
  });
});
