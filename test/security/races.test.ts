// Issue 8.3: races. Someone else removes a request the user is about to accept; a device calls in
// while its row is being accepted; two tables (two tabs) work on one backend. Every row ends in the
// true state, with a clear message where the user's action could not happen.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type SeedRequest } from '../../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import type { DevRegErrorEvent } from '../../src/events/devreg-error.js';
import '../../src/define/registration-table.js';

const rowFor = (table: Element, id: string) =>
  [...root(table).querySelectorAll<HTMLElement>('[role=row][part~=row]')].find((r) => r.dataset.id === id);
const ids = (table: Element) => [...root(table).querySelectorAll<HTMLElement>('[role=row][part~=row]')].map((r) => r.dataset.id);
const statusOf = (table: Element, id: string) => rowFor(table, id)?.dataset.status;
const button = (row: HTMLElement, part: string) => row.querySelector<HTMLButtonElement>(`[part~=${part}]`)!;
const notice = (table: Element) => text(root(table).querySelector('[part~=notice]'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tables(adapter: MemoryAdapter, count = 1): Promise<DevRegRegistrationTable[]> {
  const host = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr"></div>`);
  const out: DevRegRegistrationTable[] = [];
  for (let i = 0; i < count; i++) {
    const table = document.createElement('devreg-registration-table');
    table.adapter = adapter;
    host.append(table);
    out.push(table);
  }
  for (const table of out) await waitUntil(() => ids(table).length > 0, 'rows render', { timeout: 3000 });
  return out;
}

function errorsOf(el: HTMLElement): DevRegErrorEvent[] {
  const errors: DevRegErrorEvent[] = [];
  el.addEventListener('devreg-error', (e) => errors.push(e));
  return errors;
}

const seed: SeedRequest[] = [
  { id: 'dev-1', status: 'PENDING_ACCEPTANCE' },
  { id: 'dev-2', status: 'PENDING_ACCEPTANCE' },
  { id: 'dev-3', status: 'WAITING_FOR_CONNECTION' },
];

describe('security: races end in the true state', () => {
  describe('accepting a request that was removed meanwhile', () => {
    it('without live updates: Accept says the request no longer exists and the row disappears', async () => {
      const adapter = new MemoryAdapter({ requests: seed, without: ['subscribe'] });
      const [table] = await tables(adapter);
      const errors = errorsOf(table);
      await adapter.remove('dev-1'); // someone else, elsewhere
      expect(statusOf(table, 'dev-1'), 'the stale row is still shown').to.equal('PENDING_ACCEPTANCE');
      const accepted: Event[] = [];
      table.addEventListener('devreg-accepted', (e) => accepted.push(e));
      button(rowFor(table, 'dev-1')!, 'accept-button').click();
      await waitUntil(() => !rowFor(table, 'dev-1'), 'the row disappears', { timeout: 3000 });
      expect(notice(table)).to.contain('The registration request for dev-1 no longer exists');
      expect(errors.map((e) => [e.operation, e.error.code])).to.deep.equal([['accept', 'not-found']]);
      expect(accepted).to.deep.equal([]);
      expect(ids(table)).to.deep.equal(['dev-2', 'dev-3']);
    });

    it('removed while the accept is on its way (latency): the row disappears with the message, never shows Accepted', async () => {
      const adapter = new MemoryAdapter({ requests: seed, latency: 80 });
      const [table] = await tables(adapter);
      const seen: (string | undefined)[] = [];
      const observer = new MutationObserver(() => seen.push(statusOf(table, 'dev-1')));
      observer.observe(root(table), { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
      button(rowFor(table, 'dev-1')!, 'accept-button').click();
      adapter.setLatency(0);
      await adapter.remove('dev-1');
      adapter.setLatency(80);
      await waitUntil(() => !rowFor(table, 'dev-1'), 'the row disappears', { timeout: 3000 });
      await sleep(150); // the accept's answer (404) arrives after the live removal
      observer.disconnect();
      expect(rowFor(table, 'dev-1')).to.equal(undefined);
      expect(seen).to.not.include('ACCEPTED');
      expect(await adapter.get('dev-1')).to.equal(undefined);
      expect(notice(table)).to.contain('no longer exists');
    });

    it('removing a request someone else removed: the dialog closes, the row disappears, with the message', async () => {
      const adapter = new MemoryAdapter({ requests: seed, without: ['subscribe'] });
      const [table] = await tables(adapter);
      button(rowFor(table, 'dev-3')!, 'remove-button').click();
      await waitUntil(() => root(table).querySelector('dialog')?.open, 'the confirmation opens', { timeout: 3000 });
      await adapter.remove('dev-3');
      [...root(table).querySelectorAll('dialog button')].find((b) => text(b) === 'Remove registration')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => !rowFor(table, 'dev-3'), 'the row disappears', { timeout: 3000 });
      expect(root(table).querySelector('dialog')!.open).to.equal(false);
      expect(notice(table)).to.contain('The registration request for dev-3 no longer exists');
    });
  });

  it('a device calling in while its row is being accepted: the row ends ACCEPTED, then leaves when the device has its credentials', async () => {
    const adapter = new MemoryAdapter({ requests: seed, latency: 100 });
    const [table] = await tables(adapter);
    const accepted = new Promise((resolve) => table.addEventListener('devreg-accepted', resolve, { once: true }));
    button(rowFor(table, 'dev-1')!, 'accept-button').click();
    // the device calls in during the accept (its own call is not slowed down)
    adapter.setLatency(0);
    expect(await adapter.bootstrap('dev-1')).to.equal(undefined); // not accepted yet: 404
    adapter.setLatency(100);
    await accepted;
    await waitUntil(() => statusOf(table, 'dev-1') === 'ACCEPTED', 'the row shows ACCEPTED', { timeout: 3000 });
    await sleep(150);
    expect(statusOf(table, 'dev-1'), 'no stale status comes back').to.equal('ACCEPTED');
    expect(text(rowFor(table, 'dev-1')!.querySelector('[part~=row-error]'))).to.equal('');
    // its next call gets the credentials: the request leaves the list
    adapter.setLatency(0);
    const credentials = await adapter.bootstrap('dev-1');
    expect(credentials?.id).to.equal('dev-1');
    await waitUntil(() => !rowFor(table, 'dev-1'), 'the request leaves the list', { timeout: 3000 });
  });

  describe('two tables (two tabs) on one adapter', () => {
    it('an accept, a removal and a new registration in one show up in the other', async () => {
      const adapter = new MemoryAdapter({ requests: seed });
      const [a, b] = await tables(adapter, 2);
      button(rowFor(a, 'dev-1')!, 'accept-button').click();
      await waitUntil(() => statusOf(b, 'dev-1') === 'ACCEPTED', 'B sees the accept', { timeout: 3000 });
      expect(statusOf(a, 'dev-1')).to.equal('ACCEPTED');

      button(rowFor(b, 'dev-3')!, 'remove-button').click();
      await waitUntil(() => root(b).querySelector('dialog')?.open, 'B asks', { timeout: 3000 });
      [...root(b).querySelectorAll('dialog button')].find((x) => text(x) === 'Remove registration')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => !rowFor(a, 'dev-3') && !rowFor(b, 'dev-3'), 'both lose the row', { timeout: 3000 });

      await adapter.create({ id: 'dev-new' });
      await waitUntil(() => rowFor(a, 'dev-new') && rowFor(b, 'dev-new'), 'both show the new row', { timeout: 3000 });
      expect(ids(a)).to.deep.equal(ids(b));
    });

    it('both accept the same request at once: both end ACCEPTED, no error is shown', async () => {
      const adapter = new MemoryAdapter({ requests: seed, latency: 40 });
      const [a, b] = await tables(adapter, 2);
      const errors = [...errorsOf(a), ...errorsOf(b)];
      button(rowFor(a, 'dev-2')!, 'accept-button').click();
      button(rowFor(b, 'dev-2')!, 'accept-button').click();
      await waitUntil(() => statusOf(a, 'dev-2') === 'ACCEPTED' && statusOf(b, 'dev-2') === 'ACCEPTED', 'both ACCEPTED', { timeout: 3000 });
      await sleep(100);
      expect(errors).to.deep.equal([]);
      expect(root(a).querySelector('[part~=row-error]')).to.equal(null);
      expect(root(b).querySelector('[part~=row-error]')).to.equal(null);
    });

    it('both remove the same request at once: it is gone from both; the loser is told why', async () => {
      const adapter = new MemoryAdapter({ requests: seed, latency: 40 });
      const [a, b] = await tables(adapter, 2);
      for (const t of [a, b]) {
        button(rowFor(t, 'dev-3')!, 'remove-button').click();
        await waitUntil(() => root(t).querySelector('dialog')?.open, 'asks', { timeout: 3000 });
      }
      for (const t of [a, b]) {
        [...root(t).querySelectorAll('dialog button')].find((x) => text(x) === 'Remove registration')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
      await waitUntil(() => !rowFor(a, 'dev-3') && !rowFor(b, 'dev-3'), 'gone from both', { timeout: 3000 });
      await waitUntil(() => !root(a).querySelector('dialog')!.open && !root(b).querySelector('dialog')!.open, 'both dialogs close', { timeout: 3000 });
      expect(ids(a)).to.deep.equal(ids(b));
      expect(adapter.size).to.equal(2);
    });
  });
});
