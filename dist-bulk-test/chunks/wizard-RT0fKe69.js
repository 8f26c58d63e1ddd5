class e extends Event{static{this.eventName="devreg-wizard-state"}constructor(){super(e.eventName,{bubbles:!0})}}function t(e){return"heading"in e&&"hasUnsavedInput"in e&&"busy"in e}export{e as W,t as i};
//# sourceMappingURL=wizard-RT0fKe69.js.map
