/**
 * The virtualizer's part of the table, loaded with it (a short list never needs any of it): the
 * rows through the virtualizer, the switch to it, a list too tall for it shown in parts
 * (list-parts.ts), and the keyboard focus among rows it renders and takes away (row-focus.ts).
 */
import { html, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import type { LiveView } from './live-view.js';
import { renderRow, type RowContext } from './row.js';
import { rootOf, type TableHost } from './table-host.js';

export { ListParts } from './list-parts.js';
export { followFocus } from './row-focus.js';
export { rowsScroll } from './rows-scroll.js';

/**
 * Pixels rendered beyond each edge of the scrolled area (the virtualizer's default is 1000, about
 * 18 rows each way): a jump (dragging the scrollbar through 100,000 rows) then renders about 15
 * new rows per frame instead of 45.
 */
const OVERHANG_PX = 160;
class RowsLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG_PX;
  }

  /**
   * Where a row that is not rendered starts. The flow layout of @lit-labs/virtualizer 2.1.1 puts a
   * row past the last rendered one a whole row too far (it counts the last rendered row twice), so
   * each jump down a long list (dragging the scrollbar) drifted by a row: wrong rows, or a scroll
   * correction with a forced layout and a second render in the same frame. Fixed upstream in
   * lit/lit#5279 (not released): the version is pinned exactly, and this goes when that ships.
   */
  override _estimatePosition(index: number): number {
    const estimate = super._estimatePosition(index);
    return this._first >= 0 && this._last >= 0 && index > this._last ? estimate - this._delta : estimate;
  }
}
const layout = { type: RowsLayout };

/**
 * A long list's rows through the virtualizer: only the visible ones are in the DOM. `first` is
 * the index in the whole list of the first of `view` (when a part of the list is shown).
 */
export function renderVirtualRows(view: readonly ListRow[], ctx: RowContext, first = 0): unknown {
  return virtualize({
    items: view as ListRow[],
    layout,
    // The virtualizer may briefly ask for a stale range after the list shrank: tolerate holes.
    keyFunction: (row: ListRow | undefined, index: number) => row?.request.id ?? `\u0000${index}`,
    renderItem: (row: ListRow | undefined, index: number): TemplateResult => (row ? renderRow(row, first + index, ctx) : html``),
  });
}

/** The virtualizer has arrived: hand it the rows, keeping the scroll position and the focus. */
export function switchToVirtualizer(host: TableHost, live: LiveView): void {
  if (host.virtualized) return;
  const scroller = rootOf(host).querySelector<HTMLElement>('[part~=table]');
  const body = scroller?.querySelector<HTMLElement>('[part~=body]');
  const top = scroller?.scrollTop ?? 0;
  // the virtualizer's host is sized by the virtualizer (contain: size): until it has measured,
  // keep an estimate of the full height so the scroll position is not cut short
  const shown = body?.childElementCount ?? 0;
  if (body && shown > 0) body.style.minHeight = `${Math.min(8_000_000, (body.offsetHeight / shown) * host.view().length)}px`;
  live.keep();
  host.table.requestUpdate();
  if (!scroller || top === 0) return;
  // the virtualizer sizes its content a frame later: scroll back, then the anchor row is aligned
  void host.table.updateComplete.then(() =>
    requestAnimationFrame(() => {
      if (scroller.isConnected && scroller.scrollTop !== top) scroller.scrollTop = top;
    }),
  );
}
