// The single device wizard's parts loaded on first use, over a connection that drops: the test
// server drops their module fetch, then lets it through. Browsers no longer keep a failed module
// fetch (whatwg/html#10327), so pressing Register again loads the part, and nothing typed is lost.
// A page loads a module once, so the tests run in this order: each drops a part no earlier test loads.
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { RegistrationAdapter } from '../../src/adapters/registration-adapter.js';
import type { DevRegSingleWizard } from '../../src/components/single-wizard/single-wizard.js';
import '../../src/define/single-wizard.js';
import type { DevRegRegisteredEvent } from '../../src/events/devreg-registered.js';

async function wizard(adapter: RegistrationAdapter): Promise<DevRegSingleWizard> {
  const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${adapter}></devreg-single-wizard>`);
  await el.updateComplete;
  return el;
}

const part = (el: DevRegSingleWizard, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`);
const idInputs = (el: DevRegSingleWizard) => [...root(el).querySelectorAll<HTMLInputElement>('input[part~=device-id]')];
const results = (el: DevRegSingleWizard) => [...root(el).querySelectorAll<HTMLElement>('[part~=results] > li')].map((li) => text(li));

function button(el: DevRegSingleWizard, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function type(el: DevRegSingleWizard, input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function registered(el: DevRegSingleWizard): Promise<DevRegRegisteredEvent> {
  return new Promise((resolve) => el.addEventListener('devreg-registered', resolve, { once: true }));
}

describe('the single device wizard after a dropped connection', () => {
  restoreFetchesAfterEach();

  it('the result step: Register again registers the device typed before the failure', async () => {
    const adapter = new MemoryAdapter();
    const el = await wizard(adapter);
    await type(el, idInputs(el)[0], 'lr-1');
    await failFetches('/single-wizard/result-parts.');
    button(el, 'Register').click();
    await waitUntil(() => part(el, 'notice'), 'the notice');
    expect(text(part(el, 'notice'))).to.equal('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.');
    expect(adapter.peek(), 'nothing was sent').to.deep.equal([]);
    expect(idInputs(el).map((i) => i.value), 'the ID typed is kept').to.deep.equal(['lr-1']);

    await restoreFetches();
    const event = registered(el);
    button(el, 'Register').click();
    expect((await event).ids).to.deep.equal(['lr-1']);
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['✓ lr-1 Registered']);
  });

  it("the adapter's writes: the device fails with try again, and Fix errors, then Register, registers it", async () => {
    const control = (path: string) => fetch(`/emulator/__emulator/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await control('reset');
    const adapter = new CumulocityAdapter({ baseUrl: '/emulator', auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' }, retries: 0 });
    const el = await wizard(adapter);
    await waitUntil(() => !button(el, 'Register').disabled, 'Register enabled');
    await type(el, idInputs(el)[0], 'lr-2');
    await failFetches('/adapters/cumulocity/actions.');
    const failed = registered(el);
    button(el, 'Register').click();
    expect((await failed).failed).to.deep.equal([{ id: 'lr-2', message: 'Part of this page could not be loaded. Check the connection, then try again.' }]);
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['✕ lr-2 Failed: Part of this page could not be loaded. Check the connection, then try again.']);

    await restoreFetches();
    button(el, 'Fix errors').click();
    await el.updateComplete;
    expect(idInputs(el).map((i) => i.value), 'the ID is back').to.deep.equal(['lr-2']);
    const event = registered(el);
    button(el, 'Register').click();
    expect((await event).ids).to.deep.equal(['lr-2']);
    expect((await adapter.get('lr-2'))?.status).to.equal('WAITING_FOR_CONNECTION');
  });
});
