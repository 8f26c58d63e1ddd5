import { scrollingAncestor } from './scrolling-ancestor.js';
import { ownScroll, rootOf, type RowsScroll, type TableHost } from './table-host.js';

/**
 * Where a virtualized list's rows are scrolled: the table's own box, or, when the table grows with
 * the page (`--devreg-registration-table-max-height: none`), the nearest scrolling ancestor (across
 * shadow roots), else the page itself. (Loaded with the virtualizer: rows it moves are positioned by
 * it, so the browser's scroll anchoring does not keep them in place.)
 */
export function rowsScroll(host: TableHost): RowsScroll | undefined {
  const own = ownScroll(host);
  const body = rootOf(host).querySelector<HTMLElement>('[part~=body]');
  if (own || !body) return own;
  const box = scrollingAncestor(host.table);
  const page = box === document.scrollingElement;
  // (below the column headers kept in sight there, sticky-header.ts)
  const headers = parseFloat(body.parentElement?.style.getPropertyValue('--_header-space') ?? '') || 0;
  const top = (page ? 0 : box.getBoundingClientRect().top + box.clientTop) + headers;
  return {
    top,
    get offset() {
      return top - body.getBoundingClientRect().top;
    },
    set offset(value: number) {
      box.scrollTop += value - this.offset;
    },
    toEnd() {
      this.offset = body.getBoundingClientRect().height + headers - (page ? innerHeight : box.clientHeight);
    },
  };
}
