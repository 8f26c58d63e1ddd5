// Where the bulk wizard's CSV reader (a module Web Worker) is served from. A host whose bundler does
// not copy `csv-worker.js` (esbuild, plain rollup) says where it put it with `setCsvWorkerUrl`; a
// site that does not serve the script at all (a 404, or an HTML page in its place) gets a message
// that says so, without "Try again" (which cannot help), where a dropped connection still asks to
// check the connection and try again. (The whole deployment, bundled with esbuild, is
// test/e2e/host-bundler.test.mjs.)
import './helpers/lit-warnings.js';
import { chooseFile, root, text } from './helpers/dom.js';
import { failFetches, restoreFetchesAfterEach } from './helpers/failing-fetches.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as lib from '../src/index.js';
import { setCsvWorkerUrl } from '../src/csv/worker-url.js';
import { parseCsvFile } from '../src/csv/parse-client.js';
import { RegistrationError } from '../src/adapters/registration-error.js';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { DevRegBulkWizard } from '../src/components/bulk-wizard/bulk-wizard.js';
import '../src/define/bulk-wizard.js';

const part = (el: DevRegBulkWizard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: DevRegBulkWizard, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name);

const pick = (el: DevRegBulkWizard, content: string) => chooseFile(el, new File([content], 'devices.csv', { type: 'text/csv' }));

const wizard = () => fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
const FILE = 'ID;PATH\nw-1;Group A\nw-2;Group A\n';
/** The test server's path of the worker's default URL (`new URL('./csv-worker.js', import.meta.url)` next to parse-client.ts). */
const DEFAULT_PATH = '/src/csv/csv-worker.js';
/** The same worker at another path: the test server serves the source file itself. */
const OTHER_PATH = '/src/csv/csv-worker.ts';
const READER_MISSING = "CSV files cannot be read on this site: its CSV reader is missing. Please report this to the site's support team.";
const PARTS_FAILED = 'Part of this form could not be loaded. Check the connection, then try again.';

/** What the elements log through console.error from now until the end of the test. */
function logged(): string[] {
  const lines: string[] = [];
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return lines;
}

describe('setCsvWorkerUrl: where the CSV reader is served from', () => {
  restoreFetchesAfterEach();
  afterEach(() => setCsvWorkerUrl(undefined));

  it("is part of the package's entry", () => {
    expect((lib as Record<string, unknown>).setCsvWorkerUrl).to.equal(setCsvWorkerUrl);
  });

  it('the wizard reads the file with the worker at the URL set (relative: against the page), not at the default one', async () => {
    await failFetches(DEFAULT_PATH);
    setCsvWorkerUrl(OTHER_PATH.slice(1)); // "src/csv/csv-worker.ts", next to the test page at /
    const el = await wizard();
    pick(el, FILE);
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
  });

  it('undefined goes back to the default URL', async () => {
    setCsvWorkerUrl(OTHER_PATH);
    setCsvWorkerUrl(undefined);
    await failFetches(OTHER_PATH);
    const el = await wizard();
    pick(el, FILE);
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
  });

  it('another origin throws at once (a module worker must come from the page) and leaves the setting as it was', async () => {
    setCsvWorkerUrl('/no-such-folder/csv-worker.js');
    expect(() => setCsvWorkerUrl('https://cdn.example/devreg/csv-worker.js')).to.throw(TypeError, /origin.*https:\/\/cdn\.example/);
    expect(() => setCsvWorkerUrl('http://[')).to.throw(TypeError);
    const error = await parseCsvFile(new Blob([FILE])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'still the URL set before').to.be.instanceOf(RegistrationError).and.include({ code: 'load-failed', status: 404 });
  });
});

describe('the bulk wizard when the site does not serve the CSV reader', () => {
  restoreFetchesAfterEach();
  afterEach(() => setCsvWorkerUrl(undefined));

  it('a 404: says the reader is missing from the site, without "Try again"; the file stays chosen; the console tells the developer what to do', async () => {
    const log = logged();
    setCsvWorkerUrl('/no-such-folder/csv-worker.js');
    const el = await wizard();
    pick(el, FILE);
    await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
    expect(text(part(el, 'notice'))).to.equal(READER_MISSING);
    expect(part(el, 'notice')!.getAttribute('role')).to.equal('alert');
    expect(button(el, 'Try again'), 'trying again cannot help').to.equal(undefined);
    expect(part(el, 'file-step')).to.exist;
    expect(part(el, 'reading'), 'no longer reading').to.equal(null);
    expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;
    const url = new URL('/no-such-folder/csv-worker.js', location.href).href;
    expect(log.join('\n')).to.include(`is not served at ${url}: it answers HTTP 404`).and.include('setCsvWorkerUrl(');
    await expect(el).to.be.accessible();
  });

  it('an HTML page in its place (a site\'s fallback page): the same message, and the console names the type', async () => {
    const log = logged();
    setCsvWorkerUrl(location.href); // the test page: 200, text/html
    const el = await wizard();
    pick(el, FILE);
    await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
    expect(text(part(el, 'notice'))).to.equal(READER_MISSING);
    expect(button(el, 'Try again')).to.equal(undefined);
    expect(log.join('\n')).to.include('it answers "text/html", not JavaScript');
  });

  it('parseCsvFile rejects with a load-failed error that is not retryable, with the status', async () => {
    setCsvWorkerUrl('/no-such-folder/csv-worker.js');
    const error = await parseCsvFile(new Blob([FILE])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(RegistrationError).and.include({ code: 'load-failed', status: 404, retryable: false });
  });

  it('a dropped connection is not taken for a missing reader: "check the connection", "Try again" reads the file kept', async () => {
    setCsvWorkerUrl(OTHER_PATH);
    await failFetches(OTHER_PATH);
    const el = await wizard();
    pick(el, FILE);
    await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
    expect(text(part(el, 'notice'))).to.equal(PARTS_FAILED);
    const error = await parseCsvFile(new Blob([FILE])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(RegistrationError).and.include({ code: 'load-failed', status: 0, retryable: true });

    await failFetches(); // the connection is back
    button(el, 'Try again')!.click();
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
  });
});
