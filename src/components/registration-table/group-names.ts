import type { RegistrationAdapter } from '../../adapters/registration-adapter.js';
import { isAbort } from '../../adapters/registration-error.js';

/** At most this many IDs in one `getGroups` call (they travel in the URL). */
const BATCH = 100;

/**
 * The names of the groups that rows name by ID (a request carries only `groupId`), asked of the
 * adapter's optional `getGroups` for the rows rendered (a long list renders only what is on
 * screen): the IDs met in one render go in one call, each ID once until `reset()`. A row shows the
 * ID until its name is known, and keeps showing it when the group is not found or the call fails.
 * After a failure nothing more is asked until `reset()`, so a broken lookup does not repeat its
 * error on every scroll.
 */
export class GroupNames {
  /** Each ID asked for since the last reset, with its group's name once known. */
  readonly #names = new Map<string, string | undefined>();
  #wanted: string[] = [];
  #adapter?: RegistrationAdapter;
  #abort = new AbortController();
  #failed = false;

  constructor(
    /** Names arrived: the rows should render again. */
    private readonly onNames: () => void,
    /** A call failed (not aborted). */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** What a row shows for this group ID (of a request from this adapter): the group's name once known, else the ID. */
  label(adapter: RegistrationAdapter | undefined, id: string): string {
    if (adapter !== this.#adapter) {
      this.reset();
      this.#adapter = adapter;
    }
    if (this.#names.has(id)) return this.#names.get(id) ?? id;
    if (adapter?.getGroups && !this.#failed) {
      this.#names.set(id, undefined);
      // asked after the render, with every other ID it meets
      if (this.#wanted.push(id) === 1) queueMicrotask(() => this.#ask());
    }
    return id;
  }

  /** Forgets every name and failure (names may have changed) and drops the calls under way. */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#names.clear();
    this.#wanted = [];
    this.#failed = false;
  }

  #ask(): void {
    const wanted = this.#wanted;
    this.#wanted = [];
    const { signal } = this.#abort;
    for (let i = 0; i < wanted.length; i += BATCH) {
      this.#adapter?.getGroups?.(wanted.slice(i, i + BATCH), { signal }).then(
        (groups) => {
          if (signal.aborted || groups.length === 0) return;
          for (const group of groups) this.#names.set(group.id, group.name);
          this.onNames();
        },
        (error: unknown) => {
          if (signal.aborted || isAbort(error) || this.#failed) return;
          this.#failed = true;
          this.onError(error);
        },
      );
    }
  }
}
