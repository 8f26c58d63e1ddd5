class e extends Event{static{this.eventName="devreg-accepted"}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.id=t}get detail(){return{id:this.id}}}export{e as D};
//# sourceMappingURL=devreg-accepted-DogqsUbW.js.map
