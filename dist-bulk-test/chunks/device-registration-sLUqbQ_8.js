import{m as e,d as t,D as i,i as o,_ as r,a as s}from"./devreg-element-BXWJlbIc.js";import{nothing as n,html as a,css as d}from"lit";import{state as l,query as c}from"lit/decorators.js";import{e as p}from"./provide-NL5F5FwO.js";import{D as h}from"./registration-adapter-8xSxki1m.js";import{e as g}from"./error-text-BaIhE4p8.js";import{i as m}from"./wizard-RT0fKe69.js";import{s as u}from"./shared-DanW-4g-.js";function f(e=document){let t=e.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t instanceof HTMLElement?t:void 0}function v(e){const t=e instanceof HTMLSlotElement?e.assignedElements({flatten:!0}):Array.from(e.children);for(const e of t){if(e instanceof HTMLElement&&(e.inert||e.hidden))continue;if(e instanceof HTMLElement&&e.matches('button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]')&&e.checkVisibility())return e;const t=v(e.shadowRoot??e);if(t)return t}}class b{#e;#t;#i;#o;#r;constructor(e,t){this.confirming=!1,this.#r=new WeakSet,this.#s=!1,this.#e=e,this.#t=t,e.addController(this)}get isOpen(){return!!this.#t.dialog()?.open}hostDisconnected(){const e=this.#t.dialog();e?.open&&e.close(),this.confirming=!1,this.#s=!1}show(e){const t=this.#t.dialog();t&&(this.#n(t),this.#i=e??f(),this.confirming=!1,this.#s=!0,t.open||t.showModal(),this.#e.requestUpdate())}requestClose(){const e=this.#t.dialog();return!e?.open||!this.confirming&&(this.#t.needsConfirmation()?(this.#o=f(),this.confirming=!0,this.#e.requestUpdate(),this.#e.updateComplete.then(()=>this.#a("keep")?.focus()),!1):(this.close(),!0))}focusContent(e,t=[]){const i=this.#t.dialog();if(!i?.open||this.confirming)return;const o=f();o&&o!==i&&!t.includes(o)&&i.contains(o)||v(e.shadowRoot??e)?.focus()}close(){const e=this.#t.dialog();this.confirming=!1,e?.open&&e.close(),this.#d()}keepEditing(){if(!this.confirming)return;this.confirming=!1,this.#e.requestUpdate();const e=this.#o;this.#o=void 0,this.#e.updateComplete.then(()=>{e?.isConnected&&e.focus()})}renderConfirmation(){return this.confirming?a`<div
      part="confirmation"
      role="alertdialog"
      aria-labelledby="devreg-confirm-title"
      aria-describedby="devreg-confirm-text"
    >
      <p id="devreg-confirm-title" part="confirmation-title">${e("Discard changes?",{id:"page.dialog.discard.title"})}</p>
      <p id="devreg-confirm-text">
        ${e("What you entered or started in this form will be lost.",{id:"page.dialog.discard.text"})}
      </p>
      <div part="confirmation-actions">
        <button type="button" class="primary" data-confirm="keep" @click=${()=>this.keepEditing()}>
          ${e("Keep editing",{id:"page.dialog.discard.keep"})}
        </button>
        <button type="button" class="danger" data-confirm="discard" @click=${()=>this.close()}>
          ${e("Discard",{id:"page.dialog.discard.confirm"})}
        </button>
      </div>
    </div>`:n}#a(e){return this.#t.dialog()?.querySelector(`[data-confirm="${e}"]`)}#n(e){this.#r.has(e)||(this.#r.add(e),e.addEventListener("keydown",t=>{"Escape"===t.key&&!t.defaultPrevented&&e.open&&(t.preventDefault(),this.confirming?this.keepEditing():this.requestClose())}),e.addEventListener("cancel",t=>{t.target===e&&(t.preventDefault(),this.confirming?this.keepEditing():this.requestClose())}),e.addEventListener("close",t=>{t.target===e&&this.#d()}))}#s;#d(){if(!this.#s||this.#t.dialog()?.open)return;this.#s=!1,this.confirming=!1;const e=this.#i;this.#i=void 0,this.#o=void 0,e?.isConnected&&e.focus(),this.#e.requestUpdate(),this.#t.onClose?.()}}function y(i,o,r){return a`<div part="accept-all-result" class="banner ${i.failed.length?"warning":""}">
    <p>${function(i,o){return 0===i?e("No requests were accepted.",{id:"page.acceptAll.none"}):1===i?e("1 request accepted.",{id:"page.acceptAll.one"}):e(t`${o(i)} requests accepted.`,{id:"page.acceptAll.many"})}(i.accepted.length,o)}</p>
    ${i.failed.length?a`<p id="accept-all-failed">${function(i,o){return 1===i?e("1 request could not be accepted:",{id:"page.acceptAll.failedOne"}):e(t`${o(i)} requests could not be accepted:`,{id:"page.acceptAll.failedMany"})}(i.failed.length,o)}</p>
          <ul part="accept-all-failures" aria-labelledby="accept-all-failed">
            ${i.failed.map(t=>a`<li><span part="device-id">${t.id}</span>: ${t.reason??e("No reason given.",{id:"page.acceptAll.noReason"})}</li>`)}
          </ul>`:n}
    <button type="button" part="dismiss" @click=${r}>${e("Dismiss",{id:"page.acceptAll.dismiss"})}</button>
  </div>`}const w=d`
  :host {
    display: block;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-device-registration-gap, 0.75rem);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--devreg-device-registration-heading-size, 1.25rem);
    font-weight: 600;
  }
  [part~='count'] {
    font-weight: 400;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .action {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-width: 22rem;
  }
  .reason {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='messages']:empty {
    display: none;
  }
  [part~='messages'] p,
  [part~='accept-all-result'] p {
    margin: 0 0 0.25rem;
  }
  [part~='accept-all-result'] ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  [part~='device-id'] {
    font-family: var(--devreg-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  [part~='dialog'] {
    width: var(--devreg-device-registration-dialog-width, min(48rem, calc(100vw - 2rem)));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius-large, 8px);
    background: var(--devreg-color-surface, #fff);
    color: inherit;
    box-shadow: var(--devreg-shadow-dialog, 0 12px 32px rgb(31 35 40 / 25%));
  }
  [part~='dialog']::backdrop {
    background: var(--devreg-device-registration-backdrop, rgb(31 35 40 / 45%));
  }
  [part~='dialog-header'] {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem 0.5rem 0;
  }
  [part~='dialog-close'] {
    min-width: 2rem;
    padding: 0.25rem;
    border-color: transparent;
    background: transparent;
    font-size: 1.25rem;
    line-height: 1;
  }
  [part~='dialog-body'] {
    padding: 0 1.25rem 1.25rem;
  }
  [part~='dialog-body'] > h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  [part~='confirmation'] {
    position: sticky;
    bottom: 0;
    margin: 0;
    padding: 0.75rem 1.25rem;
    border-top: 1px solid var(--devreg-color-warning, #b54708);
    background: var(--devreg-color-warning-surface, #fffaeb);
  }
  [part~='confirmation'] p {
    margin: 0 0 0.5rem;
  }
  [part~='confirmation-title'] {
    font-weight: 600;
  }
  [part~='confirmation-actions'] {
    display: flex;
    gap: 0.5rem;
  }
`,k={single:"devreg-single-wizard",bulk:"devreg-bulk-wizard",extension:"devreg-extension-wizard"},A={single:()=>import("../define/single-wizard.js"),bulk:()=>import("../define/bulk-wizard.js"),extension:()=>import("../define/extension-wizard.js")};function $(t){switch(t.kind){case"single":return e("Single device registration",{id:"menu.single"});case"bulk":return e("Bulk device registration",{id:"menu.bulk"});case"extension":return t.extension.name;case"form":return t.label}}class x extends i{static{this.styles=[u,w]}static{this.shadowRootOptions={...i.shadowRootOptions,slotAssignment:"manual"}}#l;#c;#p;#h;#g;#m;#u;#f;constructor(){super(),this.policy=h,this.errors={},this.sessionExpired=!1,this.acceptingAll=!1,this.slottedForms=[],this.menuForms=[],this.contentStatus="loading",this.dialogHeading="",this.#l=new b(this,{dialog:()=>this.dialogElement,needsConfirmation:()=>{const e=this.contentElement();return!!e&&m(e)&&(e.hasUnsavedInput||e.busy)},onClose:()=>this.handleDialogClosed()}),this.#g=new WeakMap,this.#m=1,this.#u=new MutationObserver(()=>this.collectForms()),this.#f=0,this.syncWizardState=()=>{const e=this.contentElement(),t=this.dialogContent;if(!t)return;const i=e&&m(e)?e.heading?.trim():"";this.dialogHeading=i||$(t)},this.handleSelected=e=>{const{option:t}=e;if("single"===t.kind||"bulk"===t.kind)this.openDialog({kind:t.kind});else if("extension"===t.kind&&t.extension)this.openDialog({kind:"extension",extension:t.extension});else if("form"===t.kind){const e=this.slottedForms.find(e=>e.id===t.formId);e&&this.openDialog({kind:"form",element:e.element,label:e.label})}},this.handleContentChanged=()=>{this.table?.reload(),this.loadLimit()},this.handleContentClose=()=>this.#l.close(),this.handleListState=e=>{const t=e,i=t.detail??t;this.listState={total:i.total,pending:i.pending,loading:i.loading,error:i.error}},this.#v=e=>new Intl.NumberFormat(this.effectiveLocale).format(e),this.addEventListener("devreg-error",e=>{"unauthorized"===e.error?.code&&(this.sessionExpired=!0)})}connectedCallback(){super.connectedCallback(),this.#u.observe(this,{childList:!0,subtree:!0,attributes:!0,attributeFilter:["slot","label","category","priority"]}),this.collectForms(),this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this.#u.disconnect(),this.#p?.abort(),this.#h?.abort(),this.#c=void 0}reload(){if(this.sessionExpired=!1,this.menu?.reloadExtensions(),this.errors.acceptAll){const e={...this.errors};delete e.acceptAll,this.errors=e}this.table?.reload(),this.loadSettings()}willUpdate(e){super.willUpdate(e);const t=this.effectiveAdapter;this.providedAdapter!==t&&(this.providedAdapter=t),this.#c!==(t??null)&&(this.#c=t??null,this.acceptAllOutcomes=void 0,this.permissions=void 0,this.errors={},this.sessionExpired=!1,this.loadSettings())}get isAdmin(){if(this.permissions)return this.permissions.admin;const e=this.effectiveAdapter;return!!e&&(!e.getPermissions||!!this.errors.getPermissions)}loadSettings(){this.#p?.abort();const e=this.effectiveAdapter;if(!e)return;const t=this.#p=new AbortController,{signal:i}=t,o=e.getPermissions?this.call("getPermissions",()=>e.getPermissions({signal:i}),i).then(e=>{e&&!i.aborted&&(this.permissions=e)}):void 0,r=e.getSecurityTokenPolicy?this.call("getSecurityTokenPolicy",()=>e.getSecurityTokenPolicy({signal:i}),i).then(e=>{i.aborted||(this.policy=e??h)}):void(this.policy=h);Promise.all([o,r,this.loadLimit()])}async loadLimit(){this.#h?.abort();const e=this.effectiveAdapter;if(!e?.getLimit)return void(this.limit=void 0);const t=this.#h=new AbortController,i=await this.call("getLimit",()=>e.getLimit({signal:t.signal}),t.signal);!t.signal.aborted&&i&&(this.limit=i)}async call(e,t,i){try{const o=await t();if(!i?.aborted&&this.errors[e]){const t={...this.errors};delete t[e],this.errors=t}return o}catch(t){if(i?.aborted||o(t))return;const r=this.reportError(e,t);return void("unauthorized"!==r.code&&(this.errors={...this.errors,[e]:r}))}}async acceptAll(){const e=this.effectiveAdapter;if(!e||this.acceptingAll)return;this.acceptingAll=!0,this.acceptAllOutcomes=void 0;const t=await this.call("acceptAll",()=>e.acceptAll());this.acceptingAll=!1,t&&(this.acceptAllOutcomes=t),this.table?.reload(),this.loadLimit()}collectForms(){const e=[];for(const t of Array.from(this.children)){if(!(t instanceof HTMLElement)||"registration-form"!==t.getAttribute("slot"))continue;let i=this.#g.get(t);i||this.#g.set(t,i="form-"+this.#m++);const o="bulk"===t.getAttribute("category")?"bulk":"single",r=Number(t.getAttribute("priority"));e.push({id:i,element:t,label:t.getAttribute("label")?.trim()||t.localName,category:o,priority:Number.isFinite(r)?r:void 0})}(e.length!==this.slottedForms.length||e.some((e,t)=>{const i=this.slottedForms[t];return e.element!==i.element||e.label!==i.label||e.category!==i.category||e.priority!==i.priority}))&&(this.slottedForms=e,this.menuForms=e.map(({id:e,label:t,category:i,priority:o})=>({id:e,label:t,category:i,priority:o})));const t=this.dialogContent;"form"!==t?.kind||e.some(e=>e.element===t.element)||this.#l.close()}contentElement(){const e=this.dialogContent;if(e)return"form"===e.kind?e.element:this.dialogElement?.querySelector(k[e.kind])??void 0}async openDialog(e){if(this.#l.isOpen)return;const t=++this.#f;if(this.dialogContent=e,this.dialogHeading=$(e),this.contentStatus="form"===e.kind?"ready":"loading",await this.updateComplete,"form"===e.kind&&this.formSlot?.assign(e.element),this.#l.show(this.menu??void 0),"form"!==e.kind){try{if(await async function(e){await A[e](),await customElements.whenDefined(k[e])}(e.kind),t!==this.#f)return;this.contentStatus="ready"}catch(e){if(t!==this.#f)return;return console.error("devreg-device-registration: could not load the wizard",e),void(this.contentStatus="failed")}await this.updateComplete}const i=this.contentElement();if(i&&"updateComplete"in i&&await i.updateComplete,t!==this.#f||!i)return;this.syncWizardState();const o=this.dialogElement?.querySelector('[part~="dialog-close"]');this.#l.focusContent(i,o?[o]:[])}handleDialogClosed(){this.#f++,this.formSlot?.assign(),this.dialogContent=void 0,this.dialogHeading=""}#v;render(){const i=this.effectiveAdapter,o=this.isAdmin,r=this.listState,s=r&&(r.total>0||!r.loading&&!r.error)?r.total:void 0,d=!!this.limit?.isReached;return a`<div part="base">
      <div part="header">
        <h2 part="heading" id="heading">
          ${e("Device registration",{id:"page.heading"})}${void 0!==s?a` <span part="count">(${this.#v(s)})</span>`:n}
        </h2>
        <div part="toolbar">
          ${o?this.renderAcceptAll():n}
          <button type="button" part="reload" ?disabled=${!i} @click=${()=>this.reload()}>
            ${e("Reload",{id:"page.reload"})}
          </button>
          ${o?a`<devreg-register-menu
                part="register-menu"
                .adapter=${i}
                .forms=${this.menuForms}
                .disabledReason=${d?e("The device limit is reached.",{id:"page.limit.reason"}):void 0}
                @devreg-register-selected=${this.handleSelected}
              ></devreg-register-menu>`:n}
        </div>
      </div>
      ${this.renderMessages()} ${d&&this.limit?function(i,o){const r=void 0!==i.limit?e(t`This tenant has reached its limit of ${o(i.limit)} devices. Remove registrations or devices, or ask for a higher limit, to register more.`,{id:"page.limit.bannerWithLimit"}):e("This tenant has reached its device limit. Remove registrations or devices, or ask for a higher limit, to register more.",{id:"page.limit.banner"});return a`<div part="limit-banner" class="banner warning" role="status">${r}</div>`}(this.limit,this.#v):n}
      <div part="result" role="status">
        ${this.acceptingAll?a`<p>${e("Accepting all pending requests…",{id:"page.acceptAll.running"})}</p>`:this.acceptAllOutcomes?y((l=this.acceptAllOutcomes,{accepted:l.filter(e=>e.successful).map(e=>e.id),failed:l.filter(e=>!e.successful).map(e=>({id:e.id,reason:e.error?.trim()||void 0}))}),this.#v,()=>{this.acceptAllOutcomes=void 0}):n}
      </div>
      <devreg-registration-table
        part="table"
        .adapter=${i}
        @devreg-list-state=${this.handleListState}
        @devreg-removed=${()=>{this.loadLimit()}}
      ></devreg-registration-table>
    </div>
    ${this.renderDialog()}`;var l}renderAcceptAll(){const t="REQUIRED"===this.policy,i=this.listState?.pending??0,o=t||0===i||this.acceptingAll||!this.effectiveAdapter;return a`<div class="action">
      <button
        type="button"
        part="accept-all"
        aria-describedby=${t?"accept-all-reason":n}
        ?disabled=${o}
        @click=${()=>{this.acceptAll()}}
      >
        ${e("Accept all",{id:"page.acceptAll"})}
      </button>
      ${t?a`<p class="reason" id="accept-all-reason">
            ${e("Not available: the security token policy requires each device to be accepted with its token.",{id:"page.acceptAll.requiredReason"})}
          </p>`:n}
    </div>`}renderMessages(){const t={getPermissions:()=>e("Your permissions could not be checked.",{id:"page.error.getPermissions"}),getSecurityTokenPolicy:()=>e("The security token policy could not be read; OPTIONAL is assumed.",{id:"page.error.getSecurityTokenPolicy"}),getLimit:()=>e("The device limit could not be checked.",{id:"page.error.getLimit"}),acceptAll:()=>e("Accept all failed.",{id:"page.error.acceptAll"})},i=Object.entries(this.errors);return this.sessionExpired||i.length?a`<div part="messages" role="alert">
      ${this.sessionExpired?a`<p part="session-expired" class="banner danger">
            ${e("Your session has expired. Sign in again, then choose Reload; nothing on this page has been lost.",{id:"page.sessionExpired"})}
          </p>`:n}
      ${i.map(([e,i])=>a`<p class="banner danger error-text">${t[e]()} ${g(i)}</p>`)}
    </div>`:n}renderDialog(){const t=this.dialogContent,i=this.#l.confirming;return a`<dialog
      part="dialog"
      aria-label=${this.dialogHeading||e("Registration",{id:"page.dialog.label"})}
      @devreg-wizard-state=${this.syncWizardState}
      @devreg-close=${this.handleContentClose}
      @devreg-registered=${this.handleContentChanged}
      @devreg-bulk-completed=${this.handleContentChanged}
    >
      <div part="dialog-header" .inert=${i}>
        <button
          type="button"
          part="dialog-close"
          aria-label=${e("Close dialog",{id:"page.dialog.close"})}
          @click=${()=>this.#l.requestClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div part="dialog-body" .inert=${i}>
        ${t?this.renderContent(t):n}
        <slot></slot>
      </div>
      ${this.#l.renderConfirmation()}
    </dialog>`}renderContent(t){return"form"===t.kind?m(t.element)?n:a`<h2>${t.label}</h2>`:"failed"===this.contentStatus?a`<p role="alert" class="error-text">
        ${e("This registration form could not be loaded. Check the connection and try again.",{id:"page.dialog.loadFailed"})}
      </p>`:"loading"===this.contentStatus?a`<p role="status">${e("Loading…",{id:"page.dialog.loading"})}</p>`:function(e,t){switch(e.kind){case"single":return a`<devreg-single-wizard part="wizard" .adapter=${t}></devreg-single-wizard>`;case"bulk":return a`<devreg-bulk-wizard part="wizard" .adapter=${t}></devreg-bulk-wizard>`;case"extension":return a`<devreg-extension-wizard
        part="wizard"
        .adapter=${t}
        .extension=${e.extension}
      ></devreg-extension-wizard>`}}(t,this.effectiveAdapter)}}r([p({context:s}),l()],x.prototype,"providedAdapter",void 0),r([l()],x.prototype,"permissions",void 0),r([l()],x.prototype,"policy",void 0),r([l()],x.prototype,"limit",void 0),r([l()],x.prototype,"errors",void 0),r([l()],x.prototype,"sessionExpired",void 0),r([l()],x.prototype,"listState",void 0),r([l()],x.prototype,"acceptingAll",void 0),r([l()],x.prototype,"acceptAllOutcomes",void 0),r([l()],x.prototype,"slottedForms",void 0),r([l()],x.prototype,"menuForms",void 0),r([l()],x.prototype,"dialogContent",void 0),r([l()],x.prototype,"contentStatus",void 0),r([l()],x.prototype,"dialogHeading",void 0),r([c("dialog")],x.prototype,"dialogElement",void 0),r([c("slot")],x.prototype,"formSlot",void 0),r([c("devreg-registration-table")],x.prototype,"table",void 0),r([c("devreg-register-menu")],x.prototype,"menu",void 0);export{x as D};
//# sourceMappingURL=device-registration-sLUqbQ_8.js.map
