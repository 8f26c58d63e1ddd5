// German strings loaded on first use, over a connection that drops: the test server drops the
// translations' module fetch, then lets it through, and asking again switches the language.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import { getDevRegLocale, setDevRegLocale } from '../../src/i18n/localization.js';
import '../../src/define/registration-table.js';

describe('the language after a dropped connection', () => {
  restoreFetchesAfterEach();
  after(() => setDevRegLocale('en'));

  it('setDevRegLocale rejects and keeps English; asked again, it switches', async () => {
    const table = await fixture<DevRegRegistrationTable>(
      html`<devreg-registration-table .adapter=${new MemoryAdapter({ requests: [{ id: 'dev-1' }] })}></devreg-registration-table>`,
    );
    const searchLabel = () => text(root(table).querySelector('[part~=filters] label:last-of-type'));
    await waitUntil(() => root(table).querySelector('[part~=row]'), 'rows');
    const english = searchLabel();
    await failFetches('/i18n/locales/de.');
    let failure: unknown;
    await setDevRegLocale('de').catch((error: unknown) => (failure = error));
    expect(failure, 'the switch rejected').to.be.instanceOf(Error);
    expect(getDevRegLocale()).to.equal('en');
    await table.updateComplete;
    expect(searchLabel()).to.equal(english);

    await restoreFetches();
    await setDevRegLocale('de');
    expect(getDevRegLocale()).to.equal('de');
    await waitUntil(() => searchLabel() !== english, 'German strings');
  });
});
