// The extension wizard's parts loaded on first use, and the adapter's, over a connection that drops:
// the test server drops their module fetch, then lets it through. Browsers no longer keep a failed
// module fetch (whatwg/html#10327), so Retry, Register, Upload or Try again loads the part, and
// nothing typed or chosen is lost.
// Each test drops a part no other test in this file loads before it (a page loads a module once).
import '../helpers/lit-warnings.js';
import { root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
import { emulatorAdapter, resetEmulator } from '../helpers/emulator.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { ExtensionMetadata, RegistrationAdapter, RegistrationExtension } from '../../src/adapters/registration-adapter.js';
import type { DevRegExtensionWizard } from '../../src/components/extension-wizard/extension-wizard.js';
import type { DevRegSchemaForm } from '../../src/components/schema-form/schema-form.js';
import '../../src/define/extension-wizard.js';
import type { DevRegBulkCompletedEvent } from '../../src/events/devreg-bulk-completed.js';
import type { DevRegRegisteredEvent } from '../../src/events/devreg-registered.js';

const single: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' };
const bulk: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleBulkDeviceRegistration', contextPath: 'demo-protocol' };

const metadata: ExtensionMetadata = {
  title: 'Demo protocol device',
  pages: [{ title: 'Identity', type: 'object', required: ['id'], properties: { id: { type: 'string', title: 'Device ID' } } }],
  bulk: { title: 'Upload demo devices', exampleFileUrls: [] },
};

/** A MemoryAdapter with the two demo extensions; `received` gets each model or file sent. */
function memoryAdapter(received: unknown[] = []): MemoryAdapter {
  const ext = (extension: RegistrationExtension) => ({
    extension,
    metadata,
    register: (model: unknown) => (received.push(model), { id: 'answer-id' }),
    bulkRegister: (file: Blob) => (received.push(file), { accepted: 1 }),
  });
  return new MemoryAdapter({ extensions: [ext(single), ext(bulk)] });
}

/** The emulator's "Demo protocol" microservice (mounted at /emulator by the test server). */
/** A fresh emulator and an adapter signed in to it. */
async function freshEmulatorAdapter(): Promise<CumulocityAdapter> {
  await resetEmulator();
  return emulatorAdapter();
}

const stepHeading = (el: DevRegExtensionWizard) => text(root(el).querySelector('[part~=step-heading]'));
const alertText = (el: DevRegExtensionWizard) => text(root(el).querySelector('[role=alert]'));

function button(el: DevRegExtensionWizard, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function field(el: DevRegExtensionWizard, label: string): HTMLInputElement {
  const form = root(el).querySelector<DevRegSchemaForm>('devreg-schema-form')!;
  const l = [...root(form).querySelectorAll('label')].find((x) => text(x).replace(/\s*\*$/, '') === label)!;
  return root(form).getElementById(l.htmlFor) as HTMLInputElement;
}

async function type(el: DevRegExtensionWizard, label: string, value: string) {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await root(el).querySelector<DevRegSchemaForm>('devreg-schema-form')!.updateComplete;
  await el.updateComplete;
}

function chooseFile(el: DevRegExtensionWizard, file: File) {
  const input = root(el).querySelector<HTMLInputElement>('#file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function wizard(extension: RegistrationExtension, adapter: RegistrationAdapter): Promise<DevRegExtensionWizard> {
  const el = await fixture<DevRegExtensionWizard>(html`<devreg-extension-wizard .adapter=${adapter} .extension=${extension}></devreg-extension-wizard>`);
  await waitUntil(() => root(el).querySelector('[part~=step], [role=alert]'), 'the form or why not');
  await el.updateComplete;
  return el;
}

const formFailed = 'The registration form cannot be loaded. Part of this form could not be loaded. Check the connection, then try again.';

describe('the extension wizard after a dropped connection', () => {
  restoreFetchesAfterEach();

  it('the pages: Retry shows the form, and the focus follows', async () => {
    await failFetches('/extension-wizard/pages.');
    const el = await wizard(single, memoryAdapter());
    expect(alertText(el)).to.equal(formFailed);

    button(el, 'Retry').focus();
    button(el, 'Retry').click(); // still dropped: the message and the button come back, and the focus to it
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]'), 'loading').to.equal(null);
    await waitUntil(() => alertText(el) === formFailed, 'the message again');
    await waitUntil(() => root(el).activeElement?.textContent?.trim() === 'Retry', 'the focus on Retry again');

    await restoreFetches();
    button(el, 'Retry').click();
    await waitUntil(() => stepHeading(el) === 'Step 1 of 2: Identity', 'the first page');
    await waitUntil(() => root(el).activeElement?.matches('[part~=step-heading]'), 'the focus on the step heading');
  });

  it('the file step: Retry shows it', async () => {
    await failFetches('/extension-wizard/file-step.');
    const el = await wizard(bulk, memoryAdapter());
    expect(alertText(el)).to.equal(formFailed);

    await restoreFetches();
    button(el, 'Retry').click();
    await waitUntil(() => stepHeading(el) === 'Upload demo devices', 'the file step');
  });

  it('the summary: Register again registers, with the values typed before the failure', async () => {
    const received: unknown[] = [];
    const el = await wizard(single, memoryAdapter(received));
    await type(el, 'Device ID', 'lr-1');
    await failFetches('/extension-wizard/summary.');
    button(el, 'Register').click();
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the message');
    expect(alertText(el)).to.equal('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.');
    expect(received, 'nothing was sent').to.deep.equal([]);
    expect(field(el, 'Device ID').value, 'the value typed is kept').to.equal('lr-1');

    await restoreFetches();
    setTimeout(() => button(el, 'Register').click());
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(event.ids).to.deep.equal(['lr-1']);
    expect(received).to.deep.equal([{ id: 'lr-1' }]);
    await waitUntil(() => stepHeading(el) === 'The device was registered', 'the summary');
  });

  it("the adapter's extension calls: Retry loads the form, which then registers", async () => {
    const adapter = await freshEmulatorAdapter();
    await failFetches('/adapters/cumulocity/extensions.');
    const el = await wizard(single, adapter);
    expect(alertText(el)).to.equal(
      'The registration form cannot be loaded. Part of this page could not be loaded. Check the connection, then try again.',
    );

    await restoreFetches();
    button(el, 'Retry').click();
    await waitUntil(() => stepHeading(el) === 'Step 1 of 3: Device', 'the first page');
    await type(el, 'Device ID', 'lr-2');
    button(el, 'Next').click();
    await el.updateComplete;
    setTimeout(() => button(el, 'Register').click());
    const event: DevRegRegisteredEvent = await oneEvent(el, 'devreg-registered');
    expect(event.ids).to.deep.equal(['lr-2']);
  });

  it("the adapter's upload: Try again uploads the file chosen before the failure", async () => {
    const el = await wizard(bulk, await freshEmulatorAdapter());
    chooseFile(el, new File(['ID;NAME;PROTOCOL_VERSION;PATH\r\nlr-b1;Meter;v2;\r\n'], 'demo.csv', { type: 'text/csv' }));
    await el.updateComplete;
    await failFetches('/adapters/cumulocity/upload.');
    button(el, 'Upload').click();
    await waitUntil(() => stepHeading(el) === 'The upload failed', 'the failure');
    expect(alertText(el)).to.equal('Part of this page could not be loaded. Check the connection, then try again.');
    expect(button(el, 'Fix issue'), 'the way back to the file').to.exist;

    await restoreFetches();
    setTimeout(() => button(el, 'Try again').click());
    const done: DevRegBulkCompletedEvent<unknown> = await oneEvent(el, 'devreg-bulk-completed');
    expect(done.result).to.include({ numberOfAll: 1, numberOfSuccessful: 1 });
  });
});
