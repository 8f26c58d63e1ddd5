import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AcceptAllOutcome } from '../../adapters/registration-adapter.js';
import { addStyles } from '../../internal/add-styles.js';
import { focusLost } from '../../internal/deep-active-element.js';

/** The result's styles, loaded with it (a constructable sheet: a strict CSP refuses `<style>` elements). */
const acceptAllStyles = css`
  [part~='accept-all-result'] p {
    margin: 0 0 0.25rem;
  }
  [part~='accept-all-result'] ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  [part~='device-id'] {
    font-family: var(--devreg-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
`;

/** The outcome of "Accept all", split for display. */
export interface AcceptAllSummary {
  accepted: string[];
  failed: { id: string; reason?: string }[];
}

export function summarizeAcceptAll(outcomes: readonly AcceptAllOutcome[]): AcceptAllSummary {
  return {
    accepted: outcomes.filter((o) => o.successful).map((o) => o.id),
    failed: outcomes.filter((o) => !o.successful).map((o) => ({ id: o.id, reason: o.error?.trim() || undefined })),
  };
}

function acceptedSentence(count: number, format: (n: number) => string): string {
  if (count === 0) return msg('No requests were accepted.', { id: 'page.acceptAll.none' });
  if (count === 1) return msg('1 request accepted.', { id: 'page.acceptAll.one' });
  return msg(str`${format(count)} requests accepted.`, { id: 'page.acceptAll.many' });
}

function failedSentence(count: number, format: (n: number) => string): string {
  if (count === 1) return msg('1 request could not be accepted:', { id: 'page.acceptAll.failedOne' });
  return msg(str`${format(count)} requests could not be accepted:`, { id: 'page.acceptAll.failedMany' });
}

/** The results shown so far (each "Accept all" makes a new one): the first render of each takes the focus. */
const shown = new WeakSet<readonly AcceptAllOutcome[]>();

/**
 * A new result takes the focus from "Accept all" (which is disabled once nothing is pending), or
 * the focus lost on the way: never `<body>`. Not from where the user moved it meanwhile.
 */
function focusResult(root: ShadowRoot): void {
  if (root.activeElement?.matches('[part~=accept-all]') || focusLost(root)) root.querySelector<HTMLElement>('[part~=accept-all-result]')?.focus();
}

/**
 * "Dismiss" takes the result away, and with it the focus when it is in the result: that goes to the
 * page's first usable toolbar button ("Accept all", else "Reload").
 */
function dismiss(root: ShadowRoot, onDismiss: () => void): void {
  if (root.activeElement?.closest('[part~=accept-all-result]')) {
    root.querySelector<HTMLElement>('[part~=toolbar] button:enabled')?.focus();
  }
  onDismiss();
}

/**
 * The content of the page's result region after "Accept all": how many were accepted, and which
 * could not be and why (the server's reason, shown as text). Shown, it takes the focus from
 * "Accept all" (the screen reader reads it; Tab goes on to "Dismiss").
 */
export function renderAcceptAllResult(
  root: Node,
  outcomes: readonly AcceptAllOutcome[],
  format: (n: number) => string,
  onDismiss: () => void,
): TemplateResult {
  addStyles(root, acceptAllStyles); // adds the sheet on the first result only
  if (!shown.has(outcomes)) {
    shown.add(outcomes);
    queueMicrotask(() => focusResult(root as ShadowRoot)); // once this render is in the page
  }
  const summary = summarizeAcceptAll(outcomes);
  return html`<div part="accept-all-result" class="banner ${summary.failed.length ? 'warning' : ''}" tabindex="-1">
    <p>${acceptedSentence(summary.accepted.length, format)}</p>
    ${summary.failed.length
      ? html`<p id="accept-all-failed">${failedSentence(summary.failed.length, format)}</p>
          <ul part="accept-all-failures" aria-labelledby="accept-all-failed">
            ${summary.failed.map(
              (f) =>
                html`<li><span part="device-id">${f.id}</span>: ${f.reason ??
                  msg('No reason given.', { id: 'page.acceptAll.noReason' })}</li>`,
            )}
          </ul>`
      : nothing}
    <button type="button" part="dismiss" @click=${() => dismiss(root as ShadowRoot, onDismiss)}>${msg('Dismiss', { id: 'page.acceptAll.dismiss' })}</button>
  </div>`;
}
