import { RegistrationError } from '../adapters/registration-error.js';
import { trustedWorkerUrl } from '../internal/trusted-types.js';
import { DuplicateCheck } from './duplicate-check.js';
import type { CsvFileInfo, CsvParseResult, CsvRow, CsvSeparator, ParseJob, RowError, WorkerMessage } from './types.js';
import { configuredCsvWorkerUrl } from './worker-url.js';

type RowsMessage = Extract<WorkerMessage, { type: 'rows' }>;
/** Positions from here on lie in a batch's `extra` text (see the 'rows' message). */
const EXTRA = 2 ** 31;

/**
 * The main thread's side of reading a bulk file: starts the CSV worker (only when a file is
 * read, so papaparse is never loaded before), collects the rows it sends in batches into a
 * plain array, reports progress, and stops the worker when the caller aborts.
 */

export interface ParseProgress {
  bytesRead: number;
  totalBytes: number;
  /** Rows read so far. */
  rows: number;
}

export interface ParseOptions {
  /** Use this separator instead of detecting one. */
  separator?: CsvSeparator;
  signal?: AbortSignal;
  onProgress?: (progress: ParseProgress) => void;
  /**
   * Called once the header is known, before the rows arrive (again, with the encoding
   * corrected, when a file that looked like UTF-8 turns out not to be).
   */
  onInfo?: (info: CsvFileInfo) => void;
  /** Rows per message from the worker (default 16384; the worker also sends what it has after each 1 MB of the file). */
  batchSize?: number;
}

/**
 * The worker's script: where the host said it is (`setCsvWorkerUrl`), else the literal
 * `new URL('./csv-worker.js', import.meta.url)`, which bundlers (ours, a host's) recognise and
 * resolve. In the package the file lies next to the chunk holding this code
 * (`dist/chunks/csv-worker.js`), so a host whose bundler does not copy it (esbuild, plain rollup)
 * copies it next to its own chunks.
 */
function workerUrl(): URL {
  return configuredCsvWorkerUrl() ?? new URL('./csv-worker.js', import.meta.url);
}

/** Creates the worker. Its URL goes through the components' Trusted Types policy (`devreg-elements`), so pages enforcing Trusted Types accept it. */
function createWorker(url: URL): Worker {
  return new Worker(trustedWorkerUrl(url), { type: 'module' });
}

/**
 * Reads a CSV file in a Web Worker. Resolves with the rows and what was found; a file that
 * cannot be used resolves with `problem` set (it does not reject). Rejects with an AbortError
 * when `signal` aborts, with a `load-failed` RegistrationError when the worker's script cannot be
 * loaded (a dropped connection: nothing of the file was read, and trying again loads it), and with
 * an Error when the worker fails otherwise.
 */
export function parseCsvFile(file: Blob, options: ParseOptions = {}): Promise<CsvParseResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<CsvParseResult>((resolve, reject) => {
    const url = workerUrl();
    const worker = createWorker(url);
    const rows: BatchRow[] = [];
    let info: CsvFileInfo | undefined;
    const ids = new DuplicateCheck();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (event) => {
      stop();
      // An error thrown in the worker comes as an ErrorEvent with its message. A script that could
      // not be loaded comes as a bare Event: not fetched (offline, 404), and also not parsed or
      // served as JavaScript (a host that did not deploy the file). All are `load-failed`; the
      // console names the file for a host to check.
      if (event instanceof ErrorEvent && event.message) return reject(new Error(event.message));
      console.error(`devreg-elements: the CSV reader (${String(url)}) could not be loaded`);
      reject(new RegistrationError({ status: 0, code: 'load-failed', message: 'The CSV reader could not be loaded.' }));
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      switch (m.type) {
        case 'progress':
          options.onProgress?.({ bytesRead: m.bytesRead, totalBytes: m.totalBytes, rows: m.rows });
          break;
        case 'info':
          info = m.info;
          options.onInfo?.(m.info);
          break;
        case 'rows':
          unpackRows(m, rows);
          // (the table of IDs is made for the file's rows, estimated from its first batch)
          ids.check(m, rows, info!.header.index.ID!, (m.count * file.size) / Math.max(m.count, m.text.length + m.extra.length));
          break;
        case 'restart':
          rows.length = 0;
          ids.clear();
          break;
        case 'done':
          stop();
          resolve(
            m.problem
              ? { info, separator: m.separator, problem: m.problem, notices: [], rows: [], validCount: 0, invalidCount: 0 }
              : {
                  info,
                  separator: m.separator,
                  notices: m.notices,
                  rows,
                  validCount: m.validCount - ids.newlyInvalid,
                  invalidCount: m.invalidCount + ids.newlyInvalid,
                },
          );
          break;
      }
    });
    const job: ParseJob = { type: 'parse', file, separator: options.separator, batchSize: options.batchSize };
    worker.postMessage(job);
  });
}

/**
 * A row of a batch from the worker. Its values are cut from the batch's text when first read:
 * the preview reads the rows in view, the upload its chunk, so reading a file makes no string
 * per value.
 */
class BatchRow implements CsvRow {
  declare errors?: RowError[];
  #batch: RowsMessage;
  #at: number;
  #values?: string[];

  constructor(
    readonly line: number,
    batch: RowsMessage,
    at: number,
  ) {
    this.#batch = batch;
    this.#at = at;
  }

  get values(): string[] {
    if (!this.#values) {
      this.#values = [];
      for (let k = 0; k < this.#batch.width; k++) this.#values.push(this.value(k));
    }
    return this.#values;
  }

  /** Value k, cut from the batch's text (the duplicate check reads the ID alone). */
  value(k: number): string {
    const { text, extra, starts, ends } = this.#batch;
    const i = this.#at + k;
    return starts[i] < EXTRA ? text.slice(starts[i], ends[i]) : extra.slice(starts[i] - EXTRA, ends[i] - EXTRA);
  }
}

/** Appends the rows of a batch from the worker to `rows`. */
function unpackRows(batch: RowsMessage, rows: BatchRow[]): void {
  const first = rows.length;
  for (let r = 0; r < batch.count; r++) rows.push(new BatchRow(batch.lines[r], batch, r * batch.width));
  for (const [r, rowErrors] of batch.errors) rows[first + r].errors = rowErrors;
}

function abortError(): DOMException {
  return new DOMException('Reading the file was cancelled.', 'AbortError');
}
