import type { CSSResult, ReactiveControllerHost } from 'lit';

/**
 * A part of an element loaded on first use (a wizard's result step, its bulk upload…), so the
 * element's own chunk stays small. `load()` resolves to the module, or to `undefined` when it
 * cannot be loaded (offline, a new deployment removed the chunk): the element then shows why.
 * A failed load is tried again on the next `load()`.
 */
export class LazyPart<T> {
  /** The module, once loaded. */
  module?: T;
  /** The last load failed. */
  failed = false;
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  #pending?: Promise<T | undefined>;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
  }

  load(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    return (this.#pending ??= this.#load()
      .then(
        (module) => {
          this.module = module;
          this.failed = false;
          return module;
        },
        (error: unknown) => {
          console.error('devreg: a part of the form could not be loaded', error);
          this.failed = true;
          return undefined;
        },
      )
      .finally(() => {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }));
  }
}

/** Adds a lazily loaded part's styles to an element's shadow root (once). */
export function addStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // no constructable style sheets: a <style> element, as Lit falls back to (before Lit's
  // render markers, so a render never removes it)
  if ([...root.querySelectorAll('style')].some((s) => s.textContent === styles.cssText)) return;
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.prepend(style);
}
