/**
 * What the table needs once it has rows, loaded then (prefetched while the browser is idle), not
 * with the element: the virtualizer for long lists, and the view keeping and announcements of
 * live changes.
 */
export { renderVirtualRows } from './virtual-rows.js';
export { LiveView } from './live-view.js';
