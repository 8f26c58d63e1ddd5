import { SECRET_COLUMNS, SECRET_MASK } from './secrets.js';
import type { CsvHeader, CsvRow } from './types.js';

/**
 * Writing CSV: the valid rows as Cumulocity-format chunks for upload (`;`, the original header
 * names, quoted as needed), and the failed rows for download with an ERROR column, escaped
 * against spreadsheet formula injection.
 */

/** The separator of everything this module writes (Cumulocity's own). */
export const OUTPUT_SEPARATOR = ';';

/**
 * Quotes a cell (RFC 4180 style) when it holds any separator a reader might detect (`;`, `,`,
 * tab), a quote, a line break or edge spaces, so the written file reads back the same whichever
 * separator the reader guesses from the header line.
 */
export function quoteCell(value: string): string {
  if (/[;,\t"\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/**
 * Neutralizes a cell a spreadsheet would run as a formula (starts with `=`, `+`, `-`, `@`,
 * tab or CR) by prefixing a `'`.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One chunk of rows, serialized for upload. */
export interface SerializedChunk {
  /** Header line + one line per row, CRLF separated. */
  text: string;
  /** Each row's line exactly as written (without line break), in row order. */
  lines: string[];
  /** Each row's line with its secret cells (`SECRET_COLUMNS`) replaced by `SECRET_MASK`. */
  maskedLines: string[];
  /** The distinct non-empty secret values of the chunk's rows. */
  secrets: string[];
}

/** The header line of the upload: the original names. */
export function headerLine(header: CsvHeader): string {
  return header.columns.map((c) => quoteCell(c.name)).join(OUTPUT_SEPARATOR);
}

/** One data line of the upload. */
function rowLine(row: CsvRow): string {
  return row.values.map(quoteCell).join(OUTPUT_SEPARATOR);
}

/** Indexes into `header.columns` of the secret columns present. */
function secretIndexes(header: CsvHeader): number[] {
  const out: number[] = [];
  for (const column of SECRET_COLUMNS) {
    const k = header.index[column];
    if (k !== undefined) out.push(k);
  }
  return out;
}

/** Serializes rows (valid ones) as a Cumulocity bulk file. */
export function serializeChunk(header: CsvHeader, rows: readonly CsvRow[]): SerializedChunk {
  const lines = rows.map(rowLine);
  const secretColumns = secretIndexes(header);
  const secrets = new Set<string>();
  const maskedLines = rows.map((row, i) => {
    let masked: string[] | undefined;
    for (const k of secretColumns) {
      const value = row.values[k] ?? '';
      if (value === '') continue;
      secrets.add(value);
      masked ??= [...row.values];
      masked[k] = SECRET_MASK;
    }
    return masked ? masked.map(quoteCell).join(OUTPUT_SEPARATOR) : lines[i];
  });
  return { text: [headerLine(header), ...lines].join('\r\n') + '\r\n', lines, maskedLines, secrets: [...secrets] };
}

/** Splits `count` items into `[start, end)` ranges of at most `size`. */
export function chunkRanges(count: number, size: number): [number, number][] {
  const step = Math.max(1, Math.floor(size));
  const ranges: [number, number][] = [];
  for (let start = 0; start < count; start += step) ranges.push([start, Math.min(count, start + step)]);
  return ranges;
}

/** A row for the "failed rows" download. */
export interface FailedRow {
  line: number;
  values: readonly string[];
  /** Why it failed, as shown to the user. */
  error: string;
}

/**
 * The "failed rows" file: the original columns plus ERROR, rows in file order, every cell
 * escaped against formula injection. Starts with a UTF-8 BOM so spreadsheets read it right.
 */
export function failedRowsCsv(header: CsvHeader, rows: readonly FailedRow[]): string {
  const cell = (v: string) => quoteCell(escapeFormula(v));
  const head = [...header.columns.map((c) => c.name), 'ERROR'].map(cell).join(OUTPUT_SEPARATOR);
  const body = [...rows]
    .sort((a, b) => a.line - b.line)
    .map((r) => [...r.values, r.error].map(cell).join(OUTPUT_SEPARATOR));
  return '\uFEFF' + [head, ...body].join('\r\n') + '\r\n';
}
