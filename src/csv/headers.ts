import { KNOWN_COLUMNS, type CsvColumn, type CsvHeader, type CsvProblem, type CsvSeparator, type KnownColumn } from './types.js';

/**
 * The header line of a bulk file (SPEC 2.4): names matched case-insensitively and trimmed;
 * the format is `full` when the header has CREDENTIALS or AUTH_TYPE, else `simple`;
 * `external-<type>` columns add external IDs; any other name is a custom property.
 */

const EXTERNAL = /^EXTERNAL-.+/;

function isKnownColumn(key: string): key is KnownColumn {
  return (KNOWN_COLUMNS as readonly string[]).includes(key);
}

/** Reads the header cells; returns the header or the problem that stops the file. */
export function analyzeHeader(
  cells: readonly string[],
  separator: CsvSeparator,
): { header: CsvHeader; problem?: undefined } | { header?: undefined; problem: CsvProblem } {
  const names = cells.map((c) => c.trim());
  let last = names.length;
  while (last > 0 && names[last - 1] === '') last--;
  const trailingSeparators = last < names.length;

  const columns: CsvColumn[] = [];
  const unnamedColumns: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < last; i++) {
    const name = names[i];
    if (name === '') {
      unnamedColumns.push(i + 1);
      continue;
    }
    const key = name.toUpperCase();
    if (seen.has(key)) return { problem: { code: 'duplicate-column', column: name } };
    seen.add(key);
    columns.push({ name, key, sourceIndex: i, kind: isKnownColumn(key) ? 'known' : EXTERNAL.test(key) ? 'external' : 'custom' });
  }

  const index: Partial<Record<KnownColumn, number>> = {};
  columns.forEach((c, k) => c.kind === 'known' && (index[c.key as KnownColumn] = k));

  if (index.ID === undefined) {
    // One column whose name holds separator-like characters: the file uses another separator.
    if (columns.length === 1 && unnamedColumns.length === 0 && /[|,;:\t]/.test(columns[0].name)) {
      return { problem: { code: 'single-column', header: columns[0].name, separator } };
    }
    return { problem: { code: 'missing-column', column: 'ID' } };
  }

  return {
    header: {
      columns,
      format: detectFormat(columns.map((c) => c.key)),
      index,
      customProperties: columns.filter((c) => c.kind === 'custom').map((c) => c.name),
      unnamedColumns,
      trailingSeparators,
      width: last,
    },
  };
}

/** `full` when the (upper-cased) header names contain CREDENTIALS or AUTH_TYPE. */
export function detectFormat(keys: readonly string[]): CsvHeader['format'] {
  return keys.includes('CREDENTIALS') || keys.includes('AUTH_TYPE') ? 'full' : 'simple';
}

/**
 * The row's values aligned with the header's columns (trimmed), and `cellCount`: how many
 * cells the row has up to its last non-empty one when that lies beyond the header (else 0).
 */
export function rowValues(header: CsvHeader, cells: readonly string[]): { values: string[]; cellCount: number } {
  const values = header.columns.map((c) => (cells[c.sourceIndex] ?? '').trim());
  let cellCount = 0;
  for (let i = cells.length - 1; i >= header.width; i--) {
    if (cells[i].trim() !== '') {
      cellCount = i + 1;
      break;
    }
  }
  return { values, cellCount };
}

/** The value of a known column in a row, '' when the column is absent. */
export function valueOf(header: CsvHeader, values: readonly string[], column: KnownColumn): string {
  const k = header.index[column];
  return k === undefined ? '' : values[k];
}
