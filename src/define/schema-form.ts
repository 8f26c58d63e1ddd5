import { DevRegSchemaForm } from '../components/schema-form/schema-form.js';
import { defineElement } from '../internal/define.js';

defineElement('devreg-schema-form', DevRegSchemaForm);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-schema-form': DevRegSchemaForm;
  }
}
