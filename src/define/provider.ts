import './context-root.js';
import { DevRegProvider } from '../components/provider/provider.js';

if (!customElements.get('devreg-provider')) customElements.define('devreg-provider', DevRegProvider);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-provider': DevRegProvider;
  }
}
