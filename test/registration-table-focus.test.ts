// The keyboard focus in a virtualized table: the virtualizer renders a few rows beyond each edge of
// the scrolled area (which Tab would otherwise reach first) and takes rows that leave its range out
// of the DOM (the focused one too).
import './helpers/lit-warnings.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/registration-table.js';

const part = (table: DevRegRegistrationTable, name: string) => root(table).querySelector<HTMLElement>(`[part~=${name}]`);
const rows = (table: DevRegRegistrationTable) => [...root(table).querySelectorAll<HTMLElement>('[role=row][part~=row]')];
const announcement = (table: DevRegRegistrationTable) => root(table).querySelector('[role=status][aria-live=polite]')!.textContent.trim();
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
/** The focused element's accessible name (a row control's "Remove dev-0042"). */
const focusedName = (table: DevRegRegistrationTable) => root(table).activeElement?.getAttribute('aria-label') ?? root(table).activeElement?.getAttribute('part');

/** 500 requests, newest first in ID order. */
const requests = () =>
  Array.from({ length: 500 }, (_, i) => ({
    id: `dev-${String(i).padStart(4, '0')}`,
    creationTime: new Date(Date.UTC(2024, 0, 1) + (500 - i) * 60_000).toISOString(),
  }));

async function virtualTable(adapter = new MemoryAdapter({ requests: requests() })): Promise<{ table: DevRegRegistrationTable; adapter: MemoryAdapter }> {
  const table = await fixture<DevRegRegistrationTable>(html`<devreg-registration-table .adapter=${adapter}></devreg-registration-table>`);
  await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '501' && part(table, 'body')!.style.contain !== '', 'virtualized', { timeout: 5000 });
  return { table, adapter };
}

/** The rows' area: below the column headers, to the bottom of the table's box (or of the window). */
function area(table: DevRegRegistrationTable): { top: number; bottom: number } {
  const box = part(table, 'table')!;
  return {
    top: part(table, 'header')!.getBoundingClientRect().bottom,
    bottom: Math.min(innerHeight, box.getBoundingClientRect().top + box.clientTop + box.clientHeight),
  };
}

/** The rows whose middle is in sight, in order. */
function inSight(table: DevRegRegistrationTable): HTMLElement[] {
  const { top, bottom } = area(table);
  return rows(table)
    .filter((r) => {
      const { top: t, bottom: b } = r.getBoundingClientRect();
      return (t + b) / 2 > top && (t + b) / 2 < bottom;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

/** Scrolls the table's box to `to` and waits until the virtualizer has rendered the rows there and they stay. */
async function scrollTo(table: DevRegRegistrationTable, to: number): Promise<void> {
  part(table, 'table')!.scrollTop = to;
  let last = '';
  await waitUntil(async () => {
    await frames(2);
    const first = inSight(table)[0];
    const now = first ? `${first.dataset.id}@${first.getBoundingClientRect().top}` : '';
    const same = !!first && now === last;
    last = now;
    return same;
  }, 'the rows rendered there');
}

describe('devreg-registration-table: keyboard focus among virtualized rows', () => {
  it('enters the rows with Tab at the first row in sight, not at a row rendered above it, and keeps the rows where they were', async () => {
    const { table } = await virtualTable();
    await scrollTo(table, 6000);
    const box = part(table, 'table')!;
    const first = inSight(table)[0];
    expect(rows(table)[0].getBoundingClientRect().bottom, 'rows are rendered above the area').to.be.below(area(table).top);
    box.focus();
    const scrolled = box.scrollTop;
    await sendKeys({ press: 'Tab' });
    expect(focusedName(table)).to.equal(`Remove ${first.dataset.id}`);
    await frames(2);
    const rowHeight = first.getBoundingClientRect().height;
    expect(Math.abs(box.scrollTop - scrolled), 'the rows stay (about) where they were').to.be.below(rowHeight);
  });

  it('moves to the row above the first in sight with Shift+Tab by scrolling it just into sight, not to the middle', async () => {
    const { table } = await virtualTable();
    await scrollTo(table, 6000);
    const box = part(table, 'table')!;
    const first = inSight(table)[0];
    first.querySelector<HTMLElement>('[part~=remove-button]')!.focus();
    await frames(2);
    const previous = rows(table)[rows(table).indexOf(first) - 1];
    const rowHeight = first.getBoundingClientRect().height;
    const scrolled = box.scrollTop;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedName(table)).to.equal(`Remove ${previous.dataset.id}`);
    expect(scrolled - box.scrollTop, 'scrolled up by about a row').to.be.within(0, rowHeight * 1.5);
    expect(inSight(table)[0], 'the focused row is the first in sight').to.equal(previous);
  });

  it('enters the rows at the new place with Tab right after the scrollbar was dragged there', async () => {
    const { table } = await virtualTable();
    await scrollTo(table, 2000);
    const box = part(table, 'table')!;
    box.focus();
    box.scrollTop = 15_000; // (as a drag of the scrollbar does: the virtualizer renders the rows there a frame later)
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => root(table).activeElement !== box, 'the focus in a row', { timeout: 2000 });
    const focusedRow = root(table).activeElement!.closest<HTMLElement>('[part~=row]')!;
    expect(focusedRow, 'the focus is in a row').to.exist;
    await frames(2);
    expect(Math.abs(box.scrollTop - 15_000), 'not scrolled back to the rows focused before the jump').to.be.below(100);
    expect(inSight(table)[0], 'the first row in sight').to.equal(focusedRow);
  });

  it('keeps the focus in the table when the focused row moves out of the rendered rows, and says where it went', async () => {
    const { table, adapter } = await virtualTable();
    await scrollTo(table, 6000);
    const box = part(table, 'table')!;
    const row = inSight(table)[2];
    const id = row.dataset.id!;
    const rowHeight = row.getBoundingClientRect().height;
    row.querySelector<HTMLElement>('[part~=remove-button]')!.focus();
    const scrolled = box.scrollTop;
    await adapter.bootstrap(id); // pending now: to the top of the list, far from the rendered rows
    await waitUntil(() => !rows(table).some((r) => r.dataset.id === id), 'the row moved away');
    await waitUntil(() => announcement(table).includes('moved'), 'said where it went');
    expect(document.activeElement, 'not the page').to.equal(table);
    expect(root(table).activeElement, "the table's box").to.equal(box);
    expect(announcement(table)).to.contain(`Device ${id} moved to row 1.`);
    expect(Math.abs(box.scrollTop - scrolled), 'the rows being read stay').to.be.below(rowHeight * 1.5);
    // Tab goes on from the rows in sight
    await sendKeys({ press: 'Tab' });
    expect(focusedName(table)).to.equal(`Remove ${inSight(table)[0].dataset.id}`);
  });
});
