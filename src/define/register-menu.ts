import { DevRegRegisterMenu } from '../components/register-menu/register-menu.js';
import { defineElement } from '../internal/define.js';

defineElement('devreg-register-menu', DevRegRegisterMenu);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-register-menu': DevRegRegisterMenu;
  }
}
