import { GOLDEN } from '../../src/csv/duplicate-check.js';

/**
 * `count` distinct 30-bit hashes whose first slot in the duplicate check's table is the first
 * one, or one of the first few, whatever the table's size: the hashes h with h × GOLDEN
 * (mod 2^32) smallest, the slot being its top bits. What a file made to crowd the table sends.
 */
export function slotCrowdingHashes(count: number): number[] {
  let inverse = GOLDEN; // (its inverse modulo 2^32, by Newton's iteration)
  for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(GOLDEN, inverse));
  const hashes: number[] = [];
  for (let x = 0; hashes.length < count; x++) {
    const hash = Math.imul(x, inverse) >>> 0; // (hash × GOLDEN = x)
    if (hash < 2 ** 30) hashes.push(hash);
  }
  return hashes;
}
