import { msg, str } from '@lit/localize';
import { isRegistrationStatus, type RegistrationChange, type RegistrationRequest } from '../../adapters/registration-adapter.js';
import { formatNumber } from '../../internal/format.js';
import { focusLost } from '../../internal/deep-active-element.js';
import { firstAction, rootOf, rowControl, type TableHost } from './table-host.js';

/** Live changes announced one by one up to this many per batch; more are summarised. */
const MAX_SINGLE_ANNOUNCEMENTS = 3;
const ANNOUNCE_DELAY_MS = 400;

interface ViewAnchor {
  focus?: { id: string; part: string };
  /** The first visible row and its distance from the top of the area the rows are seen in. */
  anchor?: { id: string; offset: number };
}

/**
 * What changes of the rows do to the reader, besides the rows themselves: the focused row
 * control and the first visible row stay where they were (also when the virtualizer moves rows
 * around, or takes them over), and live changes are announced politely, a burst as one summary.
 */
export class LiveView {
  readonly #host: TableHost;
  /** What a change must not disturb, taken before it is rendered. */
  #keep?: ViewAnchor;
  #keepTimer?: ReturnType<typeof setTimeout>;
  #pending: string[] = [];
  #announceTimer?: ReturnType<typeof setTimeout>;

  constructor(host: TableHost) {
    this.#host = host;
  }

  /** A change pushed by the adapter was applied to the list (and is not rendered yet). */
  changed(change: RegistrationChange, previous: RegistrationRequest | undefined): void {
    this.keep();
    if (change.type === 'removed') {
      if (previous) this.#queue(msg(str`Device ${change.id} was removed from the list.`, { id: 'table.announce.removed' }));
      return;
    }
    const { id, status } = change.request;
    if (!previous) this.#queue(msg(str`Device ${id} was added to the list.`, { id: 'table.announce.added' }));
    else if (previous.status !== status) this.#queue(statusAnnouncement(id, status));
  }

  /**
   * Before a change is rendered: remember the focused row control and where the first visible row
   * is, so both can be put back after the rows moved (rows added above the viewport must not push
   * the rows being read out of view).
   */
  keep(): void {
    if (this.#keep) return; // one snapshot per burst: the view before the first change
    const root = rootOf(this.#host);
    const keep: ViewAnchor = {};
    const active = root.activeElement as HTMLElement | null;
    const activeRow = active?.closest<HTMLElement>('[part~=row]');
    const activePart = active?.getAttribute('part')?.split(' ')[0];
    if (activeRow?.dataset.id && activePart) keep.focus = { id: activeRow.dataset.id, part: activePart };
    const scroll = this.#host.rowsScroll();
    if (scroll && scroll.offset > 0) {
      const { top } = scroll;
      let best: { id: string; offset: number } | undefined;
      for (const row of root.querySelectorAll<HTMLElement>('[part~=row]')) {
        const rect = row.getBoundingClientRect();
        if (rect.bottom <= top + 1 || !row.dataset.id) continue;
        if (!best || rect.top - top < best.offset) best = { id: row.dataset.id, offset: rect.top - top };
      }
      keep.anchor = best;
    }
    if (!keep.focus && !keep.anchor) return;
    this.#keep = keep;
    // the virtualizer re-renders within a frame or two; give up on the snapshot after that
    clearTimeout(this.#keepTimer);
    this.#keepTimer = setTimeout(() => this.#restore(true), 500);
  }

  /** The table rendered: plain rows are in place now (the virtualizer reports with `rangeChanged`). */
  rendered(): void {
    if (this.#keep && !this.#host.virtualized) this.#restore(false);
  }

  /** The virtualizer has just rendered a new range or new items (its positions follow synchronously). */
  rangeChanged(): void {
    if (this.#keep) queueMicrotask(() => this.#restore(false));
  }

  /** Announces the result of the user's own action at once (with the changes still queued). */
  announce(text: string): void {
    this.#pending.push(text);
    this.#flush();
  }

  /** The table left the page: forget the snapshot and what was not said yet. */
  stop(): void {
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#keepTimer);
    this.#announceTimer = this.#keep = undefined;
    this.#pending = [];
  }

  #restore(final: boolean): void {
    const keep = this.#keep;
    if (!keep) return;
    const root = rootOf(this.#host);
    if (keep.focus && focusLost(root)) {
      // the control, or when the change took it away (accepted, blocked) the row's first action
      (rowControl(this.#host, keep.focus.id, keep.focus.part) ?? firstAction(this.#host, keep.focus.id))?.focus({ preventScroll: true });
    }
    const scroll = keep.anchor && this.#host.rowsScroll();
    if (keep.anchor && scroll) {
      const { id, offset } = keep.anchor;
      const row = [...root.querySelectorAll<HTMLElement>('[part~=row]')].find((r) => r.dataset.id === id);
      if (row) {
        const delta = row.getBoundingClientRect().top - scroll.top - offset;
        if (Math.abs(delta) >= 1) scroll.offset += delta;
      }
    }
    if (final) {
      this.#keep = undefined;
    } else {
      // rows measured in the next frames may shift again: correct once more, then let go
      clearTimeout(this.#keepTimer);
      this.#keepTimer = setTimeout(() => this.#restore(true), 100);
    }
  }

  /** Collects live changes briefly so a burst becomes one summary instead of a flood. */
  #queue(text: string): void {
    this.#pending.push(text);
    this.#announceTimer ??= setTimeout(() => this.#flush(), ANNOUNCE_DELAY_MS);
  }

  #flush(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    const texts = this.#pending;
    this.#pending = [];
    if (!texts.length) return;
    this.#host.say(
      texts.length > MAX_SINGLE_ANNOUNCEMENTS
        ? msg(str`${formatNumber(this.#host.locale, texts.length)} registration requests changed.`, { id: 'table.announce.many' })
        : texts.join(' '),
    );
  }
}

function statusAnnouncement(id: string, status: string): string {
  if (!isRegistrationStatus(status)) {
    return msg(str`Device ${id} now has the status ${status}.`, { id: 'table.announce.other' });
  }
  switch (status) {
    case 'WAITING_FOR_CONNECTION':
      return msg(str`Device ${id} is now waiting for connection.`, { id: 'table.announce.WAITING_FOR_CONNECTION' });
    case 'PENDING_ACCEPTANCE':
      return msg(str`Device ${id} is now pending acceptance.`, { id: 'table.announce.PENDING_ACCEPTANCE' });
    case 'ACCEPTED':
      return msg(str`Device ${id} is now accepted.`, { id: 'table.announce.ACCEPTED' });
    case 'BLOCKED':
      return msg(str`Device ${id} is now blocked.`, { id: 'table.announce.BLOCKED' });
  }
}
