import { NO_TOKEN, shadowOffset, tokenIndex, type ShadowOffset, type Span, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { foldedInPlace, unfoldedShadow, type ShadowText } from '../text/shadow.js';
import { isArabicLetter, isSpace, SCANNED_DIGITS, SCANNED_PUNCT, SCANNED_SPACE, SCANNED_WORD, scanToken } from '../text/tokenize.js';
import { numeralCanStart, scanNumeral, type Numeral } from './numeral.js';
import { childNode, lexiconTrie, readWordAt, wholeWordReading, type SensesByType, type WordReading } from './words.js';

/** What a token is. `rejected` is a run of digits glued to letters (a code, not a number). */
export type TokenType = 'word' | 'numeral' | 'space' | 'punct' | 'rejected';

const tokenTypeNames: readonly TokenType[] = ['word', 'numeral', 'space', 'punct', 'rejected'];
// From 1: a kind of 0 (what an index outside the stream reads) is no type at all.
const WORD = 1;
const NUMERAL = 2;
const SPACE = 3;
const PUNCT = 4;
const REJECTED = 5;
/** The type is the low three bits of a token's kind. */
const TYPE_MASK = 7;

/** Flag bits of a token's kind. A word is foreign when it has a Latin letter or is glued to rejected digits ("A320", "١مليون"). */
const FOREIGN = 8;
/** A space token that holds a line break: navigation never crosses it. */
const LINE_BREAK = 16;
/** Above the flags, a numeral or rejected token keeps the index of its numeral plus one. */
const NUMERAL_SHIFT = 5;

const LINE_FEED = 0x0a;
const HYPHEN = 0x2d;
const WAW = 0x0648;
const TANWEEN_FATH = 0x064b;

/**
 * True when the letters glued after a numeral at shadow offset `end` are a
 * scale word: "120مليار" is 120 billion with a missing space, whereas
 * "١٨٠ميلي" and "٤من" stay codes, not figures.
 */
function gluedToScale(text: string, end: number): boolean {
  const wordEnd = scanToken(text, end) >>> 3;
  return readWordAt(text, end, wordEnd)?.sense.scale !== undefined;
}

/**
 * The tokens of a shadow text as the number grammar reads them: words, whole
 * numerals (digits with their separators, sign, exponent or slash fraction),
 * white space and punctuation, with the few steps the grammar takes (next,
 * the reading of a word: it reads forwards only). `parseArabicNumber` builds only
 * this, so that importing it alone leaves the navigation of the layers above
 * ({@link TokenStream}) out of the bundle.
 *
 * Stored in one array of small integers rather than one object per token: an
 * article has a token every few characters, and allocating them dominated the
 * cost of reading numbers. Tokens tile the text, so a token's start and the
 * next token's start are its two ends; beside each start sits the token's
 * kind, which packs its type, flags and numeral. The array is plain for every
 * length of text: one representation keeps every reader of the stream on one
 * fast path, whether it last read a figure of ten characters or an article,
 * and a short text allocates nothing sized ahead.
 *
 * Navigation moves across spaces on the same line and stops at a line break,
 * with one rule for every layer.
 */
export class NumberTokens {
  /** Number of tokens. */
  readonly length: number;
  /** The shadow text the tokens index. */
  readonly shadow: ShadowText;
  protected readonly text_: string;
  /**
   * Two cells per token: the shadow offset where it starts, then its kind
   * (type | flags | (numeral index + 1) << NUMERAL_SHIFT); then the length of
   * the text, where a token after the last would start.
   */
  protected readonly cells: number[];
  /** The numerals of `numeral` and `rejected` tokens, in order (allocated with the first). */
  private readonly numerals: Numeral[] | null;
  /**
   * Word readings by token, filled on first use. The table is allocated on
   * first use too, sized to the tokens so that filling it out of order keeps
   * it a fast array, not a dictionary: a figure in digits never needs one.
   */
  private readings: Array<WordReading | null | undefined> | undefined;

  /**
   * Reads the tokens of `shadow`, or takes them as {@link readUnfoldedTokens} read
   * them: `cells` in the layout above, and the readings it made (also when it
   * left the cutting to the constructor: those words stand where it cuts them).
   */
  constructor(shadow: ShadowText, cells?: number[], readings?: Array<WordReading | undefined>) {
    const text = shadow.text;
    let numerals: Numeral[] | null = null;
    if (!cells) {
      cells = [];
      const n = text.length;
      let count = 0;
      let i = 0;
      while (i < n) {
        const packed = scanToken(text, i);
        const end = packed >>> 3;
        const scanned = (packed & 7) >> 1;
        if (scanned === SCANNED_DIGITS || (scanned === SCANNED_PUNCT && end - i === 1 && numeralCanStart(text, i))) {
          const numeral = scanNumeral(shadow, shadowOffset(i));
          // Glued to letters after ("١٨٠ميلي") or to a Latin code before ("A320", "F-16"): not a figure.
          // Behind an Arabic word the digits are still a number: a clitic (بـ3000، و500) or a missing space (عام2014).
          let rejected = numeral.gluedToLetters && !gluedToScale(text, numeral.end);
          if (count > 0) {
            const previous = cells[2 * count - 1]!;
            const previousType = previous & TYPE_MASK;
            if (previousType === WORD && previous & FOREIGN) rejected = true;
            if (previousType === REJECTED) rejected = true;
            if (
              previousType === PUNCT &&
              text.charCodeAt(cells[2 * count - 2]!) === HYPHEN &&
              count > 1 &&
              (cells[2 * count - 3]! & (TYPE_MASK | FOREIGN)) === (WORD | FOREIGN)
            ) {
              rejected = true;
            }
          }
          // Kept for rejected runs too: "2017آخر" is no figure but still a year to the date reader.
          numerals ??= [];
          numerals.push(numeral);
          cells.push(i, (rejected ? REJECTED : NUMERAL) | (numerals.length << NUMERAL_SHIFT));
          count++;
          i = numeral.end;
          continue;
        }
        let kind: number;
        if (scanned === SCANNED_SPACE) {
          kind = SPACE;
          for (let k = i; k < end; k++) if (text.charCodeAt(k) === LINE_FEED) kind = SPACE | LINE_BREAK;
        } else if (scanned === SCANNED_WORD) {
          kind = WORD;
          // A word glued to rejected digits ("١مليون") is not a number word either.
          if (packed & 1 || (count > 0 && (cells[2 * count - 1]! & TYPE_MASK) === REJECTED)) kind = WORD | FOREIGN;
        } else {
          kind = PUNCT;
        }
        cells.push(i, kind);
        count++;
        i = end;
      }
      cells.push(n);
    }
    this.length = cells.length >> 1;
    this.shadow = shadow;
    this.text_ = text;
    this.cells = cells;
    this.numerals = numerals;
    this.readings = readings;
  }

  /** Shadow offset where token `k` starts (`length` gives the end of the text). */
  protected startOf(k: number): number {
    return this.cells[2 * k]!;
  }

  /**
   * The kind of token `k`: 0 outside the stream. The bounds are checked, never read past: an array
   * read at a negative index (NO_TOKEN) is a lookup of a property named "-1", and one such read
   * turns the read's cache generic for every later call. Fifteen reads at NO_TOKEN in 300 articles
   * made every token's kind slow to read (extractQuantClaims took 15–25% longer).
   */
  protected kindOf(k: number): number {
    return k >= 0 && k < this.length ? this.cells[2 * k + 1]! : 0;
  }

  /** The type bits of token `k` (the caller checks the bounds). */
  protected typeOf(k: number): number {
    return this.kindOf(k) & TYPE_MASK;
  }

  /** True when `k` is a token of the stream and a word. */
  isWord(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.typeOf(k) === WORD;
  }

  /** True when `k` is a token of the stream and a numeral (digits read as a number). */
  isNumeral(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.typeOf(k) === NUMERAL;
  }

  /** True when `k` is white space. */
  isSpace(k: TokenIndex): boolean {
    return k >= 0 && k < this.length && this.typeOf(k) === SPACE;
  }

  /** True when word `k` is foreign to Arabic number reading: it has a Latin letter ("A320") or is glued to rejected digits. */
  isForeign(k: TokenIndex): boolean {
    return (this.kindOf(k) & (TYPE_MASK | FOREIGN)) === (WORD | FOREIGN);
  }

  /** Shadow offset where token `k` starts. */
  start(k: TokenIndex): ShadowOffset {
    return this.startOf(k) as ShadowOffset;
  }

  /** Shadow offset just past token `k`. */
  end(k: TokenIndex): ShadowOffset {
    return this.startOf(k + 1) as ShadowOffset;
  }

  /** Shadow text of token `k` (folded here when the shadow is the caller's string, see `unfoldedShadow`). */
  text(k: TokenIndex): string {
    const text = this.text_.slice(this.startOf(k), this.startOf(k + 1));
    return this.shadow.unfolded ? foldWord(text) : text;
  }

  /** The next token after `k` that is not white space, on the same line; {@link NO_TOKEN} at a line break or the end. */
  next(k: TokenIndex): TokenIndex {
    let j = k + 1;
    while (j < this.length && this.typeOf(j) === SPACE) {
      if (this.kindOf(j) & LINE_BREAK) return NO_TOKEN;
      j++;
    }
    return j < this.length ? tokenIndex(j) : NO_TOKEN;
  }

  /** The numeral of a `numeral` or `rejected` token. */
  numeral(k: TokenIndex): Numeral | undefined {
    const i = this.kindOf(k) >> NUMERAL_SHIFT;
    return i ? this.numerals![i - 1] : undefined;
  }

  /** The number-lexicon reading of an Arabic word (null for anything else), memoised. */
  reading(k: TokenIndex): WordReading | null {
    if ((this.kindOf(k) & (TYPE_MASK | FOREIGN)) !== WORD) return null;
    const readings = (this.readings ??= new Array<WordReading | null | undefined>(this.length));
    let r = readings[k];
    if (r === undefined) {
      r = readWordAt(this.text_, this.startOf(k), this.startOf(k + 1));
      readings[k] = r;
    }
    return r;
  }

  /** The senses of word `k` when it is a number word written without a clitic (عشر، فاصلة، على), else undefined. */
  bareSenses(k: TokenIndex): SensesByType | undefined {
    const r = k >= 0 ? this.reading(k) : null;
    return r !== null && r.prefix === '' ? r.sense : undefined;
  }

  /** True when the original of token `k` carries tanween al-fath (ألفاً is the accusative singular, not the dual ألفا). */
  hasTanween(k: TokenIndex): boolean {
    const original = this.shadow.original;
    const to = this.shadow.ends[this.startOf(k + 1) - 1]!;
    for (let i = this.shadow.starts[this.startOf(k)]!; i < to; i++) if (original.charCodeAt(i) === TANWEEN_FATH) return true;
    return false;
  }

  /** True when token `k` is the word و standing alone. */
  isAnd(k: TokenIndex): boolean {
    return this.typeOf(k) === WORD && this.startOf(k + 1) - this.startOf(k) === 1 && this.text_.charCodeAt(this.startOf(k)) === WAW;
  }
}

/**
 * The tokens of a short string in one pass, for `parseArabicNumber`: while it
 * checks that the string may stay unfolded (`unfoldedShadow`), it cuts the
 * words and the spaces and walks each word down the number lexicon's trie,
 * so that a cell of a column of figures ("ثلاثة آلاف وخمسمئة") is read once
 * rather than three times (checked, cut, looked up). A number word written
 * whole is read here; any other word is read on first use, as in a stream
 * the constructor builds (a clitic before a number word: وخمسمئة). At a
 * digit, a punctuation mark or a Latin letter it stops cutting and only
 * checks; the constructor then cuts the string, keeping the readings made
 * before. Null for a long string and
 * for one that must be folded (`createPlainShadow`). A function rather than a
 * method of the class, so that a bundle without `parseArabicNumber` leaves it out.
 */
export function readUnfoldedTokens(text: string): NumberTokens | null {
  const shadow = unfoldedShadow(text);
  if (shadow === null) return null;
  const trie = lexiconTrie();
  let cells: number[] | null = [];
  const readings: Array<WordReading | undefined> = [];
  // The trie node of the word being cut (-1 once no number word goes on so), and the tokens cut.
  let node = 0;
  let count = 0;
  // The kind of the last token cut (0 before the first), kept here rather than read back from the cells at every letter.
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldedInPlace(code);
    if (folded < 0) return null;
    if (cells === null) continue;
    if (isArabicLetter(code)) {
      if (last !== WORD) {
        cells.push(i, (last = WORD));
        count++;
        node = 0;
      }
      if (node >= 0) node = childNode(trie, node, folded);
    } else if (isSpace(code)) {
      if (last === WORD && node > 0) readings[count - 1] = wholeWordReading(node);
      if ((last & TYPE_MASK) !== SPACE) {
        cells.push(i, (last = SPACE));
        count++;
      }
      if (code === LINE_FEED) cells[2 * count - 1] = last = SPACE | LINE_BREAK;
    } else {
      cells = null;
    }
  }
  // The words read before a digit or a mark stand where the constructor cuts them too.
  if (cells === null) return new NumberTokens(shadow, undefined, readings);
  if (last === WORD && node > 0) readings[count - 1] = wholeWordReading(node);
  cells.push(text.length);
  return new NumberTokens(shadow, cells, readings);
}

/**
 * The token stream of a document (`TextDocument`): the number tokens
 * and the navigation every layer above shares (nextWord, previousWord,
 * wordsBetween, spans of the caller's string …). Navigation is a method of
 * the stream, with one rule for every layer: it moves across spaces on the
 * same line and stops at a line break.
 */
export class TokenStream extends NumberTokens {
  /**
   * The number of each token's text, read once while the stream is built: tokens with the same
   * text share a number (every "في" of an article, every space). The layers above look words up
   * in their tables by these numbers, once per distinct text rather than once per token (a news
   * article repeats its words), and each text is kept once rather than once per token, which
   * spares the collector a copy of every word of a long document.
   */
  private readonly textIds: Int32Array;
  /** The distinct texts, by number. */
  private readonly texts: readonly string[];
  /** Tails by text number, filled and allocated on first use. */
  private tails: Array<string | undefined> | undefined = undefined;

  constructor(shadow: ShadowText) {
    super(shadow);
    const { cells, text_: text } = this;
    const ids = new Int32Array(this.length);
    const numbers = new Map<string, number>();
    const texts: string[] = [];
    for (let k = 0; k < this.length; k++) {
      const t = text.slice(cells[2 * k]!, cells[2 * k + 2]!);
      let id = numbers.get(t);
      if (id === undefined) {
        id = texts.length;
        numbers.set(t, id);
        texts.push(t);
      }
      ids[k] = id;
    }
    this.textIds = ids;
    this.texts = texts;
  }

  /** Shadow text of token `k`, read once per distinct text: the layers above read the same words again and again. */
  override text(k: TokenIndex): string {
    // Outside the stream (NO_TOKEN) the text is empty, and no array is read at a negative index (see kindOf).
    if (k < 0) return '';
    const id = this.textIds[k];
    return id === undefined ? super.text(k) : this.texts[id]!;
  }

  /** Word readings by text number, filled and allocated on first use. */
  private textReadings: Array<WordReading | null | undefined> | undefined = undefined;

  /** Word readings are memoised by text: a word is read once per document. */
  override reading(k: TokenIndex): WordReading | null {
    if ((this.kindOf(k) & (TYPE_MASK | FOREIGN)) !== WORD) return null;
    const id = this.textIds[k]!;
    const readings = (this.textReadings ??= new Array<WordReading | null | undefined>(this.texts.length));
    let r = readings[id];
    if (r === undefined) {
      r = readWordAt(this.text_, this.startOf(k), this.startOf(k + 1));
      readings[id] = r;
    }
    return r;
  }

  /**
   * The number of token `k`'s text in this stream, from 0 to {@link distinctTexts} - 1: two tokens
   * have the same number exactly when they have the same shadow text. A table read once per
   * distinct word (see src/syntax/phrases.ts) keeps its answers in an array by this number.
   */
  textId(k: TokenIndex): number {
    return this.textIds[k]!;
  }

  /** How many distinct texts the tokens have: one more than the largest {@link textId}. */
  get distinctTexts(): number {
    return this.texts.length;
  }

  /** True when `k` is a punctuation mark, and one of `marks` if given. */
  isPunct(k: TokenIndex, marks?: string): boolean {
    if (k < 0 || k >= this.length || this.typeOf(k) !== PUNCT) return false;
    return marks === undefined || marks.includes(this.text(k));
  }

  /** The previous token before `k` that is not white space, on the same line; {@link NO_TOKEN} otherwise. */
  previous(k: TokenIndex): TokenIndex {
    let j = k - 1;
    while (j >= 0 && this.typeOf(j) === SPACE) {
      if (this.kindOf(j) & LINE_BREAK) return NO_TOKEN;
      j--;
    }
    return j >= 0 ? tokenIndex(j) : NO_TOKEN;
  }

  /** Kind of token `k`. */
  type(k: TokenIndex): TokenType {
    return tokenTypeNames[this.typeOf(k) - 1]!;
  }

  /** True when space token `k` holds a line break. */
  hasLineBreak(k: TokenIndex): boolean {
    return (this.kindOf(k) & (TYPE_MASK | LINE_BREAK)) === (SPACE | LINE_BREAK);
  }

  /**
   * Shadow text of token `k` without its first character, memoised by text: the stem
   * behind a one-letter clitic (وقال → قال), which every phrase table looks up.
   */
  tail(k: TokenIndex): string {
    const id = this.textIds[k];
    if (id === undefined) return this.text(k).slice(1);
    const tails = (this.tails ??= new Array<string | undefined>(this.texts.length));
    let t = tails[id];
    if (t === undefined) {
      t = this.texts[id]!.slice(1);
      tails[id] = t;
    }
    return t;
  }

  /** The original span of tokens `[start, end)` (non-empty), less `skip` leading shadow characters. */
  span(start: TokenIndex, end: TokenIndex, skip = 0): Span {
    return { start: this.shadow.starts[this.startOf(start) + skip]!, end: this.shadow.ends[this.startOf(end) - 1]! };
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

  /** The token after `k` when it is a word (spaces between, same line); {@link NO_TOKEN} otherwise. */
  nextWord(k: TokenIndex): TokenIndex {
    const j = this.next(k);
    return j >= 0 && this.typeOf(j) === WORD ? j : NO_TOKEN;
  }

  /** The token before `k` when it is a word (spaces between, same line); {@link NO_TOKEN} otherwise. */
  previousWord(k: TokenIndex): TokenIndex {
    const j = this.previous(k);
    return j >= 0 && this.typeOf(j) === WORD ? j : NO_TOKEN;
  }

  /** Number of word tokens in `[start, end)`. */
  wordsBetween(start: TokenIndex, end: TokenIndex): number {
    let words = 0;
    for (let k = Math.max(0, start); k < end && k < this.length; k++) if (this.typeOf(k) === WORD) words++;
    return words;
  }
}
