import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--devreg-single-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 calc(var(--_gap) / 2);
    font-size: 1rem;
  }
  h3:focus {
    outline: none;
  }
  .hint {
    color: var(--devreg-color-text-muted, #57606a);
  }
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin-bottom: var(--_gap);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_gap);
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-single-wizard-row-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  .row-legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  .field .hint,
  .field .error-text {
    margin: 0;
    font-size: 0.8125rem;
  }
  .label-line {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  /* level with the inputs (below their label line), so an error under an input does not push
     the button out of line */
  .row-actions {
    align-self: flex-start;
    margin-top: calc(1lh + 0.25rem);
  }
  @media (max-width: 30rem) {
    .row-actions {
      margin-top: 0;
    }
  }
  .combobox {
    position: relative;
    display: flex;
    flex-direction: column;
  }
  .popup {
    position: absolute;
    top: 100%;
    left: 0;
    right: 0;
    z-index: 10;
    margin-top: 2px;
    background: var(--devreg-single-wizard-popup-background, var(--devreg-color-surface, #fff));
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    border-radius: var(--devreg-radius, 4px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
    max-height: 14rem;
    overflow: auto;
  }
  .popup[hidden],
  [role='listbox'][hidden] {
    display: none;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
  }
  [role='option'] {
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--devreg-color-primary, #0b5cad);
    color: var(--devreg-color-on-primary, #fff);
  }
  .popup p {
    margin: 0;
  }
  .popup p.message {
    padding: 0.25rem 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: var(--_gap);
  }
  .spacer {
    flex: 1;
  }
  progress {
    width: 100%;
    height: 1rem;
  }
  .sending:focus {
    outline: none;
  }
`;
