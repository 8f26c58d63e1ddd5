import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { BulkProgress, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../../adapters/registration-error.js';
import { DevRegBulkCompletedEvent } from '../../events/devreg-bulk-completed.js';
import { DevRegCloseEvent } from '../../events/devreg-close.js';
import { DevRegRegisteredEvent } from '../../events/devreg-registered.js';
import type { DevRegChangedEvent } from '../../events/devreg-changed.js';
import { errorText } from '../../i18n/error-text.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { WizardStateNotifier, type WizardState } from '../../internal/wizard.js';
import { sharedStyles } from '../../styles/shared.js';
import { normalizeSchema, own } from '../schema-form/normalize-schema.js';
import { applyDefaults, mergeModels } from '../schema-form/model.js';
import type { DevRegSchemaForm } from '../schema-form/schema-form.js';
import { type SchemaFormError, validateValue } from '../schema-form/validate.js';
import { isBulkResult, renderAnswer, renderBulkResult } from './answer-view.js';
import { safeExampleUrl } from './example-url.js';
import { failureText } from './failure-text.js';
import { type CleanMetadata, cleanMetadata } from './metadata.js';
import { extensionWizardStyles } from './extension-wizard.styles.js';

type Phase = 'edit' | 'sending' | 'done' | 'failed';

/** The adapter lacks the extension calls (status 0, code `unknown`, the reason as message). */
function unsupported(): RegistrationError {
  return new RegistrationError({
    status: 0,
    code: 'unknown',
    message: msg('This backend does not offer microservice registration forms.', { id: 'extension-wizard.unsupported' }),
  });
}

function idsOf(model: Record<string, unknown>, answer: unknown): string[] {
  const scalar = (v: unknown) => (typeof v === 'string' && v.trim()) || (typeof v === 'number' && Number.isFinite(v));
  const modelId = own(model, 'id');
  if (scalar(modelId)) return [String(modelId)];
  const answerId = own(answer, 'id') ?? own(answer, 'deviceId');
  if (scalar(answerId)) return [String(answerId)];
  const answerIds = own(answer, 'ids');
  if (Array.isArray(answerIds)) return (answerIds as unknown[]).filter(scalar).map(String);
  return [];
}

/**
 * Renders a microservice's own registration form (SPEC 2.3): its JSON Schema
 * pages one step at a time (type `extensibleDeviceRegistration`), or its CSV
 * upload (type `extensibleBulkDeviceRegistration`), then the service's answer.
 *
 * The metadata is untrusted: titles, descriptions and answers are rendered as
 * text, and example file links only as http(s) or relative URLs.
 *
 * Implements `WizardState`: `heading` is the metadata's title (the extension's
 * name until it arrives).
 *
 * @summary A microservice's registration form, as a wizard.
 *
 * @fires devreg-registered - {DevRegRegisteredEvent} The service registered the device: `ids` from the model's `id`, else from the answer.
 * @fires devreg-bulk-completed - {DevRegBulkCompletedEvent} The service answered a bulk upload: `result` is its answer.
 * @fires devreg-close - {DevRegCloseEvent} The user pressed "Close" or "Cancel".
 * @fires devreg-error - {DevRegErrorEvent} An adapter call failed (the wizard shows it too).
 * @fires devreg-wizard-state - (internal, bubbles) `heading`, `hasUnsavedInput` or `busy` changed.
 *
 * @attr lang - Language of the metadata asked from the service (default: the current locale). The native `lang` property sets it.
 *
 * @csspart heading - The wizard's heading (the metadata's title).
 * @csspart description - The metadata's description.
 * @csspart steps - The list of steps; the current one has `aria-current="step"`.
 * @csspart step - The current step.
 * @csspart step-heading - "Step 1 of 2: <page title>", or the summary's heading.
 * @csspart form - The `<devreg-schema-form>` of the current page.
 * @csspart reason - Why "Next" or "Register" is disabled.
 * @csspart actions - The step's buttons.
 * @csspart examples - The list of example files (bulk).
 * @csspart progress - The upload's progress bar.
 * @csspart summary - The service's answer or the failure.
 * @csspart answer - A key/value list of the answer.
 * @csspart counts - The counts of a bulk answer.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --devreg-extension-wizard-gap - Space between the wizard's blocks (token `--devreg-space-m`).
 * @cssprop --devreg-extension-wizard-step-color - Colour of the upcoming steps (token `--devreg-color-text-muted`).
 * @cssprop --devreg-extension-wizard-current-step-color - Colour of the current step (token `--devreg-color-primary`).
 */
export class DevRegExtensionWizard extends DevRegElement implements WizardState {
  static override styles = [sharedStyles, extensionWizardStyles];

  /** The extension to render, as `adapter.listExtensions()` gives it. */
  @property({ attribute: false })
  extension?: RegistrationExtension;

  /**
   * Mirrors the `lang` attribute, which the native `lang` property sets: the language the
   * metadata is asked in. Use `lang`.
   * @internal
   */
  @property({ attribute: 'lang' })
  langAttribute?: string;

  @state() private phase: Phase = 'edit';
  @state() private page = 0;
  @state() private errors: SchemaFormError[] = [];
  @state() private progress?: BulkProgress;
  @state() private file?: File;
  @state() private dirty = false;

  /** The value of each page as last edited. */
  #values: unknown[] = [];
  /** The value a page's form starts with (set when the page is entered, so typing does not reset it). */
  #entryValue: unknown;
  #answer: unknown;
  #loaded?: CleanMetadata;
  #error?: RegistrationError;
  #abort?: AbortController;
  #focusNext?: string;
  #wizardState = new WizardStateNotifier(this, true);

  #metadata = new Task(this, {
    task: async ([adapter, extension, lang], { signal }) => {
      if (!extension) return undefined;
      if (!adapter?.getExtensionMetadata) {
        throw unsupported();
      }
      try {
        return cleanMetadata(await adapter.getExtensionMetadata(extension, lang, { signal }), extension);
      } catch (error) {
        throw this.reportError('getExtensionMetadata', error);
      }
    },
    args: () => [this.effectiveAdapter, this.extension, this.langAttribute || this.effectiveLocale] as const,
    onComplete: (metadata) => this.#start(metadata),
  });

  /** The dialog's name: the metadata's title, the extension's name until it arrives. */
  get heading(): string {
    return this.#metadata.value?.title ?? this.extension?.name ?? '';
  }

  /** The user typed or chose something not yet registered. */
  get hasUnsavedInput(): boolean {
    return this.dirty && this.phase !== 'done';
  }

  /** Registering or uploading. */
  get busy(): boolean {
    return this.phase === 'sending';
  }

  get #bulk(): boolean {
    return this.extension?.type === 'extensibleBulkDeviceRegistration';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  #start(metadata: CleanMetadata | undefined): void {
    // onComplete runs before the task's value is set: keep the metadata for #pageErrors
    this.#loaded = metadata;
    this.#values = (metadata?.pages ?? []).map((page) => applyDefaults(normalizeSchema(page).root, undefined));
    this.phase = 'edit';
    this.dirty = false;
    this.file = undefined;
    this.#answer = undefined;
    this.#error = undefined;
    this.#enterPage(0, false);
  }

  #enterPage(page: number, focus = true): void {
    this.page = page;
    this.#entryValue = this.#values[page];
    this.errors = this.#pageErrors(page, this.#values[page]);
    if (focus) this.#focusNext = 'step-heading';
  }

  #pageErrors(page: number, value: unknown): SchemaFormError[] {
    const schema = this.#loaded?.pages[page];
    return schema ? validateValue(normalizeSchema(schema).root, value) : [];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#wizardState.check();
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.#focusNext}`);
      this.#focusNext = undefined;
      target?.focus();
    }
  }

  // ---- single registration --------------------------------------------------------------------

  #handleChanged(e: DevRegChangedEvent): void {
    const form = e.target as DevRegSchemaForm;
    this.#values[this.page] = e.value;
    this.errors = form.errors;
    this.dirty = true;
  }

  #handleBack(): void {
    this.#enterPage(this.page - 1);
  }

  #handleNext(): void {
    const form = this.renderRoot.querySelector<DevRegSchemaForm>('devreg-schema-form');
    if (form && !form.reportValidity()) return;
    this.#enterPage(this.page + 1);
  }

  async #handleRegister(): Promise<void> {
    const form = this.renderRoot.querySelector<DevRegSchemaForm>('devreg-schema-form');
    if (form && !form.reportValidity()) return;
    const extension = this.extension;
    const adapter = this.effectiveAdapter;
    if (!extension || !adapter) return;
    const model = mergeModels(this.#values);
    this.#abort = new AbortController();
    this.phase = 'sending';
    try {
      if (!adapter.registerWithExtension) throw unsupported();
      const answer = await adapter.registerWithExtension(extension, model, { signal: this.#abort.signal });
      this.#answer = answer;
      this.phase = 'done';
      const event = new DevRegRegisteredEvent(idsOf(model, answer), []);
      this.dispatchEvent(event);
    } catch (error) {
      if (isAbort(error)) {
        this.phase = 'edit';
        return;
      }
      this.#error = this.reportError('registerWithExtension', error);
      this.phase = 'failed';
    }
    this.#focusNext = 'step-heading';
  }

  #handleFix(): void {
    this.phase = 'edit';
    this.#error = undefined;
    if (this.#bulk) this.#focusNext = 'file';
    else this.#enterPage(0);
  }

  #handleRetry(): void {
    if (this.#bulk) void this.#handleUpload();
    else void this.#handleRegister();
  }

  #handleClose(): void {
    const event = new DevRegCloseEvent();
    this.dispatchEvent(event);
  }

  // ---- bulk -------------------------------------------------------------------------------------

  #handleFile(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.file = input.files?.[0] ?? undefined;
    this.dirty = !!this.file;
  }

  async #handleUpload(): Promise<void> {
    const extension = this.extension;
    const adapter = this.effectiveAdapter;
    const file = this.file;
    if (!extension || !adapter || !file) return;
    this.#abort = new AbortController();
    this.progress = { loaded: 0, total: file.size };
    this.phase = 'sending';
    try {
      if (!adapter.bulkRegisterWithExtension) throw unsupported();
      const answer = await adapter.bulkRegisterWithExtension(extension, file, {
        signal: this.#abort.signal,
        onProgress: (progress) => (this.progress = progress),
      });
      this.#answer = answer;
      this.phase = 'done';
      const event = new DevRegBulkCompletedEvent<unknown>(answer);
      this.dispatchEvent(event);
    } catch (error) {
      if (isAbort(error)) {
        this.phase = 'edit';
        this.#focusNext = 'file';
        return;
      }
      this.#error = this.reportError('bulkRegisterWithExtension', error);
      this.phase = 'failed';
    } finally {
      this.progress = undefined;
    }
    this.#focusNext = 'step-heading';
  }

  #handleCancelUpload(): void {
    this.#abort?.abort();
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    return html`${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : nothing}
      ${this.#metadata.render({
        initial: () => this.#renderLoading(),
        pending: () => this.#renderLoading(),
        error: (error) => this.#renderLoadError(error),
        complete: (metadata) => (metadata ? this.#renderWizard(metadata) : nothing),
      })}`;
  }

  #renderLoading() {
    return html`<p part="status" role="status">${msg('Loading the registration form…', { id: 'extension-wizard.loading' })}</p>`;
  }

  #renderLoadError(error: unknown) {
    return html`<div part="status" role="alert" class="banner danger">
        <p>${msg('The registration form cannot be loaded.', { id: 'extension-wizard.load-error' })}</p>
        <p>${errorText(error)}</p>
      </div>
      <div part="actions">
        <button type="button" class="primary" @click=${() => void this.#metadata.run()}>
          ${msg('Retry', { id: 'extension-wizard.retry' })}
        </button>
        <button type="button" @click=${this.#handleClose}>${msg('Close', { id: 'extension-wizard.close' })}</button>
      </div>`;
  }

  #renderWizard(metadata: CleanMetadata) {
    return html`${metadata.description ? html`<p part="description">${metadata.description}</p>` : nothing}
    ${this.phase === 'done' || this.phase === 'failed'
      ? this.#renderSummary()
      : this.#bulk
        ? this.#renderFileStep(metadata)
        : this.#renderPage(metadata)}`;
  }

  #pageTitle(metadata: CleanMetadata, index: number): string {
    const title = own(metadata.pages[index], 'title');
    const n = index + 1;
    return typeof title === 'string' && title.trim() ? title : msg(str`Page ${n}`, { id: 'extension-wizard.page' });
  }

  #renderSteps(metadata: CleanMetadata) {
    const count = Math.max(metadata.pages.length, 1);
    const summary = this.phase === 'done' || this.phase === 'failed';
    return html`<ol part="steps" aria-label=${msg('Steps', { id: 'extension-wizard.steps' })}>
      ${Array.from({ length: count }, (_, i) => {
        const current = !summary && i === this.page;
        return html`<li aria-current=${ifDefined(current ? 'step' : undefined)} class=${current ? 'current' : ''}>
          ${this.#pageTitle(metadata, i)}
        </li>`;
      })}
      <li aria-current=${ifDefined(summary ? 'step' : undefined)} class=${summary ? 'current' : ''}>
        ${msg('Summary', { id: 'extension-wizard.summary' })}
      </li>
    </ol>`;
  }

  #renderPage(metadata: CleanMetadata) {
    const count = Math.max(metadata.pages.length, 1);
    const n = this.page + 1;
    const title = this.#pageTitle(metadata, this.page);
    const last = this.page >= count - 1;
    const schema = metadata.pages[this.page];
    const sending = this.phase === 'sending';
    const first = this.errors[0];
    const reason = first
      ? msg(str`To continue, check “${first.label}”: ${first.message}`, { id: 'extension-wizard.reason' })
      : undefined;
    const more = this.errors.length - 1;
    return html`${this.#renderSteps(metadata)}
      <section part="step" aria-labelledby="step-heading">
        <h3 part="step-heading" id="step-heading" tabindex="-1">
          ${msg(str`Step ${n} of ${count}: ${title}`, { id: 'extension-wizard.step' })}
        </h3>
        ${schema
          ? keyed(
              this.page,
              html`<devreg-schema-form
                part="form"
                .inert=${sending}
                .schema=${schema}
                .value=${this.#entryValue}
                @devreg-changed=${this.#handleChanged}
              ></devreg-schema-form>`,
            )
          : nothing}
        ${reason
          ? html`<p part="reason" id="reason">
              ${reason}${more > 0 ? ` ${msg(str`(${more} more to check)`, { id: 'extension-wizard.reason-more' })}` : ''}
            </p>`
          : nothing}
        ${sending ? html`<p role="status">${msg('Registering…', { id: 'extension-wizard.sending' })}</p>` : nothing}
        <div part="actions">
          ${this.page > 0
            ? html`<button type="button" ?disabled=${sending} @click=${this.#handleBack}>${msg('Back', { id: 'extension-wizard.back' })}</button>`
            : nothing}
          ${last
            ? html`<button
                type="button"
                class="primary"
                ?disabled=${!!reason || sending}
                aria-describedby=${ifDefined(reason ? 'reason' : undefined)}
                @click=${this.#handleRegister}
              >
                ${msg('Register', { id: 'extension-wizard.register' })}
              </button>`
            : html`<button
                type="button"
                class="primary"
                ?disabled=${!!reason}
                aria-describedby=${ifDefined(reason ? 'reason' : undefined)}
                @click=${this.#handleNext}
              >
                ${msg('Next', { id: 'extension-wizard.next' })}
              </button>`}
          <button type="button" ?disabled=${sending} @click=${this.#handleClose}>${msg('Cancel', { id: 'extension-wizard.cancel' })}</button>
        </div>
      </section>`;
  }

  #renderFileStep(metadata: CleanMetadata) {
    const sending = this.phase === 'sending';
    const files = metadata.bulk?.exampleFiles ?? [];
    const extension = this.extension;
    const progress = this.progress;
    return html`<section part="step" aria-labelledby="step-heading">
      <h3 part="step-heading" id="step-heading" tabindex="-1">
        ${metadata.bulk?.title ?? msg('Upload a CSV file', { id: 'extension-wizard.bulk.heading' })}
      </h3>
      ${files.length
        ? html`<div>
            <h4 id="examples-heading">${msg('Example files', { id: 'extension-wizard.bulk.examples' })}</h4>
            <ul part="examples" aria-labelledby="examples-heading">
              ${files.map((file) => {
                const href = extension && safeExampleUrl(file.url, extension, this.effectiveAdapter);
                return html`<li>
                  ${href ? html`<a href=${href} download rel="noopener noreferrer">${file.title}</a>` : html`<span>${file.title}</span>`}
                  ${file.description ? html`<span part="example-description">${file.description}</span>` : nothing}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div class="file-field">
        <label for="file">${msg('CSV file', { id: 'extension-wizard.bulk.file' })}</label>
        <input
          id="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          ?disabled=${sending}
          aria-describedby="file-hint"
          @change=${this.#handleFile}
        />
        <p id="file-hint" part="reason">
          ${this.file
            ? msg(str`Selected: ${this.file.name}`, { id: 'extension-wizard.bulk.selected' })
            : msg('Choose a CSV file to upload.', { id: 'extension-wizard.bulk.choose' })}
        </p>
      </div>
      ${sending && progress
        ? html`<div class="progress">
            <progress
              part="progress"
              aria-label=${msg('Upload progress', { id: 'extension-wizard.bulk.progress' })}
              max=${Math.max(progress.total, 1)}
              .value=${progress.loaded}
            ></progress>
            <button type="button" @click=${this.#handleCancelUpload}>${msg('Cancel upload', { id: 'extension-wizard.bulk.cancel-upload' })}</button>
          </div>`
        : nothing}
      <div part="actions">
        <button type="button" class="primary" ?disabled=${!this.file || sending} @click=${this.#handleUpload}>
          ${msg('Upload', { id: 'extension-wizard.bulk.upload' })}
        </button>
        <button type="button" ?disabled=${sending} @click=${this.#handleClose}>${msg('Cancel', { id: 'extension-wizard.cancel' })}</button>
      </div>
    </section>`;
  }

  #renderSummary() {
    const metadata = this.#metadata.value;
    const steps = !this.#bulk && metadata ? this.#renderSteps(metadata) : nothing;
    if (this.phase === 'done') {
      const answer = this.#answer;
      return html`${steps}${this.#renderSummarySection(
        this.#bulk
          ? msg('The service processed the file', { id: 'extension-wizard.bulk.done' })
          : msg('The device was registered', { id: 'extension-wizard.done' }),
        html`<div role="status">
            ${isBulkResult(answer) ? renderBulkResult(answer) : html`<h4>${msg("The service's answer", { id: 'extension-wizard.answer' })}</h4>${renderAnswer(answer)}`}
          </div>
          <div part="actions">
            <button type="button" class="primary" @click=${this.#handleClose}>${msg('Close', { id: 'extension-wizard.close' })}</button>
          </div>`,
      )}`;
    }
    const error = this.#error ?? new RegistrationError({ status: 0, code: 'unknown', message: '' });
    const text = failureText(error, this.#bulk);
    return html`${steps}${this.#renderSummarySection(
      this.#bulk
        ? msg('The upload failed', { id: 'extension-wizard.bulk.failed-heading' })
        : msg('The device was not registered', { id: 'extension-wizard.failed' }),
      html`<div role="alert" class="banner danger">
          <p>${text.message}</p>
          ${text.detail ? html`<p part="detail">${text.detail}</p>` : nothing}
        </div>
        <div part="actions">
          <button type="button" class="primary" @click=${this.#handleFix}>${msg('Fix issue', { id: 'extension-wizard.fix' })}</button>
          ${error.retryable
            ? html`<button type="button" @click=${this.#handleRetry}>${msg('Try again', { id: 'extension-wizard.try-again' })}</button>`
            : nothing}
          <button type="button" @click=${this.#handleClose}>${msg('Close', { id: 'extension-wizard.close' })}</button>
        </div>`,
    )}`;
  }

  /** The summary step: its focusable heading, then the outcome and its actions. */
  #renderSummarySection(heading: string, body: TemplateResult) {
    return html`<section part="step summary" aria-labelledby="step-heading">
      <h3 part="step-heading" id="step-heading" tabindex="-1">${heading}</h3>
      ${body}
    </section>`;
  }
}
