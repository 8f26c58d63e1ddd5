import{i as e,m as t,d as r,D as i,_ as s}from"../chunks/devreg-element-BXWJlbIc.js";import{html as o,css as a,nothing as n}from"lit";import{property as d,state as l,query as c}from"lit/decorators.js";import{styleMap as h}from"lit/directives/style-map.js";import{v as u}from"../chunks/virtualize-TMtxZHxc.js";import{D as m,R as p,i as g}from"../chunks/registration-adapter-8xSxki1m.js";import{D as v}from"../chunks/devreg-accepted-DogqsUbW.js";import{D as b}from"../chunks/devreg-registered-BMC6ikjA.js";import{D as f}from"../chunks/devreg-removed-Cmw6YEiH.js";import{e as w}from"../chunks/error-text-BaIhE4p8.js";import{s as y}from"../chunks/shared-DanW-4g-.js";import{live as $}from"lit/directives/live.js";import{s as k}from"./status-badge.js";import{d as E}from"../chunks/define-B_c8iVoe.js";import"lit/directive.js";import"lit/async-directive.js";import"lit/directives/repeat.js";function C(e){const t=e.creationTime?Date.parse(e.creationTime):0;return{request:e,rank:"PENDING_ACCEPTANCE"===e.status?0:1,time:Number.isFinite(t)?t:0}}function T(e,t){if(e.rank!==t.rank)return e.rank-t.rank;if(e.time!==t.time)return t.time-e.time;const r=e.request.id,i=t.request.id;return r<i?-1:r>i?1:0}function x(e,t){let r=0,i=e.length;for(;r<i;){const s=r+i>>>1;T(e[s],t)<0?r=s+1:i=s}return r}class q{#e;#t;#r;#i;#s;#o;#a;#n;#d;#l;#c;#h;constructor(e,t){this.rows=[],this.counts=new Map,this.loading=!1,this.loaded=!1,this.complete=!1,this.permissions={read:!0,admin:!0},this.securityTokenPolicy=m,this.tenants=[],this.#i=new Map,this.#a=!1,this.#n=1,this.#d=new Set,this.#l=new Set,this.#c=new Set,this.#h=!1,this.#e=e,this.#t=t,e.addController(this)}get total(){return this.rows.length}get pending(){return this.counts.get("PENDING_ACCEPTANCE")??0}get(e){return this.#i.get(e)?.request}hostConnected(){this.#a=!0,this.#u(!0)}hostDisconnected(){this.#a=!1,this.#m()}hostUpdate(){this.#u(!1)}hostUpdated(){this.#h=!1}reload(){this.#s?.abort(),this.#n=1,this.#p(!0)}retry(){this.loaded?(this.#s?.abort(),this.#p(!1)):this.reload()}upsert(e){this.#d.add(e.id),this.#l.add(e.id);const t=this.#g(),r=this.#i.get(e.id);r&&this.#v(t,r);const i=C(e);t.splice(x(t,i),0,i),this.#i.set(e.id,i),this.#b(e.status,1),this.#e.requestUpdate()}removeLocal(e){this.#l.add(e),this.#d.delete(e);const t=this.#i.get(e);t&&(this.#v(this.#g(),t),this.#i.delete(e),this.#e.requestUpdate())}hold(e){this.#c.add(e)}release(e){this.#c.delete(e)}#g(){return this.#h||(this.rows=this.rows.slice(),this.#h=!0),this.rows}#v(e,t){let r=x(e,t);e[r]!==t&&(r=e.indexOf(t)),r>=0&&e.splice(r,1),this.#b(t.request.status,-1)}#b(e,t){const r=(this.counts.get(e)??0)+t;r>0?this.counts.set(e,r):this.counts.delete(e)}#u(e){if(!this.#a)return;const t=this.#t.adapter();(t!==this.#r||e)&&(t!==this.#r?(this.#m(),this.#r=t,this.#f()):this.#m(),t&&(t.subscribe&&(this.#o=t.subscribe(e=>this.#w(e))),this.#n=1,this.#p(!0)))}#m(){this.#s?.abort(),this.#s=void 0,this.#o?.(),this.#o=void 0,this.loading&&(this.loading=!1,this.#e.requestUpdate())}#f(){this.rows=[],this.#h=!1,this.#i.clear(),this.counts.clear(),this.loaded=!1,this.complete=!1,this.error=void 0,this.permissions={read:!0,admin:!0},this.securityTokenPolicy=m,this.tenants=[],this.#e.requestUpdate()}#w(e){const t="removed"===e.type?e.id:e.request.id;if(this.#c.has(t))return;const r=this.get(t);"removed"===e.type?this.removeLocal(t):this.upsert(e.request),this.#t.onLiveChange?.(e,r)}async#p(t){const r=this.#r;if(!r)return;const i=new AbortController;this.#s=i;const{signal:s}=i;this.loading=!0,this.error=void 0,this.complete=!1,t&&(this.#d=new Set,this.#l=new Set),this.#e.requestUpdate();const o=Math.max(1,Math.min(2e3,Math.floor(this.#t.pageSize())||1e3));let a=this.#n;try{if(1===a){const[e]=await Promise.all([r.list({page:a,pageSize:o},{signal:s}),this.#y(r,s)]);if(s.aborted)return;if(this.#$(e.requests),this.loaded=!0,this.#e.requestUpdate(),this.#k(e.requests.length,o,a,e.totalPages))return this.#E();a++}for(;;){if(this.#n=a,await new Promise(e=>setTimeout(e,0)),s.aborted)return;const e=await r.list({page:a,pageSize:o},{signal:s});if(s.aborted)return;if(this.#$(e.requests),this.#e.requestUpdate(),this.#k(e.requests.length,o,a,e.totalPages))return this.#E();a++}}catch(t){if(s.aborted||e(t))return;this.#n=a,this.error=this.#t.reportError("list",t),this.loading=!1,this.#e.requestUpdate()}}#k(e,t,r,i){return 0===e||(void 0!==i?r>=i:e<t)}#E(){if(this.#n=1,this.#i.size>this.#d.size){const e=this.rows.filter(e=>!this.#d.has(e.request.id));for(const t of e)this.removeLocal(t.request.id)}this.#d=new Set,this.#l=new Set,this.loading=!1,this.complete=!0,this.#e.requestUpdate()}#$(e){const t=new Map;for(const r of e)this.#l.has(r.id)||(this.#d.add(r.id),t.set(r.id,C(r)));if(0===t.size)return;let r=!1;for(const[e,i]of t){const t=this.#i.get(e);t&&(r=!0,this.#b(t.request.status,-1)),this.#i.set(e,i),this.#b(i.request.status,1)}const i=r?this.rows.filter(e=>!t.has(e.request.id)):this.rows,s=[...t.values()];let o=!0;for(let e=1;e<s.length&&o;e++)o=T(s[e-1],s[e])<=0;o||s.sort(T),this.rows=function(e,t){if(0===t.length)return e.slice();if(0===e.length)return t.slice();const r=new Array(e.length+t.length);let i=0,s=0,o=0;for(;i<e.length&&s<t.length;)r[o++]=T(e[i],t[s])<=0?e[i++]:t[s++];for(;i<e.length;)r[o++]=e[i++];for(;s<t.length;)r[o++]=t[s++];return r}(i,s),this.#h=!1}async#y(t,r){const i=(t,i)=>{r.aborted||e(i)||this.#t.reportError(t,i)};await Promise.all([t.getPermissions?t.getPermissions({signal:r}).then(e=>this.permissions=e,e=>i("getPermissions",e)):void 0,t.getSecurityTokenPolicy?t.getSecurityTokenPolicy({signal:r}).then(e=>this.securityTokenPolicy=e,e=>{this.securityTokenPolicy=m,i("getSecurityTokenPolicy",e)}):void 0,t.listTenants?t.listTenants({signal:r}).then(e=>this.tenants=e,e=>i("listTenants",e)):void 0])}}class I extends Event{static{this.eventName="devreg-list-state"}constructor(e){super(I.eventName,{bubbles:!0}),this.total=e.total,this.pending=e.pending,this.loading=e.loading,this.error=e.error}get detail(){return{total:this.total,pending:this.pending,loading:this.loading,error:this.error}}}const A=a`
  :host {
    display: block;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 500;
  }
  .field input,
  .field select {
    font-weight: 400;
    min-width: 14rem;
  }
  [part~='notice'] {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .state {
    padding: 2rem 1rem;
    text-align: center;
    color: var(--devreg-color-text-muted, #57606a);
    border: 1px dashed var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
  }
  .state p {
    margin: 0.25rem 0;
  }
  .state-title {
    font-weight: 600;
    color: var(--devreg-color-text, #1f2328);
    margin: 0 0 0.25rem;
  }
  [part~='error'] p {
    margin: 0 0 0.5rem;
  }
  .progress {
    margin: 0;
    color: var(--devreg-color-text-muted, #57606a);
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  /* the table: a scroll container holding a sticky header and the virtualized body */
  .table {
    position: relative;
    overflow: auto;
    max-height: var(--devreg-registration-table-max-height, 32rem);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-color-surface, #fff);
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    width: max(100%, var(--devreg-registration-table-min-width, 52rem));
    background: var(--devreg-registration-table-header-background, var(--devreg-color-surface-muted, #f6f8fa));
    border-bottom: 1px solid var(--devreg-color-border-strong, #8c959f);
    font-weight: 600;
  }
  .body {
    width: max(100%, var(--devreg-registration-table-min-width, 52rem));
  }
  [role='row'] {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  .body [role='row'] {
    width: 100%;
    min-height: var(--devreg-registration-table-row-min-height, 3rem);
    border-bottom: var(--devreg-registration-table-row-border, 1px solid var(--devreg-color-border, #d0d7de));
    background: var(--devreg-color-surface, #fff);
  }
  .body [role='row'].pending {
    background: var(--devreg-registration-table-pending-background, var(--devreg-color-warning-surface, #fffaeb));
  }
  .body [role='row']:hover {
    background: var(--devreg-registration-table-row-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [role='cell'],
  [role='columnheader'] {
    padding: var(--devreg-registration-table-cell-padding, 0.5rem 0.75rem);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .device-id {
    font-family: var(--devreg-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  .token {
    display: inline-flex;
    align-items: center;
  }
  .token input {
    width: 9rem;
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .token button {
    border-left: 0;
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    padding: 0.25rem 0.5rem;
  }
  .token button[aria-pressed='true'] {
    background: var(--devreg-color-surface-muted, #f6f8fa);
  }
  .token svg {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    vertical-align: middle;
  }
  [part~='row-error'] {
    margin-top: 0.25rem;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    padding: 1.25rem;
    color: inherit;
    background: var(--devreg-color-surface, #fff);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
`;const D=o`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5Z"></path>
  <circle cx="8" cy="8" r="2.25"></circle>
</svg>`;function P(e,i,s){const{request:a}=e,{id:d}=a,l=String(a.status??"");return o`<div
    role="row"
    part="row"
    aria-rowindex=${i+2}
    data-id=${d}
    data-status=${l}
    class=${0===e.rank?"pending":""}
  >
    <div role="cell" part="cell id-cell"><span class="device-id">${d}</span></div>
    <div role="cell" part="cell status-cell"><devreg-status-badge status=${l}></devreg-status-badge></div>
    <div role="cell" part="cell date-cell">
      ${a.creationTime?o`<time datetime=${a.creationTime}>${s.formatDate(a.creationTime)}</time>`:n}
    </div>
    <div role="cell" part="cell group-cell">${a.groupId??n}</div>
    ${s.showTenant?o`<div role="cell" part="cell tenant-cell">${a.tenantId??n}</div>`:n}
    ${s.admin?function(e,i){const{id:s,status:a}=e.request,d="PENDING_ACCEPTANCE"===a,l="BLOCKED"===a,c=i.busy(s),h=i.error(s),u=`${i.domId(s)}-error`;return o`<div role="cell" part="cell actions">
    <div class="controls">
      ${d&&"IGNORED"!==i.policy?function(e,r,i){const{id:s}=e.request,a=r.revealed(s),d="REQUIRED"===r.policy;return o`<span class="token" part="token">
    <input
      type=${a?"text":"password"}
      part="token-input"
      aria-label=${t("Security token",{id:"table.token"})}
      aria-invalid=${i?"true":"false"}
      aria-describedby=${i??n}
      ?required=${d}
      autocomplete="off"
      spellcheck="false"
      .value=${$(r.token(s))}
      ?disabled=${r.busy(s)}
      @input=${e=>r.onTokenInput(s,e)}
      @keydown=${t=>r.onTokenKeydown(e,t)}
    />
    <button
      type="button"
      part="token-toggle"
      class="icon"
      aria-label=${t("Show security token",{id:"table.token.show"})}
      title=${t("Show security token",{id:"table.token.show"})}
      aria-pressed=${a?"true":"false"}
      @click=${()=>r.onToggleReveal(s)}
    >
      ${D}
    </button>
  </span>`}(e,i,h?u:void 0):n}
      ${d?o`<button
            type="button"
            class="primary"
            part="accept-button"
            aria-label=${t(r`Accept ${s}`,{id:"table.acceptLabel"})}
            ?disabled=${c}
            @click=${()=>i.onAccept(e)}
          >
            ${t("Accept",{id:"table.accept"})}
          </button>`:n}
      ${l?o`<button
            type="button"
            part="register-again-button"
            aria-label=${t(r`Register again ${s}`,{id:"table.registerAgainLabel"})}
            ?disabled=${c}
            @click=${()=>i.onRegisterAgain(e)}
          >
            ${t("Register again",{id:"table.registerAgain"})}
          </button>`:n}
      <button
        type="button"
        part="remove-button"
        aria-label=${t(r`Remove ${s}`,{id:"table.removeLabel"})}
        ?disabled=${c}
        @click=${t=>i.onRemove(e,t)}
      >
        ${t("Remove",{id:"table.remove"})}
      </button>
    </div>
    ${h?o`<div id=${u} part="row-error" class="error-text" role="alert">${h}</div>`:n}
  </div>`}(e,s):n}
  </div>`}class N extends i{constructor(){super(...arguments),this.pageSize=1e3,this.statusFilter="all",this.search="",this.announcement="",this.removeBusy=!1,this.#C=new q(this,{adapter:()=>this.effectiveAdapter,pageSize:()=>this.pageSize,reportError:(e,t)=>this.reportError(e,t),onLiveChange:(e,t)=>this.#w(e,t)}),this.#T=new Map,this.#x=new Set,this.#q=new Map,this.#I=new Set,this.#A=new Map,this.#D=0,this.#P=[],this.#N="",this.#R=()=>{this.statusFilter="all",this.search=""},this.#S=e=>{const t=e.composedPath()[0];if(!(t instanceof HTMLElement))return;const r=t.closest("[part~=row]"),i=t.getAttribute("part")?.split(" ")[0];this.#F=r?.dataset.id&&i?{id:r.dataset.id,part:i}:void 0}}static{this.styles=[y,A]}#C;#T;#x;#q;#I;#A;#D;#L;#B;#P;#O;#N;#j;#G;#M;#F;reload(){this.notice=void 0,this.#C.reload()}connectedCallback(){super.connectedCallback(),this.addEventListener("focusin",this.#S)}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("focusin",this.#S),clearTimeout(this.#O),this.#P=[],this.#T.clear(),this.#x.clear()}updated(e){super.updated(e);const t=this.#C,r=`${t.total}|${t.pending}|${t.loading}|${t.error?`${t.error.code}:${t.error.message}`:""}`;r!==this.#N&&(this.#N=r,this.dispatchEvent(new I({total:t.total,pending:t.pending,loading:t.loading,error:t.error})))}render(){return o`<div part="base">
      ${this.#C.loaded&&this.#C.total>0?this.#U():n}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.notice?o`<div part="notice" class="banner" tabindex="-1">
            <span>${this.notice}</span>
            <button type="button" @click=${()=>this.notice=void 0}>
              ${t("Dismiss",{id:"table.dismiss"})}
            </button>
          </div>`:n}
      ${this.#z()}
      ${e={id:this.removeTarget?.id,busy:this.removeBusy,error:this.removeError,onCancel:()=>this.dialog?.close(),onConfirm:()=>{this.#_()},onClose:()=>this.#K(),onCancelEvent:e=>{this.removeBusy&&e.preventDefault()}},o`<dialog
    part="dialog"
    aria-labelledby="remove-dialog-heading"
    aria-describedby="remove-dialog-text"
    @close=${e.onClose}
    @cancel=${e.onCancelEvent}
  >
    ${void 0===e.id?n:o`<h2 id="remove-dialog-heading" part="dialog-heading">
            ${t("Remove registration?",{id:"table.dialog.heading"})}
          </h2>
          <p id="remove-dialog-text">
            ${t(r`The registration request for ${e.id} will be removed. The device cannot connect until it is registered again.`,{id:"table.dialog.text"})}
          </p>
          ${e.error?o`<p part="dialog-error" class="error-text" role="alert">${e.error}</p>`:n}
          <div class="dialog-actions" part="dialog-actions">
            <button type="button" ?disabled=${e.busy} @click=${e.onCancel}>
              ${t("Cancel",{id:"table.dialog.cancel"})}
            </button>
            <button type="button" class="danger" ?disabled=${e.busy} @click=${e.onConfirm}>
              ${t("Remove registration",{id:"table.dialog.confirm"})}
            </button>
          </div>`}
  </dialog>`}
    </div>`;var e}#z(){const e=this.#C;if(!this.effectiveAdapter)return o`<p part="empty" class="state">
        ${t("No adapter is connected, so there is nothing to show.",{id:"table.noAdapter"})}
      </p>`;if(!e.loaded)return e.error?this.#V(t("The registration requests could not be loaded.",{id:"table.error"})):o`<div part="loading" class="state" role="status">
        <span class="spinner" aria-hidden="true"></span>
        ${t("Loading registration requests…",{id:"table.loading"})}
      </div>`;const i=e.error?this.#V(t("Not all registration requests could be loaded.",{id:"table.partialError"})):n;if(0===e.total)return e.loading?o`<div part="loading" class="state" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${t("Loading registration requests…",{id:"table.loading"})}
        </div>`:e.error?i:o`<div part="empty" class="state">
        <p class="state-title">${t("No registration requests",{id:"table.empty"})}</p>
        <p>
          ${t("Register a device to see it here. It stays in this list until the device has connected and been accepted.",{id:"table.empty.hint"})}
        </p>
      </div>`;const s=this.#Q();return o`${i}
      ${e.loading?o`<p part="progress" class="progress">
            <span class="spinner" aria-hidden="true"></span>
            ${t(r`Loading more… ${this.#W(e.total)} loaded`,{id:"table.loadingMore"})}
          </p>`:n}
      ${0===s.length?o`<div part="empty" class="state">
            <p class="state-title">${t("No registration requests match the filter.",{id:"table.noMatch"})}</p>
            <button type="button" @click=${this.#R}>${t("Clear filter",{id:"table.clearFilter"})}</button>
          </div>`:this.#H(s)}`}#V(e){const r=this.#C.error;return o`<div part="error" class="banner danger" role="alert">
      <p class="state-title">${e}</p>
      ${r?o`<p>${w(r)}</p>`:n}
      <button type="button" @click=${()=>this.#C.retry()}>${t("Retry",{id:"table.retry"})}</button>
    </div>`}#U(){return function(e){const i=e.formatNumber;return o`<div part="filters" class="filters">
    <label class="field">
      <span>${t("Show",{id:"table.filter.status"})}</span>
      <select part="status-filter" @change=${e.onStatusChange}>
        <option value="all" ?selected=${"all"===e.status}>
          ${t(r`All statuses (${i(e.total)})`,{id:"table.filter.all"})}
        </option>
        ${p.map(s=>o`<option value=${s} ?selected=${e.status===s}>
              ${t(r`${k(s)} (${i(e.count(s))})`,{id:"table.filter.option"})}
            </option>`)}
      </select>
    </label>
    <label class="field">
      <span>${t("Search by device ID",{id:"table.search"})}</span>
      <input
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        .value=${$(e.search)}
        @input=${e.onSearchInput}
      />
    </label>
  </div>`}({status:this.statusFilter,search:this.search,total:this.#C.total,count:e=>this.#C.counts.get(e)??0,formatNumber:e=>this.#W(e),onStatusChange:e=>{this.statusFilter=e.target.value},onSearchInput:e=>{this.search=e.target.value}})}#H(e){const r=this.#C,i=r.tenants.length>0,s=r.permissions.admin,a=["var(--devreg-registration-table-id-column, minmax(9rem, 2fr))","var(--devreg-registration-table-status-column, minmax(11.5rem, 1.4fr))","var(--devreg-registration-table-date-column, minmax(9rem, 1.2fr))","var(--devreg-registration-table-group-column, minmax(6rem, 1fr))",...i?["var(--devreg-registration-table-tenant-column, minmax(6rem, 1fr))"]:[],...s?["var(--devreg-registration-table-actions-column, minmax(19rem, 2.6fr))"]:[]],d=this.#Z(i,s);return o`<div
      role="table"
      part="table"
      class="table"
      tabindex="0"
      aria-label=${t("Device registration requests",{id:"table.name"})}
      aria-rowcount=${e.length+1}
      style=${h({"--_columns":a.join(" ")})}
    >
      <div role="rowgroup" part="header" class="header">
        <div role="row" part="header-row" aria-rowindex="1">
          <div role="columnheader" part="columnheader">${t("Device ID",{id:"table.col.id"})}</div>
          <div role="columnheader" part="columnheader">${t("Status",{id:"table.col.status"})}</div>
          <div role="columnheader" part="columnheader">${t("Creation date",{id:"table.col.created"})}</div>
          <div role="columnheader" part="columnheader">${t("Group",{id:"table.col.group"})}</div>
          ${i?o`<div role="columnheader" part="columnheader">${t("Tenant",{id:"table.col.tenant"})}</div>`:n}
          ${s?o`<div role="columnheader" part="columnheader">${t("Actions",{id:"table.col.actions"})}</div>`:n}
        </div>
      </div>
      <div role="rowgroup" part="body" class="body">
        ${u({items:e,keyFunction:(e,t)=>e?.request.id??`\0${t}`,renderItem:(e,t)=>e?P(e,t,d):o``})}
      </div>
    </div>`}#Z(e,t){return{showTenant:e,admin:t,policy:this.#C.securityTokenPolicy,formatDate:e=>this.#J(e),domId:e=>this.#X(e),token:e=>this.#T.get(e)??"",revealed:e=>this.#x.has(e),error:e=>this.#q.get(e),busy:e=>this.#I.has(e),onTokenInput:(e,t)=>{this.#T.set(e,t.target.value),this.#q.get(e)===this.#Y()&&(this.#q.delete(e),this.requestUpdate())},onTokenKeydown:(e,t)=>{"Enter"===t.key&&(t.preventDefault(),this.#ee(e.request))},onToggleReveal:e=>{this.#x.has(e)?this.#x.delete(e):this.#x.add(e),this.requestUpdate()},onAccept:e=>{this.#ee(e.request)},onRemove:(e,t)=>this.#te(e.request,t.currentTarget),onRegisterAgain:e=>{this.#re(e.request)}}}#Q(){const e=this.#C.rows,t=this.statusFilter,r=this.search.trim().toLowerCase(),i=this.#j;if(i&&i.rows===e&&i.filter===t&&i.search===r)return i.result;let s=e;return("all"!==t||r)&&(s=e.filter(e=>("all"===t||e.request.status===t)&&(!r||e.request.id.toLowerCase().includes(r)))),this.#j={rows:e,filter:t,search:r,result:s},s}#R;#J(e){if(!e)return"";const t=new Date(e);if(Number.isNaN(t.getTime()))return e;const r=this.effectiveLocale;return this.#G?.locale!==r&&(this.#G={locale:r,format:new Intl.DateTimeFormat(r,{dateStyle:"medium",timeStyle:"short"})}),this.#G.format.format(t)}#W(e){const t=this.effectiveLocale;return this.#M?.locale!==t&&(this.#M={locale:t,format:new Intl.NumberFormat(t)}),this.#M.format.format(e)}#X(e){let t=this.#A.get(e);return t||(t="row-"+this.#D++,this.#A.set(e,t)),t}#Y(){return t("Enter the security token the device sent.",{id:"table.token.required"})}async#ee(e){const i=this.effectiveAdapter,{id:s}=e;if(!i||this.#I.has(s))return;const o=this.#C.securityTokenPolicy,a="IGNORED"===o?"":this.#T.get(s)??"";if("REQUIRED"===o&&!a.trim())return this.#q.set(s,this.#Y()),this.requestUpdate(),await this.updateComplete,void this.#ie(s,"token-input")?.focus();this.#se(s,!0),this.#q.delete(s);try{const e=await i.accept(s,a?{securityToken:a}:{});this.#T.delete(s),this.#x.delete(s),this.#C.upsert(e),this.#oe(t(r`Device ${s} accepted.`,{id:"table.accepted"})),this.dispatchEvent(new v(s))}catch(e){const t=this.reportError("accept",e);if("aborted"===t.code)return;"not-found"===t.code?this.#ae(s):this.#q.set(s,w(t))}finally{this.#se(s,!1)}}#te(e,t){this.#L=t,this.removeTarget=e,this.removeError=void 0,this.removeBusy=!1,this.updateComplete.then(()=>{this.dialog&&!this.dialog.open&&this.dialog.showModal()})}async#_(){const e=this.effectiveAdapter,i=this.removeTarget;if(!e||!i||this.removeBusy)return;const{id:s}=i;this.removeBusy=!0,this.removeError=void 0,this.#se(s,!0);const o=this.#Q().findIndex(e=>e.request.id===s);try{await e.remove(s),this.#B=Math.max(0,o),this.#ne(s),this.#C.removeLocal(s),this.#oe(t(r`Device ${s} removed.`,{id:"table.removed"})),this.dispatchEvent(new f(s)),this.removeBusy=!1,this.dialog?.close()}catch(e){const t=this.reportError("remove",e);this.removeBusy=!1,"not-found"===t.code?(this.dialog?.close(),this.#ae(s)):"aborted"!==t.code&&(this.removeError=w(t))}finally{this.#se(s,!1)}}#K(){const e=this.#L,t=this.#B;this.#L=void 0,this.#B=void 0,this.removeTarget=void 0,this.removeError=void 0,void 0===t&&e?.isConnected?e.focus():this.updateComplete.then(()=>new Promise(e=>requestAnimationFrame(e))).then(()=>{const e=this.#Q(),r=e[Math.min(t??0,e.length-1)],i=r?this.#ie(r.request.id,"remove-button"):void 0;i?i.focus():this.#de()})}async#re(e){const i=this.effectiveAdapter,{id:s,groupId:o,tenantId:a,type:n}=e;if(i&&!this.#I.has(s)){this.#se(s,!0),this.#q.delete(s),this.#C.hold(s);try{try{await i.remove(s)}catch(e){const t=this.reportError("remove",e);if("not-found"!==t.code)return void("aborted"!==t.code&&this.#q.set(s,w(t)))}try{const e=await i.create({id:s,groupId:o,tenantId:a,type:n});this.#C.upsert(e),this.#oe(t(r`Device ${s} registered again.`,{id:"table.registeredAgain"})),this.dispatchEvent(new b([s],[]))}catch(e){const i=this.reportError("create",e),o=w(i);this.#ne(s),this.#C.removeLocal(s),this.notice=t(r`${s} was removed but could not be registered again: ${o}`,{id:"table.registerAgainFailed"}),this.dispatchEvent(new b([],[{id:s,message:o}])),await this.updateComplete,this.#de()}}finally{this.#C.release(s),this.#se(s,!1)}}}#ae(e){this.#ne(e),this.#C.removeLocal(e),this.notice=t(r`The registration request for ${e} no longer exists. Someone else may have removed it.`,{id:"table.gone"}),this.updateComplete.then(()=>{this.dialog?.open||this.#de()})}#ne(e){this.#T.delete(e),this.#x.delete(e),this.#q.delete(e),this.#A.delete(e)}#de(){const e=this.renderRoot;if(e.activeElement&&e.activeElement.isConnected)return;const t=e.querySelector("[part~=notice]")??e.querySelector("[part~=table]")??e.querySelector("[part~=search]");t?.focus()}#se(e,t){t?this.#I.add(e):this.#I.delete(e),this.requestUpdate()}#ie(e,t){for(const r of this.renderRoot.querySelectorAll("[part~=row]"))if(r.dataset.id===e)return r.querySelector(`[part~=${t}]`)??void 0}#w(e,i){if("removed"===e.type){if(!i)return;this.#ne(e.id),this.#le(t(r`Device ${e.id} was removed from the list.`,{id:"table.announce.removed"}))}else{const{id:s,status:o}=e.request;i?i.status!==o&&("PENDING_ACCEPTANCE"!==o&&this.#T.delete(s),this.#le(this.#ce(s,o))):this.#le(t(r`Device ${s} was added to the list.`,{id:"table.announce.added"}))}this.updateComplete.then(()=>this.#he())}#ce(e,i){if(!g(i))return t(r`Device ${e} now has the status ${i}.`,{id:"table.announce.other"});switch(i){case"WAITING_FOR_CONNECTION":return t(r`Device ${e} is now waiting for connection.`,{id:"table.announce.WAITING_FOR_CONNECTION"});case"PENDING_ACCEPTANCE":return t(r`Device ${e} is now pending acceptance.`,{id:"table.announce.PENDING_ACCEPTANCE"});case"ACCEPTED":return t(r`Device ${e} is now accepted.`,{id:"table.announce.ACCEPTED"});case"BLOCKED":return t(r`Device ${e} is now blocked.`,{id:"table.announce.BLOCKED"})}}#S;#he(){const e=this.#F,t=this.renderRoot;if(!e||t.activeElement||document.activeElement&&document.activeElement!==document.body)return;const r=()=>{const r=this.#ie(e.id,e.part);return r&&!t.activeElement&&r.focus(),Boolean(r)};r()||requestAnimationFrame(()=>{r()})}#oe(e){this.#P.push(e),this.#ue()}#le(e){this.#P.push(e),this.#O??=setTimeout(()=>this.#ue(),400)}#ue(){clearTimeout(this.#O),this.#O=void 0;const e=this.#P;if(this.#P=[],!e.length)return;const i=e.length>3?t(r`${this.#W(e.length)} registration requests changed.`,{id:"table.announce.many"}):e.join(" ");this.announcement="",requestAnimationFrame(()=>this.announcement=i)}}s([d({type:Number,attribute:"page-size"})],N.prototype,"pageSize",void 0),s([l()],N.prototype,"statusFilter",void 0),s([l()],N.prototype,"search",void 0),s([l()],N.prototype,"announcement",void 0),s([l()],N.prototype,"notice",void 0),s([l()],N.prototype,"removeTarget",void 0),s([l()],N.prototype,"removeBusy",void 0),s([l()],N.prototype,"removeError",void 0),s([c("dialog")],N.prototype,"dialog",void 0),E("devreg-registration-table",N);
//# sourceMappingURL=registration-table.js.map
