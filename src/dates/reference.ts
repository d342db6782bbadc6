/**
 * The reference date relative times resolve against: the publication date a
 * caller gives, or else the article's own dateline.
 */
import type { TextDocument } from '../numbers/document.js';
import { type TokenIndex } from '../text/coordinates.js';
import { isoDay } from './calendar.js';
import type { DatesLexicon } from './lexicon.js';
import { scanTimes } from './scan.js';

/** How far into an article its dateline may stand, in characters of the shadow text. */
const DATELINE_REACH = 400;
/** Tokens read past that point, so that a date straddling it is read whole. */
const DATELINE_TAIL = 12;

/** A calendar day written "YYYY-MM-DD". */
const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Checks and parses a caller's `publishedAt` ("2017-12-06", a full ISO string
 * with a time, or a Date) into a UTC date: a TypeError for another type, a
 * RangeError for a day that does not exist ("2015-02-30") or a string no date
 * parser reads.
 */
export function parsePublishedAt(fn: string, publishedAt: unknown): Date | undefined {
  if (publishedAt === undefined) return undefined;
  const expected = 'a date such as "2017-12-06", an ISO date-time, or a Date';
  if (publishedAt instanceof Date) {
    if (Number.isNaN(publishedAt.getTime())) throw new RangeError(`${fn}: options.publishedAt must be ${expected}, got an invalid Date`);
    return new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate()));
  }
  if (typeof publishedAt !== 'string') throw new TypeError(`${fn}: options.publishedAt must be ${expected}, got ${publishedAt === null ? 'null' : typeof publishedAt}`);
  const day = isoDayPattern.exec(publishedAt);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      throw new RangeError(`${fn}: options.publishedAt must be ${expected}, got "${publishedAt}", a day that does not exist`);
    }
    return date;
  }
  const parsed = /^\d{4}-\d{2}-\d{2}T/u.test(publishedAt) ? new Date(publishedAt) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`${fn}: options.publishedAt must be ${expected}, got ${JSON.stringify(publishedAt.slice(0, 40))}`);
  return new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate()));
}

/**
 * Checks a caller's `fiscalYearStart`: the month fiscal years start in, 1 (a calendar year) to 12
 * (Egypt's is 7, July to June). A TypeError for another type, a RangeError for another number.
 */
export function parseFiscalYearStart(fn: string, month: unknown): number | undefined {
  if (month === undefined) return undefined;
  const expected = 'a month number from 1 to 12';
  if (typeof month !== 'number') throw new TypeError(`${fn}: options.fiscalYearStart must be ${expected}, got ${month === null ? 'null' : typeof month}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`${fn}: options.fiscalYearStart must be ${expected}, got ${month}`);
  return month;
}

/** A "YYYY-MM-DD" the library itself made (a dateline) as a UTC date. */
function dayOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The article's own dateline: the first full date (day, month and year) in its
 * first 400 characters ("6 ديسمبر 2017", "الخميس 30/نوفمبر/2017"), as "YYYY-MM-DD".
 * A dateline written as "أمس (31 تشرين الأول 2020)" was written the day after.
 */
export function datelineOf(document: TextDocument, lexicon: DatesLexicon): string | undefined {
  const { tokens } = document;
  let end = 0;
  while (end < tokens.length && tokens.start(end as TokenIndex) <= DATELINE_REACH) end++;
  for (const t of scanTimes(document, lexicon, undefined, Math.min(tokens.length, end + DATELINE_TAIL))) {
    if (tokens.start(t.start) > DATELINE_REACH) break;
    if ((t.kind === 'date' || t.kind === 'relative') && t.from && t.from.length === 10) {
      if (!t.dayOffset) return t.from;
      const d = dayOf(t.from);
      d.setUTCDate(d.getUTCDate() - t.dayOffset);
      return isoDay(d);
    }
  }
  return undefined;
}

/** The reference date of a document: the caller's (already parsed) publication date, else its dateline, else none. */
export function referenceOf(document: TextDocument, lexicon: DatesLexicon, publishedAt: Date | undefined): Date | undefined {
  if (publishedAt) return publishedAt;
  const dateline = datelineOf(document, lexicon);
  return dateline ? dayOf(dateline) : undefined;
}
