/**
 * Readers of the answers that only come after a user action (accept all, bulk upload); part of
 * the lazily loaded `actions.ts`.
 */
import type { AcceptAllOutcome, BulkResult } from '../registration-adapter.js';
import { isRecord, optionalString, unexpected } from './values.js';

export function acceptAllOutcomes(body: unknown): AcceptAllOutcome[] {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.newDeviceRequests) ? body.newDeviceRequests : [];
  return (list as unknown[]).filter(isRecord).map((item): AcceptAllOutcome => {
    const outcome: AcceptAllOutcome = {
      id: optionalString(item.id) ?? '',
      successful: item.successful === true || (item.successful === undefined && item.status === 'ACCEPTED'),
    };
    const error = optionalString(item.error) ?? optionalString(item.message);
    if (error !== undefined) outcome.error = error;
    return outcome;
  });
}

export function bulkResult(body: unknown): BulkResult {
  if (!isRecord(body)) throw unexpected('the bulk upload');
  const result = body as unknown as BulkResult;
  return {
    numberOfAll: Number(result.numberOfAll) || 0,
    numberOfCreated: Number(result.numberOfCreated) || 0,
    numberOfFailed: Number(result.numberOfFailed) || 0,
    numberOfSuccessful: Number(result.numberOfSuccessful) || 0,
    credentialUpdatedList: Array.isArray(result.credentialUpdatedList) ? result.credentialUpdatedList : [],
    failedCreationList: Array.isArray(result.failedCreationList) ? result.failedCreationList : [],
  };
}
