import { scrollingAncestor } from './scrolling-ancestor.js';
import { rootOf, type TableHost } from './table-host.js';

/**
 * Keeps the column headers in sight while a table that grows with the page
 * (`--devreg-registration-table-max-height: none`) is scrolled by the page or by an element around
 * it. CSS `position: sticky` cannot do it: the table's own box scrolls sideways (narrow widths),
 * which makes it the headers' scroll container, and it does not scroll up or down. So the headers
 * are moved down by as much as the table's top has gone above the scrolled area (never past the
 * table's end). Loaded only for such a table; a table of limited height keeps its sticky headers.
 */
export class StickyHeader {
  readonly #host: TableHost;
  /** What scrolls the table (`window` for the page), listened to while the table grows with the page. */
  #scroller?: Element | Window;

  constructor(host: TableHost) {
    this.#host = host;
  }

  /** After each render of the table: follows its mode (the height limit may change) and its place. */
  update(): void {
    const { table } = this.#parts();
    if (!table || getComputedStyle(table).maxHeight !== 'none') return this.stop();
    const box = scrollingAncestor(this.#host.table);
    const scroller = box === document.scrollingElement ? window : box;
    if (scroller !== this.#scroller) {
      this.stop();
      this.#scroller = scroller;
      scroller.addEventListener('scroll', this.#place, { passive: true });
      addEventListener('resize', this.#place, { passive: true });
    }
    this.#place();
  }

  /** Stops following (the element left the page, or its height is limited again) and puts the headers back. */
  stop(): void {
    this.#scroller?.removeEventListener('scroll', this.#place);
    removeEventListener('resize', this.#place);
    this.#scroller = undefined;
    const { table, header } = this.#parts();
    header?.style.removeProperty('transform');
    table?.style.removeProperty('--_header-space');
  }

  #parts() {
    const root = rootOf(this.#host);
    return {
      table: root.querySelector<HTMLElement>('[part~=table]'),
      header: root.querySelector<HTMLElement>('[part~=header]'),
    };
  }

  #place = (): void => {
    const scroller = this.#scroller;
    const { table, header } = this.#parts();
    if (!scroller || !table || !header) return;
    // A host's own fixed top bar: `--devreg-registration-table-sticky-top`, resolved to pixels by
    // the browser as the headers' scroll-margin-top (table-view.styles.ts).
    const below = parseFloat(getComputedStyle(header).scrollMarginTop) || 0;
    const areaTop = scroller instanceof Element ? scroller.getBoundingClientRect().top + scroller.clientTop : 0;
    const gone = areaTop + below - table.getBoundingClientRect().top - table.clientTop;
    const shift = Math.max(0, Math.min(gone, table.clientHeight - header.offsetHeight));
    header.style.transform = shift > 0 ? `translateY(${shift}px)` : '';
    // a control focused from the keyboard is scrolled into view below the headers, not under them
    table.style.setProperty('--_header-space', `${header.offsetHeight + below}px`);
  };
}
