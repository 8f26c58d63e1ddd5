// Registers every devreg element (side effects only). The provider comes first, so that on a
// page already holding the elements it answers their context requests as they upgrade.
import './define/provider.js';
import './define/status-badge.js';
import './define/registration-table.js';
import './define/register-menu.js';
import './define/device-registration.js';
import './define/single-wizard.js';
import './define/bulk-wizard.js';
import './define/schema-form.js';
import './define/extension-wizard.js';
