import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import type { CsvFormat } from '../../csv/types.js';
import { cssProps } from '../../internal/css-props.js';

export interface FileStepContext {
  dragging: boolean;
  /** Set while a file is being read. */
  reading?: { fileName: string; percent: number; rows: string };
  onFile: (file: File) => void;
  onDragChange: (dragging: boolean) => void;
  onTemplate: (format: CsvFormat) => void;
  onCancel: () => void;
  /** Why the file chosen is not shown (part of the wizard could not be loaded). */
  notice?: string;
  /** Reads the file chosen again (shown with the notice). */
  onRetry?: () => void;
}

function firstFile(list: FileList | null | undefined): File | undefined {
  return list && list.length > 0 ? list[0] : undefined;
}

/** The progress of reading a file. */
export function renderReading(reading: NonNullable<FileStepContext['reading']>): TemplateResult {
  return html`<div part="reading">
    <p>${msg(str`Reading ${reading.fileName}…`, { id: 'bulk-wizard.file.reading' })}</p>
    <div
      role="progressbar"
      class="progress-track"
      aria-label=${msg('Reading the file', { id: 'bulk-wizard.file.reading-label' })}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${reading.percent}
      aria-valuetext=${reading.rows}
    >
      <div class="progress-bar" ${cssProps({ width: `${reading.percent}%` })}></div>
    </div>
  </div>`;
}

/** Step 1: choose or drop the CSV file; download the templates. */
export function renderFileStep(c: FileStepContext): TemplateResult {
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = firstFile(input.files);
    if (file) c.onFile(file);
    input.value = ''; // choosing the same file again reads it again
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!c.dragging) c.onDragChange(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    c.onDragChange(false);
    const file = firstFile(e.dataTransfer?.files);
    if (file) c.onFile(file);
  };
  return html`<section part="step file-step">
    <p class="hint">
      ${msg('Register many devices at once from a CSV file: the first line names the columns, then one device per line.', {
        id: 'bulk-wizard.file.intro',
      })}
    </p>
    <div
      part="drop-zone"
      class=${classMap({ 'drop-zone': true, dragging: c.dragging })}
      @dragover=${onDragOver}
      @dragleave=${() => c.onDragChange(false)}
      @drop=${onDrop}
    >
      <label for="file">${msg('CSV file', { id: 'bulk-wizard.file.label' })}</label>
      <input
        id="file"
        part="file-input"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby="drop-hint"
        @change=${onChange}
      />
      <span id="drop-hint" class="hint">
        ${msg('Or drop the file here. Separator ; , or tab; UTF-8 or Windows-1252.', { id: 'bulk-wizard.file.drop-hint' })}
      </span>
    </div>
    ${c.reading ? renderReading(c.reading) : nothing}
    ${c.notice ? html`<p role="alert" class="banner danger" part="notice">${c.notice}</p>` : nothing}
    <div class="buttons" part="templates">
      <button type="button" part="template-button" @click=${() => c.onTemplate('simple')}>
        ${msg('Download simple template', { id: 'bulk-wizard.file.template-simple' })}
      </button>
      <button type="button" part="template-button" @click=${() => c.onTemplate('full')}>
        ${msg('Download full template', { id: 'bulk-wizard.file.template-full' })}
      </button>
    </div>
    <div class="actions" part="actions">
      <button type="button" part="cancel-button" @click=${c.onCancel}>${msg('Cancel', { id: 'bulk-wizard.cancel' })}</button>
      ${c.notice && c.onRetry
        ? html`<button type="button" class="primary" part="retry-button" @click=${c.onRetry}>
            ${msg('Try again', { id: 'bulk-wizard.file.retry' })}
          </button>`
        : nothing}
    </div>
  </section>`;
}
