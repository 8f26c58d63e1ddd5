/**
 * The Web Worker that reads a bulk file off the main thread (`parse-client.ts` starts it): reads
 * the file in 1 MB slices (the next one while the current one is split), decodes them
 * (TextDecoder; UTF-8, read again as Windows-1252 when it is not), detects the separator, splits
 * lines itself while the text has no double quote (papaparse from the first one on) and checks
 * every row where it lies in the text, making no string of its values (whether an ID is unique is
 * checked where the rows arrive, while this reads on, with a hash of each ID made here). Rows go to
 * the main thread in batches: a piece of the decoded text and the positions of the values in it.
 */
import Papa from 'papaparse';
import { hasUtf16Bom, hasUtf8Bom, looksBinary } from './encoding.js';
import { idHash } from './id-hash.js';
import { NewlineNormalizer, detectSeparator, firstNonBlankLine } from './dialect.js';
import { analyzeHeader, rowValues } from './headers.js';
import { createRowValidator, type RowValidator } from './validate-row.js';
import type { CsvEncoding, CsvHeader, CsvNotice, CsvProblem, CsvSeparator, ParseJob, RowError, WorkerMessage } from './types.js';

const SLICE = 1024 * 1024;
/** Added to the position of a value that lies in a batch's `extra` text (see the 'rows' message). */
const EXTRA = 2 ** 31;
/**
 * Beyond any position in a text (strings are shorter): the fast line splitter's "no separator
 * ahead". A constant rather than the text's length, whose first reading, at the end of the first
 * piece of text, would undo the engine's optimization of the splitter.
 */
const NONE = 2 ** 30 - 1;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.addEventListener('message', (event: MessageEvent<ParseJob>) => {
  if (event.data?.type !== 'parse') return;
  readFile(event.data).catch((error: unknown) => {
    post({
      type: 'done',
      problem: { code: 'read-failed', message: error instanceof Error ? error.message : String(error) },
      notices: [],
      validCount: 0,
      invalidCount: 0,
    });
  });
});

/** Whether a character code is white space as `String.prototype.trim` sees it. */
const isSpace = (c: number) => (c < 33 ? c === 32 || (c > 8 && c < 14) : c > 159 && /\s/.test(String.fromCharCode(c)));

/** Thrown by a read that assumed UTF-8 when the bytes are not. */
class NotUtf8 extends Error {}

async function readFile(job: ParseJob): Promise<void> {
  // One pass that assumes UTF-8 (a fatal decoder throws on the first byte that is not); a file
  // that is not UTF-8 throughout is read again, as Windows-1252, from the start.
  try {
    await readPass(job, 'utf-8');
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    post({ type: 'restart' });
    await readPass(job, 'windows-1252');
  }
}

async function readPass({ file, separator: override, batchSize = 16384 }: ParseJob, assumed: 'utf-8' | 'windows-1252'): Promise<void> {
  const totalBytes = file.size;
  const notices: CsvNotice[] = [];
  let separator: CsvSeparator | undefined = override;
  const finish = (problem?: CsvProblem, validCount = 0, invalidCount = 0) =>
    post({ type: 'done', problem, separator, notices: problem ? [] : notices, validCount, invalidCount });
  if (totalBytes === 0) return finish({ code: 'empty' });

  let encoding: CsvEncoding = assumed;
  // fatal: throws on the first byte that is not UTF-8 (Windows-1252 has a character for every byte)
  const decoder = new TextDecoder(assumed, { fatal: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return decoder.decode(bytes, { stream: !!bytes });
    } catch {
      throw new NotUtf8();
    }
  };
  const newlines = new NewlineNormalizer();
  let header: CsvHeader | undefined;
  let validate: RowValidator | undefined;
  let sources: number[] = [];
  let width = 0;
  let idK = 0; // the ID's value
  let problem: CsvProblem | undefined;
  let parser: Papa.Parser | undefined; // papaparse's, from the first double quote on
  let line = 1; // line where the next record starts
  let blankPending = 0;
  let blankLines = 0;
  let trailingCells = false; // data rows with empty cells beyond the header
  let validCount = 0;
  let invalidCount = 0;

  // the row being read: its value k lies at [vs[k], ve[k]) of a text; cells at [cs[i], ce[i]) of the line
  let vs = new Int32Array(0);
  let ve = vs;
  let cs = vs;
  let ce = vs;

  // The batch being filled (see the 'rows' message). Rows split from `src` keep their values
  // where they are: the batch sends `src` from `base` (its first such row) to `end` (its last
  // one's end). The values of other rows (quoted, or odd) are appended to `extra`.
  let count = 0;
  const lines = new Uint32Array(batchSize);
  const hashes = new Int32Array(batchSize);
  let starts = lines;
  let ends = lines;
  let src = '';
  let base = -1; // -1: no row of `src` in the batch
  let end = 0;
  let extra = '';
  let errors: [number, RowError[]][] = [];

  const flush = () => {
    if (!count) return;
    const text = base < 0 ? '' : src.slice(base, end);
    // copies of the batch's part of the arrays, handed over (not copied again) to the main thread
    const l = lines.slice(0, count);
    const h = hashes.slice(0, count);
    const s = starts.slice(0, count * width);
    const e = ends.slice(0, count * width);
    post({ type: 'rows', count, width, lines: l, hashes: h, text, extra, starts: s, ends: e, errors }, [l.buffer, h.buffer, s.buffer, e.buffer]);
    count = 0;
    base = -1;
    extra = '';
    errors = [];
  };

  /** Checks the row in `vs`/`ve` of `text` and counts it; the caller then places its values at the returned index. */
  const addRow = (text: string, start: number, cellCount = 0, badQuotes = false): number => {
    let rowErrors = validate!(text, vs, ve, cellCount);
    if (badQuotes) (rowErrors ??= []).push({ code: 'bad-quotes' });
    hashes[count] = idHash(text, vs[idK], ve[idK]); // (the page compares two IDs only when their hashes are equal)
    if (rowErrors) {
      invalidCount++;
      errors.push([count, rowErrors]);
    } else {
      validCount++;
    }
    lines[count] = start;
    return count * width;
  };

  /** A record as cells (papaparse's, or a line split the general way). */
  const onCells = (cells: string[], start: number, quoteError?: string): void => {
    if (quoteError === 'MissingQuotes') {
      problem = { code: 'unclosed-quote', line: start };
      return;
    }
    if (cells.every((c) => c.trim() === '')) {
      blankPending++;
      return;
    }
    blankLines += blankPending;
    blankPending = 0;
    if (!header) {
      const analysis = analyzeHeader(cells, separator!);
      if (analysis.problem) {
        problem = analysis.problem;
        return;
      }
      header = analysis.header;
      validate = createRowValidator(header);
      sources = header.columns.map((c) => c.sourceIndex);
      width = sources.length;
      idK = header.index.ID!;
      vs = new Int32Array(width + 1); // (+ 1: the empty value of absent columns, see RowValidator)
      ve = new Int32Array(width + 1);
      cs = new Int32Array(header.width);
      ce = new Int32Array(header.width);
      starts = new Uint32Array(batchSize * width);
      ends = new Uint32Array(batchSize * width);
      post({ type: 'info', info: { encoding, separator: separator!, separatorDetected: override === undefined, header } });
      return;
    }
    const { values, cellCount } = rowValues(header, cells);
    if (cellCount === 0 && cells.length > header.width) trailingCells = true;
    for (let k = 0, at = 0; k < width; k++) {
      vs[k] = at;
      ve[k] = at += values[k].length;
    }
    const text = values.join('');
    const o = addRow(text, start, cellCount, quoteError === 'InvalidQuotes');
    for (let k = 0; k < width; k++) {
      starts[o + k] = EXTRA + extra.length + vs[k];
      ends[o + k] = EXTRA + extra.length + ve[k];
    }
    extra += text;
    if (++count >= batchSize) flush();
  };

  // The way for text without double quotes (most files): a record is a line, its cells lie
  // between separators, as papaparse would split them. Lines with more cells than the header,
  // blank ones and the header go the general way.
  let nextSep = -1; // the next separator in `src` at or after the current cell (NONE: none)
  let rest = ''; // the line the last text ended in

  const fastLine = (t: string, ls: number, le: number): void => {
    const start = line++;
    if (t.charCodeAt(le - 1) === 13) le--; // CRLF (see NewlineNormalizer.push)
    let n = 0; // the last cell; -1: more cells than the header (the general way)
    for (let c = ls; header; c = ce[n++] + 1) {
      if (nextSep < c && (nextSep = t.indexOf(separator!, c)) < 0) nextSep = NONE;
      cs[n] = c;
      ce[n] = nextSep < le ? nextSep : le;
      if (ce[n] === le) break;
      if (n + 1 === header.width) {
        n = -1;
        break;
      }
    }
    let blank = true;
    for (let k = 0; k < width && n >= 0; k++) {
      let s = ls; // an absent cell: an empty value at the line's start
      let e = ls;
      if (sources[k] <= n) {
        s = cs[sources[k]];
        e = ce[sources[k]];
        while (s < e && isSpace(t.charCodeAt(s))) s++;
        while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
      }
      vs[k] = s;
      ve[k] = e;
      if (e > s) blank = false;
    }
    if (!header || n < 0 || blank) return onCells(t.slice(ls, le).split(separator!), start);
    blankLines += blankPending;
    blankPending = 0;
    const o = addRow(t, start);
    if (base < 0) base = ls;
    end = le;
    for (let k = 0; k < width; k++) {
      starts[o + k] = vs[k] - base;
      ends[o + k] = ve[k] - base;
    }
    if (++count >= batchSize) flush();
  };

  /** The complete lines of the text from `ls` on; returns where the unfinished last one starts. */
  const fastLines = (text: string, ls: number): number => {
    // (a function of its own: the engine optimizes this loop without what follows it, which
    // would otherwise undo the optimization each time the loop ends)
    for (let nl = text.indexOf('\n', ls); nl >= 0 && !problem; nl = text.indexOf('\n', ls)) {
      fastLine(text, ls, nl);
      ls = nl + 1;
    }
    return ls;
  };

  const fastSplit = (text: string, last: boolean) => {
    let ls = 0;
    if (rest) {
      // the line the last text ended in goes the general way (joining it to this text would copy both)
      const nl = text.indexOf('\n');
      if (nl < 0 && !last) return void (rest += text);
      ls = nl < 0 ? text.length : nl + 1;
      const head = rest + text.slice(0, nl < 0 ? ls : nl);
      rest = '';
      onCells(head.split(separator!), line++);
    }
    if (src !== text && base >= 0) flush();
    src = text;
    nextSep = -1;
    ls = fastLines(text, ls);
    rest = text.slice(ls);
    if (last && rest) fastLine(text, ls, text.length);
  };

  /**
   * papaparse reads the text (after what is left of the last one) as its own streaming does:
   * the complete records now, the last one with the next text; `last`: the input ended.
   */
  const parseQuoted = (text: string, last = false) => {
    const input = rest + text;
    const { data, errors, meta } = parser!.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    rest = input.slice(meta.cursor);
    let quoteErrors: Map<number, string> | undefined;
    for (const e of errors) {
      if (e.type === 'Quotes' && e.row !== undefined && quoteErrors?.get(e.row) !== 'MissingQuotes') (quoteErrors ??= new Map()).set(e.row, e.code);
    }
    for (let r = 0; r < data.length && !problem; r++) {
      const cells = data[r];
      const start = line;
      line += 1;
      for (const cell of cells) if (cell.includes('\n')) line += cell.split('\n').length - 1;
      onCells(cells, start, quoteErrors?.get(r));
    }
  };

  let pending: string | undefined = ''; // text before the header line is complete (undefined: it was)
  /** The next piece of text; `last`: the input ends with it. */
  const feed = (text: string, last: boolean) => {
    if (pending !== undefined) {
      pending += text;
      const headerLine = firstNonBlankLine(pending, last);
      if (headerLine === undefined) return;
      separator ??= detectSeparator(headerLine);
      text = pending;
      pending = undefined;
    }
    if (!parser && text.includes('"')) {
      // from the first double quote on, papaparse reads the rest (from the start of its line)
      parser = new Papa.Parser({ delimiter: separator, newline: '\n', quoteChar: '"' });
      text = (rest + text).replace(/\r\n/g, '\n');
      rest = '';
    }
    if (parser) {
      parseQuoted(text);
      if (last) parseQuoted('', true);
    } else if (text || last) fastSplit(text, last);
  };

  const read = (at: number) => file.slice(at, at + SLICE).arrayBuffer();
  let next = read(0);
  for (let at = 0; at < totalBytes; at += SLICE) {
    const bytes = new Uint8Array(await next);
    // the next slice is read while this one is split
    if (at + SLICE < totalBytes) (next = read(at + SLICE)).catch(() => undefined);
    if (at === 0) {
      if (hasUtf16Bom(bytes)) return finish({ code: 'utf-16' });
      if (looksBinary(bytes)) return finish({ code: 'binary' });
      if (assumed === 'utf-8' && hasUtf8Bom(bytes)) encoding = 'utf-8-bom';
    }
    feed(newlines.push(decode(bytes), !parser), false);
    if (problem) return finish(problem);
    flush();
    post({ type: 'progress', bytesRead: at + bytes.length, totalBytes, rows: validCount + invalidCount });
  }
  feed(newlines.push(decode(), !parser) + newlines.flush(), true);
  if (problem) return finish(problem);
  flush();

  if (!header) return finish({ code: 'empty' });
  if (validCount + invalidCount === 0) return finish({ code: 'header-only' });
  // the line break at the very end of the file leaves one empty record: not a blank line
  blankLines += Math.max(0, blankPending - 1);
  if (blankLines) notices.push({ code: 'blank-lines', count: blankLines });
  if (header.trailingSeparators || trailingCells) notices.push({ code: 'trailing-separators' });
  if (header.unnamedColumns.length) notices.push({ code: 'unnamed-columns', positions: header.unnamedColumns });
  if (newlines.mixed) notices.push({ code: 'mixed-line-endings', crlf: newlines.crlf, lf: newlines.lf });
  post({ type: 'progress', bytesRead: totalBytes, totalBytes, rows: validCount + invalidCount });
  finish(undefined, validCount, invalidCount);
}
