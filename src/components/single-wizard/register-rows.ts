import type { RegistrationAdapter, RegistrationRequest } from '../../adapters/registration-adapter.js';
import { RegistrationError } from '../../adapters/registration-error.js';
import { mapConcurrent } from '../../controllers/parallel-queue.js';
import type { DevRegOperation } from '../../events/devreg-error.js';
import type { DeviceRow } from './device-row.js';
import type { DeviceResult } from './result-step.js';

// Sending the rows: loaded with the result step when the first submit starts.

type ReportError = (operation: DevRegOperation, error: unknown) => RegistrationError;

/** Whether a failure means the create's answer was lost (it may have been created). */
function answerLost(error: RegistrationError): boolean {
  return error.status === 0 && (error.code === 'network' || error.code === 'timeout' || error.code === 'unknown');
}

/** Whether `found` is the request this row's create made (created since `startedAt`, as asked, untouched). */
function createdBy(found: RegistrationRequest, row: DeviceRow, startedAt: number): boolean {
  const created = found.creationTime ? Date.parse(found.creationTime) : Number.NaN;
  return (
    created > startedAt &&
    found.status === 'WAITING_FOR_CONNECTION' &&
    (found.groupId ?? '') === (row.group?.id ?? '') &&
    (!row.tenantId || !found.tenantId || found.tenantId === row.tenantId)
  );
}

/**
 * Creates one row's registration request. A create whose answer was lost is checked with
 * `adapter.get` (it may have been created after all); a failure comes back as the row's error.
 */
async function registerOne(
  adapter: RegistrationAdapter,
  row: DeviceRow,
  signal: AbortSignal,
  reportError: ReportError,
): Promise<DeviceResult> {
  const sent: DeviceRow = { ...row, error: undefined, groupError: undefined, serverError: undefined, uncertain: false };
  const startedAt = Date.now();
  const existing = async (): Promise<RegistrationRequest | undefined | 'unknown'> => {
    if (!adapter.get) return 'unknown';
    try {
      return await adapter.get(row.id, { signal });
    } catch {
      return 'unknown';
    }
  };
  if (row.uncertain) {
    // the last attempt's answer was lost: it may have been created after all
    const found = await existing();
    if (found && found !== 'unknown') return { id: row.id, row: sent, request: found };
  }
  try {
    const request = await adapter.create(
      {
        id: row.id,
        ...(row.group ? { groupId: row.group.id } : {}),
        ...(row.tenantId ? { tenantId: row.tenantId } : {}),
      },
      { signal },
    );
    return { id: row.id, row: sent, request };
  } catch (caught) {
    let error = RegistrationError.from(caught);
    if (answerLost(error) && !signal.aborted) {
      const found = await existing();
      if (found && found !== 'unknown') return { id: row.id, row: sent, request: found };
      // unknown, or a server that may still act on the request it did not answer in time
      sent.uncertain = found === 'unknown' || error.code === 'timeout';
    } else if (error.code === 'duplicate' && row.uncertain) {
      // our own earlier attempt created it (its answer was lost)
      return { id: row.id, row: sent };
    } else if (error.code === 'duplicate' && !signal.aborted) {
      // A browser silently sends a POST again when a kept-alive connection drops before the
      // answer: the first one may have created it. A request created since we started, as
      // asked and still waiting, is that one — not someone else's.
      const found = await existing();
      if (found && found !== 'unknown' && createdBy(found, row, startedAt)) return { id: row.id, row: sent, request: found };
    }
    error = reportError('create', error);
    return { id: row.id, row: { ...sent, serverError: error }, error };
  }
}

export interface RegisterRowsOptions {
  /** How many creates are in flight at the same time. */
  concurrency: number;
  /** Stops taking new rows (the rows not started stay `undefined` in the result). */
  signal: AbortSignal;
  reportError: ReportError;
  /** Called after each row (for the progress). */
  onDone: () => void;
}

/** Registers the rows, `concurrency` at a time, in order; one result per row started. */
export function registerRows(
  adapter: RegistrationAdapter,
  rows: readonly DeviceRow[],
  options: RegisterRowsOptions,
): Promise<(DeviceResult | undefined)[]> {
  return mapConcurrent(
    rows,
    options.concurrency,
    async (row) => {
      const result = await registerOne(adapter, row, options.signal, options.reportError);
      options.onDone();
      return result;
    },
    options.signal,
  );
}
