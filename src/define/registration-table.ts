import { DevRegRegistrationTable } from '../components/registration-table/registration-table.js';
import { defineElement } from '../internal/define.js';
import './status-badge.js';

defineElement('devreg-registration-table', DevRegRegistrationTable);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-registration-table': DevRegRegistrationTable;
  }
}
