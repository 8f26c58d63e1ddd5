import { trustedWorkerUrl } from '../internal/trusted-types.js';
import type { CsvFileInfo, CsvParseResult, CsvRow, CsvSeparator, ParseJob, WorkerMessage } from './types.js';

type RowsMessage = Extract<WorkerMessage, { type: 'rows' }>;

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
  /** Rows per message from the worker (default 2000). */
  batchSize?: number;
}

/**
 * Creates the worker. A function of its own so bundlers see the literal
 * `new URL('./csv-worker.js', import.meta.url)`. The URL goes through the components' Trusted
 * Types policy (`devreg-elements`), so pages enforcing Trusted Types accept it.
 */
function createWorker(): Worker {
  return new Worker(trustedWorkerUrl(new URL('./csv-worker.js', import.meta.url)), { type: 'module' });
}

/**
 * Reads a CSV file in a Web Worker. Resolves with the rows and what was found; a file that
 * cannot be used resolves with `problem` set (it does not reject). Rejects with an AbortError
 * when `signal` aborts, and with an Error when the worker itself fails to start.
 */
export function parseCsvFile(file: Blob, options: ParseOptions = {}): Promise<CsvParseResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<CsvParseResult>((resolve, reject) => {
    const worker = createWorker();
    const rows: CsvRow[] = [];
    let info: CsvFileInfo | undefined;
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
      reject(new Error(event.message || 'The CSV reader could not be started.'));
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
          break;
        case 'restart':
          rows.length = 0;
          break;
        case 'done':
          stop();
          resolve(
            m.problem
              ? { info, separator: m.separator, problem: m.problem, notices: [], rows: [], validCount: 0, invalidCount: 0 }
              : { info, separator: m.separator, notices: m.notices, rows, validCount: m.validCount, invalidCount: m.invalidCount },
          );
          break;
      }
    });
    const job: ParseJob = { type: 'parse', file, separator: options.separator, batchSize: options.batchSize };
    worker.postMessage(job);
  });
}

/** Turns a compact batch from the worker into row objects, appended to `rows`. */
function unpackRows({ count, width, lines, text, starts, ends, errors }: RowsMessage, rows: CsvRow[]): void {
  const first = rows.length;
  for (let r = 0, e = 0; r < count; r++) {
    const values = new Array<string>(width);
    for (let k = 0; k < width; k++, e++) {
      const start = starts[e];
      const end = ends[e];
      values[k] = start === end ? '' : text.slice(start, end);
    }
    rows.push({ line: lines[r], values });
  }
  for (const [r, rowErrors] of errors) rows[first + r].errors = rowErrors;
}

function abortError(): DOMException {
  return new DOMException('Reading the file was cancelled.', 'AbortError');
}
