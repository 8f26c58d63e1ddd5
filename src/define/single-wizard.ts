import './context-root.js';
import { DevRegSingleWizard } from '../components/single-wizard/single-wizard.js';
import './status-badge.js';

if (!customElements.get('devreg-single-wizard')) customElements.define('devreg-single-wizard', DevRegSingleWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-single-wizard': DevRegSingleWizard;
  }
}
