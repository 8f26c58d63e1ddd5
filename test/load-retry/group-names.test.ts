// The table's group names, loaded when a row first names a group, over a connection that drops:
// the test server drops the module's fetch, then lets it through (see table.test.ts).
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import '../../src/define/registration-table.js';

const groupCell = (table: DevRegRegistrationTable) => text(root(table).querySelector('[part~=group-cell]'));
const notice = (table: DevRegRegistrationTable) => text(root(table).querySelector('[part~=notice]'));

describe('the group names after a dropped connection', () => {
  restoreFetchesAfterEach();

  it('the rows keep their group IDs and a notice says why; reload() loads the names', async () => {
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' ')); // (put back after each test)
    await failFetches('/registration-table/group-names.');
    const adapter = new MemoryAdapter({ requests: [{ id: 'dev-1', groupId: '10' }], groups: [{ id: '10', name: 'Building A' }] });
    const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
    await waitUntil(() => notice(table), 'the notice');
    expect(notice(table)).to.contain('Part of the table could not be loaded. Check the connection, then try again.');
    expect(groupCell(table)).to.equal('10');
    expect(logged.join('\n')).to.contain('could not load the group names');

    await restoreFetches();
    table.reload();
    await waitUntil(() => groupCell(table) === 'Building A', 'the name after reload');
    expect(notice(table)).to.equal('');
  });
});
