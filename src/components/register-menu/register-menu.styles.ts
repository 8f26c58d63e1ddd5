import { css } from 'lit';

/** The button's styles; the drop-down's come with its lazily loaded module (register-menu-popup.ts). */
export const registerMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  [part~='caret'] {
    width: 0.75rem;
    height: 0.75rem;
    fill: currentColor;
  }
  [part~='reason'] {
    margin: 0;
    color: var(--devreg-register-menu-reason-color, var(--devreg-color-text-muted, #57606a));
  }
  [part~='note'] {
    margin: 0;
    font-size: 0.8125rem;
  }
`;
