import type { RegistrationError } from '../adapters/registration-error.js';

/** The operations that report failures through `devreg-error`. */
export const DEVREG_OPERATIONS = [
  'list', 'create', 'accept', 'acceptAll', 'remove', 'bulkRegister', 'getLimit',
  'getSecurityTokenPolicy', 'getPermissions', 'searchGroups', 'getGroups', 'listTenants',
  'listExtensions', 'getExtensionMetadata', 'registerWithExtension', 'bulkRegisterWithExtension',
  /** The live updates stopped working (`subscribe`'s `onError`), reported for each failure until they work again. */
  'subscribe',
] as const;
export type DevRegOperation = (typeof DEVREG_OPERATIONS)[number];

/**
 * An adapter call failed. The UI shows the message itself; hosts listen to
 * re-authenticate on `error.code === 'unauthorized'` or to log.
 */
export class DevRegErrorEvent extends Event {
  static readonly eventName = 'devreg-error';
  readonly operation: DevRegOperation;
  readonly error: RegistrationError;
  constructor(operation: DevRegOperation, error: RegistrationError) {
    super(DevRegErrorEvent.eventName, { bubbles: true, composed: true });
    this.operation = operation;
    this.error = error;
  }
  get detail(): { operation: DevRegOperation; error: RegistrationError } {
    return { operation: this.operation, error: this.error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'devreg-error': DevRegErrorEvent;
  }
}
