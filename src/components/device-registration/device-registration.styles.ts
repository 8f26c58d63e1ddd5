import { css } from 'lit';

/** The page's styles; those of the dialog, the "Accept all" result and the "Discard changes?" question come with their lazily loaded modules. */
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
    align-items: flex-start; /* the button keeps its own width above a longer reason */
    gap: 0.25rem;
    max-width: 22rem;
  }
  .reason {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='messages'] p {
    margin: 0 0 0.25rem;
  }
`;
