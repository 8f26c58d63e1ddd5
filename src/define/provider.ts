import { DevRegProvider } from '../components/provider/provider.js';
import { defineElement } from '../internal/define.js';

defineElement('devreg-provider', DevRegProvider);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-provider': DevRegProvider;
  }
}
