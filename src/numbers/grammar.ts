/**
 * The grammar of Arabic number expressions over tokens: a cardinal
 * (./cardinal.ts) or an ordinal (./ordinal.ts), with what may surround a
 * cardinal — a sign word (سالب خمسة), a spelled decimal point (واحد فاصلة
 * خمسة), a ratio (١ على ٣) or parts (ثلاثة أجزاء من مئة).
 *
 * Every step looks at most two tokens ahead and never backtracks over more
 * than one element, so reading all numbers of a text is linear in its length.
 */
import { type TokenIndex } from '../text/coordinates.js';
import { parseCardinal } from './cardinal.js';
import { parseOrdinal } from './ordinal.js';
import type { NumberTokens } from './tokens.js';

/** What kind of number an expression is. */
export type NumberKind = 'cardinal' | 'decimal' | 'fraction' | 'ordinal';

/** A number expression over tokens `[start, end)`. */
export interface ParsedNumber {
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  readonly value: number;
  readonly kind: NumberKind;
}

/**
 * Reads the longest number expression starting at token `i`: a cardinal,
 * decimal or fraction, optionally negative (سالب، ناقص), with a spelled
 * decimal point (فاصلة), a ratio (١ على ٣) or parts (جزء من مئة); or an ordinal.
 * It reads from `i` on and never looks before it: the rules of running text
 * that do (./context.ts) wrap it, and `parseArabicNumber`, whose expression
 * has nothing before it, reads with it alone.
 */
export function parseNumberAt(tokens: NumberTokens, i: TokenIndex): ParsedNumber | null {
  const isWord = tokens.isWord(i);
  if (isWord) {
    const r = tokens.reading(i);
    if (!r) return null;
    if (r.sense.negative && r.prefix === '') {
      // سالب خمسة، ناقص 3
      const k = tokens.next(i);
      if (k < 0) return null;
      const inner = parseUnsigned(tokens, k);
      return inner ? { start: i, end: inner.end, value: -inner.value, kind: inner.kind } : null;
    }
    const ordinal = parseOrdinal(tokens, i);
    if (ordinal) return ordinal;
  } else if (!tokens.isNumeral(i)) {
    return null;
  }
  return parseUnsigned(tokens, i);
}

function parseUnsigned(tokens: NumberTokens, i: TokenIndex): ParsedNumber | null {
  // "جزء من مئة": one part of a hundred.
  if (tokens.bareSenses(i)?.part) {
    const den = partDenominator(tokens, i);
    return den ? { start: i, end: den.end, value: 1 / den.value, kind: 'fraction' } : null;
  }
  const c = parseCardinal(tokens, i);
  if (!c) return null;
  const { value, end } = c;
  const k = tokens.next((end - 1) as TokenIndex);
  // The word after the cardinal, read once for the three rules below.
  const after = k >= 0 && c.kind !== 'fraction' ? tokens.bareSenses(k) : undefined;
  if (after) {
    if (after.point && Number.isInteger(value)) {
      // "واحد فاصلة خمسة" and "1 فاصلة 25": the digits after the point.
      const k2 = tokens.next(k);
      const frac = k2 >= 0 ? parseCardinal(tokens, k2) : null;
      if (frac && !frac.scaled && Number.isInteger(frac.value) && frac.value >= 0) {
        const fracDigits = frac.numeralOnly ? frac.digits : String(frac.value);
        return { start: i, end: frac.end, value: Number(`${Math.abs(value)}.${fracDigits}`) * (value < 0 ? -1 : 1), kind: 'decimal' };
      }
    }
    if (after.ratio && !c.scaled) {
      // "١ على ٣", "خمسة وتسعون مائة على خمسة": a ratio between two numbers.
      const k2 = tokens.next(k);
      const den = k2 >= 0 ? parseCardinal(tokens, k2) : null;
      if (den && den.value !== 0 && den.kind !== 'fraction' && !tokens.reading(k2)?.prefix) {
        return { start: i, end: den.end, value: value / den.value, kind: 'fraction' };
      }
    }
    if (after.part && !c.scaled) {
      const den = partDenominator(tokens, k);
      if (den) {
        // "مائتان وثلاثة جزء من مائة" is 200 and 3 hundredths; "عشرين أجزاء من خمسة وعشرين" is 20/25.
        const split = c.laterTerms > 0 && c.firstTerm >= den.value && c.laterTermsSum < den.value;
        return { start: i, end: den.end, value: split ? c.firstTerm + c.laterTermsSum / den.value : value / den.value, kind: 'fraction' };
      }
    }
  }
  return { start: i, end, value, kind: c.kind === 'cardinal' && !Number.isInteger(value) ? 'decimal' : c.kind };
}

/** The number after "جزء من" / "أجزاء من" at token `partAt`. */
function partDenominator(tokens: NumberTokens, partAt: TokenIndex): { end: TokenIndex; value: number } | null {
  const k = tokens.next(partAt);
  if (k < 0 || tokens.text(k) !== 'من') return null;
  const k2 = tokens.next(k);
  if (k2 < 0) return null;
  const den = parseCardinal(tokens, k2);
  if (!den || den.value === 0 || tokens.reading(k2)?.prefix) return null;
  return { end: den.end, value: den.value };
}
