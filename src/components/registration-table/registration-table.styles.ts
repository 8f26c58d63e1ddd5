import { css } from 'lit';

/** The table's styles; the remove confirmation's come with its lazily loaded module (remove-dialog.ts). */
export const registrationTableStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 500;
  }
  .field input,
  .field select {
    font-weight: 400;
    min-width: 14rem;
  }
  [part~='notice'] {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .state {
    padding: 2rem 1rem;
    text-align: center;
    color: var(--devreg-color-text-muted, #57606a);
    border: 1px dashed var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
  }
  .state p {
    margin: 0.25rem 0;
  }
  .state-title {
    font-weight: 600;
    color: var(--devreg-color-text, #1f2328);
    margin: 0 0 0.25rem;
  }
  [part~='error'] p {
    margin: 0 0 0.5rem;
  }
  .progress {
    margin: 0;
    color: var(--devreg-color-text-muted, #57606a);
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  /* the table: a scroll container holding a sticky header and the virtualized body */
  .table {
    position: relative;
    overflow: auto;
    max-height: var(--devreg-registration-table-max-height, 32rem);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-color-surface, #fff);
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    width: max(100%, var(--devreg-registration-table-min-width, 52rem));
    /* never narrower than the columns' minimums, or the rows overflow their own background */
    min-width: min-content;
    background: var(--devreg-registration-table-header-background, var(--devreg-color-surface-muted, #f6f8fa));
    border-bottom: 1px solid var(--devreg-color-border-strong, #8c959f);
    font-weight: 600;
  }
  .body {
    width: max(100%, var(--devreg-registration-table-min-width, 52rem));
    min-width: min-content;
  }
  [role='row'] {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  .body [role='row'] {
    width: 100%;
    min-height: var(--devreg-registration-table-row-min-height, 3rem);
    border-bottom: var(--devreg-registration-table-row-border, 1px solid var(--devreg-color-border, #d0d7de));
    background: var(--devreg-color-surface, #fff);
  }
  .body [role='row'].pending {
    background: var(--devreg-registration-table-pending-background, var(--devreg-color-warning-surface, #fffaeb));
  }
  .body [role='row']:hover {
    background: var(--devreg-registration-table-row-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [role='cell'],
  [role='columnheader'] {
    padding: var(--devreg-registration-table-cell-padding, 0.5rem 0.75rem);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .device-id {
    font-family: var(--devreg-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  /* one line, so every row without an error message is equally tall: the virtualizer's size
     estimate is then exact and a long jump needs no correction (no long frames) */
  .controls {
    display: flex;
    gap: 0.375rem;
    align-items: center;
  }
  .controls button {
    flex: none;
  }
  .token {
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  .token input {
    width: 9rem;
    min-width: 3rem;
    flex: 0 1 auto;
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .token button {
    border-left: 0;
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    padding: 0.25rem 0.5rem;
  }
  .token button[aria-pressed='true'] {
    background: var(--devreg-color-surface-muted, #f6f8fa);
  }
  .token svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    vertical-align: middle;
  }
  [part~='row-error'] {
    margin-top: 0.25rem;
  }
`;
