// Issue 8.8: the CSV reader and validator under generated input (fast-check). Whatever the file,
// reading it never throws or rejects; every data row gets exactly one verdict (valid, or invalid
// with at least one reason) and the counts add up; what the wizard writes (serializeChunk) reads
// back to the same rows; the messages for every verdict render without throwing.
import '../helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCsvFile } from '../../src/csv/parse-client.js';
import { analyzeHeader, rowValues } from '../../src/csv/headers.js';
import { validateRow } from '../../src/csv/validate-row.js';
import { failedRowsCsv, headerLine, serializeChunk } from '../../src/csv/serialize.js';
import { noticeText, problemText, rowErrorsText } from '../../src/csv/messages.js';
import { CSV_SEPARATORS, KNOWN_COLUMNS, type CsvParseResult, type CsvRow, type CsvSeparator } from '../../src/csv/types.js';

const ROW_ERROR_CODES = [
  'missing-id', 'duplicate-id', 'missing-credentials', 'invalid-auth-type', 'invalid-shell', 'type-name-required',
  'too-long', 'too-many-fields', 'bad-quotes',
];

/** Characters that matter to a CSV reader, plus text from all over Unicode. */
const cellChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(';', ',', '\t', '"', '\n', ' ', "'", '=', '+', '-', '@', '\\', 'é', '€', '😀', '\u202E', '\u00A0') },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }) },
  { weight: 6, arbitrary: fc.constantFrom(...'abcxyzABCXYZ0189') },
);
/** A cell as the reader hands it back: trimmed, no CR (line endings are normalized to LF), no control characters. */
const cellValue = fc
  .array(cellChar, { maxLength: 12 })
  // eslint-disable-next-line no-control-regex
  .map((chars) => chars.join('').replace(/[\u0000-\u0008\u000B-\u001F\u007F\r]/g, '').trim());

const columnName = fc.oneof(
  fc.constantFrom(...KNOWN_COLUMNS.filter((c) => c !== 'ID'), 'external-c8y_Serial', 'c8y_Hardware.model', 'custom'),
  cellValue.filter((v) => v !== ''),
);

/** A header with ID and unique (case-insensitive) other names, and rows aligned with it. */
const table = fc
  .uniqueArray(columnName, { maxLength: 5, selector: (n) => n.toUpperCase() })
  .filter((names) => !names.some((n) => n.toUpperCase() === 'ID'))
  .chain((others) => {
    const names = ['ID', ...others];
    return fc.record({
      names: fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }),
      rows: fc.array(fc.array(cellValue, { minLength: names.length, maxLength: names.length }), { maxLength: 12 }),
    });
  });

/** Quotes every cell that holds any separator, a quote or a line break: the generated input is never ambiguous. */
function quoteStrict(value: string): string {
  return /[;,\t"\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function fileOf(text: string | Uint8Array): Blob {
  return new Blob([text as BlobPart], { type: 'text/csv' });
}

/** Every invariant of a parse result, whatever the input. */
function checkVerdicts(result: CsvParseResult): void {
  expect(result.notices).to.be.an('array');
  if (result.problem) {
    expect(result.rows).to.deep.equal([]);
    expect(problemText(result.problem)).to.be.a('string').and.not.equal('');
    return;
  }
  expect(result.validCount + result.invalidCount, 'every row counted once').to.equal(result.rows.length);
  expect(result.rows.filter((r) => !r.errors).length).to.equal(result.validCount);
  let previous = 0;
  for (const row of result.rows) {
    expect(row.line, 'one verdict per row, in file order').to.be.greaterThan(previous);
    previous = row.line;
    expect(row.values.length).to.equal(result.info!.header.columns.length);
    if (row.errors) {
      expect(row.errors.length, 'an invalid row says why').to.be.greaterThan(0);
      for (const e of row.errors) expect(ROW_ERROR_CODES).to.include(e.code);
      expect(rowErrorsText(row.errors)).to.be.a('string').and.not.equal('');
    }
  }
  for (const notice of result.notices) expect(noticeText(notice)).to.be.a('string');
}

describe('property: CSV reader and validator', function () {
  this.timeout(120_000);

  it('arbitrary bytes: reading never rejects, and the verdicts add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        checkVerdicts(await parseCsvFile(fileOf(bytes)));
      }),
      { numRuns: 60 },
    );
  });

  it('arbitrary text with separators, quotes and line breaks: never rejects, the verdicts add up', async () => {
    const text = fc.array(
      fc.oneof(cellChar, fc.constantFrom('\r\n', '\r', 'ID', 'CREDENTIALS', 'AUTH_TYPE', 'SHELL', 'NAME', 'TYPE', '""', '\uFEFF')),
      { maxLength: 120 },
    );
    await fc.assert(
      fc.asyncProperty(text, fc.option(fc.constantFrom(...CSV_SEPARATORS), { nil: undefined }), async (parts, separator) => {
        checkVerdicts(await parseCsvFile(fileOf(parts.join('')), { separator }));
      }),
      { numRuns: 80 },
    );
  });

  it('generated tables: each non-blank row gets exactly one verdict, and what the wizard writes reads back the same', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), async ({ names, rows }, eol) => {
        const nonBlank = rows.filter((r) => r.some((v) => v !== ''));
        fc.pre(nonBlank.length > 0); // a header alone is the 'header-only' problem (covered by the arbitrary-text property)
        const header = names.map(quoteStrict).join(';');
        const body = rows.map((r) => r.map(quoteStrict).join(';'));
        const result = await parseCsvFile(fileOf([header, ...body].join(eol) + eol));
        expect(result.problem, JSON.stringify(result.problem)).to.equal(undefined);
        checkVerdicts(result);
        expect(result.rows.map((r) => r.values), 'every non-blank row, values intact').to.deep.equal(nonBlank);
        expect(result.info!.header.columns.map((c) => c.name)).to.deep.equal(names);

        // serialize (what is uploaded) → parse: the same header and rows
        const chunk = serializeChunk(result.info!.header, result.rows);
        expect(chunk.lines.length).to.equal(result.rows.length);
        expect(chunk.text.startsWith(headerLine(result.info!.header))).to.equal(true);
        const again = await parseCsvFile(fileOf(chunk.text));
        expect(again.problem, JSON.stringify(again.problem)).to.equal(undefined);
        expect(again.info!.separator).to.equal(';');
        expect(again.info!.header.columns.map((c) => c.name)).to.deep.equal(names);
        expect(again.rows.map((r) => r.values)).to.deep.equal(result.rows.map((r) => r.values));
        expect(again.rows.map((r) => (r.errors ?? []).map((e) => e.code))).to.deep.equal(result.rows.map((r) => (r.errors ?? []).map((e) => e.code)));
      }),
      { numRuns: 60 },
    );
  });

  it('what the wizard writes is unambiguous: names and cells holding other separators read back the same', async () => {
    // the reader (and the emulator, and MemoryAdapter) detect the separator from the header line
    const cases: { names: string[]; rows: string[][] }[] = [
      { names: ['ID', 'a,b,c'], rows: [['x', 'y']] },
      { names: ['ID', 'tabs\tin\tname'], rows: [['x', 'y']] },
      { names: ['ID', 'note'], rows: [['x', 'a\tb\tc'], ['y', '"q";1,2']] },
    ];
    for (const { names, rows } of cases) {
      const result = await parseCsvFile(fileOf([names, ...rows].map((r) => r.map(quoteStrict).join(';')).join('\r\n') + '\r\n'));
      expect(result.info!.header.columns.map((c) => c.name)).to.deep.equal(names);
      const chunk = serializeChunk(result.info!.header, result.rows);
      const again = await parseCsvFile(fileOf(chunk.text));
      expect(again.problem, `${JSON.stringify(chunk.text)} → ${JSON.stringify(again.problem)}`).to.equal(undefined);
      expect(again.info!.header.columns.map((c) => c.name), JSON.stringify(chunk.text)).to.deep.equal(names);
      expect(again.rows.map((r) => r.values)).to.deep.equal(rows);
    }
  });

  it('the failed-rows download: every cell a spreadsheet could run as a formula is neutralized', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ names, rows }) => {
        const result = await parseCsvFile(fileOf([names, ...rows].map((r) => r.map(quoteStrict).join(';')).join('\r\n') + '\r\n'));
        if (result.problem) return;
        const failed = result.rows.map((r) => ({ line: r.line, values: r.values, error: '=HYPERLINK("http://x")' }));
        const text = failedRowsCsv(result.info!.header, failed);
        const back = await parseCsvFile(fileOf(text));
        expect(back.problem, JSON.stringify(back.problem)).to.equal(undefined);
        for (const row of back.rows) for (const cell of row.values) expect(cell, 'formula cell').to.not.match(/^[=+\-@]/);
        expect(back.rows.length).to.equal(failed.length);
      }),
      { numRuns: 30 },
    );
  });

  it('analyzeHeader and validateRow never throw, and a row is never judged twice', () => {
    const separator = fc.constantFrom<CsvSeparator>(...CSV_SEPARATORS);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(cellValue, fc.constantFrom(...KNOWN_COLUMNS), fc.string()), { maxLength: 8 }),
        fc.array(fc.array(fc.oneof(cellValue, fc.string({ maxLength: 2000 })), { maxLength: 10 }), { maxLength: 10 }),
        separator,
        (cells, lines, sep) => {
          const analysis = analyzeHeader(cells, sep);
          expect(Boolean(analysis.header) !== Boolean(analysis.problem), 'a header or a problem, never both').to.equal(true);
          if (!analysis.header) return;
          const header = analysis.header;
          const seen = new Map<string, number>();
          const verdicts: CsvRow[] = [];
          lines.forEach((line, i) => {
            const { values, cellCount } = rowValues(header, line);
            const errors = validateRow(header, values, i + 2, seen, cellCount);
            verdicts.push(errors.length ? { line: i + 2, values, errors } : { line: i + 2, values });
          });
          expect(verdicts.length).to.equal(lines.length);
          // an ID met before is a duplicate exactly from its second occurrence on
          const firstLine = new Map<string, number>();
          verdicts.forEach((v) => {
            const id = v.values[header.index.ID!];
            const dup = (v.errors ?? []).some((e) => e.code === 'duplicate-id');
            if (id === '') expect(dup).to.equal(false);
            else if (firstLine.has(id)) expect(dup, `line ${v.line} duplicates ${id}`).to.equal(true);
            else {
              expect(dup).to.equal(false);
              firstLine.set(id, v.line);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
