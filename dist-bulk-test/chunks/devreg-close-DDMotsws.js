class e extends Event{static{this.eventName="devreg-close"}constructor(){super(e.eventName,{bubbles:!0,composed:!0})}}export{e as D};
//# sourceMappingURL=devreg-close-DDMotsws.js.map
