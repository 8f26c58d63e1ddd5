import './helpers/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';

// A plain HTML page holds the markup before any tag is defined, and a host may load the
// define modules in any order: the consumers must still find the provider's adapter.
describe('define order', () => {
  it('a table defined before its provider still gets the provider\'s adapter', async () => {
    const provider = document.createElement('devreg-provider') as HTMLElement & { adapter?: unknown };
    provider.append(document.createElement('devreg-registration-table'));
    document.body.append(provider);
    provider.adapter = new MemoryAdapter({ requests: [{ id: 'defined-late-1', status: 'PENDING_ACCEPTANCE' }] });

    await import('../src/define/registration-table.js');
    await import('../src/define/provider.js');

    const table = provider.querySelector('devreg-registration-table')!;
    await waitUntil(() => table.shadowRoot?.textContent?.includes('defined-late-1'), 'the row never appeared', { timeout: 5000 });
    expect(table.shadowRoot!.textContent).to.include('defined-late-1');
    provider.remove();
  });
});
