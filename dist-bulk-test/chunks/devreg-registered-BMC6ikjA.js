class e extends Event{static{this.eventName="devreg-registered"}constructor(s,t=[]){super(e.eventName,{bubbles:!0,composed:!0}),this.ids=s,this.failed=t}get detail(){return{ids:this.ids,failed:this.failed}}}export{e as D};
//# sourceMappingURL=devreg-registered-BMC6ikjA.js.map
