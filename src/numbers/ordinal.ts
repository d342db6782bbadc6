/**
 * Ordinals: الثالث، الحادي عشر، الخامس والعشرون، العشرون.
 */
import { conjunctionClitics, prepositionClitics } from '../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../text/coordinates.js';
import type { ParsedNumber } from './grammar.js';
import type { NumberTokens } from './tokens.js';

/** The one-letter clitics an indefinite ordinal may carry: وثالث، بثاني. */
const oneLetterClitics: ReadonlySet<string> = new Set([...conjunctionClitics, ...prepositionClitics]);

/** The token of "والعشرون" / "و العشرون" starting at token `k`, or NO_TOKEN. */
function definiteTenAfter(tokens: NumberTokens, k: TokenIndex): TokenIndex {
  const joined = tokens.reading(k);
  if (joined && joined.prefix === 'وال' && joined.sense.ten) return k;
  if (tokens.isAnd(k)) {
    const k2 = tokens.next(k);
    const apart = k2 >= 0 ? tokens.reading(k2) : null;
    if (apart && apart.prefix === 'ال' && apart.sense.ten) return k2;
  }
  return NO_TOKEN;
}

/** The value of the ten at token `k` (found by {@link definiteTenAfter}). */
function tenValue(tokens: NumberTokens, k: TokenIndex): number {
  return tokens.reading(k)!.sense.ten!.value;
}

/**
 * Reads an ordinal at token `i`: الثالث، الحادي عشر، الخامس والعشرون، العشرون.
 */
export function parseOrdinal(tokens: NumberTokens, i: TokenIndex): ParsedNumber | null {
  const r = tokens.reading(i);
  const ord = r?.sense.ordinal;
  // Without an ordinal sense only a word with the bare article is one (الأحد عشر، العشرون): خمسة is not.
  if (!r || !r.canStartNumber || (!ord && r.prefix !== 'ال')) return null;
  const nextK = tokens.next(i);
  if (ord) {
    // A feminine ordinal needs the article: الثانية is the second, ثانية alone a second of time.
    if (ord.feminine && !r.definite) return null;
    if (r.prefix !== '' && !r.definite && !oneLetterClitics.has(r.prefix)) return null;
    if (tokens.bareSenses(nextK)?.teenTail) return { start: i, end: (nextK + 1) as TokenIndex, value: ord.value + 10, kind: 'ordinal' };
    // الخامس والعشرون / الخامس و العشرون
    if (nextK >= 0 && r.definite) {
      const tenAt = definiteTenAfter(tokens, nextK);
      if (tenAt >= 0) return { start: i, end: (tenAt + 1) as TokenIndex, value: ord.value + tenValue(tokens, tenAt), kind: 'ordinal' };
    }
    if (ord.compoundOnly) return null;
    return { start: i, end: (i + 1) as TokenIndex, value: ord.value, kind: 'ordinal' };
  }
  // A definite cardinal heading a compound is an ordinal too: الأحد عشر، الاثنى عشر، الواحد والعشرون.
  const unit = r.sense.unit?.value;
  const head = r.sense.teenHead?.value ?? (unit === 1 || unit === 2 ? unit : undefined);
  if (head !== undefined && r.prefix === 'ال' && nextK >= 0) {
    if (tokens.bareSenses(nextK)?.teenTail) return { start: i, end: (nextK + 1) as TokenIndex, value: head + 10, kind: 'ordinal' };
    const tenAt = definiteTenAfter(tokens, nextK);
    if (tenAt >= 0) return { start: i, end: (tenAt + 1) as TokenIndex, value: head + tenValue(tokens, tenAt), kind: 'ordinal' };
  }
  // العشرون on its own is the twentieth.
  const ten = r.sense.ten;
  if (ten && r.prefix === 'ال' && !r.sense.unit) return { start: i, end: (i + 1) as TokenIndex, value: ten.value, kind: 'ordinal' };
  return null;
}
