import './helpers/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import { DevRegRegistrationForm } from '../src/forms/registration-form.js';

// A host defines its form from the library's entry (which defines nothing) before it imports a
// define module: the form connects and asks for the adapter before any provider exists. This file
// imports no define module up front, so that nothing else has attached the context root.
describe('a registration form defined before the library', () => {
  it('gets the page\'s adapter once the page is defined', async () => {
    customElements.define('early-form', class extends DevRegRegistrationForm {});
    const page = document.createElement('devreg-device-registration') as HTMLElement & { adapter?: unknown };
    const form = document.createElement('early-form') as DevRegRegistrationForm;
    form.slot = 'registration-form';
    form.setAttribute('label', 'Early form');
    page.append(form);
    document.body.append(page);
    expect(form.registrationAdapter).to.equal(undefined);

    await import('../src/define/device-registration.js');
    const adapter = new MemoryAdapter({ requests: [] });
    page.adapter = adapter;

    await waitUntil(() => form.registrationAdapter === adapter, 'the form never got the adapter', { timeout: 5000 });
    page.remove();
  });
});
