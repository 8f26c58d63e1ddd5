/**
 * What `<devreg-device-registration>` needs from anything it shows in its dialog
 * (the built-in wizards; slotted forms may implement it too).
 */
export interface WizardState {
  /** The dialog's accessible name ("Register devices", the extension's title…). */
  readonly heading: string;
  /** Closing would lose what the user typed or chose: the page asks first. */
  readonly hasUnsavedInput: boolean;
  /** Work is under way (an upload): the page asks before closing. */
  readonly busy: boolean;
}

/**
 * Fired (bubbling, not composed: internal) by a wizard whenever `heading`,
 * `hasUnsavedInput` or `busy` change, so the dialog around it can follow.
 */
export class WizardStateChangeEvent extends Event {
  static readonly eventName = 'devreg-wizard-state';
  constructor() {
    super(WizardStateChangeEvent.eventName, { bubbles: true });
  }
}

/**
 * Fires `WizardStateChangeEvent` from a wizard when its `heading`, `hasUnsavedInput` or `busy`
 * differ from the last check. Call `check()` from the wizard's `updated()`.
 */
export class WizardStateNotifier {
  readonly #wizard: HTMLElement & WizardState;
  readonly #announceFirst: boolean;
  #last?: string;

  /** `announceFirst`: whether the first check fires too (no state was announced before it). */
  constructor(wizard: HTMLElement & WizardState, announceFirst: boolean) {
    this.#wizard = wizard;
    this.#announceFirst = announceFirst;
  }

  check(): void {
    const { heading, hasUnsavedInput, busy } = this.#wizard;
    const now = `${heading}\u0000${hasUnsavedInput}\u0000${busy}`;
    const before = this.#last;
    this.#last = now;
    if (now !== before && (before !== undefined || this.#announceFirst)) this.#wizard.dispatchEvent(new WizardStateChangeEvent());
  }
}

export function isWizardState(element: Element): element is Element & WizardState {
  return 'heading' in element && 'hasUnsavedInput' in element && 'busy' in element;
}

declare global {
  interface HTMLElementEventMap {
    'devreg-wizard-state': WizardStateChangeEvent;
  }
}
