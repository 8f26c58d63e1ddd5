// Issue 8.6: permissions and sessions. A read-only user is never offered an action the server would
// refuse (not even for a moment while loading); a 401 in the middle of work shows "session expired",
// emits devreg-error with code 'unauthorized' and loses nothing the user typed.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions, type SeedRequest } from '../../src/adapters/memory-adapter.js';
import { RegistrationError } from '../../src/adapters/registration-error.js';
import type { DevRegDeviceRegistration } from '../../src/components/device-registration/device-registration.js';
import type { DevRegSingleWizard } from '../../src/components/single-wizard/single-wizard.js';
import type { DevRegErrorEvent } from '../../src/events/devreg-error.js';
import '../../src/define/device-registration.js';
import '../../src/define/registration-table.js';
import '../../src/define/single-wizard.js';
import { deepQueryAll } from '../fixtures/hostile-strings.js';

const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? text(el)).trim();
const visible = (el: Element) => el.checkVisibility();

/** Buttons (and menu items) a user can see, anywhere below `el`. */
const controls = (el: Element) =>
  deepQueryAll(el, 'button, [role=button], [role=menuitem]').filter(visible).map(nameOf);
const tokenInputs = (el: Element) =>
  deepQueryAll(el, 'input').filter(
    (i) => visible(i) && ((i.getAttribute('aria-label') ?? '').includes('Security token') || (i as HTMLInputElement).type === 'password'),
  );

const ADMIN_ACTION = /^(Register device|Accept all|Accept\b|Remove\b|Register again|Register$)/;

const unauthorized = () => new RegistrationError({ status: 401, code: 'unauthorized', message: 'Session expired' });

const seed: SeedRequest[] = [
  { id: 'pending-token', status: 'PENDING_ACCEPTANCE', securityToken: 't-1' },
  { id: 'pending-free', status: 'PENDING_ACCEPTANCE' },
  { id: 'waiting', status: 'WAITING_FOR_CONNECTION' },
  { id: 'blocked', status: 'BLOCKED' },
];

/** Records every admin action that appears in `el`'s shadow DOM at any moment, from now on. */
function recordAdminActions(el: Element): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const scan = () => {
    for (const name of controls(el)) if (ADMIN_ACTION.test(name)) seen.push(name);
    if (tokenInputs(el).length) seen.push('token input');
  };
  const observers: MutationObserver[] = [];
  const observe = (target: Node) => {
    const observer = new MutationObserver(() => {
      scan();
      for (const host of deepQueryAll(el, '*')) if (host.shadowRoot && !observed.has(host.shadowRoot)) watchRoot(host.shadowRoot);
    });
    observer.observe(target, { childList: true, subtree: true, attributes: true });
    observers.push(observer);
  };
  const observed = new Set<Node>();
  const watchRoot = (node: Node) => {
    observed.add(node);
    observe(node);
  };
  watchRoot(el);
  if (el.shadowRoot) watchRoot(el.shadowRoot);
  scan();
  return { seen, stop: () => observers.forEach((o) => o.disconnect()) };
}

describe('security: permissions and sessions', () => {
  describe('a read-only user (permissions {read: true, admin: false})', () => {
    it('the page shows the list but no Register, Accept all, Accept, Remove or token input — at no moment', async () => {
      const adapter = new MemoryAdapter({ requests: seed, permissions: { read: true, admin: false }, latency: 20 });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const page = document.createElement('devreg-device-registration');
      page.adapter = adapter;
      host.append(page);
      const recorder = recordAdminActions(page);
      await waitUntil(() => deepQueryAll(page, '[role=row][data-id]').length === seed.length, 'the list shows', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      recorder.stop();
      expect(recorder.seen, 'admin actions offered while loading or after').to.deep.equal([]);
      expect(controls(page)).to.include('Reload');
      expect(controls(page).filter((n) => ADMIN_ACTION.test(n))).to.deep.equal([]);
      expect(tokenInputs(page)).to.deep.equal([]);
      expect(deepQueryAll(page, 'devreg-register-menu')).to.deep.equal([]);
    });

    it('the same page for an admin offers them (so the test above is not vacuous)', async () => {
      const adapter = new MemoryAdapter({ requests: seed, latency: 20 });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const page = document.createElement('devreg-device-registration');
      page.adapter = adapter;
      host.append(page);
      const recorder = recordAdminActions(page);
      await waitUntil(() => tokenInputs(page).length > 0, 'token inputs show', { timeout: 3000 });
      recorder.stop();
      expect(recorder.seen).to.include('token input');
      expect(recorder.seen).to.include('Register device');
      const names = controls(page);
      for (const expected of ['Register device', 'Accept all', 'Accept pending-free', 'Remove waiting', 'Register again blocked']) {
        expect(names).to.include(expected);
      }
    });

    it('the table alone never shows actions either', async () => {
      const adapter = new MemoryAdapter({ requests: seed, permissions: { read: true, admin: false }, latency: 20 });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const table = document.createElement('devreg-registration-table');
      table.adapter = adapter;
      host.append(table);
      const recorder = recordAdminActions(table);
      await waitUntil(() => root(table).querySelectorAll('[role=row][data-id]').length === seed.length, 'rows', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      recorder.stop();
      expect(recorder.seen).to.deep.equal([]);
      expect([...root(table).querySelectorAll('[role=columnheader]')].map(text)).to.not.include('Actions');
    });

    it('the single wizard says so and cannot register', async () => {
      const adapter = new MemoryAdapter({ permissions: { read: true, admin: false } });
      const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${adapter}></devreg-single-wizard>`);
      await waitUntil(() => text(root(el)).includes('permission'), 'the notice shows', { timeout: 3000 });
      expect(text(root(el))).to.contain('You do not have permission to register devices.');
      const register = root(el).querySelector<HTMLButtonElement>('[part~=register-button]');
      expect(register === null || register.disabled, 'Register is absent or disabled').to.equal(true);
    });
  });

  describe('a 401 in the middle of work', () => {
    async function page(options: MemoryAdapterOptions = {}) {
      const adapter = new MemoryAdapter({ requests: seed, ...options });
      const el = await fixture<DevRegDeviceRegistration>(html`<devreg-device-registration .adapter=${adapter}></devreg-device-registration>`);
      await waitUntil(() => deepQueryAll(el, '[role=row][data-id]').length === seed.length, 'the list shows', { timeout: 3000 });
      const errors: DevRegErrorEvent[] = [];
      const listener = (e: DevRegErrorEvent) => errors.push(e);
      document.addEventListener('devreg-error', listener, { capture: true });
      stopListening = () => document.removeEventListener('devreg-error', listener, { capture: true });
      return { el, adapter, errors };
    }
    let stopListening: (() => void) | undefined;
    afterEach(() => stopListening?.());
    const sessionExpired = (el: Element) => text(root(el).querySelector('[part~=session-expired]'));
    const type = (input: HTMLInputElement, value: string) => {
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };

    it('accepting in the table: "session expired", devreg-error unauthorized, the typed token is kept', async () => {
      const { el, adapter, errors } = await page();
      adapter.setFailure('accept', unauthorized());
      const row = () => deepQueryAll(el, '[role=row][data-id="pending-token"]')[0] as HTMLElement;
      const token = () => row().querySelector<HTMLInputElement>('[part~=token-input]')!;
      type(token(), 't-1');
      row().querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
      await waitUntil(() => sessionExpired(el), 'the session-expired message shows', { timeout: 3000 });
      expect(sessionExpired(el)).to.match(/session has expired/i);
      expect(errors.map((e) => [e.operation, e.error.code, e.detail.error.code])).to.deep.include(['accept', 'unauthorized', 'unauthorized']);
      expect(errors.every((e) => e.bubbles && e.composed)).to.equal(true);
      expect(token().value, 'the typed token is kept').to.equal('t-1');
      expect(row().dataset.status).to.equal('PENDING_ACCEPTANCE');
      // signed in again: the same click works, nothing to type again
      adapter.setFailure('accept', undefined);
      row().querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
      await waitUntil(() => row()?.dataset.status === 'ACCEPTED', 'accepted after signing in again', { timeout: 3000 });
    });

    it('registering in the single wizard inside the page: "session expired", devreg-error, the typed IDs come back', async () => {
      const { el, adapter, errors } = await page();
      deepQueryAll(el, 'button').find((b) => nameOf(b) === 'Register device')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => deepQueryAll(el, '[role=menuitem]').some((m) => nameOf(m) === 'Single device registration'), 'menu', { timeout: 3000 });
      (deepQueryAll(el, '[role=menuitem]').find((m) => nameOf(m) === 'Single device registration') as HTMLElement).click();
      await waitUntil(() => deepQueryAll(el, 'devreg-single-wizard input[part~=device-id]').length > 0 || deepQueryAll(el, 'input[part~=device-id]').length > 0, 'the wizard shows', { timeout: 5000 });
      const wizard = deepQueryAll(el, 'devreg-single-wizard')[0] as DevRegSingleWizard;
      await wizard.updateComplete;
      type(root(wizard).querySelector<HTMLInputElement>('input[part~=device-id]')!, 'typed-1');
      await wizard.updateComplete;
      root(wizard).querySelector<HTMLButtonElement>('[part~=add-button]')!.click();
      await wizard.updateComplete;
      type(root(wizard).querySelectorAll<HTMLInputElement>('input[part~=device-id]')[1], 'typed-2');
      await wizard.updateComplete;
      adapter.setFailure('create', unauthorized());
      root(wizard).querySelector<HTMLButtonElement>('[part~=register-button]')!.click();
      await waitUntil(() => sessionExpired(el), 'the session-expired message shows', { timeout: 3000 });
      expect(errors.filter((e) => e.operation === 'create').map((e) => e.error.code)).to.deep.equal(['unauthorized', 'unauthorized']);
      expect(root(el).querySelector('dialog')!.open, 'the dialog stays open').to.equal(true);
      expect(adapter.peek().map((r) => r.id)).to.not.include('typed-1');
      // nothing registered is claimed; "Fix errors" brings back what was typed
      const fix = await waitUntil(() => root(wizard).querySelector<HTMLButtonElement>('[part~=fix-button]'), 'Fix errors', { timeout: 3000 }).then(
        () => root(wizard).querySelector<HTMLButtonElement>('[part~=fix-button]')!,
      );
      expect(text(root(wizard).querySelector('[part~=results]'))).to.not.match(/Registered/);
      fix.click();
      await wizard.updateComplete;
      const ids = [...root(wizard).querySelectorAll<HTMLInputElement>('input[part~=device-id]')].map((i) => i.value);
      expect(ids).to.deep.equal(['typed-1', 'typed-2']);
      // signed in again: registering the same rows works
      adapter.setFailure('create', undefined);
      root(wizard).querySelector<HTMLButtonElement>('[part~=register-button]')!.click();
      await waitUntil(() => adapter.peek().some((r) => r.id === 'typed-2'), 'registered after signing in again', { timeout: 3000 });
    });

    it('reloading the list: "session expired", devreg-error, the rows stay', async () => {
      const { el, adapter, errors } = await page();
      adapter.setFailure('list', unauthorized());
      (deepQueryAll(el, 'button').find((b) => nameOf(b) === 'Reload') as HTMLButtonElement).click();
      await waitUntil(() => sessionExpired(el), 'the session-expired message shows', { timeout: 3000 });
      expect(errors.some((e) => e.operation === 'list' && e.error.code === 'unauthorized')).to.equal(true);
      expect(deepQueryAll(el, '[role=row][data-id]').length).to.equal(seed.length);
    });
  });
});
