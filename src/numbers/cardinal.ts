/**
 * Cardinals read element by element, in Arabic order.
 *
 * Within each group below a thousand the hundreds come first, then the units,
 * then the tens (مئة وخمسة وعشرون); a scale word closes a group (ثلاثة آلاف)
 * and later groups are smaller (ثلاثة ملايين وخمسمئة ألف). Each element must
 * fill a slot of the open group that is still free, so two numbers side by
 * side ("15 و20") stay apart.
 *
 * One reader per kind of element (numeral, unit, teen, ten, hundred, scale,
 * fraction …), tried in order on each word: the first that applies reads the
 * element or ends the number. A new spelling rule belongs to one reader.
 * Every reader looks at most two tokens ahead and never backtracks, so reading
 * all numbers of a text is linear in its length.
 */
import { NO_TOKEN, tokenIndex, type TokenIndex } from '../text/coordinates.js';
import type { NumberKind } from './grammar.js';
import type { TokenStream } from './tokens.js';
import { senseBits, type WordReading } from './words.js';

/**
 * The element read last: what may follow depends on it (a numeral may follow
 * a scale without و, a denominator counts a unit but not a scale).
 * `start` means that nothing has been read yet.
 */
export type CardinalElement = 'start' | 'numeral' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'fraction';

/** A cardinal read from tokens `[start, end)`. */
export interface CardinalResult {
  readonly end: TokenIndex;
  readonly value: number;
  readonly kind: NumberKind;
  /** True when a scale word was used: the number cannot take a ratio or a denominator after it. */
  readonly scaled: boolean;
  /** True when the whole number is one bare integer numeral (for "1 فاصلة 05"). */
  readonly numeralOnly: boolean;
  /** The digits of a bare integer numeral. */
  readonly digits: string;
  /**
   * The additive terms, for "مائتان وثلاثة جزء من مائة" (200 and 3 hundredths):
   * the first term, and the count and sum of the terms after it.
   */
  readonly firstTerm: number;
  readonly laterTerms: number;
  readonly laterTermsSum: number;
}

/**
 * What a reader did with the element at the current token.
 * - `read`: took it; the number may go on.
 * - `last`: took it, and nothing can follow it (a fraction: ونصف، ثلاثة أرباع).
 * - `stop`: it cannot join this number; the number ends before it.
 * - `pass`: not this reader's kind of element; the next reader tries.
 */
type Step = 'read' | 'last' | 'stop' | 'pass';

/** The state of one cardinal being read, and in the end its result. */
class CardinalReading implements CardinalResult {
  /** The groups closed by a scale: ثلاثة ملايين → 3000000. */
  total = 0;
  /** The open group below the next scale: the 525 of "ثلاثة ملايين وخمسمئة وخمسة وعشرون". */
  group = 0;
  /** Slots of the open group already filled: مئة fills the hundreds, خمسة the units, عشرون the tens (and units). */
  hundreds = false;
  tens = false;
  units = false;
  /** The last scale read (Infinity before any): a later scale must be smaller, unless it multiplies. */
  lastScale = Infinity;
  scaled = false;
  /** The element read last, and how many were read. */
  last: CardinalElement = 'start';
  elements = 0;
  /** When the last element is a unit: its value, whether و joined it, and the number before it (مائة وثلاثة أرباع). */
  unitValue = 0;
  unitJoined = false;
  unitBefore = 0;
  /** True once a fraction closed the number: the value is `total`. */
  closed = false;
  end: TokenIndex;
  kind: NumberKind = 'cardinal';
  value = 0;
  numeralOnly = false;
  digits = '';
  firstTerm = 0;
  laterTerms = 0;
  laterTermsSum = 0;
  /** True until the first term is added. */
  private noTerms = true;

  /** The token where the element being read starts. */
  at: TokenIndex;
  /** The next token after `at` (the second token a reader may look at), or NO_TOKEN. */
  following: TokenIndex = NO_TOKEN;
  /** True when و joins the element being read to the one before (وخمسمئة، و خمسمئة، و500). */
  joined = false;
  /** True when that و is written as a word of its own ("و عشرون", "و500"). */
  andApart = false;
  /** Just past the last token of the element once a reader takes it. */
  taken: TokenIndex = NO_TOKEN;

  constructor(start: TokenIndex) {
    this.end = start;
    this.at = start;
  }

  get first(): boolean {
    return this.elements === 0;
  }

  /** True when the element being read may follow the last one: after و, at the start, or without و after a scale or a hundred (٤ آلاف ٣ مائة، متين تلاتة وستين). */
  get mayFollow(): boolean {
    return this.elements === 0 || this.joined || this.last === 'scale' || this.last === 'hundred';
  }

  addTerm(v: number): void {
    if (this.noTerms) {
      this.firstTerm = v;
      this.noTerms = false;
    } else {
      this.laterTerms++;
      this.laterTermsSum += v;
    }
  }

  /** The terms so far collapse into one (a scale or a multiplying hundred takes everything before it). */
  resetTerms(v: number): void {
    this.firstTerm = v;
    this.noTerms = false;
    this.laterTerms = 0;
    this.laterTermsSum = 0;
  }

  /** Adds a unit, teen, ten or hundred to the open group; the element ends at token `lastToken`. */
  place(v: number, element: 'unit' | 'teen' | 'ten' | 'hundred', lastToken: TokenIndex): void {
    const before = this.total + this.group;
    this.group += v;
    if (element === 'hundred') this.hundreds = true;
    else {
      this.units = true;
      if (element !== 'unit' || v === 10) this.tens = true;
    }
    this.addTerm(v);
    this.taken = tokenIndex(lastToken + 1);
    this.last = element;
    if (element === 'unit') {
      this.unitValue = v;
      this.unitJoined = this.joined;
      this.unitBefore = before;
    }
  }

  /** Ends the number on `value` (a fraction: ونصف، ثلاثة أرباع); the last element ends at token `lastToken`. */
  close(value: number, lastToken: TokenIndex): void {
    this.total = value;
    this.group = 0;
    this.end = tokenIndex(lastToken + 1);
    this.elements++;
    this.kind = Number.isInteger(value) ? 'cardinal' : 'fraction';
    this.closed = true;
  }
}

/**
 * Reads a cardinal (with fractions and scales) starting at token `i`.
 * The first element may carry any clitic (وثلاثة، لخمسة، بألفين).
 */
export function parseCardinal(tokens: TokenStream, i: TokenIndex): CardinalResult | null {
  const s = new CardinalReading(i);
  while (s.at < tokens.length) {
    s.taken = NO_TOKEN;
    const step = tokens.isNumeral(s.at) ? readNumeral(s, tokens) : readWordElement(s, tokens);
    if (step !== 'read') break;
    s.elements++;
    s.end = s.taken;
    if (!moveToNextElement(s, tokens)) break;
  }
  if (s.elements === 0) return null;
  s.value = s.closed ? s.total : s.total + s.group;
  if (s.kind === 'cardinal' && !Number.isInteger(s.value)) s.kind = 'decimal';
  s.numeralOnly &&= s.elements === 1;
  return s;
}

/**
 * Moves to the element after the one just read: the next token, or the one
 * after a free-standing و; the و of "و500" is a word glued to the digits.
 * False at the end of the line.
 */
function moveToNextElement(s: CardinalReading, tokens: TokenStream): boolean {
  const k = tokens.next(tokenIndex(s.end - 1));
  if (k < 0) return false;
  if (tokens.isAnd(k)) {
    const glued = tokenIndex(k + 1);
    if (tokens.isNumeral(glued) && tokens.start(glued) === tokens.end(k)) s.at = glued;
    else {
      const afterAnd = tokens.next(k);
      if (afterAnd < 0) return false;
      s.at = afterAnd;
    }
    s.joined = true;
    s.andApart = true;
    return true;
  }
  s.at = k;
  s.joined = tokens.reading(k)?.prefix === 'و';
  s.andApart = false;
  return true;
}

/** The element after token `last` when و joins it to `last` (the عشرون of "إحدى وعشرون"), or NO_TOKEN. */
function joinedElementAfter(tokens: TokenStream, last: TokenIndex): TokenIndex {
  const k = tokens.next(last);
  if (k < 0) return NO_TOKEN;
  if (tokens.isAnd(k)) {
    const glued = tokenIndex(k + 1);
    return tokens.isNumeral(glued) && tokens.start(glued) === tokens.end(k) ? glued : tokens.next(k);
  }
  return tokens.reading(k)?.prefix === 'و' ? k : NO_TOKEN;
}

// ---------------------------------------------------------------------------
// Numerals

/**
 * A numeral: first in the number (125، 4.5), after و (ثلاثة آلاف و500) or,
 * without و, after a scale word (3 ملايين 200 ألف). A numeral before a scale
 * takes its decimal reading: "4.500 مليون" is 4.5 million, "4.500" alone 4500.
 */
function readNumeral(s: CardinalReading, tokens: TokenStream): Step {
  const n = tokens.numeral(s.at)!;
  const k = tokens.next(s.at);
  const r = k >= 0 ? tokens.reading(k) : null;
  const v = r !== null && r.sense.scale !== undefined && r.prefix === '' && n.decimalReading !== null ? n.decimalReading : n.value;
  if (s.first) {
    if (n.kind === 'fraction') {
      // "3/4" is a whole number of its own.
      s.addTerm(n.value);
      s.close(n.value, s.at);
      s.kind = 'fraction';
      return 'last';
    }
    s.group = v;
    s.hundreds = s.tens = s.units = true;
    s.kind = n.kind === 'decimal' && !Number.isInteger(v) ? 'decimal' : 'cardinal';
    s.numeralOnly = n.plainInteger || n.kind === 'cardinal';
    s.digits = n.digits;
  } else {
    if (!(s.joined || s.last === 'scale') || n.kind === 'fraction' || n.value < 0) return 'stop';
    if (v < 1000 && Number.isInteger(v)) {
      // "ألفان و500" fills the hundreds; "مئة و25" the units and tens.
      if (!placeNumeralInGroup(s, v)) return 'stop';
    } else if (s.group === 0 && s.last === 'scale' && v < s.lastScale) {
      // "7 ملايين 1500 ألف": a whole group in digits.
      s.group = v;
      s.hundreds = s.tens = s.units = true;
    } else return 'stop';
    if (!Number.isInteger(v)) s.kind = 'decimal';
    s.numeralOnly = false;
  }
  s.taken = tokenIndex(s.at + 1);
  s.addTerm(v);
  s.last = 'numeral';
  return 'read';
}

/** Places a numeral below 1000 into the open group by its magnitude (500 in the hundreds, 25 in the tens and units). */
function placeNumeralInGroup(s: CardinalReading, v: number): boolean {
  if (v >= 100) {
    if (s.hundreds || s.units || s.tens) return false;
    s.hundreds = true;
    if (v % 100 !== 0) s.units = s.tens = true;
  } else {
    if (s.units || s.tens) return false;
    s.units = true;
    if (v >= 10) s.tens = true;
  }
  s.group += v;
  return true;
}

// ---------------------------------------------------------------------------
// Number words

/** A reader of number words: it applies to a word with any of the senses in `senses` (a {@link senseBits} mask). */
interface WordReader {
  readonly senses: number;
  readonly read: (s: CardinalReading, tokens: TokenStream, r: WordReading) => Step;
}

/** The readers of a number word, in the order they are tried. */
const wordReaders: readonly WordReader[] = [
  { senses: senseBits('teenHead', 'unit'), read: readCompoundTeen },
  { senses: senseBits('teenHead'), read: readOneBeforeTen },
  { senses: senseBits('unit'), read: readApartHundred },
  { senses: senseBits('unit'), read: readUnit },
  { senses: senseBits('unit'), read: readCountOfFractions },
  { senses: senseBits('teen'), read: readTeen },
  { senses: senseBits('ten'), read: readTen },
  { senses: senseBits('hundred'), read: readMultiplyingHundred },
  { senses: senseBits('hundred'), read: readHundred },
  { senses: senseBits('scale'), read: readScale },
  { senses: senseBits('fraction'), read: readFirstFraction },
  { senses: senseBits('fraction'), read: readAddedFraction },
  { senses: senseBits('fraction'), read: readDenominator },
];

/**
 * A number word. Only the first may carry a clitic other than و (بخمسة،
 * لثلاثة آلاف); a later one carries و only when it is the joining و. The
 * article goes only with the first element, and only on units 3–10 or a
 * fraction: الثلاثة، الربع — الاثنين is Monday, الواحد "the single one",
 * المئة the percent idiom.
 */
function readWordElement(s: CardinalReading, tokens: TokenStream): Step {
  const r = tokens.reading(s.at);
  if (r === null) return 'stop';
  if (s.first ? !r.canStartNumber : !(r.prefix === '' || (r.prefix === 'و' && s.joined && !s.andApart))) return 'stop';
  s.following = tokens.next(s.at);
  // Cleared on any number word that may join, even one that then stops the number (as it always was).
  s.numeralOnly = false;
  if (r.definite) {
    const unit = r.sense.unit;
    const definiteUnit = s.first && unit !== undefined && unit.value >= 3 && unit.value <= 10;
    if (!definiteUnit && !(s.first && r.sense.fraction !== undefined)) return 'stop';
  }
  for (const reader of wordReaders) {
    if ((reader.senses & r.senseMask) === 0) continue;
    const step = reader.read(s, tokens, r);
    if (step !== 'pass') return step;
  }
  return 'stop';
}

/** The sense of type `type` of word `k` written without a clitic, if any. */
function bareSense<T extends keyof WordReading['sense']>(tokens: TokenStream, k: TokenIndex, type: T): WordReading['sense'][T] | undefined {
  if (k < 0) return undefined;
  const r = tokens.reading(k);
  return r !== null && r.prefix === '' ? r.sense[type] : undefined;
}

/** A unit 1–9: the head of a compound teen (ثلاثة عشر) or of an apart hundred (ثلاث مئة). */
function unitHead(r: WordReading): number | undefined {
  const unit = r.sense.unit;
  return unit !== undefined && unit.value >= 1 && unit.value <= 9 ? unit.value : undefined;
}

/** A compound teen, two words: ثلاثة عشر (13)، إحدى عشرة (11)، اثنا عشر (12). */
function readCompoundTeen(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const head = r.sense.teenHead?.value ?? unitHead(r);
  if (head === undefined || !s.mayFollow || bareSense(tokens, s.following, 'teenTail') === undefined) return 'pass';
  if (s.units || s.tens) return 'stop';
  s.place(10 + head, 'teen', s.following);
  return 'read';
}

/** إحدى وعشرون، أحد وثلاثون: the teen head أحد/إحدى is the unit one before و and a ten (21، 31). */
function readOneBeforeTen(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  if (r.sense.teenHead?.value !== 1 || s.units || s.tens || !s.mayFollow) return 'pass';
  const after = joinedElementAfter(tokens, s.at);
  if (after < 0 || tokens.reading(after)?.sense.ten === undefined) return 'pass';
  s.place(1, 'unit', s.at);
  return 'read';
}

/** A hundred written as two words: ثلاث مئة (300)، تسع مائة (900). */
function readApartHundred(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const head = unitHead(r);
  if (head === undefined || !s.mayFollow || bareSense(tokens, s.following, 'hundred')?.value !== 100) return 'pass';
  if (s.hundreds || s.units || s.tens) return 'stop';
  s.place(head * 100, 'hundred', s.following);
  return 'read';
}

/**
 * خمس الفطيرة is a fifth and ثمن الوزن an eighth; خمس سنوات is five and ثمن
 * حجرة a price. A first word that can be a fraction reads as one unless it is
 * an ambiguous singular (خمس، ثمن) with no definite noun after it.
 */
function readsAsFraction(s: CardinalReading, tokens: TokenStream, r: WordReading): boolean {
  const fraction = r.sense.fraction;
  if (!s.first || fraction === undefined) return false;
  return !(fraction.number === 'singular' && fraction.ambiguous) || beforeDefiniteNoun(tokens, s.following);
}

/** True when token `k` is a definite noun (ال…) that is not itself a number word. */
function beforeDefiniteNoun(tokens: TokenStream, k: TokenIndex): boolean {
  if (k < 0) return false;
  return tokens.isWord(k) && !tokens.isForeign(k) && tokens.text(k).startsWith('ال') && tokens.reading(k) === null;
}

/** A unit into a free units slot: خمسة، وثلاثة (مئة وثلاثة). صفر is a number only alone at the start. */
function readUnit(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const unit = r.sense.unit;
  if (unit === undefined || readsAsFraction(s, tokens, r)) return 'pass';
  if (unit.value === 0) {
    if (!s.first) return 'stop';
    s.addTerm(0);
    s.close(0, s.at);
    return 'last';
  }
  if (s.units || s.tens || !s.mayFollow) return 'pass';
  s.place(unit.value, 'unit', s.at);
  return 'read';
}

/** "عشرون وثلاثة أخماس" (20 3/5): after the slots are full, a unit up to ten can only count a plural fraction. */
function readCountOfFractions(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const unit = r.sense.unit;
  if (unit === undefined || !s.joined || unit.value > 10 || readsAsFraction(s, tokens, r)) return 'pass';
  const fraction = bareSense(tokens, s.following, 'fraction');
  if (fraction?.number !== 'plural') return 'pass';
  const added = unit.value * fraction.value;
  s.addTerm(added);
  s.close(s.total + s.group + added, s.following);
  return 'last';
}

/** A teen written as one word (Egyptian and Levantine): حداشر (11)، خمستاشر (15). */
function readTeen(s: CardinalReading, _tokens: TokenStream, r: WordReading): Step {
  const teen = r.sense.teen;
  if (teen === undefined) return 'pass';
  if (s.units || s.tens || !s.mayFollow) return 'stop';
  s.place(teen.value, 'teen', s.at);
  return 'read';
}

/** A ten into a free tens slot: عشرون، وثلاثون (خمسة وثلاثون). */
function readTen(s: CardinalReading, _tokens: TokenStream, r: WordReading): Step {
  const ten = r.sense.ten;
  if (ten === undefined || s.tens || !s.mayFollow) return 'pass';
  s.place(ten.value, 'ten', s.at);
  return 'read';
}

/** "خمسة وتسعون مائة" (9500): مائة without و after a number below a hundred multiplies it. */
function readMultiplyingHundred(s: CardinalReading, _tokens: TokenStream, r: WordReading): Step {
  if (r.sense.hundred?.value !== 100 || s.first || s.joined || s.group <= 0 || s.last === 'scale') return 'pass';
  if (s.hundreds && !(s.last === 'numeral' && s.elements === 1)) return 'pass';
  s.group *= 100;
  s.hundreds = true;
  s.units = s.tens = false;
  s.resetTerms(s.group);
  s.taken = tokenIndex(s.at + 1);
  s.last = 'hundred';
  return 'read';
}

/** A hundred into a free group: مئة، مائتان، وثلاثمائة (ألف وثلاثمائة); without و only after a scale (ألفين ثلاثمائة). */
function readHundred(s: CardinalReading, _tokens: TokenStream, r: WordReading): Step {
  const hundred = r.sense.hundred;
  if (hundred === undefined) return 'pass';
  const juxtaposed = !s.first && !s.joined;
  if (s.hundreds || s.units || s.tens || (juxtaposed && s.last !== 'scale')) return 'stop';
  s.place(hundred.value, 'hundred', s.at);
  return 'read';
}

/**
 * A scale word: ألف، مليون، مليار, their duals and plurals, and دزينة.
 * - after a lone fraction it multiplies it: نصف مليون، ربع مليون;
 * - a larger scale multiplies everything before it: ألف مليون، ألف وخمسمائة مليون;
 * - after a group it counts it: ثلاثة آلاف، 125 ألف، 22 ألفاً، مائتين وإثنين ألف;
 * - a dozen after و adds: ثلاث مائة ودزينتين (324);
 * - alone, or after و with nothing counting it: ألف، ألفان، مليونين، وألف.
 */
function readScale(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const scale = r.sense.scale;
  if (scale === undefined) return 'pass';
  const S = scale.value;
  const singular = scale.number === 'singular' || scale.number === 'dualOrAccusative';
  if (s.last === 'fraction' && s.elements === 1 && !s.joined) {
    if (!singular) return 'stop';
    s.total = s.group * S;
  } else if (!s.first && !s.joined && s.lastScale !== Infinity && S > s.lastScale) {
    if (!singular) return 'stop';
    s.total = (s.total + s.group) * S;
  } else if (s.group > 0 && !s.joined && !s.first) {
    if (scale.number === 'dual') return 'stop';
    s.total += s.group * S;
  } else if (s.joined && s.group > 0 && S < 100 && scale.number !== 'plural') {
    s.total += s.group + (scale.number === 'singular' ? 1 : 2) * S;
  } else if (s.group === 0 && (s.first || s.joined)) {
    // آلاف alone is vague, not a number; "مليون وألف مليون" is not one number.
    if (scale.number === 'plural' || (s.joined && S >= s.lastScale)) return 'stop';
    // ألفا is the dual (2000) unless written with tanween: ألفاً is the accusative singular.
    const twice = scale.number === 'dual' || (scale.number === 'dualOrAccusative' && !tokens.hasTanween(s.at));
    s.total += (twice ? 2 : 1) * S;
  } else return 'stop';
  s.group = 0;
  s.hundreds = s.tens = s.units = false;
  s.lastScale = S;
  s.scaled = true;
  s.resetTerms(s.total);
  s.taken = tokenIndex(s.at + 1);
  s.last = 'scale';
  s.kind = Number.isInteger(s.total) ? 'cardinal' : 'decimal';
  return 'read';
}

/** A fraction first: نصف، ثلث، ربعين (2/4), ثلث الفطيرة; a scale may follow it (نصف مليون). */
function readFirstFraction(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const fraction = r.sense.fraction;
  if (fraction === undefined || !s.first) return 'pass';
  if (fraction.number === 'plural' || !readsAsFraction(s, tokens, r)) return 'stop';
  s.group = fraction.value * (fraction.number === 'dual' ? 2 : 1);
  s.hundreds = s.tens = s.units = true;
  s.addTerm(s.group);
  s.taken = tokenIndex(s.at + 1);
  s.last = 'fraction';
  s.kind = 'fraction';
  return 'read';
}

/**
 * A fraction after و adds to the number and ends it: "واحد ونصف" (1.5),
 * "ثلاث وخمس" (3 1/5); after a scale it is a fraction of the scale: "مليون
 * ونصف" (1500000), also as "مليون ونصف المليون".
 */
function readAddedFraction(s: CardinalReading, tokens: TokenStream, r: WordReading): Step {
  const fraction = r.sense.fraction;
  if (fraction === undefined || s.first || !s.joined) return 'pass';
  if (fraction.number === 'plural') return 'stop';
  const base = s.group === 0 && s.lastScale !== Infinity && s.lastScale >= 1000 ? s.lastScale : 1;
  const added = fraction.value * (fraction.number === 'dual' ? 2 : 1) * base;
  s.addTerm(added);
  // "مليون ونصف المليون": the repeated scale with the article closes the phrase.
  const k = s.following;
  const repeated = base > 1 && k >= 0 ? tokens.reading(k) : null;
  const repeatsScale = repeated !== null && repeated.prefix === 'ال' && repeated.sense.scale?.value === base && repeated.sense.scale.number === 'singular';
  s.close(s.total + s.group + added, repeatsScale ? k : s.at);
  return 'last';
}

/**
 * A denominator after a number, without و: "ثلاثة أرباع" (3/4), "عشرون أخماس"
 * (20/5), "ثلاث وعشرون خمس" (23/5). After a unit joined by و only that unit
 * counts it: "مائة وثلاثة أرباع" is 100 + 3/4, "مليون ومائتين وثلاثة أخماس"
 * 1000200 + 3/5.
 */
function readDenominator(s: CardinalReading, _tokens: TokenStream, r: WordReading): Step {
  const fraction = r.sense.fraction;
  if (fraction === undefined || s.first || s.joined) return 'pass';
  let counted: number;
  if (fraction.number === 'plural' && s.last === 'unit' && s.unitJoined) counted = s.unitBefore + s.unitValue * fraction.value;
  else if (!s.scaled && fraction.number !== 'dual' && countsDenominator(s.last)) counted = (s.total + s.group) * fraction.value;
  else return 'stop';
  s.resetTerms(counted);
  s.close(counted, s.at);
  return 'last';
}

/** Elements that can count a following denominator: ثلاثة أرباع، عشرون أخماس، مئة جزء. */
function countsDenominator(last: CardinalElement): boolean {
  return last === 'unit' || last === 'ten' || last === 'teen' || last === 'hundred' || last === 'numeral';
}
