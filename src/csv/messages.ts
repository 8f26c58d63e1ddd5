import { msg, str } from '@lit/localize';
import type { CsvEncoding, CsvFormat, CsvNotice, CsvProblem, CsvSeparator, RowError } from './types.js';

/**
 * The sentences shown for what the CSV reader found, in the user's language. The worker
 * sends codes; these functions run on the main thread, where the locale is set.
 */

export function separatorName(separator: CsvSeparator): string {
  switch (separator) {
    case ';':
      return msg('Semicolon (;)', { id: 'csv.separator.semicolon' });
    case ',':
      return msg('Comma (,)', { id: 'csv.separator.comma' });
    case '\t':
      return msg('Tab', { id: 'csv.separator.tab' });
  }
}

export function encodingName(encoding: CsvEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return msg('UTF-8', { id: 'csv.encoding.utf-8' });
    case 'utf-8-bom':
      return msg('UTF-8 with byte order mark (BOM)', { id: 'csv.encoding.utf-8-bom' });
    case 'windows-1252':
      return msg('Windows-1252 (ANSI)', { id: 'csv.encoding.windows-1252' });
  }
}

export function formatName(format: CsvFormat): string {
  return format === 'simple'
    ? msg('Simple', { id: 'csv.format.simple' })
    : msg('Full', { id: 'csv.format.full' });
}

export function formatDescription(format: CsvFormat): string {
  return format === 'simple'
    ? msg('Creates registration requests. Each device must still be accepted after it connects.', {
        id: 'csv.format.simple.description',
      })
    : msg('Creates the devices directly with their credentials. There is no acceptance step.', {
        id: 'csv.format.full.description',
      });
}

/** Why a file cannot be used. */
export function problemText(problem: CsvProblem): string {
  switch (problem.code) {
    case 'empty':
      return msg('The file is empty. Choose a CSV file with a header line and one device per line.', {
        id: 'csv.problem.empty',
      });
    case 'binary':
      return msg('This is not a CSV file: it contains binary data. Save the list as CSV (text) and try again.', {
        id: 'csv.problem.binary',
      });
    case 'utf-16':
      return msg('The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and choose it again.', {
        id: 'csv.problem.utf-16',
      });
    case 'header-only':
      return msg('The file has a header line but no devices. Add one device per line below the header.', {
        id: 'csv.problem.header-only',
      });
    case 'missing-column':
      return msg(str`The required column ${problem.column} is missing from the header line.`, {
        id: 'csv.problem.missing-column',
      });
    case 'duplicate-column':
      return msg(str`The column ${problem.column} appears more than once in the header line.`, {
        id: 'csv.problem.duplicate-column',
      });
    case 'single-column':
      return msg(
        str`The header line "${problem.header}" is not split into columns by the separator ${separatorName(problem.separator)}. Use semicolon, comma or tab between the columns, or choose another separator.`,
        { id: 'csv.problem.single-column' },
      );
    case 'unclosed-quote':
      return msg(
        str`Line ${problem.line} opens a double quote (") that is never closed, so the rest of the file cannot be read. Close or remove the quote.`,
        { id: 'csv.problem.unclosed-quote' },
      );
    case 'read-failed':
      return msg(str`The file could not be read: ${problem.message}`, { id: 'csv.problem.read-failed' });
  }
}

/** Something found in a file that could be read. */
export function noticeText(notice: CsvNotice): string {
  switch (notice.code) {
    case 'blank-lines':
      return msg(str`${notice.count} blank lines were skipped.`, { id: 'csv.notice.blank-lines' });
    case 'trailing-separators':
      return msg('Empty columns at the end of lines (trailing separators) were ignored.', {
        id: 'csv.notice.trailing-separators',
      });
    case 'mixed-line-endings':
      return msg(
        str`The file mixes Windows (CRLF, ${notice.crlf} lines) and Unix (LF, ${notice.lf} lines) line endings; both were read.`,
        { id: 'csv.notice.mixed-line-endings' },
      );
    case 'unnamed-columns':
      return msg(str`Columns without a name in the header were ignored (column ${notice.positions.join(', ')}).`, {
        id: 'csv.notice.unnamed-columns',
      });
  }
}

/** Why a row cannot be registered. */
export function rowErrorText(error: RowError): string {
  switch (error.code) {
    case 'missing-id':
      return msg('The ID is missing.', { id: 'csv.row.missing-id' });
    case 'duplicate-id':
      return msg(str`The ID ${error.id} appears more than once (first on line ${error.firstLine}).`, {
        id: 'csv.row.duplicate-id',
      });
    case 'missing-credentials':
      return msg('CREDENTIALS is required unless AUTH_TYPE is CERTIFICATES.', { id: 'csv.row.missing-credentials' });
    case 'invalid-auth-type':
      return msg(str`AUTH_TYPE must be BASIC or CERTIFICATES, not "${error.value}".`, {
        id: 'csv.row.invalid-auth-type',
      });
    case 'invalid-shell':
      return msg(str`SHELL must be 0 or 1, not "${error.value}".`, { id: 'csv.row.invalid-shell' });
    case 'type-name-required':
      return msg(str`TYPE and NAME are required when ${error.columns.join(', ')} is used.`, {
        id: 'csv.row.type-name-required',
      });
    case 'too-long':
      return msg(str`${error.column} is too long: ${error.length} characters, at most ${error.max} allowed.`, {
        id: 'csv.row.too-long',
      });
    case 'too-many-fields':
      return msg(str`The line has ${error.count} values but the header only ${error.expected} columns.`, {
        id: 'csv.row.too-many-fields',
      });
    case 'bad-quotes':
      return msg('A quoted value is malformed: text follows its closing quote.', { id: 'csv.row.bad-quotes' });
  }
}

/** All errors of a row, as one sentence list. */
export function rowErrorsText(errors: readonly RowError[] | undefined): string {
  return (errors ?? []).map(rowErrorText).join(' ');
}
