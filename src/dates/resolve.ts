/**
 * Resolutions the recognizers and refiners share: Hijri months and years as
 * Gregorian days, the occurrence of a yearly date nearest to publication,
 * spans counted back or forward from it, and ISO 8601 durations.
 */
import { addDays, addGrain, dayOf, daysInMonth, isoAt, isoDay, type Grain, type Resolution } from './calendar.js';
import { hijriSpan, hijriToGregorian } from './hijri.js';
import type { Holiday } from './lexicon/holidays.js';
import type { TimeUnit } from './lexicon/relative.js';

/** Days from `d` to the interval `[first, last]`: 0 inside it. */
function distance(d: Date, first: Date, last: Date): number {
  if (d < first) return first.getTime() - d.getTime();
  if (d > last) return d.getTime() - last.getTime();
  return 0;
}

/** A span of days as a resolution. */
export function daysResolution(first: Date, last: Date): Resolution {
  return { from: isoDay(first), to: isoDay(last) };
}

/** Mean length of a Hijri year in Gregorian ones. */
const HIJRI_YEAR = 354.367 / 365.2425;

/** The Hijri year holding a Gregorian day (to within a year, enough to pick candidates around it). */
export function approximateHijriYear(d: Date): number {
  return Math.floor((d.getUTCFullYear() + d.getUTCMonth() / 12 - 621.57) / HIJRI_YEAR);
}

/** The days of Hijri month `month` (day `day` for `days` days when given) of Hijri year `year`. */
export function hijriDays(year: number, month: number, day?: number, days = 1): { first: Date; last: Date } | undefined {
  if (day === undefined) return hijriSpan(year, month);
  const first = hijriToGregorian(year, month, day);
  return first ? { first, last: addDays(first, days - 1) } : undefined;
}

/**
 * Which Hijri year a Hijri month (or day) without a year belongs to: the
 * occurrence nearest the reference (`direction` −1 or 1: the last one ending
 * before it, or the first one starting after it).
 */
export function nearestHijri(month: number, day: number | undefined, days: number, reference: Date, direction = 0): { first: Date; last: Date } | undefined {
  const around = approximateHijriYear(reference);
  let best: { first: Date; last: Date } | undefined;
  for (let y = around - 1; y <= around + 2; y++) {
    const span = hijriDays(y, month, day, days);
    if (!span) continue;
    if (direction < 0 && span.last >= reference) continue;
    if (direction > 0 && span.first <= reference) continue;
    if (direction < 0 && best && best.last > span.last) continue;
    if (direction > 0 && best && best.first < span.first) continue;
    if (direction === 0 && best && distance(reference, best.first, best.last) <= distance(reference, span.first, span.last)) continue;
    best = span;
  }
  return best;
}

/** The first occurrence of a Hijri month starting in a Gregorian year ("رمضان 2001"). */
export function hijriInGregorianYear(month: number, day: number | undefined, days: number, year: number): { first: Date; last: Date } | undefined {
  const around = approximateHijriYear(dayOf(year, 1, 1));
  for (let y = around - 1; y <= around + 2; y++) {
    const span = hijriDays(y, month, day, days);
    if (span && span.first.getUTCFullYear() === year) return span;
  }
  return undefined;
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** The days of a Gregorian or Easter-based holiday in a year. */
function holidayInYear(h: Holiday, year: number): { first: Date; last: Date } | undefined {
  const days = h.days ?? 1;
  let first: Date | undefined;
  if (h.type === 'easter') first = addDays(easterSunday(year), h.day ?? 0);
  else if (h.type === 'gregorian' && h.month !== undefined) {
    if (h.weekday !== undefined && h.nth !== undefined) {
      const firstOfMonth = dayOf(year, h.month, 1);
      first = addDays(firstOfMonth, ((h.weekday - firstOfMonth.getUTCDay() + 7) % 7) + 7 * (h.nth - 1));
    } else if (h.day !== undefined && h.day >= 1 && h.day <= daysInMonth(year, h.month)) first = dayOf(year, h.month, h.day);
  }
  return first ? { first, last: addDays(first, days - 1) } : undefined;
}

/**
 * The days of a holiday: in the Gregorian `year` (or Hijri `hijriYear`) when
 * given, else the occurrence nearest the reference. Undefined for a holiday
 * with no date of its own, or without a reference to choose the year.
 */
export function holidayDays(h: Holiday, reference: Date | undefined, year?: number, hijriYear?: number): { first: Date; last: Date } | undefined {
  if (h.type === undefined) return undefined;
  if (h.type === 'hijri') {
    const month = h.month!;
    if (hijriYear !== undefined) return hijriDays(hijriYear, month, h.day, h.days);
    if (year !== undefined) return hijriInGregorianYear(month, h.day, h.days ?? 1, year);
    return reference ? nearestHijri(month, h.day, h.days ?? 1, reference) : undefined;
  }
  if (year !== undefined) return holidayInYear(h, year);
  if (!reference) return undefined;
  let best: { first: Date; last: Date } | undefined;
  for (let y = reference.getUTCFullYear() - 1; y <= reference.getUTCFullYear() + 1; y++) {
    const span = holidayInYear(h, y);
    if (span && (!best || distance(reference, span.first, span.last) < distance(reference, best.first, best.last))) best = span;
  }
  return best;
}

/** Grains of the units that can be counted back or forward from publication. */
export const unitGrain: Partial<Record<TimeUnit, Grain>> = { day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade', century: 'century' };

/**
 * The span of `count` units back from the reference (up to and with its day:
 * "الأشهر التسعة الماضية"، "آخر 8 أسابيع") or forward from the day after it
 * ("الأيام الثلاثة المقبلة"), in days.
 */
export function countedSpan(count: number, grain: Grain, direction: number, reference: Date | undefined): Resolution {
  if (!reference) return {};
  if (direction < 0) return { from: isoDay(addGrain(reference, grain, -count)), to: isoDay(reference) };
  return { from: isoDay(addDays(reference, 1)), to: isoDay(addGrain(reference, grain, count)) };
}

/** The point `count` units before (−1) or after (1) the reference, at the precision of the unit: "قبل خمس سنوات" → "2015". */
export function countedPoint(count: number, grain: Grain, direction: number, reference: Date | undefined): Resolution {
  if (!reference) return {};
  // "قبل شهرين ونصف": a fraction of a unit lands on a day; the point keeps the precision of the unit.
  const d = Number.isInteger(count) ? addGrain(reference, grain, direction * count) : addDays(reference, direction * Math.round(count * daysPer[grain]));
  const iso = isoAt(d, grain === 'week' ? 'day' : grain);
  return { from: iso, to: iso };
}

/** The mean days of each grain: a grain's size, finest first (a day) to coarsest (a century). */
export const daysPer: Record<Grain, number> = { day: 1, week: 7, month: 30.44, season: 91.3, quarter: 91.3, half: 182.6, year: 365.25, decade: 3652.5, century: 36525 };

const isoLetter: Record<TimeUnit, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S', decade: 'Y', century: 'Y' };
const isoOrder: readonly TimeUnit[] = ['century', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const isTimeUnit = (u: TimeUnit): boolean => u === 'hour' || u === 'minute' || u === 'second';

/** An ISO 8601 duration from amounts of units: `[{ 1, year }, { 21, day }]` → "P1Y21D", `[{ 1.5, hour }]` → "PT1.5H". */
export function isoDuration(parts: ReadonlyArray<{ count: number; unit: TimeUnit }>): string {
  const sorted = [...parts].sort((a, b) => isoOrder.indexOf(a.unit) - isoOrder.indexOf(b.unit));
  let date = '';
  let time = '';
  for (const { count, unit } of sorted) {
    const n = unit === 'decade' ? count * 10 : unit === 'century' ? count * 100 : count;
    const text = `${Number(n.toFixed(6))}${isoLetter[unit]}`;
    if (isTimeUnit(unit)) time += text;
    else date += text;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** `d` moved by a compound duration (`sign` −1 back, 1 forward); hours and shorter are left out. */
export function addDuration(d: Date, parts: ReadonlyArray<{ count: number | undefined; unit: TimeUnit }>, sign: number): Date {
  let out = d;
  for (const { count, unit } of parts) {
    const grain = unitGrain[unit];
    if (count === undefined || !grain) continue;
    out = Number.isInteger(count) ? addGrain(out, grain, sign * count) : addDays(out, sign * Math.round(count * daysPer[grain]));
  }
  return out;
}
