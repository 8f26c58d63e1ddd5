import { msg, str } from '@lit/localize';
import type { RegistrationStatus } from '../adapters/registration-adapter.js';
import { isRegistrationStatus } from '../adapters/registration-adapter.js';

/** The label shown for a status (SPEC 2.1); an unknown status is shown as its raw value. */
export function statusLabel(status: string): string {
  if (!isRegistrationStatus(status)) return status;
  return labels[status]();
}

/** What a status means, for tooltips and descriptions. */
export function statusDescription(status: string): string {
  if (!isRegistrationStatus(status)) return msg(str`Unknown status: ${status}`, { id: 'status.unknown.description' });
  return descriptions[status]();
}

const labels: Record<RegistrationStatus, () => string> = {
  WAITING_FOR_CONNECTION: () => msg('Waiting for connection', { id: 'status.WAITING_FOR_CONNECTION' }),
  PENDING_ACCEPTANCE: () => msg('Pending acceptance', { id: 'status.PENDING_ACCEPTANCE' }),
  ACCEPTED: () => msg('Accepted', { id: 'status.ACCEPTED' }),
  BLOCKED: () => msg('Blocked', { id: 'status.BLOCKED' }),
};

const descriptions: Record<RegistrationStatus, () => string> = {
  WAITING_FOR_CONNECTION: () =>
    msg('Registered; no device with this ID has tried to connect yet.', { id: 'status.WAITING_FOR_CONNECTION.description' }),
  PENDING_ACCEPTANCE: () =>
    msg('The device has called in; a user must accept it so that its credentials are sent to it.', {
      id: 'status.PENDING_ACCEPTANCE.description',
    }),
  ACCEPTED: () =>
    msg('Accepted; the device receives its credentials on its next call.', { id: 'status.ACCEPTED.description' }),
  BLOCKED: () =>
    msg('Too many failed attempts; the request must be removed and registered again.', {
      id: 'status.BLOCKED.description',
    }),
};
