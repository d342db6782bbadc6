import type { TokenIndex } from '../../text/coordinates.js';
import { addDays, firstDayOf, isoAt, isoDay, isoParts, lastDayOf, previousWeekday, withIsoYear, type Grain, type Resolution } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { ApproximateWord, PeriodRole } from '../lexicon/context.js';
import type { TimeUnit } from '../lexicon/relative.js';
import type { DateContext } from '../recognizers/context.js';
import { addDuration } from '../resolve.js';
import type { TimeRefiner } from './index.js';

/**
 * Widens an expression by the word that opens it into a period, and anchors a
 * duration to publication:
 *
 * | written | resolved |
 * |---|---|
 * | منذ 2011، منذ أغسطس/آب 2017 | from it up to publication |
 * | منذ 40 عاما، منذ 9 سنوات | from that long before publication up to it |
 * | حتى 10 مارس (past) | that day, as a running total up to it (`cumulative`) |
 * | حتى عام 2023 (future) | from publication up to it |
 * | بحلول 2025، خلال 2017، طوال الموسم | the time itself |
 * | قبل خمس سنوات، قبل شهرين ونصف | the point that long before publication, at the precision of the unit |
 * | قبل أقل من أسبوعين | from two weeks before publication up to it |
 * | قبل عام 2001 | up to the year before |
 * | بعد يومين، بعد 3 سنوات | the point that long after publication |
 * | بعد الصيف | from the month after it on |
 *
 * "لمدة" and "مدة" are left out of the span: "لمدة 3 ساعات" is the duration "3 ساعات".
 */
export const openPeriods: TimeRefiner = {
  name: 'open periods',
  refine(context, found) {
    return found.map((e) => withOpener(context, e));
  },
};

function withOpener(context: DateContext, e: TimeExpression): TimeExpression {
  const { tokens, lexicon, reference } = context;
  if (e.kind === 'vague' || e.partial || e.kind === 'set') return e;
  let before = tokens.previousWord(e.start);
  // يوم before a weekday is left out of its span: "منذ يوم الأحد" opens at منذ.
  if (before >= 0 && e.weekday !== undefined && lexicon.dayWords.has(tokens.text(before))) before = tokens.previousWord(before);
  if (before < 0) return e;
  // A bound between the opener and a duration: "قبل أقل من أسبوعين"، "منذ أكثر من عام".
  let bound: ApproximateWord['bound'] | undefined;
  const approximate = lexicon.approximate.matchEndingAt(tokens, before);
  if (approximate && e.kind === 'duration') {
    bound = approximate.entry.bound;
    before = tokens.previousWord(approximate.start);
    if (before < 0) return e;
  }
  const match = lexicon.periodOpeners.matchEndingAt(tokens, before);
  if (!match) return e;
  const role: PeriodRole = match.entry.role;
  const start = match.start;
  const skip = match.clitic ? { skip: match.clitic } : { skip: 0 };
  const counted = e.count !== undefined;
  // "بين 2014-2018": بين before a span that already has both ends belongs to it.
  if (role === 'between' || role === 'from') return e.twoEnded ? joined(e, { start }, skip) : e;
  if (role === 'for') return e;
  // في opens only a length or a span counted from publication: "في 3 سنوات"، "في الأسابيع الثلاثة الماضية".
  if (role === 'within') return counted && (e.kind === 'duration' || e.kind === 'period') ? joined(e, { start }, skip) : e;
  // "بعد أسبوعين من الآن" is already resolved; قبل and بعد belong to its span, منذ does not (as Recognizers-Text reads it).
  if (e.kind === 'date' && counted && e.unit) return role === 'before' || role === 'after' ? joined(e, { start }, skip) : e;
  const today = reference ? isoDay(reference) : undefined;
  if (e.kind === 'duration') return anchorDuration(context, e, role, start, skip, bound);
  switch (role) {
    case 'since': {
      // A period since a time up to publication: what a figure in it counts is a running total. A weekday
      // since which is past: "منذ الأحد" written on a Saturday is the Sunday before, not the one after.
      const from = e.weekday !== undefined && reference && today && e.from !== undefined && e.from > today ? isoDay(previousWeekday(e.weekday, reference)) : e.from;
      return joined(e, { start }, skip, { kind: 'period' as const, cumulative: true }, from !== undefined ? { from } : {}, today ? { to: today } : {});
    }
    case 'until': {
      const last = lastDayOf(e.to);
      if (reference && last && last < reference) return joined(e, { start }, skip, { cumulative: true });
      return joined(e, { start }, skip, { kind: 'period' as const }, today ? { from: today } : {}, e.to !== undefined ? { to: e.to } : {});
    }
    case 'before': {
      const first = firstDayOf(e.from);
      const to = first ? isoAt(addDays(first, -1), precisionOf(e.from!)) : undefined;
      return { start, end: e.end, kind: 'period', ...skip, ...(to ? { to } : {}) };
    }
    case 'after': {
      const last = lastDayOf(e.to);
      const from = last ? isoAt(addDays(last, 1), precisionOf(e.to!)) : undefined;
      return { start, end: e.end, kind: 'period', ...skip, ...(from ? { from } : {}) };
    }
    case 'deadline':
      // "بحلول ديسمبر": a deadline lies ahead; a month with no year written is the next one.
      if (e.inferred && reference && lastDayOf(e.to) && lastDayOf(e.to)! < reference) return joined(e, { start }, skip, nextYear(e));
      return joined(e, { start }, skip);
    default:
      return joined(e, { start }, skip);
  }
}

/** The same resolution a year later. */
function nextYear(e: TimeExpression): Resolution {
  const shift = (iso: string | undefined): string | undefined => (iso ? withIsoYear(iso, (isoParts(iso)?.year ?? 0) + 1) : undefined);
  const from = shift(e.from);
  const to = shift(e.to);
  return joined(from ? { from } : {}, to ? { to } : {});
}

/** A duration after an opener: since that long ago, that long before or after publication, or within it. */
function anchorDuration(context: DateContext, e: TimeExpression, role: PeriodRole, start: TokenIndex, skip: { skip: number }, bound: ApproximateWord['bound'] | undefined): TimeExpression {
  const { reference } = context;
  const parts = partsOf(e);
  if (!reference || !parts || e.from !== undefined) return joined(e, { start }, skip);
  const grain = finestGrain(parts);
  const back = isoAt(addDuration(reference, parts, -1), grain);
  const today = isoDay(reference);
  let resolution: Resolution;
  let kind: TimeExpression['kind'] = 'duration';
  if (role === 'since') return joined(e, { start }, skip, { kind, from: back, to: today, cumulative: true });
  else if (role === 'before') {
    kind = 'date';
    // Less than that long ago: within it; more than that: before it.
    if (bound === 'less') resolution = { from: isoDay(addDuration(reference, parts, -1)), to: today };
    else if (bound === 'more') resolution = { to: back };
    else resolution = { from: back, to: back };
  } else if (role === 'after') {
    kind = 'date';
    const ahead = isoAt(addDuration(reference, parts, 1), grain);
    resolution = { from: ahead, to: ahead };
  } else return joined(e, { start }, skip);
  return joined(e, { start }, skip, { kind }, resolution);
}

/** The parts of a duration from its ISO length ("P1Y2M" → a year and two months). */
function partsOf(e: TimeExpression): Array<{ count: number; unit: TimeUnit }> | null {
  // "قبل بضعة أيام": a vague count has no ISO length, only its reading (three).
  if (!e.duration) return e.count !== undefined && e.unit ? [{ count: e.count, unit: e.unit }] : null;
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T.*)?$/u.exec(e.duration);
  if (!m) return null;
  const units: TimeUnit[] = ['year', 'month', 'week', 'day'];
  const parts = units.flatMap((unit, i) => (m[i + 1] ? [{ count: Number(m[i + 1]), unit }] : []));
  return parts.length > 0 ? parts : null;
}

/** The precision of a point counted from publication: the day, unless the duration is in whole years ("قبل 15 عاما" → 2003). */
function finestGrain(parts: ReadonlyArray<{ count: number; unit: TimeUnit }>): Grain {
  return parts.every((p) => (p.unit === 'year' || p.unit === 'decade' || p.unit === 'century') && Number.isInteger(p.count)) ? 'year' : 'day';
}

/** The precision of an ISO prefix, as a grain. */
function precisionOf(iso: string): Grain {
  const p = isoParts(iso);
  return p?.month === undefined ? 'year' : p.day === undefined ? 'month' : 'day';
}

