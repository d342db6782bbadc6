/**
 * Calendar arithmetic on UTC dates, and ISO prefixes at the precision written:
 * "2014", "2014-08", "2017-11-30".
 */

/** Two digits: 7 → "07". */
export const pad = (n: number): string => String(n).padStart(2, '0');

/** A UTC date as "YYYY-MM-DD". */
export const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** "YYYY-MM". */
export const isoMonth = (year: number, month: number): string => `${year}-${pad(month)}`;

/** True for a year a news text can write in digits. */
export const isYear = (v: number | null): v is number => v !== null && v >= 1000 && v <= 2999;

/** Year for a day and month given without one: the latest such date not after the reference. */
export function inferYear(month: number, day: number, reference: Date | undefined): number | undefined {
  if (!reference) return undefined;
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth() + 1;
  return month < m || (month === m && day <= reference.getUTCDate()) ? y : y - 1;
}

/** The period `offset` units from the reference: yesterday, last month, next year; a week runs up to the reference. */
export function resolveRelative(offset: number, unit: 'day' | 'month' | 'year' | 'week', reference: Date | undefined): { from?: string; to?: string } {
  if (!reference) return {};
  const d = new Date(reference.getTime());
  if (unit === 'day') {
    d.setUTCDate(d.getUTCDate() + offset);
    return { from: isoDay(d), to: isoDay(d) };
  }
  if (unit === 'week') {
    d.setUTCDate(d.getUTCDate() + 7 * offset);
    return { from: isoDay(d), to: isoDay(reference) };
  }
  if (unit === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + offset);
    const iso = isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
    return { from: iso, to: iso };
  }
  const year = String(d.getUTCFullYear() + offset);
  return { from: year, to: year };
}

/** The latest date not after the reference that falls on `weekday` (0 = Sunday). */
export function lastWeekday(weekday: number, reference: Date): string {
  const d = new Date(reference.getTime());
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - weekday + 7) % 7));
  return isoDay(d);
}
