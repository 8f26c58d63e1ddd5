/**
 * What the table shows: the filter bar, the table with its rows, and the loading, empty, no-match,
 * error and "loading more" states (styled by table-view.styles.ts and registration-table.styles.ts).
 * Every list display needs it, so the table imports it statically.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { ListRow, RegistrationListController } from '../../controllers/registration-list-controller.js';
import { errorText } from '../../i18n/error-text.js';
import { formatNumber } from '../../internal/format.js';
import { renderFilterBar, type StatusFilter } from './filter-bar.js';
import { renderRow, type ColumnLabels, type RowContext } from './row.js';
import type { TableHost } from './table-host.js';

/** The filter bar (showing this filter), once rows have arrived. */
export function renderFilters(host: TableHost, status: StatusFilter, search: string): TemplateResult | typeof nothing {
  return host.list.loaded && host.list.total > 0 ? renderFilterBar(host, status, search) : nothing;
}

/** Everything below the filter bar: "Loading…" until there is more to show (rows, a state, an error). */
export function renderContent(host: TableHost): TemplateResult | typeof nothing {
  const { list } = host;
  if (!host.adapter) {
    return html`<p part="empty" class="state">
      ${msg('No adapter is connected, so there is nothing to show.', { id: 'table.noAdapter' })}
    </p>`;
  }
  if (!list.loaded && !list.error) {
    return html`<div part="loading" class="state" role="status">
      <span class="spinner" aria-hidden="true"></span>
      ${msg('Loading registration requests…', { id: 'table.loading' })}
    </div>`;
  }
  const partial = list.error
    ? renderError(
        list,
        list.loaded
          ? msg('Not all registration requests could be loaded.', { id: 'table.partialError' })
          : msg('The registration requests could not be loaded.', { id: 'table.error' }),
      )
    : nothing;
  if (!list.loaded || list.total === 0) {
    if (list.error) return partial; // (not loaded: failed)
    return html`<div part="empty" class="state">
      <p class="state-title">${msg('No registration requests', { id: 'table.empty' })}</p>
      <p>
        ${msg(
          'Register a device to see it here. It stays in this list until the device has connected and been accepted.',
          { id: 'table.empty.hint' },
        )}
      </p>
    </div>`;
  }
  const view = host.view();
  return html`${partial}
    ${list.loading
      ? html`<p part="progress" class="progress">
          <span class="spinner" aria-hidden="true"></span>
          ${msg(str`Loading more… ${formatNumber(host.locale, list.total)} loaded`, { id: 'table.loadingMore' })}
        </p>`
      : nothing}
    ${view.length === 0
      ? html`<div part="empty" class="state">
          <p class="state-title">${msg('No registration requests match the filter.', { id: 'table.noMatch' })}</p>
          <button type="button" @click=${() => host.filterBy('all', '')}>${msg('Clear filter', { id: 'table.clearFilter' })}</button>
        </div>`
      : renderTable(host, view)}`;
}

function renderError(list: RegistrationListController, title: string): TemplateResult {
  const { error } = list;
  return html`<div part="error" class="banner danger" role="alert">
    <p class="state-title">${title}</p>
    ${error ? html`<p>${errorText(error)}</p>` : nothing}
    <button type="button" @click=${() => list.retry()}>${msg('Retry', { id: 'table.retry' })}</button>
  </div>`;
}

function renderTable(host: TableHost, view: readonly ListRow[]): TemplateResult {
  const { list } = host;
  const showTenant = list.tenants.length > 0;
  const admin = list.permissions.admin;
  const labels: ColumnLabels = {
    id: msg('Device ID', { id: 'table.col.id' }),
    status: msg('Status', { id: 'table.col.status' }),
    date: msg('Creation date', { id: 'table.col.created' }),
    group: msg('Group', { id: 'table.col.group' }),
    tenant: msg('Tenant', { id: 'table.col.tenant' }),
    actions: msg('Actions', { id: 'table.col.actions' }),
  };
  const columns = (['id', 'status', 'date', 'group', 'tenant', 'actions'] as const).filter(
    (column) => (column !== 'tenant' || showTenant) && (column !== 'actions' || admin),
  );
  const { locale } = host;
  const rowContext: RowContext = {
    showTenant,
    admin,
    labels,
    policy: list.securityTokenPolicy,
    formatDate: (iso) => formatDate(locale, iso),
    tokens: host.tokens,
    revealed: host.revealed,
    errors: host.errors,
    busy: host.busy,
    groupName: (id) => host.groupName(id),
    onControl: host.onControl,
  };
  const rows = host.virtualRows(view, rowContext);
  return html`<div
    role="table"
    part="table"
    class="table${showTenant ? ' tenant' : ''}${admin ? ' admin' : ''}"
    tabindex="0"
    aria-label=${msg('Device registration requests', { id: 'table.name' })}
    aria-rowcount=${view.length + 1}
  >
    <div role="rowgroup" part="header" class="header">
      <div role="row" part="header-row" aria-rowindex="1">
        ${columns.map((column) => html`<div role="columnheader" part="columnheader">${labels[column]}</div>`)}
      </div>
    </div>
    <div role="rowgroup" part="body" class="body" @rangeChanged=${host.onRangeChanged}>
      ${'rows' in rows
        ? rows.rows
        : // keyed: a row's DOM (and the focus in it) moves with its request
          repeat(rows, (row) => row.request.id, (row, index) => renderRow(row, index, rowContext))}
    </div>
  </div>`;
}

let dateFormat: { locale: string; format: Intl.DateTimeFormat } | undefined;

function formatDate(locale: string, iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (dateFormat?.locale !== locale) {
    dateFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }) };
  }
  return dateFormat.format.format(date);
}
