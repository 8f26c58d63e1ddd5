import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--devreg-bulk-wizard-gap, var(--devreg-space-m, 0.75rem));
    --_muted: var(--devreg-color-text-muted, #57606a);
    --_border: var(--devreg-color-border, #d0d7de);
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.25rem;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1rem;
  }
  h3:focus {
    outline: none;
  }
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .hint {
    color: var(--_muted);
  }
  .drop-zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_gap) / 2);
    padding: calc(var(--_gap) * 1.5);
    border: 2px dashed var(--devreg-bulk-wizard-drop-border, var(--devreg-color-border-strong, #8c959f));
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-bulk-wizard-drop-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  .drop-zone.dragging {
    border-color: var(--devreg-color-primary, #0b5cad);
  }
  .drop-zone label {
    font-weight: 600;
  }
  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
  }
  .actions {
    justify-content: flex-end;
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_gap);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .separator {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2);
  }
  ul.notices {
    margin: 0;
    padding-left: 1.25rem;
  }
  label.checkbox {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    align-self: flex-start;
  }
  label.checkbox input {
    min-height: auto;
    margin: 0;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    font-weight: 600;
  }
  .invalid-count {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  .progress-track {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--devreg-bulk-wizard-progress-track, var(--devreg-color-surface-muted, #eaeef2));
    overflow: hidden;
    border: 1px solid var(--_border);
  }
  .progress-bar {
    height: 100%;
    background: var(--devreg-bulk-wizard-progress-color, var(--devreg-color-primary, #0b5cad));
    transition: width 0.2s;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--devreg-radius, 4px);
  }
  .table {
    min-width: 100%;
    width: max-content;
  }
  .tr {
    display: grid;
    grid-template-columns: var(--_columns);
    width: 100%;
    border-bottom: 1px solid var(--_border);
  }
  .thead .tr {
    background: var(--devreg-color-surface-muted, #f6f8fa);
    font-weight: 600;
  }
  .th,
  .td {
    padding: 0.375rem 0.5rem;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .tr.empty {
    grid-template-columns: 1fr;
    color: var(--_muted);
  }
  [part~='invalid-row'],
  [part~='failed-row'] {
    background: var(--devreg-bulk-wizard-invalid-row-background, var(--devreg-color-danger-surface, #fef3f2));
  }
  .error-cell {
    color: var(--devreg-color-danger-text, #a0180e);
  }
`;
