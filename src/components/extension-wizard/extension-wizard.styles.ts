import { css } from 'lit';

// The rules of the step list, the file step and the summary are loaded with them
// (pages.styles.ts, file-step.styles.ts, summary.styles.ts).
export const extensionWizardStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-extension-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  /* focused by script on each new step: a ring only for keyboard users (shared.ts draws it) */
  h3:focus:not(:focus-visible) {
    outline: none;
  }
  [part~='step'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-extension-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='reason'] {
    color: var(--devreg-color-text-muted, #57606a);
  }
  /* as in the other wizards: the step's main action last, at the end of the row */
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
`;
