import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task } from '@lit/task';
import type { BulkProgress, JsonSchema, RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../../adapters/registration-error.js';
import { DevRegBulkCompletedEvent } from '../../events/devreg-bulk-completed.js';
import { DevRegCloseEvent } from '../../events/devreg-close.js';
import { DevRegRegisteredEvent } from '../../events/devreg-registered.js';
import type { DevRegChangedEvent } from '../../events/devreg-changed.js';
import { errorText } from '../../i18n/error-text.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { addStyles } from '../../internal/add-styles.js';
import { deepActiveElement } from '../../internal/deep-active-element.js';
import { LazyPart } from '../../internal/lazy-part.js';
import type { WizardState } from '../../internal/wizard.js';
import { WizardStateNotifier } from '../../internal/wizard-state.js';
import { sharedStyles } from '../../styles/shared.js';
import { own } from '../schema-form/json.js';
import type { DevRegSchemaForm } from '../schema-form/schema-form.js';
import type { SchemaFormError } from '../schema-form/validate.js';
import { type CleanMetadata, cleanMetadata } from './metadata.js';
import { extensionWizardStyles } from './extension-wizard.styles.js';
import { reworded, unsupported } from './unsupported.js';

type Phase = 'edit' | 'sending' | 'done' | 'failed';

/**
 * Parts loaded on first use: the pages (with the schema form) or the file step while the
 * metadata loads, as the extension's type needs; the summary when the first "Register" or
 * "Upload" starts. (Replaceable, so tests can make a load fail.)
 * @internal
 */
export const EXTENSION_WIZARD_PARTS = {
  pages: () => import('./pages.js'),
  fileStep: () => import('./file-step.js'),
  summary: () => import('./summary.js'),
};

/**
 * The metadata arrived, but the part of the wizard its type needs could not be loaded. "Retry"
 * loads both again: browsers fetch a module anew after a failed fetch (whatwg/html#10327).
 */
class PartMissingError extends Error {}

/** A single registration whose metadata has no pages: there is nothing to fill in (and `{}` is no registration). */
class NoPagesError extends Error {}

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
 * @fires {DevRegRegisteredEvent} devreg-registered - The service registered the device: `ids` from the model's `id`, else from the answer.
 * @fires {DevRegBulkCompletedEvent} devreg-bulk-completed - The service answered a bulk upload: `result` is its answer.
 * @fires {DevRegCloseEvent} devreg-close - The user pressed "Close" or "Cancel".
 * @fires {DevRegErrorEvent} devreg-error - An adapter call failed (the wizard shows it too).
 * @fires {Event} devreg-wizard-state - (internal, bubbles) `heading`, `hasUnsavedInput` or `busy` changed.
 *
 * @attr lang - Language of the metadata asked from the service (default: the current locale). The native `lang` property sets it.
 *
 * @csspart heading - The wizard's heading (the metadata's title).
 * @csspart description - The metadata's description.
 * @csspart steps - The list of steps; the current one has `aria-current="step"`.
 * @csspart step - The current step.
 * @csspart step-heading - "Step 1 of 3: <page title>", or the summary's heading.
 * @csspart form - The `<devreg-schema-form>` of the current page.
 * @csspart form-* - The parts of that `<devreg-schema-form>`, each as `form-<its part>`: `form-input`, `form-label`, …
 * @csspart reason - Why "Next" or "Register" is disabled.
 * @csspart actions - The step's buttons.
 * @csspart examples - The list of example files (bulk).
 * @csspart example-description - An example file's description.
 * @csspart progress - The upload's progress bar.
 * @csspart summary - The service's answer or the failure.
 * @csspart detail - More about a failure (such as the service's own message).
 * @csspart answer - A key/value list of the answer.
 * @csspart answer-entry - One key with its value in such a list.
 * @csspart answer-list - A list of values in the answer.
 * @csspart counts - The counts of a bulk answer.
 * @csspart failures - The failed lines of a bulk answer.
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
  @state() private progress?: BulkProgress;
  @state() private file?: File;
  @state() private dirty = false;
  /** The summary could not be loaded: nothing was sent ("Register" or "Upload" again loads it). */
  @state() private summaryFailed = false;
  /**
   * The last upload was cancelled: the service may have had the whole file by then (the browser
   * cannot tell; it reports the upload complete only with the answer).
   */
  @state() private uploadCancelled = false;

  /** The value of each page as last edited. */
  #values: unknown[] = [];
  /** The value a page's form starts with (set when the page is entered, so typing does not reset it). */
  #entryValue: unknown;
  /** The current page's form, once the user changed it: it words its problems in the language of the moment. */
  #form?: DevRegSchemaForm;
  #answer: unknown;
  #loaded?: CleanMetadata;
  /** The adapter and extension the form shown was started for. */
  #startedFor?: { adapter?: RegistrationAdapter; extension?: RegistrationExtension };
  #error?: RegistrationError;
  #abort?: AbortController;
  #focusNext?: string;
  #wizardState = new WizardStateNotifier(this, true);
  readonly #pages = new LazyPart(this, () => EXTENSION_WIZARD_PARTS.pages());
  readonly #fileStep = new LazyPart(this, () => EXTENSION_WIZARD_PARTS.fileStep());
  readonly #summary = new LazyPart(this, () => EXTENSION_WIZARD_PARTS.summary());

  #metadata = new Task(this, {
    task: async ([adapter, extension, lang], { signal }) => {
      if (!extension) return undefined;
      // the part the extension's type needs loads while its metadata does
      const part = extension.type === 'extensibleBulkDeviceRegistration' ? this.#loadPart(this.#fileStep) : this.#loadPart(this.#pages);
      if (!adapter?.getExtensionMetadata) {
        throw unsupported();
      }
      let metadata: CleanMetadata;
      try {
        metadata = cleanMetadata(await adapter.getExtensionMetadata(extension, lang, { signal }), extension);
      } catch (error) {
        throw this.reportError('getExtensionMetadata', error);
      }
      if (!(await part)) throw new PartMissingError('a part of the wizard could not be loaded');
      if (!this.#bulk && !metadata.pages.length) {
        this.reportError('getExtensionMetadata', new RegistrationError({ status: 0, code: 'invalid', message: 'The metadata has no pages.' }));
        throw new NoPagesError();
      }
      return metadata;
    },
    args: () => [this.effectiveAdapter, this.extension, this.langAttribute || this.effectiveLocale] as const,
    onComplete: (metadata) => {
      const shown = this.#shownForm;
      if (shown && metadata?.pages.length === shown.pages.length) {
        // the same form, asked again in another language: it stays as the user left it
        this.#loaded = metadata;
        return;
      }
      this.#start(metadata);
      if (this.#retried || this.#waitedInModal()) this.#focusNext = this.#bulk ? 'file' : 'step-heading';
      this.#retried = false;
    },
    // a Retry that failed again: the focus goes back to Retry (it left with the button while loading)
    onError: () => {
      if (this.#retried) this.#focusNext = 'load-retry';
      this.#retried = false;
    },
  });
  /** "Retry" was pressed: once the form is there the focus goes into it. */
  #retried = false;

  /**
   * On a first load in a modal dialog (the page's), whose focus could only go to its close button
   * while this loaded: the form takes it once there. Not elsewhere, and not from a field the user
   * is typing into (a host's own dialog may hold one): a wizard does not take the focus from what
   * the user is doing.
   */
  #waitedInModal(): boolean {
    if (!this.closest('dialog:modal') || this.matches(':focus-within')) return false;
    const active = deepActiveElement(this.getRootNode() as Document | ShadowRoot);
    return !active?.matches('input, select, textarea, [contenteditable]:not([contenteditable="false"])');
  }

  /** The dialog's name: the metadata's title, the extension's name until it arrives. */
  get heading(): string {
    return (this.#shownForm ?? this.#metadata.value)?.title ?? this.extension?.name ?? '';
  }

  /**
   * The metadata of the form shown, while the same extension's metadata is asked again (in
   * another language, when the locale changes): the form stays meanwhile, and when that fails.
   */
  get #shownForm(): CleanMetadata | undefined {
    const started = this.#startedFor;
    return started && started.adapter === this.effectiveAdapter && started.extension === this.extension ? this.#loaded : undefined;
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
    // onComplete runs before the task's value is set, and a later load that fails clears that: keep it
    this.#loaded = metadata;
    this.#startedFor = { adapter: this.effectiveAdapter, extension: this.extension };
    this.#values = (metadata && this.#pages.module?.initialValues(metadata.pages)) ?? [];
    this.phase = 'edit';
    this.uploadCancelled = false;
    this.dirty = false;
    this.file = undefined;
    this.#answer = undefined;
    this.#error = undefined;
    this.summaryFailed = false;
    this.#enterPage(0, false);
  }

  /** Loads a part and adds its styles; resolves whether it is there. */
  async #loadPart<T extends { styles?: CSSResult }>(part: LazyPart<T>): Promise<boolean> {
    const module = await part.load();
    if (module?.styles) addStyles(this.renderRoot, module.styles);
    return !!module;
  }

  /**
   * Loads the summary before anything is sent (the answer must be shown); when it cannot be
   * loaded, goes back to editing and says why.
   */
  async #loadSummary(abort: AbortController): Promise<boolean> {
    const loaded = await this.#loadPart(this.#summary);
    if (loaded && !abort.signal.aborted) return true;
    this.phase = 'edit';
    this.progress = undefined;
    this.summaryFailed = !loaded;
    this.#focusNext = this.#bulk ? 'file' : 'step-heading';
    return false;
  }

  #enterPage(page: number, focus = true): void {
    this.page = page;
    this.#form = undefined;
    this.#entryValue = this.#values[page];
    if (focus) this.#focusNext = 'step-heading';
  }

  /**
   * The problems of the page shown, worded now: in the language of the moment, with the titles of
   * the metadata shown (both can change while the page shows).
   */
  #pageErrors(schema: JsonSchema | undefined): SchemaFormError[] {
    const form = this.#form;
    // the form knows what its number inputs hold (text that is no number is not in the value)
    if (form && form.schema === schema) return form.errors;
    return this.#pages.module?.pageErrors(schema, this.#values[this.page]) ?? [];
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
    this.#form = e.target as DevRegSchemaForm;
    this.#values[this.page] = e.value;
    this.dirty = true;
    this.requestUpdate();
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
    const pages = this.#pages.module;
    if (!extension || !adapter || !pages) return;
    const model = pages.mergeModels(this.#values);
    const abort = (this.#abort = new AbortController());
    this.phase = 'sending';
    this.summaryFailed = false;
    if (!(await this.#loadSummary(abort))) return;
    try {
      if (!adapter.registerWithExtension) throw unsupported();
      const answer = await adapter.registerWithExtension(extension, model, { signal: abort.signal });
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
    const abort = (this.#abort = new AbortController());
    this.progress = { loaded: 0, total: file.size };
    this.phase = 'sending';
    this.summaryFailed = false;
    this.uploadCancelled = false;
    if (!(await this.#loadSummary(abort))) return;
    try {
      if (!adapter.bulkRegisterWithExtension) throw unsupported();
      const answer = await adapter.bulkRegisterWithExtension(extension, file, {
        signal: abort.signal,
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
        this.uploadCancelled = true;
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
    const shown = this.#shownForm;
    return html`${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : nothing}
      ${this.#metadata.render({
        initial: () => this.#renderLoading(),
        pending: () => (shown ? this.#renderWizard(shown) : this.#renderLoading()),
        error: (error) =>
          shown ? this.#renderWizard(shown) : this.#renderLoadError(
            error instanceof PartMissingError
              ? msg('Part of this form could not be loaded. Check the connection, then try again.', {
                  id: 'extension-wizard.part-load-error',
                })
              : error instanceof NoPagesError
                ? msg('The service sent a form with nothing to fill in: its registration metadata has no pages.', {
                    id: 'extension-wizard.no-pages',
                  })
                : errorText(error), // (a change of language loads again: an error of the new one)
          ),
        complete: (metadata) => (metadata ? this.#renderWizard(metadata) : nothing),
      })}`;
  }

  #renderLoading() {
    return html`<p part="status" role="status">${msg('Loading the registration form…', { id: 'extension-wizard.loading' })}</p>`;
  }

  /**
   * The form cannot be shown: why (`detail`), "Retry" (the metadata and the part the form needs,
   * whichever failed, a part of this library too) and "Close".
   */
  #renderLoadError(detail: string) {
    return html`<div part="status" role="alert" class="banner danger">
        <p>${msg('The registration form cannot be loaded.', { id: 'extension-wizard.load-error' })}</p>
        <p>${detail}</p>
      </div>
      <div part="actions">
        <button type="button" @click=${this.#handleClose}>${msg('Close', { id: 'extension-wizard.close' })}</button>
        <button
          type="button"
          class="primary"
          id="load-retry"
          @click=${() => {
            this.#retried = true;
            void this.#metadata.run();
          }}
        >
          ${msg('Retry', { id: 'extension-wizard.retry' })}
        </button>
      </div>`;
  }

  #renderWizard(metadata: CleanMetadata) {
    return html`${metadata.description ? html`<p part="description">${metadata.description}</p>` : nothing}
    ${this.phase === 'done' || this.phase === 'failed'
      ? this.#renderSummary(metadata)
      : this.#bulk
        ? this.#renderFileStep(metadata)
        : this.#renderPage(metadata)}`;
  }

  /** Why nothing was sent: the summary could not be loaded. */
  #renderSummaryFailed() {
    return this.summaryFailed
      ? html`<p part="status" role="alert" class="banner danger">
          ${msg('Nothing was sent: part of this form could not be loaded. Check the connection, then try again.', {
            id: 'extension-wizard.part-failed',
          })}
        </p>`
      : nothing;
  }

  #renderPage(metadata: CleanMetadata) {
    const pages = this.#pages.module;
    if (!pages) return nothing; // loaded with the metadata
    return pages.renderPage({
      pages: metadata.pages,
      page: this.page,
      value: this.#entryValue,
      errors: this.#pageErrors(metadata.pages[this.page]),
      sending: this.phase === 'sending',
      notice: this.#renderSummaryFailed(),
      onChanged: (e) => this.#handleChanged(e),
      onBack: () => this.#handleBack(),
      onNext: () => this.#handleNext(),
      onRegister: () => void this.#handleRegister(),
      onCancel: () => this.#handleClose(),
    });
  }

  #renderFileStep(metadata: CleanMetadata) {
    const part = this.#fileStep.module;
    if (!part) return nothing; // loaded with the metadata
    return html`${part.renderFileStep({
      metadata,
      extension: this.extension,
      adapter: this.effectiveAdapter,
      file: this.file,
      sending: this.phase === 'sending',
      progress: this.progress,
      onFile: (e) => this.#handleFile(e),
      onUpload: () => void this.#handleUpload(),
      onCancelUpload: () => this.#handleCancelUpload(),
      onClose: () => this.#handleClose(),
    })}${this.#renderSummaryFailed()}${this.uploadCancelled
      ? html`<p part="status" role="status" class="banner warning">
          ${msg('The upload was cancelled. If the whole file had reached the service by then, it may have processed it: check the list of registration requests before you upload it again.', {
            id: 'extension-wizard.bulk.cancelled',
          })}
        </p>`
      : nothing}`;
  }

  #renderSummary(metadata: CleanMetadata) {
    // loaded before sending: there is no summary without it
    const part = this.#summary.module;
    if (!part) return nothing;
    const error = this.#error ? reworded(this.#error) : new RegistrationError({ status: 0, code: 'unknown', message: '' });
    return part.renderSummary({
      bulk: this.#bulk,
      outcome: this.phase === 'done' ? { answer: this.#answer } : { error },
      steps: (!this.#bulk && this.#pages.module?.renderSteps(metadata.pages, undefined)) || nothing,
      onFix: () => this.#handleFix(),
      onRetry: () => this.#handleRetry(),
      onClose: () => this.#handleClose(),
    });
  }
}
