import type { CsvHeader, KnownColumn, RowError } from './types.js';

/**
 * The checks a row must pass before it is sent (SPEC 2.4). The server checks again; these
 * catch what can be known from the file alone, so that the preview shows it before any write.
 */

/** Longest value accepted per column (characters); other columns use `default`. */
const FIELD_LIMITS = {
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
const AUTH_TYPES = ['BASIC', 'CERTIFICATES'] as const;
/** SHELL values (an empty cell means off). */
const SHELL_VALUES = ['0', '1'] as const;
/** Columns that need TYPE and NAME in the same row (full format). */
const NEEDS_TYPE_AND_NAME = ['ICCID', 'IDTYPE', 'PATH', 'SHELL'] as const;

/** Checks one row; returns its errors, or undefined when it has none. */
export type RowValidator = (values: readonly string[], line: number, seenIds: Map<string, number>, cellCount?: number) => RowError[] | undefined;

const validators = new WeakMap<CsvHeader, RowValidator>();

/**
 * The checks of `validateRow` for one header, with the columns' positions and limits worked
 * out once: the CSV worker runs it on every row of a file.
 */
export function createRowValidator(header: CsvHeader): RowValidator {
  // an absent column reads as '' (values[-1] is undefined)
  const at = (column: KnownColumn) => header.index[column] ?? -1;
  const get = (values: readonly string[], k: number) => values[k] ?? '';
  const idK = at('ID');
  const full = header.format === 'full';
  const authK = at('AUTH_TYPE');
  const credK = at('CREDENTIALS');
  const shellK = at('SHELL');
  const typeK = at('TYPE');
  const nameK = at('NAME');
  const needs = NEEDS_TYPE_AND_NAME.map((c) => at(c)).filter((k) => k >= 0);
  const limits = header.columns.map((c) => (FIELD_LIMITS as Record<string, number>)[c.key] ?? FIELD_LIMITS.default);
  const width = header.width;

  return (values, line, seenIds, cellCount = 0) => {
    let errors: RowError[] | undefined;
    const id = get(values, idK);
    if (id === '') {
      (errors ??= []).push({ code: 'missing-id' });
    } else {
      const first = seenIds.get(id);
      if (first === undefined) seenIds.set(id, line);
      else (errors ??= []).push({ code: 'duplicate-id', id, firstLine: first });
    }

    if (full) {
      const authValue = get(values, authK);
      const authType = authValue.toUpperCase();
      if (authType !== '' && !(AUTH_TYPES as readonly string[]).includes(authType)) {
        (errors ??= []).push({ code: 'invalid-auth-type', value: authValue });
      }
      if (authType !== 'CERTIFICATES' && get(values, credK) === '') (errors ??= []).push({ code: 'missing-credentials' });
      const shell = get(values, shellK);
      if (shell !== '' && !(SHELL_VALUES as readonly string[]).includes(shell)) (errors ??= []).push({ code: 'invalid-shell', value: shell });
      if (get(values, typeK) === '' || get(values, nameK) === '') {
        const used = needs.filter((k) => values[k] !== '');
        if (used.length) (errors ??= []).push({ code: 'type-name-required', columns: used.map((k) => header.columns[k].name) });
      }
    }

    for (let k = 0; k < limits.length; k++) {
      const length = values[k].length;
      if (length > limits[k]) {
        (errors ??= []).push({ code: 'too-long', column: header.columns[k].name, length, max: limits[k] });
      }
    }

    if (cellCount > width) (errors ??= []).push({ code: 'too-many-fields', count: cellCount, expected: width });
    return errors;
  };
}

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
  let validate = validators.get(header);
  if (!validate) validators.set(header, (validate = createRowValidator(header)));
  return validate(values, line, seenIds, cellCount) ?? [];
}
