import { NO_TOKEN, type ShadowOffset, type Span, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { foldedInPlace, unfoldedShadow, type ShadowText } from '../text/shadow.js';
import { isArabicLetter, isSpace, SCANNED_DIGITS, SCANNED_PUNCT, SCANNED_SPACE, SCANNED_WORD, scanToken } from '../text/tokenize.js';
import { numeralCanStart, scanNumeral, type Numeral } from './numeral.js';
import { childNode, lexiconTrie, readWordAt, trieLetter, wholeWordReading, type SensesByType, type WordReading } from './words.js';

/** What a token is. `rejected` is a run of digits glued to letters (a code, not a number). */
export type TokenType = 'word' | 'numeral' | 'space' | 'punct' | 'rejected';

const tokenTypeNames: readonly TokenType[] = ['word', 'numeral', 'space', 'punct', 'rejected'];
/**
 * A token's kind, packed in one small integer (a const enum: the bundle holds the numbers, not
 * names for them). From 1: a kind of 0 (what an index outside the stream reads) is no type at all.
 */
const enum Kind {
  Word = 1,
  Numeral,
  Space,
  Punct,
  Rejected,
  /** The type is the low three bits of a token's kind. */
  TypeMask = 7,
  /** Flag bits of a token's kind. A word is foreign when it has a Latin letter or is glued to rejected digits ("A320", "١مليون"). */
  Foreign = 8,
  /** A space token that holds a line break: navigation never crosses it. */
  LineBreak = 16,
  /**
   * Above the flags, a numeral or rejected token keeps the index of its numeral plus one, and a word
   * cut by {@link readUnfoldedTokens} the trie node its letters lead to (see `wholeWordReading`).
   */
  NumeralShift = 5,
}

/** The code units the tokens look for. */
const enum Code {
  LineFeed = 0x0a,
  Hyphen = 0x2d,
  Waw = 0x0648,
  TanweenFath = 0x064b,
}

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
   * (type | flags | (numeral index + 1 or trie node) << Kind.NumeralShift); then the length of
   * the text, where a token after the last would start.
   */
  protected cells: number[] | Int32Array;
  /** The numerals of `numeral` and `rejected` tokens, in order (allocated with the first). */
  private readonly numerals: Numeral[] | null;
  /**
   * Word readings by token, filled on first use. The table is allocated on
   * first use too, sized to the tokens so that filling it out of order keeps
   * it a fast array, not a dictionary: a figure in digits never needs one.
   */
  private readings: Array<WordReading | null | undefined> | undefined;

  /**
   * Reads the tokens of `shadow`, or takes them as {@link readUnfoldedTokens} cut them: `cells` in the
   * layout above. `room`, when given, is where the cells are written (two per code unit and one:
   * tokens never outnumber code units), else a plain array grows (see {@link TokenStream}).
   */
  constructor(shadow: ShadowText, cells?: number[] | Int32Array, room?: Int32Array) {
    const text = shadow.text;
    let numerals: Numeral[] | null = null;
    let used = cells?.length ?? 0;
    if (!cells) {
      const store = (cells = room ?? []);
      const n = text.length;
      // Two cells per token so far: the last token's kind is the cell before `used`.
      let i = 0;
      while (i < n) {
        const packed = scanToken(text, i);
        const end = packed >>> 3;
        const scanned = (packed & 7) >> 1;
        if (scanned === SCANNED_DIGITS || (scanned === SCANNED_PUNCT && end - i === 1 && numeralCanStart(text, i))) {
          const numeral = scanNumeral(shadow, i as ShadowOffset);
          // Glued to letters after ("١٨٠ميلي") or to a Latin code before ("A320", "F-16"): not a figure.
          // Behind an Arabic word the digits are still a number: a clitic (بـ3000، و500) or a missing space (عام2014).
          let rejected = numeral.gluedToLetters && !gluedToScale(text, numeral.end);
          if (used > 0) {
            const previous = store[used - 1]!;
            const previousType = previous & Kind.TypeMask;
            if (previousType === Kind.Word && previous & Kind.Foreign) rejected = true;
            if (previousType === Kind.Rejected) rejected = true;
            if (
              previousType === Kind.Punct &&
              text.charCodeAt(store[used - 2]!) === Code.Hyphen &&
              used > 2 &&
              (store[used - 3]! & (Kind.TypeMask | Kind.Foreign)) === (Kind.Word | Kind.Foreign)
            ) {
              rejected = true;
            }
          }
          // Kept for rejected runs too: "2017آخر" is no figure but still a year to the date reader.
          numerals ??= [];
          numerals.push(numeral);
          store[used++] = i;
          store[used++] = (rejected ? Kind.Rejected : Kind.Numeral) | (numerals.length << Kind.NumeralShift);
          i = numeral.end;
          continue;
        }
        let kind: number;
        if (scanned === SCANNED_SPACE) {
          kind = Kind.Space;
          for (let k = i; k < end; k++) if (text.charCodeAt(k) === Code.LineFeed) kind = Kind.Space | Kind.LineBreak;
        } else if (scanned === SCANNED_WORD) {
          kind = Kind.Word;
          // A word glued to rejected digits ("١مليون") is not a number word either.
          if (packed & 1 || (used > 0 && (store[used - 1]! & Kind.TypeMask) === Kind.Rejected)) kind = Kind.Word | Kind.Foreign;
        } else {
          kind = Kind.Punct;
        }
        store[used++] = i;
        store[used++] = kind;
        i = end;
      }
      store[used++] = n;
    }
    // Two cells per token and the end of the text (`room` may have more after them).
    this.length = used >> 1;
    this.shadow = shadow;
    this.text_ = text;
    this.cells = cells;
    this.numerals = numerals;
  }

  /** Shadow offset where token `k` starts (`length` gives the end of the text). */
  protected startOf(k: number): number {
    return this.cells[2 * k]!;
  }

  /**
   * The kind of token `k`: 0 outside the stream. The bounds are checked, never read past: an array
   * read at a negative index (NO_TOKEN) is a lookup of a property named "-1", and one such read
   * turns the read's cache generic for every later call. Fifteen reads at NO_TOKEN in 300 articles
   * made every token's kind slow to read (extractQuantClaims took 15–25% longer). One unsigned
   * comparison checks both ends (a negative index is above every length as an unsigned number).
   */
  protected kindOf(k: number): number {
    return k >>> 0 < this.length ? this.cells[2 * k + 1]! : 0;
  }

  /** The type bits of token `k`: 0 outside the stream. */
  protected typeOf(k: number): number {
    return this.kindOf(k) & Kind.TypeMask;
  }

  /** True when `k` is a token of the stream and a word. */
  isWord(k: TokenIndex): boolean {
    return this.typeOf(k) === Kind.Word;
  }

  /** True when `k` is a token of the stream and a numeral (digits read as a number). */
  isNumeral(k: TokenIndex): boolean {
    return this.typeOf(k) === Kind.Numeral;
  }

  /** True when `k` is white space. */
  isSpace(k: TokenIndex): boolean {
    return this.typeOf(k) === Kind.Space;
  }

  /** True when word `k` is foreign to Arabic number reading: it has a Latin letter ("A320") or is glued to rejected digits. */
  isForeign(k: TokenIndex): boolean {
    return (this.kindOf(k) & (Kind.TypeMask | Kind.Foreign)) === (Kind.Word | Kind.Foreign);
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
    // Each kind read once; past the end it is 0, no space, and the loop stops.
    for (let kind = this.kindOf(j); (kind & Kind.TypeMask) === Kind.Space; kind = this.kindOf(++j)) {
      if (kind & Kind.LineBreak) return NO_TOKEN;
    }
    return j < this.length ? (j as TokenIndex) : NO_TOKEN;
  }

  /** The numeral of a `numeral` or `rejected` token. */
  numeral(k: TokenIndex): Numeral | undefined {
    const i = this.kindOf(k) >> Kind.NumeralShift;
    // A stream with word nodes (readUnfoldedTokens) has no numerals.
    return i ? this.numerals?.[i - 1] : undefined;
  }

  /** The number-lexicon reading of an Arabic word (null for anything else), memoised. */
  reading(k: TokenIndex): WordReading | null {
    const kind = this.kindOf(k);
    if ((kind & (Kind.TypeMask | Kind.Foreign)) !== Kind.Word) return null;
    // A number word written whole, as readUnfoldedTokens cut it (خمسة، عشرون): its reading is the trie node's.
    // A word the constructor cut has node 0, the root, where no word ends.
    const whole = wholeWordReading(kind >> Kind.NumeralShift);
    if (whole) return whole;
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
    for (let i = this.shadow.starts[this.startOf(k)]!; i < to; i++) if (original.charCodeAt(i) === Code.TanweenFath) return true;
    return false;
  }

  /** True when token `k` is the word و standing alone. */
  isAnd(k: TokenIndex): boolean {
    return this.typeOf(k) === Kind.Word && this.startOf(k + 1) - this.startOf(k) === 1 && this.text_.charCodeAt(this.startOf(k)) === Code.Waw;
  }
}

/**
 * The tokens of a short string in one pass, for `parseArabicNumber`: while it
 * checks that the string may stay unfolded (`unfoldedShadow`), it cuts the
 * words and the spaces and walks each word down the number lexicon's trie,
 * so that a cell of a column of figures ("ثلاثة آلاف وخمسمئة") is read once
 * rather than three times (checked, cut, looked up). The node where a word's
 * letters end goes into its kind: a number word written whole is then read
 * there; any other word is read on first use, as in a stream the constructor
 * builds (a clitic before a number word: وخمسمئة). At a digit, a punctuation
 * mark or a Latin letter it stops cutting and only checks; the constructor
 * then cuts the string. Null for a long string and for one that must be
 * folded (`createPlainShadow`). A function rather than a method of the class,
 * so that a bundle without `parseArabicNumber` leaves it out.
 *
 * One loop over the units with the state in one number, not a loop per
 * token: a loop that ends at every token's end costs a mispredicted branch
 * there, and cut the tokens of "مئة و خمس و عشرون" a fifth slower.
 */
export function readUnfoldedTokens(text: string): NumberTokens | null {
  // Built first for every string: a word's reading looks its node up in a table built with the trie.
  const trie = lexiconTrie();
  const shadow = unfoldedShadow(text);
  if (shadow === null) return null;
  const classes = (unfoldedClasses ??= buildUnfoldedClasses());
  const cells: number[] = [];
  const n = text.length;
  // In a word, the trie node of its letters so far (-1 once no number word goes on so); else Unit.InSpace or Unit.AtStart.
  let node: number = Unit.AtStart;
  for (let i = 0; i < n; i++) {
    const unit = classes[text.charCodeAt(i)]!;
    if (unit <= Unit.OtherLetter) {
      if (node < -1) {
        cells.push(i, Kind.Word);
        node = 0;
      }
      if (node >= 0) node = unit < Unit.OtherLetter ? childNode(trie, node, unit) : -1;
    } else if (unit <= Unit.NewLine) {
      if (node !== Unit.InSpace) {
        // The word before ends: its kind keeps its node.
        if (node > 0) cells[cells.length - 1] = Kind.Word | (node << Kind.NumeralShift);
        cells.push(i, Kind.Space);
        node = Unit.InSpace;
      }
      if (unit === Unit.NewLine) cells[cells.length - 1] = Kind.Space | Kind.LineBreak;
    } else {
      // A digit, a mark or a Latin letter (or a unit to fold: the loop below sees it first).
      for (; i < n; i++) if (classes[text.charCodeAt(i)] === Unit.MustFold) return null;
      return new NumberTokens(shadow);
    }
  }
  if (node > 0) cells[cells.length - 1] = Kind.Word | (node << Kind.NumeralShift);
  cells.push(n);
  return new NumberTokens(shadow, cells);
}

/**
 * What `readUnfoldedTokens` does at a code unit, by code unit: one table read rather than the
 * three questions (may it stay unfolded? a letter? a space?) and the trie letter of its fold.
 * From 1 to 250: a letter some number word has, its {@link trieLetter} (of the folded letter: أ reads as ا).
 */
let unfoldedClasses: Uint8Array | undefined;

/** The classes of {@link unfoldedClasses} above the letters, and (negative) the states of `readUnfoldedTokens` between words. */
const enum Unit {
  /** An Arabic letter no number word has (پ). */
  OtherLetter = 0xfb,
  /** White space, and the line feed among it. */
  Blank,
  NewLine,
  /** A digit, a punctuation mark, a Latin letter: the constructor cuts the string. */
  Uncut,
  /** A unit that folding changes otherwise than a letter to a letter (a mark, ٣, a no-break space): the string needs the folded copy. */
  MustFold,
  InSpace = -2,
  AtStart = -3,
}

function buildUnfoldedClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = foldedInPlace(code);
    table[code] =
      folded < 0 ? Unit.MustFold : isArabicLetter(code) ? trieLetter(folded) || Unit.OtherLetter : !isSpace(code) ? Unit.Uncut : code === Code.LineFeed ? Unit.NewLine : Unit.Blank;
  }
  return table;
}

/** Characters from which a stream writes its cells into a typed array (see the constructor of {@link TokenStream}). */
const TYPED_CELLS_FROM = 8192;

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
    const n = shadow.text.length;
    // A long text writes its cells into a typed array sized ahead, then keeps only what it used: appending
    // to a plain array of more than some 30,000 cells costs ten times as much per cell (for a text of 1 MB,
    // 30 of the 60 ms its tokens took, Node 20). A short one (a figure, an article of a few pages) keeps the
    // plain array, which costs nothing to allocate.
    super(shadow, undefined, n < TYPED_CELLS_FROM ? undefined : new Int32Array(2 * n + 1));
    if (this.cells.length > 2 * this.length + 1) this.cells = this.cells.slice(0, 2 * this.length + 1);
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
    if ((this.kindOf(k) & (Kind.TypeMask | Kind.Foreign)) !== Kind.Word) return null;
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
    if (this.typeOf(k) !== Kind.Punct) return false;
    return marks === undefined || marks.includes(this.text(k));
  }

  /** The previous token before `k` that is not white space, on the same line; {@link NO_TOKEN} otherwise. */
  previous(k: TokenIndex): TokenIndex {
    let j = k - 1;
    while (j >= 0 && this.typeOf(j) === Kind.Space) {
      if (this.kindOf(j) & Kind.LineBreak) return NO_TOKEN;
      j--;
    }
    return j >= 0 ? (j as TokenIndex) : NO_TOKEN;
  }

  /** Kind of token `k`. */
  type(k: TokenIndex): TokenType {
    return tokenTypeNames[this.typeOf(k) - 1]!;
  }

  /** True when space token `k` holds a line break. */
  hasLineBreak(k: TokenIndex): boolean {
    return (this.kindOf(k) & (Kind.TypeMask | Kind.LineBreak)) === (Kind.Space | Kind.LineBreak);
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
    return j >= 0 && this.typeOf(j) === Kind.Word ? j : NO_TOKEN;
  }

  /** The token before `k` when it is a word (spaces between, same line); {@link NO_TOKEN} otherwise. */
  previousWord(k: TokenIndex): TokenIndex {
    const j = this.previous(k);
    return j >= 0 && this.typeOf(j) === Kind.Word ? j : NO_TOKEN;
  }

  /** Number of word tokens in `[start, end)`. */
  wordsBetween(start: TokenIndex, end: TokenIndex): number {
    let words = 0;
    for (let k = Math.max(0, start); k < end && k < this.length; k++) if (this.typeOf(k) === Kind.Word) words++;
    return words;
  }
}

/** The caller's text of the one token `k`: "الجزيرة" as written, marks and all, where the stream reads الجزيره. */
export function writtenToken(tokens: TokenStream, k: TokenIndex): string {
  return tokens.originalText(k, (k + 1) as TokenIndex);
}
