/**
 * Carry-over: a figure with no time of its own in its sentence takes the
 * period of the figures before it (the sentence before, or a few paragraphs
 * back), the day of the paragraph before, or, reported on a day, the period
 * of the figures just before the statement.
 */
import type { TimeExpression } from '../../dates/expression.js';
import { isDefinite } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { cacheOf } from './cache.js';
import { nearestInSentence } from './nearest.js';
import { datesDocument, isFlashback, namesDay, scopes } from './usable.js';

/**
 * The day of the statement that reports the figure, unless the figures just
 * before it (a paragraph on at most) name their period: "البطالة تراجعت إلى 9
 * بالمئة في الفصل الرابع من 2017." / "وأوضح المعهد الخميس أن النسبة تراجعت بـ
 * 0,7 نقطة" — the quarter, not Thursday.
 */
export function statementAfterFigures(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const day = nearestInSentence(c, start, end, true);
  if (!day) return null;
  const carried = carriedTime(c, c.sentenceOf(start) - 1);
  return carried && c.paragraphOf(carried.start) >= 1 && c.paragraphOf(start) - c.paragraphOf(carried.start) <= 1 ? carried : day;
}

/**
 * The time of the figures just before: the last usable expression of the
 * sentence before the claim's, in its paragraph, when that sentence states a
 * figure too — a run of statistics shares its period ("… 20 محافظة … حتى 10
 * مارس. وأفاد التقرير أنه تم تسجيل 1294 حالة"), a sentence of narrative does
 * not lend its time ("وانهارت في وقت سابق من العام الحالي «الخلافة» …").
 */
export function inPreviousSentence(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start) - 1;
  if (s < 0) return null;
  const range = c.structure.sentences[s]!;
  if (c.paragraphOf(range.start) !== c.paragraphOf(start) || !statesFigure(c, s)) return null;
  const last = lastOfSentence(c, s);
  return last && !isFlashback(c, last) ? last : null;
}

/** How many paragraphs back the time of earlier figures is carried to a figure with none of its own. */
const CARRY_PARAGRAPHS = 3;

/**
 * The time of the figures before, across paragraphs: an article of statistics
 * names their period once and goes on in short paragraphs ("وفي عام 2016، كان
 * نصف سكان العالم …" / "وأصيب نحو 216 مليون شخص …"). The nearest earlier
 * sentence, at most a few paragraphs back and not in the headline, that states
 * a figure and names a time gives its last time (computed once per sentence).
 */
export function figuresBefore(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start);
  const p = c.paragraphOf(start);
  const carried = carriedTime(c, s - 1);
  if (!carried) return null;
  const q = c.paragraphOf(carried.start);
  return q >= 1 && p - q <= CARRY_PARAGRAPHS ? carried : null;
}

/** The last time of the nearest sentence up to `s` that names a time, if it states a figure. */
function carriedTime(c: ClaimContext, s: number): TimeExpression | null {
  const cache = cacheOf(c).carried;
  if (s < 0) return null;
  const known = cache[s];
  if (known !== undefined) return known;
  // Fill the cache forward from the first sentence not yet known: constant work per sentence.
  let first = s;
  while (first > 0 && cache[first - 1] === undefined) first--;
  for (let t = first; t <= s; t++) {
    // A sentence that names a time of its own ends what came before: its own period if it states a figure, else none
    // ("فبالعودة الى عام 2014، عبر التنظيم إلى ثلث مساحة العراق" / "الآن هناك فلول …" / "لدى القوات أكثر من 300 ألف").
    // A flashback names no time of the story: the sentences after it keep the one before it.
    const last = lastOfSentence(c, t);
    const named = last !== null && !isFlashback(c, last);
    const own = named ? (statesFigure(c, t) ? lastCarried(c, t) : null) : undefined;
    cache[t] = own !== undefined ? own : t > 0 ? cache[t - 1]! : null;
  }
  return cache[s]!;
}


/**
 * The last time of sentence `s` that a later paragraph can inherit: a date or
 * period written out, a month or longer ("عام 2016"، "من أبريل 2017 إلى مارس
 * 2018"). Not a day (the paragraph rule carries days one paragraph on), nor a
 * time counted from publication or from the figure before ("العام السابق"،
 * "قبل شهرين"، "في الوقت الحالي"), nor a running total since a time ("منذ
 * 2008"، "منذ ذلك التاريخ"), nor a period open at one end: those speak of their own sentence.
 */
function lastCarried(c: ClaimContext, s: number): TimeExpression | null {
  const times = c.timesOfSentence(s);
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    const closed = t.from !== undefined && t.to !== undefined;
    if (scopes(t) && closed && (t.kind === 'date' || t.kind === 'period') && !t.cumulative && !t.today && !namesDay(t.from) && !namesDay(t.to) && !isFlashback(c, t)) return t;
  }
  return null;
}

/** True when sentence `s` holds a number that is not part of a time expression (computed once per sentence). */
function statesFigure(c: ClaimContext, s: number): boolean {
  const cache = cacheOf(c).figures;
  let known = cache[s];
  if (known === undefined) {
    known = false;
    const { start, end } = c.structure.sentences[s]!;
    for (let k = start; k < end && !known; k++) known = c.isNumberToken(k) && !c.inTime(k, (k + 1) as TokenIndex) && !afterItsNoun(c, k as TokenIndex);
    cache[s] = known;
  }
  return known;
}

/** The largest number that follows its noun as an adjective: "وقت واحد"، "طائرتين اثنتين". */
const ADJECTIVE_NUMBER_MAX = 2;

/**
 * A number word that follows its noun qualifies it rather than counting: one
 * and two always ("في وقت واحد"), a larger number when it takes the article
 * after a noun that has it ("البطولات الأربع الكبرى"). A sentence with no other
 * number states no figure whose period later paragraphs could take.
 */
function afterItsNoun(c: ClaimContext, k: TokenIndex): boolean {
  const n = c.document.numberAt(k);
  if (!c.tokens.isWord(k) || !n || n.start !== k || n.end !== k + 1 || n.kind !== 'cardinal') return false;
  const before = c.tokens.previousWord(k);
  if (before < 0 || c.isNumberToken(before)) return false;
  return n.value <= ADJECTIVE_NUMBER_MAX || (isDefinite(c.tokens.text(k)) && isDefinite(c.tokens.text(before)));
}

/** The last usable expression of sentence `s` (computed once per sentence). */
function lastOfSentence(c: ClaimContext, s: number): TimeExpression | null {
  const cache = cacheOf(c).lastOfSentence;
  let known = cache[s];
  if (known === undefined) {
    known = null;
    const times = c.timesOfSentence(s);
    for (let i = times.length - 1; i >= 0 && !known; i--) if (scopes(times[i]!) && !datesDocument(c, times[i]!)) known = times[i]!;
    cache[s] = known;
  }
  return known;
}

/**
 * A paragraph with no time of its own continues the day of the one before it:
 * news in short paragraphs names the day of the event once ("أعلن الجيش في بيان
 * السبت …" / "وقتل نحو 45 إرهابيا …").
 */
export function previousParagraph(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const p = c.paragraphOf(start);
  if (p < 1) return null;
  const cache = cacheOf(c).lastOfParagraph;
  let last = cache.get(p - 1);
  if (last === undefined) {
    last = null;
    const times = c.timesOfParagraph(p - 1);
    for (let i = times.length - 1; i >= 0 && !last; i--) if (scopes(times[i]!)) last = times[i]!;
    cache.set(p - 1, last);
  }
  return last && last.grain === 'day' && !isFlashback(c, last) ? last : null;
}
