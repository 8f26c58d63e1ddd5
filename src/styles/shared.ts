import { css } from 'lit';

/**
 * Styles every devreg element shares: host defaults, buttons, inputs, focus ring,
 * visually hidden text. Every value falls back from a global token
 * (`--devreg-<category>-<name>`) to a default, so hosts theme by setting tokens.
 */
export const sharedStyles = css`
  :host {
    font-family: var(--devreg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--devreg-font-size, 0.875rem);
    line-height: 1.4;
    color: var(--devreg-color-text, #1f2328);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    background: var(--devreg-color-surface, #fff);
    color: var(--devreg-color-text, #1f2328);
  }
  button.primary {
    background: var(--devreg-color-primary, #0b5cad);
    border-color: var(--devreg-color-primary, #0b5cad);
    color: var(--devreg-color-on-primary, #fff);
  }
  button.danger {
    background: var(--devreg-color-danger, #b42318);
    border-color: var(--devreg-color-danger, #b42318);
    color: var(--devreg-color-on-primary, #fff);
  }
  /* aria-disabled: a control that keeps the focus while it cannot be used (an action under way) */
  button:disabled,
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    background: var(--devreg-color-surface, #fff);
    max-width: 100%;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--devreg-color-danger, #b42318);
  }
  :focus-visible {
    outline: 2px solid var(--devreg-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error-text {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  [role='alert'].banner,
  .banner {
    padding: 0.5rem 0.75rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    background: var(--devreg-color-surface-muted, #f6f8fa);
  }
  .banner.danger {
    border-color: var(--devreg-color-danger, #b42318);
    background: var(--devreg-color-danger-surface, #fef3f2);
  }
  .banner.warning {
    border-color: var(--devreg-color-warning, #b54708);
    background: var(--devreg-color-warning-surface, #fffaeb);
  }
`;
