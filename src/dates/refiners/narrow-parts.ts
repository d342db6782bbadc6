import { addDays, dayOf, daysInMonth, firstDayOf, isoDay, isoMonth, isoYear, lastDayOf, type Resolution } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { PeriodPart } from '../lexicon/context.js';
import type { DateContext } from '../recognizers/context.js';
import { onlyGlue } from './glue.js';
import type { TimeRefiner } from './index.js';


/**
 * Narrows an expression to the part of it a word before it names:
 *
 * - a year: "بداية" January, "مطلع"/"أوائل" January–June, "منتصف" June–July,
 *   "أواخر" July–December, "نهاية" December ("منذ نهاية عام 2017" is from
 *   December 2017); a year from another month in its own months: its first,
 *   first half, middle two, second half or last ("نهاية العام المالي الحالي" in
 *   Egypt is June, "نهاية موسم 2022-2023" May 2023);
 * - a month: the first half ("مطلع الشهر المقبل"), its middle (the 15th), the
 *   second half ("أواخر الشهر الماضي"، "نهاية شهر مارس");
 * - a week (Monday to Sunday): Monday–Wednesday, Tuesday–Friday, Thursday–Sunday,
 *   and "نهاية الأسبوع" its weekend (Saturday–Sunday);
 * - a decade or a century: its first, middle or last three tenths;
 * - a season, quarter or half: its first, middle or last month;
 * - a day: the day ("بنهاية يوم الثلاثاء").
 *
 * And "الأسبوع المنتهي في 25 مايو" to the seven days ending that day, and a
 * vague "earlier" or "later" to the period after it: "في وقت سابق من
 * الشهر الجاري" (from its start up to publication), "في وقت سابق اليوم".
 */
export const narrowParts: TimeRefiner = {
  name: 'narrow to a part',
  refine(context, found) {
    const out: TimeExpression[] = [];
    for (let i = 0; i < found.length; i++) {
      const e = found[i]!;
      const next = found[i + 1];
      if (e.kind === 'vague' && (e.reach === 'past' || e.reach === 'future') && next && next.from && next.to && next.kind !== 'duration' && next.kind !== 'vague') {
        if (onlyGlue(context.tokens, e.end, next.start, '', context.lexicon.ofOrIn)) {
          out.push(earlierOrLater(context, e, next));
          i++;
          continue;
        }
      }
      const part = narrowed(context, e) ?? e;
      out.push(weekEnding(context, part) ?? part);
    }
    return out;
  },
};

/** "الأسبوع المنتهي في 25 مايو"، "الأسبوع حتى منتصف تموز": the seven days up to and with that day. */
function weekEnding(context: DateContext, e: TimeExpression): TimeExpression | null {
  const { tokens, lexicon } = context;
  if (!e.to || e.to.length !== 10 || e.from !== e.to) return null;
  const before = tokens.previousWord(e.start);
  const m = before >= 0 ? lexicon.weekEnding.matchEndingAt(tokens, before) : null;
  if (!m) return null;
  const last = firstDayOf(e.to)!;
  return joined(e, { start: m.start, kind: 'period' as const, grain: 'week' as const, from: isoDay(addDays(last, -6)), to: e.to }, m.clitic ? { skip: m.clitic } : { skip: 0 });
}

function narrowed(context: DateContext, e: TimeExpression): TimeExpression | null {
  const { tokens, lexicon } = context;
  if (!e.from || !e.to || e.kind === 'duration' || e.kind === 'vague' || e.partial) return null;
  const before = tokens.previousWord(e.start);
  if (before < 0) return null;
  const m = lexicon.periodParts.matchEndingAt(tokens, before);
  if (!m) return null;
  const resolution = m.entry.kind === 'rest' ? restOf(context, e) : partOf(m.entry.kind, e);
  if (!resolution) return null;
  return joined(e, { start: m.start, kind: e.grain === 'day' ? ('time' as const) : ('period' as const) }, resolution, m.clitic ? { skip: m.clitic } : { skip: 0 });
}

/** "بقية العام": from publication to the end of the period. */
function restOf(context: DateContext, e: TimeExpression): Resolution | null {
  const last = lastDayOf(e.to);
  const { reference } = context;
  if (!last || !reference || reference > last) return null;
  const first = firstDayOf(e.from)!;
  return { from: isoDay(reference > first ? reference : first), to: isoDay(last) };
}

/** The share of a year, month, week, decade or century, or season, a part word names. */
function partOf(part: Exclude<PeriodPart, 'rest'>, e: TimeExpression): Resolution | null {
  const first = firstDayOf(e.from);
  const last = lastDayOf(e.to);
  if (!first || !last) return null;
  const y = first.getUTCFullYear();
  switch (e.grain) {
    case 'year': {
      if (e.from!.length === 4) {
        const [a, b] = ({ start: [1, 1], early: [1, 6], middle: [6, 7], late: [7, 12], end: [12, 12] } as const)[part];
        return { from: isoMonth(y, a), to: isoMonth(y, b) };
      }
      // A year from another month, counted in its own months: a fiscal year from July ends in June ("نهاية
      // العام المالي الحالي"), a football season from August in May ("حتى نهاية موسم 2022-2023").
      const months = (last.getUTCFullYear() - y) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
      const half = Math.ceil(months / 2);
      const [a, b] = ({ start: [0, 0], early: [0, half - 1], middle: [half - 1, half], late: [half, months - 1], end: [months - 1, months - 1] } as const)[part];
      const monthOf = (n: number): string => {
        const d = dayOf(y, first.getUTCMonth() + 1 + n, 1);
        return isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
      };
      return { from: monthOf(a), to: monthOf(b) };
    }
    case 'month': {
      const m = first.getUTCMonth() + 1;
      const [a, b] = ({ start: [1, 15], early: [1, 15], middle: [15, 15], late: [16, 31], end: [16, 31] } as const)[part];
      return { from: isoDay(addDays(first, a - 1)), to: isoDay(addDays(first, Math.min(b, daysInMonth(y, m)) - 1)) };
    }
    case 'week': {
      const [a, b] = ({ start: [0, 2], early: [0, 2], middle: [1, 4], late: [3, 6], end: [5, 6] } as const)[part];
      return { from: isoDay(addDays(first, a)), to: isoDay(addDays(first, b)) };
    }
    case 'decade':
    case 'century': {
      const span = last.getUTCFullYear() - y + 1;
      const [a, b] = ({ start: [0, 0.3], early: [0, 0.3], middle: [0.3, 0.7], late: [0.7, 1], end: [0.7, 1] } as const)[part];
      return { from: isoYear(y + Math.round(a * span)), to: isoYear(y + Math.round(b * span) - 1) };
    }
    case 'season':
    case 'quarter':
    case 'half': {
      const months = (last.getUTCFullYear() - y) * 12 + last.getUTCMonth() - first.getUTCMonth();
      const offset = part === 'middle' ? Math.floor(months / 2) : part === 'late' || part === 'end' ? months : 0;
      const d = dayOf(y, first.getUTCMonth() + 1 + offset, 1);
      const iso = isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
      return { from: iso, to: iso };
    }
    case 'day':
      return { from: e.from!.slice(0, 10), to: e.to!.slice(0, 10) };
    default:
      return null;
  }
}

/** "في وقت سابق من الشهر الجاري": the period's start up to publication; "في وقت لاحق من هذا العام": publication to its end. */
function earlierOrLater(context: DateContext, vague: TimeExpression, period: TimeExpression): TimeExpression {
  const reference = context.reference ? isoDay(context.reference) : undefined;
  const from = firstDayOf(period.from);
  const to = lastDayOf(period.to);
  let resolution: Resolution = { from: period.from!, to: period.to! };
  if (reference && from && to) {
    const ref = context.reference!;
    if (vague.reach === 'past' && ref >= from && ref <= to) resolution = { from: isoDay(from), to: reference };
    if (vague.reach === 'future' && ref >= from && ref <= to) resolution = { from: reference, to: isoDay(to) };
  }
  return { start: vague.start, end: period.end, kind: period.grain === 'day' ? 'date' : 'period', grain: period.grain ?? 'day', ...resolution, ...(vague.skip ? { skip: vague.skip } : {}) };
}

