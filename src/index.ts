// Side-effect-free entry: classes, types and adapters. Import `devreg-elements/all.js`
// (or one `devreg-elements/define/<name>.js`) to register the tags.
export * from './adapters/registration-adapter.js';
export * from './adapters/registration-error.js';
export * from './events/index.js';
export { adapterContext } from './context/adapter-context.js';
export { localeContext } from './context/locale-context.js';
export { setDevRegLocale, getDevRegLocale } from './i18n/localization.js';
export { DevRegElement } from './internal/devreg-element.js';
export type { WizardState } from './internal/wizard.js';
export * from './adapters/memory-adapter.js';
export * from './adapters/cumulocity-adapter.js';
export { DevRegSchemaForm, type SchemaFormError } from './components/schema-form/schema-form.js';
export { DevRegExtensionWizard } from './components/extension-wizard/extension-wizard.js';
export * from './forms/registration-form.js';
export { DevRegSingleWizard, SINGLE_WIZARD_STEPS, type SingleWizardStep } from './components/single-wizard/single-wizard.js';
export { DevRegDeviceRegistration } from './components/device-registration/device-registration.js';
export { DevRegRegisterMenu, REGISTER_MENU_CATEGORIES, type RegisterMenuCategory, type RegisterMenuForm } from './components/register-menu/register-menu.js';
export { DevRegBulkWizard, BULK_WIZARD_STEPS, type BulkWizardStep, type BulkWizardResult } from './components/bulk-wizard/bulk-wizard.js';
export type { MergedBulkResult, BulkFailure } from './csv/merge-results.js';
export { DevRegProvider } from './components/provider/provider.js';
export { DevRegStatusBadge } from './components/status-badge/status-badge.js';
export { DevRegRegistrationTable } from './components/registration-table/registration-table.js';
export { DevRegListStateEvent, type ListState } from './components/registration-table/list-state-event.js';
export { RegistrationListController, type ListRow, type RegistrationListOptions } from './controllers/registration-list-controller.js';
export { TRUSTED_TYPES_POLICY } from './internal/trusted-types.js';
export { setCsvWorkerUrl } from './csv/worker-url.js';
