// Registers every devreg element (side effects only).
import './define/schema-form.js';
import './define/extension-wizard.js';
import './define/single-wizard.js';
import './define/register-menu.js';
import './define/device-registration.js';
import './define/bulk-wizard.js';
import './define/provider.js';
import './define/status-badge.js';
import './define/registration-table.js';
