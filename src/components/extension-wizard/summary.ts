import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { isBulkResult } from '../../events/devreg-bulk-completed.js';
import { renderAnswer, renderBulkResult } from './answer-view.js';
import { failureText } from './failure-text.js';

export { summaryStyles as styles } from './summary.styles.js';

// The summary step (the service's answer or the failure), loaded when the first
// "Register" or "Upload" starts: a form that is never sent does not pay for it.

export interface SummaryView {
  bulk: boolean;
  /** The service's answer, or why there is none. */
  outcome: { answer: unknown } | { error: RegistrationError };
  /** The step list above the summary (single registration only). */
  steps: TemplateResult | typeof nothing;
  onFix: () => void;
  onRetry: () => void;
  onClose: () => void;
}

/** The summary step: its focusable heading, then the outcome and its actions. */
export function renderSummary(view: SummaryView): TemplateResult {
  const { bulk, outcome } = view;
  // a part of the adapter that could not be loaded (`load-failed`) is retryable like a network error:
  // "Try again" loads it anew (whatwg/html#10327), "Fix issue" goes back to the values as they were
  const close = html`<button type="button" class=${'answer' in outcome ? 'primary' : ''} @click=${view.onClose}>
    ${msg('Close', { id: 'extension-wizard.close' })}
  </button>`;
  let heading: string;
  let body: TemplateResult;
  if ('answer' in outcome) {
    const answer = outcome.answer;
    heading = bulk
      ? msg('The service processed the file', { id: 'extension-wizard.bulk.done' })
      : msg('The device was registered', { id: 'extension-wizard.done' });
    body = html`<div role="status">
        ${isBulkResult(answer)
          ? renderBulkResult(answer)
          : html`<h4>${msg("The service's answer", { id: 'extension-wizard.answer' })}</h4>${renderAnswer(answer)}`}
      </div>
      <div part="actions">${close}</div>`;
  } else {
    const text = failureText(outcome.error, bulk);
    heading = text.outcomeUnknown
      ? bulk
        ? msg('It is not known whether the service processed the file', { id: 'extension-wizard.bulk.unknown-heading' })
        : msg('It is not known whether the device was registered', { id: 'extension-wizard.unknown' })
      : bulk
        ? msg('The upload failed', { id: 'extension-wizard.bulk.failed-heading' })
        : msg('The device was not registered', { id: 'extension-wizard.failed' });
    body = html`<div role="alert" class="banner danger">
        <p>${text.message}</p>
        ${text.detail ? html`<p part="detail">${text.detail}</p>` : nothing}
      </div>
      <div part="actions">
        ${close}
        ${outcome.error.retryable
          ? html`<button type="button" @click=${view.onRetry}>${msg('Try again', { id: 'extension-wizard.try-again' })}</button>`
          : nothing}
        <button type="button" class="primary" @click=${view.onFix}>${msg('Fix issue', { id: 'extension-wizard.fix' })}</button>
      </div>`;
  }
  return html`${view.steps}
    <section part="step summary" aria-labelledby="step-heading">
      <h3 part="step-heading" id="step-heading" tabindex="-1">${heading}</h3>
      ${body}
    </section>`;
}
