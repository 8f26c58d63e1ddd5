// CumulocityAdapter's live updates over a connection that drops: each poll's code is loaded with
// the first poll; while its fetch is dropped the polls fail like polls without an answer (and are
// told as such), and once it comes through the next poll reports what changed meanwhile (over the emulator).
import '../helpers/lit-warnings.js';
import { failFetches, restoreFetches, restoreFetchesAfterEach } from '../helpers/failing-fetches.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulatorAdapter, resetEmulator } from '../helpers/emulator.js';
import type { RegistrationChange } from '../../src/adapters/registration-adapter.js';

const ADMIN = { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${btoa('t100/admin:admin')}` };

describe("CumulocityAdapter's polls after a dropped connection", () => {
  restoreFetchesAfterEach();

  it('a poll whose part cannot be loaded reports no change but its failure; once it loads, the change made meanwhile arrives, then the recovery', async () => {
    await resetEmulator();
    await failFetches('/cumulocity/poll-diff.');
    const adapter = emulatorAdapter({ pollInterval: 100 });
    await adapter.list({ page: 1, pageSize: 10 });
    const changes: RegistrationChange[] = [];
    const failures: string[] = [];
    let recovered = 0;
    const unsubscribe = adapter.subscribe((change) => changes.push(change), {
      onError: (error) => failures.push(`${error.status} ${error.code}`),
      onRecovered: () => recovered++,
    });
    try {
      // registered by someone else: only a poll can tell
      const created = await fetch('/emulator/devicecontrol/newDeviceRequests', { method: 'POST', headers: ADMIN, body: JSON.stringify({ id: 'elsewhere-1' }) });
      expect(created.status).to.equal(201);
      await new Promise((resolve) => setTimeout(resolve, 700)); // several polls (100, 200, 400 ms), each failing
      expect(changes, 'nothing reported while the part cannot be loaded').to.deep.equal([]);
      expect(failures.length, 'each failed poll is told').to.be.at.least(2);
      expect(new Set(failures)).to.deep.equal(new Set(['0 load-failed']));
      expect(recovered).to.equal(0);

      await restoreFetches();
      await waitUntil(() => recovered === 1, 'the recovery', { timeout: 5000 });
      expect(changes.some((c) => c.type === 'added' && c.request.id === 'elsewhere-1'), 'the new request, before the recovery').to.equal(true);
    } finally {
      unsubscribe();
    }
  });
});
