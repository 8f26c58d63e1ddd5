import { svg, type SVGTemplateResult } from 'lit';
import { isRegistrationStatus, type RegistrationStatus } from '../../adapters/registration-adapter.js';

// 16×16 outline icons drawn with currentColor, so they take the badge's status colour.
// Shapes differ per status so the status never depends on colour alone.
const icons: Record<RegistrationStatus, SVGTemplateResult> = {
  // a clock: waiting for the device's first call
  WAITING_FOR_CONNECTION: svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 4.5V8l2.5 1.75"></path>`,
  // an exclamation mark in a triangle: someone must act
  PENDING_ACCEPTANCE: svg`<path d="M8 1.75 14.75 13.5H1.25Z"></path><path d="M8 6v3.5"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`,
  // a check mark in a circle
  ACCEPTED: svg`<circle cx="8" cy="8" r="6.25"></circle><path d="m5 8.25 2 2 4-4.25"></path>`,
  // a circle with a bar: no entry
  BLOCKED: svg`<circle cx="8" cy="8" r="6.25"></circle><path d="m3.6 12.4 8.8-8.8"></path>`,
};

// a question mark in a circle: a status this library does not know
const unknownIcon = svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M6.25 6.4a1.8 1.8 0 1 1 2.5 1.65c-.5.25-.75.6-.75 1.2v.25"></path><circle cx="8" cy="11.6" r="0.4" fill="currentColor"></circle>`;

export function statusIcon(status: string): SVGTemplateResult {
  return isRegistrationStatus(status) ? icons[status] : unknownIcon;
}
