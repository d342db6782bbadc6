/**
 * Calendar arithmetic on UTC dates, and ISO prefixes at the precision written:
 * "2014", "2014-08", "2017-11-30", "2018-10-10T14:00".
 *
 * Years before the common era are written as ISO 8601 writes them: the
 * expanded, astronomical year, with a year 0 for 1 BC, a minus sign, and at
 * least four digits ("150 ق.م." → "-0149", "16000 ق.م." → "-15999"). Days are
 * proleptic Gregorian: a year a text writes for an old date (often Julian) is
 * kept as written, and a Hijri date of that age is converted to the Gregorian
 * day ISO gives it.
 *
 * Weeks are ISO weeks, Monday to Sunday: the convention of the wire services
 * Arabic outlets translate (and of the gold the library is measured on). A
 * resolution is a pair of prefixes `{ from, to }`, each at the precision of
 * what the text names: a year is "2014", not "2014-01-01".
 */

/** A resolved time: its first and last day, month or year, as ISO prefixes. */
export interface Resolution {
  from?: string;
  to?: string;
}

/** The units a time can be counted or named in. */
export type Grain = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const DAY_MS = 86_400_000;

/** Two digits: 7 → "07". */
export const pad = (n: number): string => String(n).padStart(2, '0');

/** A year as ISO writes it: four digits (247 → "0247"), and before year 1 the astronomical year signed (−149 → "-0149"). */
export const isoYear = (y: number): string => (y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0'));

/**
 * The astronomical year of a year counted before the common era: 1 BC is year
 * 0, 150 BC year −149 (the numbering ISO 8601 writes).
 */
export const yearBeforeEpoch = (written: number): number => 1 - written;

/** The year, month and day of an ISO prefix the library wrote ("2014", "-0149-03", "2017-11-30T14:00"), or null. */
export function isoParts(iso: string): { year: number; month?: number; day?: number } | null {
  const m = isoPrefix.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  return m[3] === undefined ? { year, month: Number(m[2]) } : { year, month: Number(m[2]), day: Number(m[3]) };
}

const isoPrefix = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** The length of the year part of an ISO prefix: 4, or more with a sign ("-0149" is 5). */
export const isoYearLength = (iso: string): number => /^-?\d+/u.exec(iso)?.[0].length ?? 0;

/** An ISO prefix with its year replaced ("2016-10-22" in 2015 → "2015-10-22"). */
export function withIsoYear(iso: string, year: number): string {
  return `${isoYear(year)}${iso.slice(isoYearLength(iso))}`;
}

/** A UTC date as "YYYY-MM-DD". */
export const isoDay = (d: Date): string => `${isoYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** "YYYY-MM". */
export const isoMonth = (year: number, month: number): string => `${isoYear(year)}-${pad(month)}`;

/** True for a year a news text can write in digits. */
export const isYear = (v: number | null): v is number => v !== null && v >= 1000 && v <= 2999;

/** The UTC date of a year, month (1–12) and day; months and days overflow as `Date.UTC` does. */
export function dayOf(year: number, month: number, day: number): Date {
  if (year >= 100 || year < 0) return new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999: count them 400 years on (the Gregorian cycle) and back.
  const d = new Date(Date.UTC(year + 400, month - 1, day));
  d.setUTCFullYear(d.getUTCFullYear() - 400);
  return d;
}

/** A "YYYY-MM-DD" the library itself wrote, as a UTC date. */
export function parseDay(iso: string): Date {
  const p = isoParts(iso);
  return p ? dayOf(p.year, p.month ?? 1, p.day ?? 1) : new Date(Number.NaN);
}

/** True when `day` is a real day of that month ("31 نوفمبر" is not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 0).getUTCDate();
}

/** `d` moved by `n` days. */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** `d` moved by `n` months, the day kept or clamped to the month's last (31 March − 1 month = 28/29 February). */
export function addMonths(d: Date, n: number): Date {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayOf(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

/** The Monday of the ISO week of `d`. */
export function weekStart(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** The reference's day `offset` days away, as a day resolution. */
export function dayResolution(d: Date): Resolution {
  const iso = isoDay(d);
  return { from: iso, to: iso };
}

/** The whole month (1–12) of a year. */
export function monthResolution(year: number, month: number): Resolution {
  const iso = isoMonth(year, month);
  return { from: iso, to: iso };
}

/** The whole year. */
export function yearResolution(year: number): Resolution {
  const iso = isoYear(year);
  return { from: iso, to: iso };
}

/** The ISO week (Monday to Sunday) `offset` weeks from the one holding `d`. */
export function weekResolution(d: Date, offset: number): Resolution {
  const monday = addDays(weekStart(d), 7 * offset);
  return { from: isoDay(monday), to: isoDay(addDays(monday, 6)) };
}

/** Months `first`..`last` (1–12, `last` may pass 12 into the next year) of a year. */
export function monthsResolution(year: number, first: number, last: number): Resolution {
  const lastYear = year + Math.floor((last - 1) / 12);
  return { from: isoMonth(year, first), to: isoMonth(lastYear, ((last - 1) % 12) + 1) };
}

/**
 * The period `offset` units from the reference: yesterday, last week (the ISO
 * week before), last month, next year. Without a reference, nothing.
 */
export function resolveRelative(offset: number, unit: 'day' | 'week' | 'month' | 'year', reference: Date | undefined): Resolution {
  if (!reference) return {};
  if (unit === 'day') return dayResolution(addDays(reference, offset));
  if (unit === 'week') return weekResolution(reference, offset);
  if (unit === 'month') {
    const d = addMonths(dayOf(reference.getUTCFullYear(), reference.getUTCMonth() + 1, 1), offset);
    return monthResolution(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  return yearResolution(reference.getUTCFullYear() + offset);
}

/** The latest date not after the reference that falls on `weekday` (0 = Sunday). */
export function lastWeekday(weekday: number, reference: Date): Date {
  return addDays(reference, -((reference.getUTCDay() - weekday + 7) % 7));
}

/**
 * How much nearer the next occurrence of a day named without its week or year
 * must be than the last one for a news text to mean it: news reports the past,
 * so "الأحد" written on a Thursday is four days back, not three ahead, while
 * "الجمعة" written on a Thursday is tomorrow, and "14 أيار" written on 8 May
 * is the 14th ahead.
 */
export const PAST_BIAS = 2;

/** The weekday (0 = Sunday) a news text means without a word of direction: the last one, or the next when it is much nearer. */
export function nearestWeekday(weekday: number, reference: Date): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const ahead = 7 - back;
  return back > 0 && ahead * PAST_BIAS < back ? addDays(reference, ahead) : addDays(reference, -back);
}

/** The first date after the reference that falls on `weekday` ("الأحد القادم" on a Sunday is a week later). */
export function nextWeekday(weekday: number, reference: Date): Date {
  return addDays(reference, ((weekday - reference.getUTCDay() + 6) % 7) + 1);
}

/** The latest date before the reference that falls on `weekday` ("الخميس الماضي" on a Thursday is a week earlier). */
export function previousWeekday(weekday: number, reference: Date): Date {
  return addDays(reference, -(((reference.getUTCDay() - weekday + 6) % 7) + 1));
}

/** The day of `weekday` (0 = Sunday) in the ISO week holding `d`. */
export function weekdayInWeek(weekday: number, d: Date): Date {
  return addDays(weekStart(d), (weekday + 6) % 7);
}

/**
 * Year for a day and month given without one: the latest such date not after
 * the reference, or the first one after it when that is much nearer (see
 * {@link PAST_BIAS}): "25 مايو" written on 28 May is three days back, "14
 * أيار" written on 8 May six days ahead. A month alone (`day` undefined) is
 * weighed by its first and last days: "يناير" written in November is the next
 * one, written in February the last.
 */
export function inferYear(month: number, day: number | undefined, reference: Date | undefined): number | undefined {
  if (!reference) return undefined;
  const y = reference.getUTCFullYear();
  const t = reference.getTime();
  const first = (year: number): number => dayOf(year, month, day ?? 1).getTime();
  const last = (year: number): number => dayOf(year, month, day ?? daysInMonth(year, month)).getTime();
  const pastYear = first(y) <= t ? y : y - 1;
  const back = Math.max(0, t - last(pastYear));
  const ahead = first(pastYear + 1) - t;
  return back > 0 && ahead * PAST_BIAS < back ? pastYear + 1 : pastYear;
}

/** The first day of the resolution's start, or undefined. */
export function firstDayOf(iso: string | undefined): Date | undefined {
  const p = iso ? isoParts(iso) : null;
  return p ? dayOf(p.year, p.month ?? 1, p.day ?? 1) : undefined;
}

/** The last day covered by an ISO prefix ("2014" → 31 December 2014, "2014-02" → 28 February). */
export function lastDayOf(iso: string | undefined): Date | undefined {
  const p = iso ? isoParts(iso) : null;
  if (!p) return undefined;
  if (p.month === undefined) return dayOf(p.year, 12, 31);
  return dayOf(p.year, p.month, p.day ?? daysInMonth(p.year, p.month));
}

/** An ISO prefix at the precision of a grain: years for years and longer, months for months, seasons, quarters and halves, days below. */
export function isoAt(d: Date, grain: Grain): string {
  if (grain === 'year' || grain === 'decade' || grain === 'century') return isoYear(d.getUTCFullYear());
  if (grain === 'month' || grain === 'season' || grain === 'quarter' || grain === 'half') return isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
  return isoDay(d);
}

/** `d` moved by `n` units of a grain. */
export function addGrain(d: Date, grain: Grain, n: number): Date {
  switch (grain) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'season':
    case 'quarter':
      return addMonths(d, 3 * n);
    case 'half':
      return addMonths(d, 6 * n);
    case 'year':
      return addMonths(d, 12 * n);
    case 'decade':
      return addMonths(d, 120 * n);
    case 'century':
      return addMonths(d, 1200 * n);
  }
}
