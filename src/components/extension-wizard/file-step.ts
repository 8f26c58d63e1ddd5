import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BulkProgress, RegistrationAdapter, RegistrationExtension } from '../../adapters/registration-adapter.js';
import { safeExampleUrl } from './example-url.js';
import type { CleanMetadata } from './metadata.js';

export { fileStepStyles as styles } from './file-step.styles.js';

// The CSV upload step of a bulk extension, loaded with a bulk extension's metadata: a
// single-device form never needs it.

export interface FileStepView {
  metadata: CleanMetadata;
  extension?: RegistrationExtension;
  adapter?: RegistrationAdapter;
  file?: File;
  sending: boolean;
  progress?: BulkProgress;
  onFile: (event: Event) => void;
  onUpload: () => void;
  onCancelUpload: () => void;
  onClose: () => void;
}

/** The file step: example files, the file input, the upload's progress, "Upload" and "Cancel". */
export function renderFileStep(view: FileStepView): TemplateResult {
  const { metadata, extension, sending, progress } = view;
  const files = metadata.bulk?.exampleFiles ?? [];
  return html`<section part="step" aria-labelledby="step-heading">
    <h3 part="step-heading" id="step-heading" tabindex="-1">
      ${metadata.bulk?.title ?? msg('Upload a CSV file', { id: 'extension-wizard.bulk.heading' })}
    </h3>
    ${files.length
      ? html`<div>
          <h4 id="examples-heading">${msg('Example files', { id: 'extension-wizard.bulk.examples' })}</h4>
          <ul part="examples" aria-labelledby="examples-heading">
            ${files.map((file) => {
              const href = extension && safeExampleUrl(file.url, extension, view.adapter);
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
        @change=${view.onFile}
      />
      <p id="file-hint" part="reason">
        ${view.file
          ? msg(str`Selected: ${view.file.name}`, { id: 'extension-wizard.bulk.selected' })
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
          <button type="button" @click=${view.onCancelUpload}>${msg('Cancel upload', { id: 'extension-wizard.bulk.cancel-upload' })}</button>
        </div>`
      : nothing}
    <div part="actions">
      <button type="button" ?disabled=${sending} @click=${view.onClose}>${msg('Cancel', { id: 'extension-wizard.cancel' })}</button>
      <button type="button" class="primary" ?disabled=${!view.file || sending} @click=${view.onUpload}>
        ${msg('Upload', { id: 'extension-wizard.bulk.upload' })}
      </button>
    </div>
  </section>`;
}
