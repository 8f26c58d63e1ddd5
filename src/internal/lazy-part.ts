import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element loaded on first use (a wizard's result step, the menu's drop-down…), so the
 * element's own chunk stays small. `load()` resolves to the module, or to `undefined` when it
 * cannot be loaded (offline, a new deployment removed the chunk): the element then shows why.
 * A failed load is requested again on the next `load()`: browsers fetch a module anew after a
 * failed fetch (whatwg/html#10327), so the elements' messages ask to try again.
 */
export class LazyPart<T> {
  /** The module, once loaded. */
  module?: T;
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  #pending?: Promise<T | undefined>;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
  }

  /** The load under way, if any. */
  get loading(): Promise<T | undefined> | undefined {
    return this.#pending;
  }

  load(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    return (this.#pending ??= this.#load()
      .then(
        (module) => {
          this.module = module;
          return module;
        },
        (error: unknown) => {
          console.error('devreg: a part could not be loaded', error);
          return undefined;
        },
      )
      .finally(() => {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }));
  }
}
