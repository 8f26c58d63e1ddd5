import{D as e,s as t,_ as o,c as s,l as r,a as i}from"../chunks/devreg-element-BXWJlbIc.js";import{css as d,html as l}from"lit";import{property as a,state as c}from"lit/decorators.js";import{e as p}from"../chunks/provide-NL5F5FwO.js";import{d as h}from"../chunks/define-B_c8iVoe.js";const n=d`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
`;class v extends e{static{this.styles=n}willUpdate(e){super.willUpdate(e),this.providedAdapter!==this.effectiveAdapter&&(this.providedAdapter=this.effectiveAdapter);const o=this.locale||this.outerLocale;this.providedLocale!==o&&(this.providedLocale=o),e.has("locale")&&this.locale&&t(this.locale).catch(e=>{console.warn("devreg-provider: could not switch locale",e)})}render(){return l`<slot></slot>`}}o([a({reflect:!0})],v.prototype,"locale",void 0),o([s({context:r,subscribe:!0}),c()],v.prototype,"outerLocale",void 0),o([p({context:i}),c()],v.prototype,"providedAdapter",void 0),o([p({context:r}),c()],v.prototype,"providedLocale",void 0),h("devreg-provider",v);
//# sourceMappingURL=provider.js.map
