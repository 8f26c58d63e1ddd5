// The emulator the browser tests reach at /emulator (web-test-runner.config.mjs mounts it).
import { CumulocityAdapter, type CumulocityAdapterOptions } from '../../src/adapters/cumulocity-adapter.js';

/** Starts the emulator afresh (`state`: config overrides, e.g. `{seed: 3}`); throws when it refuses. */
export async function resetEmulator(state: Record<string, unknown> = {}): Promise<void> {
  const reset = await fetch('/emulator/__emulator/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(state) });
  if (!reset.ok) throw new Error(`emulator reset: ${reset.status}`);
}

/** A CumulocityAdapter signed in to the emulator as its admin (no retries, unless `options` say). */
export function emulatorAdapter(options: Partial<CumulocityAdapterOptions> = {}): CumulocityAdapter {
  return new CumulocityAdapter({
    baseUrl: '/emulator',
    auth: { type: 'basic', tenant: 't100', user: 'admin', password: 'admin' },
    retries: 0,
    ...options,
  });
}
