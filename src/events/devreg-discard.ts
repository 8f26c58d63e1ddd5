/**
 * Sent by `<devreg-device-registration>` to the slotted form it shows when the user closes the
 * dialog with "Discard" (after "Discard changes?"): what was typed is to be thrown away. The form
 * element stays in the page (it is the host's), so only it can forget its input. Does not bubble.
 */
export class DevRegDiscardEvent extends Event {
  static readonly eventName = 'devreg-discard';
  constructor() {
    super(DevRegDiscardEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-discard': DevRegDiscardEvent;
  }
}
