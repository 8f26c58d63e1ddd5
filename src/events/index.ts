export * from './devreg-accepted.js';
export * from './devreg-removed.js';
export * from './devreg-registered.js';
export * from './devreg-bulk-completed.js';
export * from './devreg-error.js';
export * from './devreg-close.js';
export * from './devreg-register-selected.js';
export * from './devreg-changed.js';
