import { DevRegStatusBadge } from '../components/status-badge/status-badge.js';
import { defineElement } from '../internal/define.js';

defineElement('devreg-status-badge', DevRegStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-status-badge': DevRegStatusBadge;
  }
}
