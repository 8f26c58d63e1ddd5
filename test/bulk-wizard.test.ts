import './helpers/lit-warnings.js';
import { root, text } from './helpers/dom.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/bulk-wizard.js';
import { BULK_WIZARD_PARTS, type DevRegBulkWizard, type BulkWizardResult } from '../src/components/bulk-wizard/bulk-wizard.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory-adapter.js';
import type { MergedBulkResult } from '../src/csv/merge-results.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import type { BulkOptions, BulkResult } from '../src/adapters/registration-adapter.js';
import type { DevRegBulkCompletedEvent } from '../src/events/devreg-bulk-completed.js';
import type { DevRegErrorEvent } from '../src/events/devreg-error.js';
import { WizardStateChangeEvent } from '../src/internal/wizard-state.js';
import { setDevRegLocale } from '../src/i18n/localization.js';
import { loadCsvFixture } from './fixtures/csv/load.js';
import { ChunkedUpload, type UploadProgress } from '../src/components/bulk-wizard/chunked-upload.js';
import { analyzeHeader } from '../src/csv/headers.js';
import type { CsvRow } from '../src/csv/types.js';

const part = (el: DevRegBulkWizard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

function button(el: DevRegBulkWizard, name: string): HTMLButtonElement | undefined {
  return [...root(el).querySelectorAll('button')].find((b) => text(b) === name);
}

function fileInput(el: DevRegBulkWizard): HTMLInputElement {
  const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
  expect(input, 'file input').to.exist;
  return input;
}

function csv(name: string, content: string): File {
  return new File([content], name, { type: 'text/csv' });
}

/** Picks a file in the file input, without waiting for what follows. */
function pick(el: DevRegBulkWizard, file: File): void {
  const dt = new DataTransfer();
  dt.items.add(file);
  const input = fileInput(el);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function choose(el: DevRegBulkWizard, file: File): Promise<void> {
  pick(el, file);
  await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
  await el.updateComplete;
}

/**
 * Runs `body` while the wizard's part `name` cannot be loaded (as after a new deployment removed
 * its chunk), with what the wizard logs through console.error collected; `restore()` makes the
 * part loadable again.
 */
async function whilePartFails(
  name: keyof typeof BULK_WIZARD_PARTS,
  failed: Error,
  body: (logged: unknown[], restore: () => void) => Promise<void>,
): Promise<void> {
  const parts = { ...BULK_WIZARD_PARTS };
  const restore = () => void Object.assign(BULK_WIZARD_PARTS, parts);
  Object.assign(BULK_WIZARD_PARTS, { [name]: () => Promise.reject(failed) });
  const logged: unknown[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => logged.push(args[1]);
  try {
    await body(logged, restore);
  } finally {
    restore();
    console.error = consoleError;
  }
}

/** The rows the virtualized table rendered (it renders after layout). */
async function tableRows(el: DevRegBulkWizard, expectAtLeast = 1): Promise<HTMLElement[]> {
  await waitUntil(() => root(el).querySelectorAll('[part~="rows"] [part~="row"]').length >= expectAtLeast, 'rows rendered', {
    timeout: 3000,
  });
  return [...root(el).querySelectorAll<HTMLElement>('[part~="rows"] [part~="row"]')];
}

/** Records every bulkRegister call's CSV, then lets the adapter answer. */
function recordUploads(adapter: MemoryAdapter): string[] {
  const sent: string[] = [];
  const original = adapter.bulkRegister.bind(adapter);
  adapter.bulkRegister = async (file: Blob, options?: BulkOptions): Promise<BulkResult> => {
    sent.push(await file.text());
    return original(file, options);
  };
  return sent;
}

/** A downloaded file's text; checks that it starts with a UTF-8 BOM (which Blob.text() drops). */
async function downloadedText(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
}

/** Captures the Blobs offered for download. */
function captureDownloads(): { blobs: Blob[]; restore: () => void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return original(obj);
  };
  return { blobs, restore: () => (URL.createObjectURL = original) };
}

async function registeredIds(adapter: MemoryAdapter): Promise<string[]> {
  const { requests } = await adapter.list({ page: 1, pageSize: 2000 });
  return requests.map((r) => r.id).sort();
}

const SIMPLE = (n: number, from = 1) =>
  'ID;PATH\n' + Array.from({ length: n }, (_, i) => `dev-${i + from};Group A`).join('\n') + '\n';

/** The next devreg-bulk-completed event, its result typed. */
async function nextResult(el: DevRegBulkWizard): Promise<{ result: BulkWizardResult; detail: { result: unknown } }> {
  const event = await oneEvent<DevRegBulkCompletedEvent<BulkWizardResult>>(el, 'devreg-bulk-completed');
  expect(event.bubbles && event.composed).to.be.true;
  return { result: event.result, detail: event.detail };
}

const networkError = () => new RegistrationError({ status: 0, code: 'network', message: 'Failed to fetch' });

/** What has the focus (through shadow roots), as a failing assertion should say it: `BODY`, or the tag and the text. */
function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !active || active === document.body ? 'BODY' : `${active.tagName} ${text(active)}`;
}

/** After the next frame: when the browser has dropped the focus of a control that was disabled. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('devreg-bulk-wizard', () => {
  afterEach(async () => {
    await setDevRegLocale('en');
  });

  it('starts with the file step: heading, labelled file input, templates; does not load the CSV worker yet', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    expect(el.heading).to.equal('Bulk device registration');
    expect(text(root(el).querySelector('h2'))).to.equal('Bulk device registration');
    expect(el.hasUnsavedInput).to.be.false;
    expect(el.busy).to.be.false;
    const input = fileInput(el);
    expect(text(root(el).querySelector(`label[for="${input.id}"]`))).to.equal('CSV file');
    expect(button(el, 'Download simple template')).to.exist;
    expect(button(el, 'Download full template')).to.exist;
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => /csv-worker|papaparse|parse-client/.test(n))).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('downloads the templates exactly as specified', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard></devreg-bulk-wizard>`);
    const downloads = captureDownloads();
    try {
      button(el, 'Download simple template')!.click();
      button(el, 'Download full template')!.click();
    } finally {
      downloads.restore();
    }
    expect(downloads.blobs).to.have.length(2);
    expect(await downloads.blobs[0].text()).to.equal('"ID";"PATH"');
    expect(await downloads.blobs[1].text()).to.equal(
      '"ID";"CREDENTIALS";"TYPE";"NAME";"ICCID";"IDTYPE";"PATH";"SHELL";"AUTH_TYPE"',
    );
  });

  it('shows the preview: encoding, separator, format with its meaning, custom properties, counts, errors; credentials masked', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    const stateEvents: Event[] = [];
    el.addEventListener(WizardStateChangeEvent.eventName, (e) => stateEvents.push(e));
    await choose(el, await loadCsvFixture('full-invalid.csv'));
    expect(el.hasUnsavedInput).to.be.true;
    expect(stateEvents.length).to.be.greaterThan(0);
    expect(text(part(el, 'encoding'))).to.equal('UTF-8');
    expect(text(part(el, 'format'))).to.equal(
      'Full: Creates the devices directly with their credentials. There is no acceptance step.',
    );
    expect(text(part(el, 'custom-properties'))).to.equal('c8y_Hardware.serialNumber');
    const select = root(el).querySelector<HTMLSelectElement>('select')!;
    expect(text(root(el).querySelector(`label[for="${select.id}"]`))).to.equal('Separator');
    expect(select.value).to.equal(';');
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 3');
    expect(text(part(el, 'invalid-count'))).to.equal('Invalid rows: 5');
    const danger = getComputedStyle(part(el, 'invalid-count')!).color;
    expect(danger, 'invalid rows: the count is marked').to.not.equal(getComputedStyle(part(el, 'valid-count')!).color);
    const rows = await tableRows(el, 8);
    expect(rows).to.have.length(8);
    expect(text(rows[2])).to.contain('CREDENTIALS is required unless AUTH_TYPE is CERTIFICATES.');
    expect(root(el).textContent).not.to.contain('secret-pass');
    expect(text(rows[0])).to.contain('••••');
    await expect(el).to.be.accessible();
  });

  it('reads a dropped file, and "Show only invalid rows" filters the table', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    const dt = new DataTransfer();
    dt.items.add(await loadCsvFixture('duplicate-ids.csv'));
    part(el, 'drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await waitUntil(() => part(el, 'preview-step'), 'preview', { timeout: 5000 });
    expect(await tableRows(el, 3)).to.have.length(3);
    const checkbox = part(el, 'only-invalid')!.querySelector('input')!;
    expect(text(part(el, 'only-invalid'))).to.equal('Show only invalid rows');
    checkbox.click();
    await el.updateComplete;
    await waitUntil(() => root(el).querySelectorAll('[part~="rows"] [part~="row"]').length === 1, 'filtered');
    const [row] = await tableRows(el);
    expect(text(row)).to.contain('The ID device-1 appears more than once (first on line 2).');
    expect(row.getAttribute('part')).to.contain('invalid-row');
  });

  it('the separator override re-reads the file', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', 'ID,PATH;X\nd1,A;B\n'));
    expect(text(part(el, 'problem'))).to.equal('The required column ID is missing from the header line.');
    expect(part(el, 'problem')!.getAttribute('role')).to.equal('alert');
    expect(button(el, 'Upload')!.disabled).to.be.true;
    const select = root(el).querySelector<HTMLSelectElement>('select')!;
    select.value = ',';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => part(el, 'valid-count'), 're-read', { timeout: 5000 });
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 1');
    expect(text(part(el, 'invalid-count'))).to.equal('Invalid rows: 0');
    expect(getComputedStyle(part(el, 'invalid-count')!).color, 'no invalid row: nothing marked').to.equal(
      getComputedStyle(part(el, 'valid-count')!).color,
    );
    expect(root(el).querySelector<HTMLSelectElement>('select')!.value).to.equal(',');
    expect(text(part(el, 'separator'))).to.contain('Chosen by you.');
    const [row] = await tableRows(el);
    expect(text(row)).to.contain('A;B');
    expect(button(el, 'Upload')!.disabled).to.be.false;
  });

  for (const [name, message] of [
    ['empty.csv', 'The file is empty.'],
    ['header-only.csv', 'The file has a header line but no devices.'],
    ['binary.csv.b64', 'This is not a CSV file: it contains binary data.'],
    ['wrong-separator.csv', 'The header line "ID|PATH" is not split into columns'],
    ['unbalanced-quotes.csv', 'Line 2 opens a double quote (") that is never closed'],
    ['missing-id-column.csv', 'The required column ID is missing from the header line.'],
  ] as const) {
    it(`explains a bad file: ${name}`, async () => {
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
      await choose(el, await loadCsvFixture(name));
      expect(text(part(el, 'problem'))).to.contain(message);
      expect(button(el, 'Upload')!.disabled).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('shows notices and Windows-1252 names', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await choose(el, await loadCsvFixture('windows-1252.csv.b64'));
    expect(text(part(el, 'encoding'))).to.equal('Windows-1252 (ANSI)');
    const rows = await tableRows(el, 2);
    expect(text(rows[0])).to.contain('Müller Pumpe');
    button(el, 'Choose another file')!.click();
    await el.updateComplete;
    await choose(el, await loadCsvFixture('blank-lines.csv'));
    expect(text(part(el, 'notices'))).to.equal('3 blank lines were skipped.');
  });

  it('uploads only the valid rows in chunks, with progress, and reports the merged result', async () => {
    const adapter = new MemoryAdapter({ latency: 40 });
    const sent = recordUploads(adapter);
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2"></devreg-bulk-wizard>`,
    );
    await choose(el, csv('devices.csv', SIMPLE(5) + ';Group B\n'));
    expect(text(part(el, 'invalid-count'))).to.equal('Invalid rows: 1');
    const completed = nextResult(el);
    button(el, 'Upload')!.click();
    await waitUntil(() => root(el).querySelector('[role=progressbar]'), 'progressbar');
    const bar = root(el).querySelector('[role=progressbar]')!;
    expect(bar.getAttribute('aria-valuemax')).to.equal('5');
    expect(el.busy).to.be.true;
    await expect(el).to.be.accessible();
    const seen = new Set<string>();
    await waitUntil(() => {
      const now = root(el).querySelector('[role=progressbar]')?.getAttribute('aria-valuenow');
      if (now) seen.add(now);
      return part(el, 'result-step');
    }, 'result', { timeout: 5000, interval: 5 });
    expect([...seen].some((v) => v !== '0' && v !== '5'), `intermediate progress in ${[...seen].join(',')}`).to.be.true;
    const event = await completed;
    const result = event.result;
    expect(sent).to.have.length(3);
    expect(sent[0]).to.equal('ID;PATH\r\ndev-1;Group A\r\ndev-2;Group A\r\n');
    expect(sent[2]).to.equal('ID;PATH\r\ndev-5;Group A\r\n');
    expect(result.numberOfCreated).to.equal(5);
    expect(result.complete).to.be.true;
    expect((event.detail.result as BulkWizardResult).chunksTotal).to.equal(3);
    expect(text(part(el, 'created'))).to.equal('5');
    expect(text(part(el, 'invalid'))).to.equal('1');
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2', 'dev-3', 'dev-4', 'dev-5']);
    expect(el.busy).to.be.false;
    expect(el.hasUnsavedInput).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('says why when the preview cannot be loaded; the file stays chosen, and "Try again" reads it', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module');
    await whilePartFails('preview', failed, async (logged, restore) => {
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
      pick(el, csv('devices.csv', SIMPLE(2)));
      await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
      expect(text(part(el, 'notice'))).to.equal('Part of this form could not be loaded. Check the connection, then try again.');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'file-step')).to.exist;
      expect(part(el, 'reading')).to.equal(null);
      expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;
      expect(logged).to.deep.equal([failed]);
      await expect(el).to.be.accessible();

      restore();
      button(el, 'Try again')!.click();
      await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
      expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
      expect(part(el, 'notice')).to.equal(null);
      expect(root(el).activeElement, 'the focus moved to the step heading').to.equal(part(el, 'step-heading'));
    });
  });

  it('says why when the CSV reader cannot be loaded, without blaming the file; the file stays chosen, and "Try again" reads it', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module: https://example.com/assets/parse-client-XXXX.js');
    await whilePartFails('parse', failed, async (logged, restore) => {
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
      pick(el, csv('devices.csv', SIMPLE(2)));
      await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
      expect(text(part(el, 'notice'))).to.equal('Part of this form could not be loaded. Check the connection, then try again.');
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'file-step')).to.exist;
      expect(part(el, 'problem')).to.equal(null);
      expect(part(el, 'reading')).to.equal(null);
      expect(root(el).textContent).not.to.contain('parse-client');
      expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;
      expect(logged).to.deep.equal([failed]);
      await expect(el).to.be.accessible();

      restore();
      button(el, 'Try again')!.click();
      await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
      expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
      expect(part(el, 'notice')).to.equal(null);
    });
  });

  it('sends nothing and says why when the upload part cannot be loaded; a later "Upload" works', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module');
    await whilePartFails('upload', failed, async (logged, restore) => {
      const adapter = new MemoryAdapter();
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter}></devreg-bulk-wizard>`);
      await choose(el, csv('devices.csv', SIMPLE(2)));
      button(el, 'Upload')!.click();
      await waitUntil(() => part(el, 'notice'), 'the notice appears');
      expect(text(part(el, 'notice'))).to.equal(
        'Nothing was sent: part of this form could not be loaded. Check the connection, then try again.',
      );
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'preview-step')).to.exist;
      expect(await registeredIds(adapter)).to.deep.equal([]);
      expect(el.busy).to.be.false;
      expect(el.hasUnsavedInput).to.be.true;
      expect(logged.length).to.be.greaterThan(0);
      expect(logged.every((e) => e === failed)).to.be.true;
      await expect(el).to.be.accessible();

      restore();
      const completed = nextResult(el);
      button(el, 'Upload')!.click();
      const { result } = await completed;
      expect(result.numberOfCreated).to.equal(2);
      await waitUntil(() => part(el, 'result-step'), 'the result step');
      expect(part(el, 'notice')).to.equal(null);
      expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2']);
    });
  });

  it('shows rows done and the time left while uploading', async () => {
    const adapter = new MemoryAdapter({ latency: 60 });
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="1"></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(4)));
    button(el, 'Upload')!.click();
    await waitUntil(() => /About \d+ seconds? left/.test(text(part(el, 'time-left'))), 'time left', { timeout: 3000, interval: 5 });
    expect(text(part(el, 'rows-done'))).to.match(/^\d of 4 rows sent$/);
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
  });

  it('retries a chunk that fails on the network, then goes on', async () => {
    let failuresLeft = 2;
    const adapter = new MemoryAdapter({
      failures: { bulkRegister: () => (failuresLeft-- > 0 ? networkError() : undefined) },
    });
    const sent = recordUploads(adapter);
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2" retry-delay="30"></devreg-bulk-wizard>`,
    );
    await choose(el, csv('devices.csv', SIMPLE(3)));
    button(el, 'Upload')!.click();
    await waitUntil(() => /Trying again in/.test(text(part(el, 'upload-status'))), 'retry shown', { interval: 2 });
    expect(text(part(el, 'upload-status'))).to.contain('Chunk 1 failed: The server cannot be reached.');
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
    expect(sent).to.have.length(4); // chunk 1 three times (two failures), chunk 2 once
    expect(text(part(el, 'outcome'))).to.equal('The upload is complete.');
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2', 'dev-3']);
  });

  it('gives up after the retries, and "Resume upload" continues without re-sending chunks', async () => {
    let failChunk2 = true;
    const adapter = new MemoryAdapter({
      failures: {
        bulkRegister: (file: unknown) => (failChunk2 && (file as File).name.endsWith('-2.csv') ? networkError() : undefined),
      },
    });
    const sent = recordUploads(adapter);
    const errors: Event[] = [];
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2" retries="2" retry-delay="5" @devreg-error=${(e: Event) => errors.push(e)}></devreg-bulk-wizard>`,
    );
    await choose(el, csv('devices.csv', SIMPLE(5)));
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'stopped', { timeout: 5000 });
    expect(part(el, 'outcome')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'outcome'))).to.equal(
      'The upload stopped: chunk 2 of 3 could not be sent. The server cannot be reached. Check the connection and try again. 2 of 5 rows were sent; 3 rows were not sent. "Resume upload" continues with that chunk.',
    );
    expect(errors).to.have.length(1);
    expect(sent).to.have.length(4); // chunk 1, chunk 2 three times
    expect(el.hasUnsavedInput).to.be.true;
    await expect(el).to.be.accessible();

    failChunk2 = false;
    const completed = nextResult(el);
    button(el, 'Resume upload')!.click();
    const { result } = await completed;
    expect(result.complete).to.be.true;
    expect(result.numberOfCreated).to.equal(5);
    expect(result.numberOfFailed).to.equal(0);
    const ids = sent.flatMap((csvText, i) => (i >= 1 && i <= 3 ? [] : csvText.split('\r\n').slice(1, -1).map((l) => l.split(';')[0])));
    expect(ids).to.deep.equal(['dev-1', 'dev-2', 'dev-3', 'dev-4', 'dev-5']);
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2', 'dev-3', 'dev-4', 'dev-5']);
    await waitUntil(() => text(part(el, 'outcome')) === 'The upload is complete.');
  });

  it('a chunk whose answer was lost is re-sent and its rows reported created; unchecked rows are shown as such', async () => {
    const adapter = new MemoryAdapter({ loseAnswers: { bulkRegister: 1 } });
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2" retry-delay="1"></devreg-bulk-wizard>`,
    );
    await choose(el, csv('devices.csv', SIMPLE(3)));
    let completed = nextResult(el);
    button(el, 'Upload')!.click();
    let { result } = await completed;
    await el.updateComplete;
    expect([result.numberOfCreated, result.numberOfFailed, result.numberOfUnchecked]).to.deep.equal([3, 0, 0]);
    expect(text(part(el, 'created'))).to.equal('3');
    expect(text(part(el, 'failed'))).to.equal('0');
    expect(part(el, 'unchecked')).to.be.null;
    expect(text(part(el, 'outcome'))).to.equal('The upload is complete.');

    // without get the wizard cannot tell: it says so instead of claiming either
    const blind = new MemoryAdapter({ without: ['get'], loseAnswers: { bulkRegister: 1 } });
    const other = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${blind} chunk-size="2" retry-delay="1"></devreg-bulk-wizard>`,
    );
    await choose(other, csv('devices.csv', SIMPLE(3)));
    completed = nextResult(other);
    button(other, 'Upload')!.click();
    ({ result } = await completed);
    await other.updateComplete;
    expect([result.numberOfCreated, result.numberOfFailed, result.numberOfUnchecked]).to.deep.equal([1, 0, 2]);
    expect(text(part(other, 'failed'))).to.equal('0');
    expect(text(part(other, 'unchecked'))).to.equal('2');
    expect(text(part(other, 'summary'))).to.contain('Could not be checked (may be registered)');
    const rows = await tableRows(other, 2);
    expect(text(rows[0])).to.contain(
      'Could not be checked: the answer to the first upload of this row was lost, and the server now says: Device with id dev-1 is already registered.',
    );
    await expect(other).to.be.accessible();
  });

  it('"Cancel upload" stops after the current chunk and says what was and was not sent', async () => {
    const adapter = new MemoryAdapter({ latency: 80 });
    const sent = recordUploads(adapter);
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2"></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(6)));
    button(el, 'Upload')!.click();
    await waitUntil(() => button(el, 'Cancel upload'), 'uploading');
    const completed = nextResult(el);
    button(el, 'Cancel upload')!.click();
    await el.updateComplete;
    expect(text(part(el, 'upload-status'))).to.equal('Cancelling: the upload stops after the current chunk.');
    expect(el.busy).to.be.true;
    const { result } = await completed;
    expect(result.complete).to.be.false;
    expect(sent).to.have.length(1);
    await el.updateComplete;
    expect(text(part(el, 'outcome'))).to.equal(
      'You cancelled the upload. 2 of 6 rows were sent (1 of 3 chunks); 4 rows were not sent.',
    );
    expect(text(part(el, 'not-sent'))).to.equal('4');
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2']);
    expect(el.busy).to.be.false;
    await expect(el).to.be.accessible();

    // nothing failed, but 4 rows are still to be registered: the download holds them, so that they
    // can be uploaded later, also after the dialog is closed
    const downloads = captureDownloads();
    try {
      button(el, 'Download failed rows')!.click();
    } finally {
      downloads.restore();
    }
    const reason = 'Not sent: the upload ended before this row.';
    expect(await downloadedText(downloads.blobs[0])).to.equal(
      `ID;PATH;ERROR\r\n${[3, 4, 5, 6].map((n) => `dev-${n};Group A;${reason}\r\n`).join('')}`,
    );

    button(el, 'Resume upload')!.click();
    await waitUntil(() => text(part(el, 'outcome')) === 'The upload is complete.', 'resumed', { timeout: 5000 });
    expect(sent).to.have.length(3);
    expect(await registeredIds(adapter)).to.have.length(6);
  });

  it('maps server failures back to the lines of the original file and downloads the failed rows', async () => {
    const adapter = new MemoryAdapter({ requests: [{ id: 'dev-3' }] });
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2"></devreg-bulk-wizard>`);
    const file = csv('my devices.csv', 'id;path;note\n\ndev-1;A;ok\n;B;no id\n\ndev-2;A;=HYPERLINK("x")\ndev-3;C;exists\ndev-4;D;-5\n');
    await choose(el, file);
    const completed = nextResult(el);
    button(el, 'Upload')!.click();
    const { result } = await completed;
    expect(result.failures).to.deep.equal([
      { lineNumber: 7, deviceId: 'dev-3', reason: 'Device with id dev-3 is already registered.' },
    ]);
    expect(result.numberOfCreated).to.equal(3);
    await el.updateComplete;
    expect(text(part(el, 'failed'))).to.equal('1');
    const rows = await tableRows(el, 2);
    expect(rows.map((r) => [...r.querySelectorAll('[role=cell]')].map(text))).to.deep.equal([
      ['4', '', 'The ID is missing.'],
      ['7', 'dev-3', 'Device with id dev-3 is already registered.'],
    ]);
    // the row the file made invalid and the row the server refused are marked alike
    expect(rows.map((r) => r.getAttribute('part'))).to.deep.equal(['row invalid-row', 'row failed-row']);
    expect(getComputedStyle(rows[1]).backgroundColor).to.equal(getComputedStyle(rows[0]).backgroundColor);
    expect(getComputedStyle(rows[1]).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');

    const downloads = captureDownloads();
    try {
      button(el, 'Download failed rows')!.click();
    } finally {
      downloads.restore();
    }
    expect(downloads.blobs).to.have.length(1);
    const content = await downloadedText(downloads.blobs[0]);
    expect(content).to.equal(
      'id;path;note;ERROR\r\n;B;no id;The ID is missing.\r\ndev-3;C;exists;Device with id dev-3 is already registered.\r\n',
    );
  });

  it('escapes formulas in the failed rows download', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', 'ID;NAME\n=cmd|calc;x\n=cmd|calc;@SUM(A1)\n'));
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
    const downloads = captureDownloads();
    try {
      button(el, 'Download failed rows')!.click();
    } finally {
      downloads.restore();
    }
    const content = await downloadedText(downloads.blobs[0]);
    expect(content).to.equal(
      "ID;NAME;ERROR\r\n'=cmd|calc;'@SUM(A1);The ID =cmd|calc appears more than once (first on line 2).\r\n",
    );
  });

  it('"Cancel" and "Close" dispatch devreg-close', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    setTimeout(() => button(el, 'Cancel')!.click());
    await oneEvent(el, 'devreg-close');
    await choose(el, csv('devices.csv', SIMPLE(1)));
    button(el, 'Upload')!.click();
    await waitUntil(() => button(el, 'Close'), 'result');
    setTimeout(() => button(el, 'Close')!.click());
    const event = await oneEvent(el, 'devreg-close');
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('is busy while uploading and tells the dialog (closing during an upload asks first)', async () => {
    const adapter = new MemoryAdapter({ latency: 50 });
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter}></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(2)));
    const states: boolean[] = [];
    el.addEventListener(WizardStateChangeEvent.eventName, () => states.push(el.busy));
    button(el, 'Upload')!.click();
    await waitUntil(() => states.includes(true), 'busy announced');
    expect(el.busy).to.be.true;
    expect(el.hasUnsavedInput).to.be.true;
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
    await el.updateComplete;
    expect(states.at(-1)).to.be.false;
    expect(el.busy).to.be.false;
  });

  it('aborts the upload when removed from the page', async () => {
    const adapter = new MemoryAdapter({ latency: 100 });
    const sent = recordUploads(adapter);
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="1"></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(3)));
    button(el, 'Upload')!.click();
    await waitUntil(() => sent.length === 1, 'first chunk sent');
    el.remove();
    await new Promise((r) => setTimeout(r, 250));
    expect(sent).to.have.length(1);
    expect(await registeredIds(adapter)).to.deep.equal([]);
  });

  it('a part of the adapter that cannot be loaded before the first chunk: retried, then nothing was sent, and "Resume upload" sends the rows', async () => {
    const adapter = new MemoryAdapter();
    const loadFailed = new RegistrationError({ status: 0, code: 'load-failed', message: 'Part of the Cumulocity adapter could not be loaded.' });
    adapter.setFailure('bulkRegister', loadFailed);
    const sent = recordUploads(adapter);
    const errors: DevRegErrorEvent[] = [];
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} retry-delay="1" @devreg-error=${(e: DevRegErrorEvent) => errors.push(e)}></devreg-bulk-wizard>`,
    );
    await choose(el, csv('devices.csv', SIMPLE(2) + ';Group B\n'));
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'stopped', { timeout: 5000 });
    expect(part(el, 'outcome')!.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'outcome'))).to.equal(
      'Nothing was sent: part of this form could not be loaded. Check the connection, then try again.',
    );
    expect(button(el, 'Resume upload')).to.exist;
    expect(button(el, 'Close')).to.exist;
    expect(button(el, 'Download failed rows'), 'the invalid row can still be downloaded').to.exist;
    expect(text(part(el, 'not-sent'))).to.equal('2');
    expect(sent, 'retried like a network failure (1 + 3 retries)').to.have.length(4);
    expect(errors.map((e) => e.error)).to.deep.equal([loadFailed]);
    expect(await registeredIds(adapter)).to.deep.equal([]);
    expect(el.hasUnsavedInput).to.be.true;
    await expect(el).to.be.accessible();

    adapter.setFailure('bulkRegister', undefined);
    const completed = nextResult(el);
    button(el, 'Resume upload')!.click();
    const { result } = await completed;
    expect([result.numberOfCreated, result.rowsSent, result.complete]).to.deep.equal([2, 2, true]);
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2']);
  });

  it('a part of the adapter that cannot be loaded after some chunks: says which rows were not sent, and "Resume upload" continues with that chunk', async () => {
    let loads = true;
    const adapter = new MemoryAdapter({
      failures: {
        bulkRegister: (file: unknown) =>
          loads && (file as File).name.endsWith('-2.csv')
            ? new RegistrationError({ status: 0, code: 'load-failed', message: 'Part of the Cumulocity adapter could not be loaded.' })
            : undefined,
      },
    });
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2" retry-delay="1"></devreg-bulk-wizard>`);
    // line 4 is invalid: the rows of chunk 2 start at line 5
    await choose(el, csv('devices.csv', 'ID;PATH\ndev-1;A\ndev-2;A\n;B\ndev-3;A\ndev-4;A\ndev-5;A\n'));
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'stopped', { timeout: 5000 });
    expect(text(part(el, 'outcome'))).to.equal(
      'The upload stopped at chunk 2 of 3, and nothing of that chunk was sent: part of this page could not be loaded. 2 of 5 rows were sent; 3 rows, from line 5 of the file onwards, were not sent. Check the connection, then try again: "Resume upload" continues with that chunk.',
    );
    expect(button(el, 'Resume upload')).to.exist;
    expect(text(part(el, 'created'))).to.equal('2');
    expect(text(part(el, 'not-sent'))).to.equal('3');
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2']);

    await setDevRegLocale('de');
    await el.updateComplete;
    expect(text(part(el, 'outcome'))).to.equal(
      'Das Hochladen wurde bei Teil 2 von 3 angehalten, und von diesem Teil wurde nichts gesendet: Ein Teil dieser Seite konnte nicht geladen werden. 2 von 5 Zeilen wurden gesendet; 3 Zeilen ab Zeile 5 der Datei wurden nicht gesendet. Prüfen Sie die Verbindung und versuchen Sie es dann erneut: „Hochladen fortsetzen“ macht mit diesem Teil weiter.',
    );
    expect(button(el, 'Hochladen fortsetzen')).to.exist;
    await setDevRegLocale('en');

    loads = false;
    const completed = nextResult(el);
    button(el, 'Resume upload')!.click();
    const { result } = await completed;
    expect([result.numberOfCreated, result.rowsSent, result.complete]).to.deep.equal([5, 5, true]);
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2', 'dev-3', 'dev-4', 'dev-5']);
  });

  it('a chunk the server refuses (not retryable) stops the upload at once with the reason', async () => {
    const adapter = new MemoryAdapter({ permissions: { read: true, admin: false } });
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} retry-delay="1"></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(2)));
    setTimeout(() => button(el, 'Upload')!.click());
    const error = await oneEvent<DevRegErrorEvent>(el, 'devreg-error');
    expect(error.operation).to.equal('bulkRegister');
    expect(error.error.code).to.equal('forbidden');
    await waitUntil(() => part(el, 'result-step'), 'result');
    expect(text(part(el, 'outcome'))).to.contain('chunk 1 of 1 could not be sent. You do not have permission for this action.');
    expect(button(el, 'Resume upload')).to.exist;
  });

  it('says so when the CSV reader cannot start', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    const OriginalWorker = window.Worker;
    window.Worker = class {
      constructor() {
        throw new Error('Workers are blocked');
      }
    } as unknown as typeof Worker;
    try {
      await choose(el, csv('devices.csv', SIMPLE(1)));
    } finally {
      window.Worker = OriginalWorker;
    }
    expect(text(part(el, 'problem'))).to.equal('The file could not be read: Workers are blocked');
    expect(button(el, 'Upload')!.disabled).to.be.true;
  });

  // WCAG 2.4.3: the focus never falls to <body>
  it('keeps the focus on "Cancel upload" pressed from the keyboard while it cancels, then moves it to the result heading', async () => {
    const adapter = new MemoryAdapter();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const bulkRegister = adapter.bulkRegister.bind(adapter);
    adapter.bulkRegister = async (file: Blob, options?: BulkOptions): Promise<BulkResult> => {
      calls++;
      await released; // the first chunk is on its way until released
      return bulkRegister(file, options);
    };
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2"></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', SIMPLE(6)));
    button(el, 'Upload')!.click();
    await waitUntil(() => calls === 1 && button(el, 'Cancel upload'), 'uploading');
    const cancel = button(el, 'Cancel upload')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(part(el, 'upload-status'))).to.equal('Cancelling: the upload stops after the current chunk.');
    await nextFrame();
    expect(focused(), 'while it cancels').to.equal('BUTTON Cancel upload');
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(cancel).opacity, 'looks disabled').to.equal('0.55');
    release();
    await waitUntil(() => part(el, 'result-step'), 'the result');
    await el.updateComplete;
    await nextFrame();
    expect(focused()).to.equal(`H3 ${text(part(el, 'step-heading'))}`);
    expect(text(part(el, 'outcome'))).to.match(/^You cancelled the upload\./);
    expect(calls).to.equal(1);
  });

  it('moves focus to the heading of each new step', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    fileInput(el).focus();
    await choose(el, csv('devices.csv', SIMPLE(2)));
    expect(text(root(el).activeElement)).to.equal('Check the file');
    button(el, 'Upload')!.focus();
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('Result');
  });

  it('previews a 100,000-row file: counts from the worker, only a window of rows in the DOM', async function () {
    this.timeout(60000);
    const lines = ['ID;PATH'];
    for (let i = 0; i < 100000; i++) lines.push(i % 10000 === 0 ? `;Group ${i}` : `dev-${i};Group ${i % 7}`);
    const file = csv('big.csv', lines.join('\n'));
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    const longTasks: string[] = [];
    const t0 = performance.now();
    const observer = new PerformanceObserver((list) => list.getEntries().filter((e) => e.startTime >= t0).forEach((e) => longTasks.push(`${Math.round(e.startTime - t0)}+${Math.round(e.duration)}`)));
    observer.observe({ type: 'longtask' });
    await choose(el, file);
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 99,990');
    expect(text(part(el, 'invalid-count'))).to.equal('Invalid rows: 10');
    const rendered = await tableRows(el, 3);
    expect(rendered.length).to.be.within(3, 60);
    expect(root(el).querySelector('[role=table]')!.getAttribute('aria-rowcount')).to.equal('100001');
    part(el, 'only-invalid')!.querySelector('input')!.click();
    await waitUntil(() => root(el).querySelectorAll('[part~="rows"] [part~="row"]').length === 10, 'ten invalid rows');
    observer.disconnect();
    // informational (timing is not asserted on a shared CI machine): main-thread tasks over 50 ms
    if (longTasks.length) console.log(`long tasks (start+duration ms) during the 100k preview: ${longTasks.join(', ')}`);
  });

  it('speaks German', async () => {
    await setDevRegLocale('de');
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    expect(el.heading).to.equal('Massenregistrierung von Geräten');
    expect(text(root(el).querySelector('label[for="file"]'))).to.equal('CSV-Datei');
    expect(button(el, 'Einfache Vorlage herunterladen')).to.exist;
    await choose(el, await loadCsvFixture('duplicate-ids.csv'));
    expect(text(part(el, 'valid-count'))).to.equal('Gültige Zeilen: 2');
    expect(text(part(el, 'format'))).to.contain('Einfach: Legt Registrierungsanfragen an.');
    const rows = await tableRows(el, 3);
    expect(text(rows[2])).to.contain('Die ID device-1 kommt mehrfach vor (zuerst in Zeile 2).');
    expect(button(el, 'Hochladen')).to.exist;
  });

  it('says why rows were not registered in the language of the moment, on screen and in the failed rows file', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await choose(el, csv('devices.csv', 'ID;PATH\ndev-1;A\n;B\n'));
    button(el, 'Upload')!.click();
    await waitUntil(() => part(el, 'result-step'), 'result', { timeout: 5000 });
    const reason = async () => text((await tableRows(el))[0].querySelectorAll('[part~=cell]')[2]);
    expect(await reason()).to.equal('The ID is missing.');

    await setDevRegLocale('de');
    await el.updateComplete;
    expect(await reason()).to.equal('Die ID fehlt.');
    const downloads = captureDownloads();
    try {
      button(el, 'Fehlgeschlagene Zeilen herunterladen')!.click();
    } finally {
      downloads.restore();
    }
    expect(await downloadedText(downloads.blobs[0])).to.equal('ID;PATH;ERROR\r\n;B;Die ID fehlt.\r\n');
  });
});

describe('ChunkedUpload', () => {
  const header = analyzeHeader(['ID', 'PATH'], ';').header!;
  const rows: CsvRow[] = Array.from({ length: 5 }, (_, i) => ({ line: i + 2, values: [`u-${i + 1}`, 'A'] }));

  it('waits Retry-After seconds before retrying a rate-limited chunk', async () => {
    let first = true;
    const adapter = new MemoryAdapter({
      failures: {
        bulkRegister: () => {
          if (!first) return undefined;
          first = false;
          return new RegistrationError({ status: 429, code: 'rate-limited', message: 'Slow down', retryAfter: 0.05 });
        },
      },
    });
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 5, retryDelay: 10_000 });
    const retries: NonNullable<UploadProgress['retry']>[] = [];
    const started = performance.now();
    const outcome = await upload.run((p) => p.retry && retries.push(p.retry));
    expect(outcome).to.deep.equal({ status: 'done' });
    expect(retries.map((r) => [r.attempt, r.attempts, r.delayMs])).to.deep.equal([[2, 4, 50]]);
    expect(performance.now() - started).to.be.below(5000);
    expect(upload.result.numberOfCreated).to.equal(5);
  });

  it('does not retry an error that repeating cannot fix', async () => {
    const forbidden = new RegistrationError({ status: 403, code: 'forbidden', message: 'Denied' });
    const adapter = new MemoryAdapter({ failures: { bulkRegister: forbidden } });
    const sent = recordUploads(adapter);
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 2 });
    const outcome = await upload.run(() => undefined);
    expect(outcome).to.deep.equal({ status: 'failed', error: forbidden });
    expect(sent).to.have.length(1);
    expect([upload.nextChunk, upload.rowsSent, upload.complete]).to.deep.equal([0, 0, false]);
  });

  it('cancel() during a backoff wait stops without sending the chunk again', async () => {
    const adapter = new MemoryAdapter({ failures: { bulkRegister: networkError() } });
    const sent = recordUploads(adapter);
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 5, retryDelay: 60_000 });
    const outcome = upload.run((p) => {
      if (p.retry) upload.cancel();
    });
    expect(await outcome).to.deep.equal({ status: 'cancelled' });
    expect(sent).to.have.length(1);
  });

  /** Every row sent is counted exactly once. */
  const accounted = (r: MergedBulkResult) =>
    r.numberOfCreated + r.credentialUpdatedList.length + r.numberOfFailed + r.numberOfUnchecked;
  const longAgo = new Date(Date.now() - 3_600_000).toISOString();

  it('a chunk whose answer was lost after the server stored it: the retry counts its rows as created, not failed', async () => {
    // u-2 existed before the upload: the server's "already registered" for it stays a failure
    const adapter = new MemoryAdapter({ requests: [{ id: 'u-2', creationTime: longAgo }], loseAnswers: { bulkRegister: 1 } });
    const sent = recordUploads(adapter);
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 2, retryDelay: 1 });
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    expect(sent).to.have.length(4); // chunk 1 twice
    const r = upload.result;
    expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked, r.credentialUpdatedList.length]).to.deep.equal([4, 1, 0, 0]);
    expect(r.failures).to.deep.equal([{ lineNumber: 3, deviceId: 'u-2', reason: 'Device with id u-2 is already registered.' }]);
    expect(r.failedCreationList.map((f) => f.deviceId)).to.deep.equal(['u-2']);
    expect(accounted(r)).to.equal(r.rowsSent);
    expect(r.rowsSent).to.equal(5);
    expect(await registeredIds(adapter)).to.deep.equal(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
  });

  it('resuming a chunk whose answers were lost reconciles it, without duplicates', async () => {
    const adapter = new MemoryAdapter({ loseAnswers: { bulkRegister: 3 } });
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 2, retries: 1, retryDelay: 1 });
    const first = await upload.run(() => undefined);
    expect(first.status).to.equal('failed');
    expect(first.status === 'failed' && first.error.code).to.equal('network');
    expect([upload.nextChunk, upload.rowsSent]).to.deep.equal([0, 0]);
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    const r = upload.result;
    // chunk 1's third send lost its answer too; the resume's send is reconciled
    expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked, r.failures.length]).to.deep.equal([5, 0, 0, 0]);
    expect(accounted(r)).to.equal(5);
    expect(await registeredIds(adapter)).to.deep.equal(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
  });

  for (const [name, options] of [
    ['an adapter without get', { without: ['get'] }],
    ['a get that fails', { failures: { get: networkError() } }],
  ] as const) {
    it(`a re-sent chunk's duplicates that cannot be checked (${name}) are "unchecked", neither created nor failed`, async () => {
      const adapter = new MemoryAdapter({ ...options, loseAnswers: { bulkRegister: 1 } } as MemoryAdapterOptions);
      const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 2, retryDelay: 1 });
      expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
      const r = upload.result;
      expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked]).to.deep.equal([3, 0, 2]);
      expect(r.failedCreationList).to.deep.equal([]);
      expect(r.failures.map((f) => [f.lineNumber, f.deviceId, f.unchecked])).to.deep.equal([
        [2, 'u-1', true],
        [3, 'u-2', true],
      ]);
      expect(accounted(r)).to.equal(5);
    });
  }

  it('a part of the adapter that cannot be loaded sent nothing: the chunk is retried, and a later run does not take it for re-sent', async () => {
    // u-2 existed before; without get a chunk taken for re-sent would call it "unchecked", not failed
    const adapter = new MemoryAdapter({ without: ['get'], requests: [{ id: 'u-2', creationTime: longAgo }] });
    adapter.setFailure('bulkRegister', new RegistrationError({ status: 0, code: 'load-failed', message: 'Part of the adapter could not be loaded.' }));
    const sent = recordUploads(adapter);
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 5, retryDelay: 1 });
    const first = await upload.run(() => undefined);
    expect(first.status === 'failed' && first.error.code).to.equal('load-failed');
    expect(sent, '1 + 3 retries').to.have.length(4);
    adapter.setFailure('bulkRegister', undefined);
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    const r = upload.result;
    expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked]).to.deep.equal([4, 1, 0]);
    expect(r.failures).to.deep.equal([{ lineNumber: 3, deviceId: 'u-2', reason: 'Device with id u-2 is already registered.' }]);
  });

  it('full format: the re-send\'s "credentials updated" for devices the lost send created count as created', async () => {
    const full = analyzeHeader(['ID', 'CREDENTIALS'], ';').header!;
    const fullRows: CsvRow[] = Array.from({ length: 4 }, (_, i) => ({ line: i + 2, values: [`f-${i + 1}`, `secret-pass-${i}`] }));
    const adapter = new MemoryAdapter({ loseAnswers: { bulkRegister: 1 } });
    const upload = new ChunkedUpload(adapter, full, fullRows, { chunkSize: 2, retryDelay: 1 });
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    let r = upload.result;
    expect([r.numberOfCreated, r.credentialUpdatedList.length, r.numberOfFailed, r.numberOfUnchecked]).to.deep.equal([4, 0, 0, 0]);
    expect(accounted(r)).to.equal(4);
    expect(adapter.deviceIds.sort()).to.deep.equal(['f-1', 'f-2', 'f-3', 'f-4']);

    // a chunk answered at once: known devices are credential updates, as the server says
    const again = new ChunkedUpload(adapter, full, fullRows, { chunkSize: 2 });
    expect(await again.run(() => undefined)).to.deep.equal({ status: 'done' });
    r = again.result;
    expect([r.numberOfCreated, r.credentialUpdatedList.length, r.numberOfFailed]).to.deep.equal([0, 4, 0]);
  });

  it('an answer to a POST the browser silently sent again (no error seen) is checked: rows created since the chunk started count as created', async () => {
    const adapter = new MemoryAdapter();
    const original = adapter.bulkRegister.bind(adapter);
    let resend = true;
    adapter.bulkRegister = async (file: Blob, options?: BulkOptions): Promise<BulkResult> => {
      if (resend) {
        resend = false;
        await original(file, options); // the first answer is lost in the network stack
      }
      return original(file, options);
    };
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 5 });
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    const r = upload.result;
    expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked, r.failures.length]).to.deep.equal([5, 0, 0, 0]);
  });

  it('uploading devices that existed before: still failures, and only a few lookups per chunk to tell', async () => {
    const many: CsvRow[] = Array.from({ length: 40 }, (_, i) => ({ line: i + 2, values: [`old-${i + 1}`, 'A'] }));
    const adapter = new MemoryAdapter({ requests: many.map((r) => ({ id: r.values[0], creationTime: longAgo })) });
    const original = adapter.get.bind(adapter);
    let lookups = 0;
    adapter.get = (id, options) => {
      lookups++;
      return original(id, options);
    };
    const upload = new ChunkedUpload(adapter, header, many, { chunkSize: 20 });
    expect(await upload.run(() => undefined)).to.deep.equal({ status: 'done' });
    const r = upload.result;
    expect([r.numberOfCreated, r.numberOfFailed, r.numberOfUnchecked]).to.deep.equal([0, 40, 0]);
    expect(r.failures).to.have.length(40);
    expect(lookups).to.equal(20); // 10 per chunk, none of them created by this upload
  });

  it('an abort signal ends the run', async () => {
    const adapter = new MemoryAdapter({ latency: 1000 });
    const upload = new ChunkedUpload(adapter, header, rows, { chunkSize: 5 });
    const controller = new AbortController();
    const outcome = upload.run(() => undefined, controller.signal);
    controller.abort();
    expect(await outcome).to.deep.equal({ status: 'aborted' });
  });
});
