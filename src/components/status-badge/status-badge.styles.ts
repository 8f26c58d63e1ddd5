import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    --_color: var(--devreg-status-unknown-color, var(--devreg-color-text-muted, #57606a));
    --_background: var(--devreg-status-unknown-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  :host([status='WAITING_FOR_CONNECTION']) {
    --_color: var(--devreg-status-waiting-color, var(--devreg-color-info, #0b5cad));
    --_background: var(--devreg-status-waiting-background, var(--devreg-color-info-surface, #eef6ff));
  }
  :host([status='PENDING_ACCEPTANCE']) {
    --_color: var(--devreg-status-pending-color, var(--devreg-color-warning, #b54708));
    --_background: var(--devreg-status-pending-background, var(--devreg-color-warning-surface, #fffaeb));
  }
  :host([status='ACCEPTED']) {
    --_color: var(--devreg-status-accepted-color, var(--devreg-color-success, #1a7f37));
    --_background: var(--devreg-status-accepted-background, var(--devreg-color-success-surface, #effcf3));
  }
  :host([status='BLOCKED']) {
    --_color: var(--devreg-status-blocked-color, var(--devreg-color-danger, #b42318));
    --_background: var(--devreg-status-blocked-background, var(--devreg-color-danger-surface, #fef3f2));
  }
  [part~='base'] {
    display: inline-flex;
    align-items: center;
    gap: var(--devreg-status-badge-gap, 0.3rem);
    max-width: 100%;
    padding: var(--devreg-status-badge-padding, 0.1rem 0.5rem 0.1rem 0.375rem);
    border: 1px solid currentColor;
    border-radius: var(--devreg-status-badge-radius, 999px);
    color: var(--_color);
    background: var(--_background);
    font-size: var(--devreg-status-badge-font-size, 0.8125rem);
    line-height: 1.3;
    white-space: nowrap;
  }
  [part~='icon'] {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
  }
`;
