import{nothing as e,html as t,css as r}from"lit";import{s as i}from"./shared-DanW-4g-.js";import{m as n,d as o,D as a}from"./devreg-element-BXWJlbIc.js";import{ifDefined as s}from"lit/directives/if-defined.js";import{live as d}from"lit/directives/live.js";class l extends Event{static{this.eventName="devreg-changed"}constructor(e,t){super(l.eventName,{bubbles:!0,composed:!0}),this.value=e,this.valid=t}get detail(){return{value:this.value,valid:this.valid}}}const u=["password","email","uri","date"],c=new Set(["type","properties","required","title","description","default","examples","enum","const","oneOf","anyOf","items","minItems","maxItems","format","pattern","minLength","maxLength","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf"]),m=new Set(["$schema","$id","id","$comment","additionalProperties","definitions","$defs"]);function h(e){if(null===e||"object"!=typeof e||Array.isArray(e))return!1;const t=Object.getPrototypeOf(e);return t===Object.prototype||null===t}function p(e,t){return h(e)&&Object.prototype.hasOwnProperty.call(e,t)?e[t]:void 0}function f(e,t=0){if(null===e||"string"==typeof e||"boolean"==typeof e)return e;if("number"==typeof e)return Number.isFinite(e)?e:void 0;if(!(t>32)){if(Array.isArray(e))return e.map(e=>f(e,t+1));if(h(e)||"object"==typeof e&&null!==e){const r={};for(const i of Object.keys(e)){if("__proto__"===i)continue;const n=f(e[i],t+1);void 0!==n&&(r[i]=n)}return r}}}function v(e,...t){return t.reduce((e,t)=>`${e}/${String(t).replace(/~/g,"~0").replace(/\//g,"~1")}`,e)}function b(e){return"string"==typeof e&&""!==e.trim()?e:void 0}function g(e){return"number"==typeof e&&Number.isFinite(e)?e:void 0}function $(e){const t=g(e);return void 0!==t&&t>=0&&Number.isInteger(t)?t:void 0}function y(e){return null===e||"string"==typeof e||"boolean"==typeof e||void 0!==g(e)}class x{constructor(){this.warnings=[],this.#e=0}#e;warn(e,t){this.warnings.length<50&&this.warnings.push({keyword:e,pointer:t})}field(e,t,r,i,n){if(!h(e))return void(!0!==e&&this.warn("schema",r));if(n>8)return void this.warn("maxDepth",r);if(++this.#e>1e3)return void(1001===this.#e&&this.warn("maxFields",r));const o=this.kindOf(e,r);if(!o)return;this.unsupported(e,o,r);const a=p(e,"examples"),s=Array.isArray(a)&&y(a[0])?a[0]:void 0,d={key:t,pointer:r,title:b(p(e,"title")),description:b(p(e,"description")),placeholder:null==s?void 0:String(s),required:i||!0===p(e,"required"),hasDefault:!1};let l;switch(o){case"object":l={...d,kind:o,properties:this.properties(e,r,n)};break;case"array":{const t=this.field(p(e,"items"),"",v(r,"items"),!0,n+1);if(!t)return void this.warn("items",r);l={...d,kind:o,items:t,minItems:$(p(e,"minItems")),maxItems:$(p(e,"maxItems"))};break}case"string":{const t=p(e,"format");let i;u.includes(t)?i=t:void 0!==t&&this.warn("format",r),l={...d,kind:o,format:i,pattern:this.pattern(p(e,"pattern"),r),minLength:$(p(e,"minLength")),maxLength:$(p(e,"maxLength"))};break}case"number":case"integer":{let t=g(p(e,"minimum")),r=g(p(e,"maximum")),i=g(p(e,"exclusiveMinimum")),n=g(p(e,"exclusiveMaximum"));!0===p(e,"exclusiveMinimum")&&void 0!==t&&([i,t]=[t,void 0]),!0===p(e,"exclusiveMaximum")&&void 0!==r&&([n,r]=[r,void 0]);const a=g(p(e,"multipleOf"));l={...d,kind:"number",integer:"integer"===o,minimum:t,maximum:r,exclusiveMinimum:i,exclusiveMaximum:n,multipleOf:void 0!==a&&a>0?a:void 0};break}case"boolean":l={...d,kind:o};break;case"choice":{const t=this.options(e,r);if(!t.length)return;l={...d,kind:o,options:t};break}case"const":l={...d,kind:o,value:f(p(e,"const"))}}return this.withDefault(l,e)}kindOf(e,t){if(Array.isArray(p(e,"enum"))||this.constAlternatives(e))return"choice";if(void 0!==p(e,"const")&&y(p(e,"const")))return"const";let r=p(e,"type");switch(Array.isArray(r)&&(r=r.find(e=>"null"!==e)),r){case"object":case"array":case"string":case"number":case"integer":case"boolean":return r;case void 0:return h(p(e,"properties"))?"object":void 0!==p(e,"items")?"array":void 0!==p(e,"$ref")||void 0!==p(e,"allOf")?void this.unsupported(e,"string",t):"string";default:return void this.warn("type",t)}}constAlternatives(e){for(const t of["oneOf","anyOf"]){const r=p(e,t);if(Array.isArray(r)&&r.length&&r.every(e=>h(e)&&y(p(e,"const"))))return r}}options(e,t){const r=[],i=this.constAlternatives(e);if(i)for(const e of i){const t=p(e,"const");r.push({value:t,label:b(p(e,"title"))??String(t)})}else{const i=p(e,"enum");for(const e of i)y(e)?r.push({value:e,label:String(e)}):this.warn("enum",t)}return r.length>500&&(this.warn("maxOptions",t),r.length=500),r.filter((e,t)=>r.findIndex(t=>Object.is(t.value,e.value))===t)}properties(e,t,r){const i=p(e,"properties");if(void 0===i||h(i)||this.warn("properties",t),!h(i))return[];const n=p(e,"required"),o=new Set(Array.isArray(n)?n.filter(e=>"string"==typeof e):[]),a=[];for(const e of Object.keys(i)){const n=v(t,"properties",e);if("__proto__"===e){this.warn("properties",n);continue}const s=this.field(i[e],e,n,o.has(e),r+1);s&&a.push(s)}return a}pattern(e,t){if(void 0!==e)if("string"==typeof e)try{return new RegExp(e,"u")}catch{return void this.warn("pattern",t)}else this.warn("pattern",t)}unsupported(e,t,r){for(const i of Object.keys(e))m.has(i)||c.has(i)&&("oneOf"!==i&&"anyOf"!==i||"choice"===t)||this.warn(i,r)}withDefault(e,t){if(!Object.prototype.hasOwnProperty.call(t,"default"))return e;const r=f(p(t,"default"));return void 0!==r&&function(e,t){switch(e.kind){case"object":return h(t);case"array":return Array.isArray(t);case"string":return"string"==typeof t;case"number":return"number"==typeof t&&(!e.integer||Number.isInteger(t));case"boolean":return"boolean"==typeof t;case"choice":return e.options.some(e=>Object.is(e.value,t));case"const":return Object.is(e.value,t)}}(e,r)?{...e,hasDefault:!0,default:r}:(this.warn("default",e.pointer),e)}}const w=new WeakMap,k={root:{kind:"object",key:"",pointer:"#",required:!1,hasDefault:!1,properties:[]},warnings:[]};function A(e){if(null===e||"object"!=typeof e)return void 0!==e&&I([{keyword:"schema",pointer:"#"}]),k;const t=w.get(e);if(t)return t;const r=new x;let i;try{i=r.field(e,"","#",!1,0)}catch{r.warn("schema","#")}const n={root:i??k.root,warnings:r.warnings};return w.set(e,n),I(n.warnings),n}function I(e){if(!e.length||!globalThis.litIssuedWarnings)return;const t=e.map(e=>`"${e.keyword}" at ${e.pointer}`).join(", ");console.warn(`devreg-schema-form: ignored unsupported or invalid JSON Schema keyword(s): ${t}. The form renders the supported subset only (see the README, "schema-form").`)}function q(e){let t="";for(const r of e)t+="number"==typeof r?`[${r}]`:t?`.${r}`:r;return t}function F(e,t){switch(e.kind){case"object":{const r=f(h(t)?t:e.hasDefault?e.default:{})??{};for(const t of e.properties){const e=F(t,p(r,t.key));void 0===e?delete r[t.key]:r[t.key]=e}return r}case"array":{const r=(Array.isArray(t)?t:e.hasDefault?e.default:[]).map(t=>F(e.items,t));for(;void 0!==e.minItems&&r.length<e.minItems;)r.push(F(e.items,void 0));return r}case"boolean":return"boolean"==typeof t?t:!!e.hasDefault&&e.default;case"const":return e.value;default:return null!=t&&""!==t?f(t):e.hasDefault?f(e.default):void 0}}function O(e,t,r){if(!t.length)return r;const[i,...n]=t;if("number"==typeof i){const t=Array.isArray(e)?[...e]:[];return t[i]=O(t[i],n,r),t}if("__proto__"===i)return e;const o=h(e)?{...e}:{},a=O(p(o,i),n,r);return void 0===a?delete o[i]:o[i]=a,o}function j(e){const t={};for(const r of e)h(r)&&E(t,r,0);return t}function E(e,t,r){for(const i of Object.keys(t)){if("__proto__"===i)continue;const n=t[i],o=p(e,i);if(r<32&&h(o)&&h(n)){const t={...o};E(t,n,r+1),e[i]=t}else e[i]=f(n)}}function M(e,t){return e.title??(e.key||t)}function S(e,t,r={}){const i=[];return N(e,t,[],M(e,""),i,r),i}function D(e){return null==e||""===e}function N(e,t,r,i,a,s){const d=q(r),l=e=>{a.push({path:d,label:i,message:e})};switch(e.kind){case"object":for(const i of e.properties)N(i,p(t,i.key),[...r,i.key],M(i,i.key),a,s);return;case"array":return function(e,t,r,i,a,s){const d=q(r),l=Array.isArray(t)?t:[];if(void 0!==t&&!Array.isArray(t))return void a.push({path:d,label:i,message:n("Expected a list.",{id:"schema-form.invalid-array"})});if(void 0!==e.minItems&&l.length<e.minItems){const t=e.minItems;a.push({path:d,label:i,message:1===t?n("Add at least one item.",{id:"schema-form.min-items-one"}):n(o`Add at least ${t} items.`,{id:"schema-form.min-items"})})}if(void 0!==e.maxItems&&l.length>e.maxItems){const t=e.maxItems;a.push({path:d,label:i,message:n(o`Remove items: at most ${t} are allowed.`,{id:"schema-form.max-items"})})}l.forEach((t,n)=>{N({...e.items,required:!0},t,[...r,n],_(e,i,n),a,s)})}(e,t,r,i,a,s);case"const":return;case"boolean":return void(void 0!==t&&"boolean"!=typeof t&&l(n("Choose yes or no.",{id:"schema-form.invalid-boolean"})));case"choice":return void(D(t)?e.required&&l(n("Choose an option.",{id:"schema-form.required-choice"})):e.options.some(e=>Object.is(e.value,t))||l(n("Choose one of the options.",{id:"schema-form.invalid-choice"})));case"number":{if(s.badInput?.has(d))return void l(L(e));if(D(t))return void(e.required&&l(n("Enter a value.",{id:"schema-form.required"})));const r=function(e,t){if("number"!=typeof t||!Number.isFinite(t))return L(e);if(e.integer&&!Number.isInteger(t))return L(e);const{minimum:r,maximum:i,exclusiveMinimum:a,exclusiveMaximum:s,multipleOf:d}=e;if(void 0!==r&&t<r)return n(o`Enter ${r} or more.`,{id:"schema-form.minimum"});if(void 0!==i&&t>i)return n(o`Enter ${i} or less.`,{id:"schema-form.maximum"});if(void 0!==a&&t<=a)return n(o`Enter more than ${a}.`,{id:"schema-form.exclusive-minimum"});if(void 0!==s&&t>=s)return n(o`Enter less than ${s}.`,{id:"schema-form.exclusive-maximum"});if(void 0!==d){const e=t/d;if(Math.abs(e-Math.round(e))>1e-9)return n(o`Enter a multiple of ${d}.`,{id:"schema-form.multiple-of"})}return}(e,t);return void(r&&l(r))}case"string":{if(D(t))return void(e.required&&l(n("Enter a value.",{id:"schema-form.required"})));const r=function(e,t){if("string"!=typeof t)return n("Enter text.",{id:"schema-form.invalid-string"});const r=[...t].length;if(void 0!==e.minLength&&r<e.minLength){const t=e.minLength;return 1===t?n("Enter a value.",{id:"schema-form.required"}):n(o`Enter at least ${t} characters.`,{id:"schema-form.min-length"})}if(void 0!==e.maxLength&&r>e.maxLength){const t=e.maxLength;return n(o`Enter at most ${t} characters (now ${r}).`,{id:"schema-form.max-length"})}switch(e.format){case"email":if(!U.test(t))return n("Enter an email address, like name@example.com.",{id:"schema-form.invalid-email"});break;case"uri":if(!function(e){try{return new URL(e),!/\s/.test(e)}catch{return!1}}(t))return n("Enter a full URL, like https://example.com.",{id:"schema-form.invalid-uri"});break;case"date":if(!function(e){const t=R.exec(e);if(!t)return!1;const[r,i,n]=[Number(t[1]),Number(t[2]),Number(t[3])],o=new Date(Date.UTC(r,i-1,n));return o.getUTCFullYear()===r&&o.getUTCMonth()===i-1&&o.getUTCDate()===n}(t))return n("Enter a date as YYYY-MM-DD.",{id:"schema-form.invalid-date"})}if(e.pattern&&(e.pattern.lastIndex=0,!e.pattern.test(t))){const t=e.pattern.source;return n(o`Use the expected format (pattern ${t}).`,{id:"schema-form.pattern"})}return}(e,t);return void(r&&l(r))}}}function _(e,t,r){const i=e.items.title??t;return n(o`${i} ${r+1}`,{id:"schema-form.item-label"})}function L(e){return e.integer?n("Enter a whole number.",{id:"schema-form.invalid-integer"}):n("Enter a number.",{id:"schema-form.invalid-number"})}const U=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,R=/^(\d{4})-(\d{2})-(\d{2})$/;function T(e,t,r){const i=[t.description?`${e}-help`:"",r?`${e}-error`:""].filter(Boolean);return i.length?i.join(" "):void 0}function z(r){return r.required?t`<span part="required" aria-hidden="true"> *</span>`:e}function C(r,i){return i.description?t`<div part="help" id=${`${r}-help`}>${i.description}</div>`:e}function V(r,i){return i?t`<div part="error" class="error-text" id=${`${r}-error`}>${i}</div>`:e}const P={email:"email",uri:"url",date:"date",password:"password"};function Y(r,i,a,l,u){switch(r.kind){case"object":return function(r,i,n,o,a){const d=q(n),l=a.idFor(d),u=r.properties.map(e=>a.renderField(e,p(i,e.key),[...n,e.key],M(e,e.key)));return n.length?t`<fieldset part="fieldset object" id=${l} aria-describedby=${s(T(l,r,void 0))}>
    <legend part="legend">${o}</legend>
    ${C(l,r)} ${u}
  </fieldset>`:t`${r.description?t`<p part="help description" id=${`${l}-help`}>${r.description}</p>`:e}
      ${u}`}(r,i,a,l,u);case"array":return function(r,i,a,d,l){const u=q(a),c=l.idFor(u),m=l.errorFor(u),h=Array.isArray(i)?i:[],p=void 0===r.maxItems||h.length<r.maxItems,f=void 0===r.minItems||h.length>r.minItems,v={...r.items,required:!0},b=r.items.title??d;return t`<fieldset part="field fieldset array" id=${c} aria-describedby=${s(T(c,r,m))}>
    <legend part="label legend">${d}${z(r)}</legend>
    ${C(c,r)}
    ${h.length?t`<ol part="items">
          ${h.map((e,i)=>{const s=[...a,i],u=_(r,d,i),c=l.idFor(q(s));return t`<li part="item">
              ${l.renderField(v,e,s,u)}
              <div part="item-actions">
                <button
                  type="button"
                  id=${`${c}-up`}
                  aria-label=${n(o`Move up: ${u}`,{id:"schema-form.move-up-label"})}
                  ?disabled=${0===i}
                  @click=${()=>l.arrayAction(a,"up",i)}
                >
                  ${n("Move up",{id:"schema-form.move-up"})}
                </button>
                <button
                  type="button"
                  id=${`${c}-down`}
                  aria-label=${n(o`Move down: ${u}`,{id:"schema-form.move-down-label"})}
                  ?disabled=${i===h.length-1}
                  @click=${()=>l.arrayAction(a,"down",i)}
                >
                  ${n("Move down",{id:"schema-form.move-down"})}
                </button>
                <button
                  type="button"
                  id=${`${c}-remove`}
                  aria-label=${n(o`Remove: ${u}`,{id:"schema-form.remove-label"})}
                  ?disabled=${!f}
                  @click=${()=>l.arrayAction(a,"remove",i)}
                >
                  ${n("Remove",{id:"schema-form.remove"})}
                </button>
              </div>
            </li>`})}
        </ol>`:t`<p part="empty">${n("No items yet.",{id:"schema-form.no-items"})}</p>`}
    <div part="actions">
      <button type="button" id=${`${c}-add`} ?disabled=${!p} @click=${()=>l.arrayAction(a,"add",h.length)}>
        ${n(o`Add ${b}`,{id:"schema-form.add"})}
      </button>
    </div>
    ${V(c,m)}
    ${p||void 0===r.maxItems?e:t`<div part="help">${n(o`At most ${r.maxItems} items.`,{id:"schema-form.max-items-reached"})}</div>`}
  </fieldset>`}(r,i,a,l,u);case"string":return function(r,i,a,l,u){const c=q(a),m=u.idFor(c),h=u.errorFor(c),p="password"===r.format,f=p&&u.isRevealed(c),v=f?"text":r.format?P[r.format]:"text",b="string"==typeof i?i:"number"==typeof i||"boolean"==typeof i?String(i):"";return t`<div part="field">
    <label part="label" for=${m}>${l}${z(r)}</label>
    <div part="control">
      <input
        part="input"
        id=${m}
        type=${v}
        .value=${d(b)}
        placeholder=${s(r.placeholder)}
        ?required=${r.required}
        aria-invalid=${h?"true":"false"}
        aria-describedby=${s(T(m,r,h))}
        autocomplete=${p?"new-password":"off"}
        spellcheck=${p?"false":"true"}
        @input=${e=>{const t=e.target;u.setValue(a,""===t.value?void 0:t.value)}}
        @blur=${()=>u.touch(c)}
      />
      ${p?t`<button
            type="button"
            part="reveal"
            aria-pressed=${f?"true":"false"}
            aria-label=${n(o`Show ${l}`,{id:"schema-form.reveal"})}
            @click=${()=>u.toggleReveal(c)}
          >
            ${n("Show",{id:"schema-form.reveal-short"})}
          </button>`:e}
    </div>
    ${C(m,r)} ${V(m,h)}
  </div>`}(r,i,a,l,u);case"number":return function(e,r,i,n,o){const a=q(i),l=o.idFor(a),u=o.errorFor(a),c=e.multipleOf??(e.integer?1:"any"),m=e.minimum??e.exclusiveMinimum,h=e.maximum??e.exclusiveMaximum;return t`<div part="field">
    <label part="label" for=${l}>${n}${z(e)}</label>
    <div part="control">
      <input
        part="input"
        id=${l}
        type="number"
        inputmode=${e.integer?"numeric":"decimal"}
        step=${String(c)}
        min=${s(void 0===m?void 0:String(m))}
        max=${s(void 0===h?void 0:String(h))}
        .value=${d(o.numberText(a,r))}
        placeholder=${s(e.placeholder)}
        ?required=${e.required}
        aria-invalid=${u?"true":"false"}
        aria-describedby=${s(T(l,e,u))}
        @input=${e=>o.numberInput(i,e.target)}
        @blur=${()=>o.touch(a)}
      />
    </div>
    ${C(l,e)} ${V(l,u)}
  </div>`}(r,i,a,l,u);case"boolean":return function(e,r,i,n,o){const a=q(i),l=o.idFor(a),u=o.errorFor(a);return t`<div part="field checkbox">
    <div part="control">
      <input
        part="input"
        id=${l}
        type="checkbox"
        .checked=${d(!0===r)}
        aria-invalid=${u?"true":"false"}
        aria-describedby=${s(T(l,e,u))}
        @change=${e=>{o.setValue(i,e.target.checked),o.touch(a)}}
      />
      <label part="label" for=${l}>${n}</label>
    </div>
    ${C(l,e)} ${V(l,u)}
  </div>`}(r,i,a,l,u);case"choice":return function(e,r,i,o,a){const l=q(i),u=a.idFor(l),c=a.errorFor(l),m=e.options.findIndex(e=>Object.is(e.value,r)),h=t=>{a.setValue(i,t<0?void 0:e.options[t]?.value),a.touch(l)};return e.options.length>4?t`<div part="field">
      <label part="label" for=${u}>${o}${z(e)}</label>
      <div part="control">
        <select
          part="input"
          id=${u}
          ?required=${e.required}
          aria-invalid=${c?"true":"false"}
          aria-describedby=${s(T(u,e,c))}
          @change=${e=>h(Number(e.target.value))}
          @blur=${()=>a.touch(l)}
        >
          <option value="-1" .selected=${m<0}>${n("Choose…",{id:"schema-form.choose"})}</option>
          ${e.options.map((e,r)=>t`<option value=${String(r)} .selected=${r===m}>${e.label}</option>`)}
        </select>
      </div>
      ${C(u,e)} ${V(u,c)}
    </div>`:t`<fieldset
    part="field fieldset radiogroup"
    role="radiogroup"
    id=${u}
    aria-required=${e.required?"true":"false"}
    aria-invalid=${c?"true":"false"}
    aria-describedby=${s(T(u,e,c))}
  >
    <legend part="label legend">${o}${z(e)}</legend>
    ${e.options.map((e,r)=>t`<label part="option">
        <input
          type="radio"
          name=${u}
          .checked=${d(r===m)}
          @change=${()=>h(r)}
          @blur=${()=>a.touch(l)}
        />
        ${e.label}
      </label>`)}
    ${C(u,e)} ${V(u,c)}
  </fieldset>`}(r,i,a,l,u);case"const":return e}}const W=r`
  :host {
    display: block;
  }
  [part~='form'] {
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  [part~='label'] {
    font-weight: var(--devreg-schema-form-label-weight, 600);
    color: var(--devreg-schema-form-label-color, var(--devreg-color-text, #1f2328));
  }
  [part~='checkbox'] [part~='label'],
  [part~='option'] {
    font-weight: normal;
  }
  [part~='required'] {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  [part~='control'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='control'] [part~='input']:not([type='checkbox']) {
    flex: 1 1 auto;
    max-width: var(--devreg-schema-form-input-max-width, 32rem);
  }
  [part~='help'] {
    color: var(--devreg-schema-form-help-color, var(--devreg-color-text-muted, #57606a));
    font-size: 0.9em;
    margin: 0;
  }
  [part~='error'] {
    color: var(--devreg-schema-form-error-color, var(--devreg-color-danger-text, #a0180e));
    font-size: 0.9em;
  }
  fieldset {
    margin: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
    border: var(--devreg-schema-form-fieldset-border, 1px solid var(--devreg-color-border, #d0d7de));
    border-radius: var(--devreg-radius, 4px);
    padding: var(--devreg-schema-form-fieldset-padding, 0.75rem);
  }
  [part~='radiogroup'] {
    gap: 0.25rem;
  }
  [part~='option'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  legend {
    padding: 0 0.25rem;
  }
  [part~='items'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--devreg-schema-form-gap, var(--devreg-space-m, 0.75rem));
  }
  [part~='item'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-bottom: 0.5rem;
    border-bottom: 1px dashed var(--devreg-color-border, #d0d7de);
  }
  [part~='item-actions'],
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='empty'] {
    margin: 0;
    color: var(--devreg-schema-form-help-color, var(--devreg-color-text-muted, #57606a));
  }
`;class B extends a{static{this.styles=[i,W]}#t=void 0;#r=A(void 0);#i=F(this.#r.root,void 0);#n=new Set;#o=!1;#a=new Set;#s=new Map;#d=new Set;#l=new Map;#u;#c;get schema(){return this.#t}set schema(e){const t=this.#t;e!==t&&(this.#t=e,this.#r=A(e),this.#i=F(this.#r.root,this.#i),this.#n.clear(),this.#o=!1,this.#a.clear(),this.requestUpdate("schema",t))}get value(){return f(this.#i)}set value(e){if(e===this.#c&&void 0!==e)return;this.#c=e;const t=this.#i;this.#i=F(this.#r.root,f(e)),this.#a.clear(),this.requestUpdate("value",t)}get errors(){return S(this.#r.root,this.#i,{badInput:this.#a})}checkValidity(){return 0===this.errors.length}reportValidity(){const e=this.errors;return this.#o=!0,this.requestUpdate(),e.length&&this.#m(e[0].path),0===e.length}resetValidity(){this.#n.clear(),this.#o=!1,this.requestUpdate()}#h(e){let t=this.#l.get(e);return t||(t=`field-${this.#l.size}`,this.#l.set(e,t)),t}#m(e){const t=this.#h(e),r=this.renderRoot.querySelector(`#${t}`);if(!r)return void(this.#u=t);((r.matches("input, select, textarea, button")?r:r.querySelector("input:checked, input, select, button:not([disabled])"))??r).focus()}#p(e){this.#i=e,this.requestUpdate(),this.dispatchEvent(new l(this.value,this.checkValidity()))}#f={idFor:e=>this.#h(e),errorFor:e=>this.#o||this.#n.has(e)?this.#v.get(e):void 0,setValue:(e,t)=>this.#p(O(this.#i,e,t)),touch:e=>{this.#n.has(e)||(this.#n.add(e),this.requestUpdate())},numberText:(e,t)=>{const r=this.#s.get(e);if(void 0!==r){if(this.#a.has(e)&&void 0===t)return r;if(""===r?void 0===t:Number(r)===t)return r}return"number"==typeof t?String(t):""},numberInput:(e,t)=>{const r=q(e);this.#s.set(r,t.value),t.validity.badInput?this.#a.add(r):this.#a.delete(r),this.#p(O(this.#i,e,""===t.value?void 0:Number(t.value)))},isRevealed:e=>this.#d.has(e),toggleReveal:e=>{this.#d.has(e)?this.#d.delete(e):this.#d.add(e),this.requestUpdate()},arrayAction:(e,t,r)=>this.#b(e,t,r),renderField:(e,t,r,i)=>Y(e,t,r,i,this.#f)};#v=new Map;#b(e,t,r){const i=this.#g(e);if("array"!==i?.kind)return;const n=function(e,t){let r=e;for(const e of t)r="number"==typeof e?Array.isArray(r)?r[e]:void 0:p(r,e);return r}(this.#i,e),o=Array.isArray(n)?[...n]:[],a=q(e),s=t=>this.#h(q([...e,t]));switch(t){case"add":o.push(F(i.items,void 0)),this.#u=this.#$(s(o.length-1));break;case"remove":o.splice(r,1),this.#u=o.length?`${s(Math.min(r,o.length-1))}-remove`:`${this.#h(a)}-add`;break;case"up":case"down":{const e="up"===t?r-1:r+1;if(e<0||e>=o.length)return;[o[r],o[e]]=[o[e],o[r]];const i=0===e||e===o.length-1?"up"===t?"down":"up":t;this.#u=o.length>1?`${s(e)}-${i}`:void 0;break}}this.#n.add(a),this.#s.clear(),this.#a.clear(),this.#p(O(this.#i,e,o))}#$(e){return`${e}::first`}#g(e){let t=this.#r.root;for(const r of e)if("number"==typeof r){if("array"!==t.kind)return;t=t.items}else{if("object"!==t.kind)return;const e=t.properties.find(e=>e.key===r);if(!e)return;t=e}return t}render(){this.#v=new Map;for(const e of this.errors)this.#v.has(e.path)||this.#v.set(e.path,e.message);const e=this.#r.root;return t`<form part="form" novalidate @submit=${e=>e.preventDefault()}>
      ${Y(e,this.#i,[],M(e,""),this.#f)}
    </form>`}updated(){const e=this.#u;if(!e)return;this.#u=void 0;const[t,r]=e.split("::"),i=this.renderRoot.querySelector(`[id="${t}"]`);if(i)if(void 0!==r){((i.closest('[part~="item"]')??i).querySelector("input, select, button")??i).focus()}else i.focus()}}export{B as D,F as a,l as b,h as i,j as m,A as n,p as o,S as v};
//# sourceMappingURL=schema-form-D_g5oB3u.js.map
