/**
 * The bound slot: the words or sign before a figure ("أكثر من 3000", "> 30")
 * and the words after it and its unit ("3000 مقاتل على الأقل") that say what
 * interval the figure asserts.
 */
import type { Bound } from '../model.js';
import { tokenIndex, type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './draft.js';
import { boundInterval, minMaxOf } from './interval.js';

/** Reads the bound around a single figure (a range has its own) and sets the claim's interval. */
export function readBound(c: ClaimContext, d: ClaimDraft): void {
  if (d.range) return;
  const { tokens, lexicon } = c;
  const before = lexicon.boundsBefore.matchEndingAt(tokens, tokens.previousWord(d.number.start));
  if (before) {
    d.bound = before.entry.bound;
    d.start = before.start;
    d.cliticSkip = before.clitic;
  } else {
    const symbol = symbolBefore(c, d.number.start);
    if (symbol) {
      d.bound = symbol.bound;
      d.start = symbol.start;
    }
  }
  // A bound after the unit agrees with one before, or stands alone: "3000 مقاتل على الأقل".
  const after = lexicon.boundsAfter.matchAt(tokens, tokens.nextWord(tokenIndex(d.end - 1)));
  if (after && (d.bound === 'exact' || d.bound === after.entry.bound)) {
    d.bound = after.entry.bound;
    d.end = after.end;
  }
  const { min, max } = minMaxOf(boundInterval(d.bound, d.number.value));
  d.min = min;
  d.max = max;
}

/** A comparison sign right before the number ("> 30", ">=30", "≤ 5"), with where it starts. */
function symbolBefore(c: ClaimContext, numberStart: TokenIndex): { bound: Bound; start: TokenIndex } | null {
  const { tokens, lexicon } = c;
  const k = tokens.previous(numberStart);
  if (!tokens.isPunct(k)) return null;
  // Two-character signs are two punctuation tokens: "<" then "=".
  const first = tokenIndex(k - 1);
  if (tokens.isPunct(first) && tokens.end(first) === tokens.start(k)) {
    const two = lexicon.boundSymbols.get(tokens.text(first) + tokens.text(k));
    if (two) return { bound: two.bound, start: first };
  }
  const one = lexicon.boundSymbols.get(tokens.text(k));
  return one ? { bound: one.bound, start: k } : null;
}
