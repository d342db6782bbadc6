/**
 * The grammar of Arabic number expressions over lexemes.
 *
 * A cardinal is read element by element in Arabic order: within each group
 * below a thousand the hundreds come first, then the units, then the tens
 * (مئة وخمسة وعشرون); a scale word closes a group (ثلاثة آلاف) and later
 * groups are smaller (ثلاثة ملايين وخمسمئة ألف). Each element must fill a slot
 * that is still free, so two numbers side by side ("15 و20") stay apart.
 *
 * Every step looks at most two lexemes ahead and never backtracks over more
 * than one element, so reading all numbers of a text is linear in its length.
 */
import { foldWord } from '../text/fold.js';
import type { Lexemes } from './lexemes.js';
import { pronounOneAfter } from './lexicon.js';
import type { WordReading, WordSense } from './words.js';

/** What kind of number an expression is. */
export type NumberKind = 'cardinal' | 'decimal' | 'fraction' | 'ordinal';

/** A number expression over lexemes `[start, end)`. */
export interface ParsedNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: NumberKind;
}

interface CardinalResult {
  end: number;
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

/** Index of the next lexeme that is not white space, without crossing a line break; -1 at the end. */
function nextIndex(lx: Lexemes, k: number): number {
  let j = k + 1;
  while (j < lx.length) {
    if (lx.type(j) !== 'space') return j;
    if (lx.flag(j)) return -1;
    j++;
  }
  return -1;
}

function sense<T extends WordSense['type']>(r: WordReading | null, type: T): Extract<WordSense, { type: T }> | undefined {
  if (!r) return undefined;
  for (const s of r.senses) if (s.type === type) return s as Extract<WordSense, { type: T }>;
  return undefined;
}

function isWordSense(lx: Lexemes, k: number, type: WordSense['type'], prefix = ''): boolean {
  if (k < 0) return false;
  const r = lx.reading(k);
  return r !== null && r.prefix === prefix && sense(r, type) !== undefined;
}

/** True when the original has tanween on the word (ألفاً is the accusative singular, not the dual ألفا). */
type TanweenCheck = (lexemeIndex: number) => boolean;

/** The last unit read and what the number was before it, for "مائة وثلاثة أرباع" (100 + 3/4). */
interface LastUnit {
  value: number;
  conj: boolean;
  before: number;
}

interface Continuation {
  index: number;
  conj: boolean;
}

/** Where the next element after lexeme `last` starts, and whether و joins it. */
function continuation(lx: Lexemes, last: number): Continuation | null {
  const k = nextIndex(lx, last);
  if (k < 0) return null;
  if (lx.isAnd(k)) {
    if (k + 1 < lx.length && lx.type(k + 1) === 'numeral' && lx.start(k + 1) === lx.end(k)) return { index: k + 1, conj: true };
    const k2 = nextIndex(lx, k);
    return k2 < 0 ? null : { index: k2, conj: true };
  }
  const r = lx.reading(k);
  if (r && r.prefix === 'و') return { index: k, conj: true };
  return { index: k, conj: false };
}

/** Allowed prefix for a non-initial element: none, or و when it is the joining conjunction. */
function prefixFits(r: WordReading, conj: boolean, viaStandalone: boolean): boolean {
  return r.prefix === '' || (conj && !viaStandalone && r.prefix === 'و');
}

/**
 * Reads a cardinal (with fractions and scales) starting at lexeme `i`.
 * The first element may carry any clitic (وثلاثة، لخمسة، بألفين).
 */
export function parseCardinal(lx: Lexemes, i: number, hasTanween: TanweenCheck): CardinalResult | null {
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

  let consumedEnd: number; // lexeme index just past the element being read, once it is accepted

  /** Adds a unit, teen, ten or hundred to the current group and marks the slots it fills. */
  const place = (v: number, type: 'unit' | 'teen' | 'ten' | 'hundred', lastIndex: number): void => {
    const before = total + group;
    group += v;
    if (type === 'hundred') H = true;
    else {
      U = true;
      if (type !== 'unit' || v === 10) T = true;
    }
    terms.push(v);
    consumedEnd = lastIndex + 1;
    lastUnit = type === 'unit' ? { value: v, conj, before } : null;
    lastType = type;
  };

  /** Ends the number on a fraction (ونصف، ثلاثة أرباع): nothing can follow it. */
  const close = (newTotal: number, lastIndex: number): void => {
    total = newTotal;
    group = 0;
    end = lastIndex + 1;
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
    if (index >= lx.length) break;
    const first = count === 0;
    consumedEnd = -1;

    if (lx.type(index) === 'numeral') {
      const n = lx.numeral(index)!;
      // A numeral may follow only the start, a conjunction, or (juxtaposed) a scale word.
      const nextK = nextIndex(lx, index);
      const nextScale = nextK >= 0 ? sense(lx.reading(nextK), 'scale') : undefined;
      const nextScalePrefixOk = nextK >= 0 && lx.reading(nextK)?.prefix === '';
      const v = nextScale && nextScalePrefixOk && n.decimalReading !== null ? n.decimalReading : n.value;
      if (first) {
        if (n.kind === 'fraction') {
          return { end: index + 1, value: n.value, kind: 'fraction', terms: [n.value], scaled: false, numeralOnly: false, digits: '' };
        }
        group = v;
        H = U = T = true;
        kind = n.kind === 'decimal' && !Number.isInteger(v) ? 'decimal' : 'cardinal';
        numeralOnly = n.plainInteger || n.kind === 'cardinal';
        digits = n.digits;
        consumedEnd = index + 1;
      } else if ((conj || lastType === 'scale') && n.kind !== 'fraction' && n.value >= 0) {
        if (v < 1000 && Number.isInteger(v)) {
          if (!placeGroupValue(v)) break;
        } else if (group === 0 && lastType === 'scale' && v < lastScale) {
          group = v;
          H = U = T = true;
        } else break;
        if (!Number.isInteger(v)) kind = 'decimal';
        consumedEnd = index + 1;
        numeralOnly = false;
      } else break;
      terms.push(v);
      lastType = 'numeral';
      lastUnit = null;
    } else {
      const r = lx.reading(index);
      if (!r || (!first && !prefixFits(r, conj, viaStandalone)) || (first && !r.canStartNumber)) break;
      const nextK = nextIndex(lx, index);
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
      const fractionFirst = first && fraction !== undefined && (!ambiguousFraction || beforeDefiniteNoun(lx, nextK));
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
      if (headValue !== undefined && juxtaposedOk && isWordSense(lx, nextK, 'teenTail')) {
        if (U || T) break;
        place(10 + headValue, 'teen', nextK);
        accepted = true;
      }
      // إحدى وعشرون، أحد وثلاثون: the teen head is the unit one before و and a ten.
      if (!accepted && teenHead?.value === 1 && !U && !T && juxtaposedOk) {
        const after = continuation(lx, index);
        if (after && after.conj && sense(lx.reading(after.index), 'ten')) {
          place(1, 'unit', index);
          accepted = true;
        }
      }
      // Apart hundreds: ثلاث مئة.
      if (!accepted && unit && unit.value >= 1 && unit.value <= 9 && juxtaposedOk && isWordSense(lx, nextK, 'hundred')) {
        if (sense(lx.reading(nextK), 'hundred')!.value === 100) {
          if (H || U || T) break;
          place(unit.value * 100, 'hundred', nextK);
          accepted = true;
        }
      }
      if (!accepted && unit && !fractionFirst) {
        const v = unit.value;
        if (v === 0) {
          if (!first) break;
          return { end: index + 1, value: 0, kind: 'cardinal', terms: [0], scaled: false, numeralOnly: false, digits: '' };
        }
        if (!U && !T && juxtaposedOk) {
          place(v, 'unit', index);
          accepted = true;
        } else if (conj && v <= 10 && isWordSense(lx, nextK, 'fraction')) {
          // "عشرون وثلاثة أخماس": a unit after the slots are full can only count a fraction.
          const fr = sense(lx.reading(nextK), 'fraction')!;
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
          consumedEnd = index + 1;
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
          else if (scale.number === 'dualOrAccusative' && !hasTanween(index)) multiplier = 2;
          total += multiplier * S;
        } else break;
        group = 0;
        H = U = T = false;
        lastScale = S;
        scaled = true;
        terms.length = 0;
        terms.push(total);
        consumedEnd = index + 1;
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
          consumedEnd = index + 1;
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
          const k2 = nextIndex(lx, index);
          const r2 = base > 1 && k2 >= 0 ? lx.reading(k2) : null;
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
    const next = continuation(lx, end - 1);
    if (!next) break;
    index = next.index;
    conj = next.conj;
    viaStandalone = conj && isStandaloneConj(lx, end, index);
  }

  if (count === 0) return null;
  const value = terminal ? total : total + group;
  if (kind === 'cardinal' && !Number.isInteger(value)) kind = 'decimal';
  return { end, value, kind, terms, scaled, numeralOnly: numeralOnly && count === 1, digits };
}

/** Elements that can count a following denominator: ثلاثة أرباع، عشرون أخماس. */
const countsDenominator = new Set(['unit', 'ten', 'teen', 'hundred', 'numeral']);

/** True when lexeme `k` is a definite noun (ال…) that is not itself a number word. */
function beforeDefiniteNoun(lx: Lexemes, k: number): boolean {
  if (k < 0) return false;
  return lx.type(k) === 'word' && !lx.flag(k) && lx.text(k).startsWith('ال') && lx.reading(k) === null;
}

/** True when the و between lexeme `from` and `to` is a separate word ("و عشرون" / "و500"). */
function isStandaloneConj(lx: Lexemes, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lx.isAnd(k)) return true;
  return false;
}

/** Index of "والعشرون" / "و العشرون" starting at lexeme `k`, or -1. */
function definiteTenAfter(lx: Lexemes, k: number): number {
  const rn = lx.reading(k);
  if (rn && rn.prefix === 'وال' && sense(rn, 'ten')) return k;
  if (lx.isAnd(k)) {
    const k2 = nextIndex(lx, k);
    const r2 = k2 >= 0 ? lx.reading(k2) : null;
    if (r2 && r2.prefix === 'ال' && sense(r2, 'ten')) return k2;
  }
  return -1;
}

const pronounHeads = new Set(pronounOneAfter.map(foldWord));

/** Index of the previous lexeme that is not white space, or -1. */
function previousIndex(lx: Lexemes, k: number): number {
  let j = k - 1;
  while (j >= 0 && lx.type(j) === 'space') j--;
  return j;
}

/**
 * Reads an ordinal at lexeme `i`: الثالث، الحادي عشر، الخامس والعشرون، العشرون.
 */
export function parseOrdinal(lx: Lexemes, i: number): ParsedNumber | null {
  const r = lx.reading(i);
  if (!r || !r.canStartNumber) return null;
  const ord = sense(r, 'ordinal');
  const nextK = nextIndex(lx, i);
  if (ord) {
    if (ord.feminine && !r.definite) return null;
    if (r.prefix !== '' && !r.definite && !['و', 'ف', 'ب', 'ل', 'ك'].includes(r.prefix)) return null;
    if (nextK >= 0 && isWordSense(lx, nextK, 'teenTail')) {
      return { start: i, end: nextK + 1, value: ord.value + 10, kind: 'ordinal' };
    }
    // الخامس والعشرون / الخامس و العشرون
    if (nextK >= 0 && r.definite) {
      const tenAt = definiteTenAfter(lx, nextK);
      if (tenAt >= 0) {
        return { start: i, end: tenAt + 1, value: ord.value + sense(lx.reading(tenAt), 'ten')!.value, kind: 'ordinal' };
      }
    }
    if (ord.compoundOnly) return null;
    return { start: i, end: i + 1, value: ord.value, kind: 'ordinal' };
  }
  // A definite cardinal heading a compound is an ordinal too: الأحد عشر، الاثنى عشر، الواحد والعشرون.
  const head = sense(r, 'teenHead')?.value ?? (sense(r, 'unit')?.value === 1 || sense(r, 'unit')?.value === 2 ? sense(r, 'unit')!.value : undefined);
  if (head !== undefined && r.prefix === 'ال' && nextK >= 0) {
    if (isWordSense(lx, nextK, 'teenTail')) return { start: i, end: nextK + 1, value: head + 10, kind: 'ordinal' };
    const tenAt = definiteTenAfter(lx, nextK);
    if (tenAt >= 0) return { start: i, end: tenAt + 1, value: head + sense(lx.reading(tenAt), 'ten')!.value, kind: 'ordinal' };
  }
  // العشرون on its own is the twentieth.
  const ten = sense(r, 'ten');
  if (ten && r.prefix === 'ال' && !sense(r, 'unit')) return { start: i, end: i + 1, value: ten.value, kind: 'ordinal' };
  return null;
}

/**
 * Reads the longest number expression starting at lexeme `i`: a cardinal,
 * decimal or fraction, optionally negative (سالب، ناقص), with a spelled
 * decimal point (فاصلة), a ratio (١ على ٣) or parts (جزء من مئة); or an ordinal.
 */
export function parseNumberAt(lx: Lexemes, i: number, hasTanween: TanweenCheck): ParsedNumber | null {
  const type = lx.type(i);
  if (type === 'word') {
    const r = lx.reading(i);
    if (!r) return null;
    if (sense(r, 'negative') && r.prefix === '') {
      const k = nextIndex(lx, i);
      if (k < 0) return null;
      const inner = parseUnsigned(lx, k, hasTanween);
      return inner ? { start: i, end: inner.end, value: -inner.value, kind: inner.kind } : null;
    }
    const ordinal = parseOrdinal(lx, i);
    if (ordinal) return ordinal;
  } else if (type !== 'numeral') {
    return null;
  }
  const parsed = parseUnsigned(lx, i, hasTanween);
  // "أي واحد تفضل" (which one), "كل واحد منهم" (each one): the pronoun, not a count.
  if (parsed && parsed.end === i + 1 && parsed.value === 1 && type === 'word' && lx.reading(i)!.prefix === '') {
    const p = previousIndex(lx, i);
    if (p >= 0 && pronounHeads.has(lx.text(p))) return null;
  }
  return parsed;
}

function parseUnsigned(lx: Lexemes, i: number, hasTanween: TanweenCheck): ParsedNumber | null {
  // "جزء من مئة": one part of a hundred.
  if (isWordSense(lx, i, 'part')) {
    const den = partDenominator(lx, i, hasTanween);
    return den ? { start: i, end: den.end, value: 1 / den.value, kind: 'fraction' } : null;
  }
  const c = parseCardinal(lx, i, hasTanween);
  if (!c) return null;
  let { value, kind } = c;
  const end = c.end;
  const k = nextIndex(lx, end - 1);
  if (k >= 0 && kind !== 'fraction') {
    const r = lx.reading(k);
    if (r && r.prefix === '' && sense(r, 'point') && Number.isInteger(value)) {
      // "واحد فاصلة خمسة" and "1 فاصلة 25": the digits after the point.
      const k2 = nextIndex(lx, k);
      const frac = k2 >= 0 ? parseCardinal(lx, k2, hasTanween) : null;
      if (frac && !frac.scaled && Number.isInteger(frac.value) && frac.value >= 0) {
        const fracDigits = frac.numeralOnly ? frac.digits : String(frac.value);
        value = Number(`${Math.abs(value)}.${fracDigits}`) * (value < 0 ? -1 : 1);
        return { start: i, end: frac.end, value, kind: 'decimal' };
      }
    }
    if (r && r.prefix === '' && sense(r, 'ratio') && !c.scaled) {
      // "١ على ٣", "خمسة وتسعون مائة على خمسة": a ratio between two numbers.
      const k2 = nextIndex(lx, k);
      const den = k2 >= 0 ? parseCardinal(lx, k2, hasTanween) : null;
      if (den && den.value !== 0 && den.kind !== 'fraction' && !lx.reading(k2)?.prefix) {
        return { start: i, end: den.end, value: value / den.value, kind: 'fraction' };
      }
    }
    if (r && r.prefix === '' && sense(r, 'part') && !c.scaled) {
      const den = partDenominator(lx, k, hasTanween);
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

function partDenominator(lx: Lexemes, partAt: number, hasTanween: TanweenCheck): { end: number; value: number } | null {
  const k = nextIndex(lx, partAt);
  if (k < 0 || lx.text(k) !== 'من') return null;
  const k2 = nextIndex(lx, k);
  if (k2 < 0) return null;
  const den = parseCardinal(lx, k2, hasTanween);
  if (!den || den.value === 0 || lx.reading(k2)?.prefix) return null;
  return { end: den.end, value: den.value };
}
