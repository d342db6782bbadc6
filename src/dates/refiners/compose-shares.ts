import {
  addDays,
  addGrain,
  addMonths,
  dayOf,
  firstDayOf,
  isoDay,
  isoMonth,
  isoYear,
  lastDayOf,
  weekdayInWeek,
  weekResolution,
  weekStart,
  type Grain,
  type Resolution,
} from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { DateContext } from '../recognizers/context.js';
import { unitGrain } from '../resolve.js';
import { onlyGlue } from './glue.js';
import type { TimeRefiner } from './index.js';

/** Words between a share and its whole: "الربع الأول من 2015"، "الأسبوع الثالث في هذا الشهر". */

/** Grains a whole can be that a share divides. */
const WHOLES: ReadonlySet<Grain | undefined> = new Set(['year', 'month', 'decade', 'century', 'week']);


/**
 * Joins a share to the whole it is a share of — "النصف الأول من 2015" (January
 * to June), "الربع الثالث من هذا العام"، "2016 الربع الثالث"، "الفصل الرابع
 * والأخير من 2017"، "النصف الثاني من القرن العشرين" (1950–1999)، "الأسبوع الأول
 * من أكتوبر" (the week of its first Monday)، "الأسبوع الثالث من عام 2027" (the
 * ISO week)، "العقد الأول من القرن" — and a weekday to its week: "الجمعة من
 * الأسبوع المقبل"، "الأسبوع القادم يوم الجمعة"، "هذا الأسبوع الجمعة".
 */
export const composeShares: TimeRefiner = {
  name: 'join shares to their whole',
  refine(context, found) {
    const out: TimeExpression[] = [];
    for (let i = 0; i < found.length; i++) {
      const e = found[i]!;
      const next = found[i + 1];
      // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      // A share, then its whole.
      if (e.share && next && isWhole(next) && onlyGlue(context.tokens, e.end, next.start, '', context.lexicon.ofOrIn)) {
        const composed = joinShare(e, next);
        if (composed) {
          out.push(composed);
          i++;
          continue;
        }
      }
      // A whole, then its share: "2016 الربع الثالث".
      if (e.share && last && isWhole(last) && last.grain === 'year' && onlyGlue(context.tokens, last.end, e.start, '')) {
        const whole = joinShare(e, last);
        if (whole) {
          out[out.length - 1] = joined(whole, { start: last.start, end: e.end });
          continue;
        }
      }
      // "أول أسبوعين من تموز"، "آخر 10 أيام من رمضان": so many units at the start or end of a whole.
      if (e.kind === 'duration' && e.count !== undefined && e.unit && next && isWhole(next) && onlyGlue(context.tokens, e.end, next.start, '', context.lexicon.ofOrIn)) {
        const joined = firstOrLast(context, e, next);
        if (joined) {
          out.push(joined);
          i++;
          continue;
        }
      }
      // A weekday and its week, either way round.
      if (e.weekday !== undefined && !e.share && next && isWeek(next) && onlyGlue(context.tokens, e.end, next.start, '', context.lexicon.ofOrIn)) {
        out.push(weekdayOf(e, next, e.start, next.end));
        i++;
        continue;
      }
      if (isWeek(e) && next && next.weekday !== undefined && !next.share && next.kind !== 'time' && onlyGlue(context.tokens, e.end, next.start, '', context.lexicon.dayWords)) {
        out.push(weekdayOf(next, e, e.start, next.end));
        i++;
        continue;
      }
      out.push(e);
    }
    return out;
  },
};

const isWhole = (e: TimeExpression): boolean => !e.partial && !e.share && e.from !== undefined && e.to !== undefined && WHOLES.has(e.grain) && e.kind !== 'duration';
const isWeek = (e: TimeExpression): boolean => e.grain === 'week' && e.kind === 'relative' && e.from !== undefined;

/** "أول"/"آخر" before a counted duration: its units at the start or the end of the whole after it. */
function firstOrLast(context: DateContext, e: TimeExpression, whole: TimeExpression): TimeExpression | null {
  const { tokens, lexicon } = context;
  const before = tokens.previousWord(e.start);
  if (before < 0 || !Number.isInteger(e.count)) return null;
  const at = lexicon.edgeWords.get(tokens.text(before));
  const grain = unitGrain[e.unit!];
  const first = firstDayOf(whole.from);
  const last = lastDayOf(whole.to);
  if (at === undefined || !grain || !first || !last) return null;
  const resolution =
    at === 'first'
      ? { from: isoDay(first), to: isoDay(addDays(addGrain(first, grain, e.count!), -1)) }
      : { from: isoDay(addDays(addGrain(last, grain, -e.count!), 1)), to: isoDay(last) };
  return { start: before, end: whole.end, kind: 'period', grain: 'day', ...resolution };
}

/** The weekday of an ISO week. */
function weekdayOf(day: TimeExpression, week: TimeExpression, start: TimeExpression['start'], end: TimeExpression['end']): TimeExpression {
  const iso = isoDay(weekdayInWeek(day.weekday!, firstDayOf(week.from)!));
  return { start, end, kind: 'relative', grain: 'day', weekday: day.weekday!, from: iso, to: iso, ...(day.start === start && day.skip ? { skip: day.skip } : {}) };
}

/** The share's days, months or years within its whole. */
function joinShare(e: TimeExpression, whole: TimeExpression): TimeExpression | null {
  const share = e.share!;
  const first = firstDayOf(whole.from);
  const last = lastDayOf(whole.to);
  if (!first || !last) return null;
  let resolution: Resolution | null;
  if (share.grain === 'week') resolution = weekOf(share.index, whole.grain, first, last);
  else if (share.grain === 'day' && e.weekday !== undefined) resolution = nthWeekday(share.index, e.weekday, whole.grain, first, last);
  else resolution = partOf(share.index, share.parts, whole.grain, first, last);
  if (!resolution) return null;
  const grain = share.grain === 'week' ? 'week' : share.grain;
  return { start: e.start, end: whole.end, kind: grain === 'day' ? 'date' : 'period', grain, ...resolution, ...(e.skip ? { skip: e.skip } : {}) };
}

/** The nth (or last, −1) week of a month (Monday to Sunday, from its first Monday; the last one wholly in it) or of a year (ISO weeks). */
function weekOf(index: number, grain: Grain | undefined, first: Date, last: Date): Resolution | null {
  if (grain === 'month') {
    const start = index > 0 ? addDays(first, ((8 - first.getUTCDay()) % 7) + 7 * (index - 1)) : addDays(last, -last.getUTCDay() - 6);
    if (start < first || start > last) return null;
    return { from: isoDay(start), to: isoDay(addDays(start, 6)) };
  }
  if (grain === 'year') {
    // ISO week 1 holds the year's first Thursday; the last holds 28 December.
    const year = first.getUTCFullYear();
    return index > 0 ? weekResolution(addDays(weekStart(dayOf(year, 1, 4)), 7 * (index - 1)), 0) : weekResolution(dayOf(year, 12, 28), 0);
  }
  return null;
}

/** The nth (or last, −1) weekday of a month: "أول يوم جمعة من يوليو". */
function nthWeekday(index: number, weekday: number, grain: Grain | undefined, first: Date, last: Date): Resolution | null {
  if (grain !== 'month') return null;
  const d = index > 0 ? addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (index - 1)) : addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  return d >= first && d <= last ? { from: isoDay(d), to: isoDay(d) } : null;
}

/** The nth (or last, −1) of `parts` equal shares of the whole, in months or, for centuries and decades, years. */
function partOf(index: number, parts: number, wholeGrain: Grain | undefined, first: Date, last: Date): Resolution | null {
  const n = index < 0 ? parts : index;
  if (n < 1 || n > parts) return null;
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  if (months % parts !== 0) return null;
  const size = months / parts;
  const start = addMonths(first, (n - 1) * size);
  const end = addMonths(start, size - 1);
  if (wholeGrain === 'century' || wholeGrain === 'decade') return { from: isoYear(start.getUTCFullYear()), to: isoYear(end.getUTCFullYear()) };
  return { from: isoMonth(start.getUTCFullYear(), start.getUTCMonth() + 1), to: isoMonth(end.getUTCFullYear(), end.getUTCMonth() + 1) };
}
