import { msg, str } from '@lit/localize';
import { valueOf } from '../../csv/headers.js';
import type { MergedBulkResult } from '../../csv/merge-results.js';
import { rowErrorsText } from '../../csv/messages.js';
import { failedRowsCsv, type FailedRow } from '../../csv/serialize.js';
import type { CsvHeader, CsvRow } from '../../csv/types.js';
import type { NotRegistered } from './result-step.js';

/** Invalid rows and server failures, in file order (both lists are sorted: merged linearly). */
export function collectNotRegistered(header: CsvHeader, invalidRows: readonly CsvRow[], result: MergedBulkResult): NotRegistered[] {
  const invalid: NotRegistered[] = invalidRows.map((r) => ({
    line: r.line,
    id: valueOf(header, r.values, 'ID'),
    reason: () => rowErrorsText(r.errors),
    source: 'file',
  }));
  const failed: NotRegistered[] = result.failures.map((f) => ({
    line: f.lineNumber,
    id: f.deviceId ?? '',
    reason: f.unchecked
      ? () =>
          msg(str`Could not be checked: the answer to the first upload of this row was lost, and the server now says: ${f.reason}`, {
            id: 'bulk-wizard.result.unchecked-reason',
          })
      : () => f.reason,
    source: 'server',
  }));
  const out: NotRegistered[] = [];
  let i = 0;
  let j = 0;
  while (i < invalid.length || j < failed.length) {
    const a = invalid[i];
    const b = failed[j];
    if (b === undefined || (a !== undefined && a.line! <= (b.line ?? Infinity))) {
      out.push(a);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}

/**
 * The "failed rows" file of what was not registered: the original rows with the reason (see
 * `failedRowsCsv`), and the valid rows an upload that was cancelled or stopped did not send, so
 * that the file holds every row still to be registered.
 */
export function failedRowsBlob(
  header: CsvHeader,
  rows: readonly CsvRow[],
  notRegistered: readonly NotRegistered[],
  notSent: readonly CsvRow[] = [],
): Blob {
  const byLine = new Map<number, CsvRow>();
  for (const r of rows) byLine.set(r.line, r);
  const failed: FailedRow[] = [];
  for (const x of notRegistered) {
    const row = x.line === undefined ? undefined : byLine.get(x.line);
    if (row) failed.push({ line: row.line, values: row.values, error: x.reason() });
  }
  const reason = msg('Not sent: the upload ended before this row.', { id: 'bulk-wizard.result.not-sent-reason' });
  for (const row of notSent) failed.push({ line: row.line, values: row.values, error: reason });
  return new Blob([failedRowsCsv(header, failed)], { type: 'text/csv;charset=utf-8' });
}
