// Demo and Storybook helpers, as their own entry (`devreg-elements/demo.js`): a seeded
// MemoryAdapter, the "Demo protocol" extension and a device simulation. Hosts importing
// `devreg-elements` do not load any of this.
export * from './adapters/demo-memory-adapter.js';
