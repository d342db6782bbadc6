/**
 * The scope a time expression gives a claim: its text and span, its start and
 * end (a time of day as its day), a running total counted from a start up to
 * the day it was counted, and a figure stated over a length ending at the
 * period its sentence names.
 */
import { isoYear } from '../../dates/calendar.js';
import type { TimeExpression } from '../../dates/expression.js';
import type { TimeScope } from '../../model.js';
import type { ClaimContext } from '../context.js';
import { cacheOf } from './cache.js';
import { namesDay, scopes } from './usable.js';

/** A year written alone, as ISO: "2016", "-0149". */
const YEAR_ONLY = /^-?\d{4}$/u;

/**
 * A figure stated over a length ends at the period its sentence names:
 * "أنفقت فرنسا … عام 2016، بزيادة أربع نقاط خلال عشرين عاما" is 1996–2016;
 * "انسحبت القوات في عام 2020، ومن مواقع عملنا فيها خلال ستة أعوام على تدريب
 * أكثر من 240 ألف" is 2014–2020. Only a length in years ending at a year is widened; any other keeps the named period.
 */
export function accruedOver(scope: TimeScope, length: TimeExpression): TimeScope {
  if (length.unit !== 'year' || length.count === undefined || !Number.isInteger(length.count) || scope.end === undefined || !YEAR_ONLY.test(scope.end) || scope.cumulative) return scope;
  return { ...scope, start: isoYear(Number(scope.end) - length.count) };
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
  const cache = cacheOf(c).totals;
  let known = cache.get(t);
  if (known === undefined) {
    known = boundsOfTotal(c, t);
    cache.set(t, known);
  }
  return known;
}

/** How many expressions around a running total are read for its other end. */
const TOTAL_REACH = 12;

function boundsOfTotal(c: ClaimContext, t: TimeExpression): { from?: string; to?: string } {
  const since = t.kind === 'period' && t.from !== undefined && t.to !== undefined && t.from !== t.to;
  if (since) {
    let asOf: string | undefined;
    const s = c.sentenceOf(t.start);
    const within = (u: TimeExpression): boolean => scopes(u) && u.grain === 'day' && u.from !== undefined && u.from.length >= 10 && u.from >= t.from! && u.from.slice(0, 10) <= t.to!;
    let read = 0;
    for (const u of c.timesOfSentence(s)) {
      if (u.start < t.end) continue;
      if (++read > TOTAL_REACH) break;
      if (within(u)) asOf = u.from!.slice(0, 10);
    }
    // Else the year or month the sentence named before it: "إلى 13,6% عام 2016، بزيادة 1,1 نقطة منذ 2008" (2008–2016).
    if (!asOf) {
      // Expressions are in reading order: those before `t` precede its index, found in constant time.
      const { firstFrom } = cacheOf(c);
      for (let i = firstFrom[t.start]! - 1, n = 0; i >= 0 && n < TOTAL_REACH && !asOf; i--, n++) {
        const u = c.times[i]!;
        if (c.sentenceOf(u.start) !== s) break;
        if (u.kind === 'date' && scopes(u) && !u.cumulative && !u.today && u.to !== undefined && !namesDay(u.to) && u.to >= t.from! && u.to <= t.to!) asOf = u.to;
      }
    }
    // Else the day the count was made up to, in the next sentence: "… إلى 73 حالة، منذ أغسطس 2017." / "… في 20 محافظة، حتى 10 مارس".
    if (!asOf && s + 1 < c.structure.sentences.length) {
      read = 0;
      for (const u of c.timesOfSentence(s + 1)) {
        if (u.start < t.end) continue;
        if (++read > TOTAL_REACH) break;
        if (u.cumulative && u.kind !== 'period' && within(u)) asOf = u.from!.slice(0, 10);
      }
    }
    return asOf ? { to: asOf } : {};
  }
  const p = c.paragraphOf(t.start);
  for (let q = p; q >= p - 1 && q >= 0; q--) {
    const times = c.timesOfParagraph(q);
    let read = 0;
    for (let i = times.length - 1; i >= 0 && read < TOTAL_REACH; i--) {
      const u = times[i]!;
      if (u.start >= t.start) continue;
      read++;
      if (u.cumulative && u.kind === 'period' && u.from !== undefined && u.from !== u.to && u.from <= (t.from ?? u.from)) return { from: u.from };
    }
  }
  return {};
}

/** The scope a time expression gives: a time of day as its day; a period under way up to publication. */
export function scopeOf(c: ClaimContext, t: TimeExpression): TimeScope {
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
