import{m as e,d as r,D as t,_ as a}from"../chunks/devreg-element-BXWJlbIc.js";import{css as s,svg as o,html as c}from"lit";import{property as i}from"lit/decorators.js";import{i as d}from"../chunks/registration-adapter-8xSxki1m.js";import{s as n}from"../chunks/shared-DanW-4g-.js";import{d as l}from"../chunks/define-B_c8iVoe.js";function u(e){return d(e)?g[e]():e}const g={WAITING_FOR_CONNECTION:()=>e("Waiting for connection",{id:"status.WAITING_FOR_CONNECTION"}),PENDING_ACCEPTANCE:()=>e("Pending acceptance",{id:"status.PENDING_ACCEPTANCE"}),ACCEPTED:()=>e("Accepted",{id:"status.ACCEPTED"}),BLOCKED:()=>e("Blocked",{id:"status.BLOCKED"})},v={WAITING_FOR_CONNECTION:()=>e("Registered; no device with this ID has tried to connect yet.",{id:"status.WAITING_FOR_CONNECTION.description"}),PENDING_ACCEPTANCE:()=>e("The device has called in; a user must accept it so that its credentials are sent to it.",{id:"status.PENDING_ACCEPTANCE.description"}),ACCEPTED:()=>e("Accepted; the device receives its credentials on its next call.",{id:"status.ACCEPTED.description"}),BLOCKED:()=>e("Too many failed attempts; the request must be removed and registered again.",{id:"status.BLOCKED.description"})},p=s`
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
`,C={WAITING_FOR_CONNECTION:o`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.75"></path>`,PENDING_ACCEPTANCE:o`<path d="M8 1.75 14.75 13.5H1.25Z"></path><path d="M8 6v3.5"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`,ACCEPTED:o`<circle cx="8" cy="8" r="6.25"></circle><path d="m5 8.25 2 2 4-4.25"></path>`,BLOCKED:o`<circle cx="8" cy="8" r="6.25"></circle><path d="m3.6 12.4 8.8-8.8"></path>`},f=o`<circle cx="8" cy="8" r="6.25"></circle><path d="M6.25 6.4a1.8 1.8 0 1 1 2.5 1.65c-.5.25-.75.6-.75 1.2v.25"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`;class h extends t{constructor(){super(...arguments),this.status=""}static{this.styles=[n,p]}render(){const t=null==this.status?"":String(this.status),a=t?u(t):e("Unknown",{id:"badge.empty"}),s=function(t){return d(t)?v[t]():e(r`Unknown status: ${t}`,{id:"status.unknown.description"})}(t);return c`<span part="base" title=${s}
      ><svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${function(e){return Object.prototype.hasOwnProperty.call(C,e)?C[e]:f}(t)}</svg><span
        part="label"
        >${a}</span
      ><span class="visually-hidden"> (${s})</span></span
    >`}}a([i({reflect:!0})],h.prototype,"status",void 0),l("devreg-status-badge",h);export{u as s};
//# sourceMappingURL=status-badge.js.map
