/** A registration request was accepted: the device gets its credentials on its next call. */
export class DevRegAcceptedEvent extends Event {
  static readonly eventName = 'devreg-accepted';
  readonly id: string;
  constructor(id: string) {
    super(DevRegAcceptedEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
  }
  /** SPEC 3.3 shape, for hosts that read `event.detail`. */
  get detail(): { id: string } {
    return { id: this.id };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-accepted': DevRegAcceptedEvent;
  }
}
