import './context-root.js';
import { DevRegStatusBadge } from '../components/status-badge/status-badge.js';

if (!customElements.get('devreg-status-badge')) customElements.define('devreg-status-badge', DevRegStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-status-badge': DevRegStatusBadge;
  }
}
