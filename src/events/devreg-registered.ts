export interface RegistrationFailure {
  id: string;
  message: string;
}

/** Devices were registered (single wizard, extension wizard, slotted forms). */
export class DevRegRegisteredEvent extends Event {
  static readonly eventName = 'devreg-registered';
  /** IDs registered successfully. */
  readonly ids: readonly string[];
  /** IDs that failed, with the message shown to the user. */
  readonly failed: readonly RegistrationFailure[];
  constructor(ids: readonly string[], failed: readonly RegistrationFailure[] = []) {
    super(DevRegRegisteredEvent.eventName, { bubbles: true, composed: true });
    this.ids = ids;
    this.failed = failed;
  }
  get detail(): { ids: readonly string[]; failed: readonly RegistrationFailure[] } {
    return { ids: this.ids, failed: this.failed };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-registered': DevRegRegisteredEvent;
  }
}
