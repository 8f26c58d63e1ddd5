// What the wizard needs once the user submits (sending the rows, the result step, the
// "Connect your device" panel), loaded when the first submit starts: a form that is never sent
// does not pay for it.
export { renderResultStep, resultSummary } from './result-step.js';
export { ConnectPanelController, renderConnectPanel } from './connect-panel.js';
export { resultStyles } from './result.styles.js';
export { registerRows } from './register-rows.js';
