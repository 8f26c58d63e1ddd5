// The bulk wizard's parts loaded on first use, over a connection that drops: the test server drops
// their module fetch, then lets it through. Browsers no longer keep a failed module fetch
// (whatwg/html#10327), so trying again loads the part, and the file chosen and the rows not sent
// are kept. A page loads a module once, so the tests run in this order: the CSV reader and the
// preview (with a file of no valid rows, so the upload part is not fetched yet), the wizard's upload
// part, the Cumulocity adapter's upload part (over the emulator), then the CSV worker's script.
import '../helpers/lit-warnings.js';
import { chooseFile, root, text } from '../helpers/dom.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
import type { RegistrationAdapter } from '../../src/adapters/registration-adapter.js';
import type { BulkWizardResult, DevRegBulkWizard } from '../../src/components/bulk-wizard/bulk-wizard.js';
import type { DevRegBulkCompletedEvent } from '../../src/events/devreg-bulk-completed.js';
import '../../src/define/bulk-wizard.js';

const part = (el: DevRegBulkWizard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: DevRegBulkWizard, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name);

const pick = (el: DevRegBulkWizard, content: string) => chooseFile(el, new File([content], 'devices.csv', { type: 'text/csv' }));

/** The IDs registered that start with `prefix` (the emulator starts with some of its own). */
async function registeredIds(adapter: RegistrationAdapter, prefix = ''): Promise<string[]> {
  const { requests } = await adapter.list({ page: 1, pageSize: 2000 });
  return requests
    .map((r) => r.id)
    .filter((id) => id.startsWith(prefix))
    .sort();
}

async function completed(el: DevRegBulkWizard): Promise<BulkWizardResult> {
  return (await oneEvent<DevRegBulkCompletedEvent<BulkWizardResult>>(el, 'devreg-bulk-completed')).result;
}

/** The notice that a click brings back (it goes while the part is fetched again). */
async function noticeAfter(el: DevRegBulkWizard, click: () => void): Promise<string> {
  click();
  await el.updateComplete;
  expect(part(el, 'notice'), 'the old notice goes').to.equal(null);
  await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
  return text(part(el, 'notice'));
}

const PARTS_FAILED = 'Part of this form could not be loaded. Check the connection, then try again.';
const NOTHING_SENT = 'Nothing was sent: part of this form could not be loaded. Check the connection, then try again.';

describe('the bulk wizard after a dropped connection', () => {
  restoreFetchesAfterEach();

  it('the CSV reader, then the preview: "Try again" reads the file kept, until the preview shows', async () => {
    const failedModules: string[] = [];
    console.error = (_: unknown, error: unknown) => failedModules.push(String(error));
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await failFetches('/csv/parse-client.', '/bulk-wizard/preview-step.');
    pick(el, 'ID;PATH\n;Group A\n'); // no valid row: the upload part is not fetched
    await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
    expect(text(part(el, 'notice'))).to.equal(PARTS_FAILED);
    expect(part(el, 'file-step')).to.exist;
    expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;
    expect(failedModules.some((m) => m.includes('parse-client')), failedModules.join()).to.be.true;

    // the reader loads now; the preview, fetched anew, fails again
    await failFetches('/bulk-wizard/preview-step.');
    failedModules.length = 0;
    expect(await noticeAfter(el, () => button(el, 'Try again')!.click())).to.equal(PARTS_FAILED);
    expect(failedModules.length, failedModules.join()).to.equal(1);
    expect(failedModules[0]).to.contain('preview-step');
    expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;
    await expect(el).to.be.accessible();

    await restoreFetches();
    button(el, 'Try again')!.click();
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(text(part(el, 'file-info'))).to.contain('devices.csv');
    expect(text(part(el, 'invalid-count'))).to.equal('Invalid rows: 1');
    expect(part(el, 'notice')).to.equal(null);
    expect(root(el).activeElement, 'the focus stays in the wizard').to.equal(part(el, 'step-heading'));
  });

  it('the upload part: "Upload" again sends the rows, from the preview kept', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter}></devreg-bulk-wizard>`);
    await failFetches('/bulk-wizard/upload-parts.');
    pick(el, 'ID;PATH\ndev-1;Group A\ndev-2;Group A\n'); // the preview fetches the upload part: dropped
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(await noticeAfter(el, () => button(el, 'Upload')!.click())).to.equal(NOTHING_SENT);
    expect(part(el, 'preview-step')).to.exist;
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
    expect(await registeredIds(adapter)).to.deep.equal([]);
    expect(el.hasUnsavedInput).to.be.true;

    await restoreFetches();
    const result = completed(el);
    button(el, 'Upload')!.click();
    expect((await result).numberOfCreated).to.equal(2);
    expect(await registeredIds(adapter)).to.deep.equal(['dev-1', 'dev-2']);
  });

  it("the Cumulocity adapter's upload part: retried with backoff, then \"Resume upload\" sends the rows kept", async () => {
    const control = async (path: string) => {
      const res = await fetch(`/emulator/__emulator/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      if (!res.ok) throw new Error(`control ${path}: ${res.status}`);
    };
    await control('reset');
    const adapter = new CumulocityAdapter({
      baseUrl: '/emulator',
      auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' },
      retries: 0,
    });
    const el = await fixture<DevRegBulkWizard>(
      html`<devreg-bulk-wizard .adapter=${adapter} chunk-size="2" retries="1" retry-delay="300"></devreg-bulk-wizard>`,
    );
    pick(el, 'ID;PATH\nlr-1;Group A\nlr-2;Group A\nlr-3;Group A\n');
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    await failFetches('/cumulocity/upload.');
    button(el, 'Upload')!.click();
    await waitUntil(() => text(part(el, 'upload-status')).includes('Trying again'), 'a retry', { timeout: 5000, interval: 10 });
    expect(text(part(el, 'upload-status'))).to.match(
      /^Chunk 1 failed: Part of this page could not be loaded\. Check the connection, then try again\. Trying again in 1 s \(attempt 2 of 2\)\.$/,
    );
    await waitUntil(() => part(el, 'result-step'), 'the upload stops', { timeout: 5000 });
    expect(text(part(el, 'outcome'))).to.equal(NOTHING_SENT);
    expect(text(part(el, 'not-sent'))).to.equal('3');
    expect(el.hasUnsavedInput).to.be.true;
    expect(await registeredIds(adapter, 'lr-')).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await restoreFetches();
    const result = completed(el);
    button(el, 'Resume upload')!.click();
    const r = await result;
    expect([r.numberOfCreated, r.rowsSent, r.chunksSent, r.complete]).to.deep.equal([3, 3, 2, true]);
    expect(await registeredIds(adapter, 'lr-')).to.deep.equal(['lr-1', 'lr-2', 'lr-3']);
    expect(el.hasUnsavedInput).to.be.false;
  });

  it('the CSV worker\'s script: "Try again" reads the file kept (not "the file could not be read")', async () => {
    const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${new MemoryAdapter()}></devreg-bulk-wizard>`);
    await failFetches('/csv/csv-worker.');
    pick(el, 'ID;PATH\nw-1;Group A\nw-2;Group A\n');
    await waitUntil(() => part(el, 'notice'), 'the notice appears', { timeout: 5000 });
    expect(text(part(el, 'notice'))).to.equal(PARTS_FAILED);
    expect(part(el, 'file-step')).to.exist;
    expect(el.hasUnsavedInput, 'the file stays chosen').to.be.true;

    await restoreFetches();
    button(el, 'Try again')!.click();
    await waitUntil(() => part(el, 'preview-step'), 'the preview appears', { timeout: 5000 });
    expect(text(part(el, 'valid-count'))).to.equal('Valid rows: 2');
    expect(part(el, 'problem'), 'no problem with the file').to.equal(null);
  });
});
