/**
 * A Bloom filter of words: a fixed array of bits, two set by each word added (see {@link filterWord}).
 * It answers "never added" for most words a table does not hold, reading the characters in place: a
 * big table's map (a vocabulary of 15,000 forms) is too big to stay in the processor's cache between
 * two lookups, and a stem cut off a word to be looked up (مساعديه → مساعدي) is a new string to hash
 * each time. It never says "no" to a word added, so a lookup it lets through, or skips, gives the
 * map's answer; it never grows.
 */
export type WordFilter = Int32Array;

/** An empty filter of 2^`log2Bits` bits (5 or more): about ten bits a word keep false answers near 4%. */
export const wordFilter = (log2Bits: number): WordFilter => new Int32Array(1 << (log2Bits - 5));

/**
 * Adds `text.slice(start, end)` to `filter` (`add`), or tests it: false when it was never added,
 * true when it may have been. Its two bits: FNV-1a over its UTF-16 units, then that hash mixed again.
 */
export function filterWord(filter: WordFilter, text: string, start: number, end: number, add: boolean): boolean {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // 32 - log2 of the bits: the top bits of the hash number a bit.
  const shift = Math.clz32(filter.length) - 4;
  for (let k = 0; k < 2; k++, h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)) {
    const bit = h >>> shift;
    if (add) filter[bit >>> 5]! |= 1 << (bit & 31);
    else if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
