import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { RegistrationAdapter, RegistrationStatus } from '../../adapters/registration-adapter.js';
import { statusDescription, statusLabel } from '../../i18n/status-text.js';
import { sharedStyles } from '../../styles/shared.js';
import { statusBadgeStyles } from './status-badge.styles.js';
import { statusIcon } from './status-icons.js';

// A LitElement, not a DevRegElement: a badge uses no adapter and no locale context, and a long
// table creates about 20 of them per frame while it is scrolled; the two context requests and
// subscriptions of each cost about a quarter of the main thread's time while scrolling.
// (It still accepts `.adapter`, as every element does by contract.)
/**
 * Shows a registration request's status: its label, an icon and a colour per status, and what the
 * status means (as a tooltip and as an accessible description). A status this library does not
 * know is shown neutrally as its raw value.
 *
 * @summary The status of a registration request.
 *
 * @csspart base - The badge (icon and label).
 * @csspart icon - The status icon (decorative, hidden from assistive technology).
 * @csspart label - The status label.
 *
 * @cssprop --devreg-status-waiting-color - Colour of "Waiting for connection" (falls back to `--devreg-color-info`).
 * @cssprop --devreg-status-waiting-background - Background of "Waiting for connection" (falls back to `--devreg-color-info-surface`).
 * @cssprop --devreg-status-pending-color - Colour of "Pending acceptance" (falls back to `--devreg-color-warning`).
 * @cssprop --devreg-status-pending-background - Background of "Pending acceptance" (falls back to `--devreg-color-warning-surface`).
 * @cssprop --devreg-status-accepted-color - Colour of "Accepted" (falls back to `--devreg-color-success`).
 * @cssprop --devreg-status-accepted-background - Background of "Accepted" (falls back to `--devreg-color-success-surface`).
 * @cssprop --devreg-status-blocked-color - Colour of "Blocked" (falls back to `--devreg-color-danger`).
 * @cssprop --devreg-status-blocked-background - Background of "Blocked" (falls back to `--devreg-color-danger-surface`).
 * @cssprop --devreg-status-unknown-color - Colour of any other status (falls back to `--devreg-color-text-muted`).
 * @cssprop --devreg-status-unknown-background - Background of any other status (falls back to `--devreg-color-surface-muted`).
 * @cssprop --devreg-status-badge-padding - Padding of the badge.
 * @cssprop --devreg-status-badge-radius - Corner radius of the badge (default: a pill).
 * @cssprop --devreg-status-badge-gap - Space between icon and label.
 * @cssprop --devreg-status-badge-font-size - Font size of the badge.
 */
@localized()
export class DevRegStatusBadge extends LitElement {
  static override styles = [sharedStyles, statusBadgeStyles];

  /** Accepted like on every devreg element (SPEC 3.1); a badge needs none. */
  @property({ attribute: false })
  adapter?: RegistrationAdapter;

  /** The request's status: one of `WAITING_FOR_CONNECTION`, `PENDING_ACCEPTANCE`, `ACCEPTED`, `BLOCKED`, or any other string (shown as is). */
  @property({ reflect: true })
  status: RegistrationStatus | (string & {}) = '';

  protected override render() {
    const status = String(this.status ?? '');
    const label = status ? statusLabel(status) : msg('Unknown', { id: 'badge.empty' });
    const description = statusDescription(status);
    return html`<span part="base" title=${description}
      ><svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${statusIcon(status)}</svg><span
        part="label"
        >${label}</span
      ><span class="visually-hidden"> (${description})</span></span
    >`;
  }
}
