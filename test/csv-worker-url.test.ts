// Where the bulk wizard's CSV reader (a module Web Worker) is served from. A host whose bundler does
// not copy `csv-worker.js` (esbuild, plain rollup) says where it put it with `setCsvWorkerUrl`.
// (The whole deployment, bundled with esbuild and rollup, is test/e2e/host-bundler.test.mjs.)
import './helpers/lit-warnings.js';
import { root, text } from './helpers/dom.js';
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

function pick(el: DevRegBulkWizard, content: string): void {
  const dt = new DataTransfer();
  dt.items.add(new File([content], 'devices.csv', { type: 'text/csv' }));
  const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const wizard = () => fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
const FILE = 'ID;PATH\nw-1;Group A\nw-2;Group A\n';
/** The test server's path of the worker's default URL (`new URL('./csv-worker.js', import.meta.url)` next to parse-client.ts). */
const DEFAULT_PATH = '/src/csv/csv-worker.js';
/** The same worker at another path: the test server serves the source file itself. */
const OTHER_PATH = '/src/csv/csv-worker.ts';

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
    expect(error, 'still the URL set before').to.be.instanceOf(RegistrationError).and.include({ code: 'load-failed' });
  });
});
