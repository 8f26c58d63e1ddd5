// A list too tall for the virtualizer (over 8,200,000 px) is shown in parts: 60,000 cards of a
// 360 px wide table (~166 px each) are ~10 million px.
import './helpers/lit-warnings.js';
import { root } from './helpers/dom.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { CallOptions, ListQuery, ListResult } from '../src/adapters/registration-adapter.js';
import type { DevRegRegistrationTable } from '../src/components/registration-table/registration-table.js';
import '../src/define/registration-table.js';

const part = (table: DevRegRegistrationTable, name: string) => root(table).querySelector<HTMLElement>(`[part~=${name}]`);
const rows = (table: DevRegRegistrationTable) => [...root(table).querySelectorAll<HTMLElement>('[role=row][part~=row]')];
const rowIndexes = (table: DevRegRegistrationTable) => rows(table).map((r) => Number(r.getAttribute('aria-rowindex')));
const barText = (table: DevRegRegistrationTable) => part(table, 'length-note')?.querySelector('span')?.textContent?.trim() ?? null;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const requests = (prefix: string, n = 60_000) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${String(i).padStart(5, '0')}` }));
const en = (n: number) => n.toLocaleString('en');

function narrowTable(adapter: MemoryAdapter): Promise<DevRegRegistrationTable> {
  return fixture<DevRegRegistrationTable>(
    html`<devreg-registration-table style="display: block; width: 360px" .adapter=${adapter}></devreg-registration-table>`,
  );
}

/** A narrow table of 60,000 requests, once it shows them in parts; and the rows per part. */
async function inParts(adapter = new MemoryAdapter({ requests: requests('dev') })): Promise<{ table: DevRegRegistrationTable; size: number }> {
  const table = await narrowTable(adapter);
  await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '60001' && part(table, 'body')!.style.contain !== '', 'virtualized', { timeout: 10_000 });
  await waitUntil(() => barText(table), 'in parts', { timeout: 5000 });
  const size = Number(/^Rows 1–([\d,]+) of/.exec(barText(table)!)![1].replace(/,/g, ''));
  return { table, size };
}

async function nextPart(table: DevRegRegistrationTable, size: number): Promise<void> {
  part(table, 'next-rows')!.click();
  await waitUntil(() => barText(table)?.startsWith(`Rows ${en(size + 1)}–`), 'the second part', { timeout: 5000 });
}

describe('devreg-registration-table: a list too tall for the virtualizer', () => {
  it('shows a list too tall to scroll through at once in parts, every row reachable, and whole again once a search shortens it', async () => {
    // 60,000 cards (a narrow table) of ~166 px: over the virtualizer's 8,200,000 px, so as one
    // list its last rows could not be scrolled to
    const table = await narrowTable(new MemoryAdapter({ requests: requests('dev') }));
    const bar = () => part(table, 'length-note');
    const scroller = () => part(table, 'table')!;
    await waitUntil(() => scroller()?.getAttribute('aria-rowcount') === '60001' && part(table, 'body')!.style.contain !== '', 'virtualized', { timeout: 8000 });
    await waitUntil(() => bar(), 'shown in parts', { timeout: 5000 });
    const first = /^Rows 1–([\d,]+) of 60,000: the list is too long to scroll through at once\.$/.exec(bar()!.querySelector('span')!.textContent.trim());
    expect(first, bar()!.textContent).to.not.equal(null);
    const size = Number(first![1].replace(/,/g, ''));
    expect(size, 'rows per part').to.be.within(10_000, 50_000);
    expect(part(table, 'previous-rows')!.getAttribute('aria-disabled'), 'the first part').to.equal('true');
    expect(part(table, 'next-rows')!.getAttribute('aria-disabled')).to.equal('false');
    expect(scroller().getAttribute('aria-rowcount'), 'the whole list is still announced').to.equal('60001');
    await expect(table).to.be.accessible();

    // the end of a part can be scrolled to
    scroller().scrollTop = scroller().scrollHeight;
    await waitUntil(async () => (await frames(2), Math.max(...rowIndexes(table)) === size + 1), `row ${size} at the end of the first part`, { timeout: 5000 });

    // the next part: from its first row, and said
    (part(table, 'next-rows') as HTMLButtonElement).focus();
    (part(table, 'next-rows') as HTMLButtonElement).click();
    await waitUntil(() => bar()!.textContent.includes(`Rows ${(size + 1).toLocaleString('en')}–60,000 of 60,000`), 'the second part', { timeout: 5000 });
    await waitUntil(async () => (await frames(1), Math.min(...rowIndexes(table)) === size + 2), 'its first row at the top', { timeout: 5000 });
    await waitUntil(() => root(table).querySelector('[role=status][aria-live=polite]')!.textContent.includes(`Rows ${(size + 1).toLocaleString('en')}–60,000`), 'announced');
    const next = part(table, 'next-rows') as HTMLButtonElement;
    expect(next.getAttribute('aria-disabled'), 'the last part').to.equal('true');
    expect(next.matches(':focus') || root(table).activeElement === next, 'the focus stays on "Next rows"').to.equal(true);
    next.click(); // nothing after the last part
    await frames(2);
    expect(bar()!.textContent).to.include(`Rows ${(size + 1).toLocaleString('en')}–60,000`);
    scroller().scrollTop = scroller().scrollHeight;
    await waitUntil(async () => (await frames(2), Math.max(...rowIndexes(table)) === 60_001), 'the very last row reached', { timeout: 5000 });
    expect(rows(table).at(-1)!.dataset.id).to.equal('dev-59999');

    // back: the previous part from its end
    (part(table, 'previous-rows') as HTMLButtonElement).click();
    await waitUntil(() => bar()!.textContent.includes(`Rows 1–${size.toLocaleString('en')} of 60,000`), 'the first part again', { timeout: 5000 });
    await waitUntil(async () => (await frames(1), Math.max(...rowIndexes(table)) === size + 1), 'shown from its end', { timeout: 5000 });

    const search = part(table, 'search') as HTMLInputElement;
    search.value = 'dev-1';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => bar() === null, 'the 10,000 matches as one list');
    await waitUntil(() => scroller().getAttribute('aria-rowcount') === '10001', 'the matches');
  });


  it('moves between parts in a table that grows with the page: the scrolling element around it shows each part from its start, the previous one from its end', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px; overflow: auto">
      <devreg-registration-table
        style="display: block; width: 360px; --devreg-registration-table-max-height: none"
        .adapter=${new MemoryAdapter({ requests: requests('dev') })}
      ></devreg-registration-table>
    </div>`);
    const table = wrapper.querySelector<DevRegRegistrationTable>('devreg-registration-table')!;
    await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '60001' && part(table, 'body')!.style.contain !== '', 'virtualized', { timeout: 10_000 });
    await waitUntil(() => barText(table), 'in parts', { timeout: 5000 });
    const size = Number(/^Rows 1–([\d,]+) of/.exec(barText(table)!)![1].replace(/,/g, ''));
    expect(part(table, 'table')!.scrollHeight - part(table, 'table')!.clientHeight, 'the table does not scroll itself').to.be.below(2);
    // the rows in the wrapper's view, by index
    const inView = () => {
      const box = wrapper.getBoundingClientRect();
      return rows(table)
        .filter((r) => r.getBoundingClientRect().bottom > box.top && r.getBoundingClientRect().top < box.bottom)
        .map((r) => Number(r.getAttribute('aria-rowindex')));
    };
    // to the end of the first part (again as the virtualizer measures the cards it renders there)
    await waitUntil(async () => ((wrapper.scrollTop = wrapper.scrollHeight), await frames(2), inView().includes(size + 1)), `row ${size} in view`, {
      timeout: 5000,
    });
    part(table, 'next-rows')!.scrollIntoView();
    await nextPart(table, size);
    // scrolled back up to the part's first row (the bar above the rows stays where it is)
    await waitUntil(async () => (await frames(1), inView().includes(size + 2)), 'the second part from its first row', { timeout: 5000 });
    part(table, 'previous-rows')!.click();
    await waitUntil(() => barText(table)?.startsWith('Rows 1–'), 'the first part again', { timeout: 5000 });
    await waitUntil(async () => (await frames(1), inView().includes(size + 1)), 'the first part from its end', { timeout: 5000 });
  });

  it('starts another list (a new adapter) at its first part', async () => {
    const { table, size } = await inParts();
    await nextPart(table, size);
    table.adapter = new MemoryAdapter({ requests: requests('new') });
    await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '60001' && rows(table)[0]?.dataset.id?.startsWith('new'), 'the new list', { timeout: 10_000 });
    await waitUntil(() => barText(table), 'in parts', { timeout: 5000 });
    expect(barText(table), 'from its first rows').to.match(/^Rows 1–/);
    expect(Math.min(...rowIndexes(table))).to.equal(2);
  });

  it('keeps the focus in the table when the bar goes while one of its buttons has it', async () => {
    const { table, size } = await inParts();
    await nextPart(table, size);
    part(table, 'previous-rows')!.focus();
    table.adapter = new MemoryAdapter({ requests: requests('few', 50) }); // another list, short enough to show whole
    await waitUntil(() => part(table, 'table')?.getAttribute('aria-rowcount') === '51', 'the short list', { timeout: 5000 });
    await table.updateComplete;
    expect(barText(table)).to.equal(null);
    // (a boolean: chai would print the elements, with all their rows, if they differed)
    expect(root(table).activeElement === part(table, 'table'), 'the focus on the list').to.equal(true);
  });

  it('starts a search that still needs parts at its first part', async () => {
    const { table, size } = await inParts();
    await nextPart(table, size);
    const search = part(table, 'search') as HTMLInputElement;
    search.value = 'dev-'; // all of them
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => barText(table)?.startsWith('Rows 1–'), 'the first part of the matches', { timeout: 5000 });
  });

  it('shows the list whole again once the table is wide enough for it (from its first part)', async () => {
    const { table, size } = await inParts();
    await nextPart(table, size);
    table.style.width = '1400px'; // rows of ~49 px: ~2,900,000 px in all
    await frames(10);
    expect(barText(table), 'a reader further down keeps the part being read').to.match(new RegExp(`^Rows ${en(size + 1)}–`));
    part(table, 'previous-rows')!.click();
    await waitUntil(() => barText(table) === null, 'one list again, back at the first rows', { timeout: 5000 });
    expect(rows(table)[0].offsetHeight * 60_000, 'the whole list fits the virtualizer').to.be.below(6_000_000);
    expect(part(table, 'table')!.getAttribute('aria-rowcount')).to.equal('60001');
    const scroller = part(table, 'table')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(async () => (await frames(2), Math.max(...rowIndexes(table)) === 60_001), 'the last row reached in one list', { timeout: 5000 });
  });

  it('keeps the row being read when parts begin while pages still arrive, and says so', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    class HeldBack extends MemoryAdapter {
      override async list(query: ListQuery, options?: CallOptions): Promise<ListResult> {
        if (query.page > 45) await gate; // the pages after 45,000 rows wait
        return super.list(query, options);
      }
    }
    // newest first, as the table sorts them: the pages that arrive later hold the rows further down
    const dated = requests('dev').map((r, i) => ({ ...r, creationTime: new Date(Date.UTC(2024, 0, 1) - i * 1000).toISOString() }));
    const table = await narrowTable(new HeldBack({ requests: dated }));
    const scroller = () => part(table, 'table')!;
    await waitUntil(() => scroller()?.getAttribute('aria-rowcount') === '45001' && part(table, 'body')!.style.contain !== '', '45,000 rows, virtualized', { timeout: 10_000 });
    await frames(5);
    scroller().scrollTop = scroller().scrollHeight;
    await waitUntil(async () => (await frames(2), Math.max(...rowIndexes(table)) > 44_000), 'reading near row 45,000', { timeout: 5000 });
    expect(barText(table), 'not in parts yet').to.equal(null);
    const top = scroller().getBoundingClientRect().top + part(table, 'header')!.getBoundingClientRect().height;
    const reading = rows(table).find((r) => r.getBoundingClientRect().top >= top)!;
    const readingId = reading.dataset.id!;
    const readingTop = reading.getBoundingClientRect().top;

    release();
    await waitUntil(() => barText(table), 'in parts', { timeout: 10_000 });
    const last = Number(/–([\d,]+) of/.exec(barText(table)!)![1].replace(/,/g, ''));
    expect(barText(table), 'the part that holds the row being read').to.not.match(/^Rows 1–/);
    expect(last).to.be.greaterThan(44_000);
    await waitUntil(async () => (await frames(1), rows(table).some((r) => r.dataset.id === readingId)), `the row being read (${readingId}) still shown`, { timeout: 5000 });
    await frames(6);
    const now = rows(table).find((r) => r.dataset.id === readingId)!;
    // (within a card of where it was: the virtualizer still measures the rows around it)
    expect(Math.abs(now.getBoundingClientRect().top - readingTop), 'about where it was on the screen').to.be.below(now.offsetHeight);
    await waitUntil(() => root(table).querySelector('[role=status][aria-live=polite]')!.textContent.includes('the list is too long to scroll through at once'), 'announced');
  });
});
