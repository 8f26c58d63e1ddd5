import { html, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { cssProps } from '../../internal/css-props.js';

/** A column of a virtualized table. */
export interface TableColumn {
  label: string;
  /** CSS grid track, e.g. `10rem` or `minmax(16rem, 1fr)`. */
  width: string;
}

export interface RowsTableOptions<T> {
  /** The table's accessible name. */
  label: string;
  columns: readonly TableColumn[];
  items: T[];
  key: (item: T) => unknown;
  cells: (item: T) => unknown[];
  /** Extra part names for an item's row (e.g. `invalid-row`). */
  rowPart?: (item: T) => string;
  /** Shown instead of rows when `items` is empty. */
  empty: string;
}

const ROW_REM = 2.25;

/**
 * A table (ARIA table semantics) whose body renders only the rows in view, so 100,000 rows
 * cost as much as 20: the items stay in a plain array and only the window becomes DOM.
 */
export function renderRowsTable<T>(o: RowsTableOptions<T>): TemplateResult {
  const columns = o.columns.map((c) => c.width).join(' ');
  // min-height 0: the virtualizer otherwise gives its scroller 150px, a blank band under a few rows
  const height = `${Math.min(Math.max(o.items.length, 1), 8) * ROW_REM + 0.5}rem`;
  return html`<div class="table-wrap" part="table">
    <div role="table" class="table" aria-label=${o.label} aria-rowcount=${o.items.length + 1} ${cssProps({ '--_columns': columns })}>
      <div role="rowgroup" class="thead">
        <div role="row" class="tr" aria-rowindex="1">
          ${o.columns.map((c) => html`<span role="columnheader" class="th" part="column-header">${c.label}</span>`)}
        </div>
      </div>
      ${o.items.length === 0
        ? html`<div role="rowgroup"><div role="row" class="tr empty" aria-rowindex="2"><span role="cell" class="td">${o.empty}</span></div></div>`
        : html`<div role="rowgroup" class="tbody" part="rows" tabindex="0" ${cssProps({ height, 'min-height': '0' })}>
            ${virtualize({
              items: o.items,
              keyFunction: o.key,
              scroller: true,
              renderItem: (item: T, i: number) =>
                html`<div role="row" class="tr" aria-rowindex=${i + 2} part=${`row ${o.rowPart?.(item) ?? ''}`.trim()}>
                  ${o.cells(item).map((c) => html`<span role="cell" class="td" part="cell">${c}</span>`)}
                </div>`,
            })}
          </div>`}
    </div>
  </div>`;
}
