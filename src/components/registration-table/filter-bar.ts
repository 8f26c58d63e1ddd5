import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { REGISTRATION_STATUSES } from '../../adapters/registration-adapter.js';
import { statusLabel } from '../../i18n/status-text.js';
import { formatNumber } from '../../internal/format.js';
import type { TableHost } from './table-host.js';

/** `'all'` or a status. */
export type StatusFilter = 'all' | (string & {});

/** The status filter (with counts per status) and the search by device ID. */
export function renderFilterBar(host: TableHost, status: StatusFilter, search: string): TemplateResult {
  const { counts } = host.list;
  const n = (count = 0) => formatNumber(host.locale, count);
  return html`<div part="filters" class="filters">
    <label class="field">
      <span>${msg('Show', { id: 'table.filter.status' })}</span>
      <select part="status-filter" @change=${(event: Event) => host.filterBy((event.target as HTMLSelectElement).value, search)}>
        <option value="all" ?selected=${status === 'all'}>
          ${msg(str`All statuses (${n(host.list.total)})`, { id: 'table.filter.all' })}
        </option>
        ${REGISTRATION_STATUSES.map(
          (option) =>
            html`<option value=${option} ?selected=${status === option}>
              ${msg(str`${statusLabel(option)} (${n(counts.get(option))})`, { id: 'table.filter.option' })}
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
        .value=${live(search)}
        @input=${(event: InputEvent) => host.filterBy(status, (event.target as HTMLInputElement).value)}
      />
    </label>
  </div>`;
}
