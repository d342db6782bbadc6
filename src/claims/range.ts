import type { ParsedNumber } from '../numbers/grammar.js';
import { conjunctionClitics } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import type { RangeReading } from './draft.js';
import { yearLike } from './figure.js';
import { readPredicate } from './predicate.js';

/**
 * The range that number `i` opens, with the number after it: two numerals
 * joined by a sign ("10-20", "1000 - 5000", "20 ~ 100"), or an opener and a
 * joiner ("بين 15 و20 ألف", "من 10 إلى 20", "من 10 لغاية 20", "بين 10 ل20"), or
 * two alternatives ("3 أو 4 أشخاص").
 * A scale on the second end applies to the first: "بين 15 و20 ألف" is 15,000–20,000.
 * Years are not ranges: "2014-2017" is a period.
 */
export function rangeAt(c: ClaimContext, i: number): RangeReading | null {
  const { tokens, lexicon } = c;
  const n = c.numbers[i]!;
  const m = c.numbers[i + 1];
  if (!m || m.kind === 'ordinal' || n.kind === 'ordinal') return null;
  const opener = lexicon.rangeOpeners.matchEndingAt(tokens, tokens.previousWord(n.start));
  const sign = tokens.next((n.end - 1) as TokenIndex);
  const signed =
    tokens.isPunct(sign) && lexicon.rangeSigns.has(tokens.text(sign)) && tokens.next(sign) === m.start && tokens.isNumeral(n.start) && tokens.isNumeral(m.start);
  if (!signed && !(opener && joined(c, n, m)) && !alternatives(c, n, m)) return null;
  // "ارتفع عدد الوفيات من 50 إلى 73" is a change from one level to another, not a range.
  if (opener && lexicon.changeBase.has(tokens.text(opener.start)) && readPredicate(c, opener.start, n.end)?.entry.change) return null;
  if (yearLike(tokens, n) || yearLike(tokens, m)) return null;
  let low = n.value;
  const scaleOfSecond = scaleOf(c, m);
  if (scaleOfSecond && low < scaleOfSecond && scaleOf(c, n) === null) low *= scaleOfSecond;
  return { start: opener ? opener.start : n.start, second: m, low: Math.min(low, m.value), high: Math.max(low, m.value) };
}

/** "3 أو 4 أشخاص": two figures offered as alternatives are the range between them. */
function alternatives(c: ClaimContext, n: ParsedNumber, m: ParsedNumber): boolean {
  const { tokens, lexicon } = c;
  const k = tokens.next((n.end - 1) as TokenIndex);
  return tokens.isWord(k) && lexicon.alternativeJoiners.has(tokens.text(k)) && tokens.next(k) === m.start;
}

/**
 * True when number `m` follows number `n` after a joiner: standing apart ("و 20",
 * "إلى 20", "لغاية 20") or glued to the second number ("و20", "ل20"), or a
 * joiner glued as the first letter of the second number's word ("وعشرين").
 */
function joined(c: ClaimContext, n: ParsedNumber, m: ParsedNumber): boolean {
  const { tokens, lexicon } = c;
  let k = tokens.next((n.end - 1) as TokenIndex);
  // A comma may stand before the joiner: "بين 150 ألفا، و210 آلاف".
  if (tokens.isPunct(k) && c.syntax.commas.has(tokens.text(k))) k = tokens.next(k);
  if (k < 0 || !tokens.isWord(k)) return false;
  const word = tokens.text(k);
  // The joiner glued to a number word: "بين عشرة وعشرين", "من عشرة لعشرين".
  if (k === m.start) return word.length > 2 && lexicon.rangeJoiners.has(word[0]!);
  const joiner = lexicon.rangeJoiners.has(word) || (word.length > 2 && conjunctionClitics.includes(word[0]!) && lexicon.rangeJoiners.has(word.slice(1)));
  return joiner && (tokens.next(k) === m.start || tokens.start(m.start) === tokens.end(k));
}

/** The scale word ending number `n` (ألف، مليون; "79 مليارا"), as its value, or null. */
export function scaleOf(c: ClaimContext, n: ParsedNumber): number | null {
  for (const s of c.tokens.reading((n.end - 1) as TokenIndex)?.senses ?? []) if (s.type === 'scale') return s.value;
  return null;
}
