// Debian's Chromium driven by playwright-core (never `playwright install`).
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
}
