// The one place that says which Chromium every launcher uses and how it is started.
import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROME_PATH says otherwise. No tool may download its own browser here. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** As root Chromium needs --no-sandbox; the rest stop it from reaching for the outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumAvailable() {
  return existsSync(CHROME_PATH);
}
