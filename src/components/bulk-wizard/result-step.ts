import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isLoadFailure, type RegistrationError } from '../../adapters/registration-error.js';
import type { MergedBulkResult } from '../../csv/merge-results.js';
import { errorText } from '../../i18n/error-text.js';
import { nothingSentText } from './parts-failed-text.js';
import { renderRowsTable } from './rows-table.js';

/** A row that was not registered: invalid in the file, or failed on the server. */
export interface NotRegistered {
  line?: number;
  id: string;
  /** Why, in the language of the moment (the locale can change while the result shows). */
  reason: () => string;
  source: 'file' | 'server';
}

export interface ResultStepContext {
  result: MergedBulkResult;
  /** How the upload ended. */
  status: 'done' | 'cancelled' | 'failed';
  error?: RegistrationError;
  /** The original file's line of the first row not sent (when the upload is not complete). */
  firstLineNotSent?: number;
  invalidCount: number;
  notRegistered: NotRegistered[];
  format: (n: number) => string;
  onDownloadFailed: () => void;
  onResume: () => void;
  onClose: () => void;
}

/** How many devices got new credentials (existing devices in the full format). */
export function credentialsUpdated(result: MergedBulkResult): number {
  return result.credentialUpdatedList.filter((e) => e.bulkNewDeviceStatus === 'CREDENTIAL_UPDATED').length;
}

/** Step 4: what the server did with each row, the rows that failed, resume and download. */
export function renderResultStep(c: ResultStepContext): TemplateResult {
  const r = c.result;
  const f = c.format;
  const notSent = r.rowsTotal - r.rowsSent;
  // a part of the adapter could not be loaded (after the chunk's retries): nothing of the chunk
  // left, so the headline says so; "Resume upload" loads the part again (whatwg/html#10327)
  const loadFailed = c.status === 'failed' && isLoadFailure(c.error);
  let headline: TemplateResult;
  if (c.status === 'done') {
    headline = html`<p role="status" part="outcome">${msg('The upload is complete.', { id: 'bulk-wizard.result.done' })}</p>`;
  } else if (c.status === 'cancelled') {
    headline = html`<p role="status" part="outcome" class="banner warning">
      ${msg(
        str`You cancelled the upload. ${f(r.rowsSent)} of ${f(r.rowsTotal)} rows were sent (${f(r.chunksSent)} of ${f(r.chunksTotal)} chunks); ${f(notSent)} rows were not sent.`,
        { id: 'bulk-wizard.result.cancelled' },
      )}
    </p>`;
  } else if (loadFailed) {
    headline = html`<p role="alert" part="outcome" class="banner danger">
      ${r.chunksSent === 0
        ? nothingSentText()
        : msg(
            str`The upload stopped at chunk ${f(r.chunksSent + 1)} of ${f(r.chunksTotal)}, and nothing of that chunk was sent: part of this page could not be loaded. ${f(r.rowsSent)} of ${f(r.rowsTotal)} rows were sent; ${f(notSent)} rows, from line ${c.firstLineNotSent ?? ''} of the file onwards, were not sent. Check the connection, then try again: "Resume upload" continues with that chunk.`,
            { id: 'bulk-wizard.result.load-failed' },
          )}
    </p>`;
  } else {
    headline = html`<p role="alert" part="outcome" class="banner danger">
      ${msg(
        str`The upload stopped: chunk ${f(r.chunksSent + 1)} of ${f(r.chunksTotal)} could not be sent. ${errorText(c.error)} ${f(r.rowsSent)} of ${f(r.rowsTotal)} rows were sent; ${f(notSent)} rows were not sent. "Resume upload" continues with that chunk.`,
        { id: 'bulk-wizard.result.failed' },
      )}
    </p>`;
  }
  return html`<section part="step result-step" aria-labelledby="step-heading">
    <h3 id="step-heading" part="step-heading" tabindex="-1">${msg('Result', { id: 'bulk-wizard.result.heading' })}</h3>
    ${headline}
    <dl part="summary">
      <dt>${msg('Created', { id: 'bulk-wizard.result.created' })}</dt>
      <dd part="created">${f(r.numberOfCreated)}</dd>
      <dt>${msg('Credentials updated', { id: 'bulk-wizard.result.updated' })}</dt>
      <dd part="updated">${f(credentialsUpdated(r))}</dd>
      <dt>${msg('Failed on the server', { id: 'bulk-wizard.result.failed-count' })}</dt>
      <dd part="failed">${f(r.numberOfFailed)}</dd>
      ${r.numberOfUnchecked > 0
        ? html`<dt>${msg('Could not be checked (may be registered)', { id: 'bulk-wizard.result.unchecked' })}</dt>
            <dd part="unchecked">${f(r.numberOfUnchecked)}</dd>`
        : nothing}
      <dt>${msg('Invalid in the file (not sent)', { id: 'bulk-wizard.result.invalid' })}</dt>
      <dd part="invalid">${f(c.invalidCount)}</dd>
      ${notSent > 0
        ? html`<dt>${msg('Not sent yet', { id: 'bulk-wizard.result.not-sent' })}</dt>
            <dd part="not-sent">${f(notSent)}</dd>`
        : nothing}
    </dl>
    ${c.notRegistered.length
      ? html`<h4>${msg('Rows not registered', { id: 'bulk-wizard.result.not-registered' })}</h4>
          ${renderRowsTable({
            label: msg('Rows not registered', { id: 'bulk-wizard.result.not-registered' }),
            columns: [
              { label: msg('Line', { id: 'bulk-wizard.preview.column-line' }), width: '4.5rem' },
              { label: 'ID', width: 'minmax(10rem, 14rem)' },
              { label: msg('Reason', { id: 'bulk-wizard.result.column-reason' }), width: 'minmax(18rem, 1fr)' },
            ],
            items: c.notRegistered,
            key: (x) => `${x.source}:${x.line ?? ''}:${x.id}`,
            rowPart: (x) => (x.source === 'server' ? 'failed-row' : 'invalid-row'),
            empty: '',
            cells: (x) => [x.line ?? '–', x.id, x.reason()],
          })}`
      : nothing}
    <div class="actions" part="actions">
      ${c.notRegistered.length || notSent > 0
        ? html`<button type="button" part="download-failed-button" @click=${c.onDownloadFailed}>
            ${msg('Download failed rows', { id: 'bulk-wizard.result.download-failed' })}
          </button>`
        : nothing}
      ${r.complete
        ? nothing
        : html`<button type="button" class="primary" part="resume-button" @click=${c.onResume}>
            ${msg('Resume upload', { id: 'bulk-wizard.result.resume' })}
          </button>`}
      <button type="button" part="close-button" @click=${c.onClose}>${msg('Close', { id: 'bulk-wizard.close' })}</button>
    </div>
  </section>`;
}
