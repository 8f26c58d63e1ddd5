import { msg } from '@lit/localize';
import { RegistrationError } from '../../adapters/registration-error.js';

/** The `cause` that marks the error of an adapter without the extension calls. */
const NO_EXTENSION_CALLS = 'no-extension-calls';

const reason = () => msg('This backend does not offer microservice registration forms.', { id: 'extension-wizard.unsupported' });

/**
 * The adapter lacks the extension calls: status 0, code `unknown`, the reason as message (in the
 * language of the moment, for `devreg-error` listeners and logs). The wizard words it again
 * whenever it shows it ({@link reworded}): the failure stays on screen, and the locale may change.
 */
export function unsupported(): RegistrationError {
  return new RegistrationError({ status: 0, code: 'unknown', message: reason(), cause: NO_EXTENSION_CALLS });
}

/** The error as the wizard words it now: one from {@link unsupported} with its reason in the current language, any other as it is. */
export function reworded(error: RegistrationError): RegistrationError {
  return error.cause === NO_EXTENSION_CALLS ? unsupported() : error;
}
