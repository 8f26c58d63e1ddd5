import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { exportParts } from '../../internal/exported-parts.js';
import { isWizardState } from '../../internal/wizard.js';
import { BULK_WIZARD_CSS_PARTS, EXTENSION_WIZARD_CSS_PARTS, SINGLE_WIZARD_CSS_PARTS } from '../../internal/wizard-parts.js';

/** What the page's dialog shows. */
export type DialogContent =
  | { kind: 'single' }
  | { kind: 'bulk' }
  | { kind: 'extension'; extension: RegistrationExtension }
  | { kind: 'form'; element: HTMLElement; label: string };

export type WizardKind = Exclude<DialogContent['kind'], 'form'>;

/** The tag each built-in wizard is registered under. */
export const WIZARD_TAGS: Record<WizardKind, string> = {
  single: 'devreg-single-wizard',
  bulk: 'devreg-bulk-wizard',
  extension: 'devreg-extension-wizard',
};

/**
 * Each wizard's parts, offered as the page's `wizard-<part>` (one name for whichever wizard is
 * shown). Here, loaded with the dialog, not on the list page.
 */
const WIZARD_EXPORTPARTS: Record<WizardKind, string> = {
  single: exportParts('wizard', SINGLE_WIZARD_CSS_PARTS),
  bulk: exportParts('wizard', BULK_WIZARD_CSS_PARTS),
  extension: exportParts('wizard', EXTENSION_WIZARD_CSS_PARTS),
};

/**
 * Loads a wizard's define module on first use, so the page does not pay for the wizards
 * (and their CSV parser, JSON Schema forms…) up front.
 */
export const WIZARD_LOADERS: Record<WizardKind, () => Promise<unknown>> = {
  single: () => import('../../define/single-wizard.js'),
  bulk: () => import('../../define/bulk-wizard.js'),
  extension: () => import('../../define/extension-wizard.js'),
};

/** Resolves once the wizard for `kind` is defined. */
export async function loadWizard(kind: WizardKind): Promise<void> {
  await WIZARD_LOADERS[kind]();
  await customElements.whenDefined(WIZARD_TAGS[kind]);
}

/** The dialog's accessible name until the content tells its own `heading`. */
export function fallbackHeading(content: DialogContent): string {
  switch (content.kind) {
    case 'single':
      return msg('Single device registration', { id: 'menu.single' });
    case 'bulk':
      return msg('Bulk device registration', { id: 'menu.bulk' });
    case 'extension':
      return content.extension.name;
    case 'form':
      return content.label;
  }
}

/** The wizard element for a loaded built-in wizard, given the page's effective adapter explicitly. */
export function renderWizard(
  content: Exclude<DialogContent, { kind: 'form' }>,
  adapter: RegistrationAdapter | undefined,
): TemplateResult {
  switch (content.kind) {
    case 'single':
      return html`<devreg-single-wizard part="wizard" exportparts=${WIZARD_EXPORTPARTS.single} .adapter=${adapter}></devreg-single-wizard>`;
    case 'bulk':
      return html`<devreg-bulk-wizard part="wizard" exportparts=${WIZARD_EXPORTPARTS.bulk} .adapter=${adapter}></devreg-bulk-wizard>`;
    case 'extension':
      return html`<devreg-extension-wizard
        part="wizard"
        exportparts=${WIZARD_EXPORTPARTS.extension}
        .adapter=${adapter}
        .extension=${content.extension}
      ></devreg-extension-wizard>`;
  }
}

/** The dialog's body: a slotted form's heading, the wizard, or why it is not there (yet). */
export function renderContent(
  content: DialogContent,
  status: 'loading' | 'ready' | 'failed',
  adapter: RegistrationAdapter | undefined,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (content.kind === 'form') {
    // A slotted form that names itself renders its own heading.
    return isWizardState(content.element) ? nothing : html`<h2>${content.label}</h2>`;
  }
  if (status === 'failed') {
    return html`<p role="alert" class="error-text">
        ${msg('This registration form could not be loaded. Check the connection, then try again.', { id: 'page.dialog.loadFailed' })}
      </p>
      <button type="button" part="dialog-retry" @click=${retry}>${msg('Try again', { id: 'page.dialog.tryAgain' })}</button>`;
  }
  if (status === 'loading') {
    return html`<p role="status">${msg('Loading…', { id: 'page.dialog.loading' })}</p>`;
  }
  return renderWizard(content, adapter);
}
