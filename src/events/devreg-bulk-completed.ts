import type { BulkResult } from '../adapters/registration-adapter.js';

/** A bulk upload finished (all chunks merged). */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-bulk-completed': DevRegBulkCompletedEvent<unknown>;
  }
}
