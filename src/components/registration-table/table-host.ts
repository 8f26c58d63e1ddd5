import type { ReactiveElement } from 'lit';
import type { RegistrationAdapter, RegistrationRequest } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import type { ListRow, RegistrationListController } from '../../controllers/registration-list-controller.js';
import type { DevRegOperation } from '../../events/devreg-error.js';
import type { StatusFilter } from './filter-bar.js';
import type { RowContext, RowError } from './row.js';

/** The state of the remove confirmation (the table re-renders after each change). */
export interface Removal {
  target?: RegistrationRequest;
  busy: boolean;
  /** Why the removal failed (shown in the language of the moment). */
  error?: RegistrationError;
  /** The Remove button that opened the dialog. */
  trigger?: HTMLElement;
  /** The focus was placed when the dialog closed after a removal; its close event has nothing left to do. */
  focusHandled: boolean;
  /** After a removal: the place of the removed row, whose successor gets the focus. */
  removedIndex?: number;
}

/**
 * What the table's parts (table-view.ts and filter-bar.ts, which render it, live-view.ts, and the
 * lazily loaded table-actions.ts, virtual-rows.ts, group-names.ts and sticky-header.ts) may read and change of the table: the element,
 * its state and a few of its helpers, lent by the table (one object for the element's life).
 */
export interface TableHost {
  /** The element: its shadow root, updates and events. */
  readonly table: ReactiveElement;
  readonly adapter: RegistrationAdapter | undefined;
  readonly locale: string;
  readonly list: RegistrationListController;
  readonly removal: Removal;
  // per-row state, by request ID
  readonly errors: Map<string, RowError>;
  /** Typed security tokens. */
  readonly tokens: Map<string, string>;
  readonly revealed: Set<string>;
  /** Rows with an action under way. */
  readonly busy: Set<string>;
  /** Whether the rows are handed to the virtualizer (else plain rows). */
  readonly virtualized: boolean;
  /** The rows shown (filtered). */
  view(): readonly ListRow[];
  forgetRow(id: string): void;
  /** Shows a notice above the list and announces it; `text` is asked again at each render (the locale may change). */
  notify(text: () => string): void;
  /** Announces the result of the user's own action at once (with live changes still queued). */
  announce(text: string): void;
  /** Puts a sentence into the polite live region. */
  say(text: string): void;
  reportError(operation: DevRegOperation, error: unknown): RegistrationError;
  /** Shows the rows of this status (`'all'` for any) whose ID contains `search`. */
  filterBy(status: StatusFilter, search: string): void;
  /** A long list's rows through the virtualizer (`{rows}`), else the rows to render plainly. */
  virtualRows(view: readonly ListRow[], ctx: RowContext): { rows: unknown } | readonly ListRow[];
  /** What a row shows for a group ID (see {@link RowContext.groupName}). */
  groupName(id: string): string;
  /** Click, input and keydown of every row control (see {@link RowContext.onControl}). */
  readonly onControl: (event: Event) => void;
  /** The virtualizer rendered a new range or new items. */
  readonly onRangeChanged: () => void;
  /** Where the rows are scrolled, for keeping the reader's place (see {@link RowsScroll}). */
  rowsScroll(): RowsScroll | undefined;
}

/**
 * Where the table's rows are scrolled: the table's own box (its height limited by
 * `--devreg-registration-table-max-height`), or, when the table grows with the page (`none`),
 * whatever scrolls it (rows-scroll.ts, with the virtualizer: plain rows there are kept in place by
 * the browser's own scroll anchoring).
 */
export interface RowsScroll {
  /** The viewport position where the visible rows begin (below the table's sticky header). */
  readonly top: number;
  /** How far the rows are scrolled past `top` (the own box's `scrollTop`); setting it scrolls. */
  offset: number;
  /** Scrolls the last rows to the bottom of the area they are seen in. */
  toEnd(): void;
}

/** The table's own box, when it scrolls the rows (undefined when the table grows with the page). */
export function ownScroll(host: TableHost): RowsScroll | undefined {
  const table = rootOf(host).querySelector<HTMLElement>('[part~=table]');
  if (!table || (table.scrollTop <= 0 && table.scrollHeight <= table.clientHeight + 1)) return undefined;
  return {
    top: table.getBoundingClientRect().top + (table.querySelector('[part~=header]')?.getBoundingClientRect().height ?? 0),
    get offset() {
      return table.scrollTop;
    },
    set offset(value: number) {
      table.scrollTop = value;
    },
    toEnd: () => void (table.scrollTop = table.scrollHeight),
  };
}

/** The table's shadow root. */
export function rootOf(host: TableHost): ShadowRoot {
  return host.table.renderRoot as ShadowRoot;
}

/** A row's control by its part (`accept-button`, `token-input`…), if the row is rendered. */
export function rowControl(host: TableHost, id: string, part: string): HTMLElement | undefined {
  for (const row of rootOf(host).querySelectorAll<HTMLElement>('[part~=row]')) {
    if (row.dataset.id === id) return row.querySelector<HTMLElement>(`[part~=${part}]`) ?? undefined;
  }
  return undefined;
}

/** A row's first action button (Register again, else Remove; Accept on a pending row), if the row is rendered. */
export function firstAction(host: TableHost, id: string): HTMLElement | undefined {
  return rowControl(host, id, 'actions')?.querySelector<HTMLElement>('.controls > button') ?? undefined;
}
