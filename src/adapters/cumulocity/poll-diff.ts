/**
 * One poll of `CumulocityAdapter`'s live updates: re-reads the loaded pages, diffs them against
 * what is known and applies the changes. Run by the adapter's polling loop (`polling.ts`).
 */
import type { ListResult, RegistrationChange, RegistrationRequest } from '../registration-adapter.js';
import { applyChange, sameRequest } from './changes.js';
import type { ListView } from './host.js';

/** Requests missing from a truncated poll that are looked up one by one, at most, per poll. */
const MAX_LOOKUPS_PER_POLL = 10;

/** What the adapter lends one poll: its list view, and how to read. */
export interface PollHost {
  readonly view: ListView;
  fetchPage(page: number, pageSize: number, signal: AbortSignal): Promise<ListResult>;
  get(id: string, signal: AbortSignal): Promise<RegistrationRequest | undefined>;
}

export async function pollOnce(host: PollHost, signal: AbortSignal): Promise<void> {
  const { view } = host;
  const { pageSize, epoch, known, touched } = view;
  // what the poll starts from is read before anything is awaited
  const pages = [...view.pages].sort((a, b) => a - b);
  const started = view.version;
  /** Whether the UI started a new view meanwhile. */
  const newView = () => epoch !== view.epoch;
  const apply = (change: RegistrationChange) => applyChange(view, change);
  const seen = new Map<string, RegistrationRequest>();
  let complete = false;
  for (const page of pages) {
    const result = await host.fetchPage(page, pageSize, signal);
    for (const request of result.requests) seen.set(request.id, request);
    if (result.requests.length < pageSize || page >= (result.totalPages ?? Infinity)) {
      complete = true;
      break;
    }
  }
  // the loaded pages must be contiguous from 1 for a missing request to mean a removed one
  const contiguous = pages.every((page, i) => page === i + 1);
  if (newView()) return; // the UI started a new view meanwhile: diff next time
  // what changed locally while this poll was under way is fresher than what the poll read
  const stale = (id: string) => (touched.get(id) ?? -1) >= started;
  for (const [id, version] of touched) if (version < started) touched.delete(id);
  for (const request of seen.values()) {
    if (stale(request.id)) continue;
    const before = known.get(request.id);
    if (!before) apply({ type: 'added', request });
    else if (!sameRequest(before, request)) apply({ type: 'updated', request });
    else known.set(request.id, request);
  }
  let missing = [...known.keys()].filter((id) => !seen.has(id) && !stale(id));
  if (missing.length === 0) return;
  if (complete && contiguous) {
    for (const id of missing) apply({ type: 'removed', id });
    return;
  }
  // A missing request may just have moved past the loaded pages (newer ones pushed it down):
  // one page more finds most of those; it only resolves known requests, it adds none.
  if (contiguous) {
    const next = await host.fetchPage(pages.length + 1, pageSize, signal);
    const beyond = new Map(next.requests.map((r) => [r.id, r]));
    for (const id of missing) {
      const request = beyond.get(id);
      if (request && !stale(id) && !sameRequest(known.get(id) ?? request, request)) apply({ type: 'updated', request });
    }
    if (newView()) return;
    missing = missing.filter((id) => !beyond.has(id));
    if (next.requests.length < pageSize) {
      for (const id of missing) if (!stale(id)) apply({ type: 'removed', id });
      return;
    }
  }
  // the rest one by one, a few per poll; looked-up ones go to the back of the queue
  for (const id of missing.slice(0, MAX_LOOKUPS_PER_POLL)) {
    const request = await host.get(id, signal);
    if (newView()) return;
    if (stale(id)) continue;
    if (!request) {
      apply({ type: 'removed', id });
      continue;
    }
    const before = known.get(id);
    known.delete(id);
    known.set(id, before ?? request);
    if (before && !sameRequest(before, request)) apply({ type: 'updated', request });
  }
}
