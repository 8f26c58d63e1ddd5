import type { SubscribeOptions } from './registration-adapter.js';
import type { RegistrationError } from './registration-error.js';

/**
 * What an adapter keeps of its subscriptions' `onError`/`onRecovered` (`subscribe`'s options), and
 * how it tells them: each in a microtask of its own, so that one that throws keeps no other from
 * hearing; a subscription ended meanwhile hears nothing.
 */
export class LiveWatchers {
  readonly #all = new Set<SubscribeOptions>();

  /** Keeps a subscription's options (its own copy); returns the handle `delete` and `tell` take. */
  add(options: SubscribeOptions | undefined): SubscribeOptions {
    const watcher = { ...options };
    this.#all.add(watcher);
    return watcher;
  }

  delete(watcher: SubscribeOptions): void {
    this.#all.delete(watcher);
  }

  /** `error`: the live updates do not work (`onError`); none: they work again (`onRecovered`). To every subscription, or to `only`. */
  tell(error: RegistrationError | undefined, only?: SubscribeOptions): void {
    for (const watcher of only ? [only] : this.#all) {
      queueMicrotask(() => {
        if (this.#all.has(watcher)) {
          if (error) watcher.onError?.(error);
          else watcher.onRecovered?.();
        }
      });
    }
  }
}
