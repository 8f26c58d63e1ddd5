// The table's parts loaded on first use, over a connection that drops: the test server drops their
// module fetch, then lets it through. Browsers no longer keep a failed module fetch
// (whatwg/html#10327), so doing the same thing again loads the part, and nothing typed is lost.
// Each test drops a part no other test in this file loads (a page loads a module once).
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
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

    await restoreFetches();
    buttonNamed(row(), 'Accept pending-1')!.click();
    await waitUntil(async () => (await adapter.list({ page: 1, pageSize: 10 })).requests[0].status === 'ACCEPTED', 'accepted');
  });

  it('a long list: "Try again" in the notice loads the virtualizer, and every row can be reached', async () => {
    await failFetches('/registration-table/virtual-rows.');
    const requests = Array.from({ length: 150 }, (_, i) => ({ id: `dev-${String(i).padStart(3, '0')}` }));
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${new MemoryAdapter({ requests })}></devreg-registration-table>`);
    await waitUntil(() => part(table, 'notice'), 'notice');
    expect(text(part(table, 'notice'))).to.contain('Part of the table could not be loaded. Check the connection, then try again.');
    const shown = root(table).querySelectorAll('[part~=row]').length;
    expect(shown, 'the first rows, not all').to.be.within(1, 20);

    // failing again: the notice stays, with its button
    buttonNamed(part(table, 'notice')!, 'Try again')!.focus();
    buttonNamed(part(table, 'notice')!, 'Try again')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(part(table, 'notice'))).to.contain('could not be loaded');
    expect(root(table).querySelectorAll('[part~=row]').length).to.equal(shown);

    await restoreFetches();
    buttonNamed(part(table, 'notice')!, 'Try again')!.click();
    await waitUntil(() => !part(table, 'notice'), 'the notice gone');
    expect(root(table).activeElement === part(table, 'table'), 'the focus moved from the notice to the list').to.equal(true);
    const scroller = part(table, 'table')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => root(table).querySelector('[part~=row][aria-rowindex="151"]'), 'the last row reachable');
  });

  it("the Cumulocity adapter's part for writes: Accept again accepts (over the emulator)", async () => {
    const reset = await fetch('/emulator/__emulator/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seed: 5, securityTokenPolicy: 'IGNORED' }),
    });
    expect(reset.ok, 'emulator reset').to.equal(true);
    const adapter = new CumulocityAdapter({ baseUrl: '/emulator', auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' }, retries: 0 });
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
