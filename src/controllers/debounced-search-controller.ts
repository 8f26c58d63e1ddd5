import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../adapters/registration-error.js';

export const SEARCH_STATUSES = ['idle', 'pending', 'complete', 'error'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export interface DebouncedSearchOptions<T> {
  /** Runs one search; must honour `signal`. */
  search: (text: string, signal: AbortSignal) => Promise<T[]>;
  /** Milliseconds of quiet typing before a search starts (default 250). */
  delay?: number;
  /** Called with a search's failure (not with aborts). */
  onError?: (error: unknown) => void;
}

/**
 * Search-as-you-type: waits until typing pauses, aborts the previous request
 * when a new one starts, and ignores answers that arrive after they were
 * superseded. Pending and failed searches are states the host renders.
 */
export class DebouncedSearchController<T> implements ReactiveController {
  status: SearchStatus = 'idle';
  results: T[] = [];
  error: unknown = undefined;
  /** The text of the latest search (pending or complete). */
  text = '';

  readonly #host: ReactiveControllerHost;
  readonly #options: DebouncedSearchOptions<T>;
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: DebouncedSearchOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Starts a search for `text` after the debounce delay (or at once with `immediate`). */
  search(text: string, { immediate = false }: { immediate?: boolean } = {}): void {
    this.#stop();
    this.text = text;
    this.status = 'pending';
    this.error = undefined;
    this.#host.requestUpdate();
    if (immediate) void this.#run(text);
    else this.#timer = setTimeout(() => void this.#run(text), this.#options.delay ?? 250);
  }

  /** Drops a waiting or running search. */
  cancel(): void {
    this.#stop();
    if (this.status === 'pending') {
      this.status = 'idle';
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #run(text: string): Promise<void> {
    this.#timer = undefined;
    const abort = new AbortController();
    this.#abort = abort;
    try {
      const results = await this.#options.search(text, abort.signal);
      if (abort.signal.aborted) return;
      this.results = results;
      this.status = 'complete';
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.results = [];
      this.error = error;
      this.status = 'error';
      this.#options.onError?.(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      this.#host.requestUpdate();
    }
  }
}
