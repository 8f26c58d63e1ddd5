// The parts of the elements nested in another element's shadow root, which that element offers
// outside it (`exportparts`), and the rule that names them there. Each list holds the parts the
// nested element's JSDoc documents (`@csspart`), comma-separated as `exportparts` separates them
// (the shortest to ship: this is on every list page); test/exported-parts.test.ts checks each list
// against custom-elements.json, so a part added to an element and not here fails it. The lists of
// the elements loaded later are loaded with them: the wizards' in wizard-parts.ts (with the page's
// dialog), the schema form's in components/extension-wizard/pages.ts.

/** `<devreg-status-badge>`'s parts: the table re-exports them as `badge-<part>`. */
export const STATUS_BADGE_PARTS = 'base,icon,label';

/** `<devreg-register-menu>`'s parts: the page re-exports them as `register-menu-<part>`. */
export const REGISTER_MENU_PARTS = 'base,button,caret,reason,popup,menu,group,group-label,item,note';

/** `<devreg-registration-table>`'s parts, its badges' among them: the page re-exports them as `table-<part>`. */
export const REGISTRATION_TABLE_PARTS =
  'base,filters,status-filter,search,notice,live-notice,first-rows-note,first-rows-retry,length-note,previous-rows,next-rows,loading,empty,' +
  'error,progress,table,header,header-row,columnheader,body,row,cell,id-cell,status-cell,date-cell,group-cell,tenant-cell,' +
  'actions,token,token-input,token-toggle,accept-button,remove-button,register-again-button,row-error,dialog,dialog-heading,' +
  'dialog-error,dialog-actions,badge,badge-base,badge-icon,badge-label';

/**
 * The `exportparts` value that offers a nested element's `parts` outside its host's shadow root,
 * each as `<name>-<part>`, where `<name>` is the part the nested element itself is there (the
 * table's badges are part `badge`, so a badge's `label` is the table's `badge-label`). No element
 * has a part of its own beginning with such a name and a hyphen, so no names clash.
 */
export const exportParts = (name: string, parts: string): string => parts.replace(/[\w-]+/g, `$&:${name}-$&`);
