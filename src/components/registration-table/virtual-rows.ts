import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../internal/format.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import type { LiveView } from './live-view.js';
import { renderRow, type RowContext } from './row.js';
import { rootOf, type TableHost } from './table-host.js';

/**
 * The virtualizer's part of the table, loaded with it (a short list never needs any of it): the
 * rows through the virtualizer, the switch to it, and a list too tall for it shown in parts.
 */

/**
 * Pixels rendered beyond each edge of the scrolled area (the virtualizer's default is 1000, about
 * 18 rows each way): a jump (dragging the scrollbar through 100,000 rows) then renders about 15
 * new rows per frame instead of 45.
 */
const OVERHANG_PX = 160;
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

/** What the table shows of a list too tall for the virtualizer: `size` rows from `first` on. */
interface ListPart {
  readonly first: number;
  readonly size: number;
}

/**
 * A list too tall for the virtualizer, shown in parts (once {@link HeightWatch} found it so):
 * which rows are handed to the virtualizer, and the bar above the list that says which they are
 * and moves to the previous and next part. `aria-rowindex` keeps counting the whole list.
 */
export class ListParts {
  readonly #host: TableHost;
  /** Rows per part; 0 while the list is shown whole. */
  #size = 0;
  /** The index of the first row of the part shown. */
  #first = 0;
  /** The rows of the part shown: the same array while neither the rows nor the part change, so the virtualizer has nothing to redo. */
  #shown?: { view: readonly ListRow[]; part: ListPart; rows: readonly ListRow[] };

  constructor(host: TableHost) {
    this.#host = host;
  }

  /** The list is too tall: at most `rowsPerPart` rows per part (fewer again if rows turn out taller than those measured first). */
  fit(rowsPerPart: number): void {
    if (this.#size && this.#size <= rowsPerPart) return;
    this.#size = rowsPerPart;
    this.#host.table.requestUpdate();
  }

  /** Another list (a filter or search): from its first part. */
  reset(): void {
    this.#first = 0;
  }

  /** The rows of `view` to hand the virtualizer, and the index in `view` of the first of them. */
  rows(view: readonly ListRow[]): { rows: readonly ListRow[]; first: number } {
    const part = this.#part(view.length);
    if (!part) return { rows: view, first: 0 };
    const shown = this.#shown;
    if (shown?.view !== view || shown.part.first !== part.first || shown.part.size !== part.size) {
      this.#shown = { view, part, rows: view.slice(part.first, part.first + part.size) };
    }
    return { rows: this.#shown!.rows, first: part.first };
  }

  /** Above a list shown in parts: which rows are shown, with buttons to the previous and next part. */
  renderBar(): TemplateResult | undefined {
    const total = this.#host.view().length;
    const part = this.#part(total);
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

  #part(total: number): ListPart | undefined {
    const size = this.#size;
    if (!size || total <= size) return undefined;
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

  /** The previous part (-1) from its end or the next (1) from its start, and says which rows it holds. */
  #move(by: -1 | 1): void {
    const host = this.#host;
    const total = host.view().length;
    const part = this.#part(total);
    if (!part || (by < 0 ? part.first === 0 : part.first + part.size >= total)) return; // (at the first or last part)
    // To the top before the rows change: the virtualizer would otherwise correct the scroll
    // position back to where it was in the part before.
    const scroller = rootOf(host).querySelector<HTMLElement>('[part~=table]');
    if (scroller) scroller.scrollTop = 0;
    this.#first = Math.max(0, part.first + by * part.size);
    host.table.requestUpdate();
    void host.table.updateComplete.then(() => {
      // the previous part to its end, once the virtualizer has laid out its start (two frames on)
      if (by < 0) requestAnimationFrame(() => requestAnimationFrame(() => scroller && (scroller.scrollTop = scroller.scrollHeight)));
      const shown = this.#part(host.view().length);
      if (shown) host.announce(this.#text(shown, host.view().length));
    });
  }
}

/**
 * Watches the height the virtualizer sets on the list (its `min-height`, capped at
 * VIRTUALIZER_MAX_PX) to tell when the list is too tall to scroll to its end, and then how many
 * rows, at the height of those rendered, fit in one part. It reads only that style until then, so
 * neither a scroll nor a change of size costs a layout.
 */
export class HeightWatch {
  readonly #host: TableHost;
  readonly #onTooTall: (rowsPerPart: number) => void;
  readonly #observer = new MutationObserver(() => this.#check());
  /** The virtualized list's element, while the rows are virtualized. */
  #body?: HTMLElement;

  constructor(host: TableHost, onTooTall: (rowsPerPart: number) => void) {
    this.#host = host;
    this.#onTooTall = onTooTall;
  }

  /** The table rendered (before the live view puts the reader's place back). */
  update(): void {
    const body = (this.#host.virtualized && rootOf(this.#host).querySelector<HTMLElement>('[part~=body]')) || undefined;
    if (body !== this.#body) {
      this.#observer.disconnect();
      // the list got short (a filter): drop what the virtualizer set on its host (size containment, its height)
      if (!body) this.#body?.removeAttribute('style');
      this.#body = body;
      if (body) this.#observer.observe(body, { attributes: true, attributeFilter: ['style'] });
    }
    queueMicrotask(() => this.#check()); // (after this update: a change now would need another)
  }

  /** The table left the page. */
  stop(): void {
    this.#observer.disconnect();
    this.#body = undefined;
  }

  #check(): void {
    const body = this.#body;
    if (!body || parseFloat(body.style.minHeight) < VIRTUALIZER_MAX_PX) return;
    const rows = body.querySelectorAll<HTMLElement>('[part~=row]');
    let height = 0;
    for (const row of rows) height += row.offsetHeight;
    // (no row rendered yet: the virtualizer's own guess of 8,200,000 px for the whole list is all there is)
    const rowHeight = rows.length && height ? height / rows.length : VIRTUALIZER_MAX_PX / this.#host.view().length;
    this.#onTooTall(Math.max(1, Math.floor(PART_MAX_PX / rowHeight)));
  }
}
