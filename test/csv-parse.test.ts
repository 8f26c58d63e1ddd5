import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { idHash } from '../src/csv/id-hash.js';
import { parseCsvFile } from '../src/csv/parse-client.js';
import { problemText, noticeText, rowErrorsText, encodingName } from '../src/csv/messages.js';
import type { CsvParseResult } from '../src/csv/types.js';
import { loadCsvFixture } from './fixtures/csv/load.js';
import { slotCrowdingHashes } from './helpers/crowding-hashes.js';

const fixture = loadCsvFixture;

async function parseFixture(name: string, separator?: ';' | ',' | '\t'): Promise<CsvParseResult> {
  return parseCsvFile(await fixture(name), { separator });
}

describe('parseCsvFile (CSV worker): the bad-file corpus', () => {
  it('empty file', async () => {
    const r = await parseFixture('empty.csv');
    expect(r.problem).to.deep.equal({ code: 'empty' });
    expect(problemText(r.problem!)).to.equal('The file is empty. Choose a CSV file with a header line and one device per line.');
    expect(r.rows).to.have.length(0);
  });

  it('a file of blank lines only counts as empty', async () => {
    const r = await parseCsvFile(new Blob(['\n  \r\n\n']));
    expect(r.problem).to.deep.equal({ code: 'empty' });
  });

  it('header only', async () => {
    const r = await parseFixture('header-only.csv');
    expect(r.problem).to.deep.equal({ code: 'header-only' });
    expect(problemText(r.problem!)).to.equal(
      'The file has a header line but no devices. Add one device per line below the header.',
    );
  });

  it('binary data', async () => {
    const r = await parseFixture('binary.csv.b64');
    expect(r.problem).to.deep.equal({ code: 'binary' });
    expect(problemText(r.problem!)).to.contain('not a CSV file: it contains binary data');
  });

  it('UTF-16 (Excel "Unicode text") is named as such, not as binary data', async () => {
    const text = 'ID\tPATH\r\nd1\tA\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const r = await parseCsvFile(new Blob([bytes]));
    expect(r.problem).to.deep.equal({ code: 'utf-16' });
    expect(problemText(r.problem!)).to.equal('The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and choose it again.');
  });

  it('wrong separator: the header is not split', async () => {
    const r = await parseFixture('wrong-separator.csv');
    expect(r.problem).to.deep.equal({ code: 'single-column', header: 'ID|PATH', separator: ';' });
    expect(problemText(r.problem!)).to.equal(
      'The header line "ID|PATH" is not split into columns by the separator Semicolon (;). Use semicolon, comma or tab between the columns, or choose another separator.',
    );
  });

  it('unbalanced quotes stop with the line that opens the quote', async () => {
    const r = await parseFixture('unbalanced-quotes.csv');
    expect(r.problem).to.deep.equal({ code: 'unclosed-quote', line: 2 });
    expect(problemText(r.problem!)).to.equal(
      'Line 2 opens a double quote (") that is never closed, so the rest of the file cannot be read. Close or remove the quote.',
    );
  });

  it('UTF-8 with BOM: the BOM is not part of the first header name', async () => {
    const r = await parseFixture('bom.csv');
    expect(r.problem).to.be.undefined;
    expect(r.info!.encoding).to.equal('utf-8-bom');
    expect(encodingName(r.info!.encoding)).to.equal('UTF-8 with byte order mark (BOM)');
    expect(r.info!.header.columns.map((c) => c.name)).to.deep.equal(['ID', 'PATH']);
    expect(r.rows.map((x) => x.values)).to.deep.equal([
      ['device-1', 'Gruppe Süd'],
      ['device-2', 'Gruppe Nord'],
    ]);
  });

  it('Windows-1252: "Müller" from byte 0xFC', async () => {
    const file = await fixture('windows-1252.csv.b64');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(bytes.includes(0xfc)).to.be.true;
    const r = await parseCsvFile(file);
    expect(r.info!.encoding).to.equal('windows-1252');
    expect(encodingName(r.info!.encoding)).to.equal('Windows-1252 (ANSI)');
    expect(r.info!.header.format).to.equal('full');
    expect(r.rows[0].values[3]).to.equal('Müller Pumpe');
    expect(r.rows[1].values[3]).to.equal('Größe €');
    expect(r.validCount).to.equal(2);
  });

  it('CRLF and LF mixed: every line is read, with a notice', async () => {
    const r = await parseFixture('mixed-line-endings.csv');
    expect(r.rows.map((x) => [x.line, ...x.values])).to.deep.equal([
      [2, 'device-1', 'A'],
      [3, 'device-2', 'B'],
      [4, 'device-3', 'C'],
    ]);
    expect(r.notices).to.deep.include({ code: 'mixed-line-endings', crlf: 2, lf: 2 });
    expect(noticeText(r.notices.find((n) => n.code === 'mixed-line-endings')!)).to.equal(
      'The file mixes Windows (CRLF, 2 lines) and Unix (LF, 2 lines) line endings; both were read.',
    );
  });

  it('trailing separators are ignored, with a notice', async () => {
    const r = await parseFixture('trailing-separators.csv');
    expect(r.info!.header.columns.map((c) => c.name)).to.deep.equal(['ID', 'PATH']);
    expect(r.validCount).to.equal(2);
    expect(r.invalidCount).to.equal(0);
    expect(r.notices.map(noticeText)).to.include('Empty columns at the end of lines (trailing separators) were ignored.');
  });

  it('blank lines are skipped and counted; line numbers stay those of the file', async () => {
    const r = await parseFixture('blank-lines.csv');
    expect(r.rows.map((x) => x.line)).to.deep.equal([3, 6]);
    expect(r.notices).to.deep.equal([{ code: 'blank-lines', count: 3 }]);
    expect(noticeText(r.notices[0])).to.equal('3 blank lines were skipped.');
  });

  it('duplicate IDs: the second one is invalid, naming the first line', async () => {
    const r = await parseFixture('duplicate-ids.csv');
    expect(r.validCount).to.equal(2);
    expect(r.invalidCount).to.equal(1);
    const bad = r.rows.find((x) => x.errors)!;
    expect(bad.line).to.equal(4);
    expect(rowErrorsText(bad.errors)).to.equal('The ID device-1 appears more than once (first on line 2).');
  });

  it('duplicate IDs are told apart from other IDs of the same hash, quoted or not', async () => {
    // "Aa" and "BB" (and "AaBB", "BBAa") have the same hash (31 × first + second), so only
    // comparing the IDs themselves tells which rows repeat which
    for (const bb of ['BB', '"BB"']) {
      const r = await parseCsvFile(new Blob([`ID;PATH\nAa;x\nBB;x\nAaBB;x\n${bb};x\nBBAa;x\nAa;x\nAaBB;x\n`]));
      expect(r.validCount).to.equal(4);
      const repeated = r.rows.filter((x) => x.errors).map((x) => `${x.line}: ${rowErrorsText(x.errors)}`);
      expect(repeated).to.deep.equal([
        '5: The ID BB appears more than once (first on line 3).',
        '7: The ID Aa appears more than once (first on line 2).',
        '8: The ID AaBB appears more than once (first on line 4).',
      ]);
    }
  });

  it('many distinct IDs of one hash: repeats are found, naming their first line, and no other ID is flagged', async () => {
    // 2^10 IDs of 10 blocks "Aa" or "BB", all of one hash (a file can be made so: the hash is
    // public); every third one appears again, some of those a third time
    const ids = sameHashIds(10);
    const r = await parseIds([...ids, ...ids.filter((_, i) => i % 3 === 0), ...ids.filter((_, i) => i % 9 === 0)]);
    expect(duplicatesOf(r)).to.deep.equal(expectedDuplicates(r));
    expect(r.invalidCount).to.equal(342 + 114);
  });

  it('many hashes of the same slots of the table: repeats are still found exactly', async () => {
    // hashes crowding one run of slots, until the table is remade with a multiplier the file does not know
    const ids = slotCrowdingIds(3000);
    const r = await parseIds([...ids, ...ids.filter((_, i) => i % 7 === 0), 'd-1', 'd-2', 'd-1']);
    expect(duplicatesOf(r)).to.deep.equal(expectedDuplicates(r));
    expect(r.invalidCount).to.equal(429 + 1);
  });

  it('long IDs of one hash and one length are told apart, also when they differ in their last characters only', async () => {
    const long = (fill: string, length: number) => sameHashIds(3).map((blocks) => fill.repeat(length - blocks.length) + blocks);
    const ids = [...long('y', 300), ...long('z', 16383)];
    const r = await parseIds([...ids, ids[1], ids[9], ids[1], 'd-1', 'd-1']);
    expect(duplicatesOf(r)).to.deep.equal(expectedDuplicates(r));
    expect(duplicatesOf(r)).to.have.length(4);
  });

  it('an ID too long to be one is reported too long, and not checked for repeats', async () => {
    // (V8 hashes strings of over 16383 characters by their length alone: a Map of many of them
    // would compare each with all the others)
    const tooLong = sameHashIds(2).map((blocks) => 'x'.repeat(20000) + blocks);
    const r = await parseIds([...tooLong, tooLong[0]]);
    expect(duplicatesOf(r)).to.deep.equal([]);
    expect(r.rows.map((row) => row.errors?.map((e) => e.code))).to.deep.equal(Array.from({ length: 5 }, () => ['too-long']));
  });

  it('duplicate IDs are found when the file has many more rows than its first batch suggests', async () => {
    // one long first row in a batch of its own: the table of IDs starts too small and grows
    const lines = ['ID;PATH', `d-0;${'x'.repeat(20000)}`];
    for (let i = 1; i < 3000; i++) lines.push(`d-${i};p`);
    for (let i = 0; i < 3000; i += 1000) lines.push(`d-${i};again`);
    const r = await parseCsvFile(new Blob([lines.join('\n')]), { batchSize: 1 });
    const repeated = r.rows.filter((x) => x.errors?.[0].code === 'duplicate-id').map((x) => `${x.line}: ${rowErrorsText(x.errors)}`);
    expect(repeated).to.deep.equal([
      '3002: The ID d-0 appears more than once (first on line 2).',
      '3003: The ID d-1000 appears more than once (first on line 1002).',
      '3004: The ID d-2000 appears more than once (first on line 2002).',
    ]);
    expect(r.invalidCount).to.equal(4); // the long row and the three repeats
  });

  it('very long fields', async () => {
    const r = await parseFixture('long-fields.csv');
    expect(r.validCount).to.equal(1);
    const messages = r.rows.filter((x) => x.errors).map((x) => `${x.line}: ${rowErrorsText(x.errors)}`);
    expect(messages).to.deep.equal([
      '3: ID is too long: 300 characters, at most 255 allowed.',
      '4: NAME is too long: 5000 characters, at most 255 allowed.',
    ]);
  });

  it('missing required column', async () => {
    const r = await parseFixture('missing-id-column.csv');
    expect(r.problem).to.deep.equal({ code: 'missing-column', column: 'ID' });
    expect(problemText(r.problem!)).to.equal('The required column ID is missing from the header line.');
  });

  it('full format: every row rule', async () => {
    const r = await parseFixture('full-invalid.csv');
    expect(r.info!.header.format).to.equal('full');
    expect(r.info!.header.customProperties).to.deep.equal(['c8y_Hardware.serialNumber']);
    const byLine = Object.fromEntries(r.rows.map((x) => [x.line, rowErrorsText(x.errors)]));
    expect(byLine).to.deep.equal({
      2: '',
      3: '',
      4: 'CREDENTIALS is required unless AUTH_TYPE is CERTIFICATES.',
      5: 'AUTH_TYPE must be BASIC or CERTIFICATES, not "TOKEN".',
      6: 'SHELL must be 0 or 1, not "2".',
      7: 'TYPE and NAME are required when ICCID, PATH is used.',
      8: 'The ID is missing.',
      9: '',
    });
    expect(r.validCount).to.equal(3);
    expect(r.invalidCount).to.equal(5);
  });
});

describe('parseCsvFile (CSV worker): separators and options', () => {
  it('detects comma and tab', async () => {
    const comma = await parseCsvFile(new Blob(['id,path\nd1,"A, B"\n']));
    expect(comma.info!.separator).to.equal(',');
    expect(comma.info!.separatorDetected).to.be.true;
    expect(comma.rows[0].values).to.deep.equal(['d1', 'A, B']);
    const tab = await parseCsvFile(new Blob(['ID\tPATH\nd1\tA;B\n']));
    expect(tab.info!.separator).to.equal('\t');
    expect(tab.rows[0].values).to.deep.equal(['d1', 'A;B']);
  });

  it('an override separator is used instead of detection', async () => {
    const file = new Blob(['ID,PATH;X\nd1,A;B\n']);
    const detected = await parseCsvFile(file);
    expect(detected.problem).to.deep.equal({ code: 'missing-column', column: 'ID' });
    const r = await parseCsvFile(file, { separator: ',' });
    expect(r.info!.separator).to.equal(',');
    expect(r.info!.separatorDetected).to.be.false;
    expect(r.info!.header.columns.map((c) => c.name)).to.deep.equal(['ID', 'PATH;X']);
    expect(r.rows[0].values).to.deep.equal(['d1', 'A;B']);
  });

  it('rows with embedded line breaks keep the line numbers of the file', async () => {
    const r = await parseCsvFile(new Blob(['ID;NAME\r\nd1;"two\r\nlines"\r\nd2;x\r\n']));
    expect(r.rows.map((x) => [x.line, ...x.values])).to.deep.equal([
      [2, 'd1', 'two\nlines'],
      [4, 'd2', 'x'],
    ]);
  });

  it('reports progress and aborts', async () => {
    const progress: number[] = [];
    const done = await parseCsvFile(new Blob(['ID\n' + 'd\n'.repeat(10)]), { onProgress: (p) => progress.push(p.bytesRead) });
    expect(done.problem).to.equal(undefined);
    expect(progress.length).to.be.greaterThan(0);
    const controller = new AbortController();
    const pending = parseCsvFile(new Blob(['ID\nd1\n']), { signal: controller.signal });
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('keeps quoted fields, line breaks and multi-byte characters intact across stream chunks', async () => {
    const lines = ['ID;NAME;NOTE'];
    for (let i = 0; i < 4000; i++) lines.push(`dev-${i};"Grüße; ${i}";"zwei\r\nZeilen ""${i}"""`);
    const utf8 = await parseCsvFile(new Blob([lines.join('\r\n') + '\r\n']));
    expect(utf8.rows).to.have.length(4000);
    expect(utf8.invalidCount).to.equal(0);
    expect(utf8.rows.every((r, i) => r.values[1] === `Grüße; ${i}` && r.values[2] === `zwei\nZeilen "${i}"`)).to.be.true;
    expect(utf8.rows[3999].line).to.equal(2 + 3999 * 2);
    // the same in Windows-1252 (ü = 0xFC, ß = 0xDF)
    const text = lines.join('\n');
    const ansi = Uint8Array.from(text, (ch) => (ch === 'ü' ? 0xfc : ch === 'ß' ? 0xdf : ch.charCodeAt(0)));
    const r = await parseCsvFile(new Blob([ansi]));
    expect(r.info!.encoding).to.equal('windows-1252');
    expect(r.rows.every((x, i) => x.values[1] === `Grüße; ${i}`)).to.be.true;
  });

  it('parses and validates 100,000 rows in the worker', async function () {
    this.timeout(60000);
    const lines = ['ID;CREDENTIALS;TYPE;NAME;PATH'];
    for (let i = 0; i < 100000; i++) {
      // every 1000th row lacks credentials; every 2500th repeats an earlier ID
      const id = i % 2500 === 2499 ? `dev-${i - 1}` : `dev-${i}`;
      lines.push(`${id};${i % 1000 === 999 ? '' : 'pass-' + i};c8y_Test;Device ${i};Group ${i % 10}`);
    }
    const file = new File([lines.join('\n') + '\n'], 'big.csv');
    let rowsSeen = 0;
    const r = await parseCsvFile(file, { onProgress: (p) => (rowsSeen = p.rows) });
    expect(r.problem).to.equal(undefined);
    expect(r.rows).to.have.length(100000);
    expect(r.invalidCount).to.equal(100 + 40 - 20); // 20 rows are both
    expect(r.validCount).to.equal(100000 - r.invalidCount);
    expect(r.rows[99999].line).to.equal(100001);
    expect(rowsSeen).to.equal(100000);
  });
});

/** A file of one row per ID (ID;PATH), read by the worker. */
function parseIds(ids: string[]): Promise<CsvParseResult> {
  return parseCsvFile(new Blob(['ID;PATH\n' + ids.map((id) => `${id};p`).join('\n') + '\n']));
}

/** The rows reported as duplicates: `line <- first line`, checking that each names its own ID. */
function duplicatesOf(r: CsvParseResult): string[] {
  return r.rows.flatMap((row) => {
    const error = row.errors?.find((e) => e.code === 'duplicate-id');
    if (!error) return [];
    expect(error.id).to.equal(row.values[0]);
    return [`${row.line} <- ${error.firstLine}`];
  });
}

/** The duplicates there are, found with a plain Map of the rows' IDs. */
function expectedDuplicates(r: CsvParseResult): string[] {
  const firstLine = new Map<string, number>();
  const expected: string[] = [];
  for (const row of r.rows) {
    const first = firstLine.get(row.values[0]);
    if (first === undefined) firstLine.set(row.values[0], row.line);
    else expected.push(`${row.line} <- ${first}`);
  }
  return expected;
}


/** The 2^blocks IDs of `blocks` blocks "Aa" or "BB": all of one hash (31 × 'A' + 'a' = 31 × 'B' + 'B'). */
function sameHashIds(blocks: number): string[] {
  const ids = Array.from({ length: 2 ** blocks }, (_, i) => Array.from({ length: blocks }, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join(''));
  expect(new Set(ids.map((id) => idHash(id))).size).to.equal(1);
  return ids;
}

/** `n` IDs of distinct hashes that crowd the first slots of the page's table, written as "dev-" and seven characters. */
function slotCrowdingIds(n: number): string[] {
  return slotCrowdingHashes(n).map((hash) => {
    const id = idOfHash('dev-', hash);
    expect(idHash(id)).to.equal(hash);
    return id;
  });
}

/** `prefix` and seven characters from '@' to '^', of the given worker hash. */
function idOfHash(prefix: string, hash: number): string {
  // (each character c adds (c - '@') × 31^k to the hash of prefix + "@@@@@@@")
  let digits = (hash - idHash(prefix + '@@@@@@@') + 2 ** 30) % 2 ** 30;
  let suffix = '';
  for (let i = 0; i < 7; i++, digits = Math.floor(digits / 31)) suffix = String.fromCharCode(64 + (digits % 31)) + suffix;
  return prefix + suffix;
}
