import type { BulkResult, RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { RegistrationError, isAbort, isLoadFailure } from '../../adapters/registration-error.js';
import { chunkRanges, serializeChunk } from '../../csv/serialize.js';
import {
  mapFailureLine,
  mergeBulkResults,
  type ChunkReconciliation,
  type MergedBulkResult,
  type SentChunk,
} from '../../csv/merge-results.js';
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
  /**
   * Clock difference between browser and server allowed when telling whether a device was created
   * by this upload (default 10 000 ms): created no earlier than this before its chunk was first sent.
   */
  clockTolerance?: number;
}

/** How a run of the upload ended. */
export type UploadOutcome =
  | { status: 'done' }
  | { status: 'cancelled' }
  | { status: 'failed'; error: RegistrationError }
  | { status: 'aborted' };

const MAX_DELAY = 30_000;
/** Parallel `adapter.get` calls while checking a chunk's answer. */
const CHECK_PARALLEL = 5;
/** Checks without a find after which an answer that merely looks like a silent resend is taken at its word. */
const PROBE_LIMIT = 10;

/**
 * A failure of an attempt after which the server may have stored the chunk all the same. Not a
 * part of the adapter that could not be loaded (`load-failed`, also status 0): nothing was sent,
 * so the chunk is retried (and resumed) like after a network failure, but never taken for re-sent.
 */
function mayHaveActed(error: RegistrationError): boolean {
  if (isLoadFailure(error)) return false;
  return error.status === 0 || error.status >= 500 || error.code === 'timeout';
}

/** A server failure saying the device exists already (Cumulocity's wording, the emulator's, MemoryAdapter's). */
function isDuplicate(failure: BulkResult['failedCreationList'][number]): boolean {
  return /already (exists|registered)|duplicate/i.test(String(failure.failureReason ?? ''));
}

/** Per chunk, across runs: when it was first sent, and whether an answer to it was lost. */
interface ChunkAttempts {
  startedAt: number;
  answerLost: boolean;
}

/**
 * Sends valid rows to `adapter.bulkRegister` as Cumulocity-format CSV files of `chunkSize`
 * rows, one chunk at a time. A retryable failure (the network, 429, 5xx, a part of the adapter
 * that could not be loaded) is retried with backoff; when the attempts are used up the run ends
 * `failed` and `run()` again resumes at that chunk: chunks already answered are never sent again.
 * `cancel()` ends the run after the current chunk.
 *
 * A chunk sent again after an answer was lost (the connection dropped, a timeout, a 5xx: the
 * server may have stored it) is reconciled: rows the server now calls duplicates are looked up
 * with `adapter.get`, and those created since the chunk was first sent (less `clockTolerance`)
 * count as created; without `get` (or when it fails) they are `unchecked`. In the full format
 * the re-send answers "credentials updated" for the devices the lost send created: those count
 * as created when the re-send created nothing itself. A browser may also repeat a POST by itself
 * when a kept-alive connection drops, so the lost answer is never seen: an answer that created
 * nothing but calls rows duplicates is checked the same way (giving up after `PROBE_LIMIT`
 * lookups that find none created by this upload).
 */
export class ChunkedUpload {
  readonly chunks: [number, number][];
  readonly #sent: SentChunk[] = [];
  readonly #attempts = new Map<number, ChunkAttempts>();
  #next = 0;
  #cancelRequested = false;
  #wakeUp?: () => void;
  #activeMs = 0;
  readonly #chunkSize: number;
  readonly #retries: number;
  readonly #retryDelay: number;
  readonly #clockTolerance: number;

  constructor(
    readonly adapter: RegistrationAdapter,
    readonly header: CsvHeader,
    readonly rows: readonly CsvRow[],
    options: ChunkedUploadOptions = {},
  ) {
    this.#chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 500));
    this.#retries = Math.max(0, options.retries ?? 3);
    this.#retryDelay = Math.max(0, options.retryDelay ?? 1000);
    this.#clockTolerance = Math.max(0, options.clockTolerance ?? 10_000);
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

      let attempts = this.#attempts.get(index);
      if (!attempts) this.#attempts.set(index, (attempts = { startedAt: Date.now(), answerLost: false }));

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
          // even an abort may come after the server received the chunk
          if (mayHaveActed(error)) attempts.answerLost = true;
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

      const sent: SentChunk = {
        index,
        lines: chunk.lines,
        lineNumbers: rows.map((r) => r.line),
        ids: rows.map((r) => valueOf(this.header, r.values, 'ID')),
        maskedLines: chunk.maskedLines,
        secrets: chunk.secrets,
        result,
      };
      const reconciliation = await this.#reconcile(sent, attempts, signal);
      if (signal?.aborted) return { status: 'aborted' };
      if (reconciliation) sent.reconciliation = reconciliation;
      this.#sent.push(sent);
      this.#next = index + 1;
      report(1);
    }
    return { status: 'done' };
  }

  /** Which rows of an answered chunk its lost earlier send created (see the class comment). */
  async #reconcile(sent: SentChunk, attempts: ChunkAttempts, signal?: AbortSignal): Promise<ChunkReconciliation | undefined> {
    const r = sent.result;
    const createdNothing = (r.numberOfCreated ?? 0) === 0;
    if (this.header.format === 'full') {
      // a re-send finds the devices the lost send created and updates their credentials
      const updated = (r.credentialUpdatedList ?? []).some((u) => u.bulkNewDeviceStatus === 'CREDENTIAL_UPDATED');
      return attempts.answerLost && createdNothing && updated ? { created: [], unchecked: [], updatedWereCreated: true } : undefined;
    }
    const candidates: { failure: number; id: string }[] = [];
    (r.failedCreationList ?? []).forEach((f, failure) => {
      if (!isDuplicate(f)) return;
      const line = mapFailureLine(sent, f);
      const k = line === undefined ? -1 : sent.lineNumbers.indexOf(line);
      const id = k >= 0 ? sent.ids[k] : f.deviceId;
      if (id) candidates.push({ failure, id });
    });
    if (!candidates.length) return undefined;
    const known = attempts.answerLost;
    // a silent resend by the browser: its answer created nothing
    if (!known && !(createdNothing && this.adapter.get)) return undefined;
    const created: number[] = [];
    const unchecked: number[] = [];
    const get = this.adapter.get?.bind(this.adapter);
    if (!get) return { created, unchecked: candidates.map((c) => c.failure) };
    const since = attempts.startedAt - this.#clockTolerance;
    let checked = 0;
    for (let i = 0; i < candidates.length; i += CHECK_PARALLEL) {
      if (!known && !created.length && checked >= PROBE_LIMIT) break;
      const batch = candidates.slice(i, i + CHECK_PARALLEL);
      const found = await Promise.all(
        batch.map(async (c) => {
          try {
            const request = await get(c.id, { signal });
            if (!request) return 'failed';
            const time = request.creationTime ? Date.parse(request.creationTime) : Number.NaN;
            if (Number.isNaN(time)) return 'unknown';
            return time >= since ? 'created' : 'failed';
          } catch {
            return 'unknown';
          }
        }),
      );
      if (signal?.aborted) return undefined;
      checked += batch.length;
      found.forEach((outcome, j) => {
        if (outcome === 'created') created.push(batch[j].failure);
        // only a chunk known to have been re-sent is in doubt
        else if (outcome === 'unknown' && known) unchecked.push(batch[j].failure);
      });
    }
    return created.length || unchecked.length ? { created, unchecked } : undefined;
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
