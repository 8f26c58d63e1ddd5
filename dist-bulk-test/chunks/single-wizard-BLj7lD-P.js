import{m as e,d as t,i as r,D as s,R as i,_ as o}from"./devreg-element-BXWJlbIc.js";import{nothing as n,html as a,css as d}from"lit";import{property as c,state as l}from"lit/decorators.js";import{h as p}from"./task-Bl3sWkmS.js";import{D as h}from"./devreg-close-DDMotsws.js";import{D as u}from"./devreg-registered-BMC6ikjA.js";import{e as g}from"./error-text-BaIhE4p8.js";import{W as v}from"./wizard-RT0fKe69.js";import{s as m}from"./shared-DanW-4g-.js";import{live as f}from"lit/directives/live.js";import{D as b}from"./registration-adapter-8xSxki1m.js";import{D as w}from"./devreg-accepted-DogqsUbW.js";import{repeat as y}from"lit/directives/repeat.js";function $(e){return`'${e.replace(/'/g,"'\\''")}'`}class x{#e;#t;#r;#s;#i;#o;#n;#a;#d;constructor(e,t){this.entries=new Map,this.policy=b,this.#i=new Map,this.#n=!1,this.#a=1,this.#d=!1,this.#e=e,this.#t=t,e.addController(this)}hostConnected(){this.#n=!0,this.entries.size&&this.listen()}hostDisconnected(){this.#n=!1,this.#c()}listen(){this.#d=!0;const e=this.#t.adapter();this.#n&&e?.subscribe&&this.#s!==e&&(this.#c(),this.#s=e,this.#r=e.subscribe(e=>this.#l(e)))}add(e){for(const t of e){const e={key:this.#a++,id:t.id,status:t.status,token:"",accepting:!1};this.entries.set(t.id,e);const r=this.#i.get(t.id);r&&this.#p(e,r)}this.#i.clear(),this.listen(),this.#d=!1,this.#h(),this.#e.requestUpdate()}get live(){return void 0!==this.#r}#c(){this.#r?.(),this.#r=void 0,this.#s=void 0}async#h(){const e=this.#t.adapter();if(e?.getSecurityTokenPolicy&&this.#o!==e){this.#o=e;try{this.policy=await e.getSecurityTokenPolicy()}catch(e){this.#t.reportError("getSecurityTokenPolicy",e),this.policy=b}this.#e.requestUpdate()}}#l(r){const s="removed"===r.type?r.id:r.request.id,i=this.entries.get(s);if(!i)return void(this.#d&&this.#i.set(s,r));const o=i.status;this.#p(i,r),i.status!==o&&"PENDING_ACCEPTANCE"===i.status&&this.#t.announce(e(t`${s} is pending acceptance.`,{id:"single-wizard.connect.pendingAnnounce"})),"removed"===r.type&&"connected"===i.gone&&this.#t.announce(e(t`${s} has received its credentials.`,{id:"single-wizard.connect.connectedAnnounce"})),this.#e.requestUpdate()}#p(e,t){"removed"===t.type?e.gone="ACCEPTED"===e.status?"connected":"removed":(e.status=t.request.status,e.gone=void 0)}async refresh(){const e=this.#t.adapter();e?.get&&(await Promise.all([...this.entries.values()].map(async t=>{try{const r=await e.get(t.id);this.#p(t,r?{type:"updated",request:r}:{type:"removed",id:t.id}),t.error=void 0}catch(e){t.error=g(e)}})),this.#e.requestUpdate())}setToken(e,t){const r=this.entries.get(e);r&&(r.token=t)}async accept(r){const s=this.entries.get(r),i=this.#t.adapter();if(!s||!i||s.accepting)return;const o=s.token.trim();if("REQUIRED"===this.policy&&!o)return s.error=e("Enter the security token the device sent.",{id:"single-wizard.connect.tokenRequired"}),void this.#e.requestUpdate();s.accepting=!0,s.error=void 0,this.#e.requestUpdate();try{const n=await i.accept(r,"IGNORED"!==this.policy&&o?{securityToken:o}:{});s.status=n.status||"ACCEPTED",s.token="",this.#t.eventTarget.dispatchEvent(new w(r)),this.#t.announce(e(t`${r} accepted.`,{id:"single-wizard.connect.acceptedAnnounce"}))}catch(e){s.error=g(this.#t.reportError("accept",e))}finally{s.accepting=!1,this.#e.requestUpdate()}}async copy(t,r){const s=this.entries.get(t);if(s){try{if(!navigator.clipboard)throw new Error("no clipboard");await navigator.clipboard.writeText(r),s.copyMessage={text:e("Copied.",{id:"single-wizard.connect.copied"}),failed:!1}}catch{s.copyMessage={text:e("Could not copy. Select the command and copy it yourself.",{id:"single-wizard.connect.copyFailed"}),failed:!0}}this.#e.requestUpdate()}}}function k(r,s){const i=`${s.baseUrl.replace(/\/+$/,"")}/devicecontrol/deviceCredentials`;return a`
    <section part="connect" class="connect" aria-labelledby="connect-heading">
      <h3 id="connect-heading">${e("Connect your device",{id:"single-wizard.connect.heading"})}</h3>
      <p>
        ${e("Each device fetches its credentials with the request below. It gets 404 until you accept it here; its next call then receives its credentials.",{id:"single-wizard.connect.intro"})}
      </p>
      <dl part="connect-request" class="connect-request">
        <dt>${e("Request",{id:"single-wizard.connect.request"})}</dt>
        <dd><code>POST ${i}</code></dd>
        <dt>${e("Authentication",{id:"single-wizard.connect.auth"})}</dt>
        <dd>
          ${e("HTTP Basic as the bootstrap user",{id:"single-wizard.connect.authUser"})}
          <code>${s.bootstrapUser}</code>
          (${e("ask your administrator for its password; it is never shown here",{id:"single-wizard.connect.authPassword"})})
        </dd>
        <dt>${e("Body",{id:"single-wizard.connect.body"})}</dt>
        <dd><code>{"id": "${e("<device ID>",{id:"single-wizard.connect.idPlaceholder"})}"}</code></dd>
      </dl>
      ${r.live?a`<p class="hint">${e("The status below updates as devices call in.",{id:"single-wizard.connect.live"})}</p>`:s.canRefresh?a`<p>
              <button type="button" part="refresh-button" @click=${()=>{r.refresh()}}>
                ${e("Check status",{id:"single-wizard.connect.refresh"})}
              </button>
            </p>`:n}
      <ul part="connect-list" class="connect-list" aria-labelledby="connect-heading">
        ${[...r.entries.values()].map(i=>{const o=function(e,t,r){const s=`${e.replace(/\/+$/,"")}/devicecontrol/deviceCredentials`;return[`curl -u ${$(t)} \\`,"  -H 'Content-Type: application/json' -H 'Accept: application/json' \\",`  -X POST ${$(s)} \\`,`  -d ${$(JSON.stringify({id:r}))}`].join("\n")}(s.baseUrl,s.bootstrapUser,i.id),d=`connect-token-${i.key}-error`;return a`<li part="connect-device" data-id=${i.id}>
            <div class="connect-head">
              <strong part="connect-id">${i.id}</strong>
              ${function(t){return"connected"===t.gone?a`<span part="connect-status">${e("Connected: the device has received its credentials.",{id:"single-wizard.connect.connected"})}</span>`:"removed"===t.gone?a`<span part="connect-status">${e("The registration request was removed.",{id:"single-wizard.connect.removed"})}</span>`:a`<devreg-status-badge part="connect-status" status=${t.status}></devreg-status-badge>`}(i)}
            </div>
            <pre part="curl"><code>${o}</code></pre>
            <div class="copy">
              <button
                type="button"
                part="copy-button"
                aria-label=${e(t`Copy curl command for ${i.id}`,{id:"single-wizard.connect.copy"})}
                @click=${()=>{r.copy(i.id,o)}}
              >
                ${e("Copy",{id:"single-wizard.connect.copyShort"})}
              </button>
              <span role="status" class=${i.copyMessage?.failed?"error-text":"hint"}
                >${i.copyMessage?.text??n}</span
              >
            </div>
            ${function(r,s){if(s.gone||"PENDING_ACCEPTANCE"!==s.status)return n;const i=`connect-token-${s.key}`;return a`<div class="accept" part="connect-accept">
    ${"IGNORED"===r.policy?n:a`<label for=${i}>${e("Security token",{id:"single-wizard.connect.token"})}</label>
          <input
            id=${i}
            type="text"
            autocomplete="off"
            spellcheck="false"
            ?required=${"REQUIRED"===r.policy}
            .value=${f(s.token)}
            aria-invalid=${s.error?"true":"false"}
            aria-describedby=${s.error?`${i}-error`:n}
            @input=${e=>r.setToken(s.id,e.target.value)}
            @keydown=${e=>{"Enter"===e.key&&(e.preventDefault(),r.accept(s.id))}}
          />`}
    <button
      type="button"
      class="primary"
      part="accept-button"
      aria-label=${e(t`Accept ${s.id}`,{id:"single-wizard.connect.accept"})}
      ?disabled=${s.accepting}
      @click=${()=>{r.accept(s.id)}}
    >
      ${e("Accept",{id:"single-wizard.connect.acceptShort"})}
    </button>
  </div>`}(r,i)}
            ${i.error?a`<p id=${d} part="connect-error" class="error-text" role="alert">${i.error}</p>`:n}
          </li>`})}
      </ul>
    </section>
  `}class z{#e;#t;#u;#g;constructor(e,t){this.status="idle",this.results=[],this.error=void 0,this.text="",this.#e=e,this.#t=t,e.addController(this)}search(e,{immediate:t=!1}={}){this.#v(),this.text=e,this.status="pending",this.error=void 0,this.#e.requestUpdate(),t?this.#m(e):this.#u=setTimeout(()=>{this.#m(e)},this.#t.delay??250)}cancel(){this.#v(),"pending"===this.status&&(this.status="idle",this.#e.requestUpdate())}hostDisconnected(){this.cancel()}#v(){clearTimeout(this.#u),this.#u=void 0,this.#g?.abort(),this.#g=void 0}async#m(e){this.#u=void 0;const t=new AbortController;this.#g=t;try{const r=await this.#t.search(e,t.signal);if(t.signal.aborted)return;this.results=r,this.status="complete"}catch(e){if(t.signal.aborted||r(e))return;this.results=[],this.error=e,this.status="error",this.#t.onError?.(e)}finally{this.#g===t&&(this.#g=void 0),this.#e.requestUpdate()}}}class C{#e;#t;constructor(e,t){this.open=!1,this.active=-1,this.#e=e,this.#t=t,this.search=new z(e,{search:t.search,delay:t.delay,onError:t.onSearchError})}dispose(){this.search.cancel(),this.#e.removeController(this.search)}get options(){return"complete"===this.search.status?this.search.results:[]}handleInput(e){this.#t.onText(e),this.open=!0,this.active=-1,this.search.search(e)}handleKeydown(e,t){const r=this.options.length;switch(e.key){case"ArrowDown":e.preventDefault(),this.open?r&&(this.active=this.active>=r-1?0:this.active+1):(this.open=!0,"idle"!==this.search.status&&this.search.text===t||this.search.search(t,{immediate:!0}),!e.altKey&&r&&(this.active=0));break;case"ArrowUp":e.preventDefault(),this.open?r&&(this.active=this.active<=0?r-1:this.active-1):(this.open=!0,"idle"!==this.search.status&&this.search.text===t||this.search.search(t,{immediate:!0}),r&&(this.active=r-1));break;case"Enter":return this.open&&this.active>=0&&this.active<r?(e.preventDefault(),void this.select(this.options[this.active])):void(this.open&&this.close());case"Escape":this.open?(e.preventDefault(),e.stopPropagation(),this.close()):t&&(e.preventDefault(),e.stopPropagation(),this.search.cancel(),this.#t.onText(""));break;case"Tab":return void this.close();default:return}this.#e.requestUpdate();const s=e.target.getRootNode(),i=e.target;this.#e.updateComplete.then(()=>{const e=i.getAttribute("aria-activedescendant");e&&s.getElementById(e)?.scrollIntoView({block:"nearest"})})}handleBlur(e){queueMicrotask(()=>{const t=this.options.filter(t=>t.name.trim().toLowerCase()===e.trim().toLowerCase());e.trim()&&1===t.length&&this.#t.onSelect(t[0]),this.close()})}select(e){this.#t.onSelect(e),this.close()}close(){(this.open||-1!==this.active)&&(this.open=!1,this.active=-1,this.#e.requestUpdate())}}function E(e){return""!==e.id.trim()||""!==e.groupText.trim()||void 0!==e.group}function I(r,s){const i=r.key,o=s.index+1,d=[r.error?`device-id-${i}-error`:"",r.serverError&&!r.error?`device-id-${i}-server`:""].filter(Boolean).join(" "),c=0===s.tenants.length||r.tenantId===s.managementTenantId;return a`
    <fieldset part="row" class="row" data-key=${i}>
      <legend class=${s.count>1?"row-legend":"visually-hidden"}>
        ${e(t`Device ${o}`,{id:"single-wizard.row.legend"})}
      </legend>
      <div class="field field-id">
        <label for="device-id-${i}">${e("Device ID",{id:"single-wizard.deviceId"})}</label>
        <input
          id="device-id-${i}"
          part="device-id"
          type="text"
          required
          autocomplete="off"
          spellcheck="false"
          .value=${f(r.id)}
          aria-invalid=${r.error?"true":"false"}
          aria-describedby=${d||n}
          @input=${e=>s.onIdInput(r,e.target.value)}
          @paste=${e=>s.onIdPaste(r,e)}
        />
        ${r.error?a`<p id="device-id-${i}-error" part="field-error" class="error-text">${r.error}</p>`:r.serverError?a`<p id="device-id-${i}-server" part="field-error" class="error-text">${r.serverError}</p>`:n}
      </div>
      ${s.combobox?a`<div class="field field-group">
            ${function(t,r){const s=`group-${r.key}`,i=t.options,o=void 0!==r.disabledReason,d=t.open&&!o;let c;"pending"===t.search.status?c=e("Searching…",{id:"single-wizard.group.searching"}):"error"===t.search.status?c=`${e("Groups could not be searched.",{id:"single-wizard.group.searchFailed"})} ${g(t.search.error)}`:"complete"===t.search.status&&0===i.length&&(c=e("No matching groups.",{id:"single-wizard.group.none"}));const l=[`${s}-hint`,o?`${s}-disabled`:"",r.error&&!o?`${s}-error`:"",d&&c?`${s}-message`:""].filter(Boolean).join(" ");return a`
    <div class="label-line">
      <label id="${s}-label" for=${s}>${e("Group",{id:"single-wizard.group"})}</label>
      <span id="${s}-hint" class="hint">${e("optional",{id:"single-wizard.group.optional"})}</span>
    </div>
    <div class="combobox">
      <input
        id=${s}
        part="group"
        type="text"
        role="combobox"
        aria-labelledby="${s}-label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${d?"true":"false"}
        aria-controls="${s}-listbox"
        aria-activedescendant=${d&&t.active>=0&&t.active<i.length?`${s}-option-${t.active}`:n}
        aria-invalid=${r.error&&!o?"true":"false"}
        aria-describedby=${l}
        ?disabled=${o}
        .value=${f(o?"":r.text)}
        @input=${e=>t.handleInput(e.target.value)}
        @keydown=${e=>t.handleKeydown(e,e.target.value)}
        @blur=${e=>t.handleBlur(e.target.value)}
      />
      <div part="group-popup" class="popup" ?hidden=${!d}>
        <ul
          id="${s}-listbox"
          role="listbox"
          aria-label=${e("Groups",{id:"single-wizard.group.listbox"})}
          ?hidden=${!d||0===i.length}
          @mousedown=${e=>e.preventDefault()}
        >
          ${i.map((e,r)=>a`<li
              id="${s}-option-${r}"
              role="option"
              part="group-option"
              aria-selected=${r===t.active?"true":"false"}
              @mousedown=${r=>{r.preventDefault(),t.select(e)}}
            >
              ${e.name}
            </li>`)}
        </ul>
        <p id="${s}-message" part="group-message" class="${"error"===t.search.status?"error-text":"hint"} ${d&&c?"message":""}" aria-live="polite">
          ${d?c??n:n}
        </p>
      </div>
    </div>
    ${o?a`<p id="${s}-disabled" class="hint">${r.disabledReason}</p>`:n}
    ${r.error&&!o?a`<p id="${s}-error" part="field-error" class="error-text">${r.error}</p>`:n}
  `}(s.combobox,{key:i,text:r.groupText,error:r.groupError,disabledReason:c?void 0:e("Groups can only be chosen for the management tenant's own devices.",{id:"single-wizard.group.disabled"})})}
          </div>`:n}
      ${s.tenants.length?a`<div class="field field-tenant">
            <label for="tenant-${i}">${e("Tenant",{id:"single-wizard.tenant"})}</label>
            <select
              id="tenant-${i}"
              part="tenant"
              @change=${e=>s.onTenantChange(r,e.target.value)}
            >
              ${s.tenants.map(s=>a`<option value=${s.id} ?selected=${s.id===r.tenantId}>${function(r){if(!r.id)return e("This tenant",{id:"single-wizard.tenant.own"});const s=r.name&&r.name!==r.id?`${r.name} (${r.id})`:r.id;return r.current?e(t`${s} – this tenant`,{id:"single-wizard.tenant.current"}):s}(s)}</option>`)}
            </select>
          </div>`:n}
      ${s.count>1?a`<div class="row-actions">
            <button
              type="button"
              part="remove-button"
              aria-label=${e(t`Remove device ${o}`,{id:"single-wizard.row.remove"})}
              @click=${()=>s.onRemove(r)}
            >
              ${e("Remove",{id:"single-wizard.row.removeShort"})}
            </button>
          </div>`:n}
    </fieldset>
  `}function T(r){const s=r.filter(e=>e.error).length,i=r.length-s;return s?i?e(t`${i} of ${r.length} devices registered, ${s} failed.`,{id:"single-wizard.result.mixed"}):1===r.length?e("The device could not be registered.",{id:"single-wizard.result.oneFailed"}):e(t`None of the ${r.length} devices could be registered.`,{id:"single-wizard.result.allFailed"}):1===i?e("Device registered.",{id:"single-wizard.result.oneOk"}):e(t`All ${i} devices registered.`,{id:"single-wizard.result.allOk"})}const A=d`
  :host {
    display: block;
    --_gap: var(--devreg-single-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 calc(var(--_gap) / 2);
    font-size: 1rem;
  }
  h3:focus {
    outline: none;
  }
  .hint {
    color: var(--devreg-color-text-muted, #57606a);
  }
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin-bottom: var(--_gap);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_gap);
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-single-wizard-row-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  .row-legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  .field .hint,
  .field .error-text {
    margin: 0;
    font-size: 0.8125rem;
  }
  .label-line {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .row-actions {
    align-self: flex-end;
  }
  .combobox {
    position: relative;
    display: flex;
    flex-direction: column;
  }
  .popup {
    position: absolute;
    top: 100%;
    left: 0;
    right: 0;
    z-index: 10;
    margin-top: 2px;
    background: var(--devreg-single-wizard-popup-background, var(--devreg-color-surface, #fff));
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    border-radius: var(--devreg-radius, 4px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
    max-height: 14rem;
    overflow: auto;
  }
  .popup[hidden],
  [role='listbox'][hidden] {
    display: none;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
  }
  [role='option'] {
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--devreg-color-primary, #0b5cad);
    color: var(--devreg-color-on-primary, #fff);
  }
  .popup p {
    margin: 0;
  }
  .popup p.message {
    padding: 0.25rem 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: var(--_gap);
  }
  .spacer {
    flex: 1;
  }
  progress {
    width: 100%;
    height: 1rem;
  }
  .sending:focus {
    outline: none;
  }
  .results,
  .connect-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .results li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .icon.ok {
    color: var(--devreg-color-success, #1a7f37);
  }
  .connect {
    margin-top: calc(var(--_gap) * 1.5);
    padding-top: var(--_gap);
    border-top: 1px solid var(--devreg-color-border, #d0d7de);
  }
  .connect-request {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0 0 var(--_gap);
  }
  .connect-request dt {
    font-weight: 600;
  }
  .connect-request dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .connect-list {
    gap: var(--_gap);
  }
  .connect-list > li {
    padding: var(--_gap);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
  }
  .connect-head {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    flex-wrap: wrap;
  }
  pre {
    margin: 0.5rem 0;
    padding: 0.5rem;
    overflow-x: auto;
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-single-wizard-code-background, var(--devreg-color-surface-muted, #f6f8fa));
    font-size: 0.8125rem;
  }
  .copy,
  .accept {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    margin-top: 0.25rem;
  }
`,R=["form","sending","result"];class D extends s{static{this.styles=[m,A]}#a;#f;#b;#w;#y;#$;#x;#k;#z;constructor(){super(),this.bootstrapUser="management/devicebootstrap",this.concurrency=4,this.searchDelay=250,this.step="form",this.rows=[],this.progress={done:0,total:0},this.results=[],this.announcement="",this.#a=1,this.#f=new Map,this.#w=!1,this.#x=new x(this,{adapter:()=>this.effectiveAdapter,reportError:(e,t)=>this.reportError(e,t),announce:e=>this.#C(e),eventTarget:this}),this.#k=new p(this,{task:async([e],{signal:t})=>{if(!e?.listTenants)return[];try{return await e.listTenants({signal:t})}catch(e){throw this.reportError("listTenants",e)}},args:()=>[this.effectiveAdapter]}),this.#z=new p(this,{task:async([e],{signal:t})=>{if(!e?.getPermissions)return!0;try{return(await e.getPermissions({signal:t})).admin}catch(e){return this.reportError("getPermissions",e),!0}},args:()=>[this.effectiveAdapter]}),this.#E=(e,t)=>({index:t,count:this.rows.length,combobox:this.#I(e),tenants:this.#T,managementTenantId:this.#A,onIdInput:(e,t)=>this.#R(e.key,{id:t,serverError:void 0}),onIdPaste:(e,t)=>this.#D(e,t),onTenantChange:(e,t)=>this.#R(e.key,t===this.#A?{tenantId:t}:{tenantId:t,group:void 0,groupText:"",groupError:void 0}),onRemove:e=>{this.#q(e)}}),this.rows=[this.#S()]}get heading(){return e("Register devices",{id:"single-wizard.heading"})}get hasUnsavedInput(){return"result"!==this.step&&this.rows.some(E)}get busy(){return"sending"===this.step}reset(){this.#y?.abort();for(const e of this.#f.keys())this.#U(e);this.rows=[this.#S()],this.results=[],this.step="form",this.#w=!1,this.announcement=""}disconnectedCallback(){super.disconnectedCallback(),this.#y?.abort()}willUpdate(e){super.willUpdate(e);const t=this.#A;void 0!==t&&this.rows.some(e=>void 0===e.tenantId)&&(this.rows=this.rows.map(e=>void 0===e.tenantId?{...e,tenantId:t}:e))}updated(e){super.updated(e);const t=[this.heading,this.hasUnsavedInput,this.busy],r=this.#$;this.#$=t,r&&t.some((e,t)=>e!==r[t])&&this.dispatchEvent(new v)}get#T(){const e=this.#k.value??[];return!e.length||e.some(e=>e.current)?e:[{id:"",current:!0},...e]}get#A(){return this.#T.find(e=>e.current)?.id}#I(e){const t=this.effectiveAdapter;if(!t?.searchGroups)return;if(this.#b!==t){for(const e of[...this.#f.keys()])this.#U(e);this.#b=t}let r=this.#f.get(e.key);if(!r){const t=e.key;r=new C(this,{delay:this.searchDelay,search:(e,t)=>{const r=this.effectiveAdapter;return r?.searchGroups?r.searchGroups(e,{signal:t}):Promise.resolve([])},onSearchError:e=>this.reportError("searchGroups",e),onText:e=>this.#R(t,{groupText:e,group:void 0,groupError:void 0}),onSelect:e=>this.#R(t,{groupText:e.name,group:e,groupError:void 0})}),this.#f.set(t,r)}return r}#U(e){this.#f.get(e)?.dispose(),this.#f.delete(e)}#S(e={}){return{key:this.#a++,id:"",groupText:"",tenantId:this.#A,...e}}#R(e,t){this.rows=this.rows.map(r=>r.key===e?{...r,...t}:r),this.#w&&this.#P()}#E;async#N(){const e=this.#S();this.rows=[...this.rows,e],await this.updateComplete,this.#_(e.key)}async#q(r){const s=this.rows.findIndex(e=>e.key===r.key);if(s<0||this.rows.length<2)return;this.#U(r.key),this.rows=this.rows.filter(e=>e.key!==r.key),this.#w&&this.#P(),this.#C(e(t`Device ${s+1} removed.`,{id:"single-wizard.row.removed"})),await this.updateComplete;const i=this.rows[Math.min(s,this.rows.length-1)];this.#_(i.key)}#D(r,s){const i=s.clipboardData?.getData("text/plain")??"";if(!function(e){return/[\r\n,;\t]/.test(e.trim())}(i))return;s.preventDefault();const o=s.target,n=o.selectionStart??o.value.length,a=o.selectionEnd??o.value.length,d=o.value.slice(0,n)+i+o.value.slice(a),c=new Set(this.rows.filter(e=>e.key!==r.key).map(e=>e.id.trim())),l=function(e){const t=new Set;for(const r of e.split(/[\r\n,;\t]+/)){const e=r.trim();e&&t.add(e)}return[...t]}(d).filter(e=>!c.has(e)),[p="",...h]=l,u={groupText:r.groupText,group:r.group,tenantId:r.tenantId},g=h.map(e=>this.#S({id:e,...u})),v=this.rows.findIndex(e=>e.key===r.key),m=[...this.rows];m.splice(v,1,{...r,id:p,serverError:void 0},...g),this.rows=m,o.value=p,this.#w&&this.#P(),this.#C(1===l.length?e("1 device ID pasted.",{id:"single-wizard.paste.one"}):e(t`${l.length} device IDs pasted, one row each.`,{id:"single-wizard.paste.many"}))}#_(e){this.renderRoot.querySelector(`#device-id-${e}`)?.focus()}#P(){const r=new Map;return this.rows=this.rows.map((s,i)=>{const o=s.id.trim();let n;o?r.has(o)?n=e(t`This ID is already entered for device ${r.get(o)+1}.`,{id:"single-wizard.error.duplicate"}):r.set(o,i):n=e("Enter a device ID.",{id:"single-wizard.error.required"});const a=s.groupText.trim()&&!s.group?e("Choose a group from the list, or clear the field.",{id:"single-wizard.error.group"}):void 0;return s.error===n&&s.groupError===a?s:{...s,error:n,groupError:a}}),this.rows.filter(e=>e.error||e.groupError)}async#j(r){if(r.preventDefault(),"form"!==this.step)return;this.#w=!0;const s=this.#P();if(s.length){const r=s.filter(e=>e.error).length+s.filter(e=>e.groupError).length;this.#C(1===r?e("1 problem: please correct the marked field.",{id:"single-wizard.error.summaryOne"}):e(t`${r} problems: please correct the marked fields.`,{id:"single-wizard.error.summary"})),await this.updateComplete;const i=s[0],o=i.error?this.renderRoot.querySelector(`#device-id-${i.key}`):this.renderRoot.querySelector(`#group-${i.key}`);return void o?.focus()}const i=this.effectiveAdapter;i&&!1!==this.#z.value&&await this.#F(i,this.rows.map(e=>({...e,id:e.id.trim(),groupText:e.groupText.trim()})))}async#F(t,r){for(const e of this.#f.values())e.close();const s=new AbortController;this.#y=s,this.#x.listen(),this.progress={done:0,total:r.length},this.step="sending",this.#C(e("Registering devices…",{id:"single-wizard.sending.announce"})),await this.updateComplete,this.renderRoot.querySelector('[part~="sending"]')?.focus();const i=await async function(e,t,r,s){const i=new Array(e.length).fill(void 0);let o=0;const n=Math.max(1,Math.min(Math.floor(t)||1,e.length));return await Promise.all(Array.from({length:n},async()=>{for(;o<e.length&&!s?.aborted;){const t=o++;i[t]=await r(e[t],t)}})),i}(r,this.concurrency,async e=>{const i=await this.#M(t,e,s.signal);return this.progress={done:this.progress.done+1,total:r.length},i},s.signal);if(this.#y===s&&(this.#y=void 0),s.signal.aborted){const e=new Set(i.filter(e=>e&&!e.error).map(e=>e.id));return void("sending"===this.step&&(this.rows=r.filter(t=>!e.has(t.id)),this.rows.length||(this.rows=[this.#S()]),this.step="form"))}const o=i.filter(e=>void 0!==e);this.results=o,this.rows=[];for(const e of[...this.#f.keys()])this.#U(e);this.step="result";const n=o.filter(e=>!e.error);this.#x.add(n.map(e=>e.request??{id:e.id,status:"WAITING_FOR_CONNECTION"})),this.dispatchEvent(new u(n.map(e=>e.id),o.filter(e=>e.error).map(e=>({id:e.id,message:e.message??""})))),this.#C(T(o)),await this.updateComplete,this.renderRoot.querySelector("#result-heading")?.focus()}async#M(e,t,r){const s={...t,error:void 0,groupError:void 0,serverError:void 0,uncertain:!1},o=async()=>{if(!e.get)return"unknown";try{return await e.get(t.id,{signal:r})}catch{return"unknown"}};if(t.uncertain){const e=await o();if(e&&"unknown"!==e)return{id:t.id,row:s,request:e}}try{const i=await e.create({id:t.id,...t.group?{groupId:t.group.id}:{},...t.tenantId?{tenantId:t.tenantId}:{}},{signal:r});return{id:t.id,row:s,request:i}}catch(e){let n=i.from(e);if(function(e){return 0===e.status&&("network"===e.code||"timeout"===e.code||"unknown"===e.code)}(n)&&!r.aborted){const e=await o();if(e&&"unknown"!==e)return{id:t.id,row:s,request:e};s.uncertain="unknown"===e}else if("duplicate"===n.code&&t.uncertain)return{id:t.id,row:s};return n=this.reportError("create",n),{id:t.id,row:{...s,serverError:g(n)},error:n,message:g(n)}}}async#G(){const e=this.results.filter(e=>e.error);e.length&&(this.rows=e.map(e=>({...e.row})),this.results=[],this.#w=!1,this.step="form",await this.updateComplete,this.#_(this.rows[0].key))}#O(){this.dispatchEvent(new h)}#C(e){this.announcement="",this.updateComplete.then(()=>{this.announcement=e})}#K(){const{done:r,total:s}=this.progress;return a`<section part="step sending" class="sending" tabindex="-1" aria-labelledby="progress-label">
      <p id="progress-label">
        ${e(t`Registering devices: ${r} of ${s} done.`,{id:"single-wizard.sending.progress"})}
      </p>
      <progress
        part="progress"
        aria-labelledby="progress-label"
        aria-valuetext=${e(t`${r} of ${s}`,{id:"single-wizard.sending.valuetext"})}
        max=${s}
        .value=${r}
      ></progress>
    </section>`}#L(){switch(this.step){case"sending":return this.#K();case"result":return function(t){const r=t.results.some(e=>e.error);return a`
    <section part="step result" class="result">
      <h3 id="result-heading" tabindex="-1">${T(t.results)}</h3>
      <ul part="results" class="results" aria-labelledby="result-heading">
        ${t.results.map(t=>a`<li part=${t.error?"result result-failed":"result result-registered"}>
            <span aria-hidden="true" class=${t.error?"icon error-text":"icon ok"}>${t.error?"✕":"✓"}</span>
            <strong part="result-id">${t.id}</strong>
            ${t.error?a`<span class="error-text">${e("Failed:",{id:"single-wizard.result.failed"})} ${t.message}</span>`:a`<span>${e("Registered",{id:"single-wizard.result.registered"})}</span>`}
          </li>`)}
      </ul>
      ${t.connect}
      <div part="actions" class="actions">
        ${r?a`<button type="button" part="fix-button" @click=${t.onFix}>
              ${e("Fix errors",{id:"single-wizard.fix"})}
            </button>`:n}
        <span class="spacer"></span>
        <button type="button" class="primary" part="close-button" @click=${t.onClose}>
          ${e("Close",{id:"single-wizard.close"})}
        </button>
      </div>
    </section>
  `}({results:this.results,connect:this.#x.entries.size?k(this.#x,{baseUrl:this.baseUrl??location.origin,bootstrapUser:this.bootstrapUser,canRefresh:"function"==typeof this.effectiveAdapter?.get}):n,onFix:()=>{this.#G()},onClose:()=>this.#O()});default:{let r;const s=!1!==this.#z.value;return this.effectiveAdapter?s?this.#k.error&&(r=`${e("The tenants could not be loaded; devices are registered for this tenant.",{id:"single-wizard.tenantsFailed"})} ${g(this.#k.error)}`):r=e("You do not have permission to register devices.",{id:"single-wizard.noPermission"}):r=e("No adapter is configured: devices cannot be registered.",{id:"single-wizard.noAdapter"}),t={rows:this.rows,rowContext:this.#E,notice:r,canRegister:s&&void 0!==this.effectiveAdapter,onSubmit:e=>{this.#j(e)},onAdd:()=>{this.#N()}},a`
    <form part="step form" class="form" novalidate @submit=${t.onSubmit}>
      <p class="hint">
        ${e("Enter the ID each device will identify itself with (serial number, IMEI, MAC…). Paste a list to add one row per ID.",{id:"single-wizard.form.intro"})}
      </p>
      ${t.notice?a`<p class="banner warning" part="notice" role="status">${t.notice}</p>`:n}
      <div part="rows" class="rows">
        ${y(t.rows,e=>e.key,(e,r)=>I(e,t.rowContext(e,r)))}
      </div>
      <div part="actions" class="actions">
        <button type="button" part="add-button" @click=${t.onAdd}>
          ${e("Add device",{id:"single-wizard.add"})}
        </button>
        <span class="spacer"></span>
        <button type="submit" class="primary" part="register-button" ?disabled=${!t.canRegister}>
          ${e("Register",{id:"single-wizard.register"})}
        </button>
      </div>
    </form>
  `}}var t}render(){return a`<div part="base" class="base">
      <h2 part="heading">${this.heading}</h2>
      ${this.#L()}
      <div role="status" aria-live="polite" class="visually-hidden" part="announcer">${this.announcement}</div>
    </div>`}}o([c({attribute:"bootstrap-user"})],D.prototype,"bootstrapUser",void 0),o([c({attribute:"base-url"})],D.prototype,"baseUrl",void 0),o([c({type:Number})],D.prototype,"concurrency",void 0),o([c({type:Number,attribute:"search-delay"})],D.prototype,"searchDelay",void 0),o([l()],D.prototype,"step",void 0),o([l()],D.prototype,"rows",void 0),o([l()],D.prototype,"progress",void 0),o([l()],D.prototype,"results",void 0),o([l()],D.prototype,"announcement",void 0);export{D,R as S};
//# sourceMappingURL=single-wizard-BLj7lD-P.js.map
