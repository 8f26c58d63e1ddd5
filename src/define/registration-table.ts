import './context-root.js';
import { DevRegRegistrationTable } from '../components/registration-table/registration-table.js';
import './status-badge.js';

if (!customElements.get('devreg-registration-table')) customElements.define('devreg-registration-table', DevRegRegistrationTable);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-registration-table': DevRegRegistrationTable;
  }
}
