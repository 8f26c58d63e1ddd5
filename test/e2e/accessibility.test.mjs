/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Every user (issue 8, item 7), end to end in Chromium against the emulator: axe on every state
// the demo page can reach (shadow DOM included, English and German), and every flow — register,
// accept with a token, bulk, the "Demo protocol" extension — with the keyboard alone, checking
// what the live regions announce.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  addFaults,
  axeViolations,
  clearFaults,
  createRequest,
  csvFile,
  deviceCallsIn,
  focusedElement,
  liveRegionTexts,
  openBulkWizard,
  openDemo,
  requestExists,
  requestTable,
  resetEmulator,
  simpleCsv,
  tabTo,
  tabToLocator,
  waitForAnnouncement,
  waitForFocus,
  useDemoServer,
} from './helpers.mjs';

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;

const demo = useDemoServer({ C8Y_CONTROL: '1' });

beforeEach(async () => {
  await resetEmulator(demo.server.url);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** @param {string} [query] */
async function open(query = '') {
  const opened = await openDemo(demo.browser, `${demo.server.url}/${query}`);
  context = opened.context;
  return opened;
}

/** @param {import('playwright-core').Page} page */
const rowsShown = (page) => page.getByRole('table').getByRole('row').nth(1).waitFor({ timeout: 45_000 });

const isButton = (/** @type {string} */ name) => (/** @type {{tag: string, role: string, name: string}} */ f) =>
  (f.tag === 'button' || f.role === 'button') && f.name === name;

test('axe: no violations in any state of the page, wizards and dialogs, in English and German', async () => {
  /** @type {string[]} */
  const violations = [];
  const check = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state) => {
    violations.push(...(await axeViolations(page, state)));
    // whatever the live regions hold must read as sentences, not as leaked values
    for (const text of await liveRegionTexts(page)) {
      if (/undefined|null|NaN|\[object |\$\{/.test(text)) violations.push(`[${state}] live region says "${text}"`);
    }
  };

  const { page, errors } = await open();
  await rowsShown(page);
  await check(page, 'list');

  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).waitFor();
  await check(page, 'register menu open');

  // single wizard: empty form, validation errors, result with the connect panel, a failure
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  let dialog = page.getByRole('dialog', { name: 'Register devices' });
  await dialog.getByRole('textbox', { name: 'Device ID' }).waitFor();
  await check(page, 'single wizard: form');
  await dialog.getByRole('button', { name: 'Add device' }).click();
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByText('Enter a device ID.').first().waitFor();
  await check(page, 'single wizard: validation errors');
  await dialog.getByRole('textbox', { name: 'Device ID' }).nth(0).fill('a11y-ok');
  await dialog.getByRole('textbox', { name: 'Device ID' }).nth(1).fill('a11y-fails');
  await addFaults(demo.server.url, [
    { method: 'POST', path: '^/devicecontrol/newDeviceRequests$', delayMs: 1500, times: 1 },
    { method: 'POST', path: '^/devicecontrol/newDeviceRequests$', status: 500, times: 1 },
  ]);
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByText(/Registering devices: \d of 2 done\./).first().waitFor();
  await check(page, 'single wizard: sending');
  await dialog.getByRole('heading', { name: '1 of 2 devices registered, 1 failed.' }).waitFor();
  await check(page, 'single wizard: result with a failure and the connect panel');
  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  await dialog.getByRole('button', { name: 'Close dialog' }).click();
  await page.getByRole('button', { name: 'Discard', exact: true }).waitFor();
  await check(page, 'close confirmation');
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  // bulk wizard: file step, preview with an invalid row, result
  dialog = await openBulkWizard(page);
  await check(page, 'bulk wizard: file step');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('a11y.csv', 'ID;PATH\na11y-bulk-1;\n;Building A\na11y-bulk-2;\n'));
  await dialog.getByText('Invalid rows: 1').waitFor();
  await check(page, 'bulk wizard: preview with an invalid row');
  const bulkPath = '^/devicecontrol/bulkNewDeviceRequests$';
  await addFaults(demo.server.url, [{ method: 'POST', path: bulkPath, delayMs: 1500, status: 400, times: 1 }]);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await dialog.getByRole('progressbar').waitFor();
  await check(page, 'bulk wizard: uploading');
  await dialog.getByRole('button', { name: 'Resume upload' }).waitFor();
  await check(page, 'bulk wizard: upload stopped, resume offered');
  await dialog.getByRole('button', { name: 'Resume upload' }).click();
  await dialog.getByText('The upload is complete.').waitFor();
  await check(page, 'bulk wizard: result');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  // the extension wizard: page 1 with an error, page 2, the summary
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Demo protocol' }).first().click();
  dialog = page.getByRole('dialog', { name: 'Demo protocol' });
  await dialog.getByRole('textbox', { name: /Device ID/ }).waitFor();
  await check(page, 'extension wizard: page 1 (Next disabled, with the reason)');
  await dialog.getByRole('textbox', { name: /Device ID/ }).fill('bad id!');
  await dialog.getByRole('textbox', { name: /Device ID/ }).blur();
  await check(page, 'extension wizard: page 1 with an invalid ID');
  await dialog.getByRole('textbox', { name: /Device ID/ }).fill('a11y-ext-1');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('combobox', { name: /Protocol version/ }).or(dialog.getByRole('radio').first()).first().waitFor();
  await check(page, 'extension wizard: page 2');
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByText('The device was registered').waitFor();
  await check(page, 'extension wizard: result');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  // the extension's bulk form
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Demo protocol' }).last().click();
  dialog = page.getByRole('dialog', { name: 'Demo protocol' });
  await dialog.getByRole('heading', { name: 'Demo protocol bulk registration' }).waitFor();
  await check(page, 'extension wizard: bulk form');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  // accept all, with its result
  await page.getByRole('button', { name: 'Accept all' }).click();
  await page.getByRole('button', { name: 'Accept all' }).waitFor();
  await page.waitForTimeout(500);
  await check(page, 'accept all: result');

  // the remove dialog, and a row error (token mismatch)
  await createRequest(demo.server.url, 'a11y-token');
  await deviceCallsIn(demo.server.url, 'a11y-token', 'right-token');
  const table = requestTable(page);
  const row = table.getByRole('row').filter({ hasText: 'a11y-token' });
  await row.getByText('Pending acceptance', { exact: true }).waitFor({ timeout: 15_000 });
  await row.getByRole('textbox', { name: 'Security token' }).fill('wrong-token');
  await row.getByRole('button', { name: /^Accept/ }).click();
  await row.getByText(/security token does not match/).waitFor();
  await check(page, 'list: a row with an accept error');
  await table.getByRole('row').filter({ hasText: 'DEMO-0001' }).getByRole('button', { name: /^Remove/ }).click();
  await page.getByRole('button', { name: 'Remove registration' }).waitFor();
  await check(page, 'remove dialog');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  // the list cannot be loaded
  await addFaults(demo.server.url, [{ method: 'GET', path: '^/devicecontrol/newDeviceRequests$', status: 500 }]);
  await page.reload();
  await page.getByText('The registration requests could not be loaded.').waitFor({ timeout: 20_000 });
  await check(page, 'list: load error');
  await clearFaults(demo.server.url);
  assert.deepEqual(errors, []);
  await context?.close();

  // read-only user
  const reader = await open('?user=reader');
  await rowsShown(reader.page);
  await check(reader.page, 'reader: list');
  await context?.close();

  // German: list, menu, single wizard
  const german = await open('?lang=de');
  await rowsShown(german.page);
  await check(german.page, 'de: list');
  await german.page.getByRole('button', { name: 'Gerät registrieren' }).click();
  await german.page.getByRole('menu').waitFor();
  await check(german.page, 'de: menu');
  await german.page.getByRole('menuitem').first().click();
  await german.page.getByRole('dialog').getByRole('textbox').first().waitFor();
  await check(german.page, 'de: single wizard');

  assert.deepEqual(violations, [], `\n${violations.join('\n')}`);
});

test('keyboard only: register a single device; the steps are announced', async () => {
  const { page, errors } = await open();
  await rowsShown(page);
  await tabTo(page, isButton('Register device'));
  await page.keyboard.press('Enter');
  let focused = await waitForFocus(page, (f) => f.role === 'menuitem');
  assert.equal(focused.name, 'Single device registration');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Register devices' });
  await dialog.waitFor();
  // focus starts in the first field
  await tabTo(page, (f) => f.tag === 'input' && f.name === 'Device ID', { max: 5, fromCurrent: true });
  // an empty submit: the problem is announced and focus goes to the field
  await tabTo(page, isButton('Register'));
  await page.keyboard.press('Enter');
  await waitForAnnouncement(page, /1 problem: please correct the marked field\./);
  focused = await focusedElement(page);
  assert.equal(focused.name, 'Device ID');
  const id = `kb-single-${Date.now()}`;
  await page.keyboard.type(id);
  await page.keyboard.press('Enter'); // submits the form
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  await waitForAnnouncement(page, /^Device registered\.$/);
  assert.ok(await requestExists(demo.server.url, id));
  focused = await focusedElement(page);
  assert.equal(focused.text, 'Device registered.'); // focus moved to the result
  await tabTo(page, isButton('Close'));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  focused = await focusedElement(page);
  assert.equal(focused.name, 'Register device'); // focus back where the dialog was opened
  await requestTable(page).getByRole('row').filter({ hasText: id }).waitFor();
  assert.deepEqual(errors, []);
});

test('keyboard only: accept a pending device with its security token; remove asks first, Escape cancels', async () => {
  const id = `kb-accept-${Date.now()}`;
  await createRequest(demo.server.url, id);
  await deviceCallsIn(demo.server.url, id, 'secret-42');
  const { page, errors } = await open();
  const row = requestTable(page).getByRole('row').filter({ hasText: id });
  await row.getByText('Pending acceptance', { exact: true }).waitFor();

  await tabToLocator(page, row.getByRole('textbox', { name: 'Security token' }), { max: 120 });
  await page.keyboard.type('secret-42');
  await tabTo(page, (f) => f.name === `Accept ${id}`, { max: 4 });
  await page.keyboard.press('Enter');
  await row.getByText('Accepted', { exact: true }).waitFor({ timeout: 15_000 });
  await waitForAnnouncement(page, new RegExp(`${id}.*accepted|accepted.*${id}`, 'i'));

  // the focus stayed in the row (on its Remove button) although the Accept button went away
  assert.equal((await focusedElement(page)).name, `Remove ${id}`);
  // remove: the dialog asks, Escape cancels and focus returns to the row's button
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', { name: 'Remove registration' });
  await confirm.waitFor();
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'hidden' });
  assert.equal((await focusedElement(page)).name, `Remove ${id}`);
  await page.keyboard.press('Space');
  await confirm.waitFor();
  await tabTo(page, isButton('Remove registration'), { max: 4 });
  await page.keyboard.press('Enter');
  await row.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForAnnouncement(page, new RegExp(`${id}.*removed|removed.*${id}`, 'i'));
  assert.equal(await requestExists(demo.server.url, id), false);
  assert.deepEqual(errors, []);
});

test('keyboard only: bulk registration (the file is the one non-keyboard step)', async () => {
  const { page, errors } = await open();
  await rowsShown(page);
  await tabTo(page, isButton('Register device'));
  await page.keyboard.press('Enter');
  // the menu opens on its first item; the bulk registration follows the single section's items
  await waitForFocus(page, (f) => f.name === 'Single device registration');
  let focused = await focusedElement(page);
  for (let i = 0; i < 4 && focused.name !== 'Bulk device registration'; i++) {
    await page.keyboard.press('ArrowDown');
    focused = await focusedElement(page);
  }
  assert.equal(focused.name, 'Bulk device registration');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Bulk device registration' });
  await dialog.getByLabel('CSV file').waitFor();
  const prefix = `kb-bulk-${Date.now()}`;
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('keyboard.csv', simpleCsv(prefix, 3)));
  await dialog.getByText('Valid rows: 3').waitFor();
  await tabTo(page, isButton('Upload'));
  await page.keyboard.press('Enter');
  await dialog.getByText('The upload is complete.').waitFor();
  await waitForAnnouncement(page, /The upload is complete\./);
  await tabTo(page, isButton('Close'));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  for (let i = 1; i <= 3; i++) assert.ok(await requestExists(demo.server.url, `${prefix}-0000${i}`));
  assert.deepEqual(errors, []);
});

test('keyboard only: the "Demo protocol" extension, two pages, Back and Next', async () => {
  const { page, errors } = await open();
  await rowsShown(page);
  await tabTo(page, isButton('Register device'));
  await page.keyboard.press('ArrowDown'); // opens the menu on its first item
  // the server-declared items arrive after the built-in ones: wait for them, then start at the top
  await page.getByRole('menuitem', { name: 'Demo protocol' }).first().waitFor();
  await page.keyboard.press('Home');
  let focused = await focusedElement(page);
  assert.equal(focused.name, 'Single device registration');
  for (let i = 0; i < 4 && focused.name !== 'Demo protocol'; i++) {
    await page.keyboard.press('ArrowDown');
    focused = await focusedElement(page);
  }
  assert.equal(focused.name, 'Demo protocol');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Demo protocol' });
  await dialog.getByRole('textbox', { name: /Device ID/ }).waitFor();
  const id = `kb-ext-${Date.now()}`;
  await tabTo(page, (f) => f.tag === 'input' && /Device ID/.test(f.name), { max: 8 });
  await page.keyboard.type(id);
  await tabTo(page, (f) => f.tag === 'input' && /Name/.test(f.name), { max: 4 });
  await page.keyboard.type('Meter by keyboard');
  await tabTo(page, isButton('Next'), { max: 6 });
  await page.keyboard.press('Enter');
  // the new page's heading takes the focus, so it is read out
  focused = await focusedElement(page);
  assert.match(focused.text, /Step 2 of 3: Connection/);
  // page 2: change the protocol version with the keyboard, then back to page 1 and forward again
  await tabTo(page, (f) => /Protocol version|v1|v2/.test(f.name) || f.tag === 'select', { max: 8 });
  await tabTo(page, isButton('Back'), { max: 12 });
  await page.keyboard.press('Enter');
  await dialog.getByRole('textbox', { name: /Device ID/ }).waitFor();
  assert.equal(await dialog.getByRole('textbox', { name: /Device ID/ }).inputValue(), id); // kept
  await tabTo(page, isButton('Next'), { max: 8 });
  await page.keyboard.press('Enter');
  await tabTo(page, isButton('Register'), { max: 12 });
  await page.keyboard.press('Enter');
  await dialog.getByText('The device was registered').waitFor();
  await waitForAnnouncement(page, /registered/i);
  await tabTo(page, isButton('Close'), { max: 20 });
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await requestExists(demo.server.url, id));
  assert.deepEqual(errors, []);
});
