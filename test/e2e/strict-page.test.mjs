// Issue 8.4: the components work on a page with a strict Content-Security-Policy and Trusted Types.
// `npm start` serves the demo page again at /strict/ (demo/strict/index.html: no inline script or
// style), and its static server (emulator/static.mjs) sends its STRICT_CSP as an HTTP response
// header for everything under /strict/. This test checks the page arrives with exactly that policy
// (nothing is injected), then registers a device, lets it call in, accepts it and reads and
// uploads a bulk CSV file (the CSV reader runs in a Web Worker), collecting every
// `securitypolicyviolation` event, console error and page error.
// It asserts there were none, and finally proves the policy was in force by provoking one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapCall, useDemoServer } from './helpers.mjs';
import { STRICT_CSP } from '../../emulator/static.mjs';

const demo = useDemoServer();

/**
 * A page that records violations (from the first script on), console errors and uncaught errors.
 * The strict policy comes from the server itself (emulator/static.mjs, for paths under /strict/).
 */
async function strictPage() {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  const problems = { violations: [], consoleErrors: [], pageErrors: [] };
  // runs before any script of the page (injected by the demo.browser, not subject to the page's policy)
  await page.addInitScript(() => {
    window.__violations = [];
    // on window, capturing: reports fired at the document and at elements in shadow roots alike
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      },
      true,
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(e.message));
  const violations = async () => [...(await page.evaluate(() => window.__violations ?? []))];
  return { context, page, problems, violations };
}

/** Register, call in, accept, bulk read and upload: every kind of work the components do. */
async function runFlow(page) {
  await page.getByRole('heading', { name: /^Device registration/ }).waitFor();

  // register one device in the single wizard
  const id = `strict-${Date.now()}`;
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  const single = page.getByRole('dialog', { name: 'Register devices' });
  await single.getByRole('textbox', { name: 'Device ID' }).fill(id);
  await single.getByRole('button', { name: 'Register', exact: true }).click();
  await single.getByRole('button', { name: 'Close', exact: true }).click();

  // the device calls in; accept it in the table
  const table = page.getByRole('table', { name: 'Device registration requests' });
  const row = table.getByRole('row').filter({ hasText: id });
  await row.getByText('Waiting for connection', { exact: true }).waitFor();
  assert.equal((await bootstrapCall(demo.server.url, id)).status, 404);
  await row.getByText('Pending acceptance', { exact: true }).waitFor({ timeout: 15_000 });
  await row.getByRole('button', { name: /^Accept/ }).click();
  await row.getByText('Accepted', { exact: true }).waitFor({ timeout: 15_000 });
  assert.ok((await bootstrapCall(demo.server.url, id)).ok, 'the device receives its credentials');

  // bulk: the CSV is read in a Web Worker, previewed, then uploaded
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Bulk device registration' }).click();
  const bulk = page.getByRole('dialog', { name: 'Bulk device registration' });
  const csv = `ID;PATH\r\n${id}-bulk-1;Strict/CSP\r\n${id}-bulk-2;Strict/CSP\r\n;missing id\r\n`;
  await bulk.getByLabel('CSV file').setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await bulk.getByText('Valid rows: 2').waitFor({ timeout: 15_000 });
  await bulk.getByText('Invalid rows: 1').waitFor();
  await bulk.getByRole('button', { name: 'Upload', exact: true }).click();
  await bulk.getByRole('button', { name: 'Close', exact: true }).waitFor({ timeout: 15_000 });
  await table.getByRole('row').filter({ hasText: `${id}-bulk-2` }).waitFor({ timeout: 15_000 });
  await bulk.getByRole('button', { name: 'Close', exact: true }).click();

  // parts loaded on first use bring their styles as constructable sheets (a <style> would be refused):
  // the remove confirmation, styled and working
  await table.getByRole('row').filter({ hasText: `${id}-bulk-1` }).getByRole('button', { name: /^Remove/ }).click();
  const removal = page.getByRole('dialog', { name: 'Remove registration?' });
  await removal.getByRole('button', { name: 'Remove registration' }).click();
  await table.getByRole('row').filter({ hasText: `${id}-bulk-1` }).waitFor({ state: 'detached', timeout: 15_000 });
  // and the page dialog's "Discard changes?" question
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  await single.getByRole('textbox', { name: 'Device ID' }).fill(`${id}-typed`);
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Discard changes?' });
  assert.notEqual(await question.evaluate((el) => getComputedStyle(el).position), 'static', 'the question is styled');
  await question.getByRole('button', { name: 'Discard' }).click();
  await single.waitFor({ state: 'hidden' });
}

test('a strict CSP with Trusted Types: register, accept and bulk-parse without a single violation', async () => {
  const { context, page, problems, violations } = await strictPage();
  try {
    const response = await page.goto(`${demo.server.url}/strict/`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP, 'the server sends the page with the policy header');
    try {
      await runFlow(page);
    } catch (error) {
      // a step that never completed: say what the page reported on the way
      const report = JSON.stringify({ violations: await violations(), ...problems }, null, 2);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nWhat the page reported:\n${report}`, { cause: error });
    }

    // let late reports arrive
    await page.waitForTimeout(300);
    assert.deepEqual(await violations(), [], 'Content-Security-Policy / Trusted Types violations');
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    assert.deepEqual(problems.pageErrors, [], 'uncaught errors');

    // the policy really is in force: an inline style and an HTML string sink are refused and reported
    const refused = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'Trusted Types are enforced');
    await page.waitForTimeout(100);
    const provoked = await violations();
    assert.ok(provoked.some((v) => v.startsWith('style-src')), `an inline style is reported: ${provoked.join(' | ')}`);
    assert.ok(provoked.some((v) => v.startsWith('require-trusted-types-for')), `a Trusted Types violation is reported: ${provoked.join(' | ')}`);
  } finally {
    await context.close();
  }
});
