/**
 * The hash of an ID that the CSV worker sends with each row: 30 bits (a small integer, cheap to
 * keep in an Int32Array), equal for equal IDs. The page compares two IDs only when their hashes
 * are equal (duplicate-check.ts). Hashes `text` from `start` to `end`.
 */
export function idHash(text: string, start = 0, end = text.length): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}
