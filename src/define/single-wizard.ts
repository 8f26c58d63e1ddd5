import { DevRegSingleWizard } from '../components/single-wizard/single-wizard.js';
import { defineElement } from '../internal/define.js';
import './status-badge.js';

defineElement('devreg-single-wizard', DevRegSingleWizard);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-single-wizard': DevRegSingleWizard;
  }
}
