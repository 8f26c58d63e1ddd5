import './helpers/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { DuplicateCheck, GOLDEN, type CheckedRow } from '../src/csv/duplicate-check.js';
import { idHash } from '../src/csv/id-hash.js';
import type { RowError } from '../src/csv/types.js';
import { slotCrowdingHashes } from './helpers/crowding-hashes.js';

// The check trusts the hashes the worker sends, so these tests choose them, as a crafted file can
// (the worker's hash is public). They do not time the check (no timing assertions in unit tests):
// they count its work, the IDs it reads (CheckedRow.value) and the entries of its table it reads,
// and stop it when that exceeds a small bound per row. A check whose cost per row grows with the
// file (comparing an ID with each other of its hash, stepping through every slot of a crowded run)
// needs about n²/2 for n such rows, so it fails here at once, rather than after seconds.

/** The rows' values as the worker sends them: a path, then the ID (not the first: the check must use idK). */
const WIDTH = 2;
const ID = 1;
/** The longest ID the check compares (longer ones are reported too long, and not checked). */
const LONGEST_CHECKED_ID = 16383;

/** A line of a synthetic file: its ID, the hash the worker sends for it, the errors the worker found in it. */
interface Line {
  id: string;
  hash: number;
  errors?: RowError[];
}

/** What a check read: rows' IDs, and elements of its table. */
interface Work {
  idReads: number;
  tableReads: number;
}

/**
 * The most work a check may do for a file of `rows` rows: per row, its ID and a first one of its
 * hash read, and a look-up through at most 64 slots of two numbers (then the table is remade with
 * a random multiplier: its reads vary from run to run, from 4 to 30 per row in the crowding test,
 * hence the margin), and the table's remakes, a few reads per row.
 */
function bounded(rows: number): Work {
  return { idReads: 3 * rows, tableReads: 150 * rows };
}

/** A row as parse-client.ts gives it to the check, counting the reads of its values. */
class CountingRow implements CheckedRow {
  errors?: RowError[];
  readonly #work: Work;
  readonly #limits: Work;

  constructor(
    readonly line: number,
    readonly id: string,
    errors: RowError[] | undefined,
    work: Work,
    limits: Work,
  ) {
    this.errors = errors;
    this.#work = work;
    this.#limits = limits;
  }

  value(k: number): string {
    if (++this.#work.idReads > this.#limits.idReads) throw new Error(`the check read more than ${this.#limits.idReads} IDs`);
    return k === ID ? this.id : 'path';
  }
}

interface CheckOptions {
  /** At most this much work for the whole file (the check is stopped when it does more). */
  limits: Work;
  /** Rows per call of check (default: all in one). */
  batchSizes?: number[];
  /** What parse-client.ts estimates from the first batch (default: the number of lines). */
  expectedRows?: number;
}

/**
 * Checks `lines` as parse-client.ts does: batch by batch, each appended to the rows and then
 * checked. The rows' line numbers are 2, 4, 6, … (as if each record took two lines), so a
 * duplicate must name its first row's line, not its index.
 */
function checkFile(check: DuplicateCheck, lines: Line[], { limits, batchSizes = [lines.length], expectedRows = lines.length }: CheckOptions) {
  const work: Work = { idReads: 0, tableReads: 0 };
  const rows: CountingRow[] = [];
  for (let from = 0, b = 0; from < lines.length; b++) {
    const batch = lines.slice(from, from + batchSizes[b % batchSizes.length]);
    const ids = batch.map((line) => line.id);
    const starts = new Uint32Array(batch.length * WIDTH);
    const ends = new Uint32Array(batch.length * WIDTH);
    for (let r = 0, at = 0; r < batch.length; r++) {
      // (positions in the batch's text: "path;<ID>\n" per row)
      starts[r * WIDTH] = at;
      ends[r * WIDTH] = at + 4;
      starts[r * WIDTH + ID] = at + 5;
      ends[r * WIDTH + ID] = at + 5 + ids[r].length;
      at += 6 + ids[r].length;
    }
    const hashes = Int32Array.from(batch, (line) => line.hash);
    batch.forEach((line, r) => rows.push(new CountingRow(2 * (from + r) + 2, line.id, line.errors, work, limits)));
    countingTableReads(work, limits, () => check.check({ count: batch.length, width: WIDTH, starts, ends, hashes }, rows, ID, expectedRows));
    from += batch.length;
  }
  // (else the table is no longer an Int32Array, and its reads are not counted: update countingTableReads)
  expect(work.tableReads, 'reads of the table counted').to.be.above(0);
  return { rows, work };
}

/**
 * Runs `f` with every Int32Array made in it counting the reads of its elements in `work`, and
 * throwing past `limits`: the check keeps its table in one, so this counts the slots its look-ups
 * step through and the entries its remakes move.
 */
function countingTableReads(work: Work, limits: Work, f: () => void): void {
  const RealInt32Array = Int32Array;
  const isIndex = (key: string | symbol) => typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57;
  globalThis.Int32Array = new Proxy(RealInt32Array, {
    construct(target, args: [number]) {
      return new Proxy(new target(...args), {
        get(array, key) {
          if (isIndex(key) && ++work.tableReads > limits.tableReads) throw new Error(`the check read its table more than ${limits.tableReads} times`);
          return Reflect.get(array, key) as unknown;
        },
        set: (array, key, value) => Reflect.set(array, key, value),
      });
    },
  });
  try {
    f();
  } finally {
    globalThis.Int32Array = RealInt32Array;
  }
}

/**
 * What the check found: `line <- first line` for each row it marked a duplicate, and its count of
 * newly invalid rows. Checks that the duplicate error names the row's own ID and comes first, before
 * the worker's errors, and that other rows' errors are untouched.
 */
function found(check: DuplicateCheck, rows: CountingRow[], lines: Line[]) {
  const duplicates = rows.flatMap((row, i) => {
    const [error, ...rest] = row.errors ?? [];
    if (error?.code !== 'duplicate-id') {
      expect(row.errors, `errors of line ${row.line}`).to.equal(lines[i].errors);
      return [];
    }
    expect(error.id, `ID in the error of line ${row.line}`).to.equal(row.id);
    expect(rest, `other errors of line ${row.line}`).to.deep.equal(lines[i].errors ?? []);
    return [`${row.line} <- ${error.firstLine}`];
  });
  return { duplicates, newlyInvalid: check.newlyInvalid };
}

/** What a plain Map of the IDs finds (IDs empty or too long are not checked). */
function expected(rows: CountingRow[], lines: Line[]) {
  const firstLine = new Map<string, number>();
  const duplicates: string[] = [];
  let newlyInvalid = 0;
  rows.forEach((row, i) => {
    if (!row.id || row.id.length > LONGEST_CHECKED_ID) return;
    const first = firstLine.get(row.id);
    if (first === undefined) {
      firstLine.set(row.id, row.line);
      return;
    }
    duplicates.push(`${row.line} <- ${first}`);
    if (!lines[i].errors) newlyInvalid++;
  });
  return { duplicates, newlyInvalid };
}

/** `count` distinct IDs `prefix0`, `prefix1`, …, all of the one worker hash `hash`. */
function sameHashLines(prefix: string, count: number, hash: number): Line[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, hash }));
}

/** `count` IDs of distinct 30-bit hashes that crowd the first slots of the table (see slotCrowdingHashes). */
function slotCrowdingLines(prefix: string, count: number): Line[] {
  return slotCrowdingHashes(count).map((hash) => {
    const x = Math.imul(hash, GOLDEN) >>> 0; // (small: its top bits, the slot, are the first)
    expect(x, 'a hash for the first slots').to.be.lessThan(2 ** 22);
    return { id: `${prefix}${x}`, hash };
  });
}

/** The lines again, each `every`-th one from the `from`-th (a repeat: same ID, same hash), with `errors` if given. */
function repeats(lines: Line[], every: number, from = 0, errors?: RowError[]): Line[] {
  return lines.filter((_, i) => i % every === from).map((line) => ({ ...line, errors }));
}

/** The lines in an order fixed by `seed` (a Fisher-Yates shuffle with a small PRNG). */
function shuffled(lines: Line[], seed: number): Line[] {
  const out = [...lines];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const tooManyFields: RowError[] = [{ code: 'too-many-fields', count: 3, expected: 2 }];

describe('DuplicateCheck (the unique-ID check of a bulk file, on batches made here)', () => {
  it('2^14 distinct IDs of one hash: repeats are found exactly, with at most 3 ID reads and 150 table reads per row', () => {
    const ids = sameHashLines('device-', 2 ** 14, 0x2bad1d);
    // every third appears again (some of those with an error of the worker), every ninth a third time
    const lines = [...ids, ...repeats(ids, 3), ...repeats(ids, 9), ...repeats(ids, 15, 1, tooManyFields)];
    const check = new DuplicateCheck();
    const { rows } = checkFile(check, lines, { limits: bounded(lines.length) });
    expect(found(check, rows, lines)).to.deep.equal(expected(rows, lines));
    expect(check.newlyInvalid).to.equal(5462 + 1821);
  });

  it('50,000 distinct hashes crowding the first slots: repeats are found exactly, with a bounded number of table reads per row and IDs read for repeats only', () => {
    const crowd = slotCrowdingLines('crowd-', 50000);
    const again = [...repeats(crowd, 7, 3), ...repeats(crowd, 1000, 999, tooManyFields)];
    const lines = [...crowd, ...again];
    const check = new DuplicateCheck();
    // (IDs are compared only when their hashes are equal: twice for each repeat, never for the others)
    const { rows } = checkFile(check, lines, { limits: { ...bounded(lines.length), idReads: 2 * again.length } });
    expect(found(check, rows, lines)).to.deep.equal(expected(rows, lines));
    expect(check.newlyInvalid).to.equal(7143);
  });

  it('batches arriving one by one into a table made for too few rows: repeats across batches are found exactly; empty and too long IDs are not checked', () => {
    const ordinary = Array.from({ length: 8000 }, (_, i) => `device-${i}`).map((id) => ({ id, hash: idHash(id) }));
    const twins = sameHashLines('twin-', 2048, 0x1f00d);
    const crowd = slotCrowdingLines('crowd-', 4000);
    // IDs of exactly the longest length checked (of one hash), and longer ones (of another)
    const longest = sameHashLines('', 3, 0x10ad).map((line) => ({ ...line, id: line.id.padStart(LONGEST_CHECKED_ID, 'y') }));
    const tooLong = sameHashLines('', 3, 0x10ae).map((line) => ({ ...line, id: line.id.padStart(LONGEST_CHECKED_ID + 1, 'z') }));
    const empty = Array.from({ length: 20 }, (): Line => ({ id: '', hash: 0 }));
    const all = [...ordinary, ...twins, ...crowd, ...longest, ...tooLong];
    const lines = shuffled([...all, ...empty, ...repeats(all, 5), ...repeats(all, 11, 4, tooManyFields), longest[0], tooLong[0], tooLong[0]], 0x5eed);
    const check = new DuplicateCheck();
    // a first batch of one row (as the worker sends after a long first row), then batches of several sizes
    const { rows } = checkFile(check, lines, {
      batchSizes: [1, 777, 4096, 2500],
      expectedRows: 1,
      limits: bounded(lines.length),
    });
    expect(found(check, rows, lines)).to.deep.equal(expected(rows, lines));
    const flagged = (id: string) => rows.filter((row) => row.id === id && row.errors?.[0].code === 'duplicate-id').length;
    expect([flagged(longest[0].id), flagged(tooLong[0].id), flagged('')]).to.deep.equal([1, 0, 0]);
  });

  it('clear() forgets the file: a second one checked with the same instance is checked on its own', () => {
    const twins = sameHashLines('twin-', 4096, 0x1f00d);
    const crowd = slotCrowdingLines('crowd-', 4000);
    const first = [...twins, ...crowd, ...repeats(twins, 4), ...repeats(crowd, 4)];
    const check = new DuplicateCheck();
    const one = checkFile(check, first, { limits: bounded(first.length) });
    expect(found(check, one.rows, first)).to.deep.equal(expected(one.rows, first));
    expect(check.newlyInvalid).to.equal(2024);

    check.clear();
    // the same IDs, each once (the first of their hash in the first file, and the others), new ones
    // and repeats of those; a smaller file, in several batches
    const fresh = sameHashLines('fresh-', 100, 0x1f00d);
    const second = [...repeats(twins, 2), ...repeats(crowd, 2), ...fresh, ...repeats(fresh, 3, 0, tooManyFields), ...repeats(fresh, 3, 1)];
    const two = checkFile(check, second, { batchSizes: [500], expectedRows: 10, limits: bounded(second.length) });
    expect(found(check, two.rows, second)).to.deep.equal(expected(two.rows, second));
    expect(check.newlyInvalid).to.equal(33);
  });
});
