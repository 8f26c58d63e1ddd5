/**
 * The small CSV reader MemoryAdapter uses to play the server side of a bulk upload
 * (SPEC 2.4): header names matched case-insensitively, separator `;`, `,` or tab,
 * UTF-8 with or without BOM, else Windows-1252. The UI's own validation lives in `src/csv/`;
 * decoding, separator and format detection are shared with it.
 */
import { detectSeparator } from '../../csv/dialect.js';
import { decodeBytes } from '../../csv/encoding.js';
import { detectFormat } from '../../csv/headers.js';

export interface BulkCsvRow {
  /** 1-based line number in the file. */
  lineNumber: number;
  /** The raw line as sent. */
  line: string;
  /** Upper-cased header name → value (trimmed). */
  values: Map<string, string>;
}

export interface BulkCsv {
  headers: string[];
  /** `full` when the header has CREDENTIALS or AUTH_TYPE. */
  format: 'simple' | 'full';
  rows: BulkCsvRow[];
}

export async function readBulkCsv(file: Blob): Promise<BulkCsv> {
  return parseBulkCsv(decodeBytes(new Uint8Array(await file.arrayBuffer())));
}

function parseBulkCsv(text: string): BulkCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { headers: [], format: 'simple', rows: [] };
  const separator = detectSeparator(lines[headerIndex]);
  const headers = splitLine(lines[headerIndex], separator).map((h) => h.trim().toUpperCase());
  const format = detectFormat(headers);
  const rows: BulkCsvRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const fields = splitLine(line, separator);
    const values = new Map<string, string>();
    headers.forEach((h, k) => values.set(h, (fields[k] ?? '').trim()));
    rows.push({ lineNumber: i + 1, line, values });
  }
  return { headers, format, rows };
}

/** Splits one line, honouring double quotes ("" inside quotes is a quote). */
function splitLine(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
