import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { errorText } from '../../i18n/error-text.js';
import { cssProps } from '../../internal/css-props.js';
import type { UploadProgress } from './chunked-upload.js';

export interface UploadStepContext {
  progress?: UploadProgress;
  cancelling: boolean;
  format: (n: number) => string;
  locale: string;
  onCancel: () => void;
}

/** "About 2 minutes left", from milliseconds. */
export function timeLeftText(ms: number | undefined, locale: string): string {
  if (ms === undefined) return msg('Estimating the time left…', { id: 'bulk-wizard.upload.estimating' });
  const seconds = Math.max(1, Math.round(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : [Math.round(seconds / 60), 'minute'];
  const duration = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return msg(str`About ${duration} left`, { id: 'bulk-wizard.upload.time-left' });
}

/** Step 3: the chunks going out, with progress, time left and "Cancel upload". */
export function renderUploadStep(c: UploadStepContext): TemplateResult {
  const p = c.progress;
  const done = p?.rowsDone ?? 0;
  const total = p?.rowsTotal ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const rowsText = msg(str`${c.format(done)} of ${c.format(total)} rows sent`, { id: 'bulk-wizard.upload.rows-done' });
  let status: string;
  if (c.cancelling) {
    status = msg('Cancelling: the upload stops after the current chunk.', { id: 'bulk-wizard.upload.cancelling' });
  } else if (p?.retry) {
    const seconds = c.format(Math.ceil(p.retry.delayMs / 1000));
    status = msg(
      str`Chunk ${p.chunk + 1} failed: ${errorText(p.retry.error)} Trying again in ${seconds} s (attempt ${p.retry.attempt} of ${p.retry.attempts}).`,
      { id: 'bulk-wizard.upload.retrying' },
    );
  } else {
    status = msg(str`Sending chunk ${c.format((p?.chunk ?? 0) + 1)} of ${c.format(p?.chunks ?? 1)}…`, {
      id: 'bulk-wizard.upload.sending',
    });
  }
  return html`<section part="step upload-step" aria-labelledby="step-heading">
    <h3 id="step-heading" part="step-heading" tabindex="-1">${msg('Uploading', { id: 'bulk-wizard.upload.heading' })}</h3>
    <div
      role="progressbar"
      part="progress"
      class="progress-track"
      aria-label=${msg('Upload progress', { id: 'bulk-wizard.upload.progress' })}
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${done}
      aria-valuetext=${rowsText}
    >
      <div class="progress-bar" ${cssProps({ width: `${percent}%` })}></div>
    </div>
    <p part="rows-done">${rowsText}</p>
    <p part="time-left">${timeLeftText(p?.msLeft, c.locale)}</p>
    <p role="status" part="upload-status">${status}</p>
    <div class="actions" part="actions">
      <!-- aria-disabled, not disabled, while cancelling: it keeps the focus until the result step's heading takes it -->
      <button type="button" class="danger" part="cancel-upload-button" aria-disabled=${c.cancelling} @click=${c.onCancel}>
        ${msg('Cancel upload', { id: 'bulk-wizard.upload.cancel' })}
      </button>
    </div>
  </section>`;
}
