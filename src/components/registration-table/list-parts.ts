/**
 * A list too tall for the virtualizer, shown in parts (loaded with the virtualizer: virtual-rows.ts).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import { formatNumber } from '../../internal/format.js';
import { rootOf, type TableHost } from './table-host.js';

/**
 * The tallest the virtualizer makes the list (@lit-labs/virtualizer 2.1.1 caps its host here:
 * browsers cannot lay out much taller elements). Rows below it could not be scrolled to.
 */
const VIRTUALIZER_MAX_PX = 8_200_000;
/**
 * How tall one part of a list too tall for the virtualizer may be, by the rows measured so far:
 * well below the cap, as rows yet to be measured may be taller (a row with an error message).
 */
const PART_MAX_PX = 6_000_000;

/** What the table shows of a list too tall for the virtualizer: `size` rows from `first` on. */
interface ListPart {
  readonly first: number;
  readonly size: number;
}

/**
 * A list too tall for the virtualizer, shown in parts: it watches the height the virtualizer gives
 * the list (the `min-height` it sets, capped at VIRTUALIZER_MAX_PX), splits the list into parts of
 * at most PART_MAX_PX by the rows' height once it reaches the cap, and shows it whole again once
 * it would fit (a search, or wider and so shorter rows). It hands the virtualizer the rows of the
 * part shown and renders the bar above the list that says which they are and moves to the
 * previous and next part. `aria-rowindex` keeps counting the whole list. Until the cap is reached
 * it reads only that style, so neither a scroll nor a change of size costs a layout.
 */
export class ListParts {
  readonly #host: TableHost;
  /** Takes a snapshot of the reader's place (the live view's), put back once the rows are rendered. */
  readonly #keepPlace: () => void;
  readonly #observer = new MutationObserver(() => this.#measure());
  /** The virtualized list's element, while the rows are virtualized. */
  #body?: HTMLElement;
  /** Rows per part; 0 while the list is shown whole. */
  #size = 0;
  /** The index of the first row of the part shown. */
  #first = 0;
  /** Whether the bar held the focus before it went: the focus is then put on the list. */
  #barHadFocus = false;
  /** The rows handed to the virtualizer: the same array while neither the rows nor the part change, so it has nothing to redo. */
  #shown?: { view: readonly ListRow[]; first: number; size: number; rows: readonly ListRow[] };

  constructor(host: TableHost, keepPlace: () => void) {
    this.#host = host;
    this.#keepPlace = keepPlace;
  }

  /** The table rendered (before the live view puts the reader's place back). */
  update(): void {
    const root = rootOf(this.#host);
    // The bar went (the list fits now, or another list) with the focus on one of its buttons: the
    // focus goes to the list (once there is one again), not back to the start of the page.
    const bar = root.querySelector('[part~=length-note]');
    if (bar) this.#barHadFocus = !!root.activeElement && bar.contains(root.activeElement);
    else if (this.#barHadFocus) {
      const list = root.querySelector<HTMLElement>('[part~=table]');
      if (root.activeElement || document.activeElement !== document.body) this.#barHadFocus = false; // (the user moved on)
      else if (list) {
        list.focus({ preventScroll: true });
        this.#barHadFocus = false;
      }
    }
    const body = (this.#host.virtualized && root.querySelector<HTMLElement>('[part~=body]')) || undefined;
    if (body !== this.#body) {
      this.#observer.disconnect();
      // the list got short (a filter): drop what the virtualizer set on its host (size containment,
      // its height), and the rows it was handed
      if (!body) {
        this.#body?.removeAttribute('style');
        this.#shown = undefined;
      }
      this.#body = body;
      if (body) this.#observer.observe(body, { attributes: true, attributeFilter: ['style'] });
    }
    queueMicrotask(() => this.#measure()); // (after this update: a change now would need another)
  }

  /** The table left the page. */
  stop(): void {
    this.#observer.disconnect();
    this.#body = undefined;
  }

  /** Another list (a filter or search): from its first part. */
  reset(): void {
    this.#first = 0;
  }

  /** The rows of `view` to hand the virtualizer, and the index in `view` of the first of them. */
  rows(view: readonly ListRow[]): { rows: readonly ListRow[]; first: number } {
    const part = this.#part(view.length);
    const first = part?.first ?? 0;
    const size = part?.size ?? view.length;
    const shown = this.#shown;
    if (shown?.view !== view || shown.first !== first || shown.size !== size) {
      this.#shown = { view, first, size, rows: part ? view.slice(first, first + size) : view };
    }
    return { rows: this.#shown!.rows, first };
  }

  /** Above a list shown in parts: which rows are shown, with buttons to the previous and next part. */
  renderBar(): TemplateResult | undefined {
    const total = this.#host.view().length;
    const part = this.#part(total);
    // (read before this render changes the DOM: see update())
    const root = rootOf(this.#host);
    if (root.activeElement && root.querySelector('[part~=length-note]')?.contains(root.activeElement)) this.#barHadFocus = true;
    if (!part) return undefined;
    return html`<div part="length-note" class="banner warning part-bar">
      <span>${this.#text(part, total)}</span>
      <span class="part-buttons">
        <!-- aria-disabled, not disabled: the button keeps the focus when it reaches the first or last part -->
        <button type="button" part="previous-rows" aria-disabled=${part.first === 0} @click=${() => this.#move(-1)}>
          ${msg('Previous rows', { id: 'table.part.previous' })}
        </button>
        <button type="button" part="next-rows" aria-disabled=${part.first + part.size >= total} @click=${() => this.#move(1)}>
          ${msg('Next rows', { id: 'table.part.next' })}
        </button>
      </span>
    </div>`;
  }

  /** The part shown of a list of `total` rows, or undefined when it is shown whole. */
  #part(total: number): ListPart | undefined {
    const size = this.#size;
    if (!size || total <= size) {
      this.#first = 0; // (a list that grows past one part again, or another list, starts at its first)
      return undefined;
    }
    return { first: Math.min(this.#first, Math.floor((total - 1) / size) * size), size };
  }

  /** "Rows 40,001–80,000 of 100,000 …" */
  #text(part: ListPart, total: number): string {
    const n = (count: number) => formatNumber(this.#host.locale, count);
    const last = Math.min(total, part.first + part.size);
    return msg(str`Rows ${n(part.first + 1)}–${n(last)} of ${n(total)}: the list is too long to scroll through at once.`, {
      id: 'table.part.range',
    });
  }

  /**
   * The virtualizer sized the list: split it into parts when it reached the cap (smaller parts
   * when a part did), or show it whole again when all of it would fit in one part.
   */
  #measure(): void {
    const body = this.#body;
    const shown = this.#shown;
    if (!body || !shown) return;
    const height = parseFloat(body.style.minHeight);
    const total = this.#host.view().length;
    if (height >= VIRTUALIZER_MAX_PX) {
      // capped: the height of the rows rendered tells how many fit in a part
      const rows = body.querySelectorAll<HTMLElement>('[part~=row]');
      let rendered = 0;
      for (const row of rows) rendered += row.offsetHeight;
      const rowHeight = rows.length && rendered ? rendered / rows.length : height / shown.rows.length;
      const size = Math.max(1, Math.floor(PART_MAX_PX / rowHeight));
      if (!this.#size || size < this.#size) this.#resize(size, total, rowHeight);
    } else if (this.#size && this.#part(total)?.first === 0 && (height / shown.rows.length) * total < PART_MAX_PX) {
      // the whole list fits now; shown from its first part only, whose rows keep their places
      // (a reader further down stays in parts until back at the first)
      this.#resize(0, total, height / shown.rows.length);
    }
  }

  /**
   * Shows the list in parts of `size` rows (0: whole, only from the first part), with the part
   * that holds the row being read, which stays (about) where it was on the screen; says so when
   * parts begin.
   */
  #resize(size: number, total: number, rowHeight: number): void {
    const host = this.#host;
    const scroll = host.rowsScroll();
    const shownFirst = this.#size ? this.#first : 0;
    // the row being read: the topmost rendered row that reaches below the top of the scrolled area
    const top = scroll?.top ?? 0;
    let reading: { index: number; top: number } | undefined;
    for (const row of this.#body?.querySelectorAll<HTMLElement>('[part~=row]') ?? []) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > top && (!reading || rect.top < reading.top)) reading = { index: Number(row.getAttribute('aria-rowindex')) - 2, top: rect.top };
    }
    const index = reading?.index ?? shownFirst;
    const first = size ? Math.floor(Math.min(index, total - 1) / size) * size : 0;
    const wasWhole = !this.#size;
    if (scroll && first !== shownFirst) {
      this.#keepPlace(); // (put back exactly once the row is rendered again)
      // Where that row will stand among the rows handed over, by the height per row the
      // virtualizer gave the rows above it.
      const perRow = index > shownFirst ? scroll.offset / (index - shownFirst) : rowHeight;
      const target = scroll.offset + (shownFirst - first) * perRow;
      if (target < scroll.offset) {
        // set before the rows change: the virtualizer would otherwise correct the scroll
        // position back to where it was
        scroll.offset = target;
      } else {
        // further down than the rows shown now reach: once the virtualizer has laid out the
        // longer list (two frames on)
        const later = () => {
          const now = host.rowsScroll();
          if (now) now.offset = target;
        };
        void host.table.updateComplete.then(() => requestAnimationFrame(() => requestAnimationFrame(later)));
      }
    }
    this.#size = size;
    this.#first = first;
    host.table.requestUpdate();
    const part = this.#part(total);
    if (part && wasWhole) host.announce(this.#text(part, total));
  }

  /** The previous part (-1) from its end or the next (1) from its start, and says which rows it holds. */
  #move(by: -1 | 1): void {
    const host = this.#host;
    const total = host.view().length;
    const part = this.#part(total);
    if (!part || (by < 0 ? part.first === 0 : part.first + part.size >= total)) return; // (at the first or last part)
    // To the top before the rows change: the virtualizer would otherwise correct the scroll
    // position back to where it was in the part before.
    const scroll = host.rowsScroll();
    if (scroll && scroll.offset > 0) scroll.offset = 0; // (a table below the fold stays there)
    this.#first = Math.max(0, part.first + by * part.size);
    host.table.requestUpdate();
    void host.table.updateComplete.then(() => {
      // the previous part to its end, once the virtualizer has laid out its start (two frames on;
      // unless the list is shown whole again by then, from its start)
      if (by < 0) requestAnimationFrame(() => requestAnimationFrame(() => this.#size && host.rowsScroll()?.toEnd()));
      const shown = this.#part(host.view().length);
      if (shown) host.announce(this.#text(shown, host.view().length));
    });
  }
}
