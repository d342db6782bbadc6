import type { TokenStream } from '../../numbers/tokens.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { dayOf, inferYear, isoDay, isoMonth, isoYear, isRealDay } from '../calendar.js';
import type { TimeExpression } from '../expression.js';
import { endsClause, followedByQuantity, plainInteger, wordIn, type DateContext, type TimeRecognizer } from './context.js';
import { monthPhraseAt } from './month-phrase.js';

/** Most tokens a date in digits spans: "2016 / 02 / 22" is five (numerals and separators). */
const MAX_PARTS = 5;

/** Years read from digits in a date: a two-digit year is read in the century that puts it nearest publication. */
const CENTURY = 100;

/** One group of digits of a date and how many digits it has. */
interface Part {
  readonly value: number;
  readonly width: number;
}

/**
 * A date in digits: day, month and year in any order and with any one
 * separator ("30/11/2017"، "2016/02/22"، "9-18-15"، "16.11.2016"), a month and
 * a year ("3/2015"، "2015/3"), a day and a month after a word that introduces a
 * day ("في 22/4"، "يوم 22-4"), and two consecutive years ("2012/2013": a split
 * year, read as both).
 *
 * Which part is the day and which the month is decided by the values (a part
 * over 12 is a day), and when both readings stand, by the day-first order of
 * Arabic, or for two-digit years by the reading nearest publication.
 */
export const numericDate: TimeRecognizer = {
  name: 'numeric date',
  starts: { digits: true },
  read(context, k) {
    const { tokens } = context;
    if (tokens.numeral(k) === undefined || !mayRun(tokens, k)) return null;
    const run = digitRun(tokens, k);
    if (!run) return null;
    const { parts, separator, end } = run;
    // A figure, not a date: "4.22 مليون"، "22/4 %". Days before a month are a span of days: "4-12 نوفمبر".
    if (followedByQuantity(context, end) || monthPhraseAt(context, tokens.next((end - 1) as TokenIndex)) !== null) return null;
    if (parts.length === 3) return threeParts(context, k, end, parts);
    return twoParts(context, k, end, parts, separator);
  },
};

/** Characters that separate the parts of a date written in digits. */
const SEPARATORS = '/-.';

/**
 * True when the digits at `k` may open a date in digits: a separator or more digits are glued
 * after them, or they hold a separator themselves ("4.22"). Most figures ("15 ألف") do not, and
 * cost no string built for {@link digitRun}.
 */
function mayRun(tokens: TokenStream, k: TokenIndex): boolean {
  const next = (k + 1) as TokenIndex;
  if (next < tokens.length && tokens.start(next) === tokens.end(k) && (tokens.numeral(next) !== undefined || tokens.isPunct(next, SEPARATORS))) return true;
  const text = tokens.text(k);
  for (let i = 0; i < text.length; i++) if (SEPARATORS.includes(text[i]!)) return true;
  return false;
}

/** The digits and separators written together from `k` (no spaces), split into groups. */
function digitRun(tokens: TokenStream, k: TokenIndex): { parts: Part[]; separator: string; end: TokenIndex } | null {
  let text = '';
  let end = k;
  for (let j = k; j < tokens.length && j - k < MAX_PARTS; j++) {
    const ok = tokens.numeral(j as TokenIndex) !== undefined || tokens.isPunct(j as TokenIndex, '/-.');
    if (!ok || (j > k && tokens.start(j as TokenIndex) !== tokens.end((j - 1) as TokenIndex))) break;
    text += tokens.text(j as TokenIndex);
    end = ((j + 1) as TokenIndex);
  }
  // A trailing separator belongs to the sentence ("في 2015.").
  while (end > k + 1 && tokens.isPunct((end - 1) as TokenIndex)) {
    end = ((end - 1) as TokenIndex);
    text = text.slice(0, -1);
  }
  const match = /^(\d{1,4})([/.-])(\d{1,4})(?:\2(\d{1,4}))?$/u.exec(text);
  if (!match) return null;
  const parts = [match[1]!, match[3]!, match[4]].filter((p): p is string => p !== undefined).map((p) => ({ value: Number(p), width: p.length }));
  return { parts, separator: match[2]!, end };
}

/** Day, month and year: the readings the values allow, the nearest publication when several stand. */
function threeParts(context: DateContext, k: TokenIndex, end: TokenIndex, [a, b, c]: Part[]): TimeExpression | null {
  const candidates: Date[] = [];
  const add = (y: Part, m: number, d: number): void => {
    const year = y.width === 4 ? y.value : y.width <= 2 ? twoDigitYear(y.value, context.reference) : -1;
    if (year >= 1000 && year <= 2999 && isRealDay(year, m, d)) candidates.push(dayOf(year, m, d));
  };
  if (a!.width === 4) {
    add(a!, b!.value, c!.value);
    if (candidates.length === 0) add(a!, c!.value, b!.value);
  } else if (c!.width === 4) {
    add(c!, b!.value, a!.value);
    if (candidates.length === 0) add(c!, a!.value, b!.value);
  } else if (a!.width <= 2 && b!.width <= 2 && c!.width <= 2) {
    add(c!, b!.value, a!.value);
    add(c!, a!.value, b!.value);
    add(a!, b!.value, c!.value);
  }
  if (candidates.length === 0) return null;
  const best = nearest(candidates, context.reference);
  const iso = isoDay(best);
  return { start: k, end, kind: 'date', grain: 'day', from: iso, to: iso };
}

/** Two groups: a month and a year, two consecutive years, or (after a word for a day) a day and a month. */
function twoParts(context: DateContext, k: TokenIndex, end: TokenIndex, [a, b]: Part[], separator: string): TimeExpression | null {
  const { tokens, lexicon, reference } = context;
  const introduced = wordIn(tokens, tokens.previousWord(k), lexicon.dayContext) || wordIn(tokens, tokens.previousWord(k), lexicon.yearContext);
  // A dot makes a decimal number ("4.22"): a date only after a word that introduces one.
  if (separator === '.' && !introduced) return null;
  const yearFirst = a!.width === 4;
  const yearLast = b!.width === 4;
  if (yearFirst && yearLast) {
    // "2012/2013": a split year (a season, a fiscal or school year); "2014-2018": the years from one to the other.
    const split = separator === '/' && b!.value === a!.value + 1;
    const range = separator === '-' && b!.value > a!.value && a!.value >= 1000 && b!.value <= 2999;
    if (!split && !range) return null;
    return { start: k, end, kind: 'period', grain: 'year', from: isoYear(a!.value), to: isoYear(b!.value), twoEnded: true };
  }
  if (yearFirst || yearLast) {
    const [year, month] = yearFirst ? [a!.value, b!.value] : [b!.value, a!.value];
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || (yearFirst ? b!.width : a!.width) > 2) return null;
    const iso = isoMonth(year, month);
    return { start: k, end, kind: 'date', grain: 'month', from: iso, to: iso };
  }
  if (a!.width > 2 || b!.width > 2) return null;
  const [day, month] = a!.value > 12 ? [a!.value, b!.value] : b!.value > 12 ? [b!.value, a!.value] : [a!.value, b!.value];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // "11/12, 2016": the year after a comma makes it a date without a word before it.
  const written = yearAfterComma(context, end);
  if (written) {
    if (!isRealDay(written.year, month, day)) return null;
    const iso = isoDay(dayOf(written.year, month, day));
    return { start: k, end: written.end, kind: 'date', grain: 'day', from: iso, to: iso };
  }
  // Without a word before it, a day and a month need a slash, a part over 12 and the end of the clause: "سأعود 22/04."
  if (!introduced && !(separator === '/' && Math.max(a!.value, b!.value) > 12 && endsClause(tokens, (end - 1) as TokenIndex))) return null;
  const year = inferYear(month, day, reference);
  if (year !== undefined && !isRealDay(year, month, day)) return null;
  const iso = year !== undefined ? isoDay(dayOf(year, month, day)) : undefined;
  return { start: k, end, kind: 'date', grain: 'day', ...(iso ? { from: iso, to: iso } : {}) };
}

/** ", 2016" or ", 16" after a day and a month. */
function yearAfterComma(context: DateContext, end: TokenIndex): { year: number; end: TokenIndex } | null {
  const { tokens, reference } = context;
  const comma = tokens.next((end - 1) as TokenIndex);
  if (!tokens.isPunct(comma, ',،')) return null;
  const y = tokens.next(comma);
  const value = plainInteger(tokens, y);
  if (value === null) return null;
  const width = tokens.text(y).length;
  const year = width === 4 ? value : width === 2 ? twoDigitYear(value, reference) : -1;
  return year >= 1000 && year <= 2999 ? { year, end: (y + 1) as TokenIndex } : null;
}

/** A two-digit year in the century that brings it nearest publication (or the present century without one). */
function twoDigitYear(yy: number, reference: Date | undefined): number {
  const around = reference ? reference.getUTCFullYear() : 2000;
  const base = Math.floor(around / CENTURY) * CENTURY;
  const candidates = [base - CENTURY + yy, base + yy, base + CENTURY + yy];
  return candidates.reduce((best, y) => (Math.abs(y - around) < Math.abs(best - around) ? y : best));
}

function nearest(candidates: readonly Date[], reference: Date | undefined): Date {
  if (!reference || candidates.length === 1) return candidates[0]!;
  return candidates.reduce((best, d) => (Math.abs(d.getTime() - reference.getTime()) < Math.abs(best.getTime() - reference.getTime()) ? d : best));
}
