/**
 * The Web Worker that reads a bulk file off the main thread: detects the encoding, decodes the
 * file as it streams (TextDecoder), normalizes line endings, detects the separator, runs
 * papaparse in chunk mode, validates every row and posts progress and rows in batches.
 *
 * Started by `parse-client.ts` with
 * `new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' })`.
 */
import Papa from 'papaparse';
import { Utf8Sniffer, createDecoder, hasUtf16Bom, looksBinary } from './encoding.js';
import { NewlineNormalizer, detectSeparator, firstNonBlankLine } from './dialect.js';
import { analyzeHeader, rowValues } from './headers.js';
import { validateRow } from './validate-row.js';
import type { CsvHeader, CsvNotice, CsvProblem, CsvRow, CsvSeparator, ParseJob, WorkerMessage } from './types.js';

const post = (message: WorkerMessage) => self.postMessage(message);

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

async function* bytesOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
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

async function readFile({ file, separator: override, batchSize = 2000 }: ParseJob): Promise<void> {
  const totalBytes = file.size;
  const notices: CsvNotice[] = [];
  let separator: CsvSeparator | undefined = override;
  const finish = (problem?: CsvProblem, validCount = 0, invalidCount = 0) =>
    post({ type: 'done', problem, separator, notices: problem ? [] : notices, validCount, invalidCount });
  if (totalBytes === 0) return finish({ code: 'empty' });

  // Pass 1: binary data? UTF-8 throughout? (cheap: native decoding, no strings kept)
  const sniffer = new Utf8Sniffer();
  let first = true;
  let sniffed = 0;
  for await (const bytes of bytesOf(file)) {
    if (first && hasUtf16Bom(bytes)) return finish({ code: 'utf-16' });
    if (first && looksBinary(bytes)) return finish({ code: 'binary' });
    first = false;
    sniffed += bytes.length;
    post({ type: 'progress', bytesRead: Math.round(sniffed / 10), totalBytes, rows: 0 });
    if (!sniffer.push(bytes)) break;
  }
  const encoding = sniffer.finish();

  // Pass 2: decode, split into lines, parse and validate.
  const decoder = createDecoder(encoding);
  const newlines = new NewlineNormalizer();
  let header: CsvHeader | undefined;
  let problem: CsvProblem | undefined;
  let pending = '';
  let parser: ReturnType<typeof papaStream> | undefined;
  let line = 1; // line where the next record starts
  let blankPending = 0;
  let blankLines = 0;
  let trailingCells = false; // data rows with empty cells beyond the header
  let validCount = 0;
  let invalidCount = 0;
  let batch: CsvRow[] = [];
  const seenIds = new Map<string, number>();
  let bytesRead = 0;

  const flushBatch = () => {
    if (batch.length) post({ type: 'rows', rows: batch });
    batch = [];
  };

  const onRecord = (cells: string[], start: number, quoteError: string | undefined): void => {
    if (quoteError === 'MissingQuotes') {
      problem = { code: 'unclosed-quote', line: start };
      return;
    }
    let blank = true;
    for (const c of cells) {
      if (c.trim() !== '') {
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
      post({ type: 'info', info: { encoding, separator: separator!, separatorDetected: override === undefined, header } });
      return;
    }
    const { values, cellCount } = rowValues(header, cells);
    if (!trailingCells && cells.length > header.width && cellCount === 0) trailingCells = true;
    const errors = validateRow(header, values, start, seenIds, cellCount);
    if (quoteError === 'InvalidQuotes') errors.push({ code: 'bad-quotes' });
    const row: CsvRow = errors.length ? { line: start, values, errors } : { line: start, values };
    if (errors.length) invalidCount++;
    else validCount++;
    batch.push(row);
    if (batch.length >= batchSize) flushBatch();
  };

  const startParser = (sep: CsvSeparator) =>
    papaStream({
      delimiter: sep,
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      complete: () => undefined, // the caller knows when the input ends
      chunk: (results, handle) => {
        const quoteErrors = new Map<number, string>();
        for (const e of results.errors) {
          if (e.type === 'Quotes' && e.row !== undefined && quoteErrors.get(e.row) !== 'MissingQuotes') quoteErrors.set(e.row, e.code);
        }
        const rows = results.data;
        for (let r = 0; r < rows.length && !problem; r++) {
          const cells = rows[r];
          const start = line;
          line += 1;
          for (const c of cells) if (c.includes('\n')) line += c.split('\n').length - 1;
          onRecord(cells, start, quoteErrors.get(r));
        }
        if (problem) handle.abort();
      },
    });

  const feed = (text: string, complete: boolean) => {
    if (!parser) {
      pending += text;
      const headerLine = firstNonBlankLine(pending, complete);
      if (headerLine === undefined) return;
      separator ??= detectSeparator(headerLine);
      parser = startParser(separator);
      text = pending;
      pending = '';
    }
    parser.push(text);
  };

  for await (const bytes of bytesOf(file)) {
    bytesRead += bytes.length;
    feed(newlines.push(decoder.decode(bytes, { stream: true })), false);
    if (problem) return finish(problem);
    flushBatch();
    post({ type: 'progress', bytesRead: Math.round(totalBytes / 10 + (bytesRead * 9) / 10), totalBytes, rows: validCount + invalidCount });
  }
  feed(newlines.push(decoder.decode()) + newlines.flush(), true);
  parser?.end();
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
