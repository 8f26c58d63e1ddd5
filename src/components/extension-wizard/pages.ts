import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { JsonSchema } from '../../adapters/registration-adapter.js';
import type { DevRegChangedEvent } from '../../events/devreg-changed.js';
import '../../define/schema-form.js';
import { exportParts } from '../../internal/exported-parts.js';
import { own } from '../schema-form/json.js';
import { applyDefaults } from '../schema-form/model.js';
import { normalizeSchema } from '../schema-form/normalize-schema.js';
import { type SchemaFormError, validateValue } from '../schema-form/validate.js';

// The pages of a single-device extension (its JSON Schemas as `<devreg-schema-form>`s), loaded
// with that extension's metadata: a bulk extension never needs the schema form.

export { mergeModels } from '../schema-form/model.js';
export { pagesStyles as styles } from './pages.styles.js';

/**
 * `<devreg-schema-form>`'s parts, as src/internal/exported-parts.ts lists those of other nested
 * elements (here, loaded with the schema form): a page's schema form is the wizard's part `form`,
 * and its parts are the wizard's `form-<part>`.
 */
const SCHEMA_FORM_CSS_PARTS =
  'form,field,label,required,control,input,reveal,help,description,error,fieldset,object,array,radiogroup,checkbox,legend,' +
  'option,items,item,item-actions,actions,empty';
const formParts = exportParts('form', SCHEMA_FORM_CSS_PARTS);

/** Each page's value with its schema's defaults. */
export function initialValues(pages: readonly JsonSchema[]): unknown[] {
  return pages.map((page) => applyDefaults(normalizeSchema(page).root, undefined));
}

/** The problems of a page's value ([] without a schema). */
export function pageErrors(schema: JsonSchema | undefined, value: unknown): SchemaFormError[] {
  return schema ? validateValue(normalizeSchema(schema).root, value) : [];
}

/** A page's `title`, else "Page <n>". */
function pageTitle(pages: readonly JsonSchema[], index: number): string {
  const title = own(pages[index], 'title');
  const n = index + 1;
  return typeof title === 'string' && title.trim() ? title : msg(str`Page ${n}`, { id: 'extension-wizard.page' });
}

/** The step list: one step per page, then "Summary"; `current` undefined marks the summary. */
export function renderSteps(pages: readonly JsonSchema[], current: number | undefined): TemplateResult {
  const count = Math.max(pages.length, 1);
  const step = (title: string, on: boolean) =>
    html`<li aria-current=${ifDefined(on ? 'step' : undefined)} class=${on ? 'current' : ''}>${title}</li>`;
  return html`<ol part="steps" aria-label=${msg('Steps', { id: 'extension-wizard.steps' })}>
    ${Array.from({ length: count }, (_, i) => step(pageTitle(pages, i), i === current))}
    ${step(msg('Summary', { id: 'extension-wizard.summary' }), current === undefined)}
  </ol>`;
}

export interface PageView {
  pages: readonly JsonSchema[];
  page: number;
  /** The value the page's form starts with. */
  value: unknown;
  errors: readonly SchemaFormError[];
  sending: boolean;
  /** Shown under the form (why nothing was sent). */
  notice: TemplateResult | typeof nothing;
  onChanged: (event: DevRegChangedEvent) => void;
  onBack: () => void;
  onNext: () => void;
  onRegister: () => void;
  onCancel: () => void;
}

/** One page: the step list, "Step n of m: <title>", its form, why it cannot go on, and its buttons. */
export function renderPage(view: PageView): TemplateResult {
  const { pages, page, sending } = view;
  const count = Math.max(pages.length, 1);
  const n = page + 1;
  const steps = count + 1; // the step list's last step, "Summary", counts too
  const title = pageTitle(pages, page);
  const last = page >= count - 1;
  const schema = pages[page];
  const first = view.errors[0];
  const reason = first
    ? msg(str`To continue, check “${first.label}”: ${first.message}`, { id: 'extension-wizard.reason' })
    : undefined;
  const more = view.errors.length - 1;
  return html`${renderSteps(pages, page)}
    <section part="step" aria-labelledby="step-heading">
      <h3 part="step-heading" id="step-heading" tabindex="-1">
        ${msg(str`Step ${n} of ${steps}: ${title}`, { id: 'extension-wizard.step' })}
      </h3>
      ${schema
        ? keyed(
            page,
            html`<devreg-schema-form
              part="form"
              exportparts=${formParts}
              .inert=${sending}
              .schema=${schema}
              .value=${view.value}
              @devreg-changed=${view.onChanged}
            ></devreg-schema-form>`,
          )
        : nothing}
      ${reason
        ? html`<p part="reason" id="reason">
            ${reason}${more > 0 ? ` ${msg(str`(${more} more to check)`, { id: 'extension-wizard.reason-more' })}` : ''}
          </p>`
        : nothing}
      ${sending ? html`<p role="status">${msg('Registering…', { id: 'extension-wizard.sending' })}</p>` : nothing}
      ${view.notice}
      <div part="actions">
        ${page > 0
          ? html`<button type="button" ?disabled=${sending} @click=${view.onBack}>${msg('Back', { id: 'extension-wizard.back' })}</button>`
          : nothing}
        <button type="button" ?disabled=${sending} @click=${view.onCancel}>${msg('Cancel', { id: 'extension-wizard.cancel' })}</button>
        <button
          type="button"
          class="primary"
          ?disabled=${!!reason || (last && sending)}
          aria-describedby=${ifDefined(reason ? 'reason' : undefined)}
          @click=${last ? view.onRegister : view.onNext}
        >
          ${last ? msg('Register', { id: 'extension-wizard.register' }) : msg('Next', { id: 'extension-wizard.next' })}
        </button>
      </div>
    </section>`;
}
