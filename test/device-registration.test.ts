import './helpers/lit-warnings.js';
import { hold } from './helpers/hold.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { ContextConsumer } from '@lit/context';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { RegistrationAdapter, RegistrationExtension } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { adapterContext } from '../src/context/adapter-context.js';
import { DevRegCloseEvent } from '../src/events/devreg-close.js';
import type { DevRegErrorEvent } from '../src/events/devreg-error.js';
import { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import type { WizardState } from '../src/internal/wizard.js';
import { WizardStateChangeEvent } from '../src/internal/wizard-state.js';
import type { DevRegDeviceRegistration } from '../src/components/device-registration/device-registration.js';
import { WIZARD_LOADERS } from '../src/components/device-registration/dialog-content.js';
import { PAGE_LOADERS } from '../src/components/device-registration/device-registration.js';
import '../src/define/device-registration.js';
import '../src/define/provider.js';

// ---- a tiny client-side registration form, as a host app would write one -------------------

class SampleForm extends LitElement implements WizardState {
  static override properties = { dirty: { type: Boolean }, finished: { type: Boolean } };
  dirty = false;
  /** Registered: the form shows its result (and a Close button) instead of its fields. */
  finished = false;
  readonly #adapter = new ContextConsumer(this, { context: adapterContext, subscribe: true });
  get adapter(): RegistrationAdapter | undefined {
    return this.#adapter.value;
  }
  get heading(): string {
    return `${this.getAttribute('label') ?? ''} form`;
  }
  get hasUnsavedInput(): boolean {
    return this.dirty;
  }
  sending = false;
  get busy(): boolean {
    return this.sending;
  }
  setDirty(dirty: boolean): void {
    this.dirty = dirty;
    this.dispatchEvent(new WizardStateChangeEvent());
  }
  /** Sent and waiting (`true`), or answered: `dirty` says whether something is still unsaved. */
  setSending(sending: boolean, dirty = this.dirty): void {
    this.sending = sending;
    this.setDirty(dirty);
  }
  async register(id: string): Promise<void> {
    await this.adapter!.create({ id });
    this.dispatchEvent(new DevRegRegisteredEvent([id]));
  }
  override render() {
    if (this.finished) {
      return litHtml`<h2>${this.heading}</h2>
        <p>Registered.</p>
        <button type="button" @click=${() => this.dispatchEvent(new DevRegCloseEvent())}>Close</button>`;
    }
    return litHtml`<h2>${this.heading}</h2>
      <label>Serial <input name="serial" /></label>
      <button type="button" @click=${() => this.dispatchEvent(new DevRegCloseEvent())}>Cancel</button>`;
  }
}
customElements.define('sample-registration-form', SampleForm);

// ---- helpers: query by role and accessible name, through shadow roots ------------------------

function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  }
  return found;
}

function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as ShadowRoot | Document;
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function visible(element: Element): boolean {
  return element.checkVisibility();
}

function byRole(root: Element, role: string, name?: string | RegExp): HTMLElement[] {
  const selector =
    role === 'button'
      ? 'button, [role="button"]'
      : role === 'heading'
        ? 'h1, h2, h3, h4, h5, h6, [role="heading"]'
        : role === 'list'
          ? 'ul, ol, [role="list"]'
          : `[role="${role}"]`;
  const scope = root.shadowRoot ? [...deepAll(root.shadowRoot, selector), ...deepAll(root, selector)] : deepAll(root, selector);
  return scope.filter((e) => {
    if (e.matches('button, [role="menuitem"], [role="button"]') && !visible(e)) return false;
    if (name === undefined) return true;
    const n = nameOf(e);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

function getByRole(root: Element, role: string, name?: string | RegExp): HTMLElement {
  const found = byRole(root, role, name);
  expect(found.length, `one ${role} named ${String(name)}`).to.equal(1);
  return found[0];
}

function heading(page: DevRegDeviceRegistration): HTMLElement {
  return getByRole(page, 'heading', /^Device registration/);
}

function rows(page: DevRegDeviceRegistration): HTMLElement[] {
  return deepAll(page.shadowRoot!, '[role="row"][data-id]');
}

function rowStatus(page: DevRegDeviceRegistration, id: string): string | undefined {
  const row = rows(page).find((r) => r.dataset.id === id);
  return row?.querySelector('devreg-status-badge')?.getAttribute('status') ?? undefined;
}

function dialog(page: DevRegDeviceRegistration): HTMLDialogElement {
  return page.shadowRoot!.querySelector('dialog')!;
}

function registerButton(page: DevRegDeviceRegistration): HTMLButtonElement {
  return getByRole(page, 'button', 'Register device') as HTMLButtonElement;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has the focus, as a failing assertion should say it: `BODY`, or the tag and the accessible name. */
function focused(): string {
  const active = deepActive();
  return !active || active === document.body ? 'BODY' : `${active.tagName} ${nameOf(active)}`;
}

/** After the next frame: when the browser has dropped the focus of a control that was disabled. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function loaded(page: DevRegDeviceRegistration, count?: number): Promise<void> {
  await waitUntil(
    () => (count === undefined ? /\(\d+\)/.test(heading(page).textContent) : heading(page).textContent.includes(`(${count})`)),
    `heading shows the count ${count ?? ''}`,
    { timeout: 3000 },
  );
  await page.updateComplete;
}

async function render(options: MemoryAdapterOptions = {}, slotted = litHtml``) {
  const adapter = new MemoryAdapter(options);
  const page = await fixture<DevRegDeviceRegistration>(
    html`<devreg-device-registration .adapter=${adapter}>${slotted}</devreg-device-registration>`,
  );
  return { adapter, page };
}

async function choose(page: DevRegDeviceRegistration, item: string): Promise<void> {
  registerButton(page).click();
  await waitUntil(() => byRole(page, 'menuitem', item).length === 1, `menu item ${item}`, { timeout: 3000 });
  getByRole(page, 'menuitem', item).click();
  await waitUntil(() => dialog(page).open, 'the dialog opens');
}

const demoProtocol: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' };

const pendingSeed = [
  { id: 'p-1', status: 'PENDING_ACCEPTANCE' },
  { id: 'p-token', status: 'PENDING_ACCEPTANCE', securityToken: 's3cret' },
  { id: 'w-1' },
];

describe('devreg-device-registration', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('shows the heading with the count, Accept all, Reload and Register device, and is accessible', async () => {
    const { page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    expect(nameOf(heading(page))).to.equal('Device registration (3)');
    expect(getByRole(page, 'button', 'Accept all')).to.have.property('disabled', false);
    expect(getByRole(page, 'button', 'Reload')).to.exist;
    expect(registerButton(page).disabled).to.be.false;
    expect(getByRole(page, 'table', 'Device registration requests')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('is accessible while loading and when empty', async () => {
    const { adapter, page } = await render({ latency: 200 });
    await expect(page).to.be.accessible();
    expect(nameOf(heading(page))).to.equal('Device registration');
    await loaded(page, 0);
    expect((getByRole(page, 'button', 'Accept all') as HTMLButtonElement).disabled).to.be.true;
    await expect(page).to.be.accessible();
    adapter.setLatency(0);
  });

  it('disables Accept all when nothing is pending', async () => {
    const { page } = await render({ requests: [{ id: 'w-1' }, { id: 'a-1', status: 'ACCEPTED' }] });
    await loaded(page, 2);
    expect((getByRole(page, 'button', 'Accept all') as HTMLButtonElement).disabled).to.be.true;
  });

  it('disables Accept all under the REQUIRED policy with the reason visible', async () => {
    const { page } = await render({ requests: pendingSeed, securityTokenPolicy: 'REQUIRED' });
    await loaded(page, 3);
    await waitUntil(() => page.shadowRoot!.getElementById('accept-all-reason'), 'the reason');
    const button = getByRole(page, 'button', 'Accept all') as HTMLButtonElement;
    expect(button.disabled).to.be.true;
    const reason = page.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(visible(reason)).to.be.true;
    expect(reason.textContent).to.contain('security token policy');
    // the button keeps its own width above the longer reason
    expect(button.getBoundingClientRect().width).to.be.lessThan(reason.getBoundingClientRect().width / 2);
    await expect(page).to.be.accessible();
  });

  it('accepts all and lists what could not be accepted and why (tokens under OPTIONAL)', async () => {
    const { adapter, page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    getByRole(page, 'button', 'Accept all').click();
    const status = page.shadowRoot!.querySelector('[part~="result"]');
    expect(status!.getAttribute('role')).to.equal('status');
    await waitUntil(() => status!.textContent.includes('accepted.'), 'the result');
    expect(status!.textContent).to.contain('1 request accepted.');
    expect(status!.textContent).to.contain('1 request could not be accepted:');
    const failures = getByRole(page, 'list', '1 request could not be accepted:');
    const items = [...failures.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(1);
    expect(items[0]).to.match(/^p-token: .*security token/i);
    expect(adapter.peek('ACCEPTED').map((r) => r.id)).to.deep.equal(['p-1']);
    await waitUntil(() => rowStatus(page, 'p-1') === 'ACCEPTED', 'the list reloaded');
    await expect(page).to.be.accessible();
    getByRole(page, 'button', 'Dismiss').click();
    await page.updateComplete;
    expect(status!.textContent.trim()).to.equal('');
  });

  // WCAG 2.4.3: the focus never falls to <body>
  it('keeps the focus on Accept all while it runs (from the keyboard), then on its result; Dismiss gives it to the toolbar', async () => {
    const { adapter, page } = await render({ requests: [{ id: 'p-1', status: 'PENDING_ACCEPTANCE' }, { id: 'p-2', status: 'PENDING_ACCEPTANCE' }] });
    await loaded(page, 2);
    const { calls, release } = hold(adapter, 'acceptAll');
    const button = getByRole(page, 'button', 'Accept all') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls() === 1, 'accepting all');
    await page.updateComplete;
    await nextFrame();
    expect(focused(), 'while it runs').to.equal('BUTTON Accept all');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(button).opacity, 'looks disabled').to.equal('0.55');
    await sendKeys({ press: 'Enter' }); // ignored while it runs
    release();
    const result = () => page.shadowRoot!.querySelector<HTMLElement>('[part~="accept-all-result"]');
    await waitUntil(() => result() && deepActive() === result(), 'the focus on the result');
    expect(result()!.textContent).to.contain('2 requests accepted.');
    // nothing is pending any more: Accept all is disabled, and the focus stays on the result
    await waitUntil(() => button.disabled, 'Accept all disabled');
    await nextFrame();
    expect(deepActive() === result(), `the result, not ${focused()}`).to.be.true;
    expect(calls()).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('BUTTON Dismiss');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !result(), 'dismissed');
    await nextFrame();
    expect(focused()).to.equal('BUTTON Reload');
    await expect(page).to.be.accessible();
  });

  it('says how many were accepted when the detailed Accept all result cannot be loaded', async () => {
    const load = PAGE_LOADERS.acceptAllResult;
    PAGE_LOADERS.acceptAllResult = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const log = console.error;
    console.error = () => undefined;
    try {
      const { page } = await render({ requests: pendingSeed });
      await loaded(page, 3);
      getByRole(page, 'button', 'Accept all').click();
      const status = page.shadowRoot!.querySelector('[part~="result"]')!;
      await waitUntil(() => status.textContent.includes('Accept all:'), 'the counts');
      expect(status.textContent.replace(/\s+/g, ' ').trim()).to.equal(
        'Accept all: 1 accepted, 1 not accepted. The details could not be loaded.',
      );
    } finally {
      PAGE_LOADERS.acceptAllResult = load;
      console.error = log;
    }
  });

  it('styles the Accept all result with a constructable sheet, which a strict CSP allows (no <style> element)', async () => {
    const { page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    getByRole(page, 'button', 'Accept all').click();
    await waitUntil(() => page.shadowRoot!.querySelector('[part~="device-id"]'), 'the result');
    expect(getComputedStyle(page.shadowRoot!.querySelector('[part~="device-id"]')!).fontFamily).to.contain('monospace');
    expect(page.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });

  it('shows and reports a failing Accept all', async () => {
    const { adapter, page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    adapter.setFailure('acceptAll', new RegistrationError({ status: 500, code: 'server', message: 'Database down' }));
    const reported = new Promise<DevRegErrorEvent>((resolve) => page.addEventListener('devreg-error', resolve, { once: true }));
    getByRole(page, 'button', 'Accept all').click();
    const event = await reported;
    expect(event.operation).to.equal('acceptAll');
    await page.updateComplete;
    const alert = getByRole(page, 'alert');
    expect(alert.textContent).to.contain('Accept all failed.');
    expect(alert.textContent).to.contain('Database down');
    await expect(page).to.be.accessible();
  });

  it('reloads the list and the device limit with Reload', async () => {
    const { adapter, page } = await render({ requests: [{ id: 'w-1' }], without: ['subscribe'] });
    await loaded(page, 1);
    await adapter.create({ id: 'w-2' });
    adapter.setDeviceLimit(2);
    expect(nameOf(heading(page))).to.equal('Device registration (1)');
    getByRole(page, 'button', 'Reload').click();
    await loaded(page, 2);
    await waitUntil(() => registerButton(page).disabled, 'the limit is re-read');
  });

  it('shows a banner and disables Register device with the reason when the device limit is reached', async () => {
    const { page } = await render({ requests: [{ id: 'a' }, { id: 'b' }], deviceLimit: 2 });
    await loaded(page, 2);
    await waitUntil(() => page.shadowRoot!.querySelector('[part~="limit-banner"]'), 'the banner');
    const banner = page.shadowRoot!.querySelector('[part~="limit-banner"]')!;
    expect(banner.getAttribute('role')).to.equal('status');
    expect(banner.textContent).to.contain('This tenant has reached its device limit (2).'); // (no plural to get wrong at 1)
    const button = registerButton(page);
    expect(button.disabled).to.be.true;
    const reason = (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-describedby')!)!;
    expect(reason.textContent.trim()).to.equal('The device limit is reached.');
    await expect(page).to.be.accessible();
  });

  it('tells a read-only user that the limit is reached, without advice only an admin can follow', async () => {
    const { page } = await render({ requests: [{ id: 'a' }, { id: 'b' }], deviceLimit: 2, permissions: { read: true, admin: false } });
    await loaded(page, 2);
    await waitUntil(() => page.shadowRoot!.querySelector('[part~="limit-banner"]'), 'the banner');
    expect(page.shadowRoot!.querySelector('[part~="limit-banner"]')!.textContent.trim()).to.equal(
      'This tenant has reached its device limit (2): no more devices can be registered.',
    );
    await expect(page).to.be.accessible();
  });

  it('still disables Register device with its visible reason when the limit banner cannot be loaded', async () => {
    const original = PAGE_LOADERS.limitBanner;
    PAGE_LOADERS.limitBanner = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { page } = await render({ requests: [{ id: 'a' }, { id: 'b' }], deviceLimit: 2 });
      await loaded(page, 2);
      await waitUntil(() => registerButton(page).disabled, 'the limit is known');
      const button = registerButton(page);
      const reason = (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-describedby')!)!;
      expect(reason.textContent.trim()).to.equal('The device limit is reached.');
      expect(reason.checkVisibility()).to.be.true;
      expect(page.shadowRoot!.querySelector('[part~="limit-banner"]')).to.be.null;
      await expect(page).to.be.accessible();
    } finally {
      PAGE_LOADERS.limitBanner = original;
    }
  });

  it('shows and reports a failing device limit check', async () => {
    const errors: string[] = [];
    const adapter = new MemoryAdapter({
      failures: { getLimit: new RegistrationError({ status: 503, code: 'server', message: 'Limit service down' }) },
    });
    await fixture(html`<div @devreg-error=${(e: DevRegErrorEvent) => errors.push(e.operation)}>
      <devreg-device-registration .adapter=${adapter}></devreg-device-registration>
    </div>`);
    const page = document.querySelector('devreg-device-registration')!;
    await waitUntil(() => byRole(page, 'alert').length > 0, 'the error');
    expect(getByRole(page, 'alert').textContent).to.contain('The device limit could not be checked.');
    expect(errors).to.include('getLimit');
    await expect(page).to.be.accessible();
  });

  it('offers a read-only user no register menu, Accept all or row actions', async () => {
    const { page } = await render({ requests: pendingSeed, permissions: { read: true, admin: false } });
    await loaded(page, 3);
    await page.updateComplete;
    expect(byRole(page, 'button', 'Register device')).to.have.length(0);
    expect(byRole(page, 'button', 'Accept all')).to.have.length(0);
    expect(byRole(page, 'button', 'Reload')).to.have.length(1);
    expect(byRole(page, 'button', /^(Remove|Accept)/)).to.have.length(0);
    await expect(page).to.be.accessible();
  });

  it('shows "session expired" on a 401 and keeps everything on the page', async () => {
    const { adapter, page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    adapter.setFailure('acceptAll', new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }));
    getByRole(page, 'button', 'Accept all').click();
    await waitUntil(() => byRole(page, 'alert').length > 0, 'the notice');
    const alert = getByRole(page, 'alert');
    expect(alert.textContent).to.contain('Your session has expired.');
    expect(alert.textContent).not.to.contain('Accept all failed');
    expect(nameOf(heading(page))).to.equal('Device registration (3)');
    expect(rows(page).map((r) => r.dataset.id)).to.have.members(['p-1', 'p-token', 'w-1']);
    expect(registerButton(page)).to.exist;
    await expect(page).to.be.accessible();

    // signed in again: Reload clears the notice
    adapter.setFailure('acceptAll', undefined);
    getByRole(page, 'button', 'Reload').click();
    await page.updateComplete;
    expect(byRole(page, 'alert')).to.have.length(0);
  });

  it('shows "session expired" when the live updates get a 401, and the table says they stopped until they work again', async () => {
    const { adapter, page } = await render({ requests: pendingSeed });
    await loaded(page, 3);
    const reported: DevRegErrorEvent[] = [];
    page.addEventListener('devreg-error', (e) => reported.push(e));
    adapter.setFailure('subscribe', new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }));
    await waitUntil(() => byRole(page, 'alert').length > 0 && deepAll(page.shadowRoot!, '[part~=live-notice]').length > 0, 'the notices');
    expect(getByRole(page, 'alert').textContent).to.contain('Your session has expired. Sign in again, then choose Reload');
    const live = deepAll(page.shadowRoot!, '[part~=live-notice]');
    expect(live[0].textContent).to.contain('Live updates have stopped: Your session has expired.');
    expect(reported.map((e) => [e.operation, e.error.code])).to.deep.equal([['subscribe', 'unauthorized']]);
    expect(rows(page).map((r) => r.dataset.id)).to.have.members(['p-1', 'p-token', 'w-1']);
    await expect(page).to.be.accessible();

    // signed in again: the table's notice goes by itself, the page's with Reload
    adapter.setFailure('subscribe', undefined);
    await waitUntil(() => deepAll(page.shadowRoot!, '[part~=live-notice]').length === 0, 'the live notice goes');
    getByRole(page, 'button', 'Reload').click();
    await page.updateComplete;
    expect(byRole(page, 'alert')).to.have.length(0);
  });

  it('shows "session expired" when loading the permissions answers 401', async () => {
    const { page } = await render({
      failures: { getPermissions: new RegistrationError({ status: 401, code: 'unauthorized', message: 'Unauthorized' }) },
    });
    await waitUntil(() => byRole(page, 'alert').length > 0, 'the notice');
    expect(getByRole(page, 'alert').textContent).to.contain('Your session has expired.');
  });

  it('opens the menu with the keyboard; Escape returns focus to Register device', async () => {
    const { page } = await render();
    await loaded(page, 0);
    registerButton(page).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => byRole(page, 'menuitem').length >= 2, 'the menu opens');
    expect(nameOf(deepActive()!)).to.equal('Single device registration');
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(deepActive()!)).to.equal('Bulk device registration');
    await sendKeys({ press: 'ArrowUp' });
    expect(nameOf(deepActive()!)).to.equal('Single device registration');
    await sendKeys({ press: 'Escape' });
    await page.updateComplete;
    expect(deepActive()).to.equal(registerButton(page));
    expect(byRole(page, 'menuitem')).to.have.length(0);
  });

  it('lists server-declared extensions and opens one in the dialog', async () => {
    const metadata = { title: 'Demo protocol', pages: [{ title: 'Device', type: 'object', properties: { id: { type: 'string', title: 'Device ID' } } }] };
    const { adapter, page } = await render({ extensions: [{ extension: demoProtocol, metadata }] });
    await loaded(page, 0);
    await choose(page, 'Demo protocol');
    await waitUntil(() => dialog(page).querySelector('devreg-extension-wizard'), 'the extension wizard');
    const element = dialog(page).querySelector('devreg-extension-wizard')!;
    expect(element.extension).to.deep.equal(demoProtocol);
    expect(element.adapter).to.equal(adapter);
    await waitUntil(() => nameOf(dialog(page)) === element.heading && element.heading !== '', 'named by the wizard');
    // the dialog could only focus its close button while the form loaded: the form's first step takes it
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'step-heading', 'the focus in the form');
  });

  it('retries failed extensions with Reload', async () => {
    const { adapter, page } = await render({
      extensions: [{ extension: demoProtocol, metadata: { title: 'Demo protocol' } }],
      failures: { listExtensions: new RegistrationError({ status: 503, code: 'server', message: 'Unavailable' }) },
    });
    await loaded(page, 0);
    registerButton(page).click();
    await waitUntil(() => deepAll(page.shadowRoot!, '[part~="note"]').length === 1, 'the note');
    expect(byRole(page, 'menuitem', 'Demo protocol')).to.have.length(0);
    adapter.setFailure('listExtensions', undefined);
    const reload = getByRole(page, 'button', 'Reload');
    reload.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })); // closes the menu
    reload.click();
    registerButton(page).click();
    await waitUntil(() => byRole(page, 'menuitem', 'Demo protocol').length === 1, 'the extension after Reload');
  });

  it('opens the single wizard lazily in one modal dialog named by its heading; Close dialog returns focus', async () => {
    const { adapter, page } = await render();
    await loaded(page, 0);
    expect(customElements.get('devreg-bulk-wizard'), 'not loaded up front').to.be.undefined;
    await choose(page, 'Single device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
    const wizard = dialog(page).querySelector('devreg-single-wizard')!;
    expect(wizard.adapter).to.equal(adapter);
    await waitUntil(() => nameOf(dialog(page)) === wizard.heading, 'the dialog is named by the wizard');
    expect(nameOf(dialog(page))).to.equal('Register devices');
    expect(dialog(page).matches(':modal')).to.be.true;
    expect(page.shadowRoot!.querySelectorAll('dialog')).to.have.length(1);
    await expect(page).to.be.accessible();

    getByRole(page, 'button', 'Close dialog').click();
    await page.updateComplete;
    expect(dialog(page).open).to.be.false;
    expect(deepActive()).to.equal(registerButton(page));
  });

  it("keeps a wizard's buttons in view while its long result scrolls the dialog", async () => {
    const { page } = await render();
    await loaded(page, 0);
    await choose(page, 'Single device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
    const wizard = dialog(page).querySelector('devreg-single-wizard')!;
    await wizard.updateComplete;
    const input = wizard.shadowRoot!.querySelector<HTMLInputElement>('input[part~=device-id]')!;
    const data = new DataTransfer();
    data.setData('text/plain', 'long-1\nlong-2\nlong-3\nlong-4');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
    await wizard.updateComplete;
    getByRole(wizard, 'button', 'Register').click();
    await waitUntil(() => byRole(wizard, 'button', 'Close').length === 1, 'the result');
    const box = dialog(page);
    expect(box.scrollHeight, 'the result scrolls the dialog').to.be.greaterThan(box.clientHeight);
    const close = getByRole(wizard, 'button', 'Close');
    expect(close.getBoundingClientRect().bottom, 'Close in view').to.be.at.most(box.getBoundingClientRect().bottom);
    expect(getComputedStyle(close.parentElement!).position).to.equal('sticky');
  });

  it('opens the bulk wizard and closes it on devreg-close and on Escape', async () => {
    const { page } = await render();
    await loaded(page, 0);
    await choose(page, 'Bulk device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-bulk-wizard'), 'the wizard');
    dialog(page).querySelector('devreg-bulk-wizard')!.dispatchEvent(new DevRegCloseEvent());
    await page.updateComplete;
    expect(dialog(page).open).to.be.false;
    expect(deepActive()).to.equal(registerButton(page));

    await choose(page, 'Bulk device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-bulk-wizard'), 'the wizard');
    await sendKeys({ press: 'Escape' });
    await page.updateComplete;
    expect(dialog(page).open).to.be.false;
    expect(deepActive()).to.equal(registerButton(page));
  });

  it('says so in the dialog when a wizard cannot be loaded', async () => {
    const original = WIZARD_LOADERS.bulk;
    WIZARD_LOADERS.bulk = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { page } = await render();
      await loaded(page, 0);
      await choose(page, 'Bulk device registration');
      await waitUntil(() => byRole(page, 'alert').length === 1, 'the error');
      expect(getByRole(page, 'alert').textContent).to.contain('This registration form could not be loaded. Check the connection, then try again.');
      expect(nameOf(dialog(page))).to.equal('Bulk device registration');
      await expect(page).to.be.accessible();
      getByRole(page, 'button', 'Close dialog').click();
      await page.updateComplete;
      expect(dialog(page).open).to.be.false;
    } finally {
      WIZARD_LOADERS.bulk = original;
    }
  });

  it('loads the dialog when focus reaches the register menu, before anything is chosen', async () => {
    const { page } = await render();
    await loaded(page, 0);
    expect(dialog(page).querySelector('[part~="dialog-close"]'), 'not loaded up front').to.be.null;
    registerButton(page).focus();
    await waitUntil(() => dialog(page).querySelector('[part~="dialog-close"]'), 'the dialog content');
    expect(dialog(page).open).to.be.false;
  });

  it('styles the dialog with a constructable sheet, which a strict CSP allows (no <style> element)', async () => {
    const { page } = await render();
    await loaded(page, 0);
    await choose(page, 'Single device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
    expect(getComputedStyle(dialog(page)).paddingTop).to.equal('0px');
    expect(getComputedStyle(dialog(page).querySelector('[part~="dialog-body"]')!).paddingLeft).to.equal('20px');
    expect(page.shadowRoot!.querySelectorAll('style')).to.have.length(0);
  });

  it('says so when the dialog cannot be loaded, and tries again on the next choice', async () => {
    const original = PAGE_LOADERS.dialog;
    PAGE_LOADERS.dialog = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { page } = await render();
      await loaded(page, 0);
      registerButton(page).click();
      await waitUntil(() => byRole(page, 'menuitem', 'Single device registration').length === 1, 'the menu');
      getByRole(page, 'menuitem', 'Single device registration').click();
      await waitUntil(() => byRole(page, 'alert').length === 1, 'the error');
      expect(getByRole(page, 'alert').textContent).to.contain('This registration form could not be loaded. Check the connection, then try again.');
      expect(dialog(page).open).to.be.false;
      expect(deepActive()).to.equal(registerButton(page));
      await expect(page).to.be.accessible();

      PAGE_LOADERS.dialog = original;
      await choose(page, 'Single device registration');
      await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
      expect(byRole(page, 'alert')).to.have.length(0);
    } finally {
      PAGE_LOADERS.dialog = original;
    }
  });

  it('reloads the list when a wizard registered devices, keeping the dialog open', async () => {
    const { adapter, page } = await render({ without: ['subscribe'] });
    await loaded(page, 0);
    await choose(page, 'Single device registration');
    await waitUntil(() => dialog(page).querySelector('devreg-single-wizard'), 'the wizard');
    await adapter.create({ id: 'from-wizard' });
    dialog(page).querySelector('devreg-single-wizard')!.dispatchEvent(new DevRegRegisteredEvent(['from-wizard']));
    await loaded(page, 1);
    expect(dialog(page).open).to.be.true;
  });

  describe('slot registration-form', () => {
    const slotted = litHtml`<sample-registration-form slot="registration-form" label="LoRa"></sample-registration-form>
      <sample-registration-form slot="registration-form" label="LoRa bulk" category="bulk"></sample-registration-form>`;

    it('lists slotted forms in their section, shows only the picked one in the dialog, with the adapter by context', async () => {
      const { adapter, page } = await render({ without: ['subscribe'] }, slotted);
      await loaded(page, 0);
      const [single, bulk] = page.querySelectorAll<SampleForm>('sample-registration-form');
      expect(visible(single) || visible(bulk), 'hidden until picked').to.be.false;
      registerButton(page).click();
      await waitUntil(() => byRole(page, 'menuitem', 'LoRa').length === 1, 'the form item');
      const groups = byRole(page, 'group').map((g) => [nameOf(g), [...g.querySelectorAll('[role="menuitem"]')].map(nameOf)]);
      expect(groups).to.deep.equal([
        ['Single registration', ['Single device registration', 'LoRa']],
        ['Bulk registration', ['Bulk device registration', 'LoRa bulk']],
      ]);
      getByRole(page, 'menuitem', 'LoRa').click();
      await waitUntil(() => dialog(page).open, 'the dialog');
      await page.updateComplete;
      expect(visible(single)).to.be.true;
      expect(visible(bulk)).to.be.false;
      await waitUntil(() => deepActive() === single.shadowRoot!.querySelector('input'), 'focus on the first field');
      expect(nameOf(dialog(page))).to.equal('LoRa form');
      expect(single.adapter).to.equal(adapter);
      await expect(page).to.be.accessible();

      await single.register('lora-1');
      await loaded(page, 1);
      expect(dialog(page).open, 'stays open on devreg-registered').to.be.true;

      getByRole(page, 'button', 'Cancel').click(); // the form's own devreg-close
      await page.updateComplete;
      expect(dialog(page).open).to.be.false;
      expect(visible(single)).to.be.false;
      expect(deepActive()).to.equal(registerButton(page));
    });

    it('gets the adapter of an outer provider when the page has none', async () => {
      const adapter = new MemoryAdapter({ requests: [{ id: 'x' }] });
      const provider = await fixture(html`<devreg-provider .adapter=${adapter}>
        <devreg-device-registration>${slotted}</devreg-device-registration>
      </devreg-provider>`);
      const page = provider.querySelector('devreg-device-registration')!;
      await loaded(page, 1);
      expect(page.querySelector<SampleForm>('sample-registration-form')!.adapter).to.equal(adapter);
    });

    it('shows forms added later', async () => {
      const { page } = await render();
      await loaded(page, 0);
      const form = document.createElement('sample-registration-form');
      form.setAttribute('slot', 'registration-form');
      form.setAttribute('label', 'Late form');
      form.setAttribute('category', 'bulk');
      page.append(form);
      registerButton(page).click();
      await waitUntil(() => byRole(page, 'menuitem', 'Late form').length === 1, 'the late form');
    });

    it('asks before closing when the content has unsaved input', async () => {
      const { page } = await render({}, slotted);
      await loaded(page, 0);
      await choose(page, 'LoRa');
      const form = page.querySelector<SampleForm>('sample-registration-form')!;
      form.setDirty(true);

      await sendKeys({ press: 'Escape' });
      await page.updateComplete;
      expect(dialog(page).open, 'Escape does not close').to.be.true;
      const question = getByRole(page, 'alertdialog', 'Discard changes?');
      expect(deepActive()).to.equal(getByRole(page, 'button', 'Keep editing'));
      await expect(page).to.be.accessible();
      getByRole(page, 'button', 'Keep editing').click();
      await page.updateComplete;
      expect(question.isConnected).to.be.false;
      expect(dialog(page).open).to.be.true;

      // the form is the host's and stays in the page: it is told that its input is to be thrown away
      const discards: Event[] = [];
      form.addEventListener('devreg-discard', (e) => discards.push(e));
      getByRole(page, 'button', 'Close dialog').click();
      await page.updateComplete;
      getByRole(page, 'alertdialog', 'Discard changes?');
      expect(discards, 'not before the answer').to.have.length(0);
      getByRole(page, 'button', 'Discard').click();
      await page.updateComplete;
      expect(dialog(page).open).to.be.false;
      expect(deepActive()).to.equal(registerButton(page));
      expect(discards).to.have.length(1);
      expect(discards[0].bubbles).to.be.false;

      // without unsaved input it closes at once, and there is nothing to discard
      form.setDirty(false);
      await choose(page, 'LoRa');
      getByRole(page, 'button', 'Close dialog').click();
      await page.updateComplete;
      expect(dialog(page).open).to.be.false;
      expect(discards).to.have.length(1);
    });

    it('while a form waits for its answer, the question says so, and goes away once the answer leaves nothing to lose', async () => {
      const { page } = await render({}, slotted);
      await loaded(page, 0);
      await choose(page, 'LoRa');
      const form = page.querySelector<SampleForm>('sample-registration-form')!;
      form.setSending(true, true);
      await sendKeys({ press: 'Escape' });
      await page.updateComplete;
      const question = getByRole(page, 'alertdialog', 'Discard changes?');
      expect(question.textContent).to.contain('The form has been sent and waits for its answer: if you close it, you will not see the result');
      // the answer was a failure: the input is still unsaved, so the question stays, as for any unsaved input
      form.setSending(false, true);
      await page.updateComplete;
      expect(question.isConnected).to.be.true;
      expect(question.textContent).to.contain('What you entered or started in this form will be lost.');
      getByRole(page, 'button', 'Keep editing').click();
      await page.updateComplete;
      // sent again (from its Cancel button, say), and this time registered: nothing is left to
      // lose, the question goes, and the focus goes into the result (the button it was on is gone)
      getByRole(form, 'button', 'Cancel').focus();
      form.setSending(true, true);
      await sendKeys({ press: 'Escape' });
      await page.updateComplete;
      const again = getByRole(page, 'alertdialog', 'Discard changes?');
      form.finished = true;
      form.setSending(false, false);
      await page.updateComplete;
      expect(again.isConnected, 'the question is gone').to.be.false;
      expect(dialog(page).open, 'the dialog stays, showing the result').to.be.true;
      await waitUntil(() => deepActive() === getByRole(form, 'button', 'Close'), 'the focus in the result, not on <body>');
    });
  });

  it('speaks German', async () => {
    await setDevRegLocale('de');
    const { page } = await render({ requests: pendingSeed, securityTokenPolicy: 'REQUIRED' });
    await waitUntil(() => /\(3\)/.test(getByRole(page, 'heading', /^Geräteregistrierung/).textContent), 'German heading');
    expect(getByRole(page, 'button', 'Alle akzeptieren')).to.exist;
    expect(getByRole(page, 'button', 'Neu laden')).to.exist;
    expect(getByRole(page, 'button', 'Gerät registrieren')).to.exist;
    await waitUntil(() => page.shadowRoot!.getElementById('accept-all-reason'), 'the reason');
    expect(page.shadowRoot!.getElementById('accept-all-reason')!.textContent).to.contain('Sicherheitstoken-Richtlinie');
  });

  it('full flow: registered via the adapter, the device calls in, the row becomes pending, accepted in the UI', async () => {
    const { adapter, page } = await render();
    await loaded(page, 0);
    await adapter.create({ id: 'flow-1' });
    await waitUntil(() => rowStatus(page, 'flow-1') === 'WAITING_FOR_CONNECTION', 'the new row');
    expect(await adapter.bootstrap('flow-1')).to.be.undefined;
    await waitUntil(() => rowStatus(page, 'flow-1') === 'PENDING_ACCEPTANCE', 'pending');
    await waitUntil(() => !(getByRole(page, 'button', 'Accept all') as HTMLButtonElement).disabled, 'Accept all enabled');
    getByRole(page, 'button', /^Accept flow-1/).click();
    await waitUntil(() => rowStatus(page, 'flow-1') === 'ACCEPTED', 'accepted');
    const credentials = await adapter.bootstrap('flow-1');
    expect(credentials?.id).to.equal('flow-1');
    await waitUntil(() => rowStatus(page, 'flow-1') === undefined, 'the request leaves the list');
  });
});
