import type { BulkResult } from '../adapters/registration-adapter.js';
import { SECRET_MASK } from './serialize.js';

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
}

/** A device the server could not register, located in the original file. */
export interface BulkFailure {
  /** 1-based line in the original file; undefined when the server's answer cannot be matched. */
  lineNumber?: number;
  deviceId?: string;
  /** The server's reason, as it sent it. */
  reason: string;
}

/**
 * A whole upload's result: Cumulocity's BulkResult summed over the chunks (its `line` fields
 * as sent but with secret cells masked, and secrets quoted in a reason masked too), plus
 * `failures` located in the original file.
 */
export interface MergedBulkResult extends BulkResult {
  failures: BulkFailure[];
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
    merged.numberOfAll += r.numberOfAll ?? 0;
    merged.numberOfCreated += r.numberOfCreated ?? 0;
    merged.numberOfFailed += r.numberOfFailed ?? 0;
    merged.numberOfSuccessful += r.numberOfSuccessful ?? 0;
    merged.credentialUpdatedList.push(...(r.credentialUpdatedList ?? []));
    merged.rowsSent += chunk.lines.length;
    for (const f of r.failedCreationList ?? []) {
      const shown = publicFailure(chunk, f);
      merged.failedCreationList.push(shown);
      merged.failures.push({ lineNumber: mapFailureLine(chunk, f), deviceId: f.deviceId, reason: shown.failureReason });
    }
  }
  merged.rowsTotal = rowsTotal ?? merged.rowsSent;
  merged.failures.sort((a, b) => (a.lineNumber ?? Infinity) - (b.lineNumber ?? Infinity));
  return merged;
}
