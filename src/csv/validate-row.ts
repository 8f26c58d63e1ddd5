import type { CsvHeader, KnownColumn, RowError } from './types.js';

/**
 * The checks a row must pass before it is sent (SPEC 2.4). The server checks again; these
 * catch what can be known from the file alone, so that the preview shows it before any write.
 */

/** Columns whose values may be at most 255 characters long; any other column allows 1024. */
const SHORT_COLUMNS: readonly string[] = ['ID', 'NAME', 'TYPE', 'IDTYPE', 'CREDENTIALS', 'TENANT', 'ICCID'];

/** Columns that need TYPE and NAME in the same row (full format). */
const NEEDS_TYPE_AND_NAME = ['ICCID', 'IDTYPE', 'PATH', 'SHELL'] as const;

/**
 * Checks one row where it lies in a text, all but whether its ID is unique (which needs the other
 * rows: `validateRow` checks it, the CSV worker and `parse-client.ts` together): value k is
 * `text.slice(starts[k], ends[k])`, for k up to and including `header.columns.length`, whose value
 * must be empty (it stands for absent columns). Only what is reported is cut out of the text, so
 * that the CSV worker checks a file without making strings of its values. `cellCount` is non-zero
 * when the row has values beyond the header's columns (see `rowValues`). Returns the row's errors,
 * or undefined when it has none.
 */
export type RowValidator = (
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  cellCount?: number,
) => RowError[] | undefined;

/** The checks for one header, with the columns' positions and limits worked out once. */
export function createRowValidator(header: CsvHeader): RowValidator {
  // an absent column reads as the empty value after the last column's
  const at = (column: KnownColumn) => header.index[column] ?? header.columns.length;
  const idK = at('ID');
  const full = header.format === 'full';
  const authK = at('AUTH_TYPE');
  const credK = at('CREDENTIALS');
  const shellK = at('SHELL');
  const typeK = at('TYPE');
  const nameK = at('NAME');
  const needs = NEEDS_TYPE_AND_NAME.map(at);
  const limits = header.columns.map((c) => (SHORT_COLUMNS.includes(c.key) ? 255 : 1024));
  const width = header.width;

  return (text, starts, ends, cellCount = 0) => {
    // (no helper closures here: this runs for every row, also before the engine optimizes it)
    let errors: RowError[] | undefined;
    if (ends[idK] === starts[idK]) (errors ??= []).push({ code: 'missing-id' });

    if (full) {
      // BASIC as written needs no copy; anything else is compared upper-cased
      const basic = ends[authK] - starts[authK] === 5 && text.startsWith('BASIC', starts[authK]);
      const authValue = basic ? 'BASIC' : text.slice(starts[authK], ends[authK]);
      const auth = basic ? authValue : authValue.toUpperCase();
      if (auth !== '' && auth !== 'BASIC' && auth !== 'CERTIFICATES') (errors ??= []).push({ code: 'invalid-auth-type', value: authValue });
      if (auth !== 'CERTIFICATES' && ends[credK] === starts[credK]) (errors ??= []).push({ code: 'missing-credentials' });
      // '0' or '1' (an empty cell means off)
      const shellSize = ends[shellK] - starts[shellK];
      const shell = text.charCodeAt(starts[shellK]);
      if (shellSize && (shellSize > 1 || (shell !== 48 && shell !== 49))) {
        (errors ??= []).push({ code: 'invalid-shell', value: text.slice(starts[shellK], ends[shellK]) });
      }
      if (ends[typeK] === starts[typeK] || ends[nameK] === starts[nameK]) {
        const used = needs.filter((k) => ends[k] > starts[k]); // (an absent column is empty)
        if (used.length) (errors ??= []).push({ code: 'type-name-required', columns: used.map((k) => header.columns[k].name) });
      }
    }

    for (let k = 0; k < limits.length; k++) {
      const length = ends[k] - starts[k];
      if (length > limits[k]) (errors ??= []).push({ code: 'too-long', column: header.columns[k].name, length, max: limits[k] });
    }

    if (cellCount > width) (errors ??= []).push({ code: 'too-many-fields', count: cellCount, expected: width });
    return errors;
  };
}

const validators = new WeakMap<CsvHeader, RowValidator>();

/**
 * Checks one row given as its values (aligned with `header.columns`), its ID against `seenIds`
 * (each ID met so far with its line; updated); see `RowValidator`.
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
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const v of [...values, '']) {
    starts.push(at);
    ends.push((at += v.length));
  }
  const errors = validate(values.join(''), starts, ends, cellCount) ?? [];
  const id = values[header.index.ID!];
  if (id) {
    const first = seenIds.get(id);
    if (first === undefined) seenIds.set(id, line);
    else errors.unshift({ code: 'duplicate-id', id, firstLine: first }); // (where a missing ID would be)
  }
  return errors;
}
