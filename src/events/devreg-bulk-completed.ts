import type { BulkResult } from '../adapters/registration-adapter.js';

/**
 * A bulk upload finished. In the event map its `result` is `unknown`, as two wizards fire it: the
 * bulk wizard with a `MergedBulkResult` (Cumulocity's counts, all chunks merged), the extension
 * wizard with whatever the microservice answered. {@link isBulkResult} tells whether it has
 * Cumulocity's counts.
 */
export class DevRegBulkCompletedEvent<R = BulkResult> extends Event {
  static readonly eventName = 'devreg-bulk-completed';
  readonly result: R;
  constructor(result: R) {
    super(DevRegBulkCompletedEvent.eventName, { bubbles: true, composed: true });
    this.result = result;
  }
  get detail(): { result: R } {
    return { result: this.result };
  }
}

/** Whether a value has the counts of Cumulocity's bulk result (`numberOfAll`, `numberOfCreated`, `numberOfFailed`, `numberOfSuccessful`). */
export function isBulkResult(value: unknown): value is BulkResult {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['numberOfAll', 'numberOfCreated', 'numberOfFailed', 'numberOfSuccessful'].every((k) => typeof record[k] === 'number');
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-bulk-completed': DevRegBulkCompletedEvent<unknown>;
  }
}
