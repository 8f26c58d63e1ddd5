// The whole library: every export and every element, lazily loaded parts included.
export * from '../../src/index.js';
import '../../src/all.js';
