import{D as e,m as t,_ as r}from"./devreg-element-BXWJlbIc.js";import{css as i,nothing as o,svg as s,html as n}from"lit";import{property as a,state as d,query as l,queryAll as p}from"lit/decorators.js";import{h as u}from"./task-Bl3sWkmS.js";import{s as c}from"./shared-DanW-4g-.js";const g=["single","bulk","extension","form"];class m extends Event{static{this.eventName="devreg-register-selected"}constructor(e){super(m.eventName,{bubbles:!0,composed:!0}),this.option=e}get detail(){return{option:this.option}}}const h=i`
  :host {
    display: inline-block;
    position: relative;
  }
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  [part~='caret'] {
    width: 0.75rem;
    height: 0.75rem;
    fill: currentColor;
  }
  [part~='reason'] {
    margin: 0;
    color: var(--devreg-register-menu-reason-color, var(--devreg-color-text-muted, #57606a));
  }
  [part~='popup'] {
    position: absolute;
    top: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: var(--devreg-register-menu-z-index, 10);
    min-width: var(--devreg-register-menu-min-width, 16rem);
    max-width: min(28rem, 90vw);
    padding: 0.25rem 0;
    border: 1px solid var(--devreg-color-border, #d0d7de);
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-register-menu-background, var(--devreg-color-surface, #fff));
    box-shadow: var(--devreg-register-menu-shadow, var(--devreg-shadow-popup, 0 8px 24px rgb(31 35 40 / 20%)));
  }
  [part~='popup'][hidden] {
    display: none;
  }
  [role='group'] + [role='group'] {
    border-top: 1px solid var(--devreg-color-border, #d0d7de);
    margin-top: 0.25rem;
    padding-top: 0.25rem;
  }
  [part~='group-label'] {
    padding: 0.25rem 0.75rem;
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--devreg-color-text-muted, #57606a);
  }
  [part~='item'] {
    display: block;
    width: 100%;
    min-height: 2rem;
    border: 0;
    border-radius: 0;
    padding: 0.375rem 0.75rem;
    text-align: start;
    background: transparent;
  }
  [part~='item']:hover,
  [part~='item']:focus {
    background: var(--devreg-register-menu-item-hover-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  [part~='item']:focus-visible {
    outline-offset: -2px;
  }
  [part~='note'] {
    margin: 0.25rem 0 0;
    padding: 0.25rem 0.75rem;
    font-size: 0.8125rem;
    color: var(--devreg-color-text-muted, #57606a);
  }
`,b=["single","bulk"],v={extensibleDeviceRegistration:"single",extensibleBulkDeviceRegistration:"bulk"};class f extends e{constructor(){super(...arguments),this.forms=[],this.open=!1,this.extensions=new u(this,{task:async([e],{signal:t})=>{if(!e?.listExtensions)return[];try{return await e.listExtensions({signal:t})}catch(e){throw this.reportError("listExtensions",e)}},args:()=>[this.effectiveAdapter]}),this.handleTriggerClick=()=>{this.open?this.closeMenu(!1):this.openMenu("first")},this.handleTriggerKeydown=e=>{"ArrowDown"===e.key||"ArrowUp"===e.key?(e.preventDefault(),this.openMenu("ArrowDown"===e.key?"first":"last")):"Escape"===e.key&&this.open&&(e.preventDefault(),e.stopPropagation(),this.closeMenu(!0))},this.handleMenuKeydown=e=>{const t=[...this.items],r=t.indexOf(this.shadowRoot?.activeElement),i=e=>t[(e+t.length)%t.length]?.focus();switch(e.key){case"ArrowDown":i(r+1);break;case"ArrowUp":i(r<0?-1:r-1);break;case"Home":i(0);break;case"End":i(-1);break;case"Escape":e.stopPropagation(),this.closeMenu(!0);break;case"Tab":return void this.closeMenu(!1);default:{if(1!==e.key.length||e.ctrlKey||e.metaKey||e.altKey||!/\S/.test(e.key))return;const i=e.key.toLocaleLowerCase();for(let e=1;e<=t.length;e++){const o=t[(r+e)%t.length];if(o.textContent?.trim().toLocaleLowerCase().startsWith(i)){o.focus();break}}}}e.preventDefault()},this.handleFocusOut=e=>{const t=e.relatedTarget;!t||this.shadowRoot?.contains(t)||this.contains(t)||this.setOpen(!1)},this.handleDocumentPointerDown=e=>{e.composedPath().includes(this)||this.setOpen(!1)}}static{this.styles=[c,h]}reloadExtensions(){this.extensions.run()}focus(e){this.trigger?this.trigger.focus(e):super.focus(e)}disconnectedCallback(){super.disconnectedCallback(),this.setOpen(!1)}willUpdate(e){super.willUpdate(e),e.has("disabledReason")&&this.disabledReason&&this.open&&this.setOpen(!1)}get entries(){const e=(this.extensions.value??[]).filter(e=>v[e.type]),r=[...this.forms??[]].map((e,t)=>({form:e,index:t})).sort((e,t)=>(t.form.priority??0)-(e.form.priority??0)||e.index-t.index).map(({form:e})=>e),i=[{key:"single",label:t("Single device registration",{id:"menu.single"}),category:"single",option:{kind:"single"}},{key:"bulk",label:t("Bulk device registration",{id:"menu.bulk"}),category:"bulk",option:{kind:"bulk"}},...e.map((e,t)=>({key:`extension:${t}:${e.contextPath}:${e.type}`,label:e.name,category:v[e.type],option:{kind:"extension",extension:e}})),...r.map(e=>({key:`form:${e.id}`,label:e.label,category:"bulk"===e.category?"bulk":"single",option:{kind:"form",formId:e.id}}))];return b.flatMap(e=>i.filter(t=>t.category===e))}render(){const e=this.disabledReason?.trim(),r=this.entries,i={single:t("Single registration",{id:"menu.group.single"}),bulk:t("Bulk registration",{id:"menu.group.bulk"})};return n`<div part="base">
      <button
        part="button"
        class="primary"
        id="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open?"true":"false"}
        aria-controls="menu"
        aria-describedby=${e?"reason":o}
        ?disabled=${!!e}
        @click=${this.handleTriggerClick}
        @keydown=${this.handleTriggerKeydown}
      >
        ${t("Register device",{id:"menu.button"})}
        <svg part="caret" viewBox="0 0 12 12" aria-hidden="true" focusable="false">${s`<path d="M2 4l4 4 4-4z" />`}</svg>
      </button>
      ${e?n`<p id="reason" part="reason">${e}</p>`:o}
      <div part="popup" ?hidden=${!this.open} @focusout=${this.handleFocusOut}>
        <div id="menu" role="menu" part="menu" aria-labelledby="trigger" @keydown=${this.handleMenuKeydown}>
          ${b.map(e=>{const t=r.filter(t=>t.category===e);return n`<div role="group" part="group" aria-labelledby="group-${e}">
              <div role="presentation" id="group-${e}" part="group-label">${i[e]}</div>
              ${t.map(e=>n`<button
                  type="button"
                  role="menuitem"
                  part="item"
                  tabindex="-1"
                  data-key=${e.key}
                  @click=${()=>this.choose(e)}
                >
                  ${e.label}
                </button>`)}
            </div>`})}
        </div>
        ${this.renderNote()}
      </div>
    </div>`}renderNote(){return this.extensions.render({pending:()=>this.effectiveAdapter?.listExtensions?n`<p part="note" role="status">${t("Loading more registration forms…",{id:"menu.extensions.loading"})}</p>`:o,error:()=>n`<p part="note">${t("Registration forms provided by services could not be loaded.",{id:"menu.extensions.failed"})}</p>`,complete:()=>o,initial:()=>o})}setOpen(e){this.open!==e&&(this.open=e,e?document.addEventListener("pointerdown",this.handleDocumentPointerDown,!0):document.removeEventListener("pointerdown",this.handleDocumentPointerDown,!0))}async openMenu(e){if(this.disabledReason?.trim())return;this.setOpen(!0),await this.updateComplete;const t=[...this.items];("first"===e?t[0]:t[t.length-1])?.focus()}closeMenu(e){this.setOpen(!1),e&&this.trigger?.focus()}choose(e){this.closeMenu(!0),this.dispatchEvent(new m({...e.option}))}}r([a({attribute:!1})],f.prototype,"forms",void 0),r([a({attribute:"disabled-reason"})],f.prototype,"disabledReason",void 0),r([d()],f.prototype,"open",void 0),r([l('[part~="button"]')],f.prototype,"trigger",void 0),r([p('[role="menuitem"]')],f.prototype,"items",void 0);export{f as D,b as R,m as a,g as b};
//# sourceMappingURL=register-menu-MJaP5k6n.js.map
