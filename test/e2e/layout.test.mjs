/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Layouts hold (issue 8, item 7): at 320 px width and at 200% zoom the document never scrolls
// sideways and every control is on screen; right-to-left mirrors the page without overlaps.
// Screenshots go to $LAYOUT_SHOTS (default: a temp directory) for a human to look at.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDemo, requestTable, useDemoServer } from './helpers.mjs';

const SHOTS = process.env.LAYOUT_SHOTS ?? join(tmpdir(), 'devreg-layout');
mkdirSync(SHOTS, { recursive: true });

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;

const demo = useDemoServer();

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/**
 * @param {import('playwright-core').BrowserContextOptions} options @param {string} [query]
 */
async function open(options, query = '') {
  const opened = await openDemo(demo.browser, `${demo.server.url}/${query}`, options);
  context = opened.context;
  await opened.page.getByRole('table').getByRole('row').nth(1).waitFor({ timeout: 45_000 });
  return opened;
}

/** @param {import('playwright-core').Page} page */
function documentWidth(page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}

/**
 * Asserts the document does not scroll sideways and each locator is fully inside the viewport
 * horizontally (after scrolling it into view vertically).
 * @param {import('playwright-core').Page} page
 * @param {string} state
 * @param {import('playwright-core').Locator[]} controls
 */
async function assertFits(page, state, controls) {
  const width = page.viewportSize()?.width ?? 0;
  const doc = await documentWidth(page);
  assert.ok(doc.scroll <= width, `${state}: the document is ${doc.scroll} px wide in a ${width} px viewport`);
  for (const control of controls) {
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    assert.ok(box, `${state}: ${control} is not rendered`);
    assert.ok(box.width > 0 && box.height > 0, `${state}: ${control} has no size`);
    assert.ok(box.x >= -0.5 && box.x + box.width <= width + 0.5, `${state}: ${control} sticks out (${box.x}…${box.x + box.width} of ${width})`);
  }
}

/**
 * What is cut off inside the table: status labels shortened with an ellipsis, rows whose cells
 * stick out of the row (and its background), action buttons sticking out of their cell.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
function clippedInTable(page) {
  return page.evaluate(() => {
    /** @param {Document | ShadowRoot} root @param {string} tag @returns {Element | undefined} */
    const find = (root, tag) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === tag) return el;
        const inner = el.shadowRoot && find(el.shadowRoot, tag);
        if (inner) return inner;
      }
      return undefined;
    };
    const table = find(document, 'devreg-registration-table')?.shadowRoot;
    if (!table) return ['no table'];
    /** @type {string[]} */
    const out = [];
    for (const row of table.querySelectorAll('[part~=row]')) {
      const id = /** @type {HTMLElement} */ (row).dataset.id;
      if (row.scrollWidth > row.clientWidth + 1) out.push(`row ${id}: ${row.scrollWidth} px of content in ${row.clientWidth} px`);
      const label = row.querySelector('devreg-status-badge')?.shadowRoot?.querySelector('[part~=label]');
      if (label && label.scrollWidth > label.clientWidth + 1) out.push(`row ${id}: status "${label.textContent}" is cut off`);
      const cell = row.querySelector('[part~=actions]');
      const controls = cell?.firstElementChild;
      if (cell && controls && controls.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) {
        out.push(`row ${id}: the actions stick out of their cell`);
      }
    }
    return out;
  });
}

/**
 * Whether any two of the boxes overlap (by more than half a pixel).
 * @param {{name: string, box: {x: number, y: number, width: number, height: number}}[]} items
 */
function overlaps(items) {
  const found = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i].box;
      const b = items[j].box;
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (x > 0.5 && y > 0.5) found.push(`${items[i].name} × ${items[j].name}`);
    }
  }
  return found;
}

/** @param {import('playwright-core').Locator} locator @param {string} name */
async function boxOf(locator, name) {
  const box = await locator.boundingBox();
  assert.ok(box, `${name} is not rendered`);
  return { name, box };
}

/**
 * Walks the page at one viewport: list, menu, each wizard; asserts they fit and takes shots.
 * @param {import('playwright-core').BrowserContextOptions} options @param {string} label
 */
async function walk(options, label) {
  const { page, errors } = await open(options);
  const table = requestTable(page);
  const header = [
    page.getByRole('heading', { name: /^Device registration/ }),
    page.getByRole('button', { name: 'Accept all' }),
    page.getByRole('button', { name: 'Reload' }),
    page.getByRole('button', { name: 'Register device' }),
  ];
  const pendingRow = table.getByRole('row').filter({ hasText: 'Pending acceptance' }).first();
  await assertFits(page, `${label} list`, [
    ...header,
    page.getByRole('searchbox', { name: 'Search by device ID' }),
    pendingRow.getByRole('button', { name: /^Accept/ }),
    pendingRow.getByRole('button', { name: /^Remove/ }),
    pendingRow.getByRole('textbox', { name: 'Security token' }),
  ]);
  assert.deepEqual(overlaps(await Promise.all(header.map((l, i) => boxOf(l, String(i))))), [], `${label}: header controls overlap`);
  assert.deepEqual(await clippedInTable(page), [], `${label}: the table cuts things off`);
  await page.screenshot({ path: join(SHOTS, `${label}-list.png`), fullPage: true });

  await page.getByRole('button', { name: 'Register device' }).click();
  const items = ['Single device registration', 'Bulk device registration'].map((name) => page.getByRole('menuitem', { name }));
  await items[0].waitFor();
  await assertFits(page, `${label} menu`, items);
  await page.screenshot({ path: join(SHOTS, `${label}-menu.png`) });

  await items[0].click();
  let dialog = page.getByRole('dialog', { name: 'Register devices' });
  await dialog.getByRole('textbox', { name: 'Device ID' }).waitFor();
  await dialog.getByRole('button', { name: 'Add device' }).click();
  await assertFits(page, `${label} single wizard`, [
    dialog.getByRole('textbox', { name: 'Device ID' }).nth(1),
    dialog.getByRole('combobox', { name: 'Group' }).nth(1),
    dialog.getByRole('button', { name: 'Add device' }),
    dialog.getByRole('button', { name: 'Register', exact: true }),
    dialog.getByRole('button', { name: 'Close dialog' }),
  ]);
  await page.screenshot({ path: join(SHOTS, `${label}-single.png`) });
  await dialog.getByRole('textbox', { name: 'Device ID' }).nth(0).fill(`layout-${label}-${Date.now()}`);
  await dialog.getByRole('button', { name: /^Remove device 2/ }).click();
  await dialog.getByRole('button', { name: 'Register', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Device registered.' }).waitFor();
  await assertFits(page, `${label} single wizard result`, [dialog.getByRole('button', { name: 'Close', exact: true })]);
  await page.screenshot({ path: join(SHOTS, `${label}-single-result.png`) });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Bulk device registration' }).click();
  dialog = page.getByRole('dialog', { name: 'Bulk device registration' });
  await dialog.getByLabel('CSV file').waitFor();
  await assertFits(page, `${label} bulk wizard`, [
    dialog.getByRole('button', { name: 'Download simple template' }),
    dialog.getByRole('button', { name: 'Download full template' }),
  ]);
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'layout.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ID;PATH\nlayout-bulk-1;Building A/Floor 1\n;missing id\n'),
  });
  await dialog.getByText('Invalid rows: 1').waitFor();
  await assertFits(page, `${label} bulk preview`, [dialog.getByRole('button', { name: 'Upload' })]);
  await page.screenshot({ path: join(SHOTS, `${label}-bulk-preview.png`) });
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  const discard = page.getByRole('button', { name: 'Discard', exact: true });
  if (await discard.isVisible()) await discard.click();
  await dialog.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Demo protocol' }).first().click();
  dialog = page.getByRole('dialog', { name: 'Demo protocol' });
  await dialog.getByRole('textbox', { name: /Device ID/ }).waitFor();
  await assertFits(page, `${label} extension wizard`, [
    dialog.getByRole('textbox', { name: /Device ID/ }),
    dialog.getByRole('button', { name: 'Next' }),
  ]);
  await page.screenshot({ path: join(SHOTS, `${label}-extension.png`) });
  assert.deepEqual(errors, []);
  return page;
}

test('320 px wide: nothing scrolls sideways, every control is on screen', async () => {
  await walk({ viewport: { width: 320, height: 640 } }, 'w320');
});

test('200% zoom (a 1280 px window at 2× = 640 CSS px): nothing scrolls sideways, every control is on screen', async () => {
  await walk({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, 'zoom200');
});

test('German labels fit: no status is cut off, nothing scrolls sideways at 320 px', async () => {
  for (const width of [1024, 320]) {
    const { page, errors } = await open({ viewport: { width, height: 700 } }, '?lang=de');
    assert.deepEqual(await clippedInTable(page), [], `de ${width}`);
    const doc = await documentWidth(page);
    assert.ok(doc.scroll <= width, `de ${width}: the document is ${doc.scroll} px wide`);
    await page.screenshot({ path: join(SHOTS, `de-${width}-list.png`) });
    assert.deepEqual(errors, []);
    await context?.close();
    context = undefined;
  }
});

test('right-to-left: the page is mirrored, nothing overlaps, nothing scrolls sideways', async () => {
  const { page, errors } = await open({ viewport: { width: 1024, height: 768 } });
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
  await page.waitForTimeout(100);
  const width = 1024;
  const heading = await boxOf(page.getByRole('heading', { name: /^Device registration/ }), 'heading');
  const register = await boxOf(page.getByRole('button', { name: 'Register device' }), 'Register device');
  const reload = await boxOf(page.getByRole('button', { name: 'Reload' }), 'Reload');
  const acceptAll = await boxOf(page.getByRole('button', { name: 'Accept all' }), 'Accept all');
  // mirrored: the heading starts at the right, the toolbar sits left of it
  assert.ok(heading.box.x + heading.box.width > width / 2, 'the heading is on the right');
  assert.ok(register.box.x < heading.box.x, 'the toolbar is left of the heading');
  assert.deepEqual(overlaps([heading, register, reload, acceptAll]), []);

  // the table's first column (Device ID) is the rightmost one
  const table = requestTable(page);
  const idHeader = await boxOf(table.getByRole('columnheader', { name: 'Device ID' }), 'Device ID');
  const statusHeader = await boxOf(table.getByRole('columnheader', { name: 'Status' }), 'Status');
  assert.ok(idHeader.box.x > statusHeader.box.x, 'Device ID is right of Status');
  const row = table.getByRole('row').filter({ hasText: 'Pending acceptance' }).first();
  const cells = await Promise.all(
    [
      [row.getByRole('cell').first(), 'id cell'],
      [row.getByRole('button', { name: /^Accept/ }), 'Accept'],
      [row.getByRole('button', { name: /^Remove/ }), 'Remove'],
      [row.getByRole('textbox', { name: 'Security token' }), 'token'],
    ].map(([l, n]) => boxOf(/** @type {import('playwright-core').Locator} */ (l), /** @type {string} */ (n))),
  );
  assert.deepEqual(overlaps(cells), []);
  assert.deepEqual(await clippedInTable(page), [], 'rtl: the table cuts things off');
  const doc = await documentWidth(page);
  assert.ok(doc.scroll <= doc.client, `the document is ${doc.scroll} px wide`);
  await page.screenshot({ path: join(SHOTS, 'rtl-list.png') });

  // the single wizard in a dialog, mirrored
  await page.getByRole('button', { name: 'Register device' }).click();
  await page.getByRole('menuitem', { name: 'Single device registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register devices' });
  const input = dialog.getByRole('textbox', { name: 'Device ID' });
  await input.waitFor();
  const close = await boxOf(dialog.getByRole('button', { name: 'Close dialog' }), 'Close dialog');
  const dialogBox = await boxOf(dialog, 'dialog');
  assert.ok(close.box.x < dialogBox.box.x + dialogBox.box.width / 2, 'the close button is on the left');
  const fields = await Promise.all([
    boxOf(input, 'Device ID'),
    boxOf(dialog.getByRole('combobox', { name: 'Group' }), 'Group'),
    boxOf(dialog.getByRole('button', { name: 'Add device' }), 'Add device'),
    boxOf(dialog.getByRole('button', { name: 'Register', exact: true }), 'Register'),
  ]);
  assert.deepEqual(overlaps(fields), []);
  await page.screenshot({ path: join(SHOTS, 'rtl-single.png') });
  assert.deepEqual(errors, []);
});
