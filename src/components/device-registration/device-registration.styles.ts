import { css } from 'lit';

/** The page's styles; those of the "Accept all" result and the "Discard changes?" question come with their lazily loaded modules. */
export const deviceRegistrationStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-device-registration-gap, 0.75rem);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--devreg-device-registration-heading-size, 1.25rem);
    font-weight: 600;
  }
  [part~='count'] {
    font-weight: 400;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .action {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-width: 22rem;
  }
  .reason {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='messages']:empty {
    display: none;
  }
  [part~='messages'] p {
    margin: 0 0 0.25rem;
  }
  [part~='dialog'] {
    width: var(--devreg-device-registration-dialog-width, min(48rem, calc(100vw - 2rem)));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius-large, 8px);
    background: var(--devreg-color-surface, #fff);
    color: inherit;
    box-shadow: var(--devreg-shadow-dialog, 0 12px 32px rgb(31 35 40 / 25%));
  }
  [part~='dialog']::backdrop {
    background: var(--devreg-device-registration-backdrop, rgb(31 35 40 / 45%));
  }
  [part~='dialog-header'] {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem 0.5rem 0;
  }
  [part~='dialog-close'] {
    min-width: 2rem;
    padding: 0.25rem;
    border-color: transparent;
    background: transparent;
    font-size: 1.25rem;
    line-height: 1;
  }
  [part~='dialog-body'] {
    padding: 0 1.25rem 1.25rem;
  }
  [part~='dialog-body'] > h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
`;
