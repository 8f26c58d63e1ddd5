import './helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { RegistrationAdapter } from '../src/adapters/registration-adapter.js';
import { DevRegProvider } from '../src/components/provider/provider.js';
import type { DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/provider.js';
import '../src/define/registration-table.js';
import '../src/define/status-badge.js';
import { getDevRegLocale, setDevRegLocale } from '../src/i18n/localization.js';
import { DevRegElement } from '../src/internal/devreg-element.js';

/** A bare element that shows what it receives from the context. */
class ProbeElement extends DevRegElement {
  get usedAdapter(): RegistrationAdapter | undefined {
    return this.effectiveAdapter;
  }
  get usedLocale(): string {
    return this.effectiveLocale;
  }
}
customElements.define('test-provider-probe', ProbeElement);

const rowIds = (table: DevRegRegistrationTable) =>
  [...table.shadowRoot!.querySelectorAll('[part~=row]')].map((row) => row.querySelector('[part~=id-cell]')!.textContent.trim());

describe('devreg-provider', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('is registered under its tag and renders its children in place', async () => {
    expect(customElements.get('devreg-provider')).to.equal(DevRegProvider);
    const el = await fixture<DevRegProvider>(html`<devreg-provider><p>child</p></devreg-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.adapter).to.equal(undefined);
    expect(el.locale).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('provides its adapter to every descendant', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${adapter}>
      <div><test-provider-probe></test-provider-probe></div>
    </devreg-provider>`);
    const probe = el.querySelector<ProbeElement>('test-provider-probe')!;
    await probe.updateComplete;
    expect(probe.usedAdapter).to.equal(adapter);
  });

  it('follows a change of adapter', async () => {
    const first = new MemoryAdapter();
    const second = new MemoryAdapter();
    const el = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${first}>
      <test-provider-probe></test-provider-probe>
    </devreg-provider>`);
    const probe = el.querySelector<ProbeElement>('test-provider-probe')!;
    el.adapter = second;
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.usedAdapter).to.equal(second);
  });

  it("lets an element's own adapter win over the provided one", async () => {
    const provided = new MemoryAdapter({ requests: [{ id: 'from-provider' }] });
    const own = new MemoryAdapter({ requests: [{ id: 'own-adapter' }] });
    const el = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${provided}>
      <test-provider-probe .adapter=${own}></test-provider-probe>
      <devreg-registration-table id="own" .adapter=${own}></devreg-registration-table>
      <devreg-registration-table id="provided"></devreg-registration-table>
    </devreg-provider>`);
    const probe = el.querySelector<ProbeElement>('test-provider-probe')!;
    expect(probe.usedAdapter).to.equal(own);
    const ownTable = el.querySelector<DevRegRegistrationTable>('#own')!;
    const providedTable = el.querySelector<DevRegRegistrationTable>('#provided')!;
    await waitUntil(() => rowIds(ownTable).length === 1 && rowIds(providedTable).length === 1, 'both tables show their rows');
    expect(rowIds(ownTable)).to.deep.equal(['own-adapter']);
    expect(rowIds(providedTable)).to.deep.equal(['from-provider']);
  });

  it('passes the outer adapter and locale through a nested provider that sets neither', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${adapter} locale="en-GB">
      <devreg-provider><test-provider-probe></test-provider-probe></devreg-provider>
    </devreg-provider>`);
    const probe = el.querySelector<ProbeElement>('test-provider-probe')!;
    await waitUntil(() => probe.usedAdapter === adapter, 'inner probe gets the outer adapter');
    expect(probe.usedLocale).to.equal('en-GB');
  });

  it('provides its locale and switches the strings to it', async () => {
    const el = await fixture<DevRegProvider>(html`<devreg-provider locale="de">
      <test-provider-probe></test-provider-probe>
      <devreg-status-badge status="BLOCKED"></devreg-status-badge>
    </devreg-provider>`);
    expect(el.getAttribute('locale')).to.equal('de');
    const probe = el.querySelector<ProbeElement>('test-provider-probe')!;
    const badge = el.querySelector('devreg-status-badge')!;
    const label = () => badge.shadowRoot!.querySelector('[part~=label]')!.textContent.trim();
    await waitUntil(() => label() === 'Blockiert', 'German status label');
    expect(getDevRegLocale()).to.equal('de');
    expect(probe.usedLocale).to.equal('de');
  });

  it('shows German table labels after locale="de"', async () => {
    const adapter = new MemoryAdapter({ requests: [{ id: 'dev-1', status: 'PENDING_ACCEPTANCE' }] });
    const el = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${adapter}>
      <devreg-registration-table></devreg-registration-table>
    </devreg-provider>`);
    const table = el.querySelector('devreg-registration-table')!;
    await waitUntil(() => rowIds(table).length === 1, 'row shown');
    el.locale = 'de';
    const name = () => table.shadowRoot!.querySelector('[role=table]')?.getAttribute('aria-label');
    await waitUntil(() => name() === 'Geräteregistrierungsanfragen', 'German table name');
    const headers = [...table.shadowRoot!.querySelectorAll('[role=columnheader]')].map((h) => h.textContent.trim());
    expect(headers.slice(0, 4)).to.deep.equal(['Geräte-ID', 'Status', 'Erstellungsdatum', 'Gruppe']);
  });
});
