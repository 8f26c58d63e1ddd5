function e(e,t,s,r){var i,n=arguments.length,o=n<3?t:null===r?r=Object.getOwnPropertyDescriptor(t,s):r;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)o=Reflect.decorate(e,t,s,r);else for(var a=e.length-1;a>=0;a--)(i=e[a])&&(o=(n<3?i(o):n>3?i(t,s,o):i(t,s))||o);return n>3&&o&&Object.defineProperty(t,s,o),o}"function"==typeof SuppressedError&&SuppressedError;const t=globalThis,s=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,r=Symbol(),i=new WeakMap;let n=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==r)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(s&&void 0===e){const s=void 0!==t&&1===t.length;s&&(e=i.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&i.set(t,e))}return e}toString(){return this.cssText}};const o=(e,...t)=>{const s=1===e.length?e[0]:t.reduce((t,s,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[r+1],e[0]);return new n(s,e,r)},a=s?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new n("string"==typeof e?e:e+"",void 0,r))(t)})(e):e,{is:c,defineProperty:d,getOwnPropertyDescriptor:l,getOwnPropertyNames:h,getOwnPropertySymbols:u,getPrototypeOf:p}=Object,f=globalThis,g=f.trustedTypes,m=g?g.emptyScript:"",v=f.reactiveElementPolyfillSupport,y=(e,t)=>e,b={toAttribute(e,t){switch(t){case Boolean:e=e?m:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},w=(e,t)=>!c(e,t),$={attribute:!0,type:String,converter:b,reflect:!1,useDefault:!1,hasChanged:w};Symbol.metadata??=Symbol("metadata"),f.litPropertyMetadata??=new WeakMap;let A=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=$){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),r=this.getPropertyDescriptor(e,s,t);void 0!==r&&d(this.prototype,e,r)}}static getPropertyDescriptor(e,t,s){const{get:r,set:i}=l(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){const n=r?.call(this);i?.call(this,t),this.requestUpdate(e,n,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??$}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...h(e),...u(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(a(e))}else void 0!==e&&t.push(a(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,r)=>{if(s)e.adoptedStyleSheets=r.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const s of r){const r=document.createElement("style"),i=t.litNonce;void 0!==i&&r.setAttribute("nonce",i),r.textContent=s.cssText,e.appendChild(r)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,s);if(void 0!==r&&!0===s.reflect){const i=(void 0!==s.converter?.toAttribute?s.converter:b).toAttribute(t,s.type);this._$Em=e,null==i?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){const s=this.constructor,r=s._$Eh.get(e);if(void 0!==r&&this._$Em!==r){const e=s.getPropertyOptions(r),i="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:b;this._$Em=r;const n=i.fromAttribute(t,e.type);this[r]=n??this._$Ej?.get(r)??n,this._$Em=null}}requestUpdate(e,t,s,r=!1,i){if(void 0!==e){const n=this.constructor;if(!1===r&&(i=this[e]),s??=n.getPropertyOptions(e),!((s.hasChanged??w)(i,t)||s.useDefault&&s.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:r,wrapped:i},n){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),!0!==i||void 0!==n)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,r=this[t];!0!==e||this._$AL.has(t)||void 0===r||this.C(t,void 0,s,r)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};A.elementStyles=[],A.shadowRootOptions={mode:"open"},A[y("elementProperties")]=new Map,A[y("finalized")]=new Map,v?.({ReactiveElement:A}),(f.reactiveElementVersions??=[]).push("2.1.2");const E=globalThis,T=e=>e,k=E.trustedTypes,C=k?k.createPolicy("lit-html",{createHTML:e=>e}):void 0,_="$lit$",x=`lit$${Math.random().toFixed(9).slice(2)}$`,R="?"+x,I=`<${R}>`,P=document,S=()=>P.createComment(""),q=e=>null===e||"object"!=typeof e&&"function"!=typeof e,N=Array.isArray,D="[ \t\n\f\r]",O=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,L=/-->/g,U=/>/g,M=RegExp(`>|${D}(?:([^\\s"'>=/]+)(${D}*=${D}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),z=/'/g,B=/"/g,F=/^(?:script|style|textarea|title)$/i,j=e=>(t,...s)=>({_$litType$:e,strings:t,values:s}),H=j(1),G=j(2),W=Symbol.for("lit-noChange"),V=Symbol.for("lit-nothing"),K=new WeakMap,Y=P.createTreeWalker(P,129);function Q(e,t){if(!N(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==C?C.createHTML(t):t}class J{constructor({strings:e,_$litType$:t},s){let r;this.parts=[];let i=0,n=0;const o=e.length-1,a=this.parts,[c,d]=((e,t)=>{const s=e.length-1,r=[];let i,n=2===t?"<svg>":3===t?"<math>":"",o=O;for(let t=0;t<s;t++){const s=e[t];let a,c,d=-1,l=0;for(;l<s.length&&(o.lastIndex=l,c=o.exec(s),null!==c);)l=o.lastIndex,o===O?"!--"===c[1]?o=L:void 0!==c[1]?o=U:void 0!==c[2]?(F.test(c[2])&&(i=RegExp("</"+c[2],"g")),o=M):void 0!==c[3]&&(o=M):o===M?">"===c[0]?(o=i??O,d=-1):void 0===c[1]?d=-2:(d=o.lastIndex-c[2].length,a=c[1],o=void 0===c[3]?M:'"'===c[3]?B:z):o===B||o===z?o=M:o===L||o===U?o=O:(o=M,i=void 0);const h=o===M&&e[t+1].startsWith("/>")?" ":"";n+=o===O?s+I:d>=0?(r.push(a),s.slice(0,d)+_+s.slice(d)+x+h):s+x+(-2===d?t:h)}return[Q(e,n+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),r]})(e,t);if(this.el=J.createElement(c,s),Y.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(r=Y.nextNode())&&a.length<o;){if(1===r.nodeType){if(r.hasAttributes())for(const e of r.getAttributeNames())if(e.endsWith(_)){const t=d[n++],s=r.getAttribute(e).split(x),o=/([.?@])?(.*)/.exec(t);a.push({type:1,index:i,name:o[2],strings:s,ctor:"."===o[1]?se:"?"===o[1]?re:"@"===o[1]?ie:te}),r.removeAttribute(e)}else e.startsWith(x)&&(a.push({type:6,index:i}),r.removeAttribute(e));if(F.test(r.tagName)){const e=r.textContent.split(x),t=e.length-1;if(t>0){r.textContent=k?k.emptyScript:"";for(let s=0;s<t;s++)r.append(e[s],S()),Y.nextNode(),a.push({type:2,index:++i});r.append(e[t],S())}}}else if(8===r.nodeType)if(r.data===R)a.push({type:2,index:i});else{let e=-1;for(;-1!==(e=r.data.indexOf(x,e+1));)a.push({type:7,index:i}),e+=x.length-1}i++}}static createElement(e,t){const s=P.createElement("template");return s.innerHTML=e,s}}function X(e,t,s=e,r){if(t===W)return t;let i=void 0!==r?s._$Co?.[r]:s._$Cl;const n=q(t)?void 0:t._$litDirective$;return i?.constructor!==n&&(i?._$AO?.(!1),void 0===n?i=void 0:(i=new n(e),i._$AT(e,s,r)),void 0!==r?(s._$Co??=[])[r]=i:s._$Cl=i),void 0!==i&&(t=X(e,i._$AS(e,t.values),i,r)),t}class Z{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,r=(e?.creationScope??P).importNode(t,!0);Y.currentNode=r;let i=Y.nextNode(),n=0,o=0,a=s[0];for(;void 0!==a;){if(n===a.index){let t;2===a.type?t=new ee(i,i.nextSibling,this,e):1===a.type?t=new a.ctor(i,a.name,a.strings,this,e):6===a.type&&(t=new ne(i,this,e)),this._$AV.push(t),a=s[++o]}n!==a?.index&&(i=Y.nextNode(),n++)}return Y.currentNode=P,r}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class ee{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,r){this.type=2,this._$AH=V,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=X(this,e,t),q(e)?e===V||null==e||""===e?(this._$AH!==V&&this._$AR(),this._$AH=V):e!==this._$AH&&e!==W&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>N(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==V&&q(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,r="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=J.createElement(Q(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===r)this._$AH.p(t);else{const e=new Z(r,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=K.get(e.strings);return void 0===t&&K.set(e.strings,t=new J(e)),t}k(e){N(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,r=0;for(const i of e)r===t.length?t.push(s=new ee(this.O(S()),this.O(S()),this,this.options)):s=t[r],s._$AI(i),r++;r<t.length&&(this._$AR(s&&s._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=T(e).nextSibling;T(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class te{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,r,i){this.type=1,this._$AH=V,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=V}_$AI(e,t=this,s,r){const i=this.strings;let n=!1;if(void 0===i)e=X(this,e,t,0),n=!q(e)||e!==this._$AH&&e!==W,n&&(this._$AH=e);else{const r=e;let o,a;for(e=i[0],o=0;o<i.length-1;o++)a=X(this,r[s+o],t,o),a===W&&(a=this._$AH[o]),n||=!q(a)||a!==this._$AH[o],a===V?e=V:e!==V&&(e+=(a??"")+i[o+1]),this._$AH[o]=a}n&&!r&&this.j(e)}j(e){e===V?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class se extends te{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===V?void 0:e}}class re extends te{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==V)}}class ie extends te{constructor(e,t,s,r,i){super(e,t,s,r,i),this.type=5}_$AI(e,t=this){if((e=X(this,e,t,0)??V)===W)return;const s=this._$AH,r=e===V&&s!==V||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,i=e!==V&&(s===V||r);r&&this.element.removeEventListener(this.name,this,s),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class ne{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){X(this,e)}}const oe={I:ee},ae=E.litHtmlPolyfillSupport;ae?.(J,ee),(E.litHtmlVersions??=[]).push("3.3.3");const ce=globalThis;let de=class extends A{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const r=s?.renderBefore??t;let i=r._$litPart$;if(void 0===i){const e=s?.renderBefore??null;r._$litPart$=i=new ee(t.insertBefore(S(),e),e,void 0,s??{})}return i._$AI(e),i})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return W}};de._$litElement$=!0,de.finalized=!0,ce.litElementHydrateSupport?.({LitElement:de});const le=ce.litElementPolyfillSupport;le?.({LitElement:de}),(ce.litElementVersions??=[]).push("4.2.2");const he={attribute:!0,type:String,converter:b,reflect:!1,hasChanged:w},ue=(e=he,t,s)=>{const{kind:r,metadata:i}=s;let n=globalThis.litPropertyMetadata.get(i);if(void 0===n&&globalThis.litPropertyMetadata.set(i,n=new Map),"setter"===r&&((e=Object.create(e)).wrapped=!0),n.set(s.name,e),"accessor"===r){const{name:r}=s;return{set(s){const i=t.get.call(this);t.set.call(this,s),this.requestUpdate(r,i,e,!0,s)},init(t){return void 0!==t&&this.C(r,void 0,e,t),t}}}if("setter"===r){const{name:r}=s;return function(s){const i=this[r];t.call(this,s),this.requestUpdate(r,i,e,!0,s)}}throw Error("Unsupported decorator location: "+r)};function pe(e){return(t,s)=>"object"==typeof s?ue(e,t,s):((e,t,s)=>{const r=t.hasOwnProperty(s);return t.constructor.createProperty(s,e),r?Object.getOwnPropertyDescriptor(t,s):void 0})(e,t,s)}function fe(e){return pe({...e,state:!0,attribute:!1})}const ge={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4},me=e=>(...t)=>({_$litDirective$:e,values:t});let ve=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const ye="important",be=" !"+ye,we=me(class extends ve{constructor(e){if(super(e),e.type!==ge.ATTRIBUTE||"style"!==e.name||e.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(e){return Object.keys(e).reduce((t,s)=>{const r=e[s];return null==r?t:t+`${s=s.includes("-")?s:s.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${r};`},"")}update(e,[t]){const{style:s}=e.element;if(void 0===this.ft)return this.ft=new Set(Object.keys(t)),this.render(t);for(const e of this.ft)null==t[e]&&(this.ft.delete(e),e.includes("-")?s.removeProperty(e):s[e]=null);for(const e in t){const r=t[e];if(null!=r){this.ft.add(e);const t="string"==typeof r&&r.endsWith(be);e.includes("-")||t?s.setProperty(e,t?r.slice(0,-11):r,t?ye:""):s[e]=r}}return W}}),$e="lit-localize-status",Ae=(e,...t)=>({strTag:!0,strings:e,values:t});let Ee=e=>{return"string"!=typeof(t=e)&&"strTag"in t?((e,t)=>{let s=e[0];for(let r=1;r<e.length;r++)s+=t[r-1],s+=e[r];return s})(e.strings,e.values):e;var t};class Te{constructor(e){this.__litLocalizeEventHandler=e=>{"ready"===e.detail.status&&this.host.requestUpdate()},this.host=e}hostConnected(){window.addEventListener($e,this.__litLocalizeEventHandler)}hostDisconnected(){window.removeEventListener($e,this.__litLocalizeEventHandler)}}const ke=e=>e.addController(new Te(e));for(let e=0;e<256;e++)(e>>4&15).toString(16),(15&e).toString(16);(new class{constructor(){this.settled=!1,this.promise=new Promise((e,t)=>{this._resolve=e,this._reject=t})}resolve(e){this.settled=!0,this._resolve(e)}reject(e){this.settled=!0,this._reject(e)}}).resolve();const{I:Ce}=oe,_e=e=>e,xe=e=>void 0===e.strings,Re=()=>document.createComment(""),Ie=(e,t,s)=>{const r=e._$AA.parentNode,i=void 0===t?e._$AB:t._$AA;if(void 0===s){const t=r.insertBefore(Re(),i),n=r.insertBefore(Re(),i);s=new Ce(t,n,e,e.options)}else{const t=s._$AB.nextSibling,n=s._$AM,o=n!==e;if(o){let t;s._$AQ?.(e),s._$AM=e,void 0!==s._$AP&&(t=e._$AU)!==n._$AU&&s._$AP(t)}if(t!==i||o){let e=s._$AA;for(;e!==t;){const t=_e(e).nextSibling;_e(r).insertBefore(e,i),e=t}}}return s},Pe=(e,t,s=e)=>(e._$AI(t,s),e),Se={},qe=(e,t=Se)=>e._$AH=t,Ne=e=>{e._$AR(),e._$AA.remove()},De=(e,t,s)=>{const r=new Map;for(let i=t;i<=s;i++)r.set(e[i],i);return r},Oe=me(class extends ve{constructor(e){if(super(e),e.type!==ge.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,t,s){let r;void 0===s?s=t:void 0!==t&&(r=t);const i=[],n=[];let o=0;for(const t of e)i[o]=r?r(t,o):o,n[o]=s(t,o),o++;return{values:n,keys:i}}render(e,t,s){return this.dt(e,t,s).values}update(e,[t,s,r]){const i=(e=>e._$AH)(e),{values:n,keys:o}=this.dt(t,s,r);if(!Array.isArray(i))return this.ut=o,n;const a=this.ut??=[],c=[];let d,l,h=0,u=i.length-1,p=0,f=n.length-1;for(;h<=u&&p<=f;)if(null===i[h])h++;else if(null===i[u])u--;else if(a[h]===o[p])c[p]=Pe(i[h],n[p]),h++,p++;else if(a[u]===o[f])c[f]=Pe(i[u],n[f]),u--,f--;else if(a[h]===o[f])c[f]=Pe(i[h],n[f]),Ie(e,c[f+1],i[h]),h++,f--;else if(a[u]===o[p])c[p]=Pe(i[u],n[p]),Ie(e,i[h],i[u]),u--,p++;else if(void 0===d&&(d=De(o,p,f),l=De(a,h,u)),d.has(a[h]))if(d.has(a[u])){const t=l.get(o[p]),s=void 0!==t?i[t]:null;if(null===s){const t=Ie(e,i[h]);Pe(t,n[p]),c[p]=t}else c[p]=Pe(s,n[p]),Ie(e,i[h],s),i[t]=null;p++}else Ne(i[u]),u--;else Ne(i[h]),h++;for(;p<=f;){const t=Ie(e,c[f+1]);Pe(t,n[p]),c[p++]=t}for(;h<=u;){const e=i[h++];null!==e&&Ne(e)}return this.ut=o,qe(e,c),W}}),Le=["WAITING_FOR_CONNECTION","PENDING_ACCEPTANCE","ACCEPTED","BLOCKED"];function Ue(e){return Le.includes(e)}const Me=["IGNORED","OPTIONAL","REQUIRED"],ze="OPTIONAL";const Be=["extensibleDeviceRegistration","extensibleBulkDeviceRegistration"];class Fe extends Error{constructor(e){var t;super(e.message,void 0===e.cause?void 0:{cause:e.cause}),this.name="RegistrationError",this.status=e.status,this.code=e.code,this.retryable=e.retryable??("network"===(t=e.code)||"timeout"===t||"rate-limited"===t||"server"===t),this.serverError=e.serverError,this.retryAfter=e.retryAfter}static from(e){if(e instanceof Fe)return e;if(e instanceof DOMException&&"AbortError"===e.name)return new Fe({status:0,code:"aborted",message:"The operation was aborted.",cause:e});if(e instanceof DOMException&&"TimeoutError"===e.name)return new Fe({status:0,code:"timeout",message:"The operation timed out.",cause:e});if(e instanceof TypeError)return new Fe({status:0,code:"network",message:e.message,cause:e});const t=e instanceof Error?e.message:String(e);return new Fe({status:0,code:"unknown",message:t,cause:e})}}function je(e){return e instanceof Fe&&"aborted"===e.code||e instanceof DOMException&&"AbortError"===e.name}function He(e){const t=e.creationTime?Date.parse(e.creationTime):0;return{request:e,rank:"PENDING_ACCEPTANCE"===e.status?0:1,time:Number.isFinite(t)?t:0}}function Ge(e,t){if(e.rank!==t.rank)return e.rank-t.rank;if(e.time!==t.time)return t.time-e.time;const s=e.request.id,r=t.request.id;return s<r?-1:s>r?1:0}function We(e,t){let s=0,r=e.length;for(;s<r;){const i=s+r>>>1;Ge(e[i],t)<0?s=i+1:r=i}return s}class Ve{#e;#t;#s;#r;#i;#n;#o;#a;#c;#d;#l;#h;constructor(e,t){this.rows=[],this.counts=new Map,this.loading=!1,this.loaded=!1,this.complete=!1,this.permissions={read:!0,admin:!0},this.securityTokenPolicy=ze,this.tenants=[],this.#r=new Map,this.#o=!1,this.#a=1,this.#c=new Set,this.#d=new Set,this.#l=new Set,this.#h=!1,this.#e=e,this.#t=t,e.addController(this)}get total(){return this.rows.length}get pending(){return this.counts.get("PENDING_ACCEPTANCE")??0}get(e){return this.#r.get(e)?.request}hostConnected(){this.#o=!0,this.#u(!0)}hostDisconnected(){this.#o=!1,this.#p()}hostUpdate(){this.#u(!1)}hostUpdated(){this.#h=!1}reload(){this.#i?.abort(),this.#a=1,this.#f(!0)}retry(){this.loaded?(this.#i?.abort(),this.#f(!1)):this.reload()}upsert(e){this.#c.add(e.id),this.#d.add(e.id);const t=this.#g(),s=this.#r.get(e.id);s&&this.#m(t,s);const r=He(e);t.splice(We(t,r),0,r),this.#r.set(e.id,r),this.#v(e.status,1),this.#e.requestUpdate()}removeLocal(e){this.#d.add(e),this.#c.delete(e);const t=this.#r.get(e);t&&(this.#m(this.#g(),t),this.#r.delete(e),this.#e.requestUpdate())}hold(e){this.#l.add(e)}release(e){this.#l.delete(e)}#g(){return this.#h||(this.rows=this.rows.slice(),this.#h=!0),this.rows}#m(e,t){let s=We(e,t);e[s]!==t&&(s=e.indexOf(t)),s>=0&&e.splice(s,1),this.#v(t.request.status,-1)}#v(e,t){const s=(this.counts.get(e)??0)+t;s>0?this.counts.set(e,s):this.counts.delete(e)}#u(e){if(!this.#o)return;const t=this.#t.adapter();(t!==this.#s||e)&&(t!==this.#s?(this.#p(),this.#s=t,this.#y()):this.#p(),t&&(t.subscribe&&(this.#n=t.subscribe(e=>this.#b(e))),this.#a=1,this.#f(!0)))}#p(){this.#i?.abort(),this.#i=void 0,this.#n?.(),this.#n=void 0,this.loading&&(this.loading=!1,this.#e.requestUpdate())}#y(){this.rows=[],this.#h=!1,this.#r.clear(),this.counts.clear(),this.loaded=!1,this.complete=!1,this.error=void 0,this.permissions={read:!0,admin:!0},this.securityTokenPolicy=ze,this.tenants=[],this.#e.requestUpdate()}#b(e){const t="removed"===e.type?e.id:e.request.id;if(this.#l.has(t))return;const s=this.get(t);"removed"===e.type?this.removeLocal(t):this.upsert(e.request),this.#t.onLiveChange?.(e,s)}async#f(e){const t=this.#s;if(!t)return;const s=new AbortController;this.#i=s;const{signal:r}=s;this.loading=!0,this.error=void 0,this.complete=!1,e&&(this.#c=new Set,this.#d=new Set),this.#e.requestUpdate();const i=Math.max(1,Math.min(2e3,Math.floor(this.#t.pageSize())||1e3));let n=this.#a;try{if(1===n){const[e]=await Promise.all([t.list({page:n,pageSize:i},{signal:r}),this.#w(t,r)]);if(r.aborted)return;if(this.#$(e.requests),this.loaded=!0,this.#e.requestUpdate(),this.#A(e.requests.length,i,n,e.totalPages))return this.#E();n++}for(;;){if(this.#a=n,await new Promise(e=>setTimeout(e,0)),r.aborted)return;const e=await t.list({page:n,pageSize:i},{signal:r});if(r.aborted)return;if(this.#$(e.requests),this.#e.requestUpdate(),this.#A(e.requests.length,i,n,e.totalPages))return this.#E();n++}}catch(e){if(r.aborted||je(e))return;this.#a=n,this.error=this.#t.reportError("list",e),this.loading=!1,this.#e.requestUpdate()}}#A(e,t,s,r){return 0===e||(void 0!==r?s>=r:e<t)}#E(){if(this.#a=1,this.#r.size>this.#c.size){const e=this.rows.filter(e=>!this.#c.has(e.request.id));for(const t of e)this.removeLocal(t.request.id)}this.#c=new Set,this.#d=new Set,this.loading=!1,this.complete=!0,this.#e.requestUpdate()}#$(e){const t=new Map;for(const s of e)this.#d.has(s.id)||(this.#c.add(s.id),t.set(s.id,He(s)));if(0===t.size)return;let s=!1;for(const[e,r]of t){const t=this.#r.get(e);t&&(s=!0,this.#v(t.request.status,-1)),this.#r.set(e,r),this.#v(r.request.status,1)}const r=s?this.rows.filter(e=>!t.has(e.request.id)):this.rows,i=[...t.values()];let n=!0;for(let e=1;e<i.length&&n;e++)n=Ge(i[e-1],i[e])<=0;n||i.sort(Ge),this.rows=function(e,t){if(0===t.length)return e.slice();if(0===e.length)return t.slice();const s=new Array(e.length+t.length);let r=0,i=0,n=0;for(;r<e.length&&i<t.length;)s[n++]=Ge(e[r],t[i])<=0?e[r++]:t[i++];for(;r<e.length;)s[n++]=e[r++];for(;i<t.length;)s[n++]=t[i++];return s}(r,i),this.#h=!1}async#w(e,t){const s=(e,s)=>{t.aborted||je(s)||this.#t.reportError(e,s)};await Promise.all([e.getPermissions?e.getPermissions({signal:t}).then(e=>this.permissions=e,e=>s("getPermissions",e)):void 0,e.getSecurityTokenPolicy?e.getSecurityTokenPolicy({signal:t}).then(e=>this.securityTokenPolicy=e,e=>{this.securityTokenPolicy=ze,s("getSecurityTokenPolicy",e)}):void 0,e.listTenants?e.listTenants({signal:t}).then(e=>this.tenants=e,e=>s("listTenants",e)):void 0])}}class Ke extends Event{static{this.eventName="devreg-accepted"}constructor(e){super(Ke.eventName,{bubbles:!0,composed:!0}),this.id=e}get detail(){return{id:this.id}}}class Ye extends Event{static{this.eventName="devreg-registered"}constructor(e,t=[]){super(Ye.eventName,{bubbles:!0,composed:!0}),this.ids=e,this.failed=t}get detail(){return{ids:this.ids,failed:this.failed}}}class Qe extends Event{static{this.eventName="devreg-removed"}constructor(e){super(Qe.eventName,{bubbles:!0,composed:!0}),this.id=e}get detail(){return{id:this.id}}}const Je={network:()=>Ee("The server cannot be reached. Check the connection and try again."),aborted:()=>Ee("The operation was cancelled."),timeout:()=>Ee("The server did not answer in time."),unauthorized:()=>Ee("Your session has expired. Please sign in again."),forbidden:()=>Ee("You do not have permission for this action."),"not-found":()=>Ee("The registration request no longer exists."),duplicate:()=>Ee("This device ID is already registered."),invalid:()=>Ee("The server rejected the input."),"token-mismatch":()=>Ee("The security token does not match the device's token."),blocked:()=>Ee("The request is blocked. Remove it and register the device again."),"limit-reached":()=>Ee("The tenant's device limit is reached."),"rate-limited":()=>Ee("Too many requests. Please wait a moment."),server:()=>Ee("The server had a problem."),unknown:()=>Ee("An unexpected error occurred.")},Xe=new Set(["invalid","server","unknown","forbidden","token-mismatch"]);function Ze(e){const t=Fe.from(e),s=Je[t.code](),r=t.message?.trim();return r&&Xe.has(t.code)&&r!==s?`${s} (${r})`:s}let et=class extends Event{constructor(e,t,s,r){super("context-request",{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t,this.callback=s,this.subscribe=r??!1}};class tt{constructor(e,t,s,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(e,t)=>{this.unsubscribe&&(this.unsubscribe!==t&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=e,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(e,t)),this.unsubscribe=t},this.host=e,void 0!==t.context){const e=t;this.context=e.context,this.callback=e.callback,this.subscribe=e.subscribe??!1}else this.context=t,this.callback=s,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&(this.unsubscribe(),this.unsubscribe=void 0)}dispatchRequest(){this.host.dispatchEvent(new et(this.context,this.host,this.t,this.subscribe))}}function st({context:e,subscribe:t}){return(s,r)=>{"object"==typeof r?r.addInitializer(function(){new tt(this,{context:e,callback:e=>{s.set.call(this,e)},subscribe:t})}):s.constructor.addInitializer(s=>{new tt(s,{context:e,callback:e=>{s[r]=e},subscribe:t})})}}class rt extends Event{static{this.eventName="devreg-error"}constructor(e,t){super(rt.eventName,{bubbles:!0,composed:!0}),this.operation=e,this.error=t}get detail(){return{operation:this.operation,error:this.error}}}let it=class extends de{get effectiveAdapter(){return this.adapter??this.contextAdapter}get effectiveLocale(){return this.contextLocale??"en"}reportError(e,t){const s=Fe.from(t);return je(s)||this.dispatchEvent(new rt(e,s)),s}};e([pe({attribute:!1})],it.prototype,"adapter",void 0),e([st({context:"devreg-adapter",subscribe:!0}),fe()],it.prototype,"contextAdapter",void 0),e([st({context:"devreg-locale",subscribe:!0}),fe()],it.prototype,"contextLocale",void 0),it=e([(e,t)=>(e.addInitializer(ke),e)],it);const nt=o`
  :host {
    font-family: var(--devreg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--devreg-font-size, 0.875rem);
    line-height: 1.4;
    color: var(--devreg-color-text, #1f2328);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    background: var(--devreg-color-surface, #fff);
    color: var(--devreg-color-text, #1f2328);
  }
  button.primary {
    background: var(--devreg-color-primary, #0b5cad);
    border-color: var(--devreg-color-primary, #0b5cad);
    color: var(--devreg-color-on-primary, #fff);
  }
  button.danger {
    background: var(--devreg-color-danger, #b42318);
    border-color: var(--devreg-color-danger, #b42318);
    color: var(--devreg-color-on-primary, #fff);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border-strong, #8c959f);
    background: var(--devreg-color-surface, #fff);
    max-width: 100%;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--devreg-color-danger, #b42318);
  }
  :focus-visible {
    outline: 2px solid var(--devreg-color-focus, #0b5cad);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error-text {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  [role='alert'].banner,
  .banner {
    padding: 0.5rem 0.75rem;
    border-radius: var(--devreg-radius, 4px);
    border: 1px solid var(--devreg-color-border, #d0d7de);
    background: var(--devreg-color-surface-muted, #f6f8fa);
  }
  .banner.danger {
    border-color: var(--devreg-color-danger, #b42318);
    background: var(--devreg-color-danger-surface, #fef3f2);
  }
  .banner.warning {
    border-color: var(--devreg-color-warning, #b54708);
    background: var(--devreg-color-warning-surface, #fffaeb);
  }
`,ot=me(class extends ve{constructor(e){if(super(e),e.type!==ge.PROPERTY&&e.type!==ge.ATTRIBUTE&&e.type!==ge.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!xe(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===W||t===V)return t;const s=e.element,r=e.name;if(e.type===ge.PROPERTY){if(t===s[r])return W}else if(e.type===ge.BOOLEAN_ATTRIBUTE){if(!!t===s.hasAttribute(r))return W}else if(e.type===ge.ATTRIBUTE&&s.getAttribute(r)===t+"")return W;return qe(e),t}});function at(e){return Ue(e)?ct[e]():e}const ct={WAITING_FOR_CONNECTION:()=>Ee("Waiting for connection"),PENDING_ACCEPTANCE:()=>Ee("Pending acceptance"),ACCEPTED:()=>Ee("Accepted"),BLOCKED:()=>Ee("Blocked")},dt={WAITING_FOR_CONNECTION:()=>Ee("Registered; no device with this ID has tried to connect yet."),PENDING_ACCEPTANCE:()=>Ee("The device has called in; a user must accept it so that its credentials are sent to it."),ACCEPTED:()=>Ee("Accepted; the device receives its credentials on its next call."),BLOCKED:()=>Ee("Too many failed attempts; the request must be removed and registered again.")};class lt extends Event{static{this.eventName="devreg-list-state"}constructor(e){super(lt.eventName,{bubbles:!0}),this.total=e.total,this.pending=e.pending,this.loading=e.loading,this.error=e.error}get detail(){return{total:this.total,pending:this.pending,loading:this.loading,error:this.error}}}const ht=o`
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
`;const ut=H`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5Z"></path>
  <circle cx="8" cy="8" r="2.25"></circle>
</svg>`;function pt(e,t,s){const{request:r}=e,{id:i}=r,n=String(r.status??"");return H`<div
    role="row"
    part="row"
    aria-rowindex=${t+2}
    data-id=${i}
    data-status=${n}
    class=${0===e.rank?"pending":""}
  >
    <div role="cell" part="cell id-cell"><span class="device-id">${i}</span></div>
    <div role="cell" part="cell status-cell"><devreg-status-badge status=${n}></devreg-status-badge></div>
    <div role="cell" part="cell date-cell">
      ${r.creationTime?H`<time datetime=${r.creationTime}>${s.formatDate(r.creationTime)}</time>`:V}
    </div>
    <div role="cell" part="cell group-cell">${r.groupId??V}</div>
    ${s.showTenant?H`<div role="cell" part="cell tenant-cell">${r.tenantId??V}</div>`:V}
    ${s.admin?function(e,t){const{id:s,status:r}=e.request,i="PENDING_ACCEPTANCE"===r,n="BLOCKED"===r,o=t.busy(s),a=t.error(s),c=`${t.domId(s)}-error`;return H`<div role="cell" part="cell actions">
    <div class="controls">
      ${i&&"IGNORED"!==t.policy?function(e,t,s){const{id:r}=e.request,i=t.revealed(r),n="REQUIRED"===t.policy;return H`<span class="token" part="token">
    <input
      type=${i?"text":"password"}
      part="token-input"
      aria-label=${Ee("Security token")}
      aria-invalid=${s?"true":"false"}
      aria-describedby=${s??V}
      ?required=${n}
      autocomplete="off"
      spellcheck="false"
      .value=${ot(t.token(r))}
      ?disabled=${t.busy(r)}
      @input=${e=>t.onTokenInput(r,e)}
      @keydown=${s=>t.onTokenKeydown(e,s)}
    />
    <button
      type="button"
      part="token-toggle"
      class="icon"
      aria-label=${Ee("Show security token")}
      title=${Ee("Show security token")}
      aria-pressed=${i?"true":"false"}
      @click=${()=>t.onToggleReveal(r)}
    >
      ${ut}
    </button>
  </span>`}(e,t,a?c:void 0):V}
      ${i?H`<button
            type="button"
            class="primary"
            part="accept-button"
            aria-label=${Ee(Ae`Accept ${s}`)}
            ?disabled=${o}
            @click=${()=>t.onAccept(e)}
          >
            ${Ee("Accept")}
          </button>`:V}
      ${n?H`<button
            type="button"
            part="register-again-button"
            aria-label=${Ee(Ae`Register again ${s}`)}
            ?disabled=${o}
            @click=${()=>t.onRegisterAgain(e)}
          >
            ${Ee("Register again")}
          </button>`:V}
      <button
        type="button"
        part="remove-button"
        aria-label=${Ee(Ae`Remove ${s}`)}
        ?disabled=${o}
        @click=${s=>t.onRemove(e,s)}
      >
        ${Ee("Remove")}
      </button>
    </div>
    ${a?H`<div id=${c} part="row-error" class="error-text" role="alert">${a}</div>`:V}
  </div>`}(e,s):V}
  </div>`}const ft=100;let gt,mt;class vt extends it{constructor(){super(...arguments),this.pageSize=1e3,this.statusFilter="all",this.search="",this.announcement="",this.removeBusy=!1,this.#T=new Ve(this,{adapter:()=>this.effectiveAdapter,pageSize:()=>this.pageSize,reportError:(e,t)=>this.reportError(e,t),onLiveChange:(e,t)=>this.#b(e,t)}),this.#k=new Map,this.#C=new Set,this.#_=new Map,this.#x=new Set,this.#R=new Map,this.#I=0,this.#P=[],this.#S="",this.#q=!1,this.#N=()=>{this.statusFilter="all",this.search=""},this.#D=()=>{this.#O&&queueMicrotask(()=>this.#L(!1))}}static{this.styles=[nt,ht]}#T;#k;#C;#_;#x;#R;#I;#U;#M;#P;#z;#S;#B;#F;#j;#O;#H;#q;reload(){this.notice=void 0,this.#T.reload()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.#z),clearTimeout(this.#H),this.#O=void 0,this.#P=[],this.#k.clear(),this.#C.clear()}updated(e){super.updated(e),this.#O&&!this.#q&&this.#L(!1);const t=this.#T,s=`${t.total}|${t.pending}|${t.loading}|${t.error?`${t.error.code}:${t.error.message}`:""}`;s!==this.#S&&(this.#S=s,this.#G(new lt({total:t.total,pending:t.pending,loading:t.loading,error:t.error})))}render(){return H`<div part="base">
      ${this.#T.loaded&&this.#T.total>0?this.#W():V}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.notice?H`<div part="notice" class="banner" tabindex="-1">
            <span>${this.notice}</span>
            <button type="button" @click=${()=>this.notice=void 0}>
              ${Ee("Dismiss")}
            </button>
          </div>`:V}
      ${this.#V()}
      ${e={id:this.removeTarget?.id,busy:this.removeBusy,error:this.removeError,onCancel:()=>this.dialog?.close(),onConfirm:()=>{this.#K()},onClose:()=>this.#Y(),onCancelEvent:e=>{this.removeBusy&&e.preventDefault()}},H`<dialog
    part="dialog"
    aria-labelledby="remove-dialog-heading"
    aria-describedby="remove-dialog-text"
    @close=${e.onClose}
    @cancel=${e.onCancelEvent}
  >
    ${void 0===e.id?V:H`<h2 id="remove-dialog-heading" part="dialog-heading">
            ${Ee("Remove registration?")}
          </h2>
          <p id="remove-dialog-text">
            ${Ee(Ae`The registration request for ${e.id} will be removed. The device cannot connect until it is registered again.`)}
          </p>
          ${e.error?H`<p part="dialog-error" class="error-text" role="alert">${e.error}</p>`:V}
          <div class="dialog-actions" part="dialog-actions">
            <button type="button" ?disabled=${e.busy} @click=${e.onCancel}>
              ${Ee("Cancel")}
            </button>
            <button type="button" class="danger" ?disabled=${e.busy} @click=${e.onConfirm}>
              ${Ee("Remove registration")}
            </button>
          </div>`}
  </dialog>`}
    </div>`;var e}#V(){const e=this.#T;if(!this.effectiveAdapter)return H`<p part="empty" class="state">
        ${Ee("No adapter is connected, so there is nothing to show.")}
      </p>`;if(!e.loaded)return e.error?this.#Q(Ee("The registration requests could not be loaded.")):H`<div part="loading" class="state" role="status">
        <span class="spinner" aria-hidden="true"></span>
        ${Ee("Loading registration requests…")}
      </div>`;const t=e.error?this.#Q(Ee("Not all registration requests could be loaded.")):V;if(0===e.total)return e.loading?H`<div part="loading" class="state" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${Ee("Loading registration requests…")}
        </div>`:e.error?t:H`<div part="empty" class="state">
        <p class="state-title">${Ee("No registration requests")}</p>
        <p>
          ${Ee("Register a device to see it here. It stays in this list until the device has connected and been accepted.")}
        </p>
      </div>`;const s=this.#J();return H`${t}
      ${e.loading?H`<p part="progress" class="progress">
            <span class="spinner" aria-hidden="true"></span>
            ${Ee(Ae`Loading more… ${this.#X(e.total)} loaded`)}
          </p>`:V}
      ${0===s.length?H`<div part="empty" class="state">
            <p class="state-title">${Ee("No registration requests match the filter.")}</p>
            <button type="button" @click=${this.#N}>${Ee("Clear filter")}</button>
          </div>`:this.#Z(s)}`}#Q(e){const t=this.#T.error;return H`<div part="error" class="banner danger" role="alert">
      <p class="state-title">${e}</p>
      ${t?H`<p>${Ze(t)}</p>`:V}
      <button type="button" @click=${()=>this.#T.retry()}>${Ee("Retry")}</button>
    </div>`}#W(){return function(e){const t=e.formatNumber;return H`<div part="filters" class="filters">
    <label class="field">
      <span>${Ee("Show")}</span>
      <select part="status-filter" @change=${e.onStatusChange}>
        <option value="all" ?selected=${"all"===e.status}>
          ${Ee(Ae`All statuses (${t(e.total)})`)}
        </option>
        ${Le.map(s=>H`<option value=${s} ?selected=${e.status===s}>
              ${Ee(Ae`${at(s)} (${t(e.count(s))})`)}
            </option>`)}
      </select>
    </label>
    <label class="field">
      <span>${Ee("Search by device ID")}</span>
      <input
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        .value=${ot(e.search)}
        @input=${e.onSearchInput}
      />
    </label>
  </div>`}({status:this.statusFilter,search:this.search,total:this.#T.total,count:e=>this.#T.counts.get(e)??0,formatNumber:e=>this.#X(e),onStatusChange:e=>{this.statusFilter=e.target.value},onSearchInput:e=>{this.search=e.target.value}})}#Z(e){const t=this.#T,s=t.tenants.length>0,r=t.permissions.admin,i=["var(--devreg-registration-table-id-column, minmax(9rem, 2fr))","var(--devreg-registration-table-status-column, minmax(11.5rem, 1.4fr))","var(--devreg-registration-table-date-column, minmax(9rem, 1.2fr))","var(--devreg-registration-table-group-column, minmax(6rem, 1fr))",...s?["var(--devreg-registration-table-tenant-column, minmax(6rem, 1fr))"]:[],...r?["var(--devreg-registration-table-actions-column, minmax(19rem, 2.6fr))"]:[]],n=this.#ee(s,r);return H`<div
      role="table"
      part="table"
      class="table"
      tabindex="0"
      aria-label=${Ee("Device registration requests")}
      aria-rowcount=${e.length+1}
      style=${we({"--_columns":i.join(" ")})}
    >
      <div role="rowgroup" part="header" class="header">
        <div role="row" part="header-row" aria-rowindex="1">
          <div role="columnheader" part="columnheader">${Ee("Device ID")}</div>
          <div role="columnheader" part="columnheader">${Ee("Status")}</div>
          <div role="columnheader" part="columnheader">${Ee("Creation date")}</div>
          <div role="columnheader" part="columnheader">${Ee("Group")}</div>
          ${s?H`<div role="columnheader" part="columnheader">${Ee("Tenant")}</div>`:V}
          ${r?H`<div role="columnheader" part="columnheader">${Ee("Actions")}</div>`:V}
        </div>
      </div>
      <div role="rowgroup" part="body" class="body" @rangeChanged=${this.#D}>
        ${this.#te(e,n)}
      </div>
    </div>`}#te(e,t){return this.#q=e.length>ft&&!!gt,this.#q?gt({items:e,keyFunction:(e,t)=>e?.request.id??`\0${t}`,renderItem:(e,s)=>e?pt(e,s,t):H``}):(e.length>ft&&(mt??=import("./chunks/virtualize-DQLh8lG2.js").then(e=>{gt=e.virtualize}),mt).then(()=>this.requestUpdate(),e=>console.error("devreg-registration-table: could not load the virtualizer",e)),Oe(e.length>ft?e.slice(0,ft):e,e=>e.request.id,(e,s)=>pt(e,s,t)))}#ee(e,t){return{showTenant:e,admin:t,policy:this.#T.securityTokenPolicy,formatDate:e=>this.#se(e),domId:e=>this.#re(e),token:e=>this.#k.get(e)??"",revealed:e=>this.#C.has(e),error:e=>this.#_.get(e),busy:e=>this.#x.has(e),onTokenInput:(e,t)=>{this.#k.set(e,t.target.value),this.#_.get(e)===this.#ie()&&(this.#_.delete(e),this.requestUpdate())},onTokenKeydown:(e,t)=>{"Enter"===t.key&&(t.preventDefault(),this.#ne(e.request))},onToggleReveal:e=>{this.#C.has(e)?this.#C.delete(e):this.#C.add(e),this.requestUpdate()},onAccept:e=>{this.#ne(e.request)},onRemove:(e,t)=>this.#oe(e.request,t.currentTarget),onRegisterAgain:e=>{this.#ae(e.request)}}}#J(){const e=this.#T.rows,t=this.statusFilter,s=this.search.trim().toLowerCase(),r=this.#B;if(r&&r.rows===e&&r.filter===t&&r.search===s)return r.result;let i=e;return("all"!==t||s)&&(i=e.filter(e=>("all"===t||e.request.status===t)&&(!s||e.request.id.toLowerCase().includes(s)))),this.#B={rows:e,filter:t,search:s,result:i},i}#N;#se(e){if(!e)return"";const t=new Date(e);if(Number.isNaN(t.getTime()))return e;const s=this.effectiveLocale;return this.#F?.locale!==s&&(this.#F={locale:s,format:new Intl.DateTimeFormat(s,{dateStyle:"medium",timeStyle:"short"})}),this.#F.format.format(t)}#X(e){const t=this.effectiveLocale;return this.#j?.locale!==t&&(this.#j={locale:t,format:new Intl.NumberFormat(t)}),this.#j.format.format(e)}#re(e){let t=this.#R.get(e);return t||(t="row-"+this.#I++,this.#R.set(e,t)),t}#ie(){return Ee("Enter the security token the device sent.")}async#ne(e){const t=this.effectiveAdapter,{id:s}=e;if(!t||this.#x.has(s))return;const r=this.#T.securityTokenPolicy,i="IGNORED"===r?"":this.#k.get(s)??"";if("REQUIRED"===r&&!i.trim())return this.#_.set(s,this.#ie()),this.requestUpdate(),await this.updateComplete,void this.#ce(s,"token-input")?.focus();this.#de(s,!0),this.#_.delete(s);try{const e=await t.accept(s,i?{securityToken:i}:{});this.#k.delete(s),this.#C.delete(s),this.#T.upsert(e),this.#le(Ee(Ae`Device ${s} accepted.`,{id:"table.accepted"})),this.#G(new Ke(s))}catch(e){const t=this.reportError("accept",e);if("aborted"===t.code)return;"not-found"===t.code?this.#he(s):this.#_.set(s,Ze(t))}finally{this.#de(s,!1)}}#oe(e,t){this.#U=t,this.removeTarget=e,this.removeError=void 0,this.removeBusy=!1,this.updateComplete.then(()=>{this.dialog&&!this.dialog.open&&this.dialog.showModal()})}async#K(){const e=this.effectiveAdapter,t=this.removeTarget;if(!e||!t||this.removeBusy)return;const{id:s}=t;this.removeBusy=!0,this.removeError=void 0,this.#de(s,!0);const r=this.#J().findIndex(e=>e.request.id===s);try{await e.remove(s),this.#M=Math.max(0,r),this.#ue(s),this.#T.removeLocal(s),this.#le(Ee(Ae`Device ${s} removed.`,{id:"table.removed"})),this.#G(new Qe(s)),this.removeBusy=!1,this.dialog?.close()}catch(e){const t=this.reportError("remove",e);this.removeBusy=!1,"not-found"===t.code?(this.dialog?.close(),this.#he(s)):"aborted"!==t.code&&(this.removeError=Ze(t))}finally{this.#de(s,!1)}}#Y(){const e=this.#U,t=this.#M;this.#U=void 0,this.#M=void 0,this.removeTarget=void 0,this.removeError=void 0,void 0===t&&e?.isConnected?e.focus():this.updateComplete.then(()=>new Promise(e=>requestAnimationFrame(e))).then(()=>{const e=this.#J(),s=e[Math.min(t??0,e.length-1)],r=s?this.#ce(s.request.id,"remove-button"):void 0;r?r.focus():this.#pe()})}async#ae(e){const t=this.effectiveAdapter,{id:s,groupId:r,tenantId:i,type:n}=e;if(t&&!this.#x.has(s)){this.#de(s,!0),this.#_.delete(s),this.#T.hold(s);try{try{await t.remove(s)}catch(e){const t=this.reportError("remove",e);if("not-found"!==t.code)return void("aborted"!==t.code&&this.#_.set(s,Ze(t)))}try{const e=await t.create({id:s,groupId:r,tenantId:i,type:n});this.#T.upsert(e),this.#le(Ee(Ae`Device ${s} registered again.`,{id:"table.registeredAgain"})),this.#G(new Ye([s],[]))}catch(e){const t=Ze(this.reportError("create",e));this.#ue(s),this.#T.removeLocal(s),this.notice=Ee(Ae`${s} was removed but could not be registered again: ${t}`,{id:"table.registerAgainFailed"}),this.#le(this.notice),this.#G(new Ye([],[{id:s,message:t}])),await this.updateComplete,this.#pe()}}finally{this.#T.release(s),this.#de(s,!1)}}}#he(e){this.#ue(e),this.#T.removeLocal(e),this.notice=Ee(Ae`The registration request for ${e} no longer exists. Someone else may have removed it.`),this.#le(this.notice),this.updateComplete.then(()=>{this.dialog?.open||this.#pe()})}#ue(e){this.#k.delete(e),this.#C.delete(e),this.#_.delete(e),this.#R.delete(e)}#pe(){const e=this.renderRoot;if(e.activeElement&&e.activeElement.isConnected)return;const t=e.querySelector("[part~=notice]")??e.querySelector("[part~=table]")??e.querySelector("[part~=search]");t?.focus()}#de(e,t){t?this.#x.add(e):this.#x.delete(e),this.requestUpdate()}#ce(e,t){for(const s of this.renderRoot.querySelectorAll("[part~=row]"))if(s.dataset.id===e)return s.querySelector(`[part~=${t}]`)??void 0}#b(e,t){if(this.#fe(),"removed"===e.type){if(!t)return;this.#ue(e.id),this.#ge(Ee(Ae`Device ${e.id} was removed from the list.`))}else{const{id:s,status:r}=e.request;t?t.status!==r&&("PENDING_ACCEPTANCE"!==r&&this.#k.delete(s),this.#ge(this.#me(s,r))):this.#ge(Ee(Ae`Device ${s} was added to the list.`))}}#me(e,t){if(!Ue(t))return Ee(Ae`Device ${e} now has the status ${t}.`);switch(t){case"WAITING_FOR_CONNECTION":return Ee(Ae`Device ${e} is now waiting for connection.`);case"PENDING_ACCEPTANCE":return Ee(Ae`Device ${e} is now pending acceptance.`);case"ACCEPTED":return Ee(Ae`Device ${e} is now accepted.`);case"BLOCKED":return Ee(Ae`Device ${e} is now blocked.`)}}#fe(){if(this.#O)return;const e=this.renderRoot,t={},s=e.activeElement,r=s?.closest("[part~=row]"),i=s?.getAttribute("part")?.split(" ")[0];r?.dataset.id&&i&&(t.focus={id:r.dataset.id,part:i});const n=e.querySelector("[part~=table]");if(n&&n.scrollTop>0){const s=this.#ve(n);let r;for(const t of e.querySelectorAll("[part~=row]")){const e=t.getBoundingClientRect();e.bottom<=s+1||!t.dataset.id||(!r||e.top-s<r.offset)&&(r={id:t.dataset.id,offset:e.top-s})}t.anchor=r}(t.focus||t.anchor)&&(this.#O=t,clearTimeout(this.#H),this.#H=setTimeout(()=>this.#L(!0),500))}#ve(e){const t=e.querySelector("[part~=header]");return e.getBoundingClientRect().top+(t?.getBoundingClientRect().height??0)}#D;#L(e){const t=this.#O;if(!t)return;const s=this.renderRoot;!t.focus||s.activeElement||document.activeElement&&document.activeElement!==document.body||this.#ce(t.focus.id,t.focus.part)?.focus({preventScroll:!0});const r=s.querySelector("[part~=table]");if(t.anchor&&r){const{id:e,offset:i}=t.anchor,n=[...s.querySelectorAll("[part~=row]")].find(t=>t.dataset.id===e);if(n){const e=n.getBoundingClientRect().top-this.#ve(r)-i;Math.abs(e)>=1&&(r.scrollTop+=e)}}e?this.#O=void 0:(clearTimeout(this.#H),this.#H=setTimeout(()=>this.#L(!0),100))}#G(e){this.dispatchEvent(e)}#le(e){this.#P.push(e),this.#ye()}#ge(e){this.#P.push(e),this.#z??=setTimeout(()=>this.#ye(),400)}#ye(){clearTimeout(this.#z),this.#z=void 0;const e=this.#P;if(this.#P=[],!e.length)return;const t=e.length>3?Ee(Ae`${this.#X(e.length)} registration requests changed.`):e.join(" ");this.announcement="",requestAnimationFrame(()=>this.announcement=t)}}e([pe({type:Number,attribute:"page-size"})],vt.prototype,"pageSize",void 0),e([fe()],vt.prototype,"statusFilter",void 0),e([fe()],vt.prototype,"search",void 0),e([fe()],vt.prototype,"announcement",void 0),e([fe()],vt.prototype,"notice",void 0),e([fe()],vt.prototype,"removeTarget",void 0),e([fe()],vt.prototype,"removeBusy",void 0),e([fe()],vt.prototype,"removeError",void 0),e([function(e){return(t,s,r)=>((e,t,s)=>(s.configurable=!0,s.enumerable=!0,Reflect.decorate&&"object"!=typeof t&&Object.defineProperty(e,t,s),s))(t,s,{get(){return(t=>t.renderRoot?.querySelector(e)??null)(this)}})}("dialog")],vt.prototype,"dialog",void 0);const yt=o`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    --_color: var(--devreg-status-unknown-color, var(--devreg-color-text-muted, #57606a));
    --_background: var(--devreg-status-unknown-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  :host([status='WAITING_FOR_CONNECTION']) {
    --_color: var(--devreg-status-waiting-color, var(--devreg-color-info, #0b5cad));
    --_background: var(--devreg-status-waiting-background, var(--devreg-color-info-surface, #eef6ff));
  }
  :host([status='PENDING_ACCEPTANCE']) {
    --_color: var(--devreg-status-pending-color, var(--devreg-color-warning, #b54708));
    --_background: var(--devreg-status-pending-background, var(--devreg-color-warning-surface, #fffaeb));
  }
  :host([status='ACCEPTED']) {
    --_color: var(--devreg-status-accepted-color, var(--devreg-color-success, #1a7f37));
    --_background: var(--devreg-status-accepted-background, var(--devreg-color-success-surface, #effcf3));
  }
  :host([status='BLOCKED']) {
    --_color: var(--devreg-status-blocked-color, var(--devreg-color-danger, #b42318));
    --_background: var(--devreg-status-blocked-background, var(--devreg-color-danger-surface, #fef3f2));
  }
  [part~='base'] {
    display: inline-flex;
    align-items: center;
    gap: var(--devreg-status-badge-gap, 0.3rem);
    max-width: 100%;
    padding: var(--devreg-status-badge-padding, 0.1rem 0.5rem 0.1rem 0.375rem);
    border: 1px solid currentColor;
    border-radius: var(--devreg-status-badge-radius, 999px);
    color: var(--_color);
    background: var(--_background);
    font-size: var(--devreg-status-badge-font-size, 0.8125rem);
    line-height: 1.3;
    white-space: nowrap;
  }
  [part~='icon'] {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='label'] {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
  }
`,bt={WAITING_FOR_CONNECTION:G`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.75"></path>`,PENDING_ACCEPTANCE:G`<path d="M8 1.75 14.75 13.5H1.25Z"></path><path d="M8 6v3.5"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`,ACCEPTED:G`<circle cx="8" cy="8" r="6.25"></circle><path d="m5 8.25 2 2 4-4.25"></path>`,BLOCKED:G`<circle cx="8" cy="8" r="6.25"></circle><path d="m3.6 12.4 8.8-8.8"></path>`},wt=G`<circle cx="8" cy="8" r="6.25"></circle><path d="M6.25 6.4a1.8 1.8 0 1 1 2.5 1.65c-.5.25-.75.6-.75 1.2v.25"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`;class $t extends it{constructor(){super(...arguments),this.status=""}static{this.styles=[nt,yt]}render(){const e=null==this.status?"":String(this.status),t=e?at(e):Ee("Unknown"),s=function(e){return Ue(e)?dt[e]():Ee(Ae`Unknown status: ${e}`)}(e);return H`<span part="base" title=${s}
      ><svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${function(e){return Object.prototype.hasOwnProperty.call(bt,e)?bt[e]:wt}(e)}</svg><span
        part="label"
        >${t}</span
      ><span class="visually-hidden"> (${s})</span></span
    >`}}async function At(e){return function(e){const t=e.replace(/^\uFEFF/,"").split(/\r\n|\n|\r/),s=t.findIndex(e=>""!==e.trim());if(s<0)return{headers:[],format:"simple",rows:[]};const r=function(e){let t=";",s=0;for(const r of[";",",","\t"]){const i=Et(e,r).length-1;i>s&&(t=r,s=i)}return t}(t[s]),i=Et(t[s],r).map(e=>e.trim().toUpperCase()),n=i.includes("CREDENTIALS")||i.includes("AUTH_TYPE")?"full":"simple",o=[];for(let e=s+1;e<t.length;e++){const s=t[e];if(""===s.trim())continue;const n=Et(s,r),a=new Map;i.forEach((e,t)=>a.set(e,(n[t]??"").trim())),o.push({lineNumber:e+1,line:s,values:a})}return{headers:i,format:n,rows:o}}(function(e){try{return new TextDecoder("utf-8",{fatal:!0}).decode(e).replace(/^\uFEFF/,"")}catch{return new TextDecoder("windows-1252").decode(e)}}(new Uint8Array(await e.arrayBuffer())))}function Et(e,t){const s=[];let r="",i=!1;for(let n=0;n<e.length;n++){const o=e[n];i?'"'===o&&'"'===e[n+1]?(r+='"',n++):'"'===o?i=!1:r+=o:'"'===o&&""===r.trim()?(i=!0,r=""):o===t?(s.push(r),r=""):r+=o}return s.push(r),s}e([pe({reflect:!0})],$t.prototype,"status",void 0),customElements.get("devreg-status-badge")||customElements.define("devreg-status-badge",$t),customElements.get("devreg-registration-table")||customElements.define("devreg-registration-table",vt);const Tt=512;class kt{#be=[];#we=0;#$e;constructor(e){this.#$e=e}get size(){return this.#we}reset(e){const t=Ct(e.slice(),this.#$e);this.#be=[];for(let e=0;e<t.length;e+=Tt)this.#be.push(t.slice(e,e+Tt));this.#we=t.length}insert(e){if(this.#we++,0===this.#be.length)return void this.#be.push([e]);const t=Math.min(this.#Ae(e),this.#be.length-1),s=this.#be[t];s.splice(this.#Ee(s,e),0,e),s.length>1024&&this.#be.splice(t+1,0,s.splice(Tt))}remove(e){const t=this.#Ae(e);if(t>=this.#be.length)return!1;const s=this.#be[t],r=this.#Ee(s,e);return s[r]===e&&(s.splice(r,1),0===s.length&&this.#be.splice(t,1),this.#we--,!0)}slice(e,t){const s=[];if(t<=0)return s;let r=Math.max(0,e);for(const e of this.#be)if(r>=e.length)r-=e.length;else{for(let i=r;i<e.length&&s.length<t;i++)s.push(e[i]);if(r=0,s.length>=t)break}return s}forEach(e){for(const t of this.#be)for(const s of t)if(!1===e(s))return}#Ae(e){let t=0,s=this.#be.length;for(;t<s;){const r=t+s>>>1,i=this.#be[r];this.#$e(i[i.length-1],e)<0?t=r+1:s=r}return t}#Ee(e,t){let s=0,r=e.length;for(;s<r;){const i=s+r>>>1;this.#$e(e[i],t)<0?s=i+1:r=i}return s}}function Ct(e,t){let s=!0,r=!0;for(let i=1;i<e.length&&(s||r);i++){const n=t(e[i-1],e[i]);n>0&&(s=!1),n<0&&(r=!1)}return s?e:r?e.reverse():e.sort(t)}function _t(e,t,s,r){return new Fe({status:e,code:t,message:s,serverError:r})}function xt(e=16){const t="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789",s=crypto.getRandomValues(new Uint8Array(e));return Array.from(s,e=>t[e%57]).join("")}function Rt(e){if(24!==e.length||84!==e.charCodeAt(10)||90!==e.charCodeAt(23))return Date.parse(e);const t=t=>e.charCodeAt(t)-48,s=Date.UTC(1e3*t(0)+100*t(1)+10*t(2)+t(3),10*t(5)+t(6)-1,10*t(8)+t(9),10*t(11)+t(12),10*t(14)+t(15),10*t(17)+t(18),100*t(20)+10*t(21)+t(22));return Number.isNaN(s)?Date.parse(e):s}function It(e){if(e?.aborted)throw _t(0,"aborted","The operation was aborted.")}const Pt="PENDING_ACCEPTANCE";function St(e,t){return e.rank-t.rank||t.time-e.time||t.seq-e.seq}class qt{#Te=new Map;#ke=new kt(St);#Ce=new Map;#_e=new Set;#xe=new Map;#Re;#Ie=new Map;#Pe;#Se;#qe;#Ne;#De;#Oe;#Le;#Ue;#Me;#ze=0;#Be=1e4;constructor(e={}){this.#Oe=e.securityTokenPolicy??ze,this.#Le={...e.permissions??{read:!0,admin:!0}},this.#Ue=e.deviceLimit,this.#Me=e.latency??0,this.#Re=(e.groups??[]).map(e=>({...e}));for(const e of this.#Re)this.#Ie.set(e.name.toLowerCase(),e.id);this.#Pe=(e.tenants??[]).map(e=>({...e})),this.#Se=e.tenantId??"t100",this.#qe=e.user??"admin",this.#Ne=e.extensions??[],this.#De=e.maxTokenAttempts??3;for(const[t,s]of Object.entries(e.failures??{}))s&&this.#xe.set(t,s);for(const t of e.without??[])Object.defineProperty(this,t,{value:void 0,configurable:!0,writable:!0});e.requests?.length&&this.seed(e.requests)}seed(e){const t=Date.now(),s=new Date(t).toISOString(),r=[],i=[],n=0===this.#Te.size;if(!n){const t=new Set;for(const{id:s}of e)if(this.#Te.has(s)||t.size===t.add(s).size)throw _t(409,"duplicate",`Duplicate seed request ${s}`)}for(const n of e){const e=n.creationTime?Rt(n.creationTime):t,o=n.status??"WAITING_FOR_CONNECTION",a={id:n.id,status:o,creationTime:n.creationTime??s,time:Number.isNaN(e)?0:e,rank:o===Pt?0:1,seq:++this.#ze,tenantId:n.tenantId??this.#Se,owner:n.owner??this.#qe,groupId:n.groupId,type:n.type,deviceToken:n.securityToken||void 0,failedAttempts:0};this.#Te.set(n.id,a),(0===a.rank?i:r).push(a)}Ct(i,St),Ct(r,St);const o=i.length?i.concat(r):r;if(n&&this.#Te.size!==o.length){this.#Te.clear();const t=new Set,s=e.find(e=>t.size===t.add(e.id).size)?.id;throw _t(409,"duplicate",`Duplicate seed request ${s}`)}if(n)this.#ke.reset(o);else for(const e of o)this.#ke.insert(e)}setFailure(e,t){t?this.#xe.set(e,t):this.#xe.delete(e)}setSecurityTokenPolicy(e){this.#Oe=e}setPermissions(e){this.#Le={...e}}setDeviceLimit(e){this.#Ue=e}setLatency(e){this.#Me=e}get size(){return this.#Te.size}peek(e,t=1/0){const s=[];return this.#ke.forEach(r=>(void 0!==e&&r.status!==e||s.push(this.#Fe(r)),s.length<t)),s}deviceToken(e){return this.#Te.get(e)?.deviceToken}get deviceIds(){return[...this.#Ce.keys()]}bootstrap(e,t,s){return this.#je("bootstrap",s?.signal,[e,t],()=>{const s=this.#Te.get(e);if(!s)return;const r=t||void 0,i=this.#Oe;if("WAITING_FOR_CONNECTION"===s.status||s.status===Pt)return"REQUIRED"===i&&void 0===r?void this.#He(s,"BLOCKED"):("IGNORED"!==i&&void 0!==r&&(void 0===s.deviceToken?s.deviceToken=r:r!==s.deviceToken&&this.#Ge(s)),void("WAITING_FOR_CONNECTION"===s.status&&this.#He(s,Pt)));if("ACCEPTED"!==s.status)return;if("IGNORED"!==i&&void 0!==s.deviceToken&&r!==s.deviceToken)return void this.#Ge(s);const n={id:e,tenantId:s.tenantId,username:`device_${e}`,password:xt()};return this.#Ce.set(e,n),this.#We(s),{...n,self:`memory://devicecontrol/deviceCredentials/${encodeURIComponent(e)}`}})}list(e,t){return this.#je("list",t?.signal,[e],()=>{this.#Ve();const{page:t,pageSize:s}=e;if(!Number.isInteger(t)||t<1||!Number.isInteger(s)||s<1||s>2e3)throw _t(422,"invalid","currentPage must be >= 1 and pageSize between 1 and 2000","devicecontrol/Invalid");const r=this.#ke.slice((t-1)*s,s).map(e=>this.#Fe(e));return{requests:r,page:t,pageSize:s,totalPages:Math.ceil(this.#ke.size/s)}})}get(e,t){return this.#je("get",t?.signal,[e],()=>{this.#Ve();const t=this.#Te.get(e);return t?this.#Fe(t):void 0})}create(e,t){return this.#je("create",t?.signal,[e],()=>{this.#Ke();const{id:t}=e;if("string"!=typeof t||""===t.trim())throw _t(422,"invalid","id: may not be empty","devicecontrol/Invalid");if(t.length>255||/[\u0000-\u001f\u007f]/.test(t))throw _t(422,"invalid","id: at most 255 characters, no control characters","devicecontrol/Invalid");const s=e.tenantId||this.#Se;if(!this.#Ye(s))throw _t(422,"invalid",`Unknown tenant ${s}`,"devicecontrol/Invalid");if(this.#Te.has(t)||this.#Ce.has(t))throw _t(409,"duplicate",`Device with id ${t} is already registered.`,"devicecontrol/Duplicate");return this.#Qe(),this.#Fe(this.#Je({id:t,tenantId:s,groupId:e.groupId,type:e.type}))})}accept(e,t){return this.#je("accept",t?.signal,[e,t?.securityToken],()=>{this.#Ke();const s=this.#Xe(e);if("ACCEPTED"===s.status)return this.#Fe(s);if("BLOCKED"===s.status)throw _t(422,"blocked",`The request for ${e} is BLOCKED; delete it and register the device again.`,"devicecontrol/blocked");if(s.status!==Pt)throw _t(422,"invalid",`The device ${e} has not connected yet.`,"devicecontrol/Invalid");const r=t?.securityToken||void 0;if("REQUIRED"===this.#Oe&&void 0===r)throw _t(422,"token-mismatch","A security token is required to accept this device.","devicecontrol/securityTokenRequired");if("IGNORED"!==this.#Oe&&void 0!==s.deviceToken&&r!==s.deviceToken){throw _t(422,"token-mismatch",this.#Ge(s)?`The security token does not match; after ${this.#De} failed attempts the request is now BLOCKED.`:`The security token does not match (failed attempt ${s.failedAttempts} of ${this.#De}).`,"devicecontrol/securityTokenMismatch")}return this.#He(s,"ACCEPTED"),this.#Fe(s)})}acceptAll(e){return this.#je("acceptAll",e?.signal,[],()=>{this.#Ke();const e=[];return this.#ke.forEach(t=>{if(t.status!==Pt)return!1;e.push(t)}),e.map(e=>"REQUIRED"===this.#Oe||"OPTIONAL"===this.#Oe&&void 0!==e.deviceToken?{id:e.id,successful:!1,error:"A security token is required to accept this device."}:(this.#He(e,"ACCEPTED"),{id:e.id,successful:!0}))})}remove(e,t){return this.#je("remove",t?.signal,[e],()=>{this.#Ke(),this.#We(this.#Xe(e))})}async bulkRegister(e,t){t?.onProgress?.({loaded:0,total:e.size});const s=await At(e);return this.#je("bulkRegister",t?.signal,[e],()=>{if(this.#Ke(),!s.headers.includes("ID"))throw _t(422,"invalid","The file has no ID column.","devicecontrol/InvalidFile");return t?.onProgress?.({loaded:e.size,total:e.size}),function(e,t){const s={numberOfAll:e.rows.length,numberOfCreated:0,numberOfFailed:0,numberOfSuccessful:0,credentialUpdatedList:[],failedCreationList:[]};for(const r of e.rows){const i=r.values.get("ID")??"",n=e=>{s.failedCreationList.push({bulkNewDeviceStatus:"FAILED",deviceId:i||void 0,failureReason:e,line:r.line})};if(!i){n("Missing device ID.");continue}const o=r.values.get("TENANT")||t.tenantId;if(t.isKnownTenant(o)){if("full"===e.format){const e=(r.values.get("AUTH_TYPE")||"BASIC").toUpperCase(),a=r.values.get("CREDENTIALS")??"";"BASIC"!==e&&"CERTIFICATES"!==e?n(`Unknown AUTH_TYPE ${e}.`):"BASIC"!==e||a?t.hasDevice(i)?(t.putDevice(i,o,a),s.credentialUpdatedList.push({bulkNewDeviceStatus:"CREDENTIAL_UPDATED",deviceId:i}),s.numberOfSuccessful++):t.limitReached()?n("The device limit is reached."):(t.putDevice(i,o,a),t.hasRequest(i)&&t.removeRequest(i),s.numberOfCreated++,s.numberOfSuccessful++):n("Missing credentials.");continue}if(t.hasRequest(i)||t.hasDevice(i))n(`Device with id ${i} is already registered.`);else if(t.limitReached())n("The device limit is reached.");else{const e=r.values.get("PATH"),n=r.values.get("TYPE")||void 0;t.addRequest({id:i,tenantId:o,groupId:e?t.groupForPath(e):void 0,type:n}),s.numberOfCreated++,s.numberOfSuccessful++}}else n(`Unknown tenant ${o}.`)}return s.numberOfFailed=s.failedCreationList.length,s}(s,{tenantId:this.#Se,isKnownTenant:e=>this.#Ye(e),hasRequest:e=>this.#Te.has(e),hasDevice:e=>this.#Ce.has(e),limitReached:()=>this.#Ze(),addRequest:e=>{this.#Je(e)},removeRequest:e=>this.#We(this.#Xe(e)),putDevice:(e,t,s)=>{this.#Ce.set(e,{id:e,tenantId:t,username:`device_${e}`,password:s})},groupForPath:e=>this.#et(e)})})}getLimit(e){return this.#je("getLimit",e?.signal,[],()=>{this.#Ve();const e=this.#Ue;return void 0===e?{isReached:!1}:{isReached:this.#Ze(),limit:e}})}getSecurityTokenPolicy(e){return this.#je("getSecurityTokenPolicy",e?.signal,[],()=>this.#Oe)}getPermissions(e){return this.#je("getPermissions",e?.signal,[],()=>({...this.#Le}))}searchGroups(e,t){return this.#je("searchGroups",t?.signal,[e],()=>{this.#Ve();const t=e.trim().toLowerCase();return this.#Re.filter(e=>e.name.toLowerCase().includes(t)).slice(0,25).map(e=>({...e}))})}listTenants(e){return this.#je("listTenants",e?.signal,[],()=>this.#Pe.map(e=>({...e})))}subscribe(e){const t=t=>e(t);return this.#_e.add(t),()=>{this.#_e.delete(t)}}listExtensions(e){return this.#je("listExtensions",e?.signal,[],()=>this.#Ne.map(e=>({...e.extension})))}getExtensionMetadata(e,t,s){return this.#je("getExtensionMetadata",s?.signal,[e,t],()=>{const{metadata:s}=this.#tt(e);return structuredClone("function"==typeof s?s(t):s)})}registerWithExtension(e,t,s){return this.#je("registerWithExtension",s?.signal,[e,t],async()=>{this.#Ke();const s=this.#tt(e);try{return await(s.register?.(structuredClone(t)))??{}}catch(e){throw Fe.from(e)}})}async bulkRegisterWithExtension(e,t,s){s?.onProgress?.({loaded:0,total:t.size});const r=await this.#je("bulkRegisterWithExtension",s?.signal,[e,t],async()=>{this.#Ke();const s=this.#tt(e);try{return await(s.bulkRegister?.(t))??{}}catch(e){throw Fe.from(e)}});return s?.onProgress?.({loaded:t.size,total:t.size}),r}async#je(e,t,s,r){It(t),this.#Me>0&&await function(e,t){return new Promise((s,r)=>{const i=()=>{clearTimeout(n),r(_t(0,"aborted","The operation was aborted."))},n=setTimeout(()=>{t?.removeEventListener("abort",i),s()},e);t?.addEventListener("abort",i,{once:!0})})}(this.#Me,t),It(t);const i=this.#xe.get(e),n="function"==typeof i?i(...s):i;if(n)throw n;return r()}#Fe(e){const t={id:e.id,status:e.status,creationTime:e.creationTime,tenantId:e.tenantId,self:`memory://devicecontrol/newDeviceRequests/${encodeURIComponent(e.id)}`};return void 0!==e.owner&&(t.owner=e.owner),void 0!==e.groupId&&(t.groupId=e.groupId),void 0!==e.type&&(t.type=e.type),t}#Xe(e){const t=this.#Te.get(e);if(!t)throw _t(404,"not-found",`Registration request ${e} not found.`,"devicecontrol/Not Found");return t}#Je(e){const t=Date.now(),s={...e,status:"WAITING_FOR_CONNECTION",creationTime:new Date(t).toISOString(),time:t,rank:1,seq:++this.#ze,owner:this.#qe,failedAttempts:0};return void 0===s.groupId&&delete s.groupId,void 0===s.type&&delete s.type,this.#Te.set(s.id,s),this.#ke.insert(s),this.#G({type:"added",request:this.#Fe(s)}),s}#He(e,t){if(e.status===t)return;const s=e.status===Pt!=(t===Pt);s&&this.#ke.remove(e),e.status=t,e.rank=t===Pt?0:1,s&&this.#ke.insert(e),this.#G({type:"updated",request:this.#Fe(e)})}#Ge(e){return e.failedAttempts++,e.failedAttempts>=this.#De&&this.#He(e,"BLOCKED"),"BLOCKED"===e.status}#We(e){this.#Te.delete(e.id),this.#ke.remove(e),this.#G({type:"removed",id:e.id})}#G(e){if(0===this.#_e.size)return;const t=[...this.#_e];queueMicrotask(()=>{for(const s of t){if(!this.#_e.has(s))continue;const t="removed"===e.type?{...e}:{type:e.type,request:{...e.request}};try{s(t)}catch(e){"function"==typeof reportError?reportError(e):setTimeout(()=>{throw e})}}})}#Ve(){if(!this.#Le.read&&!this.#Le.admin)throw _t(403,"forbidden","Access is denied: DEVICE_CONTROL_READ is required.","security/Forbidden")}#Ke(){if(!this.#Le.admin)throw _t(403,"forbidden","Access is denied: DEVICE_CONTROL_ADMIN is required.","security/Forbidden")}#Ye(e){return e===this.#Se||this.#Pe.some(t=>t.id===e)}#Ze(){return void 0!==this.#Ue&&this.#Te.size+this.#Ce.size>=this.#Ue}#Qe(){if(this.#Ze())throw _t(422,"limit-reached",`The device limit (${this.#Ue}) is reached.`,"devicecontrol/LimitReached")}#tt(e){const t=this.#Ne.find(t=>t.extension.contextPath===e.contextPath&&t.extension.type===e.type)??this.#Ne.find(t=>t.extension.contextPath===e.contextPath);if(!t)throw _t(404,"not-found",`No microservice at ${e.contextPath}.`,"general/Not Found");return t}#et(e){const t=e.split("/").map(e=>e.trim()).filter(Boolean);let s="",r="";for(const e of t){s=s?`${s}/${e.toLowerCase()}`:e.toLowerCase();const t=this.#Ie.get(s);t?r=t:(r=String(this.#Be++),this.#Re.push({id:r,name:e}),this.#Ie.set(s,r))}return r}}const Nt=new Set(["GET","HEAD","OPTIONS"]);function Dt(e={type:"cookie"}){switch(e.type){case"basic":{const t=`Basic ${function(e){let t="";for(const s of(new TextEncoder).encode(e))t+=String.fromCharCode(s);return btoa(t)}(`${e.tenant?`${e.tenant}/${e.user}`:e.user}:${e.password}`)}`;return{type:"basic",credentials:"omit",withCredentials:!1,headers:()=>Promise.resolve({Authorization:t})}}case"bearer":{const t=e.token;return{type:"bearer",credentials:"omit",withCredentials:!1,async headers(){const e="function"==typeof t?await t():t;return e?{Authorization:`Bearer ${e}`}:{}}}}case"cookie":{const t=e.xsrfToken??(()=>function(e){if("undefined"!=typeof document&&"string"==typeof document.cookie)for(const t of document.cookie.split(";")){const s=t.indexOf("=");if(!(s<0)&&t.slice(0,s).trim()===e){const e=t.slice(s+1).trim();try{return decodeURIComponent(e)}catch{return e}}}}("XSRF-TOKEN"));return{type:"cookie",credentials:"include",withCredentials:!0,async headers(e){if(Nt.has(e.toUpperCase()))return{};const s=await t();return s?{"X-XSRF-TOKEN":s}:{}}}}default:throw new TypeError(`Unknown auth type: ${String(e.type)}`)}}function Ot(e,t=Date.now()){if(null==e)return;const s=e.trim();if(""===s)return;if(/^\d+(\.\d+)?$/.test(s))return Number(s);const r=Date.parse(s);return Number.isNaN(r)?void 0:Math.max(0,Math.ceil((r-t)/1e3))}const Lt={unauthorized:"Authentication is missing or has expired.",forbidden:"You do not have permission to do this.","not-found":"Not found.",duplicate:"This ID is already registered.",invalid:"The server rejected the input.","token-mismatch":"The security token does not match.",blocked:"The request is blocked.","limit-reached":"The device limit is reached.","rate-limited":"Too many requests.",server:"The server failed."},Ut=[[/duplicate|already (exists|registered)/i,"duplicate"],[/\bblocked\b/i,"blocked"],[/token.*(mismatch|match|invalid|wrong|incorrect|required|missing)|(mismatch|invalid|wrong|incorrect|required|missing).*token/i,"token-mismatch"],[/limit.*(reach|exceed)/i,"limit-reached"]];function Mt(e){if(!e)return;const t=e.replace(/'[^']*'|"[^"]*"/g,"");return Ut.find(([e])=>e.test(t))?.[1]}function zt(e,t,s){const r=function(e){if(!e||"object"!=typeof e)return{};const{error:t,message:s,info:r}=e;return{error:"string"==typeof t?t:void 0,message:"string"==typeof s?s:void 0,info:"string"==typeof r?r:void 0}}(t),i=function(e,t,s){if(409===e)return"duplicate";if(401===e)return"unauthorized";if(429===e)return"rate-limited";const r=Mt(t?.replace(/^[^/]*\//,""))??Mt(s);return"duplicate"===r?r:e>=500?"server":!r||400!==e&&403!==e&&422!==e?403===e?"forbidden":404===e?"not-found":400===e||422===e?"invalid":"unknown":r}(e,r.error,r.message),n="string"==typeof t&&t.trim()&&t.length<300&&!/<[a-z]/i.test(t)?t.trim():void 0,o=r.message??n??Lt[i]??`The server answered ${e}.`;return new Fe({status:e,code:i,message:o,serverError:r.error,retryAfter:429===e||503===e?Ot(s):void 0})}function Bt(e){return new Fe({status:0,code:"aborted",message:"The operation was aborted.",cause:e})}function Ft(e){const t=e instanceof Error&&e.message?` (${e.message})`:"";return new Fe({status:0,code:"network",message:`The server could not be reached${t}.`,retryable:!0,cause:e})}const jt="application/vnd.com.nsn.cumulocity.",Ht={newDeviceRequest:`${jt}newDeviceRequest+json`,newDeviceRequestCollection:`${jt}newDeviceRequestCollection+json`,bulkNewDeviceRequest:`${jt}bulkNewDeviceRequest+json`,deviceCredentials:`${jt}deviceCredentials+json`,error:`${jt}error+json`,json:"application/json"};function Gt(e){if(!e)return!1;const t=e.split(";")[0].trim().toLowerCase();return"application/json"===t||t.endsWith("+json")}function Wt(e){return new Promise((t,s)=>{const{signal:r,onProgress:i,file:n}=e;if(r?.aborted)return void s(Bt(r.reason));const o=new FormData,a=n.type?n:new Blob([n],{type:"text/csv"});o.append(e.field,a,function(e){return"undefined"!=typeof File&&e instanceof File&&e.name?e.name:"devices.csv"}(n));const c=new XMLHttpRequest;let d=!1;const l=()=>r?.removeEventListener("abort",u),h=e=>{d||(d=!0,l(),s(e))},u=()=>{c.abort(),h(Bt(r?.reason))},p=(e,t)=>{try{i?.({loaded:e,total:t})}catch{}};c.open("POST",e.url),c.withCredentials=e.withCredentials;for(const[t,s]of Object.entries(e.headers))c.setRequestHeader(t,s);i&&(c.upload.addEventListener("progress",e=>{p(e.loaded,e.lengthComputable?e.total:n.size)}),c.upload.addEventListener("load",e=>{const t=e.lengthComputable?e.total:n.size;p(t,t)})),c.addEventListener("load",()=>{d||(d=!0,l(),t({status:c.status,text:c.responseText,contentType:c.getResponseHeader("Content-Type"),retryAfter:c.getResponseHeader("Retry-After")}))}),c.addEventListener("error",()=>h(Ft())),c.addEventListener("timeout",()=>h(Ft())),c.addEventListener("abort",()=>h(Bt())),r?.addEventListener("abort",u,{once:!0}),p(0,n.size),c.send(o)})}function Vt(e,t){return new Promise((s,r)=>{if(t?.aborted)return void r(Bt(t.reason));const i=()=>{clearTimeout(n),r(Bt(t?.reason))},n=setTimeout(()=>{t?.removeEventListener("abort",i),s()},e);t?.addEventListener("abort",i,{once:!0})})}function Kt(e,t){if(""===e)return;const s=/^\s*[[{]/.test(e);if(Gt(t)||s)try{return JSON.parse(e)}catch(e){if(Gt(t))throw new Fe({status:0,code:"unknown",message:"The server sent malformed JSON.",cause:e})}return e}class Yt{#st;#rt;#it;#nt;constructor(e){this.baseUrl=e.baseUrl,this.#st=e.auth;const t=e.fetch??globalThis.fetch;this.#rt=(e,s)=>t(e,s),this.#it={retries:3,baseDelay:300,maxDelay:1e4,...e.retry},this.#nt=e.random??Math.random}url(e,t){return function(e,t,s){const r=e.replace(/\/+$/,""),i=t.startsWith("/")?t:`/${t}`,n=Object.entries(s??{}).filter(e=>void 0!==e[1]).map(([e,t])=>`${encodeURIComponent(e)}=${encodeURIComponent(String(t))}`).join("&");return`${r}${i}${n?`?${n}`:""}`}(this.baseUrl,e,t)}async request(e){const t=e.method??"GET",s="GET"===t?Math.max(0,this.#it.retries):0;for(let r=0;;r++)try{return await this.#ot(t,e)}catch(t){const i=Fe.from(t);if(r>=s||!Qt(i)||e.signal?.aborted)throw i;const n=this.#at(r,i);if(n>6e4)throw i;await Vt(n,e.signal)}}async upload(e){if(e.signal?.aborted)throw Bt(e.signal.reason);const t=await this.#ct("POST",e.accept??Ht.json),s=await Wt({url:this.url(e.path),headers:t,withCredentials:this.#st.withCredentials,file:e.file,field:e.field??"file",signal:e.signal,onProgress:e.onProgress}),r=Kt(s.text,s.contentType);if(s.status<200||s.status>=300)throw zt(s.status,r,s.retryAfter);return{status:s.status,body:r}}async#ct(e,t,s){return{Accept:t,...s?{"Content-Type":s}:{},UseXBasic:"true",...await this.#st.headers(e)}}async#ot(e,t){if(t.signal?.aborted)throw Bt(t.signal.reason);const s=void 0!==t.json,r=await this.#ct(e,t.accept??Ht.json,s?t.contentType??Ht.json:void 0);let i,n;try{i=await this.#rt(this.url(t.path,t.query),{method:e,headers:r,body:s?JSON.stringify(t.json):void 0,credentials:this.#st.credentials,signal:t.signal,cache:"no-store"})}catch(e){if(t.signal?.aborted)throw Bt(e);throw Ft(e)}try{n=await i.text()}catch(e){if(t.signal?.aborted)throw Bt(e);throw Ft(e)}const o=Kt(n,i.headers.get("Content-Type"));if(!i.ok)throw zt(i.status,o,i.headers.get("Retry-After"));return{status:i.status,body:o}}#at(e,t){if(void 0!==t.retryAfter)return 1e3*t.retryAfter;const s=Math.min(this.#it.maxDelay,this.#it.baseDelay*2**e);return s/2+this.#nt()*(s/2)}}function Qt(e){return"network"===e.code||"server"===e.code||"rate-limited"===e.code||"timeout"===e.code}function Jt(){return"undefined"!=typeof document&&"hidden"===document.visibilityState}class Xt{#t;#dt;#lt;#ht=!1;#ut=!1;#xe=0;#pt=!1;constructor(e){this.#t={hiddenFactor:4,maxBackoff:Math.max(6e4,16*e.interval),...e}}get running(){return this.#ht}start(){this.#ht||(this.#ht=!0,this.#xe=0,this.#lt=new AbortController,"undefined"!=typeof document&&document.addEventListener("visibilitychange",this.#ft),this.#gt())}stop(){this.#ht&&(this.#ht=!1,clearTimeout(this.#dt),this.#dt=void 0,this.#lt?.abort(),this.#lt=void 0,"undefined"!=typeof document&&document.removeEventListener("visibilitychange",this.#ft))}pollNow(){this.#ht&&!this.#ut&&(clearTimeout(this.#dt),this.#dt=void 0,this.#mt())}nextDelay(){const{interval:e,hiddenFactor:t,maxBackoff:s}=this.#t;let r=e;return this.#xe>0&&(r=Math.min(s,e*2**this.#xe)),Jt()&&(r*=t),r}#gt(){this.#ht&&(this.#pt=Jt(),this.#dt=setTimeout(()=>{this.#dt=void 0,this.#mt()},this.nextDelay()))}async#mt(){const e=this.#lt;if(this.#ht&&e)if(this.#ut)this.#gt();else{this.#ut=!0;try{await this.#t.tick(e.signal),this.#xe=0}catch(t){if(e.signal.aborted)return;this.#xe++,this.#t.onError?.(t)}finally{this.#ut=!1,this.#lt===e&&this.#gt()}}}#ft=()=>{!Jt()&&this.#pt&&void 0!==this.#dt&&this.pollNow()}}function Zt(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function es(e){return Be.includes(e)}function ts(e){const t=[];return Array.isArray(e.extensions)&&t.push(...e.extensions),Zt(e.manifest)&&Array.isArray(e.manifest.extensions)&&t.push(...e.manifest.extensions),t}function ss(e,t){const s=Zt(e)&&Zt(e.c8y_DeviceRegistration)?e.c8y_DeviceRegistration:Zt(e)?e:{},r={title:"string"==typeof s.title&&s.title?s.title:t.name};if("string"==typeof s.description&&(r.description=s.description),Array.isArray(s.pages)&&(r.pages=s.pages.filter(Zt)),Zt(s.bulk)){const e=function(e){if(!Array.isArray(e))return;const t=[];for(const s of e)Zt(s)&&"string"==typeof s.url&&t.push({title:"string"==typeof s.title?s.title:s.url,..."string"==typeof s.description?{description:s.description}:{},url:s.url});return t}(s.bulk.exampleFileUrls);r.bulk={title:"string"==typeof s.bulk.title&&s.bulk.title?s.bulk.title:r.title,...e?{exampleFileUrls:e}:{}}}return r}function rs(e,t){return`/service/${encodeURIComponent(e.contextPath)}${t}`}const is="/devicecontrol/newDeviceRequests",ns=2e3;function os(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function as(e){return"string"==typeof e?e:"number"==typeof e?String(e):void 0}function cs(e){const t=os(e)?e:{},s={id:as(t.id)??"",status:as(t.status)??""};for(const e of["creationTime","tenantId","owner","groupId","type","self"]){const r=as(t[e]);void 0!==r&&(s[e]=r)}return s}function ds(e,t){return e.status===t.status&&e.creationTime===t.creationTime&&e.tenantId===t.tenantId&&e.owner===t.owner&&e.groupId===t.groupId&&e.type===t.type}function ls(e){return new Fe({status:0,code:"unknown",message:`The server's answer to ${e} could not be read.`})}class hs{#vt;#_e=new Set;#yt=new Map;#bt=new Set;#wt=0;#$t=0;#At=0;#Et=new Map;#Tt;constructor(e){this.baseUrl=e.baseUrl??"",this.pollInterval=Math.max(50,e.pollInterval??5e3);const t="number"==typeof e.retries?{retries:e.retries}:e.retries;this.#vt=new Yt({baseUrl:this.baseUrl,auth:Dt(e.auth),fetch:e.fetch,retry:t})}async list(e,t){const s=Math.max(1,Math.floor(e.page)||1),r=Math.min(ns,Math.max(1,Math.floor(e.pageSize)||1)),i=await this.#kt(s,r,t?.signal);1!==s&&r===this.#wt||(this.#bt.clear(),this.#yt.clear(),this.#wt=r,this.#$t++),this.#bt.add(s);for(const e of i.requests)this.#yt.set(e.id,{...e}),this.#Ct(e.id);return i}async get(e,t){try{const{body:s}=await this.#vt.request({path:`${is}/${encodeURIComponent(e)}`,accept:Ht.newDeviceRequest,signal:t?.signal});return cs(s)}catch(e){if(e instanceof Fe&&"not-found"===e.code)return;throw e}}async create(e,t){const s={id:e.id};e.groupId&&(s.groupId=e.groupId),e.tenantId&&(s.tenantId=e.tenantId),e.type&&(s.type=e.type);const{body:r}=await this.#vt.request({method:"POST",path:is,json:s,contentType:Ht.newDeviceRequest,accept:Ht.newDeviceRequest,signal:t?.signal}),i=os(r)&&void 0!==r.id?cs(r):{id:e.id,status:"WAITING_FOR_CONNECTION"};return this.#_t({type:"added",request:i}),{...i}}async accept(e,t){const s={status:"ACCEPTED"};t?.securityToken&&(s.securityToken=t.securityToken);const{body:r}=await this.#vt.request({method:"PUT",path:`${is}/${encodeURIComponent(e)}`,json:s,contentType:Ht.newDeviceRequest,accept:Ht.newDeviceRequest,signal:t?.signal}),i=os(r)&&void 0!==r.id?cs(r):{...this.#yt.get(e),id:e,status:"ACCEPTED"};return this.#_t({type:"updated",request:i}),{...i}}async acceptAll(e){const{body:t}=await this.#vt.request({method:"POST",path:`${is}/acceptAll`,accept:Ht.json,signal:e?.signal}),s=(Array.isArray(t)?t:os(t)&&Array.isArray(t.newDeviceRequests)?t.newDeviceRequests:[]).filter(os).map(e=>{const t={id:as(e.id)??"",successful:!0===e.successful||void 0===e.successful&&"ACCEPTED"===e.status},s=as(e.error)??as(e.message);return void 0!==s&&(t.error=s),t});for(const e of s){if(!e.successful)continue;const t=this.#yt.get(e.id);this.#_t({type:"updated",request:{...t,id:e.id,status:"ACCEPTED"}})}return s}async remove(e,t){await this.#vt.request({method:"DELETE",path:`${is}/${encodeURIComponent(e)}`,accept:Ht.json,signal:t?.signal}),this.#_t({type:"removed",id:e})}async bulkRegister(e,t){const{body:s}=await this.#vt.upload({path:"/devicecontrol/bulkNewDeviceRequests",file:e,accept:Ht.bulkNewDeviceRequest,signal:t?.signal,onProgress:t?.onProgress});if(!os(s))throw ls("the bulk upload");const r=s;return{numberOfAll:Number(r.numberOfAll)||0,numberOfCreated:Number(r.numberOfCreated)||0,numberOfFailed:Number(r.numberOfFailed)||0,numberOfSuccessful:Number(r.numberOfSuccessful)||0,credentialUpdatedList:Array.isArray(r.credentialUpdatedList)?r.credentialUpdatedList:[],failedCreationList:Array.isArray(r.failedCreationList)?r.failedCreationList:[]}}async getLimit(e){const{body:t}=await this.#vt.request({path:`${is}/limit`,signal:e?.signal});if(!os(t))throw ls("the device limit");const s={isReached:!0===t.isReached};return"number"==typeof t.limit&&(s.limit=t.limit),s}async getSecurityTokenPolicy(e){try{const{body:t}=await this.#vt.request({path:"/tenant/options/device-registration/security-token.policy",signal:e?.signal}),s=os(t)&&"string"==typeof t.value?t.value.trim().toUpperCase():void 0;return function(e){return Me.includes(e)}(s)?s:ze}catch(e){if(e instanceof Fe&&("forbidden"===e.code||"not-found"===e.code))return ze;throw e}}async getPermissions(e){const t=function(e){const t=new Set,s=e=>{if("string"==typeof e)t.add(e);else if(os(e)){const s=as(e.id)??as(e.name);s&&t.add(s)}};Array.isArray(e.effectiveRoles)&&e.effectiveRoles.forEach(s);const r=e=>os(e)&&Array.isArray(e.references)?e.references:[];for(const t of r(e.roles))os(t)&&s(t.role);for(const t of r(e.groups))if(os(t)&&os(t.group))for(const e of r(t.group.roles))os(e)&&s(e.role);return t}(await this.#xt(e?.signal)),s=t.has("ROLE_DEVICE_CONTROL_ADMIN");return{read:s||t.has("ROLE_DEVICE_CONTROL_READ"),admin:s}}async searchGroups(e,t){const{body:s}=await this.#vt.request({path:"/inventory/managedObjects",query:{fragmentType:"c8y_IsDeviceGroup",text:e.trim()||void 0,pageSize:25},accept:Ht.json,signal:t?.signal});return(os(s)&&Array.isArray(s.managedObjects)?s.managedObjects:[]).filter(os).flatMap(e=>{const t=as(e.id);return void 0===t?[]:[{id:t,name:as(e.name)??t}]})}async listTenants(e){const t=e?.signal,{body:s}=await this.#vt.request({path:"/tenant/currentTenant",signal:t}),r=os(s)?as(s.name)??as(s.id):void 0;if(!r||!os(s))throw ls("the current tenant");const i="management"===r;if(!i&&!1===s.allowCreateTenants)return[];let n=[];try{const{body:e}=await this.#vt.request({path:"/tenant/tenants",query:{pageSize:ns},signal:t});n=(os(e)&&Array.isArray(e.tenants)?e.tenants:[]).filter(os).flatMap(e=>{const t=as(e.id);if(!t||t===r)return[];const s=as(e.company)??as(e.name)??as(e.domain);return[s?{id:t,name:s}:{id:t}]})}catch(e){if(!(e instanceof Fe)||"forbidden"!==e.code&&"not-found"!==e.code)throw e}if(!i&&0===n.length)return[];const o={id:r,current:!0},a=as(s.companyName)??as(s.domainName);return a&&(o.name=a),[o,...n]}async listExtensions(e){const t=await this.#xt(e?.signal),s=as(t.userName)??as(t.id);if(!s)throw ls("the current user");const{body:r}=await this.#vt.request({path:`/application/applicationsByUser/${encodeURIComponent(s)}`,query:{dropOverwrittenApps:!0,noPaging:!0,pageSize:ns},accept:Ht.json,signal:e?.signal});return function(e){if(!Array.isArray(e))return[];const t=[],s=new Set;for(const r of e){if(!Zt(r))continue;if(void 0!==r.type&&"MICROSERVICE"!==r.type)continue;const e="string"==typeof r.contextPath&&r.contextPath?r.contextPath:"string"==typeof r.name&&r.name?r.name:void 0;if(e)for(const i of ts(r)){if(!Zt(i)||!es(i.type))continue;const r="string"==typeof i.name&&i.name.trim()?i.name.trim():e,n=JSON.stringify([e,i.type,r]);s.has(n)||(s.add(n),t.push({name:r,type:i.type,contextPath:e}))}}return t}(os(r)?r.applications:void 0)}async getExtensionMetadata(e,t,s){const{body:r}=await this.#vt.request({path:rs(e,"/deviceRegistration/metadata"),query:{lang:t},accept:Ht.json,signal:s?.signal});return ss(r,e)}async registerWithExtension(e,t,s){const{body:r}=await this.#vt.request({method:"POST",path:rs(e,"/deviceRegistration"),json:t??{},accept:Ht.json,signal:s?.signal});return r??{}}async bulkRegisterWithExtension(e,t,s){const{body:r}=await this.#vt.upload({path:rs(e,"/deviceRegistration/bulk"),file:t,accept:Ht.json,signal:s?.signal,onProgress:s?.onProgress});return r??{}}subscribe(e){const t=t=>e(t);this.#_e.add(t),this.#Tt||(this.#Tt=new Xt({interval:this.pollInterval,tick:e=>this.#Rt(e)})),this.#Tt.start();let s=!0;return()=>{s&&(s=!1,this.#_e.delete(t),0===this.#_e.size&&this.#Tt?.stop())}}refresh(){this.#Tt?.pollNow()}async#kt(e,t,s){const{body:r}=await this.#vt.request({path:is,query:{currentPage:e,pageSize:t,withTotalPages:!0},accept:Ht.newDeviceRequestCollection,signal:s});if(!os(r)||!Array.isArray(r.newDeviceRequests))throw ls("the list");const i=os(r.statistics)?r.statistics:{},n={requests:r.newDeviceRequests.map(cs).filter(e=>""!==e.id),page:"number"==typeof i.currentPage?i.currentPage:e,pageSize:"number"==typeof i.pageSize?i.pageSize:t};return"number"==typeof i.totalPages&&(n.totalPages=i.totalPages),n}async#xt(e){const{body:t}=await this.#vt.request({path:"/user/currentUser",accept:Ht.json,signal:e});if(!os(t))throw ls("the current user");return t}async#Rt(e){const t=this.#wt,s=[...this.#bt].sort((e,t)=>e-t);if(0===s.length||0===this.#_e.size)return;const r=this.#At,i=this.#$t,n=new Map;let o=!1;for(const r of s){const s=await this.#kt(r,t,e);for(const e of s.requests)n.set(e.id,e);if(s.requests.length<t||void 0!==s.totalPages&&r>=s.totalPages){o=!0;break}}const a=s.every((e,t)=>e===t+1);if(i!==this.#$t)return;const c=e=>(this.#Et.get(e)??-1)>=r;for(const[e,t]of this.#Et)t<r&&this.#Et.delete(e);for(const e of n.values()){if(c(e.id))continue;const t=this.#yt.get(e.id);t?ds(t,e)?this.#yt.set(e.id,e):this.#_t({type:"updated",request:e}):this.#_t({type:"added",request:e})}let d=[...this.#yt.keys()].filter(e=>!n.has(e)&&!c(e));if(0!==d.length)if(o&&a)for(const e of d)this.#_t({type:"removed",id:e});else{if(a){const r=await this.#kt(s.length+1,t,e),n=new Map(r.requests.map(e=>[e.id,e]));for(const e of d){const t=n.get(e);!t||c(e)||ds(this.#yt.get(e)??t,t)||this.#_t({type:"updated",request:t})}if(i!==this.#$t)return;if(d=d.filter(e=>!n.has(e)),r.requests.length<t){for(const e of d)c(e)||this.#_t({type:"removed",id:e});return}}for(const t of d.slice(0,10)){const s=await this.get(t,{signal:e});if(i!==this.#$t)return;if(c(t))continue;if(!s){this.#_t({type:"removed",id:t});continue}const r=this.#yt.get(t);this.#yt.delete(t),this.#yt.set(t,r??s),r&&!ds(r,s)&&this.#_t({type:"updated",request:s})}}}#Ct(e){this.#Et.set(e,this.#At++)}#_t(e){if(this.#Ct("removed"===e.type?e.id:e.request.id),"removed"===e.type){if(!this.#yt.delete(e.id))return}else{const t=this.#yt.get(e.request.id);if(this.#yt.set(e.request.id,{...e.request}),t&&ds(t,e.request))return;"updated"!==e.type||t||(e={type:"added",request:e.request})}this.#G(e)}#G(e){for(const t of[...this.#_e]){if(!this.#_e.has(t))continue;const s="removed"===e.type?{...e}:{type:e.type,request:{...e.request}};try{t(s)}catch(e){setTimeout(()=>{throw e})}}}}function us(e,t={}){const{signal:s}=t;return s?.aborted?Promise.reject(ps()):new Promise((r,i)=>{const n=new Worker(new URL(new URL("csv-worker.js",import.meta.url).href),{type:"module"}),o=[];let a;const c=()=>{n.terminate(),s?.removeEventListener("abort",d)},d=()=>{c(),i(ps())};s?.addEventListener("abort",d,{once:!0}),n.addEventListener("error",e=>{c(),i(new Error(e.message||"The CSV reader could not be started."))}),n.addEventListener("message",e=>{const s=e.data;switch(s.type){case"progress":t.onProgress?.({bytesRead:s.bytesRead,totalBytes:s.totalBytes,rows:s.rows});break;case"info":a=s.info,t.onInfo?.(s.info);break;case"rows":for(let e=0;e<s.rows.length;e++)o.push(s.rows[e]);break;case"done":c(),r(s.problem?{info:a,separator:s.separator,problem:s.problem,notices:[],rows:[],validCount:0,invalidCount:0}:{info:a,separator:s.separator,notices:s.notices,rows:o,validCount:s.validCount,invalidCount:s.invalidCount})}});const l={type:"parse",file:e,separator:t.separator,batchSize:t.batchSize};n.postMessage(l)})}function ps(){return new DOMException("Reading the file was cancelled.","AbortError")}const fs=document.getElementById("stage"),gs=()=>new Promise(e=>requestAnimationFrame(e));function ms(e){const t=["WAITING_FOR_CONNECTION","PENDING_ACCEPTANCE","ACCEPTED","BLOCKED"],s=Date.UTC(2026,0,1);return Array.from({length:e},(e,r)=>({id:`device-${String(r).padStart(6,"0")}`,status:r%10==0?t[1]:r%10==1?t[2]:r%10==2?t[3]:t[0],creationTime:new Date(s+1e3*r).toISOString()}))}function vs(e){return[...e.shadowRoot?.querySelectorAll('[part~="row"]')??[]]}function ys(e,t,s=1e4){return new Promise((r,i)=>{if(t())return r(performance.now());const n=setTimeout(()=>{o.disconnect(),i(new Error("timed out"))},s),o=new MutationObserver(()=>{t()&&(o.disconnect(),clearTimeout(n),r(performance.now()))});o.observe(e,{subtree:!0,childList:!0,attributes:!0,characterData:!0})})}async function bs(e){let t=0;const s=new PerformanceObserver(e=>{for(const s of e.getEntries())t=Math.max(t,s.duration)});s.observe({type:"longtask",buffered:!1});const r=await e();return await gs(),s.disconnect(),{result:r,longestTaskMs:t}}let ws,$s,As=0;function Es(e){const t=["ID;CREDENTIALS;TYPE;NAME;ICCID;IDTYPE;PATH;SHELL;AUTH_TYPE"];for(let s=0;s<e;s++)t.push(`bulk-${s};Secret-${s}-pass;c8y_Bench;Device ${s};89${String(s).padStart(18,"0")};c8y_Serial;Bench/Group ${s%50};${s%2};BASIC`);return new Blob([t.join("\r\n")+"\r\n"],{type:"text/csv"})}const Ts=()=>new hs({baseUrl:"",auth:{type:"basic",tenant:"t100",user:"admin",password:"admin"}});Object.assign(window,{bench:{tableFirstRows:async function(e){fs.replaceChildren(),$s=new qt({requests:ms(e)}),As=e,await gs(),await gs();const{result:t,longestTaskMs:s}=await bs(async()=>{const t=performance.now(),s=document.createElement("devreg-registration-table");s.adapter=$s;const r=function(e,t,s=6e4){return new Promise((r,i)=>{const n=setTimeout(()=>i(new Error(`the table did not load all ${t} rows`)),s);e.addEventListener("devreg-list-state",function s(i){const o=i;o.loading||o.total!==t||(e.removeEventListener("devreg-list-state",s),clearTimeout(n),r(performance.now()))})})}(s,e);fs.append(s),ws=s,await new Promise(e=>setTimeout(e)),await ys(s.shadowRoot,()=>vs(s).length>0),await gs();return{firstRowsMs:performance.now()-t,rowsRendered:vs(s).length,allLoadedMs:await r-t}});return{...t,longestTaskMs:s,rowCount:Number(ws.shadowRoot.querySelector('[part~="table"]')?.getAttribute("aria-rowcount"))-1}},liveChange:async function(){if(!ws||!$s)throw new Error("run tableFirstRows first");const e=[],t=[];for(let s=1;s<=5;s++){const r=`device-${String(As-s).padStart(6,"0")}`,i=()=>vs(ws).some(e=>e.dataset.id===r&&"PENDING_ACCEPTANCE"===e.querySelector("devreg-status-badge")?.getAttribute("status"));if(i())throw new Error(`${r} is pending already`);await gs();const n=performance.now(),o=ys(ws.shadowRoot,i);await $s.bootstrap(r),e.push(await o-n),t.push(r),await gs()}return e.sort((e,t)=>e-t),{ms:e[2],maxMs:e[4],ids:t}},scrollThrough:async function(){if(!ws)throw new Error("run tableFirstRows first");const e=ws.shadowRoot.querySelector('[part~="table"]');e.scrollTop=0,await gs();const t=[],{longestTaskMs:s}=await bs(async()=>{let s=await gs();const r=e.scrollHeight-e.clientHeight;for(let i=1;i<=120;i++){e.scrollTop=r*i/120;const n=await gs();t.push(n-s),s=n}});await gs();const r=vs(ws).some(e=>e.getAttribute("aria-rowindex")===String(As+1));return{longestFrameMs:Math.max(...t),longestTaskMs:s,scrolledTo:e.scrollTop,lastRowShown:r}},bulkParse:async function(e){const t=Es(e),s=performance.now(),{result:r,longestTaskMs:i}=await bs(()=>us(t));return{ms:performance.now()-s,longestTaskMs:i,rows:r.rows.length,valid:r.validCount}},papaparseAlone:async function(e){const t=Es(e),s=new Worker(new URL(new URL("papa-worker.js",import.meta.url).href),{type:"module"}),r=performance.now(),i=await new Promise(e=>{s.addEventListener("message",t=>e(t.data.rows)),s.postMessage({file:t})}),n=performance.now()-r;return s.terminate(),{ms:n,rows:i}},baseline:function(){const e=performance.now();let t=42;const s=Array.from({length:3e5},()=>t=16807*t%2147483647);return s.sort((e,t)=>e-t),{ms:performance.now()-e,check:s[0]}},emulatorList:async function(){const e=performance.now(),t=await Ts().list({page:1,pageSize:100});return{ms:performance.now()-e,rows:t.requests.length}},emulatorBulk:async function(e){const t=function(e,t){const s=["ID;PATH"];for(let r=0;r<e;r++)s.push(`${t}-${r};Bench/Upload ${r%20}`);return new Blob([s.join("\r\n")+"\r\n"],{type:"text/csv"})}(e,`upload-${Date.now()}`),s=performance.now(),r=await Ts().bulkRegister(t);return{ms:performance.now()-s,created:r.numberOfCreated,failed:r.numberOfFailed}}}});export{W as E,H as b,Oe as c,me as e,ve as i,xe as r,ge as t};
