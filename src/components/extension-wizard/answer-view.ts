import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BulkResult } from '../../adapters/registration-adapter.js';
import { isPlainObject } from '../schema-form/json.js';

const MAX_DEPTH = 4;
const MAX_ENTRIES = 100;

/** A microservice's answer, readably: nested key/value lists, always as text. */
export function renderAnswer(value: unknown, depth = 0): TemplateResult | string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth >= MAX_DEPTH) return safeJson(value);
  if (Array.isArray(value)) {
    if (!value.length) return '—';
    return html`<ul part="answer-list">
      ${(value as unknown[]).slice(0, MAX_ENTRIES).map((item) => html`<li>${renderAnswer(item, depth + 1)}</li>`)}
      ${value.length > MAX_ENTRIES ? html`<li>${more(value.length - MAX_ENTRIES)}</li>` : nothing}
    </ul>`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (!entries.length) return '—';
    return html`<dl part="answer">
      ${entries.slice(0, MAX_ENTRIES).map(([key, v]) => html`<div part="answer-entry"><dt>${key}</dt><dd>${renderAnswer(v, depth + 1)}</dd></div>`)}
      ${entries.length > MAX_ENTRIES ? html`<div><dt>…</dt><dd>${more(entries.length - MAX_ENTRIES)}</dd></div>` : nothing}
    </dl>`;
  }
  return '—';
}

function more(n: number): string {
  return msg(str`${n} more`, { id: 'extension-wizard.answer-more' });
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return '—';
  }
}

/** The counts of a bulk answer and its failed lines. */
export function renderBulkResult(result: BulkResult): TemplateResult {
  const failed = Array.isArray(result.failedCreationList) ? result.failedCreationList.slice(0, MAX_ENTRIES) : [];
  return html`<dl part="counts">
      <div><dt>${msg('Devices in the file', { id: 'extension-wizard.bulk.all' })}</dt><dd>${result.numberOfAll}</dd></div>
      <div><dt>${msg('Registered', { id: 'extension-wizard.bulk.successful' })}</dt><dd>${result.numberOfSuccessful}</dd></div>
      <div><dt>${msg('Created', { id: 'extension-wizard.bulk.created' })}</dt><dd>${result.numberOfCreated}</dd></div>
      <div><dt>${msg('Failed', { id: 'extension-wizard.bulk.failed' })}</dt><dd>${result.numberOfFailed}</dd></div>
    </dl>
    ${failed.length
      ? html`<h4>${msg('Failed lines', { id: 'extension-wizard.bulk.failed-lines' })}</h4>
          <ul part="failures">
            ${failed.map(
              (f) => html`<li>
                ${isPlainObject(f) ? renderAnswer(f.deviceId ?? f.line, 3) : '—'}:
                ${isPlainObject(f) ? renderAnswer(f.failureReason, 3) : '—'}
              </li>`,
            )}
          </ul>`
      : nothing}`;
}
