/**
 * A Bloom filter of words: a fixed array of bits, two set by each word added. It answers "never
 * added" for most words a table does not hold, reading the characters in place: a big table's
 * map (a vocabulary of 15,000 forms) is too big to stay in the processor's cache between two
 * lookups, and a stem cut off a word to be looked up (مساعديه → مساعدي) is a new string to hash
 * each time. The filter answers only for words added, never "no" to one of them, so a lookup it
 * lets through, or skips, gives the map's answer; it never grows.
 */
export class WordFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  /** @param log2Bits - log2 of its bits: about ten bits a word keeps false answers near 4%. */
  constructor(log2Bits: number) {
    this.bits = new Int32Array(1 << Math.max(0, log2Bits - 5));
    this.mask = (1 << log2Bits) - 1;
    this.shift = 32 - log2Bits;
  }

  /** Adds `word`. */
  add(word: string): void {
    const h = hashOf(word, 0, word.length);
    const a = h & this.mask;
    const b = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> this.shift;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** False when `text.slice(start, end)` was never added; true when it may have been. */
  mayHold(text: string, start = 0, end = text.length): boolean {
    return this.mayHoldHash(hashOf(text, start, end));
  }

  /** {@link mayHold} for a word's {@link hashOf}. */
  mayHoldHash(h: number): boolean {
    const a = h & this.mask;
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> this.shift;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** FNV-1a over the UTF-16 units of `text.slice(start, end)`, read in place. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
