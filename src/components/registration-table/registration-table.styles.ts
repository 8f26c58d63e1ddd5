import { css } from 'lit';

/**
 * The table's frame and the loading state. The filter bar's, the rows' (with the card layout for
 * narrow widths) and the other states' are in table-view.styles.ts, the remove confirmation's come
 * with its lazily loaded module (remove-dialog.ts).
 */
export const registrationTableStyles = css`
  /* a size container: below 40rem of the width the host is given, rows become cards (table-view.styles.ts) */
  :host {
    display: block;
    container-type: inline-size;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  [part~='notice'],
  [part~='live-notice'],
  .part-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .part-buttons {
    display: flex;
    gap: 0.5rem;
  }
  .state {
    color: var(--devreg-color-text-muted, #57606a);
    padding: 2rem 1rem;
    text-align: center;
    border: 1px dashed var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
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
`;
