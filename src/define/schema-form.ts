import './context-root.js';
import { DevRegSchemaForm } from '../components/schema-form/schema-form.js';

if (!customElements.get('devreg-schema-form')) customElements.define('devreg-schema-form', DevRegSchemaForm);

declare global {
  interface HTMLElementTagNameMap {
    'devreg-schema-form': DevRegSchemaForm;
  }
}
