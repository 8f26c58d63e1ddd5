/**
 * The keyboard focus in a virtualized list (loaded with the virtualizer: virtual-rows.ts). The
 * virtualizer renders a few rows beyond each edge of the scrolled area, which the browser's Tab
 * order does not tell from the rows in sight, and it takes rows that leave its range out of the
 * DOM, the focused one too.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../internal/format.js';
import { focusLost } from '../../internal/deep-active-element.js';
import { scrollingAncestor } from './scrolling-ancestor.js';
import { rootOf, rowControl, type TableHost } from './table-host.js';

const CONTROLS = 'button:not(:disabled), input:not(:disabled)';

/**
 * Keeps Tab and Shift+Tab among the rows in sight, and the focus in the table when its row goes:
 * - The browser scrolls a control it focuses from the keyboard to the middle of the area when it
 *   is out of sight, and the first control after the table's own box (the last before its end) is
 *   in a row rendered above (below) the area. So when a Tab scrolled the rows, the scroll position
 *   is put back, and the focus entering the rows goes to the first row in sight (Shift+Tab from
 *   after the table: the last), once rendered (after a jump of the scrollbar the virtualizer
 *   renders the rows there a frame later, the table's box keeps the focus meanwhile), while the
 *   focus moving to the next or previous row scrolls it into sight by no more than it needs.
 * - The focused row leaving the rendered rows (its request moved far up or down the list, or was
 *   removed, or the rows were scrolled away) takes the focus with it: the table's box gets it, not
 *   the page, and where a moved request went is said. The view stays: the reader is not taken
 *   away from the rows being read by someone else's change (a Tab goes on from the first row in
 *   sight; search finds the request).
 * Nothing of it runs while scrolling: it reads the layout on Tab, on focus and when the focus is lost.
 */
export function followFocus(host: TableHost): void {
  const root = rootOf(host);
  /** A Tab being handled: the scroll position before it, and its direction. */
  let tab: { offset: number; back: boolean } | undefined;
  /** The row control that had the focus last, and the row's place in the list then. */
  let focused: { id: string; part: string; index: number } | undefined;

  root.addEventListener('keydown', (e) => {
    const event = e as KeyboardEvent;
    if (event.key !== 'Tab' || !host.virtualized) return;
    tab = { offset: host.rowsScroll()?.offset ?? 0, back: event.shiftKey };
    setTimeout(() => (tab = undefined)); // (the focus moves in this task)
  });

  root.addEventListener('focusin', (e) => {
    const event = e as FocusEvent;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[part~=row]');
    focused = row?.dataset.id ? { id: row.dataset.id, part: target.getAttribute('part')!, index: rowIndex(row) } : undefined;
    const keys = tab;
    const scroll = keys && row && host.virtualized && host.rowsScroll();
    if (!keys || !row || !scroll || Math.abs(scroll.offset - keys.offset) < 1) return; // (it was in sight: not scrolled)
    scroll.offset = keys.offset; // the rows as they were
    const from = event.relatedTarget as Node | null;
    if (from && row.parentElement?.contains(from)) {
      target.scrollIntoView({ block: 'nearest' }); // the next or previous row: just into sight
    } else {
      enterRows(host, keys.back);
    }
  });

  // the focus left for nothing focusable (a click beside the controls, another window): not lost by the table
  // (a row the virtualizer takes away is still in the DOM at its focusout: looked at after it)
  root.addEventListener('focusout', (e) => {
    const left = focused;
    if (!(e as FocusEvent).relatedTarget) queueMicrotask(() => (e.target as Element).isConnected && focused === left && (focused = undefined));
  });

  // (capture: the virtualizer's event does not bubble; the rows are rendered after it, so a microtask later)
  root.addEventListener('rangeChanged', () => queueMicrotask(() => lost(host, focused)), true);
}

/** The row's place in the whole list (0 is the first). */
const rowIndex = (row: HTMLElement): number => Number(row.getAttribute('aria-rowindex')) - 2;

/** Where the rows are seen, top and bottom, in viewport coordinates. */
function area(host: TableHost): { top: number; bottom: number } | undefined {
  const scroll = host.rowsScroll();
  const table = rootOf(host).querySelector<HTMLElement>('[part~=table]');
  if (!scroll || !table) return undefined;
  const box = scrollingAncestor(host.table);
  const tableBox = table.getBoundingClientRect();
  const bottom = Math.min(
    innerHeight,
    tableBox.top + table.clientTop + table.clientHeight,
    box === document.scrollingElement ? innerHeight : box.getBoundingClientRect().top + box.clientTop + box.clientHeight,
  );
  return { top: Math.max(0, scroll.top), bottom };
}

/**
 * The focus enters the rows: on the first control of the first row in sight (`back`: the last
 * control of the last), or, while the virtualizer has not rendered the rows there yet, on the
 * table's box until it has (a frame or two).
 */
function enterRows(host: TableHost, back: boolean, retry = true): void {
  const root = rootOf(host);
  const seen = area(host);
  const inSight = [...root.querySelectorAll<HTMLElement>('[part~=row]')].filter((row) => {
    const { top, bottom } = row.getBoundingClientRect();
    const middle = (top + bottom) / 2;
    return seen && middle > seen.top && middle < seen.bottom && row.querySelector(CONTROLS);
  });
  const row = back ? inSight.at(-1) : inSight[0];
  const controls = row ? [...row.querySelectorAll<HTMLElement>(CONTROLS)] : [];
  const control = back ? controls.at(-1) : controls[0];
  if (control) {
    control.focus({ preventScroll: true });
    control.scrollIntoView({ block: 'nearest' }); // (a row half under the column headers)
    return;
  }
  const table = root.querySelector<HTMLElement>('[part~=table]');
  table?.focus({ preventScroll: true });
  if (retry) {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (table && root.activeElement === table) enterRows(host, back, false);
      }),
    );
  }
}

/**
 * The virtualizer rendered other rows: when the focused control went with its row (the page has
 * the focus now), the table's box takes it, and a request that moved says where it is now.
 */
function lost(host: TableHost, focused: { id: string; part: string; index: number } | undefined): void {
  const root = rootOf(host);
  if (!focused || !host.virtualized || !focusLost(root)) return;
  if (rowControl(host, focused.id, focused.part)) return; // still rendered: the live view puts the focus back
  root.querySelector<HTMLElement>('[part~=table]')?.focus({ preventScroll: true });
  const index = host.view().findIndex((row) => row.request.id === focused.id);
  if (index >= 0 && index !== focused.index) {
    const { id } = focused;
    const place = formatNumber(host.locale, index + 1);
    host.announce(msg(str`Device ${id} moved to row ${place}.`, { id: 'table.announce.moved' }));
  }
}
