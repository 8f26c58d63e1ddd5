import type { BulkResult } from '../adapters/registration-adapter.js';
import { SECRET_MASK } from './secrets.js';

/**
 * Merging the answers to the chunks of one upload into one result, with each server failure
 * mapped back to the line of the original file. The result carries no secret the upload sent:
 * the server quotes the failed lines (credentials included), so quoted lines and reasons are
 * masked before they enter the result (which `devreg-bulk-completed` hands to the page).
 */

/** What was sent in one chunk, and the server's answer. */
export interface SentChunk {
  /** 0-based position of the chunk in the upload. */
  index: number;
  /** Each data line as sent (see `serializeChunk`). */
  lines: readonly string[];
  /** The original file's line number of each data line, same order. */
  lineNumbers: readonly number[];
  /** The device ID of each data line, same order. */
  ids: readonly string[];
  /** Each data line with its secret cells masked, same order (see `serializeChunk`); absent: `lines` hold no secrets. */
  maskedLines?: readonly string[];
  /** The secret values sent in the chunk, masked wherever the server's answer quotes them. */
  secrets?: readonly string[];
  result: BulkResult;
  /**
   * Set when the chunk was sent again after an answer was lost (see `ChunkedUpload`): which of the
   * answer's "already exists" failures (indexes into `result.failedCreationList`) the lost first
   * send created, and which could not be checked.
   */
  reconciliation?: ChunkReconciliation;
}

/** What checking a re-sent chunk's answer found. */
export interface ChunkReconciliation {
  /** Failures of rows this upload's lost first send created: counted as created. */
  created: readonly number[];
  /** Failures of rows that could not be checked (no `adapter.get`, or it failed): neither created nor failed. */
  unchecked: readonly number[];
  /** The `credentialUpdatedList` entries are devices the lost first send created (full format): counted as created. */
  updatedWereCreated?: boolean;
}

/** A device the server could not register, located in the original file. */
export interface BulkFailure {
  /** 1-based line in the original file; undefined when the server's answer cannot be matched. */
  lineNumber?: number;
  deviceId?: string;
  /** The server's reason, as it sent it. */
  reason: string;
  /**
   * The row's chunk was sent again after its answer was lost and the server now calls the device
   * a duplicate, but whether the first send created it could not be checked.
   */
  unchecked?: boolean;
}

/**
 * A whole upload's result: Cumulocity's BulkResult summed over the chunks (its `line` fields
 * as sent but with secret cells masked, and secrets quoted in a reason masked too), plus
 * `failures` located in the original file. Every row sent is counted once: created +
 * credentials updated + `numberOfFailed` + `numberOfUnchecked` = `rowsSent`. Rows of a re-sent
 * chunk that its lost first send created count as created (not as failed duplicates, nor as
 * credential updates).
 */
export interface MergedBulkResult extends BulkResult {
  /** Server failures and unchecked rows (`unchecked: true`), in file order. */
  failures: BulkFailure[];
  /** Rows of re-sent chunks that may or may not have been created by the lost first send (not in `numberOfFailed`). */
  numberOfUnchecked: number;
  /** Chunks answered by the server / chunks of the upload. */
  chunksSent: number;
  chunksTotal: number;
  /** Rows sent and answered / valid rows of the file. */
  rowsSent: number;
  rowsTotal: number;
  /** Every chunk was sent. */
  complete: boolean;
}

/** The original line of a failure reported for a chunk, or undefined when it cannot be told. */
export function mapFailureLine(chunk: SentChunk, failure: BulkResult['failedCreationList'][number]): number | undefined {
  const line = typeof failure.line === 'string' ? failure.line : String(failure.line ?? '');
  if (line !== '') {
    let k = chunk.lines.indexOf(line);
    if (k < 0) k = chunk.lines.findIndex((l) => l.trim() === line.trim());
    if (k >= 0) return chunk.lineNumbers[k];
    // Some servers answer with the line number within the file they received (header = 1).
    if (/^\d+$/.test(line.trim())) {
      const n = Number(line.trim()) - 2;
      if (n >= 0 && n < chunk.lineNumbers.length) return chunk.lineNumbers[n];
    }
  }
  if (failure.deviceId !== undefined) {
    const k = chunk.ids.indexOf(failure.deviceId);
    if (k >= 0) return chunk.lineNumbers[k];
  }
  return undefined;
}

/** The index in the chunk of the data line a failure quotes, or -1. */
function quotedLineIndex(chunk: SentChunk, line: string): number {
  if (line === '') return -1;
  const k = chunk.lines.indexOf(line);
  return k >= 0 ? k : chunk.lines.findIndex((l) => l.trim() === line.trim());
}

/** `text` with every secret of the chunk replaced by the mask (longest first, so none is left half-masked). */
function redact(chunk: SentChunk, text: string): string {
  if (!chunk.secrets?.length || text === '') return text;
  let out = text;
  for (const secret of [...chunk.secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== '' && out.includes(secret)) out = out.split(secret).join(SECRET_MASK);
  }
  return out;
}

/** A server failure as the result carries it: the quoted line and the reason without the chunk's secrets. */
function publicFailure(chunk: SentChunk, failure: BulkResult['failedCreationList'][number]): BulkResult['failedCreationList'][number] {
  const line = typeof failure.line === 'string' ? failure.line : String(failure.line ?? '');
  const k = quotedLineIndex(chunk, line);
  const masked = k >= 0 && chunk.maskedLines ? chunk.maskedLines[k] : redact(chunk, line);
  return {
    ...failure,
    line: masked,
    failureReason: redact(chunk, typeof failure.failureReason === 'string' ? failure.failureReason : String(failure.failureReason ?? '')),
  };
}

/** Merges the answers of the chunks sent so far. */
export function mergeBulkResults(chunks: readonly SentChunk[], chunksTotal = chunks.length, rowsTotal?: number): MergedBulkResult {
  const ordered = [...chunks].sort((a, b) => a.index - b.index);
  const merged: MergedBulkResult = {
    numberOfAll: 0,
    numberOfCreated: 0,
    numberOfFailed: 0,
    numberOfSuccessful: 0,
    numberOfUnchecked: 0,
    credentialUpdatedList: [],
    failedCreationList: [],
    failures: [],
    chunksSent: ordered.length,
    chunksTotal,
    rowsSent: 0,
    rowsTotal: 0,
    complete: ordered.length >= chunksTotal,
  };
  for (const chunk of ordered) {
    const r = chunk.result;
    const rec = chunk.reconciliation;
    const created = new Set(rec?.created);
    const unchecked = new Set(rec?.unchecked);
    const updated = r.credentialUpdatedList ?? [];
    const updatedWereCreated = rec?.updatedWereCreated ? updated.filter((u) => u.bulkNewDeviceStatus === 'CREDENTIAL_UPDATED').length : 0;
    merged.numberOfAll += r.numberOfAll ?? 0;
    merged.numberOfCreated += (r.numberOfCreated ?? 0) + created.size + updatedWereCreated;
    merged.numberOfFailed += Math.max(0, (r.numberOfFailed ?? 0) - created.size - unchecked.size);
    merged.numberOfSuccessful += (r.numberOfSuccessful ?? 0) + created.size;
    merged.numberOfUnchecked += unchecked.size;
    merged.credentialUpdatedList.push(...(updatedWereCreated ? updated.filter((u) => u.bulkNewDeviceStatus !== 'CREDENTIAL_UPDATED') : updated));
    merged.rowsSent += chunk.lines.length;
    (r.failedCreationList ?? []).forEach((f, i) => {
      if (created.has(i)) return;
      const shown = publicFailure(chunk, f);
      const failure: BulkFailure = { lineNumber: mapFailureLine(chunk, f), deviceId: f.deviceId, reason: shown.failureReason };
      if (unchecked.has(i)) failure.unchecked = true;
      else merged.failedCreationList.push(shown);
      merged.failures.push(failure);
    });
  }
  merged.rowsTotal = rowsTotal ?? merged.rowsSent;
  merged.failures.sort((a, b) => (a.lineNumber ?? Infinity) - (b.lineNumber ?? Infinity));
  return merged;
}
