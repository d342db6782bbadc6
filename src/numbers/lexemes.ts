import type { ShadowText } from '../text/shadow.js';
import { scanToken, tokenTypes } from '../text/tokenize.js';
import { numeralCanStart, scanNumeral, type Numeral } from './numeral.js';
import { readWord, type WordReading } from './words.js';

/** What a lexeme is. `rejected` is a run of digits glued to letters (a code, not a number). */
export type LexemeType = 'word' | 'numeral' | 'space' | 'punct' | 'rejected';

const lexemeTypes: readonly LexemeType[] = ['word', 'numeral', 'space', 'punct', 'rejected'];
const WORD = 0;
const NUMERAL = 1;
const SPACE = 2;
const PUNCT = 3;
const REJECTED = 4;

const LINE_FEED = 0x0a;
const HYPHEN = 0x2d;

/**
 * The lexemes of a shadow text: words, whole numerals (digits with their
 * separators, sign, exponent or slash fraction), white space and punctuation.
 *
 * Stored as parallel typed arrays rather than one object per token: an
 * article has a token every few characters, and allocating them dominated
 * the cost of reading numbers.
 */
export class Lexemes {
  /** Number of lexemes. */
  readonly length: number;
  private readonly text_: string;
  private readonly types: Uint8Array;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  /** Words: contains a Latin letter, or is glued to rejected digits. Spaces: contains a line break. */
  private readonly flags: Uint8Array;
  /** The numerals, dense, and for each lexeme the index of its numeral plus one, or 0 (looked up by every rule). */
  private readonly numerals: Numeral[] = [];
  private readonly numeralIndex: Int32Array;
  /** Word readings and texts by lexeme index, filled on first use. */
  private readonly readings: Array<WordReading | null | undefined>;
  private readonly texts: Array<string | undefined>;
  private readonly tails: Array<string | undefined>;

  constructor(shadow: ShadowText) {
    const text = shadow.text;
    const n = text.length;
    // At most one lexeme per token: count the tokens first (a cheap scan) and size the arrays to them.
    let tokens = 0;
    for (let i = 0; i < n; tokens++) i = Math.floor(scanToken(text, i) / 8);
    const types = new Uint8Array(tokens);
    const starts = new Uint32Array(tokens);
    const ends = new Uint32Array(tokens);
    const flags = new Uint8Array(tokens);
    // Index of each lexeme's numeral plus one; 0 (the typed array's initial value) for none.
    const numeralIndex = new Int32Array(tokens);
    let count = 0;
    let i = 0;
    while (i < n) {
      const packed = scanToken(text, i);
      const end = Math.floor(packed / 8);
      const tokenType = tokenTypes[(packed & 7) >> 1]!;
      if (tokenType === 'digits' || (tokenType === 'punct' && end - i === 1 && numeralCanStart(text, i))) {
        const numeral = scanNumeral(shadow, i);
        // Glued to letters after ("١٨٠ميلي") or to a Latin code before ("A320", "F-16"): not a figure.
        // Behind an Arabic word the digits are still a number: a clitic (بـ3000، و500) or a missing space (عام2014).
        let rejected = numeral.gluedToLetters;
        if (count > 0 && ends[count - 1] === i) {
          const prevType = types[count - 1];
          if (prevType === WORD && flags[count - 1] === 1) rejected = true;
          if (prevType === REJECTED) rejected = true;
          if (
            prevType === PUNCT &&
            text.charCodeAt(starts[count - 1]!) === HYPHEN &&
            count > 1 &&
            types[count - 2] === WORD &&
            flags[count - 2] === 1 &&
            ends[count - 2] === starts[count - 1]
          ) {
            rejected = true;
          }
        }
        types[count] = rejected ? REJECTED : NUMERAL;
        starts[count] = i;
        ends[count] = numeral.end;
        // Kept for rejected runs too: "2017آخر" is no figure but still a year to the date reader.
        this.numerals.push(numeral);
        numeralIndex[count] = this.numerals.length;
        count++;
        i = numeral.end;
        continue;
      }
      let flag = 0;
      if (tokenType === 'space') {
        for (let k = i; k < end; k++) if (text.charCodeAt(k) === LINE_FEED) flag = 1;
      } else if (tokenType === 'word') {
        // A word glued to rejected digits ("١مليون") is not a number word either.
        flag = packed & 1 || (count > 0 && types[count - 1] === REJECTED && ends[count - 1] === i ? 1 : 0);
      }
      types[count] = tokenType === 'word' ? WORD : tokenType === 'space' ? SPACE : PUNCT;
      starts[count] = i;
      ends[count] = end;
      flags[count] = flag;
      count++;
      i = end;
    }
    this.length = count;
    this.text_ = text;
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.numeralIndex = numeralIndex;
    // Sized up front so that filling them out of order keeps them fast arrays, not dictionaries.
    this.readings = new Array<WordReading | null | undefined>(count);
    this.texts = new Array<string | undefined>(count);
    this.tails = new Array<string | undefined>(count);
  }

  /** Kind of lexeme `k`. */
  type(k: number): LexemeType {
    return lexemeTypes[this.types[k]!]!;
  }

  /** Shadow offset where lexeme `k` starts. */
  start(k: number): number {
    return this.starts[k]!;
  }

  /** Shadow offset just past lexeme `k`. */
  end(k: number): number {
    return this.ends[k]!;
  }

  /** Shadow text of lexeme `k`. */
  text(k: number): string {
    let t = this.texts[k];
    if (t === undefined) {
      t = this.text_.slice(this.starts[k]!, this.ends[k]!);
      this.texts[k] = t;
    }
    return t;
  }

  /**
   * Shadow text of lexeme `k` without its first character, memoised: the stem
   * behind a one-letter clitic (وقال → قال), which every phrase table looks up.
   */
  tail(k: number): string {
    let t = this.tails[k];
    if (t === undefined) {
      t = this.text(k).slice(1);
      this.tails[k] = t;
    }
    return t;
  }

  /** Shadow text from the start of lexeme `start` to the end of lexeme `end - 1`. */
  textBetween(start: number, end: number): string {
    return this.text_.slice(this.starts[start]!, this.ends[end - 1]!);
  }

  /** True for a word with a Latin letter, or white space with a line break. */
  flag(k: number): boolean {
    return this.flags[k] === 1;
  }

  /** The numeral of a `numeral` or `rejected` lexeme. */
  numeral(k: number): Numeral | undefined {
    const i = this.numeralIndex[k];
    return i ? this.numerals[i - 1] : undefined;
  }

  /** The number-lexicon reading of an Arabic word (null for anything else), memoised. */
  reading(k: number): WordReading | null {
    if (this.types[k] !== WORD || this.flags[k] === 1) return null;
    let r = this.readings[k];
    if (r === undefined) {
      r = readWord(this.text(k));
      this.readings[k] = r;
    }
    return r;
  }

  /** True when lexeme `k` is the word و standing alone. */
  isAnd(k: number): boolean {
    return this.types[k] === WORD && this.ends[k]! - this.starts[k]! === 1 && this.text_.charCodeAt(this.starts[k]!) === 0x0648;
  }
}
