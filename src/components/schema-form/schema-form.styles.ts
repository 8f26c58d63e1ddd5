import { css } from 'lit';

export const schemaFormStyles = css`
  :host {
    display: block;
  }
  [part~='form'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  [part~='label'] {
    font-weight: var(--devreg-schema-form-label-weight, 600);
    color: var(--devreg-schema-form-label-color, var(--devreg-color-text, #1f2328));
  }
  [part~='checkbox'] [part~='label'],
  [part~='option'] {
    font-weight: normal;
  }
  [part~='required'] {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  [part~='control'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='control'] [part~='input']:not([type='checkbox']) {
    flex: 1 1 auto;
    max-width: var(--devreg-schema-form-input-max-width, 32rem);
  }
  [part~='help'] {
    color: var(--devreg-schema-form-help-color, var(--devreg-color-text-muted, #57606a));
    font-size: 0.9em;
    margin: 0;
  }
  [part~='error'] {
    color: var(--devreg-schema-form-error-color, var(--devreg-color-danger-text, #a0180e));
    font-size: 0.9em;
  }
  fieldset {
    margin: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
    border: var(--devreg-schema-form-fieldset-border, 1px solid var(--devreg-color-border, #d0d7de));
    border-radius: var(--devreg-radius, 4px);
    padding: var(--devreg-schema-form-fieldset-padding, 0.75rem);
  }
  /* as wide as the inputs around it, not a full-width box around two short options */
  [part~='radiogroup'] {
    gap: 0.25rem;
    max-width: var(--devreg-schema-form-input-max-width, 32rem);
  }
  [part~='option'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: var(--devreg-schema-form-label-weight, 600);
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    margin: 0;
    width: 1rem;
    height: 1rem;
  }
  [part~='items'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='item'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-bottom: 0.5rem;
    border-bottom: 1px dashed var(--devreg-color-border, #d0d7de);
  }
  [part~='item-actions'],
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='empty'] {
    margin: 0;
    color: var(--devreg-schema-form-help-color, var(--devreg-color-text-muted, #57606a));
  }
`;
