import { css } from 'lit';

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
  [part~='popup'] {
    position: absolute;
    top: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: var(--devreg-register-menu-z-index, 10);
    min-width: var(--devreg-register-menu-min-width, 16rem);
    max-width: min(28rem, 90vw);
    padding: 0.25rem 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-register-menu-background, var(--devreg-color-surface, #fff));
    box-shadow: var(--devreg-register-menu-shadow, var(--devreg-shadow-popup, 0 8px 24px rgb(31 35 40 / 20%)));
  }
  /* Anchored to the button: end-aligned with it (the menu usually ends a page header), flipped to
     start-aligned or above it when that would leave the viewport. Without anchor positioning the
     popup keeps the start-aligned absolute position above. */
  @supports (anchor-name: --a) {
    [part~='button'] {
      anchor-name: --devreg-register-menu-button;
    }
    [part~='popup'] {
      position: fixed;
      position-anchor: --devreg-register-menu-button;
      top: calc(anchor(bottom) + 0.25rem);
      inset-inline-start: auto;
      inset-inline-end: anchor(end);
      position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
    }
  }
  [part~='popup'][hidden] {
    display: none;
  }
  [role='group'] + [role='group'] {
    border-top: 1px solid var(--devreg-color-border, #d0d7de);
    margin-top: 0.25rem;
    padding-top: 0.25rem;
  }
  [part~='group-label'] {
    padding: 0.25rem 0.75rem;
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='item'] {
    display: block;
    width: 100%;
    min-height: 2rem;
    border: 0;
    border-radius: 0;
    padding: 0.375rem 0.75rem;
    text-align: start;
    background: transparent;
  }
  [part~='item']:hover,
  [part~='item']:focus {
    background: var(--devreg-register-menu-item-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [part~='item']:focus-visible {
    outline-offset: -2px;
  }
  [part~='note'] {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.75rem;
    font-size: 0.8125rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
`;
