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

/** The MIME types a browser runs a module script with (the HTML standard's JavaScript MIME type essences). */
const JAVASCRIPT_TYPE = /^(?:(?:application|text)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;

/**
 * Why the worker's script could not be loaded. The browser does not tell (a bare `error` event
 * for a dropped connection, a 404 and an HTML page alike), so the script is fetched once more:
 * no answer is a network failure (`load-failed`, retryable: trying again loads it); a 4xx answer
 * (not 408 or 429), or one that is not JavaScript (a site's "page not found" or its app page in
 * place of a file it does not have), means the site does not serve the file: `load-failed`, not
 * retryable, and the console tells the host's developer what to do. An answer that looks right
 * (the connection came back meanwhile, or a 5xx) stays retryable.
 */
async function loadFailure(url: URL, signal: AbortSignal | undefined): Promise<Error> {
  let answer: Response | undefined;
  try {
    answer = await fetch(url, { signal, cache: 'no-store', credentials: 'same-origin' });
    void answer.body?.cancel().catch(() => undefined); // only its status and type are needed
  } catch {
    if (signal?.aborted) return abortError();
  }
  const type = answer?.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
  const missing = answer
    ? answer.status >= 400 && answer.status < 500 && answer.status !== 408 && answer.status !== 429
      ? `it answers HTTP ${answer.status}`
      : answer.ok && !JAVASCRIPT_TYPE.test(type)
        ? `it answers ${type ? `"${type}"` : 'without a content type'}, not JavaScript`
        : undefined
    : undefined;
  if (missing) {
    console.error(
      `devreg-elements: the CSV reader's worker script is not served at ${String(url)}: ${missing}. ` +
        "Deploy the package's csv-worker.js (devreg-elements/csv-worker.js) next to the chunks of the bundle, " +
        "or call setCsvWorkerUrl('<where it is served>') from devreg-elements (README: \"The CSV reader's worker\").",
    );
    return new RegistrationError({
      status: answer!.status,
      code: 'load-failed',
      retryable: false,
      message: 'The CSV reader is missing from this site.',
    });
  }
  console.error(`devreg-elements: the CSV reader (${String(url)}) could not be loaded`);
  return new RegistrationError({ status: 0, code: 'load-failed', message: 'The CSV reader could not be loaded.' });
}

/**
 * Reads a CSV file in a Web Worker. Resolves with the rows and what was found; a file that
 * cannot be used resolves with `problem` set (it does not reject). Rejects with an AbortError
 * when `signal` aborts; with a `load-failed` RegistrationError when the worker's script cannot be
 * loaded: retryable after a dropped connection (nothing of the file was read, and trying again
 * loads it), not retryable when the site does not serve the script (a 404, or an HTML page in its
 * place: a host that did not deploy it); and with an Error when the worker fails otherwise.
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
      // An error thrown in the worker comes as an ErrorEvent with its message. A script that could
      // not be loaded comes as a bare Event, whether it was not fetched (offline) or not served
      // (404, an HTML page): `loadFailure` tells them apart.
      if (event instanceof ErrorEvent && event.message) {
        stop();
        return reject(new Error(event.message));
      }
      worker.terminate(); // (an abort meanwhile still rejects at once)
      void loadFailure(url, signal).then((error) => {
        stop();
        reject(error);
      });
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
