import type { BulkResult, RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { RegistrationError, isAbort } from '../../adapters/registration-error.js';
import { chunkRanges, serializeChunk } from '../../csv/serialize.js';
import { mergeBulkResults, type MergedBulkResult, type SentChunk } from '../../csv/merge-results.js';
import { valueOf } from '../../csv/headers.js';
import type { CsvHeader, CsvRow } from '../../csv/types.js';

/** Where an upload stands, for the progress display. */
export interface UploadProgress {
  /** Rows answered by the server, plus the part of the current chunk already transmitted. */
  rowsDone: number;
  rowsTotal: number;
  /** 0-based chunk being sent. */
  chunk: number;
  chunks: number;
  /** Estimated milliseconds left; undefined until a chunk was answered. */
  msLeft?: number;
  /** Set while waiting before another attempt at the current chunk. */
  retry?: { attempt: number; attempts: number; delayMs: number; error: RegistrationError };
}

export interface ChunkedUploadOptions {
  /** Rows per chunk (default 500). */
  chunkSize?: number;
  /** Further attempts at a chunk after a retryable failure (default 3). */
  retries?: number;
  /** First backoff in ms, doubled after each failed attempt (default 1000); `Retry-After` wins. */
  retryDelay?: number;
}

/** How a run of the upload ended. */
export type UploadOutcome =
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'failed'; error: RegistrationError }
  | { status: 'aborted' };

const MAX_DELAY = 30_000;

/**
 * Sends valid rows to `adapter.bulkRegister` as Cumulocity-format CSV files of `chunkSize`
 * rows, one chunk at a time. A retryable failure is retried with backoff; when the attempts
 * are used up the run ends `failed` and `run()` again resumes at that chunk: chunks already
 * answered are never sent again. `cancel()` ends the run after the current chunk.
 */
export class ChunkedUpload {
  readonly chunks: [number, number][];
  readonly #sent: SentChunk[] = [];
  #next = 0;
  #cancelRequested = false;
  #wakeUp?: () => void;
  #activeMs = 0;
  readonly #chunkSize: number;
  readonly #retries: number;
  readonly #retryDelay: number;

  constructor(
    readonly adapter: RegistrationAdapter,
    readonly header: CsvHeader,
    readonly rows: readonly CsvRow[],
    options: ChunkedUploadOptions = {},
  ) {
    this.#chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 500));
    this.#retries = Math.max(0, options.retries ?? 3);
    this.#retryDelay = Math.max(0, options.retryDelay ?? 1000);
    this.chunks = chunkRanges(rows.length, this.#chunkSize);
  }

  /** 0-based index of the next chunk to send. */
  get nextChunk(): number {
    return this.#next;
  }

  get complete(): boolean {
    return this.#next >= this.chunks.length;
  }

  /** Rows in the chunks the server answered. */
  get rowsSent(): number {
    return this.#next >= this.chunks.length ? this.rows.length : this.chunks[this.#next][0];
  }

  /** The answers so far, merged, with failures mapped to the original lines. */
  get result(): MergedBulkResult {
    return mergeBulkResults(this.#sent, this.chunks.length, this.rows.length);
  }

  /** Ends the current run once the chunk being sent is answered (or stops a backoff wait). */
  cancel(): void {
    this.#cancelRequested = true;
    this.#wakeUp?.();
  }

  /** Sends the remaining chunks. Never rejects. */
  async run(onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<UploadOutcome> {
    this.#cancelRequested = false;
    while (this.#next < this.chunks.length) {
      if (signal?.aborted) return { status: 'aborted' };
      if (this.#cancelRequested) return { status: 'cancelled' };
      const index = this.#next;
      const [start, end] = this.chunks[index];
      const rows = this.rows.slice(start, end);
      const chunk = serializeChunk(this.header, rows);
      const file = new File([chunk.text], `bulk-registration-${index + 1}.csv`, { type: 'text/csv' });
      const report = (fraction: number, retry?: UploadProgress['retry']) =>
        onProgress({
          rowsDone: start + Math.round((end - start) * fraction),
          rowsTotal: this.rows.length,
          chunk: index,
          chunks: this.chunks.length,
          msLeft: this.#estimate(),
          retry,
        });
      report(0);

      let result: BulkResult | undefined;
      for (let attempt = 0; ; attempt++) {
        const began = performance.now();
        try {
          result = await this.adapter.bulkRegister(file, {
            signal,
            onProgress: ({ loaded, total }) => report(total > 0 ? Math.min(1, loaded / total) * 0.95 : 0),
          });
          this.#activeMs += performance.now() - began;
          break;
        } catch (e) {
          this.#activeMs += performance.now() - began;
          const error = RegistrationError.from(e);
          if (isAbort(error) || signal?.aborted) return { status: 'aborted' };
          if (!error.retryable || attempt >= this.#retries || this.#cancelRequested) {
            return this.#cancelRequested ? { status: 'cancelled' } : { status: 'failed', error };
          }
          const delayMs = Math.min(
            MAX_DELAY,
            error.retryAfter !== undefined ? error.retryAfter * 1000 : this.#retryDelay * 2 ** attempt,
          );
          report(0, { attempt: attempt + 2, attempts: this.#retries + 1, delayMs, error });
          await this.#wait(delayMs, signal);
          if (signal?.aborted) return { status: 'aborted' };
          if (this.#cancelRequested) return { status: 'cancelled' };
        }
      }

      this.#sent.push({
        index,
        lines: chunk.lines,
        lineNumbers: rows.map((r) => r.line),
        ids: rows.map((r) => valueOf(this.header, r.values, 'ID')),
        maskedLines: chunk.maskedLines,
        secrets: chunk.secrets,
        result,
      });
      this.#next = index + 1;
      report(1);
    }
    return { status: 'done' };
  }

  #estimate(): number | undefined {
    const done = this.rowsSent;
    if (done === 0 || this.#activeMs === 0) return undefined;
    return (this.#activeMs / done) * (this.rows.length - done);
  }

  #wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.#cancelRequested || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        this.#wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      signal?.addEventListener('abort', finish, { once: true });
      this.#wakeUp = finish;
    });
  }
}
