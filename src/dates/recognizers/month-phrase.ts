/**
 * Reading a month: a name in either calendar, paired with its name in another
 * system, with what follows it — a year, a word of direction, a year named
 * relative to publication — or a month named relative to publication.
 */
import { joined } from '../expression.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { addMonths, dayOf, dayResolution, inferYear, isRealDay, monthResolution, type Resolution } from '../calendar.js';
import { daysResolution, hijriDays, hijriInGregorianYear, nearestHijri } from '../resolve.js';
import { directionAt, lastOf, unitNounAt, yearAt, yearNounAt, type DateContext } from './context.js';

/** A month phrase: its month, where it ends, and the year given after it, if any. */
export interface MonthPhrase {
  readonly month: number;
  /** True for a Hijri month (رمضان، ذو الحجة). */
  readonly hijri: boolean;
  readonly end: TokenIndex;
  /** Characters of a clitic glued to the month name ("وتشرين الأول"). */
  readonly skip: number;
  /** The year written after it ("أكتوبر 2017"، "رمضان 1436 هـ"). */
  readonly year?: number;
  /** The calendar written after the year (هـ or م), if any. */
  readonly yearCalendar?: 'gregorian' | 'hijri';
  /** A word of direction after it ("نوفمبر الماضي" → −1, "مارس الجاري" → 0). */
  readonly offset?: number;
  /** A year named relative to publication after it ("يونيو العام المقبل" → 1). */
  readonly yearOffset?: number;
}

/** Least and greatest Hijri years read after a Hijri month. */
const HIJRI_YEARS = { min: 1300, max: 1600 };

/** Years after a Gregorian month, and after a Hijri month written with a Gregorian year ("رمضان 2001"). */
const YEARS = { min: 1000, max: 2999 };

/**
 * Reads a month phrase at `k`: a month name, optionally paired with its name in
 * another system ("آب/ أغسطس"، "تشرين الأول (أكتوبر)"، "يوليو/تموز"),
 * optionally followed by a year ("أكتوبر 2017"، "نوفمبر/2017"، "يناير, 2001"،
 * "12 يناير من عام 2016"), a word of direction ("نوفمبر الماضي") or a relative
 * year ("يونيو العام المقبل"، "مارس من العام الماضي").
 */
export function monthPhraseAt(context: DateContext, k: TokenIndex): MonthPhrase | null {
  const { tokens, lexicon } = context;
  if (!tokens.isWord(k)) return null;
  let m = lexicon.months.matchAt(tokens, k);
  let hijri = false;
  if (!m) {
    m = lexicon.hijriMonths.matchAt(tokens, k);
    hijri = true;
  }
  if (!m) return null;
  const month = m.entry.month;
  let end = m.end;
  // The same month in a second system, after a slash, a dash, in brackets, or after a space ("يناير كانون الثاني").
  const sep = tokens.next(lastOf(end));
  const table = hijri ? lexicon.hijriMonths : lexicon.months;
  const paired = tokens.isPunct(sep, '/(-') ? table.matchAt(tokens, tokens.next(sep)) : table.matchAt(tokens, sep);
  if (paired && paired.entry.month === month && paired.start > lastOf(end)) {
    end = paired.end;
    const close = tokens.next(lastOf(end));
    if (tokens.isPunct(sep, '(') && tokens.isPunct(close, ')')) end = ((close + 1) as TokenIndex);
  }
  // Each phrase is written out whole: a property added to a spread copy is slow in V8 (Node 20).
  const skip = m.clitic;
  // A word of direction: "نوفمبر الماضي"، "مارس/آذار الجاري".
  const next = tokens.next(lastOf(end));
  const offset = directionAt(context, next);
  if (offset !== undefined) return { month, hijri, skip, end: (next + 1) as TokenIndex, offset };
  // A year, after a separator or "من (عام)" / "عام".
  const year = yearAfter(context, lastOf(end), hijri);
  if (year) {
    return year.calendar ? { month, hijri, skip, end: year.end, year: year.year, yearCalendar: year.calendar } : { month, hijri, skip, end: year.end, year: year.year };
  }
  // A year named relative to publication: "يونيو العام المقبل"، "مارس من العام الماضي".
  const relative = relativeYearAfter(context, lastOf(end));
  if (relative) return { month, hijri, skip, end: relative.end, yearOffset: relative.offset };
  return { month, hijri, skip, end };
}

/** A year after token `k`: after a separator (/ , - .), after "من"، "من عام"، "عام" or "لعام". */
function yearAfter(context: DateContext, k: TokenIndex, hijri: boolean): { year: number; end: TokenIndex; calendar?: 'gregorian' | 'hijri' } | null {
  const { tokens } = context;
  let y = tokens.next(k);
  if (tokens.isPunct(y, '/,-.،')) y = tokens.next(y);
  else if (tokens.isWord(y) && context.lexicon.links.of.has(tokens.text(y))) y = tokens.next(y);
  if (tokens.isWord(y) && yearNounAt(context, y)) y = tokens.next(y);
  if (y < 0) return null;
  // After a month a mark makes any year one: "رمضان 630 هـ"، "أكتوبر 70 م".
  const found = yearAt(context, y, hijri ? HIJRI_YEARS.min : YEARS.min, YEARS.max, true);
  if (!found) return null;
  // A number word after a month is a year only when it is one: "ألفين وثمانية عشر", not "ثلاثة" of "مارس ثلاثة أيام".
  if (!found.digits && found.year < 1000) return null;
  return joined({ year: found.year, end: found.end }, found.calendar ? { calendar: found.calendar } : {});
}

/** "العام المقبل"، "من العام الماضي"، "هذا العام" after token `k`: the year's offset from publication. */
function relativeYearAfter(context: DateContext, k: TokenIndex): { offset: number; end: TokenIndex } | null {
  const { tokens, lexicon } = context;
  let j = tokens.nextWord(k);
  if (j >= 0 && lexicon.links.of.has(tokens.text(j))) j = tokens.nextWord(j);
  if (j < 0) return null;
  if (lexicon.links.this.has(tokens.text(j))) {
    const noun = tokens.nextWord(j);
    const unit = noun >= 0 ? unitNounAt(context, noun) : null;
    return unit && unit.unit === 'year' && unit.definite && !unit.count ? { offset: 0, end: (noun + 1) as TokenIndex } : null;
  }
  const unit = unitNounAt(context, j);
  if (!unit || unit.unit !== 'year' || !unit.definite || unit.count) return null;
  const dir = tokens.nextWord(j);
  const offset = dir >= 0 ? directionAt(context, dir) : undefined;
  return offset === undefined ? null : { offset, end: (dir + 1) as TokenIndex };
}

/** A month named relative to publication: "الشهر المقبل"، "هذا الشهر"، "الشهر الجاري". */
export interface RelativeMonth {
  readonly year: number | undefined;
  readonly month: number | undefined;
  readonly end: TokenIndex;
}

/** Reads "(هذا) الشهر (الماضي|الجاري|المقبل)" at `k`, resolved against the reference. */
export function relativeMonthAt(context: DateContext, k: TokenIndex): RelativeMonth | null {
  const { tokens, lexicon, reference } = context;
  if (!tokens.isWord(k)) return null;
  let j = k;
  let offset: number | undefined;
  if (lexicon.links.this.has(tokens.text(j))) {
    offset = 0;
    j = tokens.nextWord(j);
    if (j < 0) return null;
  }
  const unit = unitNounAt(context, j);
  if (!unit || unit.unit !== 'month' || !unit.definite || unit.count) return null;
  let end = (j + 1) as TokenIndex;
  const dir = tokens.next(j);
  const d = directionAt(context, dir);
  if (d !== undefined) {
    offset = d;
    end = ((dir + 1) as TokenIndex);
  }
  if (offset === undefined) return null;
  if (!reference) return { year: undefined, month: undefined, end };
  const first = addMonths(dayOf(reference.getUTCFullYear(), reference.getUTCMonth() + 1, 1), offset);
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, end };
}

/** True when a Gregorian month phrase names no year of its own: its year is inferred from publication. */
export function yearInferred(phrase: MonthPhrase): boolean {
  return !phrase.hijri && phrase.year === undefined && phrase.offset === undefined && phrase.yearOffset === undefined;
}

/** The year of a month named with a word of direction: the last one before the reference month, the current one, or the next one after it. */
export function yearOfDirectedMonth(month: number, offset: number, reference: Date): number {
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth() + 1;
  if (offset < 0) return month < m ? y : y - 1;
  if (offset > 0) return month > m ? y : y + 1;
  return y;
}

/**
 * The days, or the month, a month phrase names, with a day of it when given:
 * the year written, else the one its word of direction or relative year
 * gives, else the latest such month (or day) not after publication. A Hijri
 * month resolves to Gregorian days (the Umm al-Qura calendar). Empty when no
 * year can be found or the day does not exist ("31 نوفمبر").
 */
export function resolveMonth(context: DateContext, phrase: MonthPhrase, day?: number): Resolution {
  const { reference } = context;
  if (phrase.hijri) return resolveHijriMonth(phrase, day, reference);
  let year = phrase.year;
  if (year === undefined && reference) {
    if (phrase.offset !== undefined) year = yearOfDirectedMonth(phrase.month, phrase.offset, reference);
    else if (phrase.yearOffset !== undefined) year = reference.getUTCFullYear() + phrase.yearOffset;
    else year = inferYear(phrase.month, day, reference);
  }
  if (year === undefined) return {};
  if (day === undefined) return monthResolution(year, phrase.month);
  return isRealDay(year, phrase.month, day) ? dayResolution(dayOf(year, phrase.month, day)) : {};
}

function resolveHijriMonth(phrase: MonthPhrase, day: number | undefined, reference: Date | undefined): Resolution {
  let span: { first: Date; last: Date } | undefined;
  const { year } = phrase;
  const hijriYear = phrase.yearCalendar === 'hijri' || (phrase.yearCalendar === undefined && year !== undefined && year >= HIJRI_YEARS.min && year <= HIJRI_YEARS.max);
  if (year !== undefined && hijriYear) span = hijriDays(year, phrase.month, day);
  else if (year !== undefined) span = hijriInGregorianYear(phrase.month, day, 1, year);
  else if (reference) span = nearestHijri(phrase.month, day, 1, reference, phrase.offset ?? 0);
  return span ? daysResolution(span.first, span.last) : {};
}
