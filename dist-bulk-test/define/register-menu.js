import{D as e}from"../chunks/register-menu-MJaP5k6n.js";import{d as r}from"../chunks/define-B_c8iVoe.js";import"../chunks/devreg-element-BXWJlbIc.js";import"lit";import"lit/decorators.js";import"../chunks/task-Bl3sWkmS.js";import"@lit/reactive-element";import"../chunks/shared-DanW-4g-.js";r("devreg-register-menu",e);
//# sourceMappingURL=register-menu.js.map
