import{D as e}from"../chunks/schema-form-D_g5oB3u.js";import{d as i}from"../chunks/define-B_c8iVoe.js";import"lit";import"../chunks/shared-DanW-4g-.js";import"../chunks/devreg-element-BXWJlbIc.js";import"lit/decorators.js";import"lit/directives/if-defined.js";import"lit/directives/live.js";i("devreg-schema-form",e);
//# sourceMappingURL=schema-form.js.map
