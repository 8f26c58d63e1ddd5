import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { SecurityTokenPolicy } from '../../adapters/registration-adapter.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
// types only (erased): tells the template checker about <devreg-status-badge>; the define module registers it
import type {} from '../../define/status-badge.js';

/** What a row needs from the table: settings, per-row UI state (keyed by request ID) and handlers. */
export interface RowContext {
  readonly showTenant: boolean;
  readonly admin: boolean;
  readonly policy: SecurityTokenPolicy;
  formatDate: (iso: string | undefined) => string;
  /** A DOM id unique within the table's shadow root for this request ID. */
  domId: (id: string) => string;
  token: (id: string) => string;
  revealed: (id: string) => boolean;
  error: (id: string) => string | undefined;
  busy: (id: string) => boolean;
  onTokenInput: (id: string, event: InputEvent) => void;
  onTokenKeydown: (row: ListRow, event: KeyboardEvent) => void;
  onToggleReveal: (id: string) => void;
  onAccept: (row: ListRow) => void;
  onRemove: (row: ListRow, event: Event) => void;
  onRegisterAgain: (row: ListRow) => void;
}

const eyeIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5Z"></path>
  <circle cx="8" cy="8" r="2.25"></circle>
</svg>`;

/** One request as a table row (ARIA `row` of `cell`s); `index` is its 0-based place in the shown list. */
export function renderRow(row: ListRow, index: number, ctx: RowContext): TemplateResult {
  const { request } = row;
  const { id } = request;
  const status = String(request.status ?? '');
  return html`<div
    role="row"
    part="row"
    aria-rowindex=${index + 2}
    data-id=${id}
    data-status=${status}
    class=${row.rank === 0 ? 'pending' : ''}
  >
    <div role="cell" part="cell id-cell"><span class="device-id">${id}</span></div>
    <div role="cell" part="cell status-cell"><devreg-status-badge status=${status}></devreg-status-badge></div>
    <div role="cell" part="cell date-cell">
      ${request.creationTime
        ? html`<time datetime=${request.creationTime}>${ctx.formatDate(request.creationTime)}</time>`
        : nothing}
    </div>
    <div role="cell" part="cell group-cell">${request.groupId ?? nothing}</div>
    ${ctx.showTenant ? html`<div role="cell" part="cell tenant-cell">${request.tenantId ?? nothing}</div>` : nothing}
    ${ctx.admin ? renderActions(row, ctx) : nothing}
  </div>`;
}

function renderActions(row: ListRow, ctx: RowContext): TemplateResult {
  const { id, status } = row.request;
  const pending = status === 'PENDING_ACCEPTANCE';
  const blocked = status === 'BLOCKED';
  const busy = ctx.busy(id);
  const error = ctx.error(id);
  const errorId = `${ctx.domId(id)}-error`;
  return html`<div role="cell" part="cell actions">
    <div class="controls">
      ${pending && ctx.policy !== 'IGNORED' ? renderToken(row, ctx, error ? errorId : undefined) : nothing}
      ${pending
        ? html`<button
            type="button"
            class="primary"
            part="accept-button"
            aria-label=${msg(str`Accept ${id}`, { id: 'table.acceptLabel' })}
            ?disabled=${busy}
            @click=${() => ctx.onAccept(row)}
          >
            ${msg('Accept', { id: 'table.accept' })}
          </button>`
        : nothing}
      ${blocked
        ? html`<button
            type="button"
            part="register-again-button"
            aria-label=${msg(str`Register again ${id}`, { id: 'table.registerAgainLabel' })}
            ?disabled=${busy}
            @click=${() => ctx.onRegisterAgain(row)}
          >
            ${msg('Register again', { id: 'table.registerAgain' })}
          </button>`
        : nothing}
      <button
        type="button"
        part="remove-button"
        aria-label=${msg(str`Remove ${id}`, { id: 'table.removeLabel' })}
        ?disabled=${busy}
        @click=${(event: Event) => ctx.onRemove(row, event)}
      >
        ${msg('Remove', { id: 'table.remove' })}
      </button>
    </div>
    ${error ? html`<div id=${errorId} part="row-error" class="error-text" role="alert">${error}</div>` : nothing}
  </div>`;
}

function renderToken(row: ListRow, ctx: RowContext, describedBy: string | undefined): TemplateResult {
  const { id } = row.request;
  const revealed = ctx.revealed(id);
  const required = ctx.policy === 'REQUIRED';
  return html`<span class="token" part="token">
    <input
      type=${revealed ? 'text' : 'password'}
      part="token-input"
      aria-label=${msg('Security token', { id: 'table.token' })}
      placeholder=${required
        ? msg('Required', { id: 'table.token.placeholderRequired' })
        : msg('Token', { id: 'table.token.placeholder' })}
      aria-invalid=${describedBy ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      ?required=${required}
      autocomplete="off"
      spellcheck="false"
      .value=${live(ctx.token(id))}
      ?disabled=${ctx.busy(id)}
      @input=${(event: InputEvent) => ctx.onTokenInput(id, event)}
      @keydown=${(event: KeyboardEvent) => ctx.onTokenKeydown(row, event)}
    />
    <button
      type="button"
      part="token-toggle"
      class="icon"
      aria-label=${msg('Show security token', { id: 'table.token.show' })}
      title=${msg('Show security token', { id: 'table.token.show' })}
      aria-pressed=${revealed ? 'true' : 'false'}
      @click=${() => ctx.onToggleReveal(id)}
    >
      ${eyeIcon}
    </button>
  </span>`;
}
