class e extends Event{static{this.eventName="devreg-removed"}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.id=t}get detail(){return{id:this.id}}}export{e as D};
//# sourceMappingURL=devreg-removed-Cmw6YEiH.js.map
