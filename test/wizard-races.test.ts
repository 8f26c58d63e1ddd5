import './helpers/lit-warnings.js';
import { root, text } from './helpers/dom.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/bulk-wizard.js';
import '../src/define/single-wizard.js';
import { BULK_WIZARD_PARTS, type DevRegBulkWizard } from '../src/components/bulk-wizard/bulk-wizard.js';
import { SINGLE_WIZARD_PARTS, type DevRegSingleWizard } from '../src/components/single-wizard/single-wizard.js';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: HTMLElement, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name);

describe('wizards: a part loading while the user moves on', () => {
  it('bulk: the wizard is removed while the upload part loads after "Upload": nothing should be sent', async () => {
    const real = BULK_WIZARD_PARTS.upload;
    const gate = deferred<void>();
    BULK_WIZARD_PARTS.upload = async () => {
      await gate.promise;
      return real();
    };
    try {
      const adapter = new MemoryAdapter();
      const el = await fixture<DevRegBulkWizard>(html`<devreg-bulk-wizard .adapter=${adapter}></devreg-bulk-wizard>`);
      const dt = new DataTransfer();
      dt.items.add(new File(['ID;PATH\ndev-1;A\ndev-2;A\n'], 'd.csv', { type: 'text/csv' }));
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => part(el, 'preview-step'), 'preview', { timeout: 5000 });
      button(el, 'Upload')!.click();
      await aTimeout(20);
      el.remove(); // the page closes the dialog (after "Discard changes?")
      gate.resolve();
      await aTimeout(300);
      const { requests } = await adapter.list({ page: 1, pageSize: 100 });
      expect(requests.map((r) => r.id), 'sent after the wizard was removed').to.deep.equal([]);
    } finally {
      BULK_WIZARD_PARTS.upload = real;
    }
  });

  it('single: reset while the result part loads, then a new submit: the old send must not touch the new one', async () => {
    const real = SINGLE_WIZARD_PARTS.result;
    const gate = deferred<void>();
    SINGLE_WIZARD_PARTS.result = async () => {
      await gate.promise;
      return real();
    };
    try {
      const adapter = new MemoryAdapter({ latency: 100 });
      const el = await fixture<DevRegSingleWizard>(html`<devreg-single-wizard .adapter=${adapter}></devreg-single-wizard>`);
      const type = async (id: string) => {
        const box = root(el).querySelector<HTMLInputElement>('[part~="device-id"]')!;
        box.value = id;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        button(el, 'Register')!.click();
        await aTimeout(10);
      };
      await type('old-1');
      expect(el.busy).to.be.true;
      el.reset();
      await el.updateComplete;
      await type('new-1');
      expect(el.busy, 'second send under way').to.be.true;
      gate.resolve();
      // the first send's continuation must not end the second one (with its discarded rows back)
      await waitUntil(() => !el.busy, 'done', { timeout: 3000 });
      await el.updateComplete;
      expect(part(el, 'result-id')?.textContent, 'the result of the second send').to.equal('new-1');
      const { requests } = await adapter.list({ page: 1, pageSize: 100 });
      expect(requests.map((r) => r.id)).to.deep.equal(['new-1']);
    } finally {
      SINGLE_WIZARD_PARTS.result = real;
    }
  });
});
