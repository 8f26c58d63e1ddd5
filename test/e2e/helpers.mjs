/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Shared helpers of the end-to-end tests: the emulator's control API, page set-up, axe, live
// regions and the single-device wizard.
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { startDemoServer } from './start-server.mjs';
import { launchChromium } from './browser.mjs';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into pages by `checkA11y`. */
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * @param {string} url the server's origin
 * @param {string} path
 * @param {string} method
 * @param {unknown} [body]
 */
async function control(url, path, method, body) {
  const response = await fetch(`${url}/__emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /__emulator/${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/**
 * Fresh emulator state (and no faults); `overrides` are emulator config fields.
 * @param {string} url @param {Record<string, unknown>} [overrides]
 */
export const resetEmulator = (url, overrides = {}) => control(url, 'reset', 'POST', overrides);

/**
 * Adds fault rules: `{method?, path (regex), status?, delayMs?, drop?, dropAfter?, retryAfter?, times?}`.
 * @param {string} url @param {object[]} rules
 */
export const addFaults = (url, rules) => control(url, 'faults', 'POST', { rules });

/** @param {string} url */
export const clearFaults = (url) => control(url, 'faults', 'DELETE');

const ADMIN_AUTH = 'Basic ' + Buffer.from('t100/admin:admin').toString('base64');

/**
 * The registration requests the emulator holds with this ID (0 or 1), read over its API.
 * @param {string} url @param {string} id
 */
export async function requestExists(url, id) {
  const response = await fetch(`${url}/devicecontrol/newDeviceRequests/${encodeURIComponent(id)}`, {
    headers: { Authorization: ADMIN_AUTH, Accept: 'application/json' },
  });
  return response.status === 200;
}

/**
 * Registers a device over the API (as another user or tab would).
 * @param {string} url @param {string} id
 */
export async function createRequest(url, id) {
  const response = await fetch(`${url}/devicecontrol/newDeviceRequests`, {
    method: 'POST',
    headers: { Authorization: ADMIN_AUTH, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ id }),
  });
  if (response.status !== 201) throw new Error(`create ${id}: ${response.status}`);
}

const BOOTSTRAP_AUTH = 'Basic ' + Buffer.from('management/devicebootstrap:bootstrap').toString('base64');

/**
 * The device's side: one bootstrap call (POST /devicecontrol/deviceCredentials with the bootstrap
 * user), optionally with a security token; the whole answer.
 * @param {string} url @param {string} id @param {string} [securityToken]
 */
export function bootstrapCall(url, id, securityToken) {
  return fetch(`${url}/devicecontrol/deviceCredentials`, {
    method: 'POST',
    headers: {
      Authorization: BOOTSTRAP_AUTH,
      'Content-Type': 'application/vnd.com.nsn.cumulocity.deviceCredentials+json',
      Accept: 'application/vnd.com.nsn.cumulocity.deviceCredentials+json',
    },
    body: JSON.stringify(securityToken ? { id, securityToken } : { id }),
  });
}

/**
 * The device's side, when only the status matters (404 until accepted, then 201 with credentials).
 * @param {string} url @param {string} id @param {string} [securityToken]
 */
export async function deviceCallsIn(url, id, securityToken) {
  return (await bootstrapCall(url, id, securityToken)).status;
}

/**
 * One `npm start` server and one Chromium for a whole test file: registers the node:test hooks
 * and returns an object whose `server` and `browser` are set once `before` has run.
 * @param {Record<string, string>} [env] emulator variables, e.g. `{C8Y_CONTROL: '1'}`
 */
export function useDemoServer(env = {}) {
  /** @type {{server: {url: string, stop: () => Promise<void>}, browser: import('playwright-core').Browser}} */
  const shared = /** @type {any} */ ({});
  before(async () => {
    shared.server = await startDemoServer(env);
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}

/**
 * All registration request IDs the emulator holds.
 * @param {string} url @returns {Promise<string[]>}
 */
export async function requestIds(url) {
  const response = await fetch(`${url}/devicecontrol/newDeviceRequests?pageSize=2000&currentPage=1`, {
    headers: { Authorization: ADMIN_AUTH, Accept: 'application/json' },
  });
  const body = await response.json();
  return body.newDeviceRequests.map((/** @type {{id: string}} */ r) => r.id);
}

/**
 * Opens the demo page and waits for its heading; page errors are collected in `errors`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url full URL of the page
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export async function openDemo(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('heading', { name: /^(Device registration|Geräteregistrierung)/ }).waitFor();
  return { context, page, errors };
}

/** @param {import('playwright-core').Page} page */
export function requestTable(page) {
  return page.getByRole('table', { name: 'Device registration requests' });
}

/**
 * Runs axe on the whole document (shadow roots included) and returns the violations as
 * readable lines (empty = none).
 * @param {import('playwright-core').Page} page
 * @param {string} state what is being checked, for the message
 */
export async function axeViolations(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  /** @type {{id: string, impact: string, help: string, nodes: {target: unknown[], failureSummary: string}[]}[]} */
  const violations = await page.evaluate(async () => {
    // @ts-expect-error injected
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.map(
    (v) => `[${state}] ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')}`,
  );
}

/**
 * The text of every live region (aria-live, role=status/alert/log), shadow roots included.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export function liveRegionTexts(page) {
  return page.evaluate(() => {
    /** @type {string[]} */
    const out = [];
    /** @param {Document | ShadowRoot | Element} root */
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const live = el.getAttribute('aria-live');
        const role = el.getAttribute('role');
        if ((live && live !== 'off') || role === 'status' || role === 'alert' || role === 'log') {
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) out.push(text);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
}

/**
 * Waits until some live region's text matches `pattern`; returns that text.
 * @param {import('playwright-core').Page} page @param {RegExp} pattern @param {number} [timeout]
 */
export async function waitForAnnouncement(page, pattern, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last = /** @type {string[]} */ ([]);
  while (Date.now() < deadline) {
    last = await liveRegionTexts(page);
    const hit = last.find((t) => pattern.test(t));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no live region announced ${pattern}; live regions: ${JSON.stringify(last)}`);
}

/**
 * Describes the focused element (through shadow roots): role/tag and accessible-ish name.
 * @param {import('playwright-core').Page} page
 */
export function focusedElement(page) {
  return page.evaluate(() => {
    /** @type {Element | null} */
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: '', role: '', name: '', text: '' };
    const labelled = el.getAttribute('aria-labelledby');
    const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
    const byId = labelled
      ? labelled
          .split(/\s+/)
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' ')
      : '';
    const labels = 'labels' in el && el.labels ? [.../** @type {NodeListOf<HTMLLabelElement>} */ (el.labels)].map((l) => l.textContent).join(' ') : '';
    return {
      tag: el.localName,
      role: el.getAttribute('role') ?? '',
      type: el.getAttribute('type') ?? '',
      name: (el.getAttribute('aria-label') ?? byId ?? '').trim() || labels.trim() || (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focusedElement>>) => boolean} predicate
 * @param {{back?: boolean, max?: number, fromCurrent?: boolean}} [options]  `fromCurrent`: done if the focus is there already
 */
export async function tabTo(page, predicate, { back = false, max = 40, fromCurrent = false } = {}) {
  /** @type {string[]} */
  const seen = [];
  if (fromCurrent) {
    const current = await focusedElement(page);
    if (predicate(current)) return current;
  }
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focusedElement(page);
    seen.push(`${f.tag}${f.role ? `[${f.role}]` : ''} "${f.name}"`);
    if (predicate(f)) return f;
  }
  throw new Error(`focus never reached the target; visited: ${seen.join(' → ')}`);
}

/**
 * Waits until the focused element matches (a menu whose drop-down loads on first use moves the
 * focus once it is there); returns it, or throws naming where the focus is.
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focusedElement>>) => boolean} predicate
 */
export async function waitForFocus(page, predicate, timeout = 5_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const f = await focusedElement(page);
    if (predicate(f)) return f;
    if (Date.now() > end) throw new Error(`the focus did not arrive; it is on ${f.tag}${f.role ? `[${f.role}]` : ''} "${f.name}"`);
    await page.waitForTimeout(25);
  }
}

/**
 * Whether the element of `locator` has the focus (through shadow roots).
 * @param {import('playwright-core').Locator} locator
 */
function hasFocus(locator) {
  return locator.evaluate((el) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  });
}

/**
 * Presses Tab until the element of `locator` has the focus, at most `max` times.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 * @param {{max?: number}} [options]
 */
export async function tabToLocator(page, locator, { max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await hasFocus(locator))) throw new Error(`focus never reached ${locator}`);
}

/**
 * Opens the single-device wizard from the page's menu (mouse) and returns the dialog.
 * @param {import('playwright-core').Page} page
 */
export async function openSingleWizard(page) {
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register devices' });
  await dialog.getByRole('textbox', { name: 'Device ID' }).first().waitFor();
  return dialog;
}

/**
 * Opens the bulk wizard and returns the dialog.
 * @param {import('playwright-core').Page} page
 */
export async function openBulkWizard(page) {
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Bulk device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk device registration' });
  await dialog.getByLabel('CSV file').waitFor();
  return dialog;
}

/**
 * A simple-format CSV (`ID;PATH`) of `count` devices `${prefix}-00001`…
 * @param {string} prefix @param {number} count
 */
export function simpleCsv(prefix, count) {
  const lines = ['ID;PATH'];
  for (let i = 1; i <= count; i++) lines.push(`${prefix}-${String(i).padStart(5, '0')};`);
  return `${lines.join('\n')}\n`;
}

/**
 * A file for `setInputFiles`.
 * @param {string} name @param {string} text
 */
export const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
