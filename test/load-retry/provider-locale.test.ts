// <devreg-provider locale="de"> over a connection that drops while German loads: the strings stay
// English, and the provider tries again by itself, so German comes once the connection is back.
// (A file of its own: a page loads German once.)
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { LOCALE_RETRY_DELAYS_MS } from '../../src/components/provider/provider.js';
import type { DevRegRegistrationTable } from '../../src/components/registration-table/registration-table.js';
import { getDevRegLocale, setDevRegLocale } from '../../src/i18n/localization.js';
import '../../src/define/provider.js';
import '../../src/define/registration-table.js';

describe('the provider after a dropped connection', () => {
  restoreFetchesAfterEach();
  const delays = [...LOCALE_RETRY_DELAYS_MS];
  before(() => LOCALE_RETRY_DELAYS_MS.splice(0, Infinity, 300, 300)); // (shorter, for the test)
  after(async () => {
    LOCALE_RETRY_DELAYS_MS.splice(0, Infinity, ...delays);
    await setDevRegLocale('en');
  });

  it('keeps English while German cannot be loaded, and switches once it can', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await failFetches('/i18n/locales/de.');
      const provider = await fixture(html`<devreg-provider locale="de" .adapter=${new MemoryAdapter({ requests: [{ id: 'dev-1' }] })}>
        <devreg-registration-table></devreg-registration-table>
      </devreg-provider>`);
      const table = provider.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
      const label = () => text(root(table).querySelector('[part~=filters] label:last-of-type'));
      await waitUntil(() => root(table).querySelector('[part~=row]'), 'rows');
      await waitUntil(() => warnings.length >= 2, 'the first attempt and a retry failed', { timeout: 5000 });
      expect(getDevRegLocale()).to.equal('en');
      const english = label();
      expect(english).to.equal('Search by device ID');

      await restoreFetches();
      await waitUntil(() => getDevRegLocale() === 'de', 'German, tried again by the provider', { timeout: 5000 });
      await waitUntil(() => label() !== english, 'German strings');
    } finally {
      console.warn = warn;
    }
  });
});
