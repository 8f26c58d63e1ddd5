/** A registration request was removed. */
export class DevRegRemovedEvent extends Event {
  static readonly eventName = 'devreg-removed';
  readonly id: string;
  constructor(id: string) {
    super(DevRegRemovedEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
  }
  get detail(): { id: string } {
    return { id: this.id };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-removed': DevRegRemovedEvent;
  }
}
