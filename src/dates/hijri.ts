/**
 * Hijri dates in the Umm al-Qura calendar, the one Saudi and Gulf papers date
 * by: "1 رمضان 1436 هـ" is 18 June 2015.
 *
 * Years 1318–1500 AH (1900–2077) come from an embedded table of month lengths,
 * written from the Umm al-Qura data of ICU (the data behind `Intl`'s
 * `islamic-umalqura` calendar, and checked against it in the tests): the same
 * answer on every runtime, browsers and edge runtimes without full ICU
 * included. Outside the table, `Intl` answers where the runtime has the
 * calendar, and the arithmetic (tabular) Islamic calendar, at most a day or two
 * off, where it has not.
 */
import { addDays, dayOf } from './calendar.js';

/** First year of the table, and the Gregorian day of its 1 Muharram. */
const TABLE_FIRST_YEAR = 1318;
const TABLE_FIRST_DAY = /* @__PURE__ */ dayOf(1900, 4, 30);

/**
 * Month lengths of 1318–1500 AH, three hex digits a year: bit `m − 1` set when
 * month `m` has 30 days, else 29.
 */
const MONTH_LENGTHS =
  '56db5a752f25e8ad16a56ab56b4da9b92b2564ba9b35a6d95d4da5d4aa955369752f46e96d46a953525d4bd9ba3b4b69b2aa554ada5d2da6d9eaae94d2ac564aea6d56ad55d4aa9352ba5b53a6b5ea9d52d29a554ad56daea6e4ed1da2aaa95a2da5b9bb27646c95552ab4dbaba5b4da9d52aa592d26d8ed2daad5aa5a4b4979372b6975d69d52c9592b25b4db9d55d2da5d4aa9554daad3aabd2bc4b89a9552d5adb6a6d4dc9d92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55a9a92e26e55dada6d46a5b27a4d4ad56db5a754f49e92d26a563566b5baab92b2568ba9b55aada5b4da9b52a9a536276575af26d46a95552ad4bd9ba574b69b52a9552da5d4daad96b2e95e2ac9692eaad56ad65d4a';

const TABLE_LAST_YEAR = TABLE_FIRST_YEAR + MONTH_LENGTHS.length / 3 - 1;

/** The 12-bit mask of long months of a table year. */
const maskOf = (year: number): number => parseInt(MONTH_LENGTHS.slice((year - TABLE_FIRST_YEAR) * 3, (year - TABLE_FIRST_YEAR) * 3 + 3), 16);

/** Days in a month (1–12) of a Hijri year. */
export function hijriMonthLength(year: number, month: number): number {
  if (year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR) return maskOf(year) & (1 << (month - 1)) ? 30 : 29;
  // Tabular calendar: odd months 30 days, even 29, the last 30 in leap years.
  if (month % 2 === 1) return 30;
  return month === 12 && (11 * year + 14) % 30 < 11 ? 30 : 29;
}

/** The Gregorian day of a Hijri day (month 1–12, day 1–30), or undefined for a day the month does not have. */
export function hijriToGregorian(year: number, month: number, day: number): Date | undefined {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > hijriMonthLength(year, month)) return undefined;
  if (year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR) {
    let days = 0;
    for (let y = TABLE_FIRST_YEAR; y < year; y++) days += yearLength(maskOf(y));
    const mask = maskOf(year);
    for (let m = 1; m < month; m++) days += mask & (1 << (m - 1)) ? 30 : 29;
    return addDays(TABLE_FIRST_DAY, days + day - 1);
  }
  const estimate = tabularToGregorian(year, month, day);
  return intlSearch(year, month, day, estimate) ?? estimate;
}

/** The first and last Gregorian days of a Hijri month, or of a whole Hijri year when `month` is omitted. */
export function hijriSpan(year: number, month?: number): { first: Date; last: Date } | undefined {
  const first = hijriToGregorian(year, month ?? 1, 1);
  const lastMonth = month ?? 12;
  const last = hijriToGregorian(year, lastMonth, hijriMonthLength(year, lastMonth));
  return first && last ? { first, last } : undefined;
}

function yearLength(mask: number): number {
  let long = 0;
  for (let m = mask; m; m &= m - 1) long++;
  return 12 * 29 + long;
}

/** The civil tabular Islamic calendar (epoch 16 July 622, Julian). */
function tabularToGregorian(year: number, month: number, day: number): Date {
  const days = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
  // 1 Muharram 1 AH (civil epoch) is 19 July 622 in the proleptic Gregorian calendar.
  return addDays(dayOf(622, 7, 19), days - 1);
}

let umalqura: Intl.DateTimeFormat | null | undefined;

/** The runtime's Umm al-Qura formatter, or null when it has none. */
function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    umalqura = null;
  }
  return umalqura;
}

/** The day within three of `estimate` that `Intl` calls the Hijri day asked for, if the runtime knows the calendar. */
function intlSearch(year: number, month: number, day: number, estimate: Date): Date | undefined {
  const f = umalquraFormat();
  if (!f) return undefined;
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const candidate = addDays(estimate, delta);
    const parts: Record<string, string> = {};
    for (const p of f.formatToParts(candidate)) parts[p.type] = p.value;
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) return candidate;
  }
  return undefined;
}
