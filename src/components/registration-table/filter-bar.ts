import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { REGISTRATION_STATUSES } from '../../adapters/registration-adapter.js';
import { statusLabel } from '../../i18n/status-text.js';
import { formatNumber } from '../../internal/format.js';

/** `'all'` or a status. */
export type StatusFilter = 'all' | (string & {});

export interface FilterBarContext {
  readonly status: StatusFilter;
  readonly search: string;
  readonly total: number;
  /** Requests per status. */
  readonly counts: ReadonlyMap<string, number>;
  readonly locale: string;
  onStatusChange: (event: Event) => void;
  onSearchInput: (event: InputEvent) => void;
}

/** The status filter (with counts per status) and the search by device ID. */
export function renderFilterBar(ctx: FilterBarContext): TemplateResult {
  const n = (count = 0) => formatNumber(ctx.locale, count);
  return html`<div part="filters" class="filters">
    <label class="field">
      <span>${msg('Show', { id: 'table.filter.status' })}</span>
      <select part="status-filter" @change=${ctx.onStatusChange}>
        <option value="all" ?selected=${ctx.status === 'all'}>
          ${msg(str`All statuses (${n(ctx.total)})`, { id: 'table.filter.all' })}
        </option>
        ${REGISTRATION_STATUSES.map(
          (status) =>
            html`<option value=${status} ?selected=${ctx.status === status}>
              ${msg(str`${statusLabel(status)} (${n(ctx.counts.get(status))})`, { id: 'table.filter.option' })}
            </option>`,
        )}
      </select>
    </label>
    <label class="field">
      <span>${msg('Search by device ID', { id: 'table.search' })}</span>
      <input
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        .value=${live(ctx.search)}
        @input=${ctx.onSearchInput}
      />
    </label>
  </div>`;
}
