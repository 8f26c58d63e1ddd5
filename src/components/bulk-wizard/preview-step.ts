import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { encodingName, formatDescription, formatName, noticeText, problemText, rowErrorsText, separatorName } from '../../csv/messages.js';
import { SECRET_COLUMNS as CSV_SECRET_COLUMNS, SECRET_MASK } from '../../csv/secrets.js';
import { CSV_SEPARATORS, type CsvFileInfo, type CsvNotice, type CsvProblem, type CsvRow, type CsvSeparator } from '../../csv/types.js';
import { renderRowsTable, type TableColumn } from './rows-table.js';
import { renderReading, type FileStepContext } from './file-step.js';

/** Columns whose values are secrets: shown masked. */
export const SECRET_COLUMNS = new Set<string>(CSV_SECRET_COLUMNS);
export const MASK = SECRET_MASK;

export interface PreviewStepContext {
  fileName: string;
  info?: CsvFileInfo;
  problem?: CsvProblem;
  notices: readonly CsvNotice[];
  separator?: CsvSeparator;
  /** Set while the file is read again (another separator was chosen). */
  reading?: FileStepContext['reading'];
  validCount: string;
  invalidCount: string;
  /** Whether any row is invalid (the count is marked only then). */
  anyInvalid: boolean;
  canUpload: boolean;
  /** Why "Upload" sent nothing (part of the wizard could not be loaded). */
  notice?: string;
  onlyInvalid: boolean;
  /** The rows to show (all, or only the invalid ones). */
  rows: CsvRow[];
  /** The first rows of the file, to size the columns (the same whatever is shown). */
  sample: readonly CsvRow[];
  onSeparator: (separator: CsvSeparator) => void;
  onOnlyInvalid: (only: boolean) => void;
  onChooseAnother: () => void;
  onUpload: () => void;
  onCancel: () => void;
}

/** A cell value as shown: secrets masked. */
export function shownValue(key: string, value: string): string {
  return SECRET_COLUMNS.has(key) && value !== '' ? MASK : value;
}

/** A column width (rem, the same in bold headers and cells) fitting the header and the sampled values. */
function columnWidth(name: string, sample: readonly CsvRow[], k: number, key: string): string {
  let longest = name.length;
  for (const row of sample) longest = Math.max(longest, shownValue(key, row.values[k] ?? '').length);
  return `${(Math.min(24, Math.max(4, longest)) * 0.6 + 1.25).toFixed(2)}rem`;
}

/** Whether the problem is about the header, so another separator may fix it. */
function separatorMayHelp(problem: CsvProblem | undefined): boolean {
  return problem === undefined || ['single-column', 'missing-column', 'duplicate-column', 'header-only'].includes(problem.code);
}

/** Step 2: what the file is and a dry run of every row, before anything is written. */
export function renderPreviewStep(c: PreviewStepContext): TemplateResult {
  const info = c.info;
  const header = info?.header;
  const otherColumns = header ? header.columns.map((col, k) => ({ col, k })).filter(({ col }) => col.key !== 'ID') : [];
  const idIndex = header?.index.ID ?? 0;
  const columns: TableColumn[] = [
    { label: msg('Line', { id: 'bulk-wizard.preview.column-line' }), width: '4.5rem' },
    { label: 'ID', width: header ? columnWidth('ID', c.sample, idIndex, 'ID') : '8rem' },
    // the errors come before the other columns, so that they are in view without scrolling sideways
    { label: msg('Error', { id: 'bulk-wizard.preview.column-error' }), width: 'minmax(16rem, 22rem)' },
    ...otherColumns.map(({ col, k }) => ({ label: col.name, width: columnWidth(col.name, c.sample, k, col.key) })),
  ];

  return html`<section part="step preview-step" aria-labelledby="step-heading">
    <h3 id="step-heading" part="step-heading" tabindex="-1">${msg('Check the file', { id: 'bulk-wizard.preview.heading' })}</h3>
    <dl part="file-info">
      <dt>${msg('File', { id: 'bulk-wizard.preview.file' })}</dt>
      <dd>${c.fileName}</dd>
      ${info
        ? html`<dt>${msg('Encoding', { id: 'bulk-wizard.preview.encoding' })}</dt>
            <dd part="encoding">${encodingName(info.encoding)}</dd>
            <dt>${msg('Format', { id: 'bulk-wizard.preview.format' })}</dt>
            <dd part="format"><strong>${formatName(info.header.format)}</strong>: ${formatDescription(info.header.format)}</dd>
            ${info.header.customProperties.length
              ? html`<dt>${msg('Custom properties', { id: 'bulk-wizard.preview.custom-properties' })}</dt>
                  <dd part="custom-properties">${info.header.customProperties.join(', ')}</dd>`
              : nothing}`
        : nothing}
    </dl>
    ${separatorMayHelp(c.problem)
      ? html`<div class="separator" part="separator">
          <label for="separator">${msg('Separator', { id: 'bulk-wizard.preview.separator' })}</label>
          <select id="separator" @change=${(e: Event) => c.onSeparator((e.target as HTMLSelectElement).value as CsvSeparator)}>
            ${CSV_SEPARATORS.map((s) => html`<option value=${s} ?selected=${s === c.separator}>${separatorName(s)}</option>`)}
          </select>
          ${info
            ? html`<span class="hint">
                ${info.separatorDetected
                  ? msg('Detected from the header line. Choose another one if the columns look wrong.', {
                      id: 'bulk-wizard.preview.separator-detected',
                    })
                  : msg('Chosen by you.', { id: 'bulk-wizard.preview.separator-chosen' })}
              </span>`
            : nothing}
        </div>`
      : nothing}
    ${c.reading
      ? renderReading(c.reading)
      : c.problem
      ? html`<p role="alert" class="banner danger" part="problem">${problemText(c.problem)}</p>`
      : html`${c.notices.length
            ? html`<ul class="notices" part="notices">
                ${c.notices.map((n) => html`<li>${noticeText(n)}</li>`)}
              </ul>`
            : nothing}
          <p class="counts" role="status" part="counts">
            <span part="valid-count">${msg('Valid rows:', { id: 'bulk-wizard.preview.valid' })} ${c.validCount}</span>
            <span part="invalid-count" class=${c.anyInvalid ? 'invalid-count' : nothing}>${msg('Invalid rows:', { id: 'bulk-wizard.preview.invalid' })} ${c.invalidCount}</span>
          </p>
          <p class="hint">
            ${msg('Nothing has been registered yet. Only the valid rows are uploaded; fix the invalid ones and upload them later.', {
              id: 'bulk-wizard.preview.dry-run',
            })}
          </p>
          <label part="only-invalid" class="checkbox">
            <input type="checkbox" .checked=${c.onlyInvalid} @change=${(e: Event) => c.onOnlyInvalid((e.target as HTMLInputElement).checked)} />
            ${msg('Show only invalid rows', { id: 'bulk-wizard.preview.only-invalid' })}
          </label>
          ${header
            ? renderRowsTable({
                label: msg('Rows of the file', { id: 'bulk-wizard.preview.table' }),
                columns,
                items: c.rows,
                key: (r) => r.line,
                rowPart: (r) => (r.errors ? 'invalid-row' : 'valid-row'),
                empty: msg('No rows to show.', { id: 'bulk-wizard.preview.no-rows' }),
                cells: (r) => [
                  r.line,
                  r.values[idIndex],
                  r.errors ? html`<span class="error-cell">${rowErrorsText(r.errors)}</span>` : '',
                  ...otherColumns.map(({ col, k }) => shownValue(col.key, r.values[k])),
                ],
              })
            : nothing}`}
    ${c.notice ? html`<p role="alert" class="banner danger" part="notice">${c.notice}</p>` : nothing}
    <div class="actions" part="actions">
      <button type="button" part="choose-another-button" @click=${c.onChooseAnother}>
        ${msg('Choose another file', { id: 'bulk-wizard.preview.choose-another' })}
      </button>
      <button type="button" part="cancel-button" @click=${c.onCancel}>${msg('Cancel', { id: 'bulk-wizard.cancel' })}</button>
      <button type="button" class="primary" part="upload-button" ?disabled=${!c.canUpload} @click=${c.onUpload}>
        ${msg('Upload', { id: 'bulk-wizard.preview.upload' })}
      </button>
    </div>
  </section>`;
}
