import { DevRegBulkWizard } from '../components/bulk-wizard/bulk-wizard.js';
import { defineElement } from '../internal/define.js';

defineElement('devreg-bulk-wizard', DevRegBulkWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-bulk-wizard': DevRegBulkWizard;
  }
}
