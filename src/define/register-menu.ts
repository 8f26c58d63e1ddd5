import './context-root.js';
import { DevRegRegisterMenu } from '../components/register-menu/register-menu.js';

if (!customElements.get('devreg-register-menu')) customElements.define('devreg-register-menu', DevRegRegisterMenu);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-register-menu': DevRegRegisterMenu;
  }
}
