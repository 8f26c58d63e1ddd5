import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { Utf8Sniffer, createDecoder, decodeBytes, detectEncoding, hasUtf16Bom, hasUtf8Bom, looksBinary } from '../src/csv/encoding.js';
import { NewlineNormalizer, countSeparators, detectSeparator, firstNonBlankLine, hasSeparator, isSeparator, normalizeNewlines } from '../src/csv/dialect.js';
import { analyzeHeader, detectFormat, rowValues, valueOf } from '../src/csv/headers.js';
import { validateRow } from '../src/csv/validate-row.js';
import { CSV_TEMPLATES, templateBlob, templateFileName } from '../src/csv/templates.js';
import { chunkRanges, escapeFormula, failedRowsCsv, quoteCell, serializeChunk } from '../src/csv/serialize.js';
import { mapFailureLine, mergeBulkResults, type SentChunk } from '../src/csv/merge-results.js';
import { problemText, rowErrorText } from '../src/csv/messages.js';
import type { CsvHeader } from '../src/csv/types.js';
import type { BulkResult } from '../src/adapters/registration-adapter.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

function header(cells: string[]): CsvHeader {
  const analysis = analyzeHeader(cells, ';');
  if (!analysis.header) throw new Error(`header problem: ${JSON.stringify(analysis.problem)}`);
  return analysis.header;
}

describe('csv/encoding', () => {
  it('detects UTF-8, UTF-8 with BOM and Windows-1252', () => {
    expect(detectEncoding(utf8('ID;NAME\nd1;Müller\n'))).to.equal('utf-8');
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x49, 0x44))).to.equal('utf-8-bom');
    expect(hasUtf8Bom(bytes(0xef, 0xbb, 0xbf))).to.be.true;
    expect(hasUtf8Bom(bytes(0xef, 0xbb))).to.be.false;
    expect(detectEncoding(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).to.equal('windows-1252');
  });

  it('decodes "Müller" from byte 0xFC and drops the BOM', () => {
    expect(decodeBytes(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).to.equal('Müller');
    expect(decodeBytes(bytes(0x80))).to.equal('€');
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x49, 0x44))).to.equal('ID');
  });

  it('the sniffer accepts a multi-byte character split between chunks, and rejects a truncated one', () => {
    const u = utf8('ü'); // c3 bc
    const ok = new Utf8Sniffer();
    expect(ok.push(bytes(0x61, u[0]))).to.be.true;
    expect(ok.push(bytes(u[1], 0x62))).to.be.true;
    expect(ok.finish()).to.equal('utf-8');
    const truncated = new Utf8Sniffer();
    truncated.push(bytes(0x61, u[0]));
    expect(truncated.finish()).to.equal('windows-1252');
  });

  it('streams Windows-1252 through TextDecoder', () => {
    const decoder = createDecoder('windows-1252');
    expect(decoder.decode(bytes(0x47, 0x72, 0xf6), { stream: true }) + decoder.decode(bytes(0xdf, 0x65))).to.equal('Größe');
  });

  it('recognizes binary data', () => {
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0))).to.be.true;
    expect(looksBinary(bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x41))).to.be.true;
    expect(looksBinary(utf8('ID;PATH\r\n\tx\n'))).to.be.false;
    expect(looksBinary(bytes())).to.be.false;
    expect(hasUtf16Bom(bytes(0xff, 0xfe, 0x49, 0))).to.be.true;
    expect(hasUtf16Bom(bytes(0xfe, 0xff, 0, 0x49))).to.be.true;
    expect(hasUtf16Bom(utf8('ID'))).to.be.false;
  });
});

describe('csv/dialect', () => {
  it('detects ; , and tab, outside quotes, preferring ; on a tie', () => {
    expect(detectSeparator('ID;PATH')).to.equal(';');
    expect(detectSeparator('ID,PATH,NAME')).to.equal(',');
    expect(detectSeparator('ID\tPATH')).to.equal('\t');
    expect(detectSeparator('"ID;x",PATH')).to.equal(',');
    expect(detectSeparator('ID,PATH;X')).to.equal(';');
    expect(detectSeparator('ID')).to.equal(';');
    expect(countSeparators('a;b,"c;d"\te')).to.deep.equal({ ';': 1, ',': 1, '\t': 1 });
    expect(hasSeparator('ID|PATH')).to.be.false;
    expect(isSeparator('\t')).to.be.true;
    expect(isSeparator('|')).to.be.false;
  });

  it('finds the first non-blank line once it is complete', () => {
    expect(firstNonBlankLine('\n  \nID;PATH\nx', false)).to.equal('ID;PATH');
    expect(firstNonBlankLine('\nID;PA', false)).to.equal(undefined);
    expect(firstNonBlankLine('\nID;PA', true)).to.equal('ID;PA');
    expect(firstNonBlankLine(' \n', true)).to.equal(undefined);
  });

  it('normalizes CRLF, LF and CR, also mixed, also when CRLF is split between chunks', () => {
    expect(normalizeNewlines('a\r\nb\nc\rd')).to.deep.equal({ text: 'a\nb\nc\nd', crlf: 2, lf: 1 });
    const n = new NewlineNormalizer();
    const out = n.push('a\r') + n.push('\nb\r') + n.push('c\n') + n.flush();
    expect(out).to.equal('a\nb\nc\n');
    expect([n.crlf, n.lf, n.mixed]).to.deep.equal([2, 1, true]);
    const trailing = new NewlineNormalizer();
    expect(trailing.push('x\r') + trailing.flush()).to.equal('x\n');
    expect(trailing.mixed).to.be.false;
  });
});

describe('csv/headers', () => {
  it('matches names case-insensitively and trimmed, and detects the format', () => {
    const h = header([' id ', 'Path']);
    expect(h.format).to.equal('simple');
    expect(h.columns.map((c) => [c.name, c.key, c.kind])).to.deep.equal([
      ['id', 'ID', 'known'],
      ['Path', 'PATH', 'known'],
    ]);
    expect(h.index).to.deep.equal({ ID: 0, PATH: 1 });
    expect(detectFormat(['ID', 'AUTH_TYPE'])).to.equal('full');
    expect(header(['ID', 'credentials']).format).to.equal('full');
  });

  it('lists custom properties; external-<type> columns are not custom', () => {
    const h = header(['ID', 'CREDENTIALS', 'external-c8y_Serial', 'c8y_Hardware.model', 'owner']);
    expect(h.customProperties).to.deep.equal(['c8y_Hardware.model', 'owner']);
    expect(h.columns[2].kind).to.equal('external');
  });

  it('stops on a missing required column, a duplicate column or a single unknown column', () => {
    expect(analyzeHeader(['NAME', 'PATH'], ';').problem).to.deep.equal({ code: 'missing-column', column: 'ID' });
    expect(analyzeHeader(['ID', 'id'], ';').problem).to.deep.equal({ code: 'duplicate-column', column: 'id' });
    expect(analyzeHeader(['ID,PATH'], ';').problem).to.deep.equal({ code: 'single-column', header: 'ID,PATH', separator: ';' });
    expect(analyzeHeader(['ID|PATH'], ';').problem).to.deep.equal({ code: 'single-column', header: 'ID|PATH', separator: ';' });
    expect(analyzeHeader(['NAME'], ';').problem).to.deep.equal({ code: 'missing-column', column: 'ID' });
    expect(analyzeHeader(['ID'], ';').header?.columns).to.have.length(1);
    expect(problemText({ code: 'duplicate-column', column: 'id' })).to.equal('The column id appears more than once in the header line.');
  });

  it('ignores trailing and unnamed header cells', () => {
    const h = header(['ID', '', 'PATH', '', '']);
    expect(h.columns.map((c) => c.name)).to.deep.equal(['ID', 'PATH']);
    expect(h.unnamedColumns).to.deep.equal([2]);
    expect(h.trailingSeparators).to.be.true;
    expect(h.width).to.equal(3);
    expect(rowValues(h, [' d1 ', 'x', ' A ', '', ''])).to.deep.equal({ values: ['d1', 'A'], cellCount: 0 });
    expect(rowValues(h, ['d1', '', 'A', '', 'extra'])).to.deep.equal({ values: ['d1', 'A'], cellCount: 5 });
    expect(rowValues(h, ['d1'])).to.deep.equal({ values: ['d1', ''], cellCount: 0 });
    expect(valueOf(h, ['d1', 'A'], 'PATH')).to.equal('A');
    expect(valueOf(h, ['d1', 'A'], 'NAME')).to.equal('');
  });
});

describe('csv/validate-row', () => {
  const full = header(['ID', 'CREDENTIALS', 'TYPE', 'NAME', 'ICCID', 'IDTYPE', 'PATH', 'SHELL', 'AUTH_TYPE']);
  const check = (values: string[], seen = new Map<string, number>(), line = 2, cellCount = 0) =>
    validateRow(full, values, line, seen, cellCount);

  it('accepts complete rows', () => {
    expect(check(['d1', 'secret', 't', 'n', '89', 'c8y_Serial', 'A/B', '1', 'BASIC'])).to.deep.equal([]);
    expect(check(['d2', '', '', '', '', '', '', '', 'certificates'])).to.deep.equal([]);
    expect(check(['d3', 'secret', '', '', '', '', '', '', ''])).to.deep.equal([]);
  });

  it('needs an ID, unique in the file', () => {
    const seen = new Map<string, number>();
    expect(check(['', 'secret', '', '', '', '', '', '', ''], seen)).to.deep.equal([{ code: 'missing-id' }]);
    expect(check(['d1', 'secret', '', '', '', '', '', '', ''], seen, 3)).to.deep.equal([]);
    expect(check(['d1', 'secret', '', '', '', '', '', '', ''], seen, 9)).to.deep.equal([{ code: 'duplicate-id', id: 'd1', firstLine: 3 }]);
  });

  it('needs CREDENTIALS unless AUTH_TYPE=CERTIFICATES; AUTH_TYPE and SHELL values', () => {
    expect(check(['d1', '', '', '', '', '', '', '', ''])).to.deep.equal([{ code: 'missing-credentials' }]);
    expect(check(['d1', '', '', '', '', '', '', '', 'BASIC'])).to.deep.equal([{ code: 'missing-credentials' }]);
    expect(check(['d1', 'x', '', '', '', '', '', '', 'TOKEN'])).to.deep.equal([{ code: 'invalid-auth-type', value: 'TOKEN' }]);
    expect(check(['d1', 'x', 't', 'n', '', '', '', 'yes', ''])).to.deep.equal([{ code: 'invalid-shell', value: 'yes' }]);
    expect(rowErrorText({ code: 'invalid-shell', value: 'yes' })).to.equal('SHELL must be 0 or 1, not "yes".');
  });

  it('needs TYPE and NAME together when ICCID, IDTYPE, PATH or SHELL are used', () => {
    expect(check(['d1', 'x', '', '', '89', '', 'A', '', ''])).to.deep.equal([{ code: 'type-name-required', columns: ['ICCID', 'PATH'] }]);
    expect(check(['d1', 'x', 't', '', '', 'c8y_Serial', '', '', ''])).to.deep.equal([{ code: 'type-name-required', columns: ['IDTYPE'] }]);
    expect(check(['d1', 'x', 't', 'n', '', '', '', '0', ''])).to.deep.equal([]);
  });

  it('the simple format only needs the ID (PATH needs no TYPE/NAME there)', () => {
    const simple = header(['ID', 'PATH']);
    expect(validateRow(simple, ['d1', 'A/B'], 2, new Map())).to.deep.equal([]);
  });

  it('checks field sizes and extra values', () => {
    expect(check(['x'.repeat(256), 'x', '', '', '', '', '', '', ''])).to.deep.equal([{ code: 'too-long', column: 'ID', length: 256, max: 255 }]);
    expect(check(['d1', 'x', '', '', '', '', '', '', ''], new Map(), 2, 11)).to.deep.equal([{ code: 'too-many-fields', count: 11, expected: 9 }]);
    expect(rowErrorText({ code: 'too-many-fields', count: 11, expected: 9 })).to.equal('The line has 11 values but the header only 9 columns.');
  });
});

describe('csv/templates', () => {
  it('are exactly the SPEC header lines', async () => {
    expect(CSV_TEMPLATES.simple).to.equal('"ID";"PATH"');
    expect(CSV_TEMPLATES.full).to.equal('"ID";"CREDENTIALS";"TYPE";"NAME";"ICCID";"IDTYPE";"PATH";"SHELL";"AUTH_TYPE"');
    expect(await templateBlob('full').text()).to.equal(CSV_TEMPLATES.full);
    expect(templateBlob('simple').type).to.equal('text/csv;charset=utf-8');
    expect(templateFileName('simple')).to.match(/\.csv$/);
  });
});

describe('csv/serialize', () => {
  it('quotes only what needs quoting', () => {
    expect(quoteCell('plain')).to.equal('plain');
    expect(quoteCell('a;b')).to.equal('"a;b"');
    expect(quoteCell('say "hi"')).to.equal('"say ""hi"""');
    expect(quoteCell('two\nlines')).to.equal('"two\nlines"');
    expect(quoteCell(' edge')).to.equal('" edge"');
    // every separator a reader may detect is quoted, so the header line is never ambiguous
    expect(quoteCell('a,b')).to.equal('"a,b"');
    expect(quoteCell('a\tb')).to.equal('"a\tb"');
    expect(quoteCell('cr\rhere')).to.equal('"cr\rhere"');
  });

  it('writes each line with its secret cells masked, and lists the secrets', () => {
    const h = header(['ID', 'CREDENTIALS', 'NAME', 'ENROLLMENT_OTP']);
    const chunk = serializeChunk(h, [
      { line: 2, values: ['a', 'pw;1', 'A', 'otp'] },
      { line: 3, values: ['b', '', 'B', ''] },
    ]);
    expect(chunk.lines).to.deep.equal(['a;"pw;1";A;otp', 'b;;B;']);
    expect(chunk.maskedLines).to.deep.equal(['a;••••;A;••••', 'b;;B;']);
    expect(chunk.secrets).to.have.members(['pw;1', 'otp']);
  });

  it('escapes formula injection: = + - @ tab CR', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(escapeFormula(v)).to.equal(`'${v}`);
    expect(escapeFormula('safe=1')).to.equal('safe=1');
    expect(escapeFormula('')).to.equal('');
  });

  it('serializes a chunk in Cumulocity format with the original header names', () => {
    const h = header(['id', 'Name', 'c8y_Notes']);
    const chunk = serializeChunk(h, [
      { line: 2, values: ['d1', 'Pump; one', ''] },
      { line: 5, values: ['d2', 'say "x"', 'n'] },
    ]);
    expect(chunk.text).to.equal('id;Name;c8y_Notes\r\nd1;"Pump; one";\r\nd2;"say ""x""";n\r\n');
    expect(chunk.lines).to.deep.equal(['d1;"Pump; one";', 'd2;"say ""x""";n']);
  });

  it('splits rows into chunks', () => {
    expect(chunkRanges(1201, 500)).to.deep.equal([[0, 500], [500, 1000], [1000, 1201]]);
    expect(chunkRanges(0, 500)).to.deep.equal([]);
    expect(chunkRanges(3, 0)).to.deep.equal([[0, 1], [1, 2], [2, 3]]);
  });

  it('writes the failed rows with an ERROR column, in file order, escaped', () => {
    const h = header(['ID', 'NAME']);
    const text = failedRowsCsv(h, [
      { line: 9, values: ['d9', '+49 123'], error: 'Device exists.' },
      { line: 3, values: ['=HYPERLINK("http://x")', 'n'], error: 'The ID is missing; really.' },
    ]);
    expect(text).to.equal(
      '\uFEFFID;NAME;ERROR\r\n"\'=HYPERLINK(""http://x"")";n;"The ID is missing; really."\r\nd9;\'+49 123;Device exists.\r\n',
    );
  });
});

describe('csv/merge-results', () => {
  const result = (over: Partial<BulkResult>): BulkResult => ({
    numberOfAll: 0,
    numberOfCreated: 0,
    numberOfFailed: 0,
    numberOfSuccessful: 0,
    credentialUpdatedList: [],
    failedCreationList: [],
    ...over,
  });
  const chunk = (index: number, lines: string[], lineNumbers: number[], r: BulkResult): SentChunk => ({
    index,
    lines,
    lineNumbers,
    ids: lines.map((l) => l.split(';')[0]),
    result: r,
  });

  it('maps a failure to its original line by the line text, a line number, or the device ID', () => {
    const c = chunk(0, ['a;1', 'b;2', 'c;3'], [4, 7, 12], result({}));
    const f = (line: string, deviceId?: string) => ({ bulkNewDeviceStatus: 'FAILED' as const, failureReason: 'x', line, deviceId });
    expect(mapFailureLine(c, f('b;2'))).to.equal(7);
    expect(mapFailureLine(c, f(' c;3 '))).to.equal(12);
    expect(mapFailureLine(c, f('2'))).to.equal(4); // line 2 of the chunk file = its first data line
    expect(mapFailureLine(c, f('', 'c'))).to.equal(12);
    expect(mapFailureLine(c, f('zzz'))).to.equal(undefined);
  });

  it('sums the chunks, keeps the lists, and locates every failure', () => {
    const merged = mergeBulkResults(
      [
        chunk(1, ['c;3', 'd;4'], [20, 21], result({
          numberOfAll: 2, numberOfCreated: 0, numberOfFailed: 1, numberOfSuccessful: 1,
          credentialUpdatedList: [{ bulkNewDeviceStatus: 'CREDENTIAL_UPDATED', deviceId: 'c' }],
          failedCreationList: [{ bulkNewDeviceStatus: 'FAILED', deviceId: 'd', failureReason: 'Exists.', line: 'd;4' }],
        })),
        chunk(0, ['a;1', 'b;2'], [2, 5], result({
          numberOfAll: 2, numberOfCreated: 1, numberOfFailed: 1, numberOfSuccessful: 1,
          credentialUpdatedList: [{ bulkNewDeviceStatus: 'CREATED', deviceId: 'a' }],
          failedCreationList: [{ bulkNewDeviceStatus: 'FAILED', deviceId: 'b', failureReason: 'Bad.', line: 'b;2' }],
        })),
      ],
      3,
      5,
    );
    expect(merged.numberOfAll).to.equal(4);
    expect(merged.numberOfCreated).to.equal(1);
    expect(merged.numberOfFailed).to.equal(2);
    expect(merged.numberOfSuccessful).to.equal(2);
    expect(merged.credentialUpdatedList.map((e) => e.deviceId)).to.deep.equal(['a', 'c']);
    expect(merged.failures).to.deep.equal([
      { lineNumber: 5, deviceId: 'b', reason: 'Bad.' },
      { lineNumber: 21, deviceId: 'd', reason: 'Exists.' },
    ]);
    expect([merged.chunksSent, merged.chunksTotal, merged.rowsSent, merged.rowsTotal, merged.complete]).to.deep.equal([2, 3, 4, 5, false]);
  });

  it('carries no secret of the upload: quoted lines are masked, secrets in lines or reasons it cannot match too', () => {
    const c: SentChunk = {
      ...chunk(0, ['a;s3cret-A;x', 'b;s3cret-B;y', 'c;s3cret-C;z'], [2, 3, 4], result({
        numberOfAll: 3, numberOfFailed: 3,
        failedCreationList: [
          { bulkNewDeviceStatus: 'FAILED', deviceId: 'a', failureReason: 'Limit reached.', line: 'a;s3cret-A;x' },
          { bulkNewDeviceStatus: 'FAILED', deviceId: 'b', failureReason: 'Bad line b,s3cret-B,y', line: 'b,s3cret-B,y' },
          { bulkNewDeviceStatus: 'FAILED', deviceId: 'c', failureReason: 'x', line: '4' },
        ],
      })),
      maskedLines: ['a;••••;x', 'b;••••;y', 'c;••••;z'],
      secrets: ['s3cret-A', 's3cret-B', 's3cret-C'],
    };
    const merged = mergeBulkResults([c]);
    expect(merged.failedCreationList.map((f) => f.line)).to.deep.equal(['a;••••;x', 'b,••••,y', '4']);
    expect(merged.failures).to.deep.equal([
      { lineNumber: 2, deviceId: 'a', reason: 'Limit reached.' },
      { lineNumber: 3, deviceId: 'b', reason: 'Bad line b,••••,y' },
      { lineNumber: 4, deviceId: 'c', reason: 'x' },
    ]);
    expect(JSON.stringify(merged)).not.to.include('s3cret');
  });
});
