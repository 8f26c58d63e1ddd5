import './helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { RegistrationAdapter } from '../src/adapters/registration-adapter.js';
import '../src/define/provider.js';
import type { DevRegProvider } from '../src/components/provider/provider.js';
import { DevRegCloseEvent } from '../src/events/devreg-close.js';
import { DevRegDiscardEvent } from '../src/events/devreg-discard.js';
import { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import { DevRegRegistrationForm, REGISTRATION_FORM_CATEGORIES } from '../src/forms/registration-form.js';
import { isWizardState } from '../src/internal/wizard.js';
// the plain-JavaScript example of the README (no Lit, no import from the library)
import '../examples/plain-js-form.js';

/** A minimal subclass, as a host app would write one. */
class TestMeterForm extends DevRegRegistrationForm {
  override render() {
    return litHtml`<button type="button" @click=${() => this.close()}>Cancel</button>`;
  }
  adapterForTest(): RegistrationAdapter | undefined {
    return this.registrationAdapter;
  }
}
customElements.define('test-meter-form', TestMeterForm);

type PlainForm = HTMLElement & { adapter?: RegistrationAdapter; heading: string; hasUnsavedInput: boolean; busy: boolean };

describe('DevRegRegistrationForm (base class for slotted forms)', () => {
  it('has label and category attributes, reflected, category "single" by default', async () => {
    expect(REGISTRATION_FORM_CATEGORIES).to.deep.equal(['single', 'bulk']);
    const el = await fixture<TestMeterForm>(html`<test-meter-form label="Meter"></test-meter-form>`);
    expect(el.label).to.equal('Meter');
    expect(el.category).to.equal('single');
    expect(el.getAttribute('category')).to.equal('single');
    el.category = 'bulk';
    el.label = 'Meters';
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal('bulk');
    expect(el.getAttribute('label')).to.equal('Meters');
  });

  it('implements WizardState: heading from the label, and tells the dialog when busy or input change', async () => {
    const el = await fixture<TestMeterForm>(html`<test-meter-form label="Meter"></test-meter-form>`);
    expect(isWizardState(el)).to.be.true;
    expect(el.heading).to.equal('Meter');
    expect(el.hasUnsavedInput).to.be.false;
    expect(el.busy).to.be.false;
    setTimeout(() => (el.busy = true));
    await oneEvent(el, 'devreg-wizard-state');
    expect(el.busy).to.be.true;
    setTimeout(() => (el.hasUnsavedInput = true));
    await oneEvent(el, 'devreg-wizard-state');
    expect(el.hasUnsavedInput).to.be.true;
  });

  it('on devreg-discard (the page\'s "Discard"), resets its forms and clears hasUnsavedInput; a subclass can clear more', async () => {
    class SerialForm extends DevRegRegistrationForm {
      note = 'kept';
      override render() {
        return litHtml`<form><input name="serial" /></form>`;
      }
      protected override discard(): void {
        super.discard();
        this.note = '';
      }
    }
    customElements.define('serial-test-form', SerialForm);
    const el = await fixture<SerialForm>(html`<serial-test-form label="Serial"></serial-test-form>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'SN-1';
    el.hasUnsavedInput = true;
    el.dispatchEvent(new DevRegDiscardEvent());
    expect(input.value).to.equal('');
    expect(el.hasUnsavedInput).to.be.false;
    expect(el.note).to.equal('');
  });

  it('complete(ids, failed) dispatches devreg-registered and clears hasUnsavedInput', async () => {
    const el = await fixture<TestMeterForm>(html`<test-meter-form label="Meter"></test-meter-form>`);
    el.hasUnsavedInput = true;
    setTimeout(() => el.complete(['m-1', 'm-2'], [{ id: 'm-3', message: 'Duplicate' }]));
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(event).to.be.instanceOf(DevRegRegisteredEvent);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.ids).to.deep.equal(['m-1', 'm-2']);
    expect(event.failed).to.deep.equal([{ id: 'm-3', message: 'Duplicate' }]);
    expect(event.detail).to.deep.equal({ ids: ['m-1', 'm-2'], failed: [{ id: 'm-3', message: 'Duplicate' }] });
    expect(el.hasUnsavedInput).to.be.false;
    // failed defaults to none
    setTimeout(() => el.complete(['m-4']));
    const second: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(second.failed).to.deep.equal([]);
  });

  it('close() dispatches devreg-close', async () => {
    const el = await fixture<TestMeterForm>(html`<test-meter-form label="Meter"></test-meter-form>`);
    setTimeout(() => el.shadowRoot!.querySelector('button')!.click());
    const event = await oneEvent(el, 'devreg-close');
    expect(event).to.be.instanceOf(DevRegCloseEvent);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('receives the adapter from <devreg-provider>; an explicit .adapter wins', async () => {
    const provided = new MemoryAdapter();
    const provider = await fixture<DevRegProvider>(
      html`<devreg-provider .adapter=${provided}><test-meter-form label="Meter"></test-meter-form></devreg-provider>`,
    );
    const el = provider.querySelector<TestMeterForm>('test-meter-form')!;
    await waitUntil(() => el.adapterForTest() === provided, 'no adapter through context');
    const own = new MemoryAdapter();
    el.adapter = own;
    expect(el.adapterForTest()).to.equal(own);
    el.adapter = undefined;
    const next = new MemoryAdapter();
    provider.adapter = next;
    await waitUntil(() => el.adapterForTest() === next, 'the provider’s new adapter did not arrive');
  });
});

describe('examples/plain-js-form.js (plain JavaScript, context-request protocol)', () => {
  async function setup(adapter: MemoryAdapter) {
    const provider = await fixture<DevRegProvider>(
      html`<devreg-provider .adapter=${adapter}><demo-serial-form label="Acme meter"></demo-serial-form></devreg-provider>`,
    );
    const form = provider.querySelector<PlainForm>('demo-serial-form')!;
    await waitUntil(() => form.adapter === adapter, 'the plain form got no adapter through context-request');
    const root = form.shadowRoot!;
    const serial = root.querySelector<HTMLInputElement>('input[name=serial]')!;
    const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    return { provider, form, root, serial, submit };
  }

  it('gets the adapter, registers through it and dispatches devreg-registered', async () => {
    const adapter = new MemoryAdapter();
    const { form, serial, submit } = await setup(adapter);
    expect(form.getAttribute('category')).to.equal('single');
    expect(form.heading).to.equal('Acme meter');
    // it names itself, so it renders its own heading
    expect(form.shadowRoot!.querySelector('h2')!.textContent).to.equal('Acme meter');
    serial.value = 'AC-0001';
    serial.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(form.hasUnsavedInput).to.be.true;
    setTimeout(submit);
    const event: DevRegRegisteredEvent = await oneEvent(form, 'devreg-registered');
    expect(event.ids).to.deep.equal(['AC-0001']);
    expect(event.detail).to.deep.equal({ ids: ['AC-0001'], failed: [] });
    expect(event.bubbles && event.composed).to.be.true;
    const { requests } = await adapter.list({ page: 1, pageSize: 10 });
    expect(requests.map((r) => [r.id, r.type])).to.deep.equal([['AC-0001', 'acme_Meter']]);
    expect(form.hasUnsavedInput).to.be.false;
    // the dialog stays open on the form: it says what happened
    expect(form.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('AC-0001 is registered');
  });

  it('explains invalid input and a duplicate, and closes on Cancel', async () => {
    const adapter = new MemoryAdapter({ requests: [{ id: 'AC-0002' }] });
    const { form, root, serial, submit } = await setup(adapter);
    serial.value = 'bad';
    submit();
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Enter a serial number like AC-0001');
    expect(serial.getAttribute('aria-invalid')).to.equal('true');
    serial.value = 'AC-0002';
    submit();
    await waitUntil(() => (root.querySelector('[role=alert]')?.textContent ?? '').includes('already registered'));
    setTimeout(() => root.querySelector<HTMLButtonElement>('[data-action=cancel]')!.click());
    await oneEvent(form, 'devreg-close');
  });

  it('throws away what was typed on devreg-discard', async () => {
    const { form, serial } = await setup(new MemoryAdapter());
    serial.value = 'AC-0003';
    serial.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(form.hasUnsavedInput).to.be.true;
    form.dispatchEvent(new Event('devreg-discard'));
    expect(serial.value).to.equal('');
    expect(form.hasUnsavedInput).to.be.false;
  });
});
