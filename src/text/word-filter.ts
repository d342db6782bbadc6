/**
 * A Bloom filter of words: a fixed array of bits, two set by each word added. It answers "never
 * added" for most words a table does not hold, reading the characters in place: a big table's
 * map (a vocabulary of 15,000 forms) is too big to stay in the processor's cache between two
 * lookups, and a stem cut off a word to be looked up (مساعديه → مساعدي) is a new string to hash
 * each time. It never says "no" to a word added, so a lookup it lets through, or skips, gives the
 * map's answer; it never grows.
 */
export class WordFilter {
  private readonly bits: Int32Array;

  /** @param log2Bits - log2 of its bits (5 or more): about ten bits a word keep false answers near 4%. */
  constructor(private readonly log2Bits: number) {
    this.bits = new Int32Array(1 << (log2Bits - 5));
  }

  /** Adds `word`. */
  add(word: string): void {
    this.probe(word, 0, word.length, true);
  }

  /** False when `text.slice(start, end)` was never added; true when it may have been. */
  mayHold(text: string, start = 0, end = text.length): boolean {
    return this.probe(text, start, end, false);
  }

  /** Sets (`set`) or tests the two bits of `text.slice(start, end)`: FNV-1a over its UTF-16 units, then that hash mixed again. */
  private probe(text: string, start: number, end: number, set: boolean): boolean {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let k = 0; k < 2; k++, h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)) {
      const bit = h >>> (32 - this.log2Bits);
      if (set) this.bits[bit >>> 5]! |= 1 << (bit & 31);
      else if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
