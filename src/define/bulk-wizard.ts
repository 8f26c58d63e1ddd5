import './context-root.js';
import { DevRegBulkWizard } from '../components/bulk-wizard/bulk-wizard.js';

if (!customElements.get('devreg-bulk-wizard')) customElements.define('devreg-bulk-wizard', DevRegBulkWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-bulk-wizard': DevRegBulkWizard;
  }
}
