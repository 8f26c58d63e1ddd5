// Holding an adapter's calls open, to look at a component while its request is under way.

/** Holds the calls of `adapter[method]` until `release()`; `calls()` counts them. */
export function hold<A extends object>(adapter: A, method: keyof A & string): { calls: () => number; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const target = adapter as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[method].bind(adapter);
  target[method] = async (...args: unknown[]) => {
    calls++;
    await released;
    return original(...args);
  };
  return { calls: () => calls, release };
}
