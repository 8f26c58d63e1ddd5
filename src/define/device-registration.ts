import './context-root.js';
import { DevRegDeviceRegistration } from '../components/device-registration/device-registration.js';
import './register-menu.js';
import './registration-table.js';

// The wizards are not imported here: the page loads them on first use.
if (!customElements.get('devreg-device-registration')) customElements.define('devreg-device-registration', DevRegDeviceRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-device-registration': DevRegDeviceRegistration;
  }
}
