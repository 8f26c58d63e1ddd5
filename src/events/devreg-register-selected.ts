import type { RegistrationExtension } from '../adapters/registration-adapter.js';

/** The kinds of registration the "Register device" menu offers. */
export const REGISTER_OPTION_KINDS = ['single', 'bulk', 'extension', 'form'] as const;
export type RegisterOptionKind = (typeof REGISTER_OPTION_KINDS)[number];

/** What the user picked in `<devreg-register-menu>`. */
export interface RegisterOption {
  kind: RegisterOptionKind;
  /** The server-declared extension (kind `extension`). */
  extension?: RegistrationExtension;
  /** The slotted form's id (kind `form`), as given in the menu's `forms`. */
  formId?: string;
}

/** A "Register device" menu item was chosen. */
export class DevRegRegisterSelectedEvent extends Event {
  static readonly eventName = 'devreg-register-selected';
  readonly option: RegisterOption;
  constructor(option: RegisterOption) {
    super(DevRegRegisterSelectedEvent.eventName, { bubbles: true, composed: true });
    this.option = option;
  }
  get detail(): { option: RegisterOption } {
    return { option: this.option };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-register-selected': DevRegRegisterSelectedEvent;
  }
}
