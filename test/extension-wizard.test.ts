import './helpers/lit-warnings.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryAdapter, type MemoryExtension } from '../src/adapters/memory-adapter.js';
import type { BulkResult, ExtensionMetadata, RegistrationAdapter, RegistrationExtension } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { CumulocityAdapter } from '../src/adapters/cumulocity-adapter.js';
import { DevRegExtensionWizard, EXTENSION_WIZARD_PARTS } from '../src/components/extension-wizard/extension-wizard.js';
import type { DevRegSchemaForm } from '../src/components/schema-form/schema-form.js';
import type { DevRegProvider } from '../src/components/provider/provider.js';
import '../src/define/extension-wizard.js';
import '../src/define/provider.js';
import type { DevRegBulkCompletedEvent } from '../src/events/devreg-bulk-completed.js';
import type { DevRegErrorEvent } from '../src/events/devreg-error.js';
import type { DevRegRegisteredEvent } from '../src/events/devreg-registered.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import { isWizardState } from '../src/internal/wizard.js';

// ---- fixtures -----------------------------------------------------------------------------------

const single: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' };
const bulk: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleBulkDeviceRegistration', contextPath: 'demo-protocol' };

const identity = {
  title: 'Identity',
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', title: 'Device ID', minLength: 3 },
    name: { type: 'string', title: 'Name' },
  },
};
const connection = {
  title: 'Connection',
  type: 'object',
  required: ['port'],
  properties: {
    host: { type: 'string', title: 'Host', default: 'broker.local' },
    port: { type: 'integer', title: 'Port', minimum: 1, maximum: 65535 },
  },
};

const metadata: ExtensionMetadata = {
  title: 'Demo protocol device',
  description: 'Register a device that speaks the demo protocol.',
  pages: [identity, connection],
  bulk: {
    title: 'Upload demo devices',
    exampleFileUrls: [
      { title: 'Simple example', description: 'One device per line.', url: 'deviceRegistration/example.csv' },
      { title: 'Absolute example', url: 'https://example.com/devices.csv' },
      { title: 'Evil example', description: 'Do not click', url: 'javascript:alert(1)' },
      { title: 'Data example', url: 'data:text/html,<script>alert(1)</script>' },
    ],
  },
};

const bulkAnswer: BulkResult = {
  numberOfAll: 3,
  numberOfCreated: 2,
  numberOfFailed: 1,
  numberOfSuccessful: 2,
  credentialUpdatedList: [],
  failedCreationList: [{ bulkNewDeviceStatus: 'FAILED', deviceId: 'dev-3', failureReason: 'Unknown model', line: 'dev-3;X' }],
};

interface Setup {
  register?: (model: unknown) => unknown;
  bulkRegister?: (file: Blob) => unknown;
  metadata?: ExtensionMetadata;
  latency?: number;
}

function adapterWith(setup: Setup = {}, received: unknown[] = []) {
  const ext = (extension: RegistrationExtension): MemoryExtension => ({
    extension,
    metadata: setup.metadata ?? metadata,
    register: (model) => {
      received.push(model);
      return setup.register ? setup.register(model) : { status: 'registered', id: 'answer-id' };
    },
    bulkRegister: (file) => {
      received.push(file);
      return setup.bulkRegister ? setup.bulkRegister(file) : bulkAnswer;
    },
  });
  return new MemoryAdapter({ extensions: [ext(single), ext(bulk)], latency: setup.latency });
}

// ---- helpers ------------------------------------------------------------------------------------

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim();

function button(el: DevRegExtensionWizard, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => clean(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
const hasButton = (el: DevRegExtensionWizard, name: string) =>
  [...root(el).querySelectorAll('button')].some((b) => clean(b.textContent) === name);

function formOf(el: DevRegExtensionWizard): DevRegSchemaForm {
  return root(el).querySelector('devreg-schema-form')!;
}

function input(el: DevRegExtensionWizard, label: string): HTMLInputElement {
  const form = formOf(el);
  const l = [...root(form).querySelectorAll('label')].find((x) => clean(x.textContent) === label)!;
  return root(form).getElementById(l.htmlFor) as HTMLInputElement;
}

async function type(el: DevRegExtensionWizard, label: string, value: string) {
  const field = input(el, label);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('blur'));
  await formOf(el).updateComplete;
  await el.updateComplete;
}

/** The message shown for the field labelled `label`, if any. */
function fieldMessage(el: DevRegExtensionWizard, label: string): string | undefined {
  const field = input(el, label);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const message = ids.map((id) => root(formOf(el)).getElementById(id)).find((n) => n?.getAttribute('part')?.includes('error'));
  return message ? clean(message.textContent) : undefined;
}

const stepHeading = (el: DevRegExtensionWizard) => clean(root(el).querySelector('[part~=step-heading]')?.textContent);
const reason = (el: DevRegExtensionWizard) => clean(root(el).querySelector('#reason')?.textContent) || undefined;
const entry = (div: Element) => [...div.children].map((c) => clean(c.textContent)).join(' ');
const alertText = (el: DevRegExtensionWizard) => clean(root(el).querySelector('[role=alert]')?.textContent);

async function wizard(extension: RegistrationExtension, adapter: RegistrationAdapter) {
  const el = await fixture<DevRegExtensionWizard>(
    html`<devreg-extension-wizard .adapter=${adapter} .extension=${extension}></devreg-extension-wizard>`,
  );
  await waitUntil(() => root(el).querySelector('[part~=step]') || root(el).querySelector('[role=alert]'), 'wizard did not load');
  await el.updateComplete;
  const form = formOf(el);
  if (form) await form.updateComplete;
  return el;
}

async function click(el: DevRegExtensionWizard, name: string) {
  button(el, name).click();
  await el.updateComplete;
  const form = formOf(el);
  if (form) await form.updateComplete;
}

/** Fills page 1 and goes to page 2. */
async function toSecondPage(el: DevRegExtensionWizard) {
  await type(el, 'Device ID', 'dp-0001');
  await type(el, 'Name', 'Pump');
  await click(el, 'Next');
}

async function registerAndWait(el: DevRegExtensionWizard) {
  await type(el, 'Port', '1883');
  await click(el, 'Register');
  await waitUntil(() => root(el).querySelector('[part~=summary]'), 'no summary');
}

function chooseFile(el: DevRegExtensionWizard, file: File) {
  const field = root(el).querySelector<HTMLInputElement>('#file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

// ---- tests --------------------------------------------------------------------------------------

describe('devreg-extension-wizard', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('is registered, implements WizardState and shows loading before the metadata arrives', async () => {
    expect(customElements.get('devreg-extension-wizard')).to.equal(DevRegExtensionWizard);
    const adapter = new MemoryAdapter({ extensions: [{ extension: single, metadata }], latency: 50 });
    const el = await fixture<DevRegExtensionWizard>(html`<devreg-extension-wizard .adapter=${adapter} .extension=${single}></devreg-extension-wizard>`);
    expect(isWizardState(el)).to.be.true;
    expect(el.heading).to.equal('Demo protocol');
    expect(clean(root(el).querySelector('[role=status]')?.textContent)).to.equal('Loading the registration form…');
    await waitUntil(() => el.heading === 'Demo protocol device');
  });

  it('takes its heading from the metadata and tells the dialog when it changes', async () => {
    const adapter = adapterWith({}, []);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const headings: string[] = [];
    container.addEventListener('devreg-wizard-state', (e) => headings.push((e.target as DevRegExtensionWizard).heading));
    const el = document.createElement('devreg-extension-wizard');
    el.adapter = adapter;
    el.extension = single;
    container.append(el);
    await waitUntil(() => headings.includes('Demo protocol device'), 'no state event with the title');
    expect(clean(root(el).querySelector('[part~=heading]')?.textContent)).to.equal('Demo protocol device');
    expect(clean(root(el).querySelector('[part~=description]')?.textContent)).to.equal('Register a device that speaks the demo protocol.');
  });

  it("in a host's modal dialog, leaves the focus in the field the user is typing into when the form arrives", async () => {
    const box = await fixture<HTMLDialogElement>(html`<dialog>
      <input aria-label="Host's own field" />
      <devreg-extension-wizard .adapter=${adapterWith({ latency: 50 })} .extension=${single}></devreg-extension-wizard>
    </dialog>`);
    box.showModal();
    try {
      const field = box.querySelector('input')!;
      field.focus();
      const el = box.querySelector<DevRegExtensionWizard>('devreg-extension-wizard')!;
      await waitUntil(() => root(el).querySelector('[part~=step]'), 'the form');
      await el.updateComplete;
      expect(document.activeElement === field, 'the focus stays in the field').to.be.true;
    } finally {
      box.close();
    }
  });

  it('asks the metadata in the lang attribute, else the current locale', async () => {
    const langs: string[] = [];
    const adapter = new MemoryAdapter({
      extensions: [{ extension: single, metadata: (lang) => (langs.push(lang), { ...metadata, title: `Title ${lang}` }) }],
    });
    const el = await wizard(single, adapter);
    expect(el.heading).to.equal('Title en');
    el.lang = 'de';
    await waitUntil(() => el.heading === 'Title de');
    expect(langs).to.deep.equal(['en', 'de']);
  });

  it('shows one step per page with a step indicator, and Next disabled only with a visible reason', async () => {
    const el = await wizard(single, adapterWith());
    expect(stepHeading(el)).to.equal('Step 1 of 3: Identity');
    const steps = [...root(el).querySelectorAll('[part~=steps] li')];
    expect(steps.map((s) => clean(s.textContent))).to.deep.equal(['Identity', 'Connection', 'Summary']);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal(['step', null, null]);
    expect(hasButton(el, 'Back')).to.be.false;
    expect(hasButton(el, 'Register')).to.be.false;

    const next = button(el, 'Next');
    expect(next.disabled).to.be.true;
    expect(reason(el)).to.equal('To continue, check “Device ID”: Enter a value.');
    expect(next.getAttribute('aria-describedby')).to.equal('reason');
    await type(el, 'Device ID', 'dp');
    expect(reason(el)).to.equal('To continue, check “Device ID”: Enter at least 3 characters.');
    expect(button(el, 'Next').disabled).to.be.true;
    await type(el, 'Device ID', 'dp-0001');
    expect(reason(el)).to.be.undefined;
    expect(button(el, 'Next').disabled).to.be.false;
    expect(el.hasUnsavedInput).to.be.true;
    await expect(el).to.be.accessible();

    await click(el, 'Next');
    expect(stepHeading(el)).to.equal('Step 2 of 3: Connection');
    expect(root(el).activeElement).to.equal(root(el).querySelector('[part~=step-heading]'));
    // as in the single and bulk wizards: the step's main action last, at the end of the row
    const actions = root(el).querySelector<HTMLElement>('[part~=actions]')!;
    expect([...actions.querySelectorAll('button')].map((b) => clean(b.textContent))).to.deep.equal(['Back', 'Cancel', 'Register']);
    expect(getComputedStyle(actions).justifyContent).to.equal('flex-end');
    expect([...root(el).querySelectorAll('[part~=steps] li')].map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
    expect(input(el, 'Host').value).to.equal('broker.local');
    expect(button(el, 'Register').disabled).to.be.true;
    expect(reason(el)).to.equal('To continue, check “Port”: Enter a value.');
    await type(el, 'Port', '70000');
    expect(reason(el)).to.equal('To continue, check “Port”: Enter 65535 or less.');
    await expect(el).to.be.accessible();
  });

  it('keeps the values when going Back', async () => {
    const el = await wizard(single, adapterWith());
    await toSecondPage(el);
    await type(el, 'Port', '8883');
    await click(el, 'Back');
    expect(stepHeading(el)).to.equal('Step 1 of 3: Identity');
    expect(input(el, 'Device ID').value).to.equal('dp-0001');
    expect(input(el, 'Name').value).to.equal('Pump');
    await click(el, 'Next');
    expect(input(el, 'Port').value).to.equal('8883');
  });

  it('registers the merged model of all pages and shows the answer readably', async () => {
    const received: unknown[] = [];
    const el = await wizard(single, adapterWith({ register: () => ({ status: 'registered', credentials: { user: 'device_dp-0001' }, note: '<b>bold</b>' }) }, received));
    await toSecondPage(el);
    setTimeout(() => void registerAndWait(el));
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(received).to.deep.equal([{ id: 'dp-0001', name: 'Pump', host: 'broker.local', port: 1883 }]);
    expect(event.ids).to.deep.equal(['dp-0001']);
    expect(event.failed).to.deep.equal([]);
    expect(event.composed && event.bubbles).to.be.true;
    await waitUntil(() => root(el).querySelector('[part~=summary]'));
    expect(stepHeading(el)).to.equal('The device was registered');
    const terms = [...root(el).querySelectorAll('[part~=answer] dt')].map((d) => clean(d.textContent));
    expect(terms).to.deep.equal(['status', 'credentials', 'user', 'note']);
    expect(root(el).querySelector('[part~=summary] b')).to.be.null;
    expect(clean(root(el).querySelector('[part~=summary]')?.textContent)).to.contain('<b>bold</b>');
    expect(root(el).querySelector('[part~=steps] li:last-child')!.getAttribute('aria-current')).to.equal('step');
    expect(el.hasUnsavedInput).to.be.false;
    await expect(el).to.be.accessible();
    setTimeout(() => button(el, 'Close').click());
    await oneEvent(el, 'devreg-close');
  });

  it('takes the registered ids from the answer when the model has no id', async () => {
    const adapter = new MemoryAdapter({
      extensions: [{ extension: single, metadata: { title: 'T', pages: [{ type: 'object', properties: { serial: { type: 'string', title: 'Serial' } } }] }, register: () => ({ id: 'from-answer' }) }],
    });
    const el = await wizard(single, adapter);
    await type(el, 'Serial', 'S1');
    setTimeout(() => button(el, 'Register').click());
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(event.ids).to.deep.equal(['from-answer']);
  });

  it('shows a 4xx answer by its message; "Fix issue" goes back to the first page with the values kept', async () => {
    const el = await wizard(single, adapterWith({
      register: () => {
        throw new RegistrationError({ status: 422, code: 'invalid', message: 'The serial dp-0001 is not in our stock list.' });
      },
    }));
    await toSecondPage(el);
    setTimeout(() => void registerAndWait(el));
    const error: DevRegErrorEvent = await oneEvent(el, 'devreg-error');
    expect(error.operation).to.equal('registerWithExtension');
    await waitUntil(() => root(el).querySelector('[part~=summary]'));
    expect(stepHeading(el)).to.equal('The device was not registered');
    expect(alertText(el)).to.equal('The serial dp-0001 is not in our stock list.');
    expect(hasButton(el, 'Try again')).to.be.false;
    expect(el.hasUnsavedInput).to.be.true;
    await expect(el).to.be.accessible();
    await click(el, 'Fix issue');
    expect(stepHeading(el)).to.equal('Step 1 of 3: Identity');
    expect(input(el, 'Device ID').value).to.equal('dp-0001');
    await click(el, 'Next');
    expect(input(el, 'Port').value).to.equal('1883');
  });

  it('shows a 5xx as "cannot register right now" with the detail, and offers Try again', async () => {
    let calls = 0;
    const el = await wizard(single, adapterWith({
      register: () => {
        if (++calls === 1) throw new RegistrationError({ status: 503, code: 'server', message: 'Database unavailable' });
        return { ok: true };
      },
    }));
    await toSecondPage(el);
    await registerAndWait(el);
    expect(alertText(el)).to.equal('The service cannot register the device right now. Database unavailable');
    setTimeout(() => button(el, 'Try again').click());
    await oneEvent(el, 'devreg-registered');
    await waitUntil(() => stepHeading(el) === 'The device was registered');
  });

  it('shows a network failure as "The service cannot be reached"', async () => {
    const el = await wizard(single, adapterWith({
      register: () => {
        throw new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' });
      },
    }));
    await toSecondPage(el);
    await registerAndWait(el);
    // (a connection that broke after sending looks the same: the request may have got through)
    expect(alertText(el)).to.equal(
      'The service cannot be reached. If the connection broke after the form was sent, the device may have been registered: check the list of registration requests before you try again.',
    );
  });

  it('calls a gateway timeout (504) an unknown outcome, as a timeout of its own', async () => {
    const el = await wizard(single, adapterWith({
      register: () => {
        throw new RegistrationError({ status: 504, code: 'server', message: 'The service did not answer within 30 s' });
      },
    }));
    await toSecondPage(el);
    await registerAndWait(el);
    expect(clean(root(el).querySelector('[part~=step-heading]')?.textContent)).to.equal('It is not known whether the device was registered');
  });

  it('shows a metadata failure with Retry', async () => {
    const adapter = adapterWith();
    adapter.setFailure('getExtensionMetadata', new RegistrationError({ status: 500, code: 'server', message: 'boom' }));
    const el = await wizard(single, adapter);
    expect(alertText(el)).to.contain('The registration form cannot be loaded.');
    expect(alertText(el)).to.contain('boom');
    await expect(el).to.be.accessible();
    adapter.setFailure('getExtensionMetadata', undefined);
    button(el, 'Retry').click();
    await waitUntil(() => stepHeading(el) === 'Step 1 of 3: Identity');
  });

  it('says a form without pages cannot be used, instead of registering an empty model; the bulk upload needs none', async () => {
    const received: unknown[] = [];
    const adapter = adapterWith({ metadata: { title: 'No pages' } }, received);
    const reported = new Promise<DevRegErrorEvent>((resolve) => document.addEventListener('devreg-error', resolve, { once: true }));
    const el = await wizard(single, adapter);
    expect(alertText(el)).to.equal(
      'The registration form cannot be loaded. The service sent a form with nothing to fill in: its registration metadata has no pages.',
    );
    expect(hasButton(el, 'Register'), 'nothing to register').to.equal(false);
    expect((await reported).detail.operation).to.equal('getExtensionMetadata');
    const upload = await wizard(bulk, adapter);
    expect(root(upload).querySelector('#file'), 'the bulk file step').to.exist;
    expect(received).to.deep.equal([]);
  });

  it('explains an adapter without extension support', async () => {
    const adapter = new MemoryAdapter({ without: ['getExtensionMetadata'] });
    const el = await wizard(single, adapter);
    expect(alertText(el)).to.contain('This backend does not offer microservice registration forms.');
  });

  describe('when a part of the form cannot be loaded', () => {
    const parts = { ...EXTENSION_WIZARD_PARTS };
    const consoleError = console.error;
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    let logged: unknown[] = [];
    beforeEach(() => {
      logged = [];
      console.error = (...args: unknown[]) => logged.push(args[1]);
    });
    afterEach(() => {
      Object.assign(EXTENSION_WIZARD_PARTS, parts);
      console.error = consoleError;
    });

    it('sends nothing without the summary, says why and keeps the values; a later Register works', async () => {
      EXTENSION_WIZARD_PARTS.summary = offline;
      const received: unknown[] = [];
      const el = await wizard(single, adapterWith({}, received));
      await toSecondPage(el);
      await type(el, 'Port', '1883');
      await click(el, 'Register');
      await waitUntil(() => root(el).querySelector('[role=alert]'), 'no message');
      expect(alertText(el)).to.equal('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.');
      expect(received).to.deep.equal([]);
      expect(stepHeading(el)).to.equal('Step 2 of 3: Connection');
      expect(input(el, 'Port').value).to.equal('1883');
      expect(el.busy).to.be.false;
      expect(el.hasUnsavedInput).to.be.true;
      expect(logged).to.have.length(1);
      await expect(el).to.be.accessible();
      Object.assign(EXTENSION_WIZARD_PARTS, parts);
      await click(el, 'Register');
      await waitUntil(() => root(el).querySelector('[part~=summary]'), 'no summary');
      expect(stepHeading(el)).to.equal('The device was registered');
      expect(received).to.have.length(1);
    });

    for (const extension of [bulk, single]) {
      it(`shows why the ${extension === bulk ? 'file step of a bulk' : 'pages of a single-device'} extension are missing; Retry loads them`, async () => {
        if (extension === bulk) EXTENSION_WIZARD_PARTS.fileStep = offline;
        else EXTENSION_WIZARD_PARTS.pages = offline;
        const el = await wizard(extension, adapterWith());
        expect(alertText(el)).to.equal(
          'The registration form cannot be loaded. Part of this form could not be loaded. Check the connection, then try again.',
        );
        expect(hasButton(el, 'Close')).to.be.true;
        expect(logged).to.have.length(1);
        await expect(el).to.be.accessible();
        Object.assign(EXTENSION_WIZARD_PARTS, parts);
        await click(el, 'Retry');
        await waitUntil(() => stepHeading(el) === (extension === bulk ? 'Upload demo devices' : 'Step 1 of 3: Identity'), 'the form after Retry');
      });
    }
  });

  it('asks to try again, with Retry, when a part of the adapter cannot be loaded', async () => {
    const adapter = adapterWith();
    adapter.setFailure('getExtensionMetadata', new RegistrationError({ status: 0, code: 'load-failed', message: 'Part of the adapter could not be loaded.' }));
    const el = await wizard(single, adapter);
    expect(alertText(el)).to.equal(
      'The registration form cannot be loaded. Part of this page could not be loaded. Check the connection, then try again.',
    );
    expect(hasButton(el, 'Close')).to.be.true;
    adapter.setFailure('getExtensionMetadata', undefined);
    await click(el, 'Retry');
    await waitUntil(() => stepHeading(el) === 'Step 1 of 3: Identity', 'the form after Retry');
  });

  it('Cancel asks to close', async () => {
    const el = await wizard(single, adapterWith());
    setTimeout(() => button(el, 'Cancel').click());
    await oneEvent(el, 'devreg-close');
  });

  describe('bulk', () => {
    it('shows the file step with safe example links and uploads with progress', async () => {
      const received: unknown[] = [];
      const el = await wizard(bulk, adapterWith({ latency: 100 }, received));
      expect(el.heading).to.equal('Demo protocol device');
      expect(stepHeading(el)).to.equal('Upload demo devices');
      const items = [...root(el).querySelectorAll('[part~=examples] li')];
      expect(items.map((li) => clean(li.textContent))).to.deep.equal([
        'Simple example One device per line.',
        'Absolute example',
        'Evil example Do not click',
        'Data example',
      ]);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~=examples] a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        new URL('/service/demo-protocol/deviceRegistration/example.csv', location.origin).href,
        'https://example.com/devices.csv',
      ]);
      expect(root(el).querySelector('a[href^="javascript"], a[href^="data"]')).to.be.null;

      const upload = button(el, 'Upload');
      expect(upload.disabled).to.be.true;
      expect(clean(root(el).querySelector('#file-hint')?.textContent)).to.equal('Choose a CSV file to upload.');
      const label = root(el).querySelector('label[for=file]')!;
      expect(clean(label.textContent)).to.equal('CSV file');
      await expect(el).to.be.accessible();

      const file = new File(['ID;TYPE\ndev-1;X\n'], 'devices.csv', { type: 'text/csv' });
      chooseFile(el, file);
      await el.updateComplete;
      expect(clean(root(el).querySelector('#file-hint')?.textContent)).to.equal('Selected: devices.csv');
      expect(el.hasUnsavedInput).to.be.true;
      button(el, 'Upload').click();
      await el.updateComplete;
      expect(el.busy).to.be.true;
      const progress = root(el).querySelector('[role=progressbar], progress');
      expect(progress).to.exist;
      expect(progress!.getAttribute('aria-label')).to.equal('Upload progress');
      expect(hasButton(el, 'Cancel upload')).to.be.true;
      const done: DevRegBulkCompletedEvent<unknown> = await oneEvent(el, 'devreg-bulk-completed');
      expect(done.result).to.deep.equal(bulkAnswer);
      expect(received[0]).to.equal(file);
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('The service processed the file');
      const counts = [...root(el).querySelectorAll('[part~=counts] > div')].map(entry);
      expect(counts).to.deep.equal(['Devices in the file 3', 'Registered 2', 'Created 2', 'Failed 1']);
      // the values line up, whatever the length of their labels
      const lefts = [...root(el).querySelectorAll('[part~=counts] dd')].map((dd) => Math.round(dd.getBoundingClientRect().left));
      expect(new Set(lefts).size, `value columns at ${lefts.join(', ')}`).to.equal(1);
      expect(clean(root(el).querySelector('[part~=failures]')?.textContent)).to.equal('dev-3: Unknown model');
      expect(el.busy).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows an answer of another shape as a key/value list', async () => {
      const el = await wizard(bulk, adapterWith({ bulkRegister: () => ({ accepted: 12, jobId: 'job-7' }) }));
      chooseFile(el, new File(['x'], 'a.csv'));
      await el.updateComplete;
      button(el, 'Upload').click();
      await waitUntil(() => root(el).querySelector('[part~=answer]'));
      expect([...root(el).querySelectorAll('[part~=answer] > div')].map(entry)).to.deep.equal(['accepted 12', 'jobId job-7']);
    });

    it('says the outcome of an upload the service did not answer in time is unknown', async () => {
      const el = await wizard(bulk, adapterWith({
        bulkRegister: () => {
          throw new RegistrationError({ status: 0, code: 'timeout', message: 'The server did not answer within 30 s.' });
        },
      }));
      chooseFile(el, new File(['ID\ndev-1\n'], 'devices.csv', { type: 'text/csv' }));
      await el.updateComplete;
      await click(el, 'Upload');
      await waitUntil(() => root(el).querySelector('[part~=summary]'), 'no summary');
      expect(clean(root(el).querySelector('[part~=step-heading]')?.textContent)).to.equal('It is not known whether the service processed the file');
      expect(alertText(el)).to.contain('It may have processed the file: check the list of registration requests before you upload it again.');
    });

    it('can cancel an upload, and says the service may have had the file by then', async () => {
      const adapter = adapterWith();
      const el = await wizard(bulk, adapter);
      chooseFile(el, new File(['x'], 'a.csv'));
      await el.updateComplete;
      adapter.setLatency(3000);
      button(el, 'Upload').click();
      // (the upload is under way once the summary is loaded; cancelled before, nothing was sent)
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      button(el, 'Cancel upload').click();
      await waitUntil(() => !el.busy);
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('Upload demo devices');
      expect(root(el).querySelector('[role=alert]')).to.be.null;
      expect(clean(root(el).querySelector('[part~=status][role=status]')?.textContent)).to.contain('The upload was cancelled.');
    });

    it('shows upload failures and goes back to the file with "Fix issue"', async () => {
      let status = 500;
      const el = await wizard(bulk, adapterWith({
        bulkRegister: () => {
          throw new RegistrationError({ status, code: status >= 500 ? 'server' : 'invalid', message: status >= 500 ? 'Disk full' : 'Line 2: unknown model' });
        },
      }));
      chooseFile(el, new File(['x'], 'a.csv'));
      await el.updateComplete;
      button(el, 'Upload').click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(stepHeading(el)).to.equal('The upload failed');
      expect(alertText(el)).to.equal('The service cannot register the devices right now. Disk full');
      await click(el, 'Fix issue');
      expect(stepHeading(el)).to.equal('Upload demo devices');
      expect(button(el, 'Upload').disabled).to.be.false;
      status = 400;
      button(el, 'Upload').click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(alertText(el)).to.equal('Line 2: unknown model');
    });

    it('a part of the adapter that cannot be loaded: asks to try again; "Try again" uploads the same file', async () => {
      let calls = 0;
      const received: unknown[] = [];
      const el = await wizard(bulk, adapterWith({
        bulkRegister: () => {
          if (++calls === 1) throw new RegistrationError({ status: 0, code: 'load-failed', message: 'Part of the Cumulocity adapter could not be loaded.' });
          return bulkAnswer;
        },
      }, received));
      const file = new File(['x'], 'a.csv');
      chooseFile(el, file);
      await el.updateComplete;
      button(el, 'Upload').click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(stepHeading(el)).to.equal('The upload failed');
      expect(alertText(el)).to.equal('Part of this page could not be loaded. Check the connection, then try again.');
      expect(hasButton(el, 'Fix issue')).to.be.true;
      await expect(el).to.be.accessible();
      setTimeout(() => button(el, 'Try again').click());
      await oneEvent(el, 'devreg-bulk-completed');
      expect(received).to.deep.equal([file, file]);
    });
  });

  it('renders hostile metadata as inert text', async () => {
    const img = '<img src=x onerror="window.__pwned=1">';
    const hostile: ExtensionMetadata = {
      title: img,
      description: `<script>window.__pwned=1</script>${img}`,
      pages: [{ type: 'object', title: img, properties: { a: { type: 'string', title: img, description: img } } }],
      bulk: { title: img, exampleFileUrls: [{ title: img, description: img, url: 'javascript:window.__pwned=1' }, { title: 'x', url: ' JaVaScRiPt:alert(1)' }] },
    };
    const el = await wizard(single, adapterWith({ metadata: hostile, register: () => ({ [img]: img }) }));
    expect(el.heading).to.equal(img);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(root(formOf(el)).querySelector('img, script')).to.be.null;
    expect(stepHeading(el)).to.equal(`Step 1 of 2: ${img}`);
    await type(el, img, 'x');
    await click(el, 'Register');
    await waitUntil(() => root(el).querySelector('[part~=answer]'));
    expect(root(el).querySelector('img, script')).to.be.null;

    const bulkEl = await wizard(bulk, adapterWith({ metadata: hostile }));
    expect(root(bulkEl).querySelector('img, script, a')).to.be.null;
    expect(clean(root(bulkEl).querySelector('[part~=examples]')?.textContent)).to.contain(img);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('speaks German', async () => {
    await setDevRegLocale('de');
    const el = await wizard(single, adapterWith());
    expect(stepHeading(el)).to.equal('Schritt 1 von 3: Identity');
    expect(button(el, 'Weiter').disabled).to.be.true;
    expect(reason(el)).to.equal('Zum Fortfahren „Device ID“ prüfen: Geben Sie einen Wert ein.');
    await toGermanSecondPage(el);
    expect(hasButton(el, 'Zurück')).to.be.true;
    expect(hasButton(el, 'Registrieren')).to.be.true;
  });

  /** Wizards for `single` in a provider that gives them `adapter`; each shows its form. */
  async function inProvider(adapter: RegistrationAdapter, wizards: TemplateResult) {
    const provider = await fixture<DevRegProvider>(html`<devreg-provider .adapter=${adapter}>${wizards}</devreg-provider>`);
    const els = [...provider.querySelectorAll<DevRegExtensionWizard>('devreg-extension-wizard')];
    for (const el of els) {
      await waitUntil(() => formOf(el), 'the form');
      await formOf(el).updateComplete;
    }
    return { provider, els };
  }

  /** `metadata` as the service serves it for `lang=de`. */
  const german: ExtensionMetadata = {
    ...metadata,
    title: 'Demo-Protokoll-Gerät',
    pages: [
      { ...identity, title: 'Identität', properties: { ...identity.properties, id: { ...identity.properties.id, title: 'Geräte-ID' } } },
      { ...connection, title: 'Verbindung', properties: { ...connection.properties, port: { ...connection.properties.port, title: 'Anschluss' } } },
    ],
  };

  it('keeps the form when the language changes, and shows its pages and what to fix in the new one', async () => {
    const langs: string[] = [];
    const adapter = new MemoryAdapter({ extensions: [{ extension: single, metadata: (lang) => (langs.push(lang), lang === 'de' ? german : metadata) }] });
    const { provider, els: [el] } = await inProvider(adapter, html`<devreg-extension-wizard .extension=${single}></devreg-extension-wizard>`);
    await toSecondPage(el);
    await type(el, 'Port', '0');
    expect(reason(el)).to.equal('To continue, check “Port”: Enter 1 or more.');

    provider.locale = 'de';
    await waitUntil(() => stepHeading(el) === 'Schritt 2 von 3: Verbindung', 'the page in German');
    await formOf(el).updateComplete;
    expect(el.heading).to.equal('Demo-Protokoll-Gerät');
    expect(reason(el)).to.equal('Zum Fortfahren „Anschluss“ prüfen: Geben Sie 1 oder mehr ein.');
    expect(input(el, 'Anschluss').value).to.equal('0');
    await click(el, 'Zurück');
    expect(input(el, 'Geräte-ID').value).to.equal('dp-0001');
    expect(langs).to.deep.equal(['en', 'de']);
  });

  it('keeps the messages of the fields left when the language changes, worded in the new one', async () => {
    const adapter = new MemoryAdapter({ extensions: [{ extension: single, metadata: (lang) => (lang === 'de' ? german : metadata) }] });
    const { provider, els: [el] } = await inProvider(adapter, html`<devreg-extension-wizard .extension=${single}></devreg-extension-wizard>`);
    await type(el, 'Device ID', 'dp');
    expect(fieldMessage(el, 'Device ID')).to.equal('Enter at least 3 characters.');
    expect(fieldMessage(el, 'Name')).to.be.undefined;

    provider.locale = 'de';
    await waitUntil(() => stepHeading(el) === 'Schritt 1 von 3: Identität', 'the page in German');
    await formOf(el).updateComplete;
    expect(input(el, 'Geräte-ID').value).to.equal('dp');
    expect(fieldMessage(el, 'Geräte-ID')).to.equal('Geben Sie mindestens 3 Zeichen ein.');
    expect(fieldMessage(el, 'Name')).to.be.undefined;
  });

  it('shows why a registration failed in the language of the moment', async () => {
    const failing = adapterWith({
      register: () => {
        throw new RegistrationError({ status: 503, code: 'server', message: '' });
      },
    });
    const lacking = new MemoryAdapter({ extensions: [{ extension: single, metadata }], without: ['registerWithExtension'] });
    const { provider, els } = await inProvider(
      failing,
      html`<devreg-extension-wizard .extension=${single}></devreg-extension-wizard>
        <devreg-extension-wizard .extension=${single} .adapter=${lacking}></devreg-extension-wizard>`,
    );
    for (const el of els) {
      await toSecondPage(el);
      await registerAndWait(el);
    }
    const [el, other] = els;
    expect(stepHeading(el)).to.equal('The device was not registered');
    expect(alertText(el)).to.equal('The service cannot register the device right now.');
    expect(alertText(other)).to.equal('An unexpected error occurred. (This backend does not offer microservice registration forms.)');

    provider.locale = 'de';
    await waitUntil(() => els.every((x) => stepHeading(x) === 'Das Gerät wurde nicht registriert'), 'the summaries in German');
    expect(alertText(el)).to.equal('Der Dienst kann das Gerät gerade nicht registrieren.');
    expect(alertText(other)).to.equal(
      'Ein unerwarteter Fehler ist aufgetreten. (Dieses Backend bietet keine Registrierungsformulare von Microservices an.)',
    );
  });
});

async function toGermanSecondPage(el: DevRegExtensionWizard) {
  await type(el, 'Device ID', 'dp-0001');
  await click(el, 'Weiter');
}

// ---- against the emulator's "Demo protocol" microservice (mounted at /emulator by the test server)

describe('devreg-extension-wizard + CumulocityAdapter + emulator', () => {
  const control = async (path: string, body?: unknown, method = 'POST') => {
    const res = await fetch(`/emulator/__emulator/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`control ${path}: ${res.status}`);
  };
  const adapter = () =>
    new CumulocityAdapter({ baseUrl: '/emulator', auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' }, retries: 0 });

  beforeEach(() => control('reset', {}));
  afterEach(() => control('faults', undefined, 'DELETE'));

  async function demoExtension(type: RegistrationExtension['type']) {
    const extensions = await adapter().listExtensions();
    const found = extensions.find((e) => e.type === type && e.contextPath === 'demo-protocol');
    expect(found, 'the emulator declares the Demo protocol extension').to.exist;
    return found!;
  }

  it('loads the two pages, registers the merged model and shows the answer', async () => {
    const a = adapter();
    const el = await wizard(await demoExtension('extensibleDeviceRegistration'), a);
    expect(el.heading).to.equal('Demo protocol');
    expect(stepHeading(el)).to.equal('Step 1 of 3: Device');
    await type(el, 'Device ID', 'demo-4711');
    await click(el, 'Next');
    expect(stepHeading(el)).to.equal('Step 2 of 3: Connection');
    setTimeout(() => button(el, 'Register').click());
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(event.ids).to.deep.equal(['demo-4711']);
    await waitUntil(() => root(el).querySelector('[part~=answer]'));
    expect(clean(root(el).querySelector('[part~=answer]')?.textContent)).to.contain('Device demo-4711 registered');
    const { requests } = await a.list({ page: 1, pageSize: 100 });
    const request = requests.find((r) => r.id === 'demo-4711');
    expect(request?.type).to.equal('c8y_DemoProtocolDevice');
  });

  it('shows the service\'s 5xx and an unreachable service', async () => {
    const el = await wizard(await demoExtension('extensibleDeviceRegistration'), adapter());
    await type(el, 'Device ID', 'demo-1');
    await click(el, 'Next');
    await control('faults', { rules: [{ method: 'POST', path: '^/service/demo-protocol/deviceRegistration$', status: 503, times: 1 }] });
    button(el, 'Register').click();
    await waitUntil(() => root(el).querySelector('[role=alert]'));
    expect(alertText(el)).to.contain('The service cannot register the device right now.');
    await click(el, 'Fix issue');
    await click(el, 'Next');
    // no `times`: the browser itself repeats a request once when a reused connection drops
    await control('faults', { rules: [{ method: 'POST', path: '^/service/demo-protocol/deviceRegistration$', drop: true }] });
    button(el, 'Register').click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no failure shown', { timeout: 8000 });
    expect(alertText(el)).to.match(/^The service cannot be reached\. If the connection broke after the form was sent/);
  });

  it('says so when the service answers something other than its metadata (a proxy\'s page), instead of an empty form', async () => {
    const extension = await demoExtension('extensibleDeviceRegistration');
    for (const body of [{ hello: 'world' }, '<html><body>Sign in</body></html>']) {
      await control('faults', { rules: [{ method: 'GET', path: '^/service/demo-protocol/deviceRegistration/metadata$', status: 200, body }] });
      const el = await wizard(extension, adapter());
      expect(alertText(el), JSON.stringify(body)).to.contain('The registration form cannot be loaded.');
      expect(alertText(el)).to.contain("The server's answer to the registration form could not be read.");
      expect(hasButton(el, 'Register')).to.equal(false);
      await control('faults', undefined, 'DELETE');
      button(el, 'Retry').click();
      await waitUntil(() => stepHeading(el) === 'Step 1 of 3: Device', 'the form once the service answers it');
    }
  });

  it('does not call a registration the service did not answer in time failed: it may have gone through', async () => {
    const a = new CumulocityAdapter({
      baseUrl: '/emulator',
      auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' },
      retries: 0,
      timeout: 400,
    });
    const el = await wizard(await demoExtension('extensibleDeviceRegistration'), a);
    await type(el, 'Device ID', 'demo-slow');
    await click(el, 'Next');
    // the service registers the device, but answers after the adapter stopped waiting
    await control('faults', { rules: [{ method: 'POST', path: '^/service/demo-protocol/deviceRegistration$', answerAfterMs: 1200, times: 1 }] });
    button(el, 'Register').click();
    await waitUntil(() => root(el).querySelector('[part~=summary]'), 'no summary', { timeout: 5000 });
    expect(clean(root(el).querySelector('[part~=step-heading]')?.textContent)).to.equal('It is not known whether the device was registered');
    expect(alertText(el)).to.equal(
      'The service did not answer in time. The device may have been registered: check the list of registration requests before you try again.',
    );
    await waitUntil(async () => (await a.list({ page: 1, pageSize: 100 })).requests.some((r) => r.id === 'demo-slow'), 'registered after all', { timeout: 5000 });
  });

  it('uploads a file to the bulk endpoint and shows the counts', async () => {
    const el = await wizard(await demoExtension('extensibleBulkDeviceRegistration'), adapter());
    const link = root(el).querySelector<HTMLAnchorElement>('[part~=examples] a')!;
    expect(link.href).to.match(/\/service\/demo-protocol\/deviceRegistration\/example\.csv$/);
    chooseFile(el, new File(['ID;NAME;PROTOCOL_VERSION;PATH\r\ndemo-b1;Meter;v2;\r\ndemo-b2;Meter;v1;\r\n'], 'demo.csv', { type: 'text/csv' }));
    await el.updateComplete;
    setTimeout(() => button(el, 'Upload').click());
    const done: DevRegBulkCompletedEvent<unknown> = await oneEvent(el, 'devreg-bulk-completed');
    expect(done.result).to.include({ numberOfAll: 2, numberOfSuccessful: 2 });
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[part~=counts] > div')].map(entry)[0]).to.equal('Devices in the file 2');
  });

  it('says the service may have processed a file whose upload was cancelled', async () => {
    const a = adapter();
    const el = await wizard(await demoExtension('extensibleBulkDeviceRegistration'), a);
    chooseFile(el, new File(['ID;NAME;PROTOCOL_VERSION;PATH\r\ndemo-c1;Meter;v2;\r\n'], 'demo.csv', { type: 'text/csv' }));
    await el.updateComplete;
    // the service processes the file at once but answers late: the user cancels while waiting
    await control('faults', { rules: [{ method: 'POST', path: '^/service/demo-protocol/deviceRegistration/bulk$', answerAfterMs: 3000, times: 1 }] });
    await click(el, 'Upload');
    await waitUntil(async () => (await a.list({ page: 1, pageSize: 100 })).requests.some((r) => r.id === 'demo-c1'), 'processed', { timeout: 5000 });
    button(el, 'Cancel upload').click();
    await waitUntil(() => !el.busy, 'cancelled');
    await el.updateComplete;
    expect(clean(root(el).querySelector('[part~=status][role=status]')?.textContent)).to.equal(
      'The upload was cancelled. If the whole file had reached the service by then, it may have processed it: check the list of registration requests before you upload it again.',
    );
  });
});
