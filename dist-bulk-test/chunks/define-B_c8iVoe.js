function e(e,t){customElements.get(e)||customElements.define(e,t)}export{e as d};
//# sourceMappingURL=define-B_c8iVoe.js.map
