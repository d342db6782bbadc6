/**
 * Cardinals read element by element, in Arabic order.
 *
 * Within each group below a thousand the hundreds come first, then the units,
 * then the tens (مئة وخمسة وعشرون); a scale word closes a group (ثلاثة آلاف)
 * and later groups are smaller (ثلاثة ملايين وخمسمئة ألف). Each element must
 * fill a slot of the open group that is still free, so two numbers side by
 * side ("15 و20") stay apart.
 *
 * One reader per kind of element (numeral, compound teen, unit, teen, ten,
 * hundred, scale, fraction …), tried in order on each word that has its
 * sense: the first that applies takes the element or ends the number. A new
 * spelling rule belongs to one reader. Every reader looks at most two tokens
 * ahead and never backtracks, so reading all numbers of a text is linear in
 * its length.
 */
import { article } from '../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../text/coordinates.js';
import type { NumberKind } from './grammar.js';
import type { NumberTokens } from './tokens.js';
import { senseBit, type WordReading } from './words.js';

/**
 * The element read last: what may follow depends on it (a numeral may follow
 * a scale without و, a denominator counts a unit but not a scale).
 * `Start` means that nothing has been read yet. Small integers, not names: the
 * reader compares them at every element.
 */
const enum Element {
  Start,
  Numeral,
  Unit,
  Teen,
  Ten,
  Hundred,
  Scale,
  Fraction,
}

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

/** What a reader did with the element at the current token. */
const enum Step {
  /** Not this reader's kind of element: the next reader tries. */
  Pass,
  /** Took it; the number may go on. */
  Read,
  /** Took it, and nothing can follow it (a fraction: ونصف، ثلاثة أرباع). */
  Last,
  /** It cannot join this number: the number ends before it. */
  Stop,
  /**
   * It cannot join this number, nor can the group read since the last scale:
   * the number ends at that scale. "3 آلاف و5 آلاف" is 3000 and then 5000.
   */
  Back,
}

/** The senses that send a word to a reader. */
const UNIT = senseBit('unit');
const TEEN_HEAD = senseBit('teenHead');
const TEEN = senseBit('teen');
const TEN = senseBit('ten');
const HUNDRED = senseBit('hundred');
const SCALE = senseBit('scale');
const FRACTION = senseBit('fraction');

/**
 * Reads a cardinal (with fractions and scales) starting at token `i`.
 * The first element may carry any clitic (وثلاثة، لخمسة، بألفين).
 */
export function parseCardinal(tokens: NumberTokens, i: TokenIndex): CardinalResult | null {
  return new CardinalReader(tokens, i).read();
}

/** One cardinal being read: the state of the reading, the readers of its elements, and in the end its result. */
class CardinalReader implements CardinalResult {
  end: TokenIndex;
  value = 0;
  kind: NumberKind = 'cardinal';
  scaled = false;
  numeralOnly = false;
  digits = '';
  firstTerm = 0;
  laterTerms = 0;
  laterTermsSum = 0;

  readonly #tokens: NumberTokens;
  /** The groups closed by a scale: ثلاثة ملايين → 3000000. */
  #total = 0;
  /** The open group below the next scale: the 525 of "ثلاثة ملايين وخمسمئة وخمسة وعشرون". */
  #group = 0;
  /** Slots of the open group already filled: مئة fills the hundreds, خمسة the units, عشرون the tens and units. */
  #hundreds = false;
  #tens = false;
  #units = false;
  /** The last scale read (Infinity before any): a later scale must be smaller, unless it multiplies. */
  #lastScale = Infinity;
  /** The element read last, and how many were read. */
  #last = Element.Start;
  #elements = 0;
  /** When the last element is a unit: its value, whether و joined it, and the number before it (مائة وثلاثة أرباع). */
  #unitValue = 0;
  #unitJoined = false;
  #unitBefore = 0;
  /** True once a fraction closed the number: the value is `#total`. */
  #closed = false;
  /** True until the first term is added. */
  #noTerms = true;

  /** The token where the element being read starts, and the next token after it (NO_TOKEN at the end of the line). */
  #at: TokenIndex;
  #following: TokenIndex = NO_TOKEN;
  /** True when و joins the element being read to the one before (وخمسمئة، و خمسمئة، و500) … */
  #joined = false;
  /** … and when that و is written as a word of its own ("و عشرون", "و500"). */
  #andApart = false;
  /** Just past the last token of the element once a reader takes it. */
  #taken: TokenIndex = NO_TOKEN;
  /**
   * Where the reading stood just after the last scale, for Step.Back: its end and element count.
   * The total has not moved since (later elements go to the open group), so it gives the rest.
   */
  #scaleEnd: TokenIndex = NO_TOKEN;
  #scaleElements = 0;

  constructor(tokens: NumberTokens, start: TokenIndex) {
    this.#tokens = tokens;
    this.end = start;
    this.#at = start;
  }

  /** Reads the elements one by one, then settles the result; null when not even the first is a number. */
  read(): this | null {
    const tokens = this.#tokens;
    while (this.#at < tokens.length) {
      this.#taken = NO_TOKEN;
      const step = tokens.isNumeral(this.#at) ? this.#readNumeral() : this.#readWord();
      if (step === Step.Back) {
        // Only a scale after a scale steps back (see #readScale).
        this.end = this.#scaleEnd;
        this.#elements = this.#scaleElements;
        this.kind = Number.isInteger(this.#total) ? 'cardinal' : 'decimal';
        this.#group = 0;
        this.#resetTerms(this.#total);
        break;
      }
      if (step !== Step.Read) break;
      this.#elements++;
      this.end = this.#taken;
      if (!this.#moveToNextElement()) break;
    }
    if (this.#elements === 0) return null;
    this.value = this.#closed ? this.#total : this.#total + this.#group;
    if (this.kind === 'cardinal' && !Number.isInteger(this.value)) this.kind = 'decimal';
    this.numeralOnly &&= this.#elements === 1;
    return this;
  }

  /**
   * True while nothing has been read. A method, not a getter: optimised code called into V8's
   * runtime (Runtime_LoadPrivateGetter) at every read of a private getter, once per reader tried.
   */
  #first(): boolean {
    return this.#elements === 0;
  }

  /** True when the element being read may follow the last one: after و, at the start, or without و after a scale or a hundred (٤ آلاف ٣ مائة، متين تلاتة وستين). */
  #mayFollow(): boolean {
    return this.#elements === 0 || this.#joined || this.#last === Element.Scale || this.#last === Element.Hundred;
  }

  /** Moves to the element after the one just read, noting how و joins it; false at the end of the line. */
  #moveToNextElement(): boolean {
    const tokens = this.#tokens;
    const last = (this.end - 1) as TokenIndex;
    // The token after an element of one token is known already: the readers looked at it.
    const after = last === this.#at ? this.#following : tokens.next(last);
    const k = elementFrom(tokens, after);
    if (k < 0) return false;
    this.#at = k;
    this.#andApart = k !== after;
    this.#joined = this.#andApart || tokens.reading(k)?.prefix === 'و';
    return true;
  }

  #addTerm(v: number): void {
    if (this.#noTerms) {
      this.firstTerm = v;
      this.#noTerms = false;
    } else {
      this.laterTerms++;
      this.laterTermsSum += v;
    }
  }

  /** The terms so far collapse into one: a scale or a multiplying hundred takes everything before it. */
  #resetTerms(v: number): void {
    this.firstTerm = v;
    this.#noTerms = false;
    this.laterTerms = this.laterTermsSum = 0;
  }

  /** Takes the element, which ends at token `lastToken`. */
  #take(element: Element, lastToken: TokenIndex): Step {
    this.#taken = ((lastToken + 1) as TokenIndex);
    this.#last = element;
    return Step.Read;
  }

  /** Adds a unit, teen, ten or hundred to the open group and takes it. */
  #place(v: number, element: Element.Unit | Element.Teen | Element.Ten | Element.Hundred, lastToken: TokenIndex): Step {
    if (element === Element.Unit) {
      this.#unitValue = v;
      this.#unitJoined = this.#joined;
      this.#unitBefore = this.#total + this.#group;
    }
    this.#group += v;
    if (element === Element.Hundred) this.#hundreds = true;
    else {
      this.#units = true;
      if (element !== Element.Unit || v === 10) this.#tens = true;
    }
    this.#addTerm(v);
    return this.#take(element, lastToken);
  }

  /** Ends the number on `value` (a fraction: ونصف، ثلاثة أرباع); the last element ends at token `lastToken`. */
  #close(value: number, lastToken: TokenIndex): Step {
    this.#total = value;
    this.#group = 0;
    this.end = ((lastToken + 1) as TokenIndex);
    this.#elements++;
    this.kind = Number.isInteger(value) ? 'cardinal' : 'fraction';
    this.#closed = true;
    return Step.Last;
  }

  /** Marks every slot of the open group filled (a numeral or a fraction is a whole group) or free (after a scale). */
  #fillSlots(filled: boolean): void {
    this.#hundreds = this.#tens = this.#units = filled;
  }

  /**
   * A numeral: first in the number (125، 4.5), after و (ثلاثة آلاف و500) or,
   * without و, after a scale word (3 ملايين 200 ألف). A numeral before a scale
   * takes its decimal reading: "4.500 مليون" is 4.5 million, "4.500" alone 4500.
   */
  #readNumeral(): Step {
    const tokens = this.#tokens;
    const n = tokens.numeral(this.#at)!;
    const k = (this.#following = tokens.next(this.#at));
    const r = k >= 0 ? tokens.reading(k) : null;
    const v = r !== null && r.sense.scale !== undefined && r.prefix === '' && n.decimalReading !== null ? n.decimalReading : n.value;
    if (this.#first()) {
      if (n.kind === 'fraction') {
        // "3/4" is a whole number of its own.
        this.#addTerm(n.value);
        this.#close(n.value, this.#at);
        this.kind = 'fraction';
        return Step.Last;
      }
      this.#group = v;
      this.#fillSlots(true);
      this.kind = n.kind === 'decimal' && !Number.isInteger(v) ? 'decimal' : 'cardinal';
      this.numeralOnly = n.plainInteger || n.kind === 'cardinal';
      this.digits = n.digits;
    } else {
      if (!(this.#joined || this.#last === Element.Scale) || n.kind === 'fraction' || n.value < 0) return Step.Stop;
      if (v < 1000 && Number.isInteger(v)) {
        // "ألفان و500" fills the hundreds; "مئة و25" the units and tens.
        if (!this.#placeNumeralInGroup(v)) return Step.Stop;
      } else if (this.#group === 0 && this.#last === Element.Scale && v < this.#lastScale) {
        // "7 ملايين 1500 ألف": a whole group in digits.
        this.#group = v;
        this.#fillSlots(true);
      } else return Step.Stop;
      if (!Number.isInteger(v)) this.kind = 'decimal';
    }
    this.#addTerm(v);
    return this.#take(Element.Numeral, this.#at);
  }

  /** Places a numeral below 1000 into the open group by its magnitude (500 in the hundreds, 25 in the tens and units). */
  #placeNumeralInGroup(v: number): boolean {
    if (v >= 100) {
      if (this.#hundreds || this.#units || this.#tens) return false;
      this.#hundreds = true;
      if (v % 100 !== 0) this.#units = this.#tens = true;
    } else {
      if (this.#units || this.#tens) return false;
      this.#units = true;
      if (v >= 10) this.#tens = true;
    }
    this.#group += v;
    return true;
  }

  /**
   * A number word. Only the first may carry a clitic other than و (بخمسة،
   * لثلاثة آلاف); a later one carries و only when it is the joining و. The
   * article goes only with the first element, and only on units 3–10 or a
   * fraction: الثلاثة، الربع — الاثنين is Monday, الواحد "the single one",
   * المئة the percent idiom. Then the readers of the word's senses, in order.
   */
  #readWord(): Step {
    const r = this.#tokens.reading(this.#at);
    if (r === null) return Step.Stop;
    if (this.#first() ? !r.canStartNumber : !(r.prefix === '' || (r.prefix === 'و' && this.#joined && !this.#andApart))) return Step.Stop;
    this.#following = this.#tokens.next(this.#at);
    if (r.definite) {
      const unit = r.sense.unit;
      const definiteUnit = this.#first() && unit !== undefined && unit.value >= 3 && unit.value <= 10;
      if (!definiteUnit && !(this.#first() && r.sense.fraction !== undefined)) return Step.Stop;
    }
    const senses = r.senseMask;
    return (
      (senses & (TEEN_HEAD | UNIT) && this.#readCompoundTeen(r)) ||
      (senses & TEEN_HEAD && this.#readOneBeforeTen(r)) ||
      (senses & UNIT && (this.#readApartHundred(r) || this.#readUnit(r) || this.#readCountOfFractions(r))) ||
      (senses & TEEN && this.#readTeen(r)) ||
      (senses & TEN && this.#readTen(r)) ||
      (senses & HUNDRED && (this.#readMultiplyingHundred(r) || this.#readHundred(r))) ||
      (senses & SCALE && this.#readScale(r)) ||
      (senses & FRACTION && (this.#readFirstFraction(r) || this.#readAddedFraction(r) || this.#readDenominator(r))) ||
      Step.Stop
    );
  }

  /** A compound teen, two words: ثلاثة عشر (13)، إحدى عشرة (11)، اثنا عشر (12). */
  #readCompoundTeen(r: WordReading): Step {
    const head = r.sense.teenHead?.value ?? unitHead(r);
    if (head === undefined || !this.#mayFollow() || this.#tokens.bareSenses(this.#following)?.teenTail === undefined) return Step.Pass;
    if (this.#units || this.#tens) return Step.Stop;
    return this.#place(10 + head, Element.Teen, this.#following);
  }

  /** إحدى وعشرون، أحد وثلاثون: the teen head أحد/إحدى is the unit one before و and a ten (21، 31). */
  #readOneBeforeTen(r: WordReading): Step {
    if (r.sense.teenHead!.value !== 1 || this.#units || this.#tens || !this.#mayFollow()) return Step.Pass;
    const after = joinedElementAfter(this.#tokens, this.#at);
    if (after < 0 || this.#tokens.reading(after)?.sense.ten === undefined) return Step.Pass;
    return this.#place(1, Element.Unit, this.#at);
  }

  /** A hundred written as two words: ثلاث مئة (300)، تسع مائة (900). */
  #readApartHundred(r: WordReading): Step {
    const head = unitHead(r);
    if (head === undefined || !this.#mayFollow() || this.#tokens.bareSenses(this.#following)?.hundred?.value !== 100) return Step.Pass;
    if (this.#hundreds || this.#units || this.#tens) return Step.Stop;
    return this.#place(head * 100, Element.Hundred, this.#following);
  }

  /**
   * خمس الفطيرة is a fifth and ثمن الوزن an eighth; خمس سنوات is five and ثمن
   * حجرة a price. A first word that can be a fraction reads as one unless it is
   * an ambiguous singular (خمس، ثمن) with no definite noun after it. With the
   * article (no such form holds ال otherwise) it counts, as an adjective:
   * "النساء العشر اللاتي" (the ten women), "العشر الأواخر" (the last ten days).
   */
  #readsAsFraction(r: WordReading): boolean {
    const fraction = r.sense.fraction;
    if (!this.#first() || fraction === undefined) return false;
    return !(fraction.number === 'singular' && fraction.ambiguous) || (beforeDefiniteNoun(this.#tokens, this.#following) && !this.#tokens.text(this.#at).includes(article));
  }

  /** A unit into a free units slot: خمسة، وثلاثة (مئة وثلاثة). صفر is a number only alone at the start. */
  #readUnit(r: WordReading): Step {
    const unit = r.sense.unit!;
    if (this.#readsAsFraction(r)) return Step.Pass;
    if (unit.value === 0) {
      if (!this.#first()) return Step.Stop;
      this.#addTerm(0);
      return this.#close(0, this.#at);
    }
    if (this.#units || this.#tens || !this.#mayFollow()) return Step.Pass;
    return this.#place(unit.value, Element.Unit, this.#at);
  }

  /** "عشرون وثلاثة أخماس" (20 3/5): after the slots are full, a unit up to ten can only count a plural fraction. */
  #readCountOfFractions(r: WordReading): Step {
    const unit = r.sense.unit!;
    if (!this.#joined || unit.value > 10 || this.#readsAsFraction(r)) return Step.Pass;
    const fraction = this.#tokens.bareSenses(this.#following)?.fraction;
    if (fraction?.number !== 'plural') return Step.Pass;
    const added = unit.value * fraction.value;
    this.#addTerm(added);
    return this.#close(this.#total + this.#group + added, this.#following);
  }

  /** A teen written as one word (Egyptian and Levantine): حداشر (11)، خمستاشر (15). */
  #readTeen(r: WordReading): Step {
    if (this.#units || this.#tens || !this.#mayFollow()) return Step.Stop;
    return this.#place(r.sense.teen!.value, Element.Teen, this.#at);
  }

  /** A ten into a free tens slot: عشرون، وثلاثون (خمسة وثلاثون). */
  #readTen(r: WordReading): Step {
    if (this.#tens || !this.#mayFollow()) return Step.Pass;
    return this.#place(r.sense.ten!.value, Element.Ten, this.#at);
  }

  /** "خمسة وتسعون مائة" (9500): مائة without و after a number below a hundred multiplies it. */
  #readMultiplyingHundred(r: WordReading): Step {
    if (r.sense.hundred!.value !== 100 || this.#first() || this.#joined || this.#group <= 0 || this.#last === Element.Scale) return Step.Pass;
    if (this.#hundreds && !(this.#last === Element.Numeral && this.#elements === 1)) return Step.Pass;
    this.#group *= 100;
    this.#hundreds = true;
    this.#units = this.#tens = false;
    this.#resetTerms(this.#group);
    return this.#take(Element.Hundred, this.#at);
  }

  /** A hundred into a free group: مئة، مائتان، وثلاثمائة (ألف وثلاثمائة); without و only after a scale (ألفين ثلاثمائة). */
  #readHundred(r: WordReading): Step {
    const juxtaposed = !this.#first() && !this.#joined;
    if (this.#hundreds || this.#units || this.#tens || (juxtaposed && this.#last !== Element.Scale)) return Step.Stop;
    return this.#place(r.sense.hundred!.value, Element.Hundred, this.#at);
  }

  /**
   * A scale word: ألف، مليون، مليار, their duals and plurals, and دزينة.
   * - after a lone fraction it multiplies it: نصف مليون، ربع مليون;
   * - a larger scale multiplies everything before it: ألف مليون، ألف وخمسمائة مليون;
   * - after a group it counts it: ثلاثة آلاف، 125 ألف، 22 ألفاً، مائتين وإثنين ألف;
   * - a dozen after و adds: ثلاث مائة ودزينتين (324);
   * - alone, or after و with nothing counting it: ألف، ألفان، مليونين، وألف.
   */
  #readScale(r: WordReading): Step {
    const scale = r.sense.scale!;
    const S = scale.value;
    const singular = scale.number === 'singular' || scale.number === 'dualOrAccusative';
    const joined = this.#joined;
    if (this.#last === Element.Fraction && this.#elements === 1 && !joined) {
      if (!singular) return Step.Stop;
      this.#total = this.#group * S;
    } else if (!this.#first() && !joined && this.#lastScale !== Infinity && S > this.#lastScale) {
      if (!singular) return Step.Stop;
      this.#total = (this.#total + this.#group) * S;
    } else if (this.#group > 0 && !joined && !this.#first()) {
      if (scale.number === 'dual') return Step.Stop;
      // "3 آلاف و5 آلاف" is two numbers, not 8000: a counted scale is smaller than the one before it.
      if (S >= this.#lastScale) return Step.Back;
      this.#total += this.#group * S;
    } else if (joined && this.#group > 0 && S < 100 && scale.number !== 'plural') {
      this.#total += this.#group + (scale.number === 'singular' ? 1 : 2) * S;
    } else if (this.#group === 0 && (this.#first() || joined)) {
      // آلاف alone is vague, not a number; "ألف وألف" and "مليون ومليون" are two numbers.
      if (scale.number === 'plural' || (joined && S >= this.#lastScale)) return Step.Stop;
      // ألفا is the dual (2000) unless written with tanween: ألفاً is the accusative singular.
      const twice = scale.number === 'dual' || (scale.number === 'dualOrAccusative' && !this.#tokens.hasTanween(this.#at));
      this.#total += (twice ? 2 : 1) * S;
    } else return Step.Stop;
    this.#group = 0;
    this.#fillSlots(false);
    this.#lastScale = S;
    this.scaled = true;
    this.#resetTerms(this.#total);
    this.kind = Number.isInteger(this.#total) ? 'cardinal' : 'decimal';
    this.#scaleEnd = ((this.#at + 1) as TokenIndex);
    this.#scaleElements = this.#elements + 1;
    return this.#take(Element.Scale, this.#at);
  }

  /** A fraction first: نصف، ثلث، ربعين (2/4), ثلث الفطيرة; a scale may follow it (نصف مليون). */
  #readFirstFraction(r: WordReading): Step {
    const fraction = r.sense.fraction!;
    if (!this.#first()) return Step.Pass;
    if (fraction.number === 'plural' || !this.#readsAsFraction(r)) return Step.Stop;
    this.#group = fraction.value * (fraction.number === 'dual' ? 2 : 1);
    this.#fillSlots(true);
    this.#addTerm(this.#group);
    this.kind = 'fraction';
    return this.#take(Element.Fraction, this.#at);
  }

  /**
   * A fraction after و adds to the number and ends it: "واحد ونصف" (1.5),
   * "ثلاث وخمس" (3 1/5); after a scale it is a fraction of the scale: "مليون
   * ونصف" (1500000), also as "مليون ونصف المليون".
   */
  #readAddedFraction(r: WordReading): Step {
    const fraction = r.sense.fraction!;
    if (!this.#joined) return Step.Pass;
    if (fraction.number === 'plural') return Step.Stop;
    const base = this.#group === 0 && this.#lastScale !== Infinity && this.#lastScale >= 1000 ? this.#lastScale : 1;
    const added = fraction.value * (fraction.number === 'dual' ? 2 : 1) * base;
    this.#addTerm(added);
    // "مليون ونصف المليون": the repeated scale with the article closes the phrase.
    const k = this.#following;
    const repeated = base > 1 && k >= 0 ? this.#tokens.reading(k) : null;
    const repeatsScale = repeated !== null && repeated.prefix === 'ال' && repeated.sense.scale?.value === base && repeated.sense.scale.number === 'singular';
    return this.#close(this.#total + this.#group + added, repeatsScale ? k : this.#at);
  }

  /**
   * A denominator after a number, without و: "ثلاثة أرباع" (3/4), "عشرون أخماس"
   * (20/5), "ثلاث وعشرون خمس" (23/5). After a unit joined by و only that unit
   * counts it: "مائة وثلاثة أرباع" is 100 + 3/4, "مليون ومائتين وثلاثة أخماس"
   * 1000200 + 3/5.
   */
  #readDenominator(r: WordReading): Step {
    const fraction = r.sense.fraction!;
    let counted: number;
    if (fraction.number === 'plural' && this.#last === Element.Unit && this.#unitJoined) counted = this.#unitBefore + this.#unitValue * fraction.value;
    else if (!this.scaled && fraction.number !== 'dual' && countsDenominator(this.#last)) counted = (this.#total + this.#group) * fraction.value;
    else return Step.Stop;
    this.#resetTerms(counted);
    return this.#close(counted, this.#at);
  }
}

/**
 * The token where an element starts when `k` is the token after the one
 * before it: `k`, or the one after a free-standing و (the و of "و500" is a
 * word glued to the digits). NO_TOKEN at the end of the line.
 */
function elementFrom(tokens: NumberTokens, k: TokenIndex): TokenIndex {
  if (k < 0 || !tokens.isAnd(k)) return k;
  const glued = (k + 1) as TokenIndex;
  return tokens.isNumeral(glued) && tokens.start(glued) === tokens.end(k) ? glued : tokens.next(k);
}

/** The element after token `last` when و joins it to `last` (the عشرون of "إحدى وعشرون"), or NO_TOKEN. */
function joinedElementAfter(tokens: NumberTokens, last: TokenIndex): TokenIndex {
  const after = tokens.next(last);
  const k = elementFrom(tokens, after);
  return k >= 0 && (k !== after || tokens.reading(k)?.prefix === 'و') ? k : NO_TOKEN;
}

/** A unit 1–9: the head of a compound teen (ثلاثة عشر) or of an apart hundred (ثلاث مئة). */
function unitHead(r: WordReading): number | undefined {
  const unit = r.sense.unit;
  return unit !== undefined && unit.value >= 1 && unit.value <= 9 ? unit.value : undefined;
}

/** True when token `k` is a definite noun (ال…) that is not itself a number word. */
function beforeDefiniteNoun(tokens: NumberTokens, k: TokenIndex): boolean {
  return k >= 0 && tokens.isWord(k) && !tokens.isForeign(k) && tokens.text(k).startsWith(article) && tokens.reading(k) === null;
}

/** Elements that can count a following denominator: ثلاثة أرباع، عشرون أخماس، مئة جزء. */
function countsDenominator(last: Element): boolean {
  return last === Element.Unit || last === Element.Ten || last === Element.Teen || last === Element.Hundred || last === Element.Numeral;
}
