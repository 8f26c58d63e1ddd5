import { DevRegDeviceRegistration } from '../components/device-registration/device-registration.js';
import { defineElement } from '../internal/define.js';
import './register-menu.js';
import './registration-table.js';

// The wizards are not imported here: the page loads them on first use.
defineElement('devreg-device-registration', DevRegDeviceRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-device-registration': DevRegDeviceRegistration;
  }
}
