import type { RegistrationError } from '../../adapters/registration-error.js';

/** What `<devreg-registration-table>` reports about its list. */
export interface ListState {
  /** Requests loaded so far (all statuses, before filtering). */
  readonly total: number;
  /** Requests pending acceptance among them. */
  readonly pending: number;
  /** Pages are still being fetched. */
  readonly loading: boolean;
  /** Why loading stopped, if it failed. */
  readonly error?: RegistrationError;
}

/**
 * Fired (bubbling, not composed: internal, for the page around the table) whenever `total`,
 * `pending`, `loading` or `error` change, e.g. for the heading's count and "Accept all".
 */
export class DevRegListStateEvent extends Event implements ListState {
  static readonly eventName = 'devreg-list-state';
  readonly total: number;
  readonly pending: number;
  readonly loading: boolean;
  readonly error?: RegistrationError;
  constructor(state: ListState) {
    super(DevRegListStateEvent.eventName, { bubbles: true });
    this.total = state.total;
    this.pending = state.pending;
    this.loading = state.loading;
    this.error = state.error;
  }
  get detail(): ListState {
    return { total: this.total, pending: this.pending, loading: this.loading, error: this.error };
  }
}

declare global {
  interface HTMLElementEventMap {
    'devreg-list-state': DevRegListStateEvent;
  }
}
