/**
 * For a story of a part that could not be loaded: replaces `loaders[key]` with a load that fails
 * once (as over a dropped connection) and works after that, so the story's "Try again" works.
 * Returns the cleanup that puts the loader back (a `beforeEach`'s return value).
 */
export function failOnce<K extends string, L extends Record<K, () => Promise<unknown>>>(loaders: L, key: K): () => void {
  const load = loaders[key];
  let failed = false;
  loaders[key] = (() => (failed ? load() : ((failed = true), Promise.reject(new TypeError('Failed to fetch dynamically imported module (story)'))))) as L[K];
  return () => {
    loaders[key] = load;
  };
}
