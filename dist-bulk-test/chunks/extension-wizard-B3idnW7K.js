import{m as e,d as t,D as i,R as r,i as s,_ as a}from"./devreg-element-BXWJlbIc.js";import{nothing as n,html as o,css as d}from"lit";import{property as l,state as h}from"lit/decorators.js";import{keyed as p}from"lit/directives/keyed.js";import{ifDefined as c}from"lit/directives/if-defined.js";import{h as u}from"./task-Bl3sWkmS.js";import{D as g}from"./devreg-bulk-completed-BXPR5bIO.js";import{D as f}from"./devreg-close-DDMotsws.js";import{D as m}from"./devreg-registered-BMC6ikjA.js";import{e as b}from"./error-text-BaIhE4p8.js";import{W as v}from"./wizard-RT0fKe69.js";import{s as $}from"./shared-DanW-4g-.js";import{i as x,o as y,a as w,n as k,v as z,m as C}from"./schema-form-D_g5oB3u.js";const S=100;function R(e,t=0){if(null==e||""===e)return"—";if("string"==typeof e)return e;if("number"==typeof e||"boolean"==typeof e)return String(e);if(t>=4)return function(e){try{const t=JSON.stringify(e);return t.length>500?`${t.slice(0,500)}…`:t}catch{return"—"}}(e);if(Array.isArray(e))return e.length?o`<ul part="answer-list">
      ${e.slice(0,S).map(e=>o`<li>${R(e,t+1)}</li>`)}
      ${e.length>S?o`<li>${A(e.length-S)}</li>`:n}
    </ul>`:"—";if(x(e)){const i=Object.entries(e);return i.length?o`<dl part="answer">
      ${i.slice(0,S).map(([e,i])=>o`<div part="answer-entry"><dt>${e}</dt><dd>${R(i,t+1)}</dd></div>`)}
      ${i.length>S?o`<div><dt>…</dt><dd>${A(i.length-S)}</dd></div>`:n}
    </dl>`:"—"}return"—"}function A(i){return e(t`${i} more`,{id:"extension-wizard.answer-more"})}function E(e,t,i){if("string"!=typeof e)return;const r=e.trim();if(r)try{const e=new URL(r,function(e,t){const i=t?.baseUrl,r="string"==typeof i?i.replace(/\/+$/,""):"";return new URL(`${r}/service/${encodeURIComponent(e.contextPath)}/`,document.baseURI).href}(t,i));return"http:"===e.protocol||"https:"===e.protocol?e.href:void 0}catch{return}}function U(e){return"string"==typeof e&&e.trim()?e:void 0}const F=d`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-extension-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 2px solid var(--devreg-color-focus, #0b5cad);
  }
  [part~='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0 0 0 1.25rem;
    color: var(--devreg-extension-wizard-step-color, var(--devreg-color-text-muted, #57606a));
  }
  [part~='steps'] li[aria-current='step'] {
    color: var(--devreg-extension-wizard-current-step-color, var(--devreg-color-primary, #0b5cad));
    font-weight: 600;
  }
  [part~='step'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-extension-wizard-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='reason'] {
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='examples'] {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  [part~='examples'] li {
    display: flex;
    flex-direction: column;
  }
  [part~='example-description'] {
    color: var(--devreg-color-text-muted, #57606a);
  }
  .file-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .file-field label {
    font-weight: 600;
  }
  .progress {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='progress'] {
    flex: 1 1 auto;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.75rem;
  }
  dt {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul[part~='answer-list'] {
    margin: 0;
    padding-left: 1.25rem;
  }
`;class T extends i{constructor(){super(...arguments),this.phase="edit",this.page=0,this.errors=[],this.dirty=!1,this.#e=[],this.#t=new u(this,{task:async([t,i,s],{signal:a})=>{if(i){if(!t?.getExtensionMetadata)throw new r({status:0,code:"unknown",message:e("This backend does not offer microservice registration forms.",{id:"extension-wizard.unsupported"})});try{return function(e,t){const i=x(y(e,"c8y_DeviceRegistration"))?y(e,"c8y_DeviceRegistration"):e,r=y(i,"pages"),s=y(i,"bulk"),a=y(s,"exampleFileUrls");return{title:U(y(i,"title"))??t.name,description:U(y(i,"description")),pages:Array.isArray(r)?r.filter(x).slice(0,50):[],bulk:x(s)?{title:U(y(s,"title")),exampleFiles:Array.isArray(a)?a.flatMap(e=>{const t=y(e,"url");if("string"!=typeof t)return[];const i=U(y(e,"description"));return[{title:U(y(e,"title"))??t,url:t,...i?{description:i}:{}}]}).slice(0,50):[]}:void 0}}(await t.getExtensionMetadata(i,s,{signal:a}),i)}catch(e){throw this.reportError("getExtensionMetadata",e)}}},args:()=>[this.effectiveAdapter,this.extension,this.langAttribute||this.effectiveLocale],onComplete:e=>this.#i(e)})}static{this.styles=[$,F]}#e;#r;#s;#a;#n;#o;#d;#l;#t;get heading(){return this.#t.value?.title??this.extension?.name??""}get hasUnsavedInput(){return this.dirty&&"done"!==this.phase}get busy(){return"sending"===this.phase}get#h(){return"extensibleBulkDeviceRegistration"===this.extension?.type}disconnectedCallback(){super.disconnectedCallback(),this.#o?.abort()}#i(e){this.#a=e,this.#e=(e?.pages??[]).map(e=>w(k(e).root,void 0)),this.phase="edit",this.dirty=!1,this.file=void 0,this.#s=void 0,this.#n=void 0,this.#p(0,!1)}#p(e,t=!0){this.page=e,this.#r=this.#e[e],this.errors=this.#c(e,this.#e[e]),t&&(this.#d="step-heading")}#c(e,t){const i=this.#a?.pages[e];return i?z(k(i).root,t):[]}updated(e){super.updated(e);const t=[this.heading,this.hasUnsavedInput,this.busy],i=this.#l;if(this.#l=t,i&&!t.some((e,t)=>e!==i[t])||this.dispatchEvent(new v),this.#d){const e=this.renderRoot.querySelector(`#${this.#d}`);this.#d=void 0,e?.focus()}}#u(e){const t=e.target;this.#e[this.page]=e.value,this.errors=t.errors,this.dirty=!0}#g(){this.#p(this.page-1)}#f(){const e=this.renderRoot.querySelector("devreg-schema-form");e&&!e.reportValidity()||this.#p(this.page+1)}async#m(){const e=this.renderRoot.querySelector("devreg-schema-form");if(e&&!e.reportValidity())return;const t=this.extension,i=this.effectiveAdapter;if(!t||!i)return;const a=C(this.#e);this.#o=new AbortController,this.phase="sending";try{if(!i.registerWithExtension)throw new r({status:0,code:"unknown",message:""});const e=await i.registerWithExtension(t,a,{signal:this.#o.signal});this.#s=e,this.phase="done",this.dispatchEvent(new m(function(e,t){const i=e=>"string"==typeof e&&e.trim()||"number"==typeof e&&Number.isFinite(e),r=y(e,"id");if(i(r))return[String(r)];const s=y(t,"id")??y(t,"deviceId");if(i(s))return[String(s)];const a=y(t,"ids");return Array.isArray(a)?a.filter(i).map(String):[]}(a,e),[]))}catch(e){if(s(e))return void(this.phase="edit");this.#n=this.reportError("registerWithExtension",e),this.phase="failed"}this.#d="step-heading"}#b(){this.phase="edit",this.#n=void 0,this.#h?this.#d="file":this.#p(0)}#v(){this.#h?this.#$():this.#m()}#x(){this.dispatchEvent(new f)}#y(e){const t=e.target;this.file=t.files?.[0]??void 0,this.dirty=!!this.file}async#$(){const e=this.extension,t=this.effectiveAdapter,i=this.file;if(e&&t&&i){this.#o=new AbortController,this.progress={loaded:0,total:i.size},this.phase="sending";try{if(!t.bulkRegisterWithExtension)throw new r({status:0,code:"unknown",message:""});const s=await t.bulkRegisterWithExtension(e,i,{signal:this.#o.signal,onProgress:e=>this.progress=e});this.#s=s,this.phase="done",this.dispatchEvent(new g(s))}catch(e){if(s(e))return this.phase="edit",void(this.#d="file");this.#n=this.reportError("bulkRegisterWithExtension",e),this.phase="failed"}finally{this.progress=void 0}this.#d="step-heading"}}#w(){this.#o?.abort()}render(){return o`<h2 part="heading">${this.heading}</h2>
      ${this.#t.render({initial:()=>this.#k(),pending:()=>this.#k(),error:e=>this.#z(e),complete:e=>e?this.#C(e):n})}`}#k(){return o`<p part="status" role="status">${e("Loading the registration form…",{id:"extension-wizard.loading"})}</p>`}#z(t){return o`<div part="status" role="alert" class="banner danger">
        <p>${e("The registration form cannot be loaded.",{id:"extension-wizard.load-error"})}</p>
        <p>${b(t)}</p>
      </div>
      <div part="actions">
        <button type="button" class="primary" @click=${()=>{this.#t.run()}}>
          ${e("Retry",{id:"extension-wizard.retry"})}
        </button>
        <button type="button" @click=${this.#x}>${e("Close",{id:"extension-wizard.close"})}</button>
      </div>`}#C(e){return o`${e.description?o`<p part="description">${e.description}</p>`:n}
    ${"done"===this.phase||"failed"===this.phase?this.#S():this.#h?this.#R(e):this.#A(e)}`}#E(i,r){const s=y(i.pages[r],"title"),a=r+1;return"string"==typeof s&&s.trim()?s:e(t`Page ${a}`,{id:"extension-wizard.page"})}#U(t){const i=Math.max(t.pages.length,1),r="done"===this.phase||"failed"===this.phase;return o`<ol part="steps" aria-label=${e("Steps",{id:"extension-wizard.steps"})}>
      ${Array.from({length:i},(e,i)=>{const s=!r&&i===this.page;return o`<li aria-current=${c(s?"step":void 0)} class=${s?"current":""}>
          ${this.#E(t,i)}
        </li>`})}
      <li aria-current=${c(r?"step":void 0)} class=${r?"current":""}>
        ${e("Summary",{id:"extension-wizard.summary"})}
      </li>
    </ol>`}#A(i){const r=Math.max(i.pages.length,1),s=this.page+1,a=this.#E(i,this.page),d=this.page>=r-1,l=i.pages[this.page],h="sending"===this.phase,u=this.errors[0],g=u?e(t`To continue, check “${u.label}”: ${u.message}`,{id:"extension-wizard.reason"}):void 0,f=this.errors.length-1;return o`${this.#U(i)}
      <section part="step" aria-labelledby="step-heading">
        <h3 part="step-heading" id="step-heading" tabindex="-1">
          ${e(t`Step ${s} of ${r}: ${a}`,{id:"extension-wizard.step"})}
        </h3>
        ${l?p(this.page,o`<devreg-schema-form
                part="form"
                .schema=${l}
                .value=${this.#r}
                @devreg-changed=${this.#u}
              ></devreg-schema-form>`):n}
        ${g?o`<p part="reason" id="reason">
              ${g}${f>0?` ${e(t`(${f} more to check)`,{id:"extension-wizard.reason-more"})}`:""}
            </p>`:n}
        ${h?o`<p role="status">${e("Registering…",{id:"extension-wizard.sending"})}</p>`:n}
        <div part="actions">
          ${this.page>0?o`<button type="button" ?disabled=${h} @click=${this.#g}>${e("Back",{id:"extension-wizard.back"})}</button>`:n}
          ${d?o`<button
                type="button"
                class="primary"
                ?disabled=${!!g||h}
                aria-describedby=${c(g?"reason":void 0)}
                @click=${this.#m}
              >
                ${e("Register",{id:"extension-wizard.register"})}
              </button>`:o`<button
                type="button"
                class="primary"
                ?disabled=${!!g}
                aria-describedby=${c(g?"reason":void 0)}
                @click=${this.#f}
              >
                ${e("Next",{id:"extension-wizard.next"})}
              </button>`}
          <button type="button" ?disabled=${h} @click=${this.#x}>${e("Cancel",{id:"extension-wizard.cancel"})}</button>
        </div>
      </section>`}#R(i){const r="sending"===this.phase,s=i.bulk?.exampleFiles??[],a=this.extension,d=this.progress;return o`<section part="step" aria-labelledby="step-heading">
      <h3 part="step-heading" id="step-heading" tabindex="-1">
        ${i.bulk?.title??e("Upload a CSV file",{id:"extension-wizard.bulk.heading"})}
      </h3>
      ${s.length?o`<div>
            <h4 id="examples-heading">${e("Example files",{id:"extension-wizard.bulk.examples"})}</h4>
            <ul part="examples" aria-labelledby="examples-heading">
              ${s.map(e=>{const t=a&&E(e.url,a,this.effectiveAdapter);return o`<li>
                  ${t?o`<a href=${t} download rel="noopener noreferrer">${e.title}</a>`:o`<span>${e.title}</span>`}
                  ${e.description?o`<span part="example-description">${e.description}</span>`:n}
                </li>`})}
            </ul>
          </div>`:n}
      <div class="file-field">
        <label for="file">${e("CSV file",{id:"extension-wizard.bulk.file"})}</label>
        <input
          id="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          ?disabled=${r}
          aria-describedby="file-hint"
          @change=${this.#y}
        />
        <p id="file-hint" part="reason">
          ${this.file?e(t`Selected: ${this.file.name}`,{id:"extension-wizard.bulk.selected"}):e("Choose a CSV file to upload.",{id:"extension-wizard.bulk.choose"})}
        </p>
      </div>
      ${r&&d?o`<div class="progress">
            <progress
              part="progress"
              aria-label=${e("Upload progress",{id:"extension-wizard.bulk.progress"})}
              max=${Math.max(d.total,1)}
              .value=${d.loaded}
            ></progress>
            <button type="button" @click=${this.#w}>${e("Cancel upload",{id:"extension-wizard.bulk.cancel-upload"})}</button>
          </div>`:n}
      <div part="actions">
        <button type="button" class="primary" ?disabled=${!this.file||r} @click=${this.#$}>
          ${e("Upload",{id:"extension-wizard.bulk.upload"})}
        </button>
        <button type="button" ?disabled=${r} @click=${this.#x}>${e("Cancel",{id:"extension-wizard.cancel"})}</button>
      </div>
    </section>`}#S(){const t=this.#t.value,i=!this.#h&&t?this.#U(t):n;if("done"===this.phase){const t=this.#s;return o`${i}
        <section part="step summary" aria-labelledby="step-heading">
          <h3 part="step-heading" id="step-heading" tabindex="-1">
            ${this.#h?e("The service processed the file",{id:"extension-wizard.bulk.done"}):e("The device was registered",{id:"extension-wizard.done"})}
          </h3>
          <div role="status">
            ${s=t,x(s)&&["numberOfAll","numberOfCreated","numberOfFailed","numberOfSuccessful"].every(e=>"number"==typeof s[e])?function(t){const i=Array.isArray(t.failedCreationList)?t.failedCreationList.slice(0,S):[];return o`<dl part="counts">
      <div><dt>${e("Devices in the file",{id:"extension-wizard.bulk.all"})}</dt><dd>${t.numberOfAll}</dd></div>
      <div><dt>${e("Registered",{id:"extension-wizard.bulk.successful"})}</dt><dd>${t.numberOfSuccessful}</dd></div>
      <div><dt>${e("Created",{id:"extension-wizard.bulk.created"})}</dt><dd>${t.numberOfCreated}</dd></div>
      <div><dt>${e("Failed",{id:"extension-wizard.bulk.failed"})}</dt><dd>${t.numberOfFailed}</dd></div>
    </dl>
    ${i.length?o`<h4>${e("Failed lines",{id:"extension-wizard.bulk.failed-lines"})}</h4>
          <ul part="failures">
            ${i.map(e=>o`<li>
                ${x(e)?R(e.deviceId??e.line,3):"—"}:
                ${x(e)?R(e.failureReason,3):"—"}
              </li>`)}
          </ul>`:n}`}(t):o`<h4>${e("The service's answer",{id:"extension-wizard.answer"})}</h4>${R(t)}`}
          </div>
          <div part="actions">
            <button type="button" class="primary" @click=${this.#x}>${e("Close",{id:"extension-wizard.close"})}</button>
          </div>
        </section>`}var s;const a=this.#n??new r({status:0,code:"unknown",message:""}),d=function(t,i){const r=t.message?.trim()||void 0;return t.status>=400&&t.status<500?{message:r??b(t)}:t.status>=500?{message:i?e("The service cannot register the devices right now.",{id:"extension-wizard.server-error-bulk"}):e("The service cannot register the device right now.",{id:"extension-wizard.server-error"}),detail:r}:"network"===t.code||"timeout"===t.code?{message:e("The service cannot be reached.",{id:"extension-wizard.unreachable"})}:{message:b(t)}}(a,this.#h);return o`${i}
      <section part="step summary" aria-labelledby="step-heading">
        <h3 part="step-heading" id="step-heading" tabindex="-1">
          ${this.#h?e("The upload failed",{id:"extension-wizard.bulk.failed-heading"}):e("The device was not registered",{id:"extension-wizard.failed"})}
        </h3>
        <div role="alert" class="banner danger">
          <p>${d.message}</p>
          ${d.detail?o`<p part="detail">${d.detail}</p>`:n}
        </div>
        <div part="actions">
          <button type="button" class="primary" @click=${this.#b}>${e("Fix issue",{id:"extension-wizard.fix"})}</button>
          ${a.retryable?o`<button type="button" @click=${this.#v}>${e("Try again",{id:"extension-wizard.try-again"})}</button>`:n}
          <button type="button" @click=${this.#x}>${e("Close",{id:"extension-wizard.close"})}</button>
        </div>
      </section>`}}a([l({attribute:!1})],T.prototype,"extension",void 0),a([l({attribute:"lang"})],T.prototype,"langAttribute",void 0),a([h()],T.prototype,"phase",void 0),a([h()],T.prototype,"page",void 0),a([h()],T.prototype,"errors",void 0),a([h()],T.prototype,"progress",void 0),a([h()],T.prototype,"file",void 0),a([h()],T.prototype,"dirty",void 0);export{T as D};
//# sourceMappingURL=extension-wizard-B3idnW7K.js.map
