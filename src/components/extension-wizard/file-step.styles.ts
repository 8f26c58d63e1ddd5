import { css } from 'lit';

/** The file step of a bulk extension: loaded with it. */
export const fileStepStyles = css`
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
`;
