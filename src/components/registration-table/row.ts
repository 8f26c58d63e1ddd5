import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { SecurityTokenPolicy } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { errorText } from '../../i18n/error-text.js';
import type { ListRow } from '../../controllers/registration-list-controller.js';
import { exportParts, STATUS_BADGE_PARTS } from '../../internal/exported-parts.js';
// types only (erased): tells the template checker about <devreg-status-badge>; the define module registers it
import type {} from '../../define/status-badge.js';

/** A row's badge is the table's part `badge`, and its parts are the table's `badge-<part>`. */
const badgeParts = exportParts('badge', STATUS_BADGE_PARTS);

/**
 * What went wrong on a row: the failure itself, `token-required`, or a message of the table's own
 * as a function. Kept as such, not as text, so that the row says it in the language of the moment
 * (the locale can change while it shows).
 */
export type RowError = RegistrationError | 'token-required' | (() => string);

/** The column headers by column. */
export type ColumnLabels = Readonly<Record<'id' | 'status' | 'date' | 'group' | 'tenant' | 'actions', string>>;

/** What a row needs from the table: settings, per-row UI state (keyed by request ID) and one handler. */
export interface RowContext {
  readonly showTenant: boolean;
  readonly admin: boolean;
  /** Shown in each cell when the rows are stacked as cards (narrow), for sighted users only (CSS alt text ""). */
  readonly labels: ColumnLabels;
  readonly policy: SecurityTokenPolicy;
  formatDate: (iso: string | undefined) => string;
  readonly tokens: ReadonlyMap<string, string>;
  readonly revealed: ReadonlySet<string>;
  readonly errors: ReadonlyMap<string, RowError>;
  readonly busy: ReadonlySet<string>;
  /** The group's name for a group ID, once known (else the ID). */
  groupName: (id: string) => string;
  /** Click, input and keydown of every row control: the row is found by its `data-id`, the control by its `part` (also while the row is busy). */
  onControl: (event: Event) => void;
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
  // (cells with no white space around their content: an empty one matches :empty, see the card layout)
  const date = request.creationTime
    ? html`<time datetime=${request.creationTime}>${ctx.formatDate(request.creationTime)}</time>`
    : nothing;
  const group = request.groupId ? ctx.groupName(request.groupId) : nothing;
  return html`<div
    role="row"
    part="row"
    aria-rowindex=${index + 2}
    data-id=${id}
    data-status=${status}
    class=${row.rank === 0 ? 'pending' : ''}
  >
    <div role="cell" part="cell id-cell" data-label=${ctx.labels.id}><span class="device-id">${id}</span></div>
    <div role="cell" part="cell status-cell" data-label=${ctx.labels.status}><devreg-status-badge part="badge" exportparts=${badgeParts} status=${status}></devreg-status-badge></div>
    <div role="cell" part="cell date-cell" data-label=${ctx.labels.date}>${date}</div>
    <div role="cell" part="cell group-cell" data-label=${ctx.labels.group}>${group}</div>
    ${ctx.showTenant ? html`<div role="cell" part="cell tenant-cell" data-label=${ctx.labels.tenant}>${request.tenantId ?? nothing}</div>` : nothing}
    ${ctx.admin ? renderActions(row, index, ctx) : nothing}
  </div>`;
}

function renderActions(row: ListRow, index: number, ctx: RowContext): TemplateResult {
  const { id, status } = row.request;
  const pending = status === 'PENDING_ACCEPTANCE';
  const blocked = status === 'BLOCKED';
  const busy = ctx.busy.has(id);
  const rowError = ctx.errors.get(id);
  const error =
    rowError && (rowError === 'token-required' ? tokenRequiredText() : typeof rowError === 'function' ? rowError() : errorText(rowError));
  // unique among the rendered rows, and never made of the device's ID
  const errorId = `row-error-${index}`;
  // aria-disabled, not disabled, while the row's action is under way: a disabled control would drop
  // the focus to <body>; the table ignores a busy row's controls (table-actions.ts)
  const button = (part: string, label: string, text: string, primary?: boolean) =>
    html`<button
      type="button"
      class=${primary ? 'primary' : nothing}
      part=${part}
      aria-label=${label}
      aria-disabled=${busy}
      @click=${ctx.onControl}
    >
      ${text}
    </button>`;
  return html`<div role="cell" part="cell actions" data-label=${ctx.labels.actions}>
    <div class="controls">
      ${pending && ctx.policy !== 'IGNORED' ? renderToken(row, ctx, error ? errorId : undefined) : nothing}
      ${pending
        ? button('accept-button', msg(str`Accept ${id}`, { id: 'table.acceptLabel' }), msg('Accept', { id: 'table.accept' }), true)
        : nothing}
      ${blocked
        ? button(
            'register-again-button',
            msg(str`Register again ${id}`, { id: 'table.registerAgainLabel' }),
            msg('Register again', { id: 'table.registerAgain' }),
          )
        : nothing}
      ${button('remove-button', msg(str`Remove ${id}`, { id: 'table.removeLabel' }), msg('Remove', { id: 'table.remove' }))}
    </div>
    ${error ? html`<div id=${errorId} part="row-error" class="error-text" role="alert">${error}</div>` : nothing}
  </div>`;
}

function renderToken(row: ListRow, ctx: RowContext, describedBy: string | undefined): TemplateResult {
  const { id } = row.request;
  const revealed = ctx.revealed.has(id);
  const required = ctx.policy === 'REQUIRED';
  const busy = ctx.busy.has(id); // read-only, not disabled: it keeps the focus (see renderActions)
  const show = msg('Show security token', { id: 'table.token.show' });
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
      .value=${live(ctx.tokens.get(id) ?? '')}
      ?readonly=${busy}
      aria-disabled=${busy}
      @input=${ctx.onControl}
      @keydown=${ctx.onControl}
    />
    <button
      type="button"
      part="token-toggle"
      class="icon"
      aria-label=${show}
      title=${show}
      aria-pressed=${revealed ? 'true' : 'false'}
      @click=${ctx.onControl}
    >
      ${eyeIcon}
    </button>
  </span>`;
}

/** Shown on a row whose Accept needs the token (REQUIRED policy) and got none. */
function tokenRequiredText(): string {
  return msg('Enter the security token the device sent.', { id: 'table.token.required' });
}
