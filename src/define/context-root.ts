// Imported first by every define module. Elements upgrade in the order their tags are
// defined, so a consumer can ask for the adapter before <devreg-provider> is defined: a
// ContextRoot on the document holds such requests and answers them once a provider appears.
import { ContextRoot } from '@lit/context';

const key = Symbol.for('devreg-elements.context-root');
const registry = globalThis as { [key]?: ContextRoot };
if (!registry[key] && typeof document !== 'undefined') {
  registry[key] = new ContextRoot();
  registry[key].attach(document.documentElement);
}
