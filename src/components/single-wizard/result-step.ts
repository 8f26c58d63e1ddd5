import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RegistrationRequest } from '../../adapters/registration-adapter.js';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { errorText } from '../../i18n/error-text.js';
import type { DeviceRow } from './device-row.js';

/** What happened to one device of a submit. */
export interface DeviceResult {
  id: string;
  /** The row as sent, to bring back on "Fix errors". */
  row: DeviceRow;
  request?: RegistrationRequest;
  /** Why it failed (worded when shown: the locale can change while the result shows). */
  error?: RegistrationError;
}

export function resultSummary(results: readonly DeviceResult[]): string {
  const failed = results.filter((r) => r.error).length;
  const ok = results.length - failed;
  if (!failed)
    return ok === 1
      ? msg('Device registered.', { id: 'single-wizard.result.oneOk' })
      : msg(str`All ${ok} devices registered.`, { id: 'single-wizard.result.allOk' });
  if (!ok)
    return results.length === 1
      ? msg('The device could not be registered.', { id: 'single-wizard.result.oneFailed' })
      : msg(str`None of the ${results.length} devices could be registered.`, { id: 'single-wizard.result.allFailed' });
  return msg(str`${ok} of ${results.length} devices registered, ${failed} failed.`, { id: 'single-wizard.result.mixed' });
}

export interface ResultStepView {
  results: readonly DeviceResult[];
  connect: TemplateResult | typeof nothing;
  onFix: () => void;
  onClose: () => void;
}

/** The result step: one entry per device, then "Fix errors" and "Close". */
export function renderResultStep(view: ResultStepView): TemplateResult {
  const failed = view.results.some((r) => r.error);
  return html`
    <section part="step result" class="result">
      <h3 id="result-heading" tabindex="-1">${resultSummary(view.results)}</h3>
      <ul part="results" class="results" aria-labelledby="result-heading">
        ${view.results.map(
          (r) => html`<li part=${r.error ? 'result result-failed' : 'result result-registered'}>
            <span aria-hidden="true" class=${r.error ? 'icon error-text' : 'icon ok'}>${r.error ? '✕' : '✓'}</span>
            <strong part="result-id">${r.id}</strong>
            ${r.error
              ? html`<span class="error-text">${msg('Failed:', { id: 'single-wizard.result.failed' })} ${errorText(r.error)}</span>`
              : html`<span>${msg('Registered', { id: 'single-wizard.result.registered' })}</span>`}
          </li>`,
        )}
      </ul>
      ${view.connect}
      <div part="actions" class="actions">
        ${failed
          ? html`<button type="button" part="fix-button" @click=${view.onFix}>
              ${msg('Fix errors', { id: 'single-wizard.fix' })}
            </button>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" class="primary" part="close-button" @click=${view.onClose}>
          ${msg('Close', { id: 'single-wizard.close' })}
        </button>
      </div>
    </section>
  `;
}
