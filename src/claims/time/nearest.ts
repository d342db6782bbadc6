/**
 * The time of a claim's own clause and sentence: the nearest usable expression
 * before the claim, else after it, within reach and short of a background
 * phrase.
 */
import type { TimeExpression } from '../../dates/expression.js';
import type { TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { cacheOf } from './cache.js';
import { usable, type Search } from './usable.js';

/** How many tokens either side of a claim its clause and sentence are searched for a time (about sixty words). */
export const TIME_REACH = 120;

/** The claim's clause: from the comma (or sentence start) before it to the comma (or sentence end) after it, within reach. */
export function nearestInClause(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  const after = firstAfter(c, end, Math.min(sentence.end, end + TIME_REACH), 'clause');
  return lastBefore(c, start, Math.max(sentence.start, start - TIME_REACH), 'clause', after ? after.start - end : Infinity) ?? after;
}

/**
 * Outside the claim's clause, a time before it in its sentence scopes it (a
 * fronted "وفي 2014، … بلغت 6.8 مليار دولار، لتطوير … بحلول 2017"), else the
 * nearest after. The day of a statement counts only when `statements` is set.
 */
export function nearestInSentence(c: ClaimContext, start: TokenIndex, end: TokenIndex, statements: boolean): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  const search: Search = statements ? 'statement' : 'sentence';
  return lastBefore(c, start, Math.max(sentence.start, start - TIME_REACH), search, Infinity) ?? firstAfter(c, end, Math.min(sentence.end, end + TIME_REACH), search);
}

/**
 * The first usable expression after the claim ending at `end` that starts
 * before token `limit` (and, in its clause, before a comma). It may run past
 * the limit: the dot of an abbreviation ends a sentence for the splitter ("قتل
 * 300 في عام 150 ق.م" — the sentence ends at "ق."). Expressions are in reading
 * order and do not overlap, so the walk stops at the first past the limit.
 */
function firstAfter(c: ClaimContext, end: TokenIndex, limit: number, search: Search): TimeExpression | null {
  const { commas, firstFrom } = cacheOf(c);
  for (let i = firstFrom[end]!; i < c.times.length; i++) {
    const t = c.times[i]!;
    if (t.start >= limit || (search === 'clause' && commas[t.start]! !== commas[end]!)) return null;
    // The time of the background after the claim is the earlier event's: so are the times after it.
    if (backgroundBefore(c, t) >= end) return null;
    if (usable(c, t, search)) return t;
  }
  return null;
}

/** Most words read back from a time expression for a background phrase of its sentence. */
const BACKGROUND_WORDS = 24;

/**
 * Where the background phrase before expression `t` in its sentence starts ("على خلفية قضية تسميم …
 * قبل ثلاثة أسابيع"), or -1. Read once per expression, at most {@link BACKGROUND_WORDS} words back.
 */
function backgroundBefore(c: ClaimContext, t: TimeExpression): number {
  const { background } = cacheOf(c);
  let at = background.get(t);
  if (at === undefined) {
    at = -1;
    const { tokens, lexicon } = c;
    const sentence = c.sentenceOf(t.start);
    let k = tokens.previous(t.start);
    for (let words = 0; k >= 0 && words < BACKGROUND_WORDS && c.sentenceOf(k) === sentence && at < 0; k = tokens.previous(k)) {
      if (!tokens.isWord(k)) continue;
      words++;
      const cue = lexicon.backgroundCues.matchAt(tokens, k);
      if (cue && cue.end <= t.start) at = k;
    }
    background.set(t, at);
  }
  return at;
}

/**
 * The nearest usable expression before the claim starting at `start` that
 * starts at or after token `limit` (and, in its clause, after the last comma),
 * fewer than `within` tokens away: a time after the claim at the same distance
 * wins a tie ("قتل 5 أشخاص الثلاثاء").
 */
function lastBefore(c: ClaimContext, start: TokenIndex, limit: number, search: Search, within: number): TimeExpression | null {
  const { commas, firstFrom } = cacheOf(c);
  for (let i = firstFrom[start]! - 1; i >= 0; i--) {
    const t = c.times[i]!;
    if (t.end > start) continue;
    if (t.start < limit || start - t.end >= within || (search === 'clause' && commas[start]! !== commas[t.start]!)) return null;
    if (usable(c, t, search)) return t;
  }
  return null;
}
