import { css } from 'lit';

/** The step list above the pages and the summary: loaded with the pages. */
export const pagesStyles = css`
  [part~='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    color: var(--devreg-extension-wizard-step-color, var(--devreg-color-text-muted, #57606a));
  }
  [part~='steps'] li {
    counter-increment: step;
  }
  [part~='steps'] li::before {
    content: counter(step) '. ';
  }
  [part~='steps'] li[aria-current='step'] {
    color: var(--devreg-extension-wizard-current-step-color, var(--devreg-color-primary, #0b5cad));
    font-weight: 600;
  }
`;
