// The parts of the built-in wizards, which the page's dialog re-exports as `wizard-<part>`: listed
// as src/internal/exported-parts.ts lists the list page's, under the same rule and checked by the
// same test (test/exported-parts.test.ts). A module of their own, loaded with the page's dialog:
// the list page does not carry them. (`CSS_PARTS`: each wizard's `…_WIZARD_PARTS` are the parts of
// its code it loads later.)

/** `<devreg-single-wizard>`'s parts, its connect panel's badges' among them: the page re-exports them as `wizard-<part>`. */
export const SINGLE_WIZARD_CSS_PARTS =
  'base,heading,step,form,rows,row,device-id,group,group-popup,group-option,group-message,tenant,field-error,remove-button,' +
  'add-button,register-button,notice,actions,sending,progress,result,results,result-registered,result-failed,result-id,' +
  'fix-button,close-button,connect,connect-request,connect-list,connect-device,connect-id,connect-status,connect-status-base,' +
  'connect-status-icon,connect-status-label,curl,copy-button,connect-accept,accept-button,token-input,token-toggle,' +
  'connect-error,refresh-button';

/** `<devreg-bulk-wizard>`'s parts: the page re-exports them as `wizard-<part>`. */
export const BULK_WIZARD_CSS_PARTS =
  'base,heading,step,file-step,preview-step,upload-step,result-step,step-heading,drop-zone,file-input,reading,templates,' +
  'template-button,file-info,encoding,format,custom-properties,separator,problem,notices,counts,valid-count,invalid-count,' +
  'only-invalid,table,column-header,rows,row,valid-row,invalid-row,failed-row,cell,progress,rows-done,time-left,' +
  'upload-status,outcome,summary,created,updated,failed,unchecked,invalid,not-sent,actions,cancel-button,retry-button,' +
  'choose-another-button,upload-button,notice,cancel-upload-button,resume-button,download-failed-button,close-button';

/** `<devreg-extension-wizard>`'s parts, its schema form's among them: the page re-exports them as `wizard-<part>`. */
export const EXTENSION_WIZARD_CSS_PARTS =
  'heading,description,steps,step,step-heading,form,form-form,form-field,form-label,form-required,form-control,form-input,' +
  'form-reveal,form-help,form-description,form-error,form-fieldset,form-object,form-array,form-radiogroup,form-checkbox,' +
  'form-legend,form-option,form-items,form-item,form-item-actions,form-actions,form-empty,reason,actions,examples,' +
  'example-description,progress,summary,detail,answer,answer-entry,answer-list,counts,failures,status';
