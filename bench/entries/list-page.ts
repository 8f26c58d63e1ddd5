// What a host page needs to show the registration list: provider, page (table, badge, menu)
// and the Cumulocity adapter. Wizards stay lazily loaded chunks.
import '../../src/define/provider.js';
import '../../src/define/device-registration.js';
export { CumulocityAdapter } from '../../src/adapters/cumulocity-adapter.js';
