import { valueOf } from './headers.js';
import type { CsvHeader, RowError } from './types.js';

/**
 * The checks a row must pass before it is sent (SPEC 2.4). The server checks again; these
 * catch what can be known from the file alone, so that the preview shows it before any write.
 */

/** Longest value accepted per column (characters); other columns use `default`. */
export const FIELD_LIMITS = {
  ID: 255,
  NAME: 255,
  TYPE: 255,
  IDTYPE: 255,
  CREDENTIALS: 255,
  TENANT: 255,
  ICCID: 255,
  PATH: 1024,
  default: 1024,
} as const;

/** AUTH_TYPE values (an empty cell means BASIC). */
export const AUTH_TYPES = ['BASIC', 'CERTIFICATES'] as const;
/** SHELL values (an empty cell means off). */
export const SHELL_VALUES = ['0', '1'] as const;
/** Columns that need TYPE and NAME in the same row (full format). */
export const NEEDS_TYPE_AND_NAME = ['ICCID', 'IDTYPE', 'PATH', 'SHELL'] as const;

/**
 * Checks one row. `seenIds` maps each ID met so far to its line and is updated, so that a
 * later row with the same ID is reported as a duplicate. `cellCount` (from `rowValues`) is
 * non-zero when the row has values beyond the header's columns.
 */
export function validateRow(
  header: CsvHeader,
  values: readonly string[],
  line: number,
  seenIds: Map<string, number>,
  cellCount = 0,
): RowError[] {
  const errors: RowError[] = [];
  const id = valueOf(header, values, 'ID');
  if (id === '') {
    errors.push({ code: 'missing-id' });
  } else {
    const first = seenIds.get(id);
    if (first === undefined) seenIds.set(id, line);
    else errors.push({ code: 'duplicate-id', id, firstLine: first });
  }

  if (header.format === 'full') {
    const authType = valueOf(header, values, 'AUTH_TYPE').toUpperCase();
    if (authType !== '' && !(AUTH_TYPES as readonly string[]).includes(authType)) {
      errors.push({ code: 'invalid-auth-type', value: valueOf(header, values, 'AUTH_TYPE') });
    }
    if (authType !== 'CERTIFICATES' && valueOf(header, values, 'CREDENTIALS') === '') {
      errors.push({ code: 'missing-credentials' });
    }
    const shell = valueOf(header, values, 'SHELL');
    if (shell !== '' && !(SHELL_VALUES as readonly string[]).includes(shell)) {
      errors.push({ code: 'invalid-shell', value: shell });
    }
    const used = NEEDS_TYPE_AND_NAME.filter((c) => valueOf(header, values, c) !== '');
    if (used.length && (valueOf(header, values, 'TYPE') === '' || valueOf(header, values, 'NAME') === '')) {
      errors.push({ code: 'type-name-required', columns: used.map((c) => header.columns[header.index[c]!].name) });
    }
  }

  header.columns.forEach((column, k) => {
    const max = (FIELD_LIMITS as Record<string, number>)[column.key] ?? FIELD_LIMITS.default;
    if (values[k].length > max) errors.push({ code: 'too-long', column: column.name, length: values[k].length, max });
  });

  if (cellCount > header.width) errors.push({ code: 'too-many-fields', count: cellCount, expected: header.width });
  return errors;
}
