// Makes sure Chromium is there before the tests start: installs Debian's package when
// running as root with apt, otherwise says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_PATH, chromiumAvailable } from './chromium.mjs';

if (!chromiumAvailable()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROME_PATH) {
    console.log('Chromium is missing: installing Debian\'s package (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!chromiumAvailable()) {
    console.error(`No Chromium at ${CHROME_PATH}.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      install Chrome or Chromium and set CHROME_PATH=/path/to/chrome`);
    process.exit(1);
  }
}
