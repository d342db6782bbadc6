/**
 * The grammar of Arabic number expressions over tokens.
 *
 * A cardinal is read element by element in Arabic order: within each group
 * below a thousand the hundreds come first, then the units, then the tens
 * (مئة وخمسة وعشرون); a scale word closes a group (ثلاثة آلاف) and later
 * groups are smaller (ثلاثة ملايين وخمسمئة ألف). Each element must fill a slot
 * that is still free, so two numbers side by side ("15 و20") stay apart.
 *
 * Every step looks at most two tokens ahead and never backtracks over more
 * than one element, so reading all numbers of a text is linear in its length.
 */
import { foldWord } from '../text/fold.js';
import { NO_TOKEN, tokenIndex, type TokenIndex } from '../text/coordinates.js';
import type { TokenStream } from './tokens.js';
import { pronounOneAfter } from './lexicon.js';
import type { WordReading, WordSense } from './words.js';

/** What kind of number an expression is. */
export type NumberKind = 'cardinal' | 'decimal' | 'fraction' | 'ordinal';

/** A number expression over tokens `[start, end)`. */
export interface ParsedNumber {
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  readonly value: number;
  readonly kind: NumberKind;
}

interface CardinalResult {
  end: TokenIndex;
  value: number;
  kind: NumberKind;
  /** The additive terms, for "مائتان وثلاثة جزء من مائة" (200 and 3 hundredths). */
  terms: number[];
  /** True when a scale word was used: the number cannot take a ratio or a denominator after it. */
  scaled: boolean;
  /** True when the last element was a bare integer numeral (for "1 فاصلة 5"). */
  numeralOnly: boolean;
  /** The digits of a bare integer numeral. */
  digits: string;
}

function sense<T extends WordSense['type']>(r: WordReading | null, type: T): Extract<WordSense, { type: T }> | undefined {
  if (!r) return undefined;
  for (const s of r.senses) if (s.type === type) return s as Extract<WordSense, { type: T }>;
  return undefined;
}

function isWordSense(tokens: TokenStream, k: TokenIndex, type: WordSense['type'], prefix = ''): boolean {
  if (k < 0) return false;
  const r = tokens.reading(k);
  return r !== null && r.prefix === prefix && sense(r, type) !== undefined;
}

/** The last unit read and what the number was before it, for "مائة وثلاثة أرباع" (100 + 3/4). */
interface LastUnit {
  value: number;
  conj: boolean;
  before: number;
}

interface Continuation {
  index: TokenIndex;
  conj: boolean;
}

/** Where the next element after token `last` starts, and whether و joins it. */
function continuation(tokens: TokenStream, last: TokenIndex): Continuation | null {
  const k = tokens.next(last);
  if (k < 0) return null;
  if (tokens.isAnd(k)) {
    if (tokenIndex(k + 1) < tokens.length && tokens.type(tokenIndex(k + 1)) === 'numeral' && tokens.start(tokenIndex(k + 1)) === tokens.end(k)) return { index: tokenIndex(k + 1), conj: true };
    const k2 = tokens.next(k);
    return k2 < 0 ? null : { index: k2, conj: true };
  }
  const r = tokens.reading(k);
  if (r && r.prefix === 'و') return { index: k, conj: true };
  return { index: k, conj: false };
}

/** Allowed prefix for a non-initial element: none, or و when it is the joining conjunction. */
function prefixFits(r: WordReading, conj: boolean, viaStandalone: boolean): boolean {
  return r.prefix === '' || (conj && !viaStandalone && r.prefix === 'و');
}

/**
 * Reads a cardinal (with fractions and scales) starting at token `i`.
 * The first element may carry any clitic (وثلاثة، لخمسة، بألفين).
 */
export function parseCardinal(tokens: TokenStream, i: TokenIndex): CardinalResult | null {
  let total = 0;
  let group = 0;
  let H = false;
  let U = false;
  let T = false;
  let lastScale = Infinity;
  let scaled = false;
  let count = 0;
  let end = i;
  let kind: NumberKind = 'cardinal';
  let lastType = '';
  let lastUnit: LastUnit | null = null;
  let terminal = false;
  let numeralOnly = false;
  let digits = '';
  const terms: number[] = [];

  let index = i;
  let conj = false;
  let viaStandalone = false;

  let consumedEnd: TokenIndex; // token index just past the element being read, once it is accepted

  /** Adds a unit, teen, ten or hundred to the current group and marks the slots it fills. */
  const place = (v: number, type: 'unit' | 'teen' | 'ten' | 'hundred', lastIndex: TokenIndex): void => {
    const before = total + group;
    group += v;
    if (type === 'hundred') H = true;
    else {
      U = true;
      if (type !== 'unit' || v === 10) T = true;
    }
    terms.push(v);
    consumedEnd = tokenIndex(lastIndex + 1);
    lastUnit = type === 'unit' ? { value: v, conj, before } : null;
    lastType = type;
  };

  /** Ends the number on a fraction (ونصف، ثلاثة أرباع): nothing can follow it. */
  const close = (newTotal: number, lastIndex: TokenIndex): void => {
    total = newTotal;
    group = 0;
    end = tokenIndex(lastIndex + 1);
    count++;
    kind = Number.isInteger(total) ? 'cardinal' : 'fraction';
    terminal = true;
  };

  const placeGroupValue = (v: number): boolean => {
    // A value below 1000 placed into the current group by its magnitude.
    if (v >= 100) {
      if (H || U || T) return false;
      H = true;
      if (v % 100 !== 0) U = T = true;
    } else {
      if (U || T) return false;
      U = true;
      if (v >= 10) T = true;
    }
    group += v;
    return true;
  };

  for (;;) {
    if (index >= tokens.length) break;
    const first = count === 0;
    consumedEnd = NO_TOKEN;

    if (tokens.type(index) === 'numeral') {
      const n = tokens.numeral(index)!;
      // A numeral may follow only the start, a conjunction, or (juxtaposed) a scale word.
      const nextK = tokens.next(index);
      const nextScale = nextK >= 0 ? sense(tokens.reading(nextK), 'scale') : undefined;
      const nextScalePrefixOk = nextK >= 0 && tokens.reading(nextK)?.prefix === '';
      const v = nextScale && nextScalePrefixOk && n.decimalReading !== null ? n.decimalReading : n.value;
      if (first) {
        if (n.kind === 'fraction') {
          return { end: tokenIndex(index + 1), value: n.value, kind: 'fraction', terms: [n.value], scaled: false, numeralOnly: false, digits: '' };
        }
        group = v;
        H = U = T = true;
        kind = n.kind === 'decimal' && !Number.isInteger(v) ? 'decimal' : 'cardinal';
        numeralOnly = n.plainInteger || n.kind === 'cardinal';
        digits = n.digits;
        consumedEnd = tokenIndex(index + 1);
      } else if ((conj || lastType === 'scale') && n.kind !== 'fraction' && n.value >= 0) {
        if (v < 1000 && Number.isInteger(v)) {
          if (!placeGroupValue(v)) break;
        } else if (group === 0 && lastType === 'scale' && v < lastScale) {
          group = v;
          H = U = T = true;
        } else break;
        if (!Number.isInteger(v)) kind = 'decimal';
        consumedEnd = tokenIndex(index + 1);
        numeralOnly = false;
      } else break;
      terms.push(v);
      lastType = 'numeral';
      lastUnit = null;
    } else {
      const r = tokens.reading(index);
      if (!r || (!first && !prefixFits(r, conj, viaStandalone)) || (first && !r.canStartNumber)) break;
      const nextK = tokens.next(index);
      const juxtaposed = !first && !conj;
      // Without و an element may only follow a scale or a hundred (٤ آلاف ٣ مائة، متين تلاتة وستين).
      const juxtaposedOk = !juxtaposed || lastType === 'scale' || lastType === 'hundred';
      const unit = sense(r, 'unit');
      const teenHead = sense(r, 'teenHead');
      const teen = sense(r, 'teen');
      const ten = sense(r, 'ten');
      const hundred = sense(r, 'hundred');
      const scale = sense(r, 'scale');
      const fraction = sense(r, 'fraction');
      // خمس الفطيرة is a fifth and ثمن الوزن an eighth; خمس سنوات is five and ثمن حجرة a price.
      const ambiguousFraction = fraction !== undefined && fraction.number === 'singular' && fraction.ambiguous;
      const fractionFirst = first && fraction !== undefined && (!ambiguousFraction || beforeDefiniteNoun(tokens, nextK));
      numeralOnly = false;

      // The article only goes with the first element (الثلاثة) — and on units 3–10 only:
      // الاثنين is Monday, الواحد is "the single one", المئة is the percent idiom.
      if (r.definite) {
        const definiteUnit = first && unit !== undefined && unit.value >= 3 && unit.value <= 10;
        if (!definiteUnit && !(first && fraction)) break;
      }

      let accepted = false;
      // Compound teens: ثلاثة عشر، إحدى عشرة، اثنا عشر.
      const headValue = teenHead?.value ?? (unit && unit.value >= 1 && unit.value <= 9 ? unit.value : undefined);
      if (headValue !== undefined && juxtaposedOk && isWordSense(tokens, nextK, 'teenTail')) {
        if (U || T) break;
        place(10 + headValue, 'teen', nextK);
        accepted = true;
      }
      // إحدى وعشرون، أحد وثلاثون: the teen head is the unit one before و and a ten.
      if (!accepted && teenHead?.value === 1 && !U && !T && juxtaposedOk) {
        const after = continuation(tokens, index);
        if (after && after.conj && sense(tokens.reading(after.index), 'ten')) {
          place(1, 'unit', index);
          accepted = true;
        }
      }
      // Apart hundreds: ثلاث مئة.
      if (!accepted && unit && unit.value >= 1 && unit.value <= 9 && juxtaposedOk && isWordSense(tokens, nextK, 'hundred')) {
        if (sense(tokens.reading(nextK), 'hundred')!.value === 100) {
          if (H || U || T) break;
          place(unit.value * 100, 'hundred', nextK);
          accepted = true;
        }
      }
      if (!accepted && unit && !fractionFirst) {
        const v = unit.value;
        if (v === 0) {
          if (!first) break;
          return { end: tokenIndex(index + 1), value: 0, kind: 'cardinal', terms: [0], scaled: false, numeralOnly: false, digits: '' };
        }
        if (!U && !T && juxtaposedOk) {
          place(v, 'unit', index);
          accepted = true;
        } else if (conj && v <= 10 && isWordSense(tokens, nextK, 'fraction')) {
          // "عشرون وثلاثة أخماس": a unit after the slots are full can only count a fraction.
          const fr = sense(tokens.reading(nextK), 'fraction')!;
          if (fr.number === 'plural') {
            const add = v * fr.value;
            terms.push(add);
            close(total + group + add, nextK);
            break;
          }
        }
      }
      if (!accepted && teen) {
        if (U || T || !juxtaposedOk) break;
        place(teen.value, 'teen', index);
        accepted = true;
      }
      if (!accepted && ten && !T && juxtaposedOk) {
        place(ten.value, 'ten', index);
        accepted = true;
      }
      if (!accepted && hundred) {
        if (juxtaposed && hundred.value === 100 && group > 0 && (!H || (lastType === 'numeral' && count === 1)) && lastType !== 'scale') {
          // "خمسة وتسعون مائة": the hundred multiplies what precedes it.
          group *= 100;
          H = true;
          U = T = false;
          terms.length = 0;
          terms.push(group);
          consumedEnd = tokenIndex(index + 1);
          lastType = 'hundred';
          accepted = true;
        } else if (!H && !U && !T && (!juxtaposed || lastType === 'scale')) {
          place(hundred.value, 'hundred', index);
          accepted = true;
        } else break;
      }
      if (!accepted && scale) {
        const S = scale.value;
        if (lastType === 'fraction' && count === 1 && !conj) {
          // نصف مليون، ربع مليون، نصف دزينة
          if (scale.number !== 'singular' && scale.number !== 'dualOrAccusative') break;
          total = group * S;
        } else if (!first && !conj && lastScale !== Infinity && S > lastScale) {
          // A larger scale multiplies all before it: ألف مليون، ألف وخمسمائة مليون.
          if (scale.number !== 'singular' && scale.number !== 'dualOrAccusative') break;
          total = (total + group) * S;
        } else if (group > 0 && !conj && !first) {
          // A counted scale: ثلاثة آلاف، 125 ألف، 22 ألفاً، مائتين وإثنين ألف.
          if (scale.number === 'dual') break;
          total += group * S;
        } else if (conj && group > 0 && S < 100 && scale.number !== 'plural') {
          // Dozens add to what precedes them: ثلاث مائة ودزينتين (324).
          total += group + (scale.number === 'singular' ? 1 : 2) * S;
        } else if (group === 0 && (first || conj)) {
          if (scale.number === 'plural') break; // آلاف alone is vague, not a number
          if (conj && S >= lastScale) break;
          let multiplier = 1;
          if (scale.number === 'dual') multiplier = 2;
          else if (scale.number === 'dualOrAccusative' && !tokens.hasTanween(index)) multiplier = 2;
          total += multiplier * S;
        } else break;
        group = 0;
        H = U = T = false;
        lastScale = S;
        scaled = true;
        terms.length = 0;
        terms.push(total);
        consumedEnd = tokenIndex(index + 1);
        lastType = 'scale';
        lastUnit = null;
        kind = Number.isInteger(total) ? 'cardinal' : 'decimal';
        accepted = true;
      }
      if (!accepted && fraction) {
        const F = fraction.value;
        const times = fraction.number === 'dual' ? 2 : 1;
        if (first) {
          if (fraction.number === 'plural' || !fractionFirst) break;
          group = F * times;
          H = U = T = true;
          terms.push(group);
          consumedEnd = tokenIndex(index + 1);
          lastType = 'fraction';
          kind = 'fraction';
          accepted = true;
        } else if (conj) {
          // "مليون ونصف" is a million and a half; "واحد ونصف" is one and a half; "ثلاث وخمس" 3 1/5.
          if (fraction.number === 'plural') break;
          const base = group === 0 && lastScale !== Infinity && lastScale >= 1000 ? lastScale : 1;
          const add = F * times * base;
          terms.push(add);
          // "مليون ونصف المليون": the repeated scale with the article closes the phrase.
          const k2 = tokens.next(index);
          const r2 = base > 1 && k2 >= 0 ? tokens.reading(k2) : null;
          const s2 = sense(r2, 'scale');
          const repeatsScale = r2 !== null && r2.prefix === 'ال' && s2 !== undefined && s2.value === base && s2.number === 'singular';
          close(total + group + add, repeatsScale ? k2 : index);
          break;
        } else {
          // A denominator after a number.
          let counted: number | null = null;
          // `place` sets lastUnit from a closure, which the compiler's narrowing does not see.
          const unitBefore = lastUnit as LastUnit | null;
          if (fraction.number === 'plural' && lastType === 'unit' && unitBefore?.conj) {
            // Only the last unit counts it: "مائة وثلاثة أرباع" is 100 + 3/4; "مليون ومائتين وثلاثة أخماس" 1000200 + 3/5.
            counted = unitBefore.before + unitBefore.value * F;
          } else if (!scaled && fraction.number !== 'dual' && countsDenominator.has(lastType)) {
            // The whole number counts it: ثلاثة أرباع (3/4), عشرون أخماس (20/5), ثلاث وعشرون خمس (23/5).
            counted = (total + group) * F;
          }
          if (counted === null) break;
          terms.length = 0;
          terms.push(counted);
          close(counted, index);
          break;
        }
      }
      if (!accepted) break;
    }

    count++;
    end = consumedEnd;
    const next = continuation(tokens, tokenIndex(end - 1));
    if (!next) break;
    index = next.index;
    conj = next.conj;
    viaStandalone = conj && isStandaloneConj(tokens, end, index);
  }

  if (count === 0) return null;
  const value = terminal ? total : total + group;
  if (kind === 'cardinal' && !Number.isInteger(value)) kind = 'decimal';
  return { end, value, kind, terms, scaled, numeralOnly: numeralOnly && count === 1, digits };
}

/** Elements that can count a following denominator: ثلاثة أرباع، عشرون أخماس. */
const countsDenominator = new Set(['unit', 'ten', 'teen', 'hundred', 'numeral']);

/** True when token `k` is a definite noun (ال…) that is not itself a number word. */
function beforeDefiniteNoun(tokens: TokenStream, k: TokenIndex): boolean {
  if (k < 0) return false;
  return tokens.type(k) === 'word' && !tokens.isForeign(k) && tokens.text(k).startsWith('ال') && tokens.reading(k) === null;
}

/** True when the و between token `from` and `to` is a separate word ("و عشرون" / "و500"). */
function isStandaloneConj(tokens: TokenStream, from: TokenIndex, to: TokenIndex): boolean {
  for (let k = from; k < to; k++) if (tokens.isAnd(k)) return true;
  return false;
}

/** Index of "والعشرون" / "و العشرون" starting at token `k`, or -1. */
function definiteTenAfter(tokens: TokenStream, k: TokenIndex): TokenIndex {
  const rn = tokens.reading(k);
  if (rn && rn.prefix === 'وال' && sense(rn, 'ten')) return k;
  if (tokens.isAnd(k)) {
    const k2 = tokens.next(k);
    const r2 = k2 >= 0 ? tokens.reading(k2) : null;
    if (r2 && r2.prefix === 'ال' && sense(r2, 'ten')) return k2;
  }
  return NO_TOKEN;
}

const pronounHeads = new Set(pronounOneAfter.map(foldWord));

/**
 * Reads an ordinal at token `i`: الثالث، الحادي عشر، الخامس والعشرون، العشرون.
 */
export function parseOrdinal(tokens: TokenStream, i: TokenIndex): ParsedNumber | null {
  const r = tokens.reading(i);
  if (!r || !r.canStartNumber) return null;
  const ord = sense(r, 'ordinal');
  const nextK = tokens.next(i);
  if (ord) {
    if (ord.feminine && !r.definite) return null;
    if (r.prefix !== '' && !r.definite && !['و', 'ف', 'ب', 'ل', 'ك'].includes(r.prefix)) return null;
    if (nextK >= 0 && isWordSense(tokens, nextK, 'teenTail')) {
      return { start: i, end: tokenIndex(nextK + 1), value: ord.value + 10, kind: 'ordinal' };
    }
    // الخامس والعشرون / الخامس و العشرون
    if (nextK >= 0 && r.definite) {
      const tenAt = definiteTenAfter(tokens, nextK);
      if (tenAt >= 0) {
        return { start: i, end: tokenIndex(tenAt + 1), value: ord.value + sense(tokens.reading(tenAt), 'ten')!.value, kind: 'ordinal' };
      }
    }
    if (ord.compoundOnly) return null;
    return { start: i, end: tokenIndex(i + 1), value: ord.value, kind: 'ordinal' };
  }
  // A definite cardinal heading a compound is an ordinal too: الأحد عشر، الاثنى عشر، الواحد والعشرون.
  const head = sense(r, 'teenHead')?.value ?? (sense(r, 'unit')?.value === 1 || sense(r, 'unit')?.value === 2 ? sense(r, 'unit')!.value : undefined);
  if (head !== undefined && r.prefix === 'ال' && nextK >= 0) {
    if (isWordSense(tokens, nextK, 'teenTail')) return { start: i, end: tokenIndex(nextK + 1), value: head + 10, kind: 'ordinal' };
    const tenAt = definiteTenAfter(tokens, nextK);
    if (tenAt >= 0) return { start: i, end: tokenIndex(tenAt + 1), value: head + sense(tokens.reading(tenAt), 'ten')!.value, kind: 'ordinal' };
  }
  // العشرون on its own is the twentieth.
  const ten = sense(r, 'ten');
  if (ten && r.prefix === 'ال' && !sense(r, 'unit')) return { start: i, end: tokenIndex(i + 1), value: ten.value, kind: 'ordinal' };
  return null;
}

/**
 * Reads the longest number expression starting at token `i`: a cardinal,
 * decimal or fraction, optionally negative (سالب، ناقص), with a spelled
 * decimal point (فاصلة), a ratio (١ على ٣) or parts (جزء من مئة); or an ordinal.
 */
export function parseNumberAt(tokens: TokenStream, i: TokenIndex): ParsedNumber | null {
  const type = tokens.type(i);
  if (type === 'word') {
    const r = tokens.reading(i);
    if (!r) return null;
    if (sense(r, 'negative') && r.prefix === '') {
      const k = tokens.next(i);
      if (k < 0) return null;
      const inner = parseUnsigned(tokens, k);
      return inner ? { start: i, end: inner.end, value: -inner.value, kind: inner.kind } : null;
    }
    const ordinal = parseOrdinal(tokens, i);
    if (ordinal) return ordinal;
  } else if (type !== 'numeral') {
    return null;
  }
  const parsed = parseUnsigned(tokens, i);
  // "أي واحد تفضل" (which one), "كل واحد منهم" (each one): the pronoun, not a count.
  if (parsed && parsed.end === tokenIndex(i + 1) && parsed.value === 1 && type === 'word' && tokens.reading(i)!.prefix === '') {
    const p = tokens.previous(i);
    if (p >= 0 && pronounHeads.has(tokens.text(p))) return null;
  }
  return parsed;
}

function parseUnsigned(tokens: TokenStream, i: TokenIndex): ParsedNumber | null {
  // "جزء من مئة": one part of a hundred.
  if (isWordSense(tokens, i, 'part')) {
    const den = partDenominator(tokens, i);
    return den ? { start: i, end: den.end, value: 1 / den.value, kind: 'fraction' } : null;
  }
  const c = parseCardinal(tokens, i);
  if (!c) return null;
  let { value, kind } = c;
  const end = c.end;
  const k = tokens.next(tokenIndex(end - 1));
  if (k >= 0 && kind !== 'fraction') {
    const r = tokens.reading(k);
    if (r && r.prefix === '' && sense(r, 'point') && Number.isInteger(value)) {
      // "واحد فاصلة خمسة" and "1 فاصلة 25": the digits after the point.
      const k2 = tokens.next(k);
      const frac = k2 >= 0 ? parseCardinal(tokens, k2) : null;
      if (frac && !frac.scaled && Number.isInteger(frac.value) && frac.value >= 0) {
        const fracDigits = frac.numeralOnly ? frac.digits : String(frac.value);
        value = Number(`${Math.abs(value)}.${fracDigits}`) * (value < 0 ? -1 : 1);
        return { start: i, end: frac.end, value, kind: 'decimal' };
      }
    }
    if (r && r.prefix === '' && sense(r, 'ratio') && !c.scaled) {
      // "١ على ٣", "خمسة وتسعون مائة على خمسة": a ratio between two numbers.
      const k2 = tokens.next(k);
      const den = k2 >= 0 ? parseCardinal(tokens, k2) : null;
      if (den && den.value !== 0 && den.kind !== 'fraction' && !tokens.reading(k2)?.prefix) {
        return { start: i, end: den.end, value: value / den.value, kind: 'fraction' };
      }
    }
    if (r && r.prefix === '' && sense(r, 'part') && !c.scaled) {
      const den = partDenominator(tokens, k);
      if (den) {
        // "مائتان وثلاثة جزء من مائة" is 200 and 3 hundredths; "عشرين أجزاء من خمسة وعشرين" is 20/25.
        const [head, ...rest] = c.terms;
        const restSum = rest.reduce((a, b) => a + b, 0);
        const split = head !== undefined && rest.length > 0 && head >= den.value && restSum < den.value;
        value = split ? head + restSum / den.value : value / den.value;
        return { start: i, end: den.end, value, kind: 'fraction' };
      }
    }
  }
  if (kind === 'cardinal' && !Number.isInteger(value)) kind = 'decimal';
  return { start: i, end, value, kind };
}

function partDenominator(tokens: TokenStream, partAt: TokenIndex): { end: TokenIndex; value: number } | null {
  const k = tokens.next(partAt);
  if (k < 0 || tokens.text(k) !== 'من') return null;
  const k2 = tokens.next(k);
  if (k2 < 0) return null;
  const den = parseCardinal(tokens, k2);
  if (!den || den.value === 0 || tokens.reading(k2)?.prefix) return null;
  return { end: den.end, value: den.value };
}
