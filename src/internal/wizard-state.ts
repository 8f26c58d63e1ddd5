import type { WizardState } from './wizard.js';

// Apart from wizard.ts (which the page loads to show a wizard) so that a wizard's chunk does not
// pull in the page's dialog chunk, and the page's chunk does not carry the wizards' notifier.

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

declare global {
  interface HTMLElementEventMap {
    'devreg-wizard-state': WizardStateChangeEvent;
  }
}
