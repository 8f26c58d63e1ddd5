/** Registers a tag once: loading two define modules (or the library twice) must not throw. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
