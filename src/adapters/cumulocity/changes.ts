/**
 * Recording a change of a request in the adapter's {@link ListView} and telling the listeners:
 * used by own writes (`actions.ts`) and polls (`poll-diff.ts`), so loaded with the first of them.
 */
import type { RegistrationChange, RegistrationRequest } from '../registration-adapter.js';
import type { ListView } from './host.js';
import { SHOWN_FIELDS } from './values.js';

/** Whether two readings of a request differ in nothing the UI shows. */
export function sameRequest(a: RegistrationRequest, b: RegistrationRequest): boolean {
  return SHOWN_FIELDS.every((key) => a[key] === b[key]);
}

/** Records a change and tells the listeners, unless it changes nothing. */
export function applyChange(view: ListView, change: RegistrationChange): void {
  const id = change.type === 'removed' ? change.id : change.request.id;
  view.touched.set(id, view.version++);
  if (change.type === 'removed') {
    if (!view.known.delete(id)) return;
  } else {
    const before = view.known.get(id);
    view.known.set(id, { ...change.request });
    if (before && sameRequest(before, change.request)) return;
    if (change.type === 'updated' && !before) change = { type: 'added', request: change.request };
  }
  for (const listener of [...view.listeners]) {
    if (!view.listeners.has(listener)) continue;
    // a copy each: a listener may change what it got
    const copy: RegistrationChange = change.type === 'removed' ? { ...change } : { type: change.type, request: { ...change.request } };
    try {
      listener(copy);
    } catch (error) {
      // one failing listener must not starve the others
      setTimeout(() => {
        throw error;
      });
    }
  }
}
