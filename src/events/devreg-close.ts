/** A wizard or a slotted form asks to be closed. */
export class DevRegCloseEvent extends Event {
  static readonly eventName = 'devreg-close';
  constructor() {
    super(DevRegCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-close': DevRegCloseEvent;
  }
}
