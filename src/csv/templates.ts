import type { CsvFormat } from './types.js';

/**
 * The template files offered for download (SPEC 2.4): header rows only, names in double
 * quotes, joined by `;`.
 */
export const CSV_TEMPLATES: Readonly<Record<CsvFormat, string>> = {
  simple: '"ID";"PATH"',
  full: '"ID";"CREDENTIALS";"TYPE";"NAME";"ICCID";"IDTYPE";"PATH";"SHELL";"AUTH_TYPE"',
};

/** The file name a template downloads as. */
export function templateFileName(format: CsvFormat): string {
  return format === 'simple' ? 'bulk-registration-simple.csv' : 'bulk-registration-full.csv';
}

/** The template as a CSV Blob. */
export function templateBlob(format: CsvFormat): Blob {
  return new Blob([CSV_TEMPLATES[format]], { type: 'text/csv;charset=utf-8' });
}
