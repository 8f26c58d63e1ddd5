import { msg, str } from '@lit/localize';
import type { RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { isAbort } from '../../adapters/registration-error.js';
import { errorText } from '../../i18n/error-text.js';
import type { TableHost } from './table-host.js';

/** At most this many IDs in one `getGroups` call (they travel in the URL). */
const BATCH = 100;

/**
 * The names of the groups that rows name by ID (a request carries only `groupId`), asked of the
 * adapter's optional `getGroups` for the rows rendered (a long list renders only what is on
 * screen): the IDs met in one render go in one call, each ID once until `refresh()`. A row shows the
 * ID until its name is known, and shows it when the group is not found or a call fails.
 * After a failure nothing more is asked until `refresh()`, so a broken lookup does not repeat its
 * error on every scroll. Loaded by the table when a row first names a group.
 */
export class GroupNames {
  /** The names known, by group ID (kept through a refresh, so the rows do not fall back to IDs meanwhile). */
  readonly #names = new Map<string, string>();
  /** The IDs asked for since the last refresh. */
  readonly #asked = new Set<string>();
  #wanted: string[] = [];
  /** The adapter the names are of. */
  #adapter?: RegistrationAdapter;
  #abort = new AbortController();
  #failed = false;

  constructor(private readonly host: TableHost) {}

  /** What a row shows for this group ID: the group's name once known, else the ID. */
  label(id: string): string {
    const adapter = this.host.adapter;
    if (adapter !== this.#adapter) {
      this.refresh();
      this.#names.clear(); // another adapter's names
      this.#adapter = adapter;
    }
    if (adapter?.getGroups && !this.#failed && !this.#asked.has(id)) {
      this.#asked.add(id);
      // asked after the render, with every other ID it meets
      if (this.#wanted.push(id) === 1) queueMicrotask(() => this.#ask());
    }
    return this.#names.get(id) ?? id;
  }

  /**
   * Asks again for the names as rows render (they may have changed) and forgets a failure; drops the
   * calls under way. The names known stay shown until the new answers replace them.
   */
  refresh(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#asked.clear();
    this.#wanted = [];
    this.#failed = false;
  }

  #ask(): void {
    const wanted = this.#wanted;
    this.#wanted = [];
    const { signal } = this.#abort;
    const adapter = this.#adapter;
    for (let i = 0; i < wanted.length; i += BATCH) {
      const ids = wanted.slice(i, i + BATCH);
      // an answer counts only while the table shows this adapter's requests (else its IDs are asked again when shown)
      const current = () => {
        if (signal.aborted) return false;
        if (this.host.adapter === adapter) return true;
        for (const id of ids) this.#asked.delete(id);
        return false;
      };
      adapter?.getGroups?.(ids, { signal }).then(
        (groups) => {
          if (!current()) return;
          for (const id of ids) this.#names.delete(id); // not in the answer: gone (or never there)
          for (const group of groups) if (group.name) this.#names.set(group.id, group.name);
          this.host.table.requestUpdate();
        },
        (error: unknown) => {
          if (!current() || isAbort(error) || this.#failed) return;
          this.#failed = true;
          this.#names.clear(); // the IDs, as the notice says (not names from before a reload)
          this.host.table.requestUpdate();
          this.#failedWith(error);
        },
      );
    }
  }

  /**
   * The rows keep showing group IDs, and a notice says why, unless the user may not read groups at
   * all (a read-only user often may not): for them IDs are what the column shows, not a failure to
   * warn about on every visit.
   */
  #failedWith(error: unknown): void {
    const reported = this.host.reportError('getGroups', error);
    if (reported.code === 'forbidden') return;
    this.host.notify(() =>
      msg(str`The group names could not be loaded: ${errorText(reported)} The group IDs are shown instead.`, {
        id: 'table.groupNamesFailed',
      }),
    );
  }
}
