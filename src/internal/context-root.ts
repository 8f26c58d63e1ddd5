import { ContextRoot } from '@lit/context';

const key = Symbol.for('devreg-elements.context-root');
const registry = globalThis as { [key]?: ContextRoot };

/**
 * Attaches one ContextRoot to the document (once per page, whichever copy of the library comes
 * first). Elements upgrade in the order their tags are defined, so a consumer can ask for the
 * adapter before `<devreg-provider>` or `<devreg-device-registration>` is defined: the root holds
 * such requests and answers them once a provider appears.
 */
export function attachContextRoot(): void {
  if (!registry[key] && typeof document !== 'undefined') {
    registry[key] = new ContextRoot();
    registry[key].attach(document.documentElement);
  }
}
