// End to end, as an operator and a device would: `npm start`, register a device in the UI,
// the device calls in over HTTP, the operator accepts it in the UI, the device gets credentials.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapCall, useDemoServer } from './helpers.mjs';

const demo = useDemoServer();

test('register in the UI, device calls in, accept in the UI, device receives credentials', async () => {
  const page = await demo.browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.server.url}/`);
  await page.getByRole('heading', { name: /^Device registration/ }).waitFor();

  const id = `e2e-${Date.now()}`;
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register devices' });
  await dialog.getByRole('textbox', { name: 'Device ID' }).fill(id);
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByText(id).first().waitFor();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const table = page.getByRole('table', { name: 'Device registration requests' });
  const row = table.getByRole('row').filter({ hasText: id });
  await row.getByText('Waiting for connection', { exact: true }).waitFor();

  // the device calls in: not accepted yet → 404, and the row turns pending
  const first = await bootstrapCall(demo.server.url, id);
  assert.equal(first.status, 404);
  await row.getByText('Pending acceptance', { exact: true }).waitFor({ timeout: 15_000 });

  await row.getByRole('button', { name: /^Accept/ }).click();
  await row.getByText('Accepted', { exact: true }).waitFor({ timeout: 15_000 });

  // the device's next call receives its credentials
  const second = await bootstrapCall(demo.server.url, id);
  assert.equal(second.status, 201); // Cumulocity answers the credentials with 201 Created
  const credentials = /** @type {{id: string, username: string, password: string}} */ (await second.json());
  assert.equal(credentials.id, id);
  assert.ok(credentials.username && credentials.password);
  assert.deepEqual(errors, []);
});

test("the list shows a request's group by its name (looked up in the inventory)", async () => {
  const page = await demo.browser.newPage();
  await page.goto(`${demo.server.url}/`);
  const table = page.getByRole('table', { name: 'Device registration requests' });
  // the demo's third request is in the group "Warehouse" (emulator/seed.mjs)
  const row = table.getByRole('row').filter({ hasText: 'DEMO-0003' });
  await row.getByRole('cell', { name: 'Warehouse', exact: true }).waitFor();
  await page.close();
});
