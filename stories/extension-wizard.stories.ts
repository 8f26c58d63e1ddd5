import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { BulkResult, ExtensionMetadata, RegistrationExtension } from '../src/adapters/registration-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { DevRegExtensionWizard } from '../src/components/extension-wizard/extension-wizard.js';
import type { DevRegSchemaForm } from '../src/components/schema-form/schema-form.js';
import '../src/define/extension-wizard.js';

const single: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleDeviceRegistration', contextPath: 'demo-protocol' };
const bulk: RegistrationExtension = { name: 'Demo protocol', type: 'extensibleBulkDeviceRegistration', contextPath: 'demo-protocol' };

/** Like the emulator's "Demo protocol" microservice: two pages and a bulk upload. */
const metadata: ExtensionMetadata = {
  title: 'Demo protocol',
  description: 'Register devices that speak the demo protocol.',
  pages: [
    {
      type: 'object',
      title: 'Device',
      description: 'Identify the device.',
      required: ['id'],
      properties: {
        id: { type: 'string', title: 'Device ID', description: 'Letters, digits, "-" and "_" (up to 64).', pattern: '^[A-Za-z0-9_-]{1,64}$' },
        name: { type: 'string', title: 'Name', maxLength: 128 },
      },
    },
    {
      type: 'object',
      title: 'Connection',
      description: 'How the device connects.',
      required: ['protocolVersion'],
      properties: {
        protocolVersion: { type: 'string', title: 'Protocol version', enum: ['v1', 'v2'], default: 'v2' },
        port: { type: 'integer', title: 'Port', minimum: 1, maximum: 65535, default: 5683 },
        secure: { type: 'boolean', title: 'Use DTLS', default: true },
      },
    },
  ],
  bulk: {
    title: 'Demo protocol bulk registration',
    exampleFileUrls: [
      { title: 'Example file', description: 'Columns ID, NAME, PROTOCOL_VERSION and PATH, separated by ";".', url: 'deviceRegistration/example.csv' },
    ],
  },
};

const bulkAnswer: BulkResult = {
  numberOfAll: 3,
  numberOfCreated: 2,
  numberOfFailed: 1,
  numberOfSuccessful: 2,
  credentialUpdatedList: [],
  failedCreationList: [{ bulkNewDeviceStatus: 'FAILED', deviceId: 'demo-0003', failureReason: 'Unknown protocol version v3', line: 'demo-0003;Meter 3;v3;' }],
};

const failure = {
  invalid: () => new RegistrationError({ status: 422, code: 'invalid', message: 'Invalid registration: the serial demo-0001 is not in the stock list' }),
  server: () => new RegistrationError({ status: 503, code: 'server', message: 'Database unavailable' }),
  network: () => new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' }),
};

interface Options {
  extension?: RegistrationExtension;
  fail?: keyof typeof failure;
  latency?: number;
  metadataFails?: boolean;
  bulkAnswer?: unknown;
  /** The service never answers an upload. */
  hang?: boolean;
}

function wizard(options: Options = {}) {
  const raise = (): never => {
    throw failure[options.fail!]();
  };
  const adapter = new MemoryAdapter({
    latency: options.latency ?? 300,
    extensions: [single, bulk].map((extension) => ({
      extension,
      metadata,
      register: (model: unknown) => (options.fail ? raise() : { ...(model as object), status: 'WAITING_FOR_CONNECTION', message: 'Device registered' }),
      bulkRegister: () =>
        options.hang ? new Promise<never>(() => undefined) : options.fail ? raise() : (options.bulkAnswer ?? bulkAnswer),
    })),
    failures: options.metadataFails ? { getExtensionMetadata: failure.server() } : {},
  });
  return html`<devreg-extension-wizard style="max-width: 44rem" .adapter=${adapter} .extension=${options.extension ?? single}></devreg-extension-wizard>`;
}

async function until(condition: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function wizardIn(canvas: HTMLElement): Promise<DevRegExtensionWizard> {
  await customElements.whenDefined('devreg-extension-wizard');
  const el = canvas.querySelector('devreg-extension-wizard')!;
  await until(() => !!el.shadowRoot?.querySelector('[part~=step], [role=alert]'));
  return el;
}

async function press(el: DevRegExtensionWizard, name: string): Promise<void> {
  const find = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name && !b.disabled);
  await until(() => !!find());
  find()!.click();
  await el.updateComplete;
}

async function fill(el: DevRegExtensionWizard, label: string, value: string): Promise<void> {
  await until(() => !!el.shadowRoot!.querySelector('devreg-schema-form'));
  const form = el.shadowRoot!.querySelector<DevRegSchemaForm>('devreg-schema-form')!;
  await form.updateComplete;
  const l = [...form.shadowRoot!.querySelectorAll('label')].find((x) => x.textContent?.replace('*', '').trim() === label)!;
  const input = form.shadowRoot!.getElementById(l.htmlFor) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await form.updateComplete;
}

async function register(el: DevRegExtensionWizard): Promise<void> {
  await fill(el, 'Device ID', 'demo-0001');
  await fill(el, 'Name', 'Meter 1');
  await press(el, 'Next');
  await press(el, 'Register');
  await until(() => !!el.shadowRoot!.querySelector('[part~=summary]'));
}

async function upload(el: DevRegExtensionWizard): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File(['ID;NAME;PROTOCOL_VERSION;PATH\r\ndemo-0001;Meter 1;v2;\r\n'], 'demo.csv', { type: 'text/csv' }));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await press(el, 'Upload');
}

const meta: Meta = {
  title: 'Wizards/Extension wizard',
  component: 'devreg-extension-wizard',
  parameters: {
    docs: {
      description: {
        component:
          "Renders a microservice's registration form from its metadata: JSON Schema pages one step at a time, or its CSV upload, then the service's answer. Everything the service sends is shown as text.",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** While the metadata loads. */
export const Loading: Story = {
  render: () => wizard({ latency: 1e9 }),
};

/** The first page: "Next" is disabled and says why. */
export const SingleFirstPage: Story = {
  render: () => wizard(),
};

/** The second (last) page, after "Next": "Back" keeps the values, "Register" sends them all. */
export const SingleSecondPage: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await fill(el, 'Device ID', 'demo-0001');
    await press(el, 'Next');
  },
};

/** The service registered the device: its answer as a key/value list. */
export const SingleSuccess: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => register(await wizardIn(canvasElement)),
};

/** A 4xx answer: the service's own message, and "Fix issue". */
export const SingleRejected: Story = {
  render: () => wizard({ fail: 'invalid' }),
  play: async ({ canvasElement }) => register(await wizardIn(canvasElement)),
};

/** A 5xx answer: the service cannot register right now, with its detail. */
export const SingleServerError: Story = {
  render: () => wizard({ fail: 'server' }),
  play: async ({ canvasElement }) => register(await wizardIn(canvasElement)),
};

/** No answer at all. */
export const SingleUnreachable: Story = {
  render: () => wizard({ fail: 'network' }),
  play: async ({ canvasElement }) => register(await wizardIn(canvasElement)),
};

/** The metadata could not be loaded: "Retry". */
export const MetadataError: Story = {
  render: () => wizard({ metadataFails: true }),
};

/** Bulk: the file step with the service's example files. */
export const BulkFileStep: Story = {
  render: () => wizard({ extension: bulk }),
};

/** Bulk: uploading, with the progress bar and "Cancel upload" (this service never answers). */
export const BulkUploading: Story = {
  render: () => wizard({ extension: bulk, hang: true }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
  },
};

/** Bulk: a BulkResult-shaped answer, as counts and failed lines. */
export const BulkResultCounts: Story = {
  render: () => wizard({ extension: bulk }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
    await until(() => !!el.shadowRoot!.querySelector('[part~=summary]'));
  },
};

/** Bulk: any other answer, as a key/value list. */
export const BulkOtherAnswer: Story = {
  render: () => wizard({ extension: bulk, bulkAnswer: { accepted: 3, jobId: 'job-42', note: 'Devices appear within a minute' } }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
    await until(() => !!el.shadowRoot!.querySelector('[part~=summary]'));
  },
};

/** Bulk: the service rejected the file (4xx). */
export const BulkRejected: Story = {
  render: () => wizard({ extension: bulk, fail: 'invalid' }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
  },
};

/** Bulk: 5xx. */
export const BulkServerError: Story = {
  render: () => wizard({ extension: bulk, fail: 'server' }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
  },
};

/** Bulk: no answer. */
export const BulkUnreachable: Story = {
  render: () => wizard({ extension: bulk, fail: 'network' }),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await upload(el);
  },
};
