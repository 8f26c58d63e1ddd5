class e extends Event{static{this.eventName="devreg-bulk-completed"}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.result=t}get detail(){return{result:this.result}}}export{e as D};
//# sourceMappingURL=devreg-bulk-completed-BXPR5bIO.js.map
