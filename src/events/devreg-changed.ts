/**
 * The user changed a value in a `<devreg-schema-form>` (typing, choosing, adding,
 * removing or moving array items). Not fired for values set by code.
 */
export class DevRegChangedEvent<V = unknown> extends Event {
  static readonly eventName = 'devreg-changed';
  /** The form's whole value after the change (a copy: changing it does not change the form). */
  readonly value: V;
  /** Whether the whole value is valid now (same as `checkValidity()`). */
  readonly valid: boolean;
  constructor(value: V, valid: boolean) {
    super(DevRegChangedEvent.eventName, { bubbles: true, composed: true });
    this.value = value;
    this.valid = valid;
  }
  get detail(): { value: V; valid: boolean } {
    return { value: this.value, valid: this.valid };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-changed': DevRegChangedEvent;
  }
}
