/**
 * An ordered collection kept sorted by a total order, stored as a list of small sorted
 * chunks (a one-level B-tree). Insert and remove cost O(log n + CHUNK); reading a page at an
 * offset costs O(n / CHUNK + page size). Used by MemoryAdapter so that `list()` never sorts.
 *
 * The comparator must be a strict total order over the stored items (no two items compare
 * equal), and an item's sort key must not change while it is stored: remove it, change it,
 * insert it again.
 */
const CHUNK = 512;

export class SortedIndex<T> {
  #chunks: T[][] = [];
  #size = 0;
  readonly #compare: (a: T, b: T) => number;

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  get size(): number {
    return this.#size;
  }

  /** Replaces the content with `items`, sorting them once (linear when already in order or reversed). */
  reset(items: T[]): void {
    const sorted = sortInPlace(items.slice(), this.#compare);
    this.#chunks = [];
    for (let i = 0; i < sorted.length; i += CHUNK) this.#chunks.push(sorted.slice(i, i + CHUNK));
    this.#size = sorted.length;
  }

  insert(item: T): void {
    this.#size++;
    if (this.#chunks.length === 0) {
      this.#chunks.push([item]);
      return;
    }
    const c = Math.min(this.#chunkFor(item), this.#chunks.length - 1);
    const chunk = this.#chunks[c];
    chunk.splice(this.#lowerBound(chunk, item), 0, item);
    if (chunk.length > 2 * CHUNK) this.#chunks.splice(c + 1, 0, chunk.splice(CHUNK));
  }

  /** Removes `item` (by identity, located by its key); returns whether it was present. */
  remove(item: T): boolean {
    const c = this.#chunkFor(item);
    if (c >= this.#chunks.length) return false;
    const chunk = this.#chunks[c];
    const i = this.#lowerBound(chunk, item);
    if (chunk[i] !== item) return false;
    chunk.splice(i, 1);
    if (chunk.length === 0) this.#chunks.splice(c, 1);
    this.#size--;
    return true;
  }

  /** Up to `count` items starting at position `offset`, in order. */
  slice(offset: number, count: number): T[] {
    const out: T[] = [];
    if (count <= 0) return out;
    let skip = Math.max(0, offset);
    for (const chunk of this.#chunks) {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        continue;
      }
      for (let i = skip; i < chunk.length && out.length < count; i++) out.push(chunk[i]);
      skip = 0;
      if (out.length >= count) break;
    }
    return out;
  }

  /** Iterates in order; stops when `visit` returns false. Do not modify the index meanwhile. */
  forEach(visit: (item: T) => boolean | void): void {
    for (const chunk of this.#chunks) {
      for (const item of chunk) if (visit(item) === false) return;
    }
  }

  /** Index of the first chunk whose last item is >= item (chunks.length when none). */
  #chunkFor(item: T): number {
    let lo = 0;
    let hi = this.#chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.#chunks[mid];
      if (this.#compare(chunk[chunk.length - 1], item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #lowerBound(chunk: T[], item: T): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(chunk[mid], item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Sorts `items` in place; O(n) when they are already in order or exactly reversed. */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  let inOrder = true;
  let reversed = true;
  for (let i = 1; i < items.length && (inOrder || reversed); i++) {
    const c = compare(items[i - 1], items[i]);
    if (c > 0) inOrder = false;
    if (c < 0) reversed = false;
  }
  if (inOrder) return items;
  return reversed ? items.reverse() : items.sort(compare);
}
