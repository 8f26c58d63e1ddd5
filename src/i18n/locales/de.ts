// German strings, one module per area (src/i18n/de/*.ts), merged here.
// Every msg() id in src/ must appear in one of them: `npm run i18n:check` fails otherwise.
import { templates as common } from '../de/common.js';
import { templates as table } from '../de/table.js';
import { templates as page } from '../de/page.js';
import { templates as menu } from '../de/menu.js';
import { templates as singleWizard } from '../de/single-wizard.js';
import { templates as bulkWizard } from '../de/bulk-wizard.js';
import { templates as csv } from '../de/csv.js';
import { templates as schemaForm } from '../de/schema-form.js';
import { templates as extensionWizard } from '../de/extension-wizard.js';

export const templates = {
  ...common,
  ...table,
  ...page,
  ...menu,
  ...singleWizard,
  ...bulkWizard,
  ...csv,
  ...schemaForm,
  ...extensionWizard,
};
