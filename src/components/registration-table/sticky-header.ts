import { ancestorsOf, scrollsItself } from './scrolling-ancestor.js';
import { rootOf, type TableHost } from './table-host.js';

/**
 * Keeps the column headers in sight while a table that grows with the page
 * (`--devreg-registration-table-max-height: none`) is scrolled by the page or by elements around
 * it. CSS `position: sticky` cannot do it: the table's own box scrolls sideways (narrow widths),
 * which makes it the headers' scroll container, and it does not scroll up or down. So the headers
 * are moved down by as much as the table's top has gone above the area it is seen in (never past
 * the table's end). Loaded only for such a table; a table of limited height keeps its sticky headers.
 */
export class StickyHeader {
  readonly #host: TableHost;
  /** Where scroll events are listened to while the table grows with the page: the page and every ancestor (one may start scrolling later). */
  #listened: (Element | Window)[] = [];
  /** The table's size changes when its height limit comes back (a host's class, a media query) without a render. */
  readonly #resized = new ResizeObserver(() => this.update());
  #observed = false;
  #frame = 0;

  constructor(host: TableHost) {
    this.#host = host;
  }

  /** After a render, or a change of size: looks again at the table's mode and place, in the next frame (not in the middle of a render). */
  update(): void {
    // (once: observing again would report the size again, and so on in every frame)
    if (!this.#observed) this.#resized.observe(this.#host.table);
    this.#observed = true;
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  }

  /** The element left the page: stops following and puts the headers back. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#resized.disconnect();
    this.#observed = false;
    this.#unfollow();
  }

  #follow(): void {
    if (this.#listened.length) return;
    this.#listened = [...ancestorsOf(this.#host.table), window];
    for (const target of this.#listened) target.addEventListener('scroll', this.#place, { passive: true });
    addEventListener('resize', this.#place, { passive: true });
  }

  #unfollow(): void {
    for (const target of this.#listened) target.removeEventListener('scroll', this.#place);
    removeEventListener('resize', this.#place);
    this.#listened = [];
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
    const { table, header } = this.#parts();
    if (!table || !header || getComputedStyle(table).maxHeight !== 'none') return this.#unfollow();
    this.#follow();
    // (all reads first, then the writes)
    // A host's own fixed top bar: `--devreg-registration-table-sticky-top`, resolved to pixels by
    // the browser as the headers' scroll-margin-top (table-view.styles.ts).
    const below = parseFloat(getComputedStyle(header).scrollMarginTop) || 0;
    // narrow, the rows are cards and the headers hidden (1px): nothing to move
    const height = header.offsetHeight > 1 ? header.offsetHeight : 0;
    // the top of the area the table is seen in: the window's, or lower down that of elements around it that scroll
    let areaTop = 0;
    for (const el of ancestorsOf(this.#host.table)) {
      if (scrollsItself(el)) areaTop = Math.max(areaTop, el.getBoundingClientRect().top + el.clientTop);
    }
    const gone = areaTop + below - table.getBoundingClientRect().top - table.clientTop;
    const shift = Math.max(0, Math.min(gone, table.clientHeight - height));
    const transform = height && shift > 0 ? `translateY(${shift}px)` : '';
    if (header.style.transform !== transform) header.style.transform = transform;
    // a control focused from the keyboard is scrolled into view below the headers, not under them
    const space = `${height + below}px`;
    if (table.style.getPropertyValue('--_header-space') !== space) table.style.setProperty('--_header-space', space);
  };
}
