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
