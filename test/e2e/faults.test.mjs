/// <reference lib="dom" />
// Failing networks (issue 8, item 2), end to end: the demo page on CumulocityAdapter against the
// emulator, whose control API injects latency, 5xx, 429 with Retry-After, dropped connections
// (before and after the server acted), long delays (timeouts) and 401s. Under each, the UI says
// what happened, keeps what the user typed or uploaded, retries what is safe to retry, and never
// shows a device as registered when it is not.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  addFaults,
  clearFaults,
  createRequest,
  csvFile,
  openBulkWizard,
  openDemo,
  openSingleWizard,
  requestExists,
  requestIds,
  requestTable,
  resetEmulator,
  simpleCsv,
  useDemoServer,
} from './helpers.mjs';

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;

const CREATE = { method: 'POST', path: '^/devicecontrol/newDeviceRequests$' };
const LIST = { method: 'GET', path: '^/devicecontrol/newDeviceRequests$' };
const BULK = { method: 'POST', path: '^/devicecontrol/bulkNewDeviceRequests$' };

const demo = useDemoServer({ C8Y_CONTROL: '1' });

beforeEach(async () => {
  await resetEmulator(demo.server.url);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

let counter = 0;
const uniqueId = (/** @type {string} */ label) => `fault-${label}-${Date.now()}-${++counter}`;

/** @param {import('playwright-core').BrowserContextOptions} [options] */
async function open(options) {
  const opened = await openDemo(demo.browser, `${demo.server.url}/`, options);
  context = opened.context;
  await requestTable(opened.page).getByRole('row').nth(1).waitFor({ timeout: 45_000 });
  return opened;
}

/**
 * Types an ID into the single wizard and presses "Register".
 * @param {import('playwright-core').Locator} dialog @param {string} id
 */
async function register(dialog, id) {
  await dialog.getByRole('textbox', { name: 'Device ID' }).first().fill(id);
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
}

test('latency: the wizard shows its progress while waiting, then the result; the list shows it is loading', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('slow');
  await addFaults(demo.server.url, [{ ...CREATE, delayMs: 2500, times: 1 }]);
  await register(dialog, id);
  await dialog.getByText('Registering devices: 0 of 1 done.').waitFor();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor({ timeout: 15_000 });
  assert.ok(await requestExists(demo.server.url, id));
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // a slow reload keeps the rows on screen and says it is loading (every list read is slow:
  // the page's own polls read it too)
  await addFaults(demo.server.url, [{ ...LIST, delayMs: 2500 }]);
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.getByText(/Loading more…/).waitFor();
  await clearFaults(demo.server.url);
  await requestTable(page).getByRole('row').filter({ hasText: id }).waitFor({ timeout: 15_000 });
  await page.getByText(/Loading more…/).waitFor({ state: 'detached', timeout: 15_000 });

  // a slow first load: the table says it is loading, then shows the rows
  await addFaults(demo.server.url, [{ ...LIST, delayMs: 2500 }]);
  await page.reload();
  await page.getByText('Loading registration requests…').waitFor();
  await clearFaults(demo.server.url);
  await requestTable(page).getByRole('row').filter({ hasText: id }).waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
});

test('5xx on create: the result says the server failed, nothing is registered, "Fix errors" keeps the ID, a retry works', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('500');
  await addFaults(demo.server.url, [{ ...CREATE, status: 500, times: 1 }]);
  await register(dialog, id);
  await dialog.getByRole('heading', { name: 'The device could not be registered.' }).waitFor();
  await dialog.getByText(/Failed: The server had a problem\./).waitFor();
  assert.equal(await dialog.getByText('Registered', { exact: true }).count(), 0);
  assert.equal(await requestExists(demo.server.url, id), false);

  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  await assert.doesNotReject(async () =>
    assert.equal(await dialog.getByRole('textbox', { name: 'Device ID' }).first().inputValue(), id),
  );
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  assert.ok(await requestExists(demo.server.url, id));
  assert.deepEqual(errors, []);
});

test('5xx, 429 and dropped connections on the list: a transient failure is retried by itself and the rows appear', async () => {
  const { page, errors } = await open();
  const table = requestTable(page);
  for (const fault of [
    { status: 500, times: 2 },
    { status: 503, retryAfter: 1, times: 1 },
    { status: 429, retryAfter: 1, times: 1 },
    { drop: true, times: 2 },
  ]) {
    await addFaults(demo.server.url, [{ ...LIST, ...fault }]);
    await page.getByRole('button', { name: 'Reload' }).click();
    await table.getByRole('row').filter({ hasText: 'DEMO-0001' }).waitFor({ timeout: 15_000 });
    assert.equal(await page.getByText('The registration requests could not be loaded.').count(), 0, JSON.stringify(fault));
  }
  assert.deepEqual(errors, []);
});

test('a lasting 5xx on the list: the table says so, keeps the rows it has, and "Retry" loads it once the server is back', async () => {
  const { page, errors } = await open();
  await addFaults(demo.server.url, [{ ...LIST, status: 500 }]);
  await page.getByRole('button', { name: 'Reload' }).click();
  const partial = page.getByRole('alert').filter({ hasText: 'Not all registration requests could be loaded.' });
  await partial.waitFor({ timeout: 20_000 });
  await partial.getByText('The server had a problem.', { exact: false }).waitFor();
  await requestTable(page).getByRole('row').filter({ hasText: 'DEMO-0001' }).waitFor();

  // a first load that fails: nothing to keep, the error and "Retry"
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'The registration requests could not be loaded.' });
  await alert.waitFor({ timeout: 20_000 });
  await alert.getByText('The server had a problem.', { exact: false }).waitFor();
  await clearFaults(demo.server.url);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await requestTable(page).getByRole('row').filter({ hasText: 'DEMO-0001' }).waitFor({ timeout: 15_000 });
  assert.deepEqual(errors, []);
});

test('429 with Retry-After on create: the result says so and the ID is kept for another try', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('429');
  await addFaults(demo.server.url, [{ ...CREATE, status: 429, retryAfter: 2, times: 1 }]);
  await register(dialog, id);
  await dialog.getByText(/Failed: Too many requests\. Please wait a moment\./).waitFor();
  assert.equal(await requestExists(demo.server.url, id), false);
  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  assert.equal(await dialog.getByRole('textbox', { name: 'Device ID' }).first().inputValue(), id);
  assert.deepEqual(errors, []);
});

test('a create dropped before the server acted: reported as failed (checked, not guessed), never as registered', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('drop');
  // every create is dropped (a browser resends a POST once by itself when a kept-alive
  // connection closes without an answer: one drop alone would never reach the page)
  await addFaults(demo.server.url, [{ ...CREATE, drop: true }]);
  await register(dialog, id);
  await dialog.getByRole('heading', { name: 'The device could not be registered.' }).waitFor();
  await dialog.getByText(/Failed: The server cannot be reached\./).waitFor();
  assert.equal(await dialog.locator('[part~="result-registered"]').count(), 0);
  assert.equal(await requestExists(demo.server.url, id), false);

  await clearFaults(demo.server.url);
  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  assert.equal(await dialog.getByRole('textbox', { name: 'Device ID' }).first().inputValue(), id);
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const rows = requestTable(page).getByRole('row').filter({ hasText: id });
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1);
  assert.deepEqual(errors, []);
});

test('a create whose answer was lost after the server stored it: registered, no false "duplicate"', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  // times 1: the browser's own resend gets the 409; times 2: that answer is lost too (network error)
  for (const times of [1, 2]) {
    const id = uniqueId(`lost${times}`);
    await addFaults(demo.server.url, [{ ...CREATE, dropAfter: true, times }]);
    await register(dialog, id);
    await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
    assert.equal(await dialog.locator('[part~="result-failed"]').count(), 0);
    assert.equal(await dialog.getByText(/already registered/).count(), 0);
    assert.equal((await requestIds(demo.server.url)).filter((x) => x === id).length, 1);
    await clearFaults(demo.server.url);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await requestTable(page).getByRole('row').filter({ hasText: id }).waitFor();
    if (times === 1) {
      await page.getByRole('button', { name: 'Register device' }).click();
      await page.getByRole('menuitem', { name: 'Single device registration' }).click();
      await dialog.getByRole('textbox', { name: 'Device ID' }).first().waitFor();
    }
  }
  assert.deepEqual(errors, []);
});

test('a create the server does not answer in time: "did not answer in time", then checked again before a resend', async () => {
  const { context: ctx } = { context: await demo.browser.newContext() };
  context = ctx;
  const page = await ctx.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install();
  await page.goto(`${demo.server.url}/`);
  await requestTable(page).getByRole('row').nth(1).waitFor();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('timeout');
  // the emulator sits on the create for 5 s and then stores it; the page gives up after 30 s
  // (fast-forwarded): the answer is lost although the device ends up registered
  await addFaults(demo.server.url, [{ ...CREATE, delayMs: 5_000, times: 1 }]);
  // fast-forward only once the create is on its way (its timeout armed): the adapter's part that
  // sends it loads first, which on a busy machine can take longer than the progress text
  const createSent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/devicecontrol/newDeviceRequests');
  await register(dialog, id);
  await dialog.getByText('Registering devices: 0 of 1 done.').waitFor();
  await createSent;
  await page.clock.fastForward(31_000);
  await dialog.getByText(/Failed: The server did not answer in time\./).waitFor({ timeout: 15_000 });
  assert.equal(await dialog.locator('[part~="result-registered"]').count(), 0);

  // the server acted after all: "Fix errors" + "Register" finds it instead of reporting a duplicate
  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  assert.equal(await dialog.getByRole('textbox', { name: 'Device ID' }).first().inputValue(), id);
  const deadline = Date.now() + 15_000;
  while (!(await requestExists(demo.server.url, id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  assert.equal(await dialog.getByText(/already registered/).count(), 0);
  assert.equal((await requestIds(demo.server.url)).filter((x) => x === id).length, 1);
  assert.deepEqual(errors, []);
});

test('a list read the server does not answer in time is retried by itself', async () => {
  const ctx = await demo.browser.newContext();
  context = ctx;
  const page = await ctx.newPage();
  await page.clock.install();
  await addFaults(demo.server.url, [{ ...LIST, delayMs: 120_000, times: 1 }]);
  // (fast-forward only once the read is on its way, its timeout armed)
  const listSent = page.waitForRequest((r) => r.method() === 'GET' && new URL(r.url()).pathname === '/devicecontrol/newDeviceRequests');
  await page.goto(`${demo.server.url}/`);
  await page.getByText('Loading registration requests…').waitFor();
  await listSent;
  await page.clock.fastForward(31_000);
  await requestTable(page).getByRole('row').filter({ hasText: 'DEMO-0001' }).waitFor({ timeout: 15_000 });
});

test('401 in the middle of work: "session expired" is shown and the typed ID is kept', async () => {
  const { page, errors } = await open();
  const dialog = await openSingleWizard(page);
  const id = uniqueId('401');
  await addFaults(demo.server.url, [{ ...CREATE, status: 401, times: 1 }]);
  await register(dialog, id);
  await dialog.getByText(/Failed: Your session has expired\. Please sign in again\./).waitFor();
  await dialog.getByRole('button', { name: 'Fix errors' }).click();
  assert.equal(await dialog.getByRole('textbox', { name: 'Device ID' }).first().inputValue(), id);
  // the page behind the dialog tells the host's user what to do
  await page.getByText(/Your session has expired\. Sign in again, then choose Reload/).waitFor({ state: 'attached' });
  // signed in again: the same input registers
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  assert.deepEqual(errors, []);
});

test('401 on the list: the page says the session expired and keeps the rows it has', async () => {
  const { page, errors } = await open();
  await addFaults(demo.server.url, [{ method: 'GET', path: '^/devicecontrol/', status: 401 }]);
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.getByText(/Your session has expired\. Sign in again, then choose Reload/).waitFor({ timeout: 15_000 });
  assert.ok(await requestTable(page).getByRole('row').filter({ hasText: 'DEMO-0001' }).isVisible());
  await resetEmulator(demo.server.url);
  await page.getByRole('button', { name: 'Reload' }).click();
  await requestTable(page).getByRole('row').filter({ hasText: 'DEMO-0001' }).waitFor({ timeout: 15_000 });
  await page.getByText(/Your session has expired/).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
});

test('live updates that fail: the table says so until polls work again (a 401 also says the session expired); a dropped connection too, and Retry', async () => {
  const { page, errors } = await open();
  const table = requestTable(page);
  // the audit's fault: every read of the list answers 401, as when the session expired with the page open
  await addFaults(demo.server.url, [{ method: 'GET', path: '^/devicecontrol/newDeviceRequests', status: 401, times: 1000 }]);
  const expired = page.locator('[part~="live-notice"]').filter({ hasText: 'Live updates have stopped: Your session has expired.' });
  await expired.waitFor({ timeout: 20_000 });
  assert.match(await expired.innerText(), /The list may be out of date\./);
  await page.getByText(/Your session has expired\. Sign in again, then choose Reload/).waitFor();
  assert.ok(await table.getByRole('row').filter({ hasText: 'DEMO-0001' }).isVisible());
  // signed in again: the next poll works, brings what changed meanwhile, and the notice goes by itself
  const id = uniqueId('live');
  await clearFaults(demo.server.url);
  await createRequest(demo.server.url, id);
  await expired.waitFor({ state: 'detached', timeout: 30_000 });
  await table.getByRole('row').filter({ hasText: id }).waitFor();

  // the connection drops (every attempt, the polls' own retries too)
  await addFaults(demo.server.url, [{ ...LIST, drop: true }]);
  const offline = page.locator('[part~="live-notice"]').filter({ hasText: 'Live updates have stopped: The server cannot be reached.' });
  await offline.waitFor({ timeout: 30_000 });
  // back: Retry reloads the list and finds out at once that the polls work again
  await clearFaults(demo.server.url);
  await offline.getByRole('button', { name: 'Retry' }).click();
  await offline.waitFor({ state: 'detached', timeout: 15_000 });
  assert.deepEqual(errors, []);
});

test('bulk: a transient failure of a later chunk is retried by itself, saying so; every row is registered once', async () => {
  const { page, errors } = await open();
  const dialog = await openBulkWizard(page);
  const prefix = uniqueId('bulk-retry');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('retry.csv', simpleCsv(prefix, 1200)));
  await dialog.getByText('Valid rows: 1,200').waitFor({ timeout: 20_000 });
  // the first chunk passes, the second gets a 503 with Retry-After: 1 once
  await addFaults(demo.server.url, [
    { ...BULK, delayMs: 0, times: 1 },
    { ...BULK, status: 503, retryAfter: 1, times: 1 },
  ]);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await dialog.getByText(/Chunk 2 failed: The server had a problem\..*Trying again in 1 s/).waitFor({ timeout: 15_000 });
  await dialog.getByText('The upload is complete.').waitFor({ timeout: 30_000 });
  const ids = (await requestIds(demo.server.url)).filter((x) => x.startsWith(prefix));
  assert.equal(ids.length, 1200);
  assert.equal(new Set(ids).size, 1200);
  assert.match(await dialog.locator('[part~="summary"]').innerText(), /Created\s+1,200/);
  assert.deepEqual(errors, []);
});

test('bulk: an upload interrupted after the first chunk keeps the file, resumes without duplicates and accounts for every row once', async () => {
  const { page, errors } = await open();
  const dialog = await openBulkWizard(page);
  const prefix = uniqueId('bulk-resume');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('resume.csv', simpleCsv(prefix, 1200)));
  await dialog.getByText('Valid rows: 1,200').waitFor({ timeout: 20_000 });
  // first chunk through; then every attempt at the second chunk is dropped (the network is down)
  await addFaults(demo.server.url, [
    { ...BULK, delayMs: 0, times: 1 },
    { ...BULK, drop: true },
  ]);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  const outcome = dialog.getByRole('alert').filter({ hasText: 'The upload stopped' });
  await outcome.waitFor({ timeout: 30_000 });
  assert.match(await outcome.innerText(), /chunk 2 of 3 could not be sent\. The server cannot be reached\..*500 of 1,200 rows were sent; 700 rows were not sent/s);
  assert.equal((await requestIds(demo.server.url)).filter((x) => x.startsWith(prefix)).length, 500);

  await clearFaults(demo.server.url); // the network is back
  await dialog.getByRole('button', { name: 'Resume upload' }).click();
  await dialog.getByText('The upload is complete.').waitFor({ timeout: 30_000 });
  const ids = (await requestIds(demo.server.url)).filter((x) => x.startsWith(prefix));
  assert.equal(ids.length, 1200);
  assert.equal(new Set(ids).size, 1200);
  const summary = await dialog.locator('[part~="summary"]').innerText();
  assert.match(summary, /Created\s+1,200/);
  assert.match(summary, /Failed on the server\s+0/);
  assert.deepEqual(errors, []);
});

test('bulk: a chunk whose answer was lost after the server stored it is not reported as failed duplicates', async () => {
  const { page, errors } = await open();
  const dialog = await openBulkWizard(page);
  const prefix = uniqueId('bulk-lost');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('lost.csv', simpleCsv(prefix, 1200)));
  await dialog.getByText('Valid rows: 1,200').waitFor({ timeout: 20_000 });
  await addFaults(demo.server.url, [
    { ...BULK, delayMs: 0, times: 1 },
    { ...BULK, dropAfter: true, times: 1 },
  ]);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await dialog.getByRole('heading', { name: 'Result' }).waitFor({ timeout: 30_000 });
  if (await dialog.getByRole('button', { name: 'Resume upload' }).isVisible()) {
    await dialog.getByRole('button', { name: 'Resume upload' }).click();
  }
  await dialog.getByText('The upload is complete.').waitFor({ timeout: 30_000 });
  const ids = (await requestIds(demo.server.url)).filter((x) => x.startsWith(prefix));
  assert.equal(new Set(ids).size, 1200);
  const summary = await dialog.locator('[part~="summary"]').innerText();
  // every row exactly once: the 500 rows of the lost answer are registered, not "failed: already exists"
  assert.match(summary, /Failed on the server\s+0/, summary);
  assert.match(summary, /Created\s+1,200/, summary);
  assert.deepEqual(errors, []);
});

test('bulk: 401 during the upload says the session expired and keeps the file for resuming', async () => {
  const { page, errors } = await open();
  const dialog = await openBulkWizard(page);
  const prefix = uniqueId('bulk-401');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('session.csv', simpleCsv(prefix, 600)));
  await dialog.getByText('Valid rows: 600').waitFor({ timeout: 20_000 });
  await addFaults(demo.server.url, [{ ...BULK, status: 401, times: 1 }]);
  await dialog.getByRole('button', { name: 'Upload' }).click();
  const outcome = dialog.getByRole('alert').filter({ hasText: 'The upload stopped' });
  await outcome.waitFor({ timeout: 15_000 });
  assert.match(await outcome.innerText(), /Your session has expired/);
  await dialog.getByRole('button', { name: 'Resume upload' }).click();
  await dialog.getByText('The upload is complete.').waitFor({ timeout: 30_000 });
  assert.equal((await requestIds(demo.server.url)).filter((x) => x.startsWith(prefix)).length, 600);
  assert.deepEqual(errors, []);
});

test('a part of the built page dropped by the network: Try again loads it, and the device typed then is registered', async () => {
  const { page } = await open();
  // the single wizard's chunks of the demo bundle (names with content hashes), as a dropped connection fails them
  const wizardChunks = /\/chunks\/single-wizard-[^/]+\.js$/;
  await page.route(wizardChunks, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Single device registration' });
  await dialog.getByRole('alert').filter({ hasText: 'This registration form could not be loaded. Check the connection, then try again.' }).waitFor();

  await page.unroute(wizardChunks);
  await dialog.getByRole('button', { name: 'Try again' }).click();
  const wizard = page.getByRole('dialog', { name: 'Register devices' });
  await wizard.getByRole('textbox', { name: 'Device ID' }).first().waitFor();
  const id = uniqueId('chunk');
  await register(wizard, id);
  await wizard.getByRole('heading', { name: 'Device registered.' }).waitFor({ timeout: 15_000 });
  assert.ok(await requestExists(demo.server.url, id));
});
