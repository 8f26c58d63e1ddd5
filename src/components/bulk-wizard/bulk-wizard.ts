import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { isLoadFailure, type RegistrationError } from '../../adapters/registration-error.js';
import { DevRegBulkCompletedEvent } from '../../events/devreg-bulk-completed.js';
import { DevRegCloseEvent } from '../../events/devreg-close.js';
import { DevRegElement } from '../../internal/devreg-element.js';
import { formatNumber } from '../../internal/format.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { WizardStateNotifier } from '../../internal/wizard-state.js';
import type { WizardState } from '../../internal/wizard.js';
import { sharedStyles } from '../../styles/shared.js';
import type { MergedBulkResult } from '../../csv/merge-results.js';
import { templateBlob, templateFileName } from '../../csv/templates.js';
import type { CsvFileInfo, CsvFormat, CsvNotice, CsvProblem, CsvRow, CsvSeparator } from '../../csv/types.js';
import { styles } from './bulk-wizard.styles.js';
import type { ChunkedUpload, UploadProgress } from './chunked-upload.js';
import { downloadBlob } from './download.js';
import { renderFileStep } from './file-step.js';
import { nothingSentText } from './parts-failed-text.js';
import type { NotRegistered } from './result-step.js';

/** The wizard's steps, in order. */
export const BULK_WIZARD_STEPS = ['file', 'preview', 'upload', 'result'] as const;
export type BulkWizardStep = (typeof BULK_WIZARD_STEPS)[number];

/** The result `devreg-bulk-completed` carries: Cumulocity's BulkResult merged over the chunks, plus the line mapping. */
export type BulkWizardResult = MergedBulkResult;

type UploadStatus = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/**
 * Parts loaded on first use, so that the wizard's own chunk holds little more than the file step:
 * the CSV reader (which starts the worker), fetched when the first file is chosen; the preview
 * (with the table of rows), fetched while the first file is read; the upload, its progress and
 * result steps and the "failed rows" file, fetched as soon as the preview of a usable file is
 * shown. (Replaceable, so tests can make a load fail.)
 * @internal
 */
export const BULK_WIZARD_PARTS = {
  parse: () => import('../../csv/parse-client.js'),
  preview: () => import('./preview-step.js'),
  upload: () => import('./upload-parts.js'),
};

/**
 * Registers devices from a CSV file (SPEC 2.4): reads it in a Web Worker (encoding, separator
 * and format detected; separator can be overridden; the worker's script is the package's
 * `devreg-elements/csv-worker.js`: a host whose bundler does not copy it deploys it next to its
 * chunks, or says where it is with `setCsvWorkerUrl`), shows a dry run of every row with its
 * errors, then uploads only the valid rows in Cumulocity-format chunks through
 * `adapter.bulkRegister`, retrying a chunk that fails on the network and resuming where an
 * upload stopped, and finally lists what was created, updated and what failed, by line.
 *
 * Implements `WizardState`: `<devreg-device-registration>` shows it in a dialog named by
 * `heading` and asks before closing while `hasUnsavedInput || busy`.
 *
 * @summary CSV bulk registration.
 *
 * @fires {DevRegBulkCompletedEvent} devreg-bulk-completed - The upload ended (completed, or cancelled by the user): `{result}`, a BulkResult summed over the chunks plus `failures` (each with `lineNumber` in the original file), `rowsSent`, `rowsTotal`, `chunksSent`, `chunksTotal`, `complete`.
 * @fires {DevRegCloseEvent} devreg-close - The user pressed "Cancel" or "Close".
 * @fires {DevRegErrorEvent} devreg-error - A chunk could not be sent (after its retries): `{operation: 'bulkRegister', error}`.
 * @fires {WizardStateChangeEvent} devreg-wizard-state - (internal, bubbles) `heading`, `hasUnsavedInput` or `busy` changed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The wizard's heading.
 * @csspart step - Each step.
 * @csspart file-step - The file step (with `step`).
 * @csspart preview-step - The preview step (with `step`).
 * @csspart upload-step - The upload step (with `step`).
 * @csspart result-step - The result step (with `step`).
 * @csspart step-heading - The heading of the preview, upload and result steps (focused when its step opens).
 * @csspart drop-zone - The area a file can be dropped on.
 * @csspart file-input - The "CSV file" input.
 * @csspart reading - The progress shown while a file is read.
 * @csspart templates - The template download buttons.
 * @csspart template-button - "Download simple template" / "Download full template".
 * @csspart file-info - File name, encoding, format and custom properties.
 * @csspart encoding - The encoding found.
 * @csspart format - The format and what it means.
 * @csspart custom-properties - The columns that become custom properties.
 * @csspart separator - The separator select and its hint.
 * @csspart problem - Why the file cannot be used.
 * @csspart notices - What was noticed in a file that could be read.
 * @csspart counts - Valid and invalid row counts.
 * @csspart valid-count - The valid row count.
 * @csspart invalid-count - The invalid row count.
 * @csspart only-invalid - The "Show only invalid rows" checkbox with its label.
 * @csspart table - A (virtualized) table of rows.
 * @csspart column-header - A table column header.
 * @csspart rows - The scrolling body of a table.
 * @csspart row - A table row.
 * @csspart valid-row - A valid row of the preview (with `row`).
 * @csspart invalid-row - An invalid row of the preview, or a row of the result that was invalid in the file (with `row`).
 * @csspart failed-row - A row of the result that failed on the server (with `row`).
 * @csspart cell - A table cell.
 * @csspart progress - The upload progress bar.
 * @csspart rows-done - "n of m rows sent".
 * @csspart time-left - The estimated time left.
 * @csspart upload-status - The current chunk, a retry or the cancellation.
 * @csspart outcome - How the upload ended.
 * @csspart summary - Created, updated, failed, invalid and unsent counts.
 * @csspart created - The created count.
 * @csspart updated - The credentials-updated count.
 * @csspart failed - The server failure count.
 * @csspart unchecked - The count of rows that could not be checked (may be registered).
 * @csspart invalid - The invalid row count.
 * @csspart not-sent - The rows not sent yet.
 * @csspart actions - A step's button bar.
 * @csspart cancel-button - "Cancel".
 * @csspart retry-button - "Try again" in the file step, when part of the wizard could not be loaded: reads the file chosen again. (Not shown when the site does not serve the CSV reader's worker script: trying again cannot help.)
 * @csspart choose-another-button - "Choose another file".
 * @csspart upload-button - "Upload".
 * @csspart notice - Why a chosen file is not shown (part of the wizard could not be loaded, or the site does not serve the CSV reader), or nothing was sent after "Upload" (part of the wizard could not be loaded).
 * @csspart cancel-upload-button - "Cancel upload".
 * @csspart resume-button - "Resume upload".
 * @csspart download-failed-button - "Download failed rows": the rows not registered with the reason, and the rows an upload that ended early did not send.
 * @csspart close-button - "Close".
 *
 * @cssprop --devreg-bulk-wizard-gap - Space between sections (falls back to `--devreg-space-m`).
 * @cssprop --devreg-bulk-wizard-drop-border - Border colour of the drop zone (falls back to `--devreg-color-border-strong`).
 * @cssprop --devreg-bulk-wizard-drop-background - Background of the drop zone (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-bulk-wizard-progress-track - Background of the progress bar (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-bulk-wizard-progress-color - Fill of the progress bar (falls back to `--devreg-color-primary`).
 * @cssprop --devreg-bulk-wizard-invalid-row-background - Background of invalid and failed rows (falls back to `--devreg-color-danger-surface`).
 */
export class DevRegBulkWizard extends DevRegElement implements WizardState {
  static override styles = [sharedStyles, styles];

  /** Rows per uploaded chunk. */
  @property({ type: Number, attribute: 'chunk-size' })
  chunkSize = 500;

  /** Further attempts at a chunk that failed on the network (or 429/5xx) before the upload stops. */
  @property({ type: Number })
  retries = 3;

  /** Milliseconds before the first retry of a chunk; doubled for each further one (`Retry-After` wins). */
  @property({ type: Number, attribute: 'retry-delay' })
  retryDelay = 1000;

  @state() private step: BulkWizardStep = 'file';
  @state() private dragging = false;
  @state() private reading?: { fileName: string; percent: number; rows: number };
  @state() private fileName = '';
  @state() private info?: CsvFileInfo;
  @state() private problem?: CsvProblem;
  @state() private notices: CsvNotice[] = [];
  @state() private separator?: CsvSeparator;
  @state() private validCount = 0;
  @state() private invalidCount = 0;
  @state() private onlyInvalid = false;
  @state() private progress?: UploadProgress;
  @state() private uploadStatus: UploadStatus = 'idle';
  @state() private uploadError?: RegistrationError;
  @state() private result?: MergedBulkResult;
  /** The upload part could not be loaded when "Upload" was pressed: nothing was sent. */
  @state() private partsFailed = false;
  /**
   * The CSV reader or the preview part could not be loaded: the file chosen is not shown.
   * `'missing'`: the site does not serve the CSV reader's worker script (trying again cannot help).
   */
  @state() private filePartsFailed: false | 'failed' | 'missing' = false;

  // The rows live in plain arrays, outside reactive state: only the visible window is rendered.
  #file?: File;
  #rows: CsvRow[] = [];
  #validRows: CsvRow[] = [];
  #invalidRows: CsvRow[] = [];
  #notRegistered: NotRegistered[] = [];
  #readAbort?: AbortController;
  #upload?: ChunkedUpload;
  readonly #parsePart = new LazyPart(this, () => BULK_WIZARD_PARTS.parse());
  readonly #previewPart = new LazyPart(this, () => BULK_WIZARD_PARTS.preview());
  readonly #uploadParts = new LazyPart(this, () => BULK_WIZARD_PARTS.upload());
  #uploadAbort?: AbortController;
  #wizardState = new WizardStateNotifier(this, true);
  #moveFocus = false;

  /** The dialog's accessible name. */
  get heading(): string {
    return msg('Bulk device registration', { id: 'bulk-wizard.heading' });
  }

  /** A file was chosen and not (completely) uploaded. */
  get hasUnsavedInput(): boolean {
    return this.#file !== undefined && this.uploadStatus !== 'done';
  }

  /** An upload is under way. */
  get busy(): boolean {
    return this.uploadStatus === 'running' || this.uploadStatus === 'cancelling';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#readAbort?.abort();
    this.#uploadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The focused control may be about to disappear with its step: remember to move focus on.
    if (changed.has('step')) this.#moveFocus = this.matches(':focus-within');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#moveFocus) {
      this.#moveFocus = false;
      const target = this.renderRoot.querySelector<HTMLElement>('#step-heading') ?? this.renderRoot.querySelector<HTMLElement>('input[type=file]');
      target?.focus();
    }
    this.#wizardState.check();
  }

  #format = (n: number): string => formatNumber(this.effectiveLocale, n);

  override render(): TemplateResult {
    return html`<div part="base">
      <h2 part="heading">${this.heading}</h2>
      ${this.#renderStep()}
    </div>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const parts = this.#uploadParts.module; // (the upload and result steps are shown once it is loaded)
    switch (this.step) {
      case 'file':
        return renderFileStep({
          dragging: this.dragging,
          reading: this.#readingView(),
          onFile: (file) => void this.#read(file),
          onDragChange: (dragging) => (this.dragging = dragging),
          onTemplate: (format) => this.#downloadTemplate(format),
          onCancel: () => this.#close(),
          notice: this.filePartsFailed === 'missing' ? this.#readerMissingText : this.filePartsFailed ? this.#partsFailedText : undefined,
          onRetry: this.filePartsFailed === 'missing' ? undefined : () => this.#readAgain(),
        });
      case 'preview':
        return this.#previewPart.module!.renderPreviewStep({
          fileName: this.fileName,
          info: this.info,
          problem: this.problem,
          notices: this.notices,
          separator: this.separator,
          reading: this.#readingView(),
          validCount: this.#format(this.validCount),
          invalidCount: this.#format(this.invalidCount),
          anyInvalid: this.invalidCount > 0,
          canUpload: !this.reading && !this.problem && this.validCount > 0 && this.effectiveAdapter !== undefined,
          notice: this.partsFailed ? nothingSentText() : undefined,
          onlyInvalid: this.onlyInvalid,
          rows: this.onlyInvalid ? this.#invalidRows : this.#rows,
          sample: this.#rows.slice(0, 100),
          onSeparator: (separator) => {
            if (this.#file) void this.#read(this.#file, separator);
          },
          onOnlyInvalid: (only) => (this.onlyInvalid = only),
          onChooseAnother: () => this.#reset(),
          onUpload: () => void this.#startUpload(),
          onCancel: () => this.#close(),
        });
      case 'upload':
        return parts
          ? parts.renderUploadStep({
              progress: this.progress,
              cancelling: this.uploadStatus === 'cancelling',
              format: this.#format,
              locale: this.effectiveLocale,
              onCancel: () => this.#cancelUpload(),
            })
          : nothing;
      case 'result':
        return parts
          ? parts.renderResultStep({
              result: this.result!,
              status: this.uploadStatus === 'failed' ? 'failed' : this.uploadStatus === 'cancelled' ? 'cancelled' : 'done',
              error: this.uploadError,
              firstLineNotSent: this.#validRows[this.result!.rowsSent]?.line,
              invalidCount: this.invalidCount,
              notRegistered: this.#notRegistered,
              format: this.#format,
              onDownloadFailed: () => this.#downloadFailedRows(),
              onResume: () => void this.#runUpload(),
              onClose: () => this.#close(),
            })
          : nothing;
    }
  }

  // "try again", not "reload the page" (which would lose the file chosen): browsers fetch a module
  // anew after a failed fetch (whatwg/html#10327). Not "The file could not be read": the file is
  // not at fault.
  get #partsFailedText(): string {
    return msg('Part of this form could not be loaded. Check the connection, then try again.', { id: 'bulk-wizard.file.parts-failed' });
  }

  // The site does not serve the CSV reader (a deployment fault): no "try again", which cannot help,
  // and nothing the person at the screen can fix; the console tells the host's developer what to do.
  get #readerMissingText(): string {
    return msg("CSV files cannot be read on this site: its CSV reader is missing. Please report this to the site's support team.", {
      id: 'bulk-wizard.file.reader-missing',
    });
  }

  /** "Try again" after a part failed to load: reads the file kept, with the focus kept in the wizard. */
  #readAgain(): void {
    if (!this.#file) return;
    this.renderRoot.querySelector<HTMLElement>('input[type=file]')?.focus(); // the button goes
    void this.#read(this.#file);
  }

  #readingView() {
    const r = this.reading;
    return r && { fileName: r.fileName, percent: r.percent, rows: msg(str`${this.#format(r.rows)} rows read`, { id: 'bulk-wizard.file.rows-read' }) };
  }

  /**
   * Reads a file in the worker (loaded on first use) and shows the preview. With `separator`
   * (the user's override) the preview stays open while the file is read again.
   */
  async #read(file: File, separator?: CsvSeparator): Promise<void> {
    this.#readAbort?.abort();
    const abort = (this.#readAbort = new AbortController());
    this.#file = file;
    if (separator === undefined) this.step = 'file';
    this.separator = separator;
    this.fileName = file.name;
    this.reading = { fileName: file.name, percent: 0, rows: 0 };
    this.problem = undefined;
    this.info = undefined;
    this.onlyInvalid = false;
    this.filePartsFailed = false;
    const preview = this.#previewPart.load(); // while the file is read
    const parser = await this.#parsePart.load();
    if (abort.signal.aborted) return;
    if (!parser) {
      this.#partsFailed(); // nothing of the file was read
      return;
    }
    try {
      const parsed = await parser.parseCsvFile(file, {
        separator,
        signal: abort.signal,
        onProgress: (p) => {
          const percent = p.totalBytes > 0 ? Math.min(100, Math.floor((p.bytesRead / p.totalBytes) * 100)) : 0;
          this.reading = { fileName: file.name, percent, rows: p.rows };
        },
      });
      this.#rows = parsed.rows;
      this.#validRows = [];
      this.#invalidRows = [];
      for (const row of parsed.rows) (row.errors ? this.#invalidRows : this.#validRows).push(row);
      this.info = parsed.info;
      this.problem = parsed.problem;
      this.notices = parsed.notices;
      this.separator = parsed.separator ?? separator;
      this.validCount = parsed.validCount;
      this.invalidCount = parsed.invalidCount;
    } catch (error) {
      if (abort.signal.aborted) return;
      if (isLoadFailure(error)) {
        // the worker's script could not be loaded: not fetched (retryable), or not served by the site
        this.#partsFailed((error as RegistrationError).retryable ? 'failed' : 'missing');
        return;
      }
      this.#rows = this.#validRows = this.#invalidRows = [];
      this.info = undefined;
      this.notices = [];
      this.validCount = this.invalidCount = 0;
      this.problem = { code: 'read-failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (!(await preview)) {
      if (abort.signal.aborted) return;
      this.#partsFailed(); // without the preview the file cannot be shown
      return;
    }
    if (abort.signal.aborted) return;
    this.reading = undefined;
    this.#upload = undefined;
    this.result = undefined;
    this.uploadStatus = 'idle';
    this.partsFailed = false;
    this.step = 'preview';
    if (!this.problem && this.validCount > 0) void this.#uploadParts.load(); // so that "Upload" does not wait for it
  }

  /**
   * Part of the wizard could not be loaded: the file step says why, with "Try again" unless the
   * site does not serve the CSV reader at all (`'missing'`); the file stays chosen (unsaved input).
   */
  #partsFailed(why: 'failed' | 'missing' = 'failed'): void {
    this.reading = undefined;
    this.step = 'file';
    this.filePartsFailed = why;
  }

  /** Back to an empty file step. */
  #reset(): void {
    this.#readAbort?.abort();
    this.#file = undefined;
    this.#rows = this.#validRows = this.#invalidRows = [];
    this.#notRegistered = [];
    this.#upload = undefined;
    this.info = undefined;
    this.problem = undefined;
    this.notices = [];
    this.separator = undefined;
    this.reading = undefined;
    this.result = undefined;
    this.uploadStatus = 'idle';
    this.partsFailed = false;
    this.step = 'file';
  }

  async #startUpload(): Promise<void> {
    const adapter = this.effectiveAdapter;
    const header = this.info?.header;
    if (!adapter || !header || this.busy) return;
    const parts = await this.#uploadParts.load();
    // without the upload part nothing is sent, and the preview says why
    this.partsFailed = !parts;
    // (closed, busy or another file meanwhile: nothing is sent)
    if (!parts || !this.isConnected || this.busy || this.info?.header !== header) return;
    this.#upload = new parts.ChunkedUpload(adapter, header, this.#validRows, {
      chunkSize: this.chunkSize,
      retries: this.retries,
      retryDelay: this.retryDelay,
    });
    await this.#runUpload();
  }

  /** Sends the chunks not sent yet (the first run, or "Resume upload"). */
  async #runUpload(): Promise<void> {
    const upload = this.#upload;
    if (!upload || this.busy) return;
    const abort = (this.#uploadAbort = new AbortController());
    this.uploadStatus = 'running';
    this.uploadError = undefined;
    this.progress = undefined;
    this.step = 'upload';
    const outcome = await upload.run((p) => (this.progress = p), abort.signal);
    if (outcome.status === 'aborted') {
      this.uploadStatus = 'idle';
      return;
    }
    const result = upload.result;
    this.result = result;
    this.#notRegistered = this.#uploadParts.module!.collectNotRegistered(this.info!.header, this.#invalidRows, result);
    if (outcome.status === 'failed') {
      this.uploadError = this.reportError('bulkRegister', outcome.error);
      this.uploadStatus = 'failed';
    } else {
      this.uploadStatus = outcome.status;
      const completed = new DevRegBulkCompletedEvent<BulkWizardResult>(result);
      this.dispatchEvent(completed);
    }
    this.step = 'result';
  }

  #cancelUpload(): void {
    if (this.uploadStatus !== 'running') return;
    this.uploadStatus = 'cancelling';
    this.#upload?.cancel();
  }

  #downloadTemplate(format: CsvFormat): void {
    downloadBlob(templateBlob(format), templateFileName(format), this);
  }

  #downloadFailedRows(): void {
    const header = this.info?.header;
    const parts = this.#uploadParts.module;
    if (!header || !parts) return;
    const base = this.fileName.replace(/\.[^.]*$/, '') || 'bulk-registration';
    const notSent = this.result ? this.#validRows.slice(this.result.rowsSent) : [];
    downloadBlob(parts.failedRowsBlob(header, this.#rows, this.#notRegistered, notSent), `${base}-failed-rows.csv`, this);
  }

  #close(): void {
    const close = new DevRegCloseEvent();
    this.dispatchEvent(close);
  }
}
