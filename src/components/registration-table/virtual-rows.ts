import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import type { LiveView } from './live-view.js';
import { renderRow, type RowContext } from './row.js';
import { rootOf, type TableHost } from './table-host.js';

/**
 * The virtualizer's part of the table, loaded with it (a short list never needs any of it): the
 * rows through the virtualizer, the switch to it, and the note when the list is too tall for it.
 */

/**
 * Pixels rendered beyond each edge of the scrolled area (the virtualizer's default is 1000, about
 * 18 rows each way): a jump (dragging the scrollbar through 100,000 rows) then renders about 15
 * new rows per frame instead of 45.
 */
const OVERHANG_PX = 160;
/**
 * The tallest the virtualizer makes the list (@lit-labs/virtualizer 2.1.1 caps its host here:
 * browsers cannot lay out much taller elements). Rows below it cannot be scrolled to.
 */
const VIRTUALIZER_MAX_PX = 8_200_000;

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

/** Above a list that {@link HeightWatch} found too tall: how to find its last rows. */
export function renderLengthNote(): TemplateResult {
  return html`<p part="length-note" class="banner warning">
    ${msg('This list is too long to scroll to its end here. Search or filter it to find the rows further down.', {
      id: 'table.tooLong',
    })}
  </p>`;
}

/**
 * Watches the height the virtualizer sets on the list (its `min-height`, capped at
 * VIRTUALIZER_MAX_PX) to tell when the list is too tall to scroll to its end. It reads only that
 * style, so neither a scroll nor a change of size costs a layout.
 */
export class HeightWatch {
  readonly #host: TableHost;
  readonly #onChange: (tooTall: boolean) => void;
  readonly #observer = new MutationObserver(() => this.#check());
  /** The virtualized list's element, while the rows are virtualized. */
  #body?: HTMLElement;

  constructor(host: TableHost, onChange: (tooTall: boolean) => void) {
    this.#host = host;
    this.#onChange = onChange;
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
    this.#onChange(!!this.#body && parseFloat(this.#body.style.minHeight) >= VIRTUALIZER_MAX_PX);
  }
}
