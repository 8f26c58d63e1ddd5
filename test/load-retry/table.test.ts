// The table's parts loaded on first use, over a connection that drops: the test server drops their
// module fetch, then lets it through. Browsers no longer keep a failed module fetch
// (whatwg/html#10327), so doing the same thing again loads the part, and nothing typed is lost.
// A page loads a module once, so the tests run in this order: each drops a part no earlier test loads.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulatorAdapter, resetEmulator } from '../helpers/emulator.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import '../../src/define/registration-table.js';

const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`);
const buttonNamed = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);

function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('the table after a dropped connection', () => {
  restoreFetchesAfterEach();

  it("the Cumulocity adapter's polls: while their part cannot be loaded the table says the live updates stopped, and the notice goes once it loads (over the emulator)", async () => {
    await resetEmulator({ seed: 3 });
    await failFetches('/cumulocity/poll-diff.');
    const adapter = emulatorAdapter({ pollInterval: 100 });
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
    // what the notice says comes with the table, not with a part that would have to be loaded
    await waitUntil(() => part(table, 'live-notice'), 'the notice', { timeout: 5000 });
    expect(text(part(table, 'live-notice'))).to.equal(
      'Live updates have stopped: Part of this page could not be loaded. Check the connection, then try again. The list may be out of date. Retry',
    );
    expect(root(table).querySelectorAll('[part~=row]')).to.have.length(3);

    await restoreFetches();
    await waitUntil(() => !part(table, 'live-notice'), 'the notice goes by itself', { timeout: 10000 });
  });

  it('a long list: "Try again" above its first rows loads the virtualizer, and every row can be reached', async () => {
    const failures: string[] = [];
    console.error = (...args: unknown[]) => failures.push(args.map(String).join(' '));
    await failFetches('/registration-table/virtual-rows.');
    const requests = Array.from({ length: 150 }, (_, i) => ({ id: `dev-${String(i).padStart(3, '0')}` }));
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${new MemoryAdapter({ requests })}></devreg-registration-table>`);
    await waitUntil(() => part(table, 'first-rows-note'), 'the note');
    const note = 'Only the first 15 of 150 requests are shown: part of the table could not be loaded. Check the connection, then try again.';
    expect(text(part(table, 'first-rows-note'))).to.equal(`${note} Try again`);
    expect(root(table).querySelectorAll('[part~=row]').length, 'the first rows').to.equal(15);
    expect(failures.length).to.equal(1);
    const announced = () => text(root(table).querySelector('[role=status][aria-live=polite]'));
    await waitUntil(() => announced() === note, 'the note announced');

    // failing again: the note stays, and the focus on its button
    const retry = () => part(table, 'first-rows-retry')!;
    retry().focus();
    retry().click();
    await waitUntil(() => failures.length === 2, 'the second attempt failed');
    await table.updateComplete;
    expect(text(part(table, 'first-rows-note'))).to.equal(`${note} Try again`);
    expect(root(table).activeElement === retry(), 'the focus stays on Try again').to.equal(true);

    // another notice meanwhile takes nothing away from the note
    await failFetches('/registration-table/virtual-rows.', '/registration-table/table-actions.');
    buttonNamed(root(table), 'Remove dev-000')!.click();
    await waitUntil(() => part(table, 'notice'), 'the notice of the actions');
    expect(part(table, 'first-rows-retry'), 'the note keeps its button').to.not.equal(null);

    await restoreFetches();
    retry().focus();
    retry().click();
    await waitUntil(() => !part(table, 'first-rows-note'), 'the note gone');
    expect(root(table).activeElement === part(table, 'table'), 'the focus moved from the note to the list').to.equal(true);
    expect(text(part(table, 'notice')), 'the notice of the actions is still there').to.contain('Part of the table could not be loaded.');
    const scroller = part(table, 'table')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => root(table).querySelector('[part~=row][aria-rowindex="151"]'), 'the last row reachable');
  });

  it('Accept again accepts, with the token typed before the failure', async () => {
    const adapter = new MemoryAdapter({
      requests: [{ id: 'pending-1', status: 'PENDING_ACCEPTANCE', securityToken: 'secret-1' }],
      securityTokenPolicy: 'REQUIRED',
    });
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
    await waitUntil(() => root(table).querySelector('[part~=row]'), 'rows');
    const row = () => root(table).querySelector<HTMLElement>('[part~=row][data-id="pending-1"]')!;
    type(row().querySelector<HTMLInputElement>('[part~=token-input]')!, 'secret-1');
    await failFetches('/registration-table/table-actions.');
    buttonNamed(row(), 'Accept pending-1')!.click();
    await waitUntil(() => part(table, 'notice'), 'notice');
    expect(text(part(table, 'notice'))).to.contain('Part of the table could not be loaded. Check the connection, then try again.');
    expect(row().querySelector<HTMLInputElement>('[part~=token-input]')!.value, 'the token typed is kept').to.equal('secret-1');

    expect((await adapter.list({ page: 1, pageSize: 10 })).requests[0].status, 'nothing was sent').to.equal('PENDING_ACCEPTANCE');

    await restoreFetches();
    buttonNamed(row(), 'Accept pending-1')!.click();
    await waitUntil(async () => (await adapter.list({ page: 1, pageSize: 10 })).requests[0].status === 'ACCEPTED', 'accepted');
  });

  it("the Cumulocity adapter's part for writes: Accept again accepts (over the emulator)", async () => {
    await resetEmulator({ seed: 5, securityTokenPolicy: 'IGNORED' });
    const adapter = emulatorAdapter();
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
    const row = () => root(table).querySelector<HTMLElement>('[part~=row][data-id="DEMO-0002"]')!;
    await waitUntil(() => row(), 'the pending row');
    await failFetches('/cumulocity/actions.');
    buttonNamed(row(), 'Accept DEMO-0002')!.click();
    await waitUntil(() => row().querySelector('[part~=row-error]'), 'the row error');
    expect(text(row().querySelector('[part~=row-error]'))).to.contain('Part of this page could not be loaded. Check the connection, then try again.');

    await restoreFetches();
    buttonNamed(row(), 'Accept DEMO-0002')!.click();
    await waitUntil(() => row().querySelector('devreg-status-badge')?.getAttribute('status') === 'ACCEPTED', 'accepted');
    expect(row().querySelector('[part~=row-error]'), 'the error gone').to.equal(null);
  });
});
