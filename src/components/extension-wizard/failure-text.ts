import { msg } from '@lit/localize';
import type { RegistrationError } from '../../adapters/registration-error.js';
import { errorText } from '../../i18n/error-text.js';

/** What went wrong with the microservice's registration: a sentence, and the service's own detail where useful. */
export interface FailureText {
  message: string;
  detail?: string;
  /** The request was sent but not answered: the service may have registered it all the same. */
  outcomeUnknown?: boolean;
}

/**
 * 4xx: the service's `message` (it says what to fix); no answer in time (or a gateway's 504): the
 * outcome is unknown; other 5xx: the service cannot register now (with its detail); no connection:
 * the service cannot be reached (and it may have been reached before the connection broke);
 * anything else: the generic sentence.
 */
export function failureText(error: RegistrationError, bulk: boolean): FailureText {
  const serverMessage = error.message?.trim() || undefined;
  if (error.status >= 400 && error.status < 500) {
    return { message: serverMessage ?? errorText(error) };
  }
  // no answer in time, or a gateway's 504 saying the same: the service may have gone on all the same
  if (error.code === 'timeout' || error.status === 504) {
    return {
      outcomeUnknown: true,
      message: bulk
        ? msg('The service did not answer in time. It may have processed the file: check the list of registration requests before you upload it again.', {
            id: 'extension-wizard.timeout-bulk',
          })
        : msg('The service did not answer in time. The device may have been registered: check the list of registration requests before you try again.', {
            id: 'extension-wizard.timeout',
          }),
    };
  }
  if (error.status >= 500) {
    return {
      message: bulk
        ? msg('The service cannot register the devices right now.', { id: 'extension-wizard.server-error-bulk' })
        : msg('The service cannot register the device right now.', { id: 'extension-wizard.server-error' }),
      detail: serverMessage,
    };
  }
  if (error.code === 'network') {
    return {
      message: msg('The service cannot be reached.', { id: 'extension-wizard.unreachable' }),
      // (a connection that broke after the request went out looks the same as none)
      detail: bulk
        ? msg('If the connection broke after the file was sent, the service may have processed it: check the list of registration requests before you upload it again.', {
            id: 'extension-wizard.unreachable-bulk-detail',
          })
        : msg('If the connection broke after the form was sent, the device may have been registered: check the list of registration requests before you try again.', {
            id: 'extension-wizard.unreachable-detail',
          }),
    };
  }
  return { message: errorText(error) };
}
