import { NO_TOKEN, shadowOffset, tokenIndex, type ShadowOffset, type Span, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import type { ShadowText } from '../text/shadow.js';
import { scanToken, tokenTypes } from '../text/tokenize.js';
import { numeralCanStart, scanNumeral, type Numeral } from './numeral.js';
import { readWord, type WordReading } from './words.js';

/** What a token is. `rejected` is a run of digits glued to letters (a code, not a number). */
export type TokenType = 'word' | 'numeral' | 'space' | 'punct' | 'rejected';

const tokenTypeNames: readonly TokenType[] = ['word', 'numeral', 'space', 'punct', 'rejected'];
const WORD = 0;
const NUMERAL = 1;
const SPACE = 2;
const PUNCT = 3;
const REJECTED = 4;

/** Flag bits. A word is foreign when it has a Latin letter or is glued to rejected digits ("A320", "١مليون"). */
const FOREIGN = 1;
/** A space token that holds a line break: navigation never crosses it. */
const LINE_BREAK = 2;

const LINE_FEED = 0x0a;
const HYPHEN = 0x2d;
const WAW = 0x0648;
const TANWEEN_FATH = 0x064b;

/** Texts up to this length get plain arrays, longer ones typed arrays (see `createShadow`). */
const SHORT_TEXT = 512;

type Ints = number[] | Uint8Array | Uint32Array | Int32Array;

/**
 * The token stream of a shadow text: words, whole numerals (digits with their
 * separators, sign, exponent or slash fraction), white space and punctuation.
 *
 * Stored as parallel arrays rather than one object per token: an article has a
 * token every few characters, and allocating them dominated the cost of
 * reading numbers. Navigation is a method of the stream, with one rule for
 * every layer: it moves across spaces on the same line and stops at a line break.
 */
export class TokenStream {
  /** Number of tokens. */
  readonly length: number;
  /** The shadow text the tokens index. */
  readonly shadow: ShadowText;
  private readonly text_: string;
  private readonly types: Ints;
  private readonly starts: Ints;
  private readonly ends: Ints;
  private readonly flags: Ints;
  /** The numerals, dense, and for each token the index of its numeral plus one, or 0 (looked up by every rule). */
  private readonly numerals: Numeral[] = [];
  private readonly numeralIndex: Ints;
  /** Word readings and texts by token, filled on first use. */
  private readonly readings: Array<WordReading | null | undefined>;
  private readonly texts: Array<string | undefined>;
  private readonly tails: Array<string | undefined>;

  constructor(shadow: ShadowText) {
    const text = shadow.text;
    const n = text.length;
    // Long texts: at most one token per scanned token, so count them first (a cheap scan) and size typed
    // arrays to them. Short texts grow plain arrays: no counting pass, no typed array to allocate.
    const short = n <= SHORT_TEXT;
    let capacity = 0;
    if (!short) for (let i = 0; i < n; capacity++) i = Math.floor(scanToken(text, i) / 8);
    const types: Ints = short ? [] : new Uint8Array(capacity);
    const starts: Ints = short ? [] : new Uint32Array(capacity);
    const ends: Ints = short ? [] : new Uint32Array(capacity);
    const flags: Ints = short ? [] : new Uint8Array(capacity);
    // Index of each token's numeral plus one; 0 for none.
    const numeralIndex: Ints = short ? [] : new Int32Array(capacity);
    let count = 0;
    let i = 0;
    while (i < n) {
      const packed = scanToken(text, i);
      const end = Math.floor(packed / 8);
      const tokenType = tokenTypes[(packed & 7) >> 1]!;
      if (tokenType === 'digits' || (tokenType === 'punct' && end - i === 1 && numeralCanStart(text, i))) {
        const numeral = scanNumeral(shadow, shadowOffset(i));
        // Glued to letters after ("١٨٠ميلي") or to a Latin code before ("A320", "F-16"): not a figure.
        // Behind an Arabic word the digits are still a number: a clitic (بـ3000، و500) or a missing space (عام2014).
        let rejected = numeral.gluedToLetters;
        if (count > 0 && ends[count - 1] === i) {
          const prevType = types[count - 1];
          if (prevType === WORD && flags[count - 1]! & FOREIGN) rejected = true;
          if (prevType === REJECTED) rejected = true;
          if (
            prevType === PUNCT &&
            text.charCodeAt(starts[count - 1]!) === HYPHEN &&
            count > 1 &&
            types[count - 2] === WORD &&
            flags[count - 2]! & FOREIGN &&
            ends[count - 2] === starts[count - 1]
          ) {
            rejected = true;
          }
        }
        types[count] = rejected ? REJECTED : NUMERAL;
        starts[count] = i;
        ends[count] = numeral.end;
        flags[count] = 0;
        // Kept for rejected runs too: "2017آخر" is no figure but still a year to the date reader.
        this.numerals.push(numeral);
        numeralIndex[count] = this.numerals.length;
        count++;
        i = numeral.end;
        continue;
      }
      let flag = 0;
      if (tokenType === 'space') {
        for (let k = i; k < end; k++) if (text.charCodeAt(k) === LINE_FEED) flag = LINE_BREAK;
      } else if (tokenType === 'word') {
        // A word glued to rejected digits ("١مليون") is not a number word either.
        if (packed & 1 || (count > 0 && types[count - 1] === REJECTED && ends[count - 1] === i)) flag = FOREIGN;
      }
      types[count] = tokenType === 'word' ? WORD : tokenType === 'space' ? SPACE : PUNCT;
      starts[count] = i;
      ends[count] = end;
      flags[count] = flag;
      numeralIndex[count] = 0;
      count++;
      i = end;
    }
    this.length = count;
    this.shadow = shadow;
    this.text_ = text;
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.numeralIndex = numeralIndex;
    // Sized up front so that filling them out of order keeps them fast arrays, not dictionaries.
    this.readings = new Array<WordReading | null | undefined>(count);
    this.texts = new Array<string | undefined>(count);
    this.tails = short ? [] : new Array<string | undefined>(count);
  }

  /** Kind of token `k`. */
  type(k: TokenIndex): TokenType {
    return tokenTypeNames[this.types[k]!]!;
  }

  /** True when `k` is a token of the stream and a word. */
  isWord(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.types[k] === WORD;
  }

  /** True when `k` is a token of the stream and a numeral (digits read as a number). */
  isNumeral(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.types[k] === NUMERAL;
  }

  /** True when `k` is white space. */
  isSpace(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.types[k] === SPACE;
  }

  /** True when `k` is a punctuation mark, and one of `marks` if given. */
  isPunct(k: TokenIndex, marks?: string): boolean {
    if (k < 0 || k >= this.length || this.types[k] !== PUNCT) return false;
    return marks === undefined || marks.includes(this.text(k));
  }

  /** True when word `k` is foreign to Arabic number reading: it has a Latin letter ("A320") or is glued to rejected digits. */
  isForeign(k: TokenIndex): boolean {
    return this.types[k] === WORD && (this.flags[k]! & FOREIGN) !== 0;
  }

  /** True when space token `k` holds a line break. */
  hasLineBreak(k: TokenIndex): boolean {
    return this.types[k] === SPACE && (this.flags[k]! & LINE_BREAK) !== 0;
  }

  /** Shadow offset where token `k` starts. */
  start(k: TokenIndex): ShadowOffset {
    return this.starts[k]! as ShadowOffset;
  }

  /** Shadow offset just past token `k`. */
  end(k: TokenIndex): ShadowOffset {
    return this.ends[k]! as ShadowOffset;
  }

  /** Shadow text of token `k`. */
  text(k: TokenIndex): string {
    let t = this.texts[k];
    if (t === undefined) {
      t = this.text_.slice(this.starts[k]!, this.ends[k]!);
      this.texts[k] = t;
    }
    return t;
  }

  /**
   * Shadow text of token `k` without its first character, memoised: the stem
   * behind a one-letter clitic (وقال → قال), which every phrase table looks up.
   */
  tail(k: TokenIndex): string {
    let t = this.tails[k];
    if (t === undefined) {
      t = this.text(k).slice(1);
      this.tails[k] = t;
    }
    return t;
  }

  /** Shadow text from the start of token `start` to the end of token `end - 1`. */
  textBetween(start: TokenIndex, end: TokenIndex): string {
    return this.text_.slice(this.starts[start]!, this.ends[end - 1]!);
  }

  /** The original span of tokens `[start, end)` (non-empty), less `skip` leading shadow characters. */
  span(start: TokenIndex, end: TokenIndex, skip = 0): Span {
    return { start: this.shadow.starts[this.starts[start]! + skip]!, end: this.shadow.ends[this.ends[end - 1]! - 1]! };
  }

  /** The original span of a token range. */
  spanOf(range: TokenRange): Span {
    return this.span(range.start, range.end);
  }

  /** The caller's text of tokens `[start, end)` (non-empty). */
  originalText(start: TokenIndex, end: TokenIndex, skip = 0): string {
    const s = this.span(start, end, skip);
    return this.shadow.original.slice(s.start, s.end);
  }

  /** The next token after `k` that is not white space, on the same line; {@link NO_TOKEN} at a line break or the end. */
  next(k: TokenIndex): TokenIndex {
    let j = k + 1;
    while (j < this.length && this.types[j] === SPACE) {
      if (this.flags[j]! & LINE_BREAK) return NO_TOKEN;
      j++;
    }
    return j < this.length ? tokenIndex(j) : NO_TOKEN;
  }

  /** The previous token before `k` that is not white space, on the same line; {@link NO_TOKEN} otherwise. */
  previous(k: TokenIndex): TokenIndex {
    let j = k - 1;
    while (j >= 0 && this.types[j] === SPACE) {
      if (this.flags[j]! & LINE_BREAK) return NO_TOKEN;
      j--;
    }
    return j >= 0 ? tokenIndex(j) : NO_TOKEN;
  }

  /** The token after `k` when it is a word (spaces between, same line); {@link NO_TOKEN} otherwise. */
  nextWord(k: TokenIndex): TokenIndex {
    const j = this.next(k);
    return j >= 0 && this.types[j] === WORD ? j : NO_TOKEN;
  }

  /** The token before `k` when it is a word (spaces between, same line); {@link NO_TOKEN} otherwise. */
  previousWord(k: TokenIndex): TokenIndex {
    const j = this.previous(k);
    return j >= 0 && this.types[j] === WORD ? j : NO_TOKEN;
  }

  /** Number of word tokens in `[start, end)`. */
  wordsBetween(start: TokenIndex, end: TokenIndex): number {
    let words = 0;
    for (let k = Math.max(0, start); k < end && k < this.length; k++) if (this.types[k] === WORD) words++;
    return words;
  }

  /** The numeral of a `numeral` or `rejected` token. */
  numeral(k: TokenIndex): Numeral | undefined {
    const i = this.numeralIndex[k];
    return i ? this.numerals[i - 1] : undefined;
  }

  /** The number-lexicon reading of an Arabic word (null for anything else), memoised. */
  reading(k: TokenIndex): WordReading | null {
    if (this.types[k] !== WORD || this.flags[k]! & FOREIGN) return null;
    let r = this.readings[k];
    if (r === undefined) {
      r = readWord(this.text(k));
      this.readings[k] = r;
    }
    return r;
  }

  /** True when the original of token `k` carries tanween al-fath (ألفاً is the accusative singular, not the dual ألفا). */
  hasTanween(k: TokenIndex): boolean {
    const original = this.shadow.original;
    const to = this.shadow.ends[this.ends[k]! - 1]!;
    for (let i = this.shadow.starts[this.starts[k]!]!; i < to; i++) if (original.charCodeAt(i) === TANWEEN_FATH) return true;
    return false;
  }

  /** True when token `k` is the word و standing alone. */
  isAnd(k: TokenIndex): boolean {
    return this.types[k] === WORD && this.ends[k]! - this.starts[k]! === 1 && this.text_.charCodeAt(this.starts[k]!) === WAW;
  }
}
