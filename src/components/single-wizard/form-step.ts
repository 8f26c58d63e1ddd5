import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import type { DeviceRow, DeviceRowContext } from './device-row.js';
import { renderDeviceRow } from './device-row.js';

export interface FormStepView {
  rows: readonly DeviceRow[];
  rowContext: (row: DeviceRow, index: number) => DeviceRowContext;
  /** A problem of the whole form (no adapter, tenants not loadable…). */
  notice?: string;
  /** False without an adapter or without the permission to register. */
  canRegister: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onAdd: () => void;
}

/** The form step: one row per device, "Add device" and "Register". */
export function renderFormStep(view: FormStepView): TemplateResult {
  return html`
    <form part="step form" class="form" novalidate @submit=${view.onSubmit}>
      <p class="hint">
        ${msg('Enter the ID each device will identify itself with (serial number, IMEI, MAC…). Paste a list to add one row per ID.', {
          id: 'single-wizard.form.intro',
        })}
      </p>
      ${view.notice ? html`<p class="banner warning" part="notice" role="status">${view.notice}</p>` : nothing}
      <div part="rows" class="rows">
        ${repeat(
          view.rows,
          (row) => row.key,
          (row, index) => renderDeviceRow(row, view.rowContext(row, index)),
        )}
      </div>
      <div part="actions" class="actions">
        <button type="button" part="add-button" @click=${view.onAdd}>
          ${msg('Add device', { id: 'single-wizard.add' })}
        </button>
        <span class="spacer"></span>
        <button type="submit" class="primary" part="register-button" ?disabled=${!view.canRegister}>
          ${msg('Register', { id: 'single-wizard.register' })}
        </button>
      </div>
    </form>
  `;
}
