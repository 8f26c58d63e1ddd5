import './helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { REGISTRATION_STATUSES } from '../src/adapters/registration-adapter.js';
import { DevRegStatusBadge } from '../src/components/status-badge/status-badge.js';
import '../src/define/status-badge.js';
import { setDevRegLocale } from '../src/i18n/localization.js';

const part = (el: DevRegStatusBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;

const labels = {
  WAITING_FOR_CONNECTION: 'Waiting for connection',
  PENDING_ACCEPTANCE: 'Pending acceptance',
  ACCEPTED: 'Accepted',
  BLOCKED: 'Blocked',
} as const;

describe('devreg-status-badge', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('is registered under its tag', () => {
    expect(customElements.get('devreg-status-badge')).to.equal(DevRegStatusBadge);
  });

  it('defaults to an empty status shown neutrally as "Unknown"', async () => {
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge></devreg-status-badge>`);
    expect(el.status).to.equal('');
    expect(part(el, 'label').textContent.trim()).to.equal('Unknown');
    expect(part(el, 'base').title).to.equal('Unknown status: ');
    await expect(el).to.be.accessible();
  });

  for (const status of REGISTRATION_STATUSES) {
    it(`shows ${status} with its label, icon, meaning and parts`, async () => {
      const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge status=${status}></devreg-status-badge>`);
      expect(part(el, 'label').textContent.trim()).to.equal(labels[status]);
      const icon = part(el, 'icon');
      expect(icon.tagName.toLowerCase()).to.equal('svg');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const base = part(el, 'base');
      expect(base.title).to.have.length.greaterThan(10);
      // the meaning is also in the accessibility tree, not only in the tooltip
      expect(base.textContent).to.contain(base.title);
      await expect(el).to.be.accessible();
    });
  }

  it('reflects the status property to the attribute', async () => {
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge></devreg-status-badge>`);
    el.status = 'BLOCKED';
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('BLOCKED');
    expect(part(el, 'label').textContent.trim()).to.equal('Blocked');
  });

  it('gives each status its own colour from the tokens', async () => {
    const colours = new Set<string>();
    for (const status of REGISTRATION_STATUSES) {
      const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge status=${status}></devreg-status-badge>`);
      colours.add(getComputedStyle(part(el, 'base')).color);
    }
    expect(colours.size).to.equal(REGISTRATION_STATUSES.length);
  });

  it('takes the colour from --devreg-status-pending-color, falling back to --devreg-color-warning', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--devreg-color-warning: rgb(10, 20, 30)">
      <devreg-status-badge status="PENDING_ACCEPTANCE"></devreg-status-badge>
    </div>`);
    const el = wrapper.querySelector('devreg-status-badge')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')).color).to.equal('rgb(10, 20, 30)');
    wrapper.style.setProperty('--devreg-status-pending-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'base')).color).to.equal('rgb(1, 2, 3)');
  });

  it('shows an unknown status as its raw value, neutrally', async () => {
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge status="DECOMMISSIONED"></devreg-status-badge>`);
    expect(part(el, 'label').textContent.trim()).to.equal('DECOMMISSIONED');
    expect(part(el, 'base').title).to.equal('Unknown status: DECOMMISSIONED');
    const neutral = await fixture<DevRegStatusBadge>(html`<devreg-status-badge status="OTHER"></devreg-status-badge>`);
    expect(getComputedStyle(part(el, 'base')).color).to.equal(getComputedStyle(part(neutral, 'base')).color);
    await expect(el).to.be.accessible();
  });

  it('renders a hostile status string as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge .status=${hostile}></devreg-status-badge>`);
    expect(part(el, 'label').textContent.trim()).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('survives a status of the wrong type', async () => {
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge></devreg-status-badge>`);
    (el as unknown as { status: unknown }).status = undefined;
    await el.updateComplete;
    expect(part(el, 'label').textContent.trim()).to.equal('Unknown');
  });

  it('speaks German', async () => {
    const el = await fixture<DevRegStatusBadge>(html`<devreg-status-badge status="PENDING_ACCEPTANCE"></devreg-status-badge>`);
    await setDevRegLocale('de');
    await waitUntil(() => part(el, 'label').textContent.trim() === 'Bestätigung ausstehend', 'German label');
    expect(part(el, 'base').title).to.contain('Das Gerät hat sich gemeldet');
    await expect(el).to.be.accessible();
  });
});
