import { html, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import { renderRow, type RowContext } from './row.js';

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

/** A long list's rows through the virtualizer: only the visible ones are in the DOM. */
export function renderVirtualRows(view: readonly ListRow[], ctx: RowContext): unknown {
  return virtualize({
    items: view as ListRow[],
    layout,
    // The virtualizer may briefly ask for a stale range after the list shrank: tolerate holes.
    keyFunction: (row: ListRow | undefined, index: number) => row?.request.id ?? `\u0000${index}`,
    renderItem: (row: ListRow | undefined, index: number): TemplateResult => (row ? renderRow(row, index, ctx) : html``),
  });
}
