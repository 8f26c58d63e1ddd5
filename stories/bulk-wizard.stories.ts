import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { DevRegBulkWizard } from '../src/components/bulk-wizard/bulk-wizard.js';
import { setCsvWorkerUrl } from '../src/csv/worker-url.js';
import '../src/define/bulk-wizard.js';

/** A full-format file with a few rows the preview rejects. */
const FULL_WITH_ERRORS = [
  'ID;CREDENTIALS;TYPE;NAME;PATH;SHELL;AUTH_TYPE;c8y_Hardware.model',
  'pump-001;Secret-pass-001;c8y_Pump;Pump 1;Plant A/Hall 1;1;BASIC;P-100',
  'pump-002;Secret-pass-002;c8y_Pump;Pump 2;Plant A/Hall 1;0;BASIC;P-100',
  'pump-003;;c8y_Pump;Pump 3;Plant A/Hall 2;;BASIC;P-200',
  'cam-001;;c8y_Camera;Camera 1;;;CERTIFICATES;C-1',
  'pump-002;Secret-pass-004;c8y_Pump;Pump 4;;;BASIC;P-100',
  'pump-005;Secret-pass-005;;;Plant B;;;P-300',
  'pump-006;Secret-pass-006;c8y_Pump;Pump 6;;2;TOKEN;P-300',
  ';Secret-pass-007;c8y_Pump;Pump 7;;;;P-300',
].join('\r\n');

const simple = (n: number) => ['ID;PATH', ...Array.from({ length: n }, (_, i) => `sensor-${i + 1};Building ${(i % 3) + 1}/Floor ${(i % 5) + 1}`)].join('\n');

const wizard = (options: MemoryAdapterOptions = {}, chunkSize = 500) =>
  html`<devreg-bulk-wizard .adapter=${new MemoryAdapter(options)} chunk-size=${chunkSize} retry-delay="300" style="max-width: 60rem"></devreg-bulk-wizard>`;

async function wizardIn(canvas: HTMLElement): Promise<DevRegBulkWizard> {
  await customElements.whenDefined('devreg-bulk-wizard');
  const el = canvas.querySelector('devreg-bulk-wizard')!;
  await el.updateComplete;
  return el;
}

/** Picks a file as a user would (through the "CSV file" input). */
function pick(el: DevRegBulkWizard, name: string, content: string): void {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type: 'text/csv' }));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses a file and waits for its preview. */
async function choose(el: DevRegBulkWizard, name: string, content: string): Promise<void> {
  pick(el, name, content);
  await until(() => el.shadowRoot!.querySelector('[part~=preview-step]') !== null);
}

async function press(el: DevRegBulkWizard, name: string): Promise<void> {
  await until(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === name && !b.disabled));
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!.click();
  await el.updateComplete;
}

async function until(condition: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const meta: Meta = {
  title: 'Wizards/Bulk wizard',
  component: 'devreg-bulk-wizard',
  parameters: {
    docs: {
      description: {
        component:
          'Registers devices from a CSV file: reads it off the main thread, previews every row with its errors, uploads the valid rows in chunks (retrying and resuming), and lists the result by line.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The first step: the "CSV file" input (drop a file too) and the template downloads. */
export const FileStep: Story = {
  render: () => wizard(),
};

/** A full-format file: encoding, separator (change it to re-read), format, custom properties, and the invalid rows. */
export const PreviewWithErrors: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'pumps.csv', FULL_WITH_ERRORS);
  },
};

/** 20,000 rows: the table renders only what is in view. */
export const LargeFilePreview: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'sensors.csv', simple(20_000));
  },
};

/** A file that cannot be used: the message says why. */
export const UnusableFile: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'devices.csv', 'NAME;PATH\nPump;Plant A\n');
  },
};

/**
 * A site that does not serve the CSV reader's worker script (the host's build did not deploy
 * `csv-worker.js`): the wizard says so, without "Try again", and keeps the file chosen.
 */
export const ReaderMissing: Story = {
  render: () => wizard(),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    setCsvWorkerUrl('/no-such-folder/csv-worker.js'); // (a page of this origin that is not the worker)
    try {
      pick(el, 'devices.csv', simple(3));
      await until(() => el.shadowRoot!.querySelector('[part~=notice]') !== null);
    } finally {
      setCsvWorkerUrl(undefined);
    }
  },
};

/** Uploading: progress bar, rows done, time left and "Cancel upload" (the backend is slow). */
export const Uploading: Story = {
  render: () => wizard({ latency: 1500 }, 100),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'sensors.csv', simple(1000));
    await press(el, 'Upload');
  },
};

/** The result: created, failed on the server (already registered) and invalid rows, by line; "Download failed rows". */
export const Result: Story = {
  render: () => wizard({ requests: [{ id: 'sensor-3' }, { id: 'sensor-7' }] }, 4),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'sensors.csv', simple(12) + '\n;Building 9\nsensor-1;Building 1\n');
    await press(el, 'Upload');
  },
};

/** The network keeps failing for the second chunk: after the retries the upload stops; "Resume upload" continues there. */
export const Failed: Story = {
  render: () =>
    wizard(
      {
        failures: {
          bulkRegister: (file) =>
            (file as File).name.endsWith('-2.csv')
              ? new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' })
              : undefined,
        },
      },
      5,
    ),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'sensors.csv', simple(15));
    await press(el, 'Upload');
  },
};

/** "Cancel upload" pressed: the upload stopped after the current chunk and says what was not sent. */
export const Cancelled: Story = {
  render: () => wizard({ latency: 400 }, 5),
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    await choose(el, 'sensors.csv', simple(20));
    await press(el, 'Upload');
    await press(el, 'Cancel upload');
  },
};
