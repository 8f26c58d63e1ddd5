// Imported first by every define module: the root is there before any of their elements asks
// for the adapter (see attachContextRoot).
import { attachContextRoot } from '../internal/context-root.js';

attachContextRoot();
