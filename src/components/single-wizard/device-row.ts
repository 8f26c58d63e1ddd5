import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { DeviceGroup, Tenant } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { errorText } from '../../i18n/error-text.js';
import type { GroupCombobox } from './group-combobox.js';
import { renderGroupCombobox } from './group-combobox.js';

/** One device in the form: what the user typed or chose, and what is wrong with it. */
export interface DeviceRow {
  /** Stable key for element IDs and keyed rendering. */
  readonly key: number;
  /** The Device ID as typed (trimmed when validated and sent). */
  id: string;
  /** The text in the group combobox. */
  groupText: string;
  /** The group picked from the list (cleared when the text changes). */
  group?: DeviceGroup;
  /** Chosen tenant (management tenant only). */
  tenantId?: string;
  // The problems are kept as such, not as text, so that they are shown in the language of the
  // moment (the locale can change while they show).
  /** Validation problem of the Device ID: says it in the current language. */
  error?: () => string;
  /** Validation problem of the group: says it in the current language. */
  groupError?: () => string;
  /** The server's answer to the last attempt, shown after "Fix errors". */
  serverError?: RegistrationError;
  /** The last create's answer was lost and could not be checked: check before sending again. */
  uncertain?: boolean;
}

/**
 * Splits pasted text into device IDs: one per line, or separated by commas, semicolons or tabs;
 * trimmed, blanks dropped, duplicates removed. `given`: how many IDs the text held, repeats included.
 */
export function splitDeviceIds(text: string): { ids: string[]; given: number } {
  const seen = new Set<string>();
  let given = 0;
  for (const part of text.split(/[\r\n,;\t]+/)) {
    const id = part.trim();
    if (id) {
      seen.add(id);
      given++;
    }
  }
  return { ids: [...seen], given };
}

/** Whether pasted text holds a list of IDs rather than one. */
export function isIdList(text: string): boolean {
  return /[\r\n,;\t]/.test(text.trim());
}

/** Whether the row holds anything the user typed or chose. */
export function rowHasContent(row: DeviceRow): boolean {
  return row.id.trim() !== '' || row.groupText.trim() !== '' || row.group !== undefined;
}

export interface DeviceRowContext {
  index: number;
  count: number;
  /** Absent when the adapter cannot search groups. */
  combobox?: GroupCombobox;
  /** Non-empty in a management tenant. */
  tenants: readonly Tenant[];
  /** The tenant whose devices may be put into groups. */
  managementTenantId?: string;
  onIdInput: (row: DeviceRow, value: string) => void;
  onIdPaste: (row: DeviceRow, event: ClipboardEvent) => void;
  onTenantChange: (row: DeviceRow, tenantId: string) => void;
  onRemove: (row: DeviceRow) => void;
}

export function tenantLabel(tenant: Tenant): string {
  if (!tenant.id) return msg('This tenant', { id: 'single-wizard.tenant.own' });
  const name = tenant.name && tenant.name !== tenant.id ? `${tenant.name} (${tenant.id})` : tenant.id;
  return tenant.current ? msg(str`${name} – this tenant`, { id: 'single-wizard.tenant.current' }) : name;
}

/** A refusal of what was typed (the ID is taken or not allowed), not a failure to send it: the field is invalid. */
const isInputError = (error: RegistrationError | undefined) => error?.code === 'duplicate' || error?.code === 'invalid';

/** The fields of one device: Device ID, Group, Tenant, and "Remove device <n>". */
export function renderDeviceRow(row: DeviceRow, ctx: DeviceRowContext): TemplateResult {
  const k = row.key;
  const n = ctx.index + 1;
  const idDescribedBy = [row.error ? `device-id-${k}-error` : '', row.serverError && !row.error ? `device-id-${k}-server` : '']
    .filter(Boolean)
    .join(' ');
  const groupAllowed = ctx.tenants.length === 0 || row.tenantId === ctx.managementTenantId;
  return html`
    <fieldset part="row" class="row" data-key=${k}>
      <legend class=${ctx.count > 1 ? 'row-legend' : 'visually-hidden'}>
        ${msg(str`Device ${n}`, { id: 'single-wizard.row.legend' })}
      </legend>
      <div class="field field-id">
        <label for="device-id-${k}">${msg('Device ID', { id: 'single-wizard.deviceId' })}</label>
        <input
          id="device-id-${k}"
          part="device-id"
          type="text"
          required
          autocomplete="off"
          spellcheck="false"
          .value=${live(row.id)}
          aria-invalid=${row.error || isInputError(row.serverError) ? 'true' : 'false'}
          aria-describedby=${idDescribedBy || nothing}
          @input=${(e: InputEvent) => ctx.onIdInput(row, (e.target as HTMLInputElement).value)}
          @paste=${(e: ClipboardEvent) => ctx.onIdPaste(row, e)}
        />
        ${row.error
          ? html`<p id="device-id-${k}-error" part="field-error" class="error-text">${row.error()}</p>`
          : row.serverError
            ? html`<p id="device-id-${k}-server" part="field-error" class="error-text">${errorText(row.serverError)}</p>`
            : nothing}
      </div>
      ${ctx.combobox
        ? html`<div class="field field-group">
            ${renderGroupCombobox(ctx.combobox, {
              key: k,
              text: row.groupText,
              error: row.groupError?.(),
              disabledReason: groupAllowed
                ? undefined
                : msg("Groups can only be chosen for the management tenant's own devices.", {
                    id: 'single-wizard.group.disabled',
                  }),
            })}
          </div>`
        : nothing}
      ${ctx.tenants.length
        ? html`<div class="field field-tenant">
            <label for="tenant-${k}">${msg('Tenant', { id: 'single-wizard.tenant' })}</label>
            <select
              id="tenant-${k}"
              part="tenant"
              @change=${(e: Event) => ctx.onTenantChange(row, (e.target as HTMLSelectElement).value)}
            >
              ${ctx.tenants.map(
                (t) => html`<option value=${t.id} ?selected=${t.id === row.tenantId}>${tenantLabel(t)}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${ctx.count > 1
        ? html`<div class="row-actions">
            <button
              type="button"
              part="remove-button"
              aria-label=${msg(str`Remove device ${n}`, { id: 'single-wizard.row.remove' })}
              @click=${() => ctx.onRemove(row)}
            >
              ${msg('Remove', { id: 'single-wizard.row.removeShort' })}
            </button>
          </div>`
        : nothing}
    </fieldset>
  `;
}
