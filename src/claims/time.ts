/**
 * The time slot: the period a claim's figure is about.
 *
 * The nearest time expression of the claim's clause (between commas), else of
 * its sentence (one before the claim first: a fronted "وفي 2014، …"), else the
 * last one before it in its paragraph (or the first after it there); a figure
 * of the headline takes the time the same figure has in the lead; a paragraph
 * with no time continues the day named at the end of the paragraph before.
 *
 * Not every time expression scopes a figure: a baseline it is compared with
 * ("ارتفع 17% عن العام الماضي"), the start of a record ("أدنى مستوى منذ
 * 2008"), a length with no anchor ("خلال ثلاث سنوات"), a frequency, or a vague
 * "recently" or "soon" that names no period. A period under way ("خلال الموسم
 * الحالي") and one since a time ("منذ أغسطس 2017") scope a running total up to
 * publication; so does "حتى الآن": the scope is then `cumulative`.
 */
import type { TimeExpression } from '../dates/expression.js';
import type { TimeScope } from '../model.js';
import type { TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';

/** How far into an article its lead runs, in paragraphs after the title. */
const LEAD_PARAGRAPHS = 3;
/** How far into an article the figure of its headline is looked for (past datelines, captions and bylines). */
const HEADLINE_FIGURE_PARAGRAPHS = 8;

/** True for an expression that names the period a figure may be about (resolved, or not for want of a publication date). */
function scopes(t: TimeExpression): boolean {
  if (t.baseline || t.partial || t.kind === 'set') return false;
  // A length with no anchor ("خلال ثلاث سنوات") names no period; it stops the search only in its own clause.
  if (t.kind === 'duration' && t.from === undefined && t.to === undefined) return false;
  // "مؤخرا"، "قريبا"، "آنذاك" unresolved: up to or from publication, or a time not found.
  if (t.kind === 'vague' && !t.cumulative && t.reach !== 'present' && (t.from === undefined || t.to === undefined)) return false;
  return true;
}

/** In the claim's own clause, a length with no anchor is its time too, unresolved: "خلق 2800 وظيفة خلال ثلاث سنوات". */
const inClause = (t: TimeExpression): boolean => scopes(t) || (t.kind === 'duration' && !t.baseline && !t.partial);

/** The period of claim tokens `[start, end)`, or null when the text gives none. */
export function readTime(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeScope | null {
  const best =
    nearestInClause(c, start, end) ??
    nearestInSentence(c, start, end) ??
    inParagraph(c, start) ??
    nearestInSentence(c, start, end, true) ??
    ofHeadline(c, start, end) ??
    previousParagraph(c, start);
  return best ? scopeOf(c, best) : null;
}

/** Most words between a reporting verb and the day after it that says when the statement was made: "أعلن الجيش في بيان السبت". */
const STATEMENT_REACH = 5;

/**
 * The day a statement was made ("أعلنت المنظمة اليوم الاثنين ارتفاع الوفيات إلى
 * 73 حالة، منذ أغسطس 2017"; "أوضح معهد الإحصاء الخميس أن البطالة تراجعت"): a
 * day a few words after a reporting verb. The figure it reports is about another
 * time when its sentence or the figures before it name one; else about that day.
 */
function isStatementDay(c: ClaimContext, t: TimeExpression): boolean {
  if (t.grain !== 'day' || t.kind === 'period') return false;
  let k = t.start as number;
  for (let n = 0; n < STATEMENT_REACH; n++) {
    k = c.tokens.previousWord(k as TokenIndex);
    if (k < 0) return false;
    if (c.syntax.verbs.matchAt(c.tokens, k as TokenIndex)) return true;
  }
  return false;
}

/**
 * A headline's figure is the figure of the story under it: its time is the one
 * the same figure has in the lead ("ارتفاع وفيات الدفتيريا إلى 73" → "إلى 73
 * حالة، منذ أغسطس 2017"), else the first time of the lead.
 */
function ofHeadline(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  if (c.paragraphOf(start) !== 0 || c.paragraphOf((c.tokens.length - 1) as TokenIndex) === 0) return null;
  let value: number | undefined;
  for (let k = start; k < end && value === undefined; k++) value = c.document.numberAt(k as TokenIndex)?.value;
  for (const n of c.numbers) {
    const p = c.paragraphOf(n.start);
    if (p === 0) continue;
    if (p > HEADLINE_FIGURE_PARAGRAPHS) break;
    if (n.value !== value) continue;
    const same = nearestInClause(c, n.start, n.end) ?? nearestInSentence(c, n.start, n.end) ?? nearestInSentence(c, n.start, n.end, true);
    if (same) return same;
    break;
  }
  for (let p = 1; p <= LEAD_PARAGRAPHS; p++) {
    const first = c.timesOfParagraph(p).find(scopes);
    if (first) return first;
  }
  return null;
}

/** The claim's clause: from the comma (or sentence start) before it to the comma (or sentence end) after it. */
function nearestInClause(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  let from = start;
  while (from > sentence.start && !isComma(c, from - 1)) from--;
  let to = end;
  while (to < sentence.end && !isComma(c, to)) to++;
  return nearest(c, start, end, from, to, (t) => inClause(t) && !isStatementDay(c, t));
}

/**
 * Outside the claim's clause, a time before it in its sentence scopes it (a
 * fronted "وفي 2014، … بلغت 6.8 مليار دولار، لتطوير … بحلول 2017"), else the
 * nearest after. The day of a statement counts only when `statements` is set.
 */
function nearestInSentence(c: ClaimContext, start: TokenIndex, end: TokenIndex, statements = false): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  const usable = statements ? (t: TimeExpression): boolean => scopes(t) && isStatementDay(c, t) : (t: TimeExpression): boolean => scopes(t) && !isStatementDay(c, t);
  return nearest(c, start, end, sentence.start, start, usable) ?? nearest(c, start, end, end, sentence.end, usable);
}

/** The usable expression of `[from, to)` nearest the claim; after it wins a tie ("قتل 5 أشخاص الثلاثاء"). */
function nearest(c: ClaimContext, start: TokenIndex, end: TokenIndex, from: number, to: number, usable = scopes): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of c.timesOfSentence(c.sentenceOf(start))) {
    if (!usable(t) || t.start < from || t.end > to) continue;
    const after = t.start >= end;
    const distance = after ? t.start - end : t.end <= start ? start - t.end : -1;
    if (distance < 0) continue;
    if (distance < bestDistance || (distance === bestDistance && after)) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many sentences back in its paragraph a claim may take its time from: context flows forward, and fades. */
const SENTENCES_BACK = 1;

/**
 * The time of the figures just before: the last usable expression of the
 * sentence before the claim's, in its paragraph, when that sentence states a
 * figure too — a run of statistics shares its period ("… 20 محافظة … حتى 10
 * مارس. وأفاد التقرير أنه تم تسجيل 1294 حالة"), a sentence of narrative does
 * not lend its time ("وانهارت في وقت سابق من العام الحالي «الخلافة» …").
 */
function inParagraph(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const sentence = c.sentenceOf(start);
  const paragraph = c.paragraphOf(start);
  for (let s = sentence - 1; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
    const range = c.structure.sentences[s]!;
    if (c.paragraphOf(range.start) !== paragraph || !statesFigure(c, range.start, range.end)) return null;
    const times = c.timesOfSentence(s).filter((t) => scopes(t) && t.end <= start);
    if (times.length) return times[times.length - 1]!;
  }
  return null;
}

/** True when tokens `[from, to)` hold a number that is not part of a time expression. */
function statesFigure(c: ClaimContext, from: TokenIndex, to: TokenIndex): boolean {
  for (let k = from; k < to; k++) if (c.isNumberToken(k) && !c.inTime(k, (k + 1) as TokenIndex)) return true;
  return false;
}

/**
 * A paragraph with no time of its own continues the day of the one before it:
 * news in short paragraphs names the day of the event once ("أعلن الجيش في بيان
 * السبت …" / "وقتل نحو 45 إرهابيا …").
 */
function previousParagraph(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const p = c.paragraphOf(start);
  if (p < 1) return null;
  const times = c.timesOfParagraph(p - 1).filter(scopes);
  const last = times[times.length - 1];
  return last && last.grain === 'day' ? last : null;
}

function isComma(c: ClaimContext, k: number): boolean {
  const t = k as TokenIndex;
  return c.tokens.isPunct(t) && c.syntax.commas.has(c.tokens.text(t));
}

/**
 * A running total is counted from a start up to the day it was counted: "منذ
 * أغسطس 2017 … حتى 10 مارس"، "منذ نهاية الأسبوع الماضي … بحسب ما أعلن مسؤولون
 * الخميس". For a period since a time, the last day named after it in its
 * sentence ends it; for a total up to a day ("حتى 10 مارس"), the period since a
 * time named before it in its paragraph (or the one before) starts it.
 */
function runningTotal(c: ClaimContext, t: TimeExpression): { from?: string; to?: string } {
  if (!t.cumulative) return {};
  const since = t.kind === 'period' && t.from !== undefined && t.to !== undefined && t.from !== t.to;
  if (since) {
    let asOf: string | undefined;
    for (const u of c.timesOfSentence(c.sentenceOf(t.start))) {
      if (u.start >= t.end && scopes(u) && u.grain === 'day' && u.from !== undefined && u.from.length >= 10 && u.from >= t.from! && u.from.slice(0, 10) <= t.to!) asOf = u.from.slice(0, 10);
    }
    return asOf ? { to: asOf } : {};
  }
  const p = c.paragraphOf(t.start);
  for (let q = p; q >= p - 1 && q >= 0; q--) {
    const times = c.timesOfParagraph(q);
    for (let i = times.length - 1; i >= 0; i--) {
      const u = times[i]!;
      if (u.start < t.start && u !== t && u.cumulative && u.kind === 'period' && u.from !== undefined && u.from !== u.to && u.from <= (t.from ?? u.from)) return { from: u.from };
    }
  }
  return {};
}

/** The scope a time expression gives: a time of day as its day; a period under way up to publication. */
function scopeOf(c: ClaimContext, t: TimeExpression): TimeScope {
  const span = c.span(t.start, t.end, t.skip ?? 0);
  const day = (iso: string | undefined): string | undefined => (iso !== undefined && iso.includes('T') ? iso.slice(0, iso.indexOf('T')) || undefined : iso);
  const total = runningTotal(c, t);
  const start = total.from ?? day(t.from);
  const end = total.to ?? t.today ?? day(t.to);
  return {
    text: c.textOf(span),
    span,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(t.cumulative || t.today ? { cumulative: true } : {}),
  };
}
