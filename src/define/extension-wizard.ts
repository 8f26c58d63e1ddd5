import './context-root.js';
import { DevRegExtensionWizard } from '../components/extension-wizard/extension-wizard.js';

if (!customElements.get('devreg-extension-wizard')) customElements.define('devreg-extension-wizard', DevRegExtensionWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-extension-wizard': DevRegExtensionWizard;
  }
}
