/**
 * The top of a story: a figure of the lead with no time before it takes the
 * time the lead names after it, and a subheading's figure the time the same
 * figure has in the paragraph under it.
 */
import type { TimeExpression } from '../../dates/expression.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { cacheOf } from './cache.js';
import { nearestInClause, nearestInSentence, TIME_REACH } from './nearest.js';
import { datesDocument, isFlashback, isStatementDay, scopes } from './usable.js';

/** How far into an article its lead runs, in paragraphs after the title. */
const LEAD_PARAGRAPHS = 3;

/** How many paragraphs after the headline a figure of the lead takes the time named after it. */
const LEAD_FORWARD = 2;
/** How many expressions after such a figure are read for its time. */
const LEAD_FORWARD_EXPRESSIONS = 12;

/**
 * A figure at the top of the story with no time before it takes the first
 * time the lead names after it: the opening sentence gives the news, the next
 * its day or period ("أنعش المنتخب الكولومبي آماله … بثلاثة أهداف دون رد" /
 * "… خلال المباراة التي جمعت بينهما الأحد"). A running total's period is its
 * own figure's, not the story's: "وافق لمصر على شريحة رابعة قيمتها 2.02 مليار
 * دولار" does not take "ما حصلت عليه مصر منذ بداية العام الماضي وحتى الآن" of
 * the next sentence.
 */
export function laterInLead(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const p = c.paragraphOf(start);
  if (p < 1 || p > LEAD_FORWARD) return null;
  const { firstFrom } = cacheOf(c);
  for (let i = firstFrom[start]!, read = 0; i < c.times.length && read < LEAD_FORWARD_EXPRESSIONS; i++, read++) {
    const t = c.times[i]!;
    if (c.paragraphOf(t.start) > LEAD_FORWARD) return null;
    if (scopes(t) && !t.cumulative && !isStatementDay(c, t) && !datesDocument(c, t) && !isFlashback(c, t)) return t;
  }
  return null;
}

/** Most words of a subheading: a short line with no end mark between paragraphs ("ساهم في 31 هدفا"). */
const SUBHEADING_WORDS = 8;
/** How many tokens of the paragraph under a subheading are read for its figure. */
const SUBHEADING_REACH = 2 * TIME_REACH;

/**
 * A subheading's figure is the figure of the paragraph under it, as the
 * headline's is the lead's: "ساهم في 31 هدفا" / "… صنع ثمانية أهداف وسجل 23
 * هدفا خلال الموسم الحالي، بمجموع 31 هدفا" takes the season; else the first
 * time of that paragraph.
 */
export function ofSubheading(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start);
  const p = c.paragraphOf(start);
  const sentences = c.structure.sentences;
  const line = sentences[s]!;
  const next = sentences[s + 1];
  if (p < 1 || !next || c.paragraphOf(next.start as TokenIndex) !== p + 1) return null;
  if ((s > 0 && c.paragraphOf(sentences[s - 1]!.start as TokenIndex) === p) || c.tokens.isPunct((line.end - 1) as TokenIndex)) return null;
  // Tokens bound the count first (a word, its space, a mark), so that a long line costs no more than a short one.
  if (line.end - line.start > 4 * SUBHEADING_WORDS || c.tokens.wordsBetween(line.start, line.end) > SUBHEADING_WORDS) return null;
  let value: number | undefined;
  for (let k = start; k < end && value === undefined; k++) value = c.document.numberAt(k)?.value;
  const times = c.timesOfParagraph(p + 1);
  const stop = Math.min(c.tokens.length, next.start + SUBHEADING_REACH);
  for (let k = next.start; k < stop && c.paragraphOf(k as TokenIndex) === p + 1 && value !== undefined; k++) {
    const n = c.document.numberAt(k);
    if (n?.value !== value || n.start !== k || c.inTime(n.start, n.end)) continue;
    const same = nearestInClause(c, n.start, n.end) ?? nearestInSentence(c, n.start, n.end, false) ?? nearestInSentence(c, n.start, n.end, true);
    if (same) return same;
    break;
  }
  return times.find((t) => scopes(t) && !datesDocument(c, t)) ?? null;
}

/** The first usable expression of the lead (computed once). */
export function leadTime(c: ClaimContext): TimeExpression | null {
  const cache = cacheOf(c);
  if (cache.lead === undefined) {
    cache.lead = null;
    for (let p = 1; p <= LEAD_PARAGRAPHS && !cache.lead; p++) cache.lead = c.timesOfParagraph(p).find((t) => scopes(t) && !datesDocument(c, t) && !isFlashback(c, t)) ?? null;
  }
  return cache.lead;
}

