import { css } from 'lit';

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
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 2px solid var(--devreg-color-focus, #0b5cad);
  }
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
  [part~='step'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-extension-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='summary'] [role='status'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part~='reason'] {
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='examples'] {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  [part~='examples'] li {
    display: flex;
    flex-direction: column;
  }
  [part~='example-description'] {
    color: var(--devreg-color-text-muted, #57606a);
  }
  .file-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .file-field label {
    font-weight: 600;
  }
  .progress {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='progress'] {
    flex: 1 1 auto;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.75rem;
  }
  dt {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* on a phone the 8rem label column left the values a few characters wide: stack them */
  @media (max-width: 30rem) {
    dl > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  ul[part~='answer-list'] {
    margin: 0;
    padding-left: 1.25rem;
  }
`;
