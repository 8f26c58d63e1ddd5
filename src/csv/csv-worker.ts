/**
 * The Web Worker that reads a bulk file off the main thread: decodes the file in 1 MB slices
 * (TextDecoder; UTF-8, read again as Windows-1252 when it is not), normalizes line endings,
 * detects the separator, splits lines itself while the text has no double quote (papaparse from
 * the first one on), validates every row and posts progress and rows in compact batches.
 *
 * Started by `parse-client.ts` with
 * `new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' })`.
 */
import Papa from 'papaparse';
import { createDecoder, hasUtf16Bom, hasUtf8Bom, looksBinary } from './encoding.js';
import { NewlineNormalizer, detectSeparator, firstNonBlankLine } from './dialect.js';
import { analyzeHeader } from './headers.js';
import { createRowValidator, type RowValidator } from './validate-row.js';
import type { CsvEncoding, CsvHeader, CsvNotice, CsvProblem, CsvSeparator, ParseJob, RowError, WorkerMessage } from './types.js';

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

/** The file's bytes in slices of 1 MB (fewer, larger steps than the Blob's stream). */
async function* bytesOf(file: Blob, sliceSize = 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += sliceSize) yield new Uint8Array(await file.slice(at, at + sliceSize).arrayBuffer());
}

/** Feeds text to papaparse as if it came from a (Node-style) readable stream, so papaparse streams it. */
function papaStream(config: Papa.ParseLocalConfig<string[], File>) {
  const listeners = new Map<string, ((arg?: string) => void)[]>();
  const source = {
    readable: true,
    read() {},
    pause() {},
    resume() {},
    on(event: string, fn: (arg?: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
    removeListener(event: string, fn: (arg?: string) => void) {
      listeners.set(event, (listeners.get(event) ?? []).filter((f) => f !== fn));
    },
  };
  Papa.parse(source as unknown as File, config);
  return {
    push(text: string) {
      if (text !== '') for (const fn of listeners.get('data') ?? []) fn(text);
    },
    end() {
      for (const fn of listeners.get('end') ?? []) fn();
    },
  };
}

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

async function readPass({ file, separator: override, batchSize = 2000 }: ParseJob, assumed: 'utf-8' | 'windows-1252'): Promise<void> {
  const totalBytes = file.size;
  const notices: CsvNotice[] = [];
  let separator: CsvSeparator | undefined = override;
  const finish = (problem?: CsvProblem, validCount = 0, invalidCount = 0) =>
    post({ type: 'done', problem, separator, notices: problem ? [] : notices, validCount, invalidCount });
  if (totalBytes === 0) return finish({ code: 'empty' });

  let encoding: CsvEncoding = assumed;
  // (the Windows-1252 decoder never throws)
  const decoder = assumed === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : createDecoder('windows-1252');
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
  let values: string[] = [];
  let problem: CsvProblem | undefined;
  let pending = '';
  let parser: ReturnType<typeof papaStream> | undefined;
  let line = 1; // line where the next record starts
  let blankPending = 0;
  let blankLines = 0;
  let trailingCells = false; // data rows with empty cells beyond the header
  let validCount = 0;
  let invalidCount = 0;
  const seenIds = new Map<string, number>();
  let bytesRead = 0;

  // the batch being filled (see the 'rows' message)
  let count = 0;
  const lines = new Uint32Array(batchSize);
  let starts = new Uint32Array(0);
  let ends = new Uint32Array(0);
  let batchText = '';
  let offset = 0;
  let errors: [number, RowError[]][] = [];

  // lines of the fast way go to the batch as one span of the text they were split from
  let spanText = '';
  let spanStart = -1; // -1: no span open
  let spanEnd = 0;
  let spanBase = 0; // where the span starts in the batch's text
  const commitSpan = () => {
    if (spanStart < 0) return;
    batchText += spanText.slice(spanStart, spanEnd);
    offset = spanBase + spanEnd - spanStart;
    spanStart = -1;
    spanText = '';
  };

  const flushBatch = () => {
    commitSpan();
    if (!count) return;
    const l = lines.slice(0, count);
    const s = starts.slice(0, count * width);
    const e = ends.slice(0, count * width);
    post({ type: 'rows', count, width, lines: l, text: batchText, starts: s, ends: e, errors }, [l.buffer, s.buffer, e.buffer]);
    count = 0;
    batchText = '';
    offset = 0;
    errors = [];
  };

  /** Validates and counts the row in `values`; returns where its values go in the batch. */
  const addRow = (start: number, cellCount: number, cellsBeyond: boolean, quoteError: string | undefined): number => {
    if (!trailingCells && cellsBeyond && cellCount === 0) trailingCells = true;
    let rowErrors = validate!(values, start, seenIds, cellCount);
    if (quoteError === 'InvalidQuotes') (rowErrors ??= []).push({ code: 'bad-quotes' });
    if (rowErrors) {
      invalidCount++;
      errors.push([count, rowErrors]);
    } else {
      validCount++;
    }
    lines[count] = start;
    return count * width;
  };

  const onRecord = (cells: string[], start: number, quoteError: string | undefined): void => {
    if (quoteError === 'MissingQuotes') {
      problem = { code: 'unclosed-quote', line: start };
      return;
    }
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i].trim() !== '') {
        blank = false;
        break;
      }
    }
    if (blank) {
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
      values = new Array<string>(width);
      cellStart = new Int32Array(header.width);
      cellEnd = new Int32Array(header.width);
      starts = new Uint32Array(batchSize * width);
      ends = new Uint32Array(batchSize * width);
      post({ type: 'info', info: { encoding, separator: separator!, separatorDetected: override === undefined, header } });
      return;
    }
    for (let k = 0; k < width; k++) {
      const cell = cells[sources[k]];
      values[k] = (cell ?? '').trim();
    }
    let cellCount = 0;
    for (let i = cells.length - 1; i >= header.width; i--) {
      if (cells[i].trim() !== '') {
        cellCount = i + 1;
        break;
      }
    }
    const base = addRow(start, cellCount, cells.length > header.width, quoteError);
    commitSpan();
    for (let k = 0; k < width; k++) {
      const value = values[k];
      starts[base + k] = offset;
      if (value !== '') {
        batchText += value;
        offset += value.length;
      }
      ends[base + k] = offset;
    }
    if (++count >= batchSize) flushBatch();
  };

  // The fast way for text without double quotes (most files): a record is a line, its cells
  // lie between separators, as papaparse would split them; the batch takes the whole line and
  // the positions of the (trimmed) values in it. Blank lines go the general way.
  let cellStart = new Int32Array(0);
  let cellEnd = new Int32Array(0);
  let nextSep = -1; // the next separator in the text being split, at or after the last cell's start (-1: none)
  let rest = ''; // the line the last text ended in

  const fastRow = (t: string, ls: number, le: number, start: number): boolean => {
    if (!header) return false;
    let n = 0;
    for (let cs = ls; ; cs = cellEnd[n++] + 1) {
      if (n === header.width) return false; // cells beyond the header's go the general way
      if (nextSep >= 0 && nextSep < cs) nextSep = t.indexOf(separator!, cs);
      cellStart[n] = cs;
      cellEnd[n] = nextSep < 0 || nextSep > le ? le : nextSep;
      if (cellEnd[n] === le) break;
    }
    n++;
    let blank = true;
    for (let k = 0; k < width; k++) {
      const sk = sources[k];
      let value = '';
      if (sk < n) {
        const raw = t.slice(cellStart[sk], cellEnd[sk]);
        value = raw.trim();
        if (value.length !== raw.length) cellEnd[sk] = (cellStart[sk] += raw.indexOf(value)) + value.length;
      }
      values[k] = value;
      if (value !== '') blank = false;
    }
    if (blank) return false;
    blankLines += blankPending;
    blankPending = 0;
    const base = addRow(start, 0, false, undefined);
    if (spanStart < 0) {
      spanText = t;
      spanStart = ls;
      spanBase = offset;
    }
    spanEnd = le;
    for (let k = 0, d = spanBase - spanStart; k < width; k++) {
      const sk = sources[k];
      starts[base + k] = sk < n ? d + cellStart[sk] : 0;
      ends[base + k] = sk < n ? d + cellEnd[sk] : 0;
    }
    if (++count >= batchSize) flushBatch();
    return true;
  };

  const fastLine = (t: string, ls: number, le: number) => {
    const start = line++;
    if (!fastRow(t, ls, le, start)) onRecord(t.slice(ls, le).split(separator!), start, undefined);
  };

  const fastSplit = (text: string) => {
    const t = rest + text;
    nextSep = t.indexOf(separator!);
    let ls = 0;
    for (let nl = t.indexOf('\n'); nl >= 0 && !problem; nl = t.indexOf('\n', ls)) {
      fastLine(t, ls, nl);
      ls = nl + 1;
    }
    commitSpan();
    rest = t.slice(ls);
  };

  const startParser = (sep: CsvSeparator) =>
    papaStream({
      delimiter: sep,
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      complete: () => undefined, // the caller knows when the input ends
      chunk: (results, handle) => {
        let quoteErrors: Map<number, string> | undefined;
        for (const e of results.errors) {
          if (e.type === 'Quotes' && e.row !== undefined && quoteErrors?.get(e.row) !== 'MissingQuotes') (quoteErrors ??= new Map()).set(e.row, e.code);
        }
        const rows = results.data;
        for (let r = 0; r < rows.length && !problem; r++) {
          const cells = rows[r];
          const start = line;
          line += 1;
          for (let i = 0; i < cells.length; i++) if (cells[i].includes('\n')) line += cells[i].split('\n').length - 1;
          onRecord(cells, start, quoteErrors?.get(r));
        }
        if (problem) handle.abort();
      },
    });

  let started = false;
  const feed = (text: string, complete: boolean) => {
    if (!started) {
      pending += text;
      const headerLine = firstNonBlankLine(pending, complete);
      if (headerLine === undefined) return;
      separator ??= detectSeparator(headerLine);
      started = true;
      text = pending;
      pending = '';
    }
    if (!parser && text.includes('"')) {
      // from the first double quote on, papaparse reads the rest (from the start of its line)
      parser = startParser(separator!);
      text = rest + text;
      rest = '';
    }
    if (parser) parser.push(text);
    else if (text !== '') fastSplit(text);
  };

  /** The input ended: the last line, when it has no line break. */
  const endInput = () => {
    if (parser) parser.end();
    else if (rest !== '') {
      const t = rest;
      rest = '';
      nextSep = t.indexOf(separator!);
      fastLine(t, 0, t.length);
      commitSpan();
    }
  };

  let first = true;
  for await (const bytes of bytesOf(file)) {
    if (first && bytes.length) {
      if (hasUtf16Bom(bytes)) return finish({ code: 'utf-16' });
      if (looksBinary(bytes)) return finish({ code: 'binary' });
      if (assumed === 'utf-8' && hasUtf8Bom(bytes)) encoding = 'utf-8-bom';
      first = false;
    }
    bytesRead += bytes.length;
    feed(newlines.push(decode(bytes)), false);
    if (problem) return finish(problem);
    flushBatch();
    post({ type: 'progress', bytesRead, totalBytes, rows: validCount + invalidCount });
  }
  feed(newlines.push(decode()) + newlines.flush(), true);
  endInput();
  if (problem) return finish(problem);
  flushBatch();

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
