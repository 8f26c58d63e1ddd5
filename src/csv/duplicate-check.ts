// The check that each ID is unique in a bulk file (parse-client.ts runs it on each batch of rows).
import type { RowError, WorkerMessage } from './types.js';

/** What the check reads of a batch from the worker: per row its values' positions and its ID's hash. */
type IdBatch = Pick<Extract<WorkerMessage, { type: 'rows' }>, 'count' | 'width' | 'starts' | 'ends' | 'hashes'>;

/** A row as the check sees it: its values cut on demand, its errors (a duplicate ID is added first). */
export interface CheckedRow {
  readonly line: number;
  errors?: RowError[];
  value(k: number): string;
}

/**
 * The check that an ID is unique in the file, made here rather than in the worker: it runs on
 * each batch while the worker reads the next one. It makes no string per ID: the worker sends a
 * hash of each one, kept here in a table of numbers (open addressing), and two IDs are compared
 * only when their hashes are equal.
 *
 * The worker's hash and the table's slots are public, so a file can be made to defeat them: many
 * IDs of one hash, or many hashes of one slot. Neither may make a row cost more than a bounded
 * amount of work (it would freeze the page): the table keeps only the first ID of each hash, the
 * others go to a Map; and a look-up that steps through too many slots remakes the table with a
 * multiplier the file cannot know.
 */
export class DuplicateCheck {
  /** Slot j: a hash at 2j, and at 2j + 1 the index + 1 among the rows of the first row with an ID of it (0: free). */
  #table = new Int32Array(0);
  #used = 0;
  /** The slots' multiplier (see slotOf): the golden ratio's until a file crowds the slots, then a random one. */
  #multiplier = GOLDEN;
  /**
   * The IDs that are not the first of their hash, each with the index of its first row. Made at
   * the first such ID (most files have none).
   */
  #others?: Map<string, number>;
  /** Rows the worker found valid that are duplicates. */
  newlyInvalid = 0;

  /**
   * Checks the IDs of the batch just appended to `rows` (their value `idK`); `expectedRows`: how
   * many rows the file may have, for the first size of the table (up to a million rows; it grows
   * when that was too few).
   */
  check({ count, width, starts, ends, hashes }: IdBatch, rows: readonly CheckedRow[], idK: number, expectedRows: number): void {
    if (!this.#table.length) {
      const rowsFor = Math.min(Math.max(expectedRows, count, 512), 2 ** 20);
      this.#table = new Int32Array(4 * 2 ** Math.ceil(Math.log2(rowsFor))); // (at most half of the slots used)
    }
    for (let r = 0, index = rows.length - count; r < count; r++, index++) {
      const idLength = ends[r * width + idK] - starts[r * width + idK];
      if (idLength === 0) continue; // (the worker reported it missing)
      // too long to be an ID (it is reported so); and V8 hashes a longer string by its length
      // alone, so a Map of many of them would compare each with all the others
      if (idLength > HASHED_LENGTH) continue;
      const hash = hashes[r];
      const j = this.#slotFor(hash);
      const table = this.#table;
      if (!table[2 * j + 1]) {
        table[2 * j] = hash;
        table[2 * j + 1] = index + 1;
        if (++this.#used * 4 > table.length) this.#remake(table.length * 2, this.#multiplier);
        continue;
      }
      const row = rows[index];
      const id = row.value(idK);
      let first = table[2 * j + 1] - 1;
      if (rows[first].value(idK) !== id) {
        // another ID of the same hash
        const others = (this.#others ??= new Map<string, number>());
        const earlier = others.get(id);
        if (earlier === undefined) {
          others.set(id, index);
          continue;
        }
        first = earlier;
      }
      // first among the row's errors, where validateRow puts it
      if (!row.errors) this.newlyInvalid++;
      row.errors = [{ code: 'duplicate-id', id, firstLine: rows[first].line }, ...(row.errors ?? [])];
    }
  }

  /** The slot holding `hash`, or the free one where it goes. */
  #slotFor(hash: number): number {
    const table = this.#table;
    const mask = table.length / 2 - 1;
    let j = slotOf(hash, mask, this.#multiplier);
    for (let steps = 0; table[2 * j + 1] && table[2 * j] !== hash; steps++, j = (j + 1) & mask) {
      if (steps === MAX_STEPS) {
        this.#remake(table.length, randomMultiplier());
        return this.#slotFor(hash);
      }
    }
    return j;
  }

  /** A table of `length` numbers, each entry moved to its place in it by `multiplier` (at most half of the slots used). */
  #remake(length: number, multiplier: number): void {
    const old = this.#table;
    const table = (this.#table = new Int32Array(length));
    const mask = table.length / 2 - 1;
    this.#multiplier = multiplier;
    for (let o = 0; o < old.length; o += 2) {
      if (!old[o + 1]) continue;
      let j = slotOf(old[o], mask, multiplier);
      while (table[2 * j + 1]) j = (j + 1) & mask;
      table[2 * j] = old[o];
      table[2 * j + 1] = old[o + 1];
    }
  }

  clear(): void {
    this.#table = new Int32Array(0);
    this.#used = 0;
    this.#multiplier = GOLDEN;
    this.#others = undefined;
    this.newlyInvalid = 0;
  }
}

/** 2^32 / φ: spreads hashes counting up (IDs `device-000001`, …) evenly over the slots. (Exported for tests that crowd them.) */
export const GOLDEN = 0x9e3779b1;
/** Slots a look-up steps through before the table is remade (far more than any file not made to crowd them needs). */
const MAX_STEPS = 64;
/** The longest string V8 hashes by its content (IDs may have 255 characters: longer ones are reported too long). */
const HASHED_LENGTH = 16383;

/**
 * The first slot to try for a hash: its top bits after a multiplication (multiplicative hashing:
 * with GOLDEN, Fibonacci hashing). IDs counting up have hashes counting up; their low bits alone
 * would fill long runs of neighbouring slots.
 */
function slotOf(hash: number, mask: number, multiplier: number): number {
  return Math.imul(hash, multiplier) >>> Math.clz32(mask);
}

/** An odd multiplier the file cannot know, for slots it cannot crowd on purpose. */
function randomMultiplier(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] | 1;
}
