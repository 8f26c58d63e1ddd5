import { DevRegExtensionWizard } from '../components/extension-wizard/extension-wizard.js';
import { defineElement } from '../internal/define.js';
import './schema-form.js';

defineElement('devreg-extension-wizard', DevRegExtensionWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-extension-wizard': DevRegExtensionWizard;
  }
}
