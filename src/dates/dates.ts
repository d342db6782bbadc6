/**
 * Dates, times, periods and durations in Arabic news text.
 *
 * Resolutions are ISO prefixes at the precision written: "2014", "2014-08",
 * "2017-11-30". Relative words (أمس، الثلاثاء، الشهر الماضي) resolve against a
 * reference date, the article's publication date.
 */
import type { ParsedNumber } from '../numbers/grammar.js';
import type { Lexemes } from '../numbers/lexemes.js';
import { readNumbers } from '../numbers/find.js';
import { createShadow, toOriginalSpan, type ShadowText, type Span } from '../text/shadow.js';
import { durationWords, monthNames, relativeTimeWords, weekdayNames, type MonthName } from './lexicon.js';
import { nextWord, PhraseTable, previousWord } from '../syntax/phrases.js';
import { foldWord } from '../text/fold.js';
import { requireString } from '../text/require-string.js';

/** What a time expression is. */
export type TimeKind = 'date' | 'period' | 'relative' | 'duration' | 'time';

/** A time expression found in text. */
export interface DateMatch {
  /** As written. */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** `date`: a day, month or year; `period`: from one to another; `relative`: أمس، الثلاثاء; `duration`: خلال ستة أعوام; `time`: a time of day. */
  kind: TimeKind;
  /** First day, month or year covered, when it can be resolved. */
  start?: string;
  /** Last day, month or year covered, when it can be resolved. */
  end?: string;
}

/** A time expression over lexemes `[start, end)` (internal form shared with the claims layer). */
export interface TimeExpression {
  start: number;
  end: number;
  kind: TimeKind;
  from?: string;
  to?: string;
  /** Durations: how many of the time unit ("خمس سنوات" → 5). */
  count?: number;
  /** A day-relative word merged with a written date ("أمس (31 تشرين الأول)"): its offset in days. */
  dayOffset?: number;
}

const monthTable = new PhraseTable<MonthName>(monthNames, (m) => m.names);
const weekdayTable = new PhraseTable(weekdayNames, (w) => w.names);
const relativeTable = new PhraseTable(relativeTimeWords, (r) => r.phrase);
const durationSet = new Set(durationWords.map(foldWord));
const yearContext = new Set(['عام', 'العام', 'سنة', 'في', 'منذ', 'حتى', 'بحلول', 'خلال', 'قبل', 'بعد', 'مطلع', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'منتصف'].map(foldWord));
const monthContext = new Set(['في', 'من', 'شهر', 'خلال', 'منذ', 'حتى', 'مطلع', 'أواخر', 'نهاية', 'بداية', 'منتصف', 'أوائل'].map(foldWord));
const periodOpeners = new Set(['بين', 'منذ', 'حتى', 'بحلول', 'خلال', 'قبل', 'بعد'].map(foldWord));
const meridiemWords = new Set(['م', 'ص', 'صباحا', 'مساء', 'ظهرا', 'عصرا', 'ليلا'].map(foldWord));
const dayWord = foldWord('يوم');

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The plain integer value of the digits at lexeme `k` (glued ones too: "2017آخر"), or null. */
function plainInteger(lx: Lexemes, k: number): number | null {
  if (k < 0 || k >= lx.length) return null;
  const n = lx.numeral(k);
  return n && n.plainInteger ? n.value : null;
}

/** Next lexeme after `k` that is not a space (no line break); -1 otherwise. */
function next(lx: Lexemes, k: number): number {
  let j = k + 1;
  while (j < lx.length && lx.type(j) === 'space' && !lx.flag(j)) j++;
  return j < lx.length && lx.type(j) !== 'space' ? j : -1;
}

const isPunct = (lx: Lexemes, k: number, chars: string): boolean => k >= 0 && lx.type(k) === 'punct' && chars.includes(lx.text(k));
const isYear = (v: number | null): v is number => v !== null && v >= 1000 && v <= 2999;

/** Year for a day and month given without one: the latest such date not after the reference. */
function inferYear(month: number, day: number, reference: Date | undefined): number | undefined {
  if (!reference) return undefined;
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth() + 1;
  return month < m || (month === m && day <= reference.getUTCDate()) ? y : y - 1;
}

/** Reads a month expression at `k`: month name, optionally paired ("آب/ أغسطس", "تشرين الأول (أكتوبر)"), optionally a year. */
function monthAt(lx: Lexemes, k: number): { month: number; end: number; year?: number } | null {
  const m = monthTable.matchAt(lx, k);
  if (!m) return null;
  let end = m.end;
  // The same month in a second system, after a slash or in brackets.
  const sep = next(lx, end - 1);
  if (isPunct(lx, sep, '/(-')) {
    const second = monthTable.matchAt(lx, next(lx, sep));
    if (second && second.entry.month === m.entry.month) {
      end = second.end;
      const close = next(lx, end - 1);
      if (isPunct(lx, close, ')')) end = close + 1;
    }
  }
  let y = next(lx, end - 1);
  if (isPunct(lx, y, '/,-')) y = next(lx, y);
  const year = plainInteger(lx, y);
  if (isYear(year)) return { month: m.entry.month, end: y + 1, year };
  return { month: m.entry.month, end };
}

function resolveRelative(offset: number, unit: 'day' | 'month' | 'year' | 'week', reference: Date | undefined): { from?: string; to?: string } {
  if (!reference) return {};
  const d = new Date(reference.getTime());
  if (unit === 'day') {
    d.setUTCDate(d.getUTCDate() + offset);
    return { from: isoDay(d), to: isoDay(d) };
  }
  if (unit === 'week') {
    d.setUTCDate(d.getUTCDate() + 7 * offset);
    const iso = isoDay(d);
    return { from: iso, to: isoDay(reference) };
  }
  if (unit === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + offset);
    const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    return { from: iso, to: iso };
  }
  const year = String(d.getUTCFullYear() + offset);
  return { from: year, to: year };
}

/**
 * Finds time expressions over lexemes. `numbers` are the number expressions of
 * the same text (for durations written in words: خمس سنوات).
 */
export function scanTimes(lx: Lexemes, numbers: readonly ParsedNumber[], reference: Date | undefined, endLexeme = lx.length): TimeExpression[] {
  const numberAt = new Int32Array(endLexeme).fill(-1);
  numbers.forEach((n, i) => {
    if (n.start < endLexeme) numberAt[n.start] = i;
  });
  const found: TimeExpression[] = [];
  let k = 0;
  while (k < endLexeme) {
    const t = lx.type(k);
    if (t !== 'word' && t !== 'numeral' && t !== 'rejected') {
      k++;
      continue;
    }
    const expression = timeAt(lx, k, numberAt, numbers, reference);
    if (expression) {
      found.push(expression);
      k = expression.end;
    } else k++;
  }
  const widened = mergeAdjacent(lx, found).map((e, i, all) => withPeriod(lx, e, all[i + 1], reference));
  // The second end of a "بين … و …" period is inside the period now.
  const out: TimeExpression[] = [];
  for (const e of widened) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

/** First words of every time phrase (months, weekdays, relative words, يوم): other words start none. */
const timeFirstWords = new Set(
  [...monthNames.flatMap((m) => m.names), ...weekdayNames.flatMap((w) => w.names), ...relativeTimeWords.map((r) => r.phrase), 'يوم'].map(
    (p) => foldWord(p.split(' ')[0]!),
  ),
);

function mayStartTime(lx: Lexemes, k: number): boolean {
  const word = lx.text(k);
  return timeFirstWords.has(word) || (word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && timeFirstWords.has(lx.tail(k)));
}

function timeAt(lx: Lexemes, k: number, numberAt: Int32Array, numbers: readonly ParsedNumber[], reference: Date | undefined): TimeExpression | null {
  const value = plainInteger(lx, k);
  if (value !== null) {
    const after = next(lx, k);
    // Time of day: 03:16 م
    if (isPunct(lx, after, ':') && plainInteger(lx, next(lx, after)) !== null && value <= 24) {
      let end = next(lx, after) + 1;
      const mer = nextWord(lx, end - 1);
      if (mer >= 0 && meridiemWords.has(lx.text(mer))) end = mer + 1;
      return { start: k, end, kind: 'time' };
    }
    // Day + month name (+ year): 6 ديسمبر 2017، 30/نوفمبر/2017، 31 تشرين الأول 2020
    if (value >= 1 && value <= 31) {
      let m = after;
      if (isPunct(lx, m, '/-')) m = next(lx, m);
      const month = monthAt(lx, m);
      if (month) {
        const year = month.year ?? inferYear(month.month, value, reference);
        const from = year !== undefined ? `${year}-${pad(month.month)}-${pad(value)}` : undefined;
        return { start: k, end: month.end, kind: 'date', ...(from ? { from, to: from } : {}) };
      }
      // Digits only: 30/11/2017 (day first), 5/17/2018 (month first when the second part cannot be a month).
      if (isPunct(lx, after, '/-.')) {
        const b = next(lx, after);
        const second = plainInteger(lx, b);
        const sep2 = next(lx, b);
        const c = next(lx, sep2);
        const third = plainInteger(lx, c);
        if (second !== null && isPunct(lx, sep2, lx.text(after)) && isYear(third)) {
          const [day, month] = second > 12 ? [second, value] : [value, second];
          if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            const iso = `${third}-${pad(month)}-${pad(day)}`;
            return { start: k, end: c + 1, kind: 'date', from: iso, to: iso };
          }
        }
      }
    }
    // A year: after a word that introduces one, or standing on its own before punctuation.
    if (isYear(value) && value >= 1900 && value <= 2100) {
      const before = previousWord(lx, k);
      const beforeText = before >= 0 ? lx.text(before) : '';
      const introduced = yearContext.has(beforeText) || (beforeText.length > 1 && yearContext.has(beforeText.slice(1)) && 'وفب'.includes(beforeText[0]!));
      const nextWordIndex = nextWord(lx, k);
      if (introduced || nextWordIndex < 0) return { start: k, end: k + 1, kind: 'date', from: String(value), to: String(value) };
    }
  }
  if (lx.type(k) === 'word' && mayStartTime(lx, k)) {
    // Month name (+ year), or a month after a word that introduces it.
    const month = monthAt(lx, k);
    if (month) {
      const before = previousWord(lx, k);
      if (month.year !== undefined) {
        const iso = `${month.year}-${pad(month.month)}`;
        return { start: k, end: month.end, kind: 'date', from: iso, to: iso };
      }
      if (before >= 0 && monthContext.has(lx.text(before))) {
        const year = inferYear(month.month, 1, reference);
        const iso = year !== undefined ? `${year}-${pad(month.month)}` : undefined;
        return { start: k, end: month.end, kind: 'date', ...(iso ? { from: iso, to: iso } : {}) };
      }
    }
    // Weekday, with or without يوم: the latest such day not after the reference.
    let w = k;
    if (lx.text(k) === dayWord) w = nextWord(lx, k);
    const weekday = weekdayTable.matchAt(lx, w);
    if (weekday) {
      let resolved: { from?: string; to?: string } = {};
      if (reference) {
        const d = new Date(reference.getTime());
        d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - weekday.entry.day + 7) % 7));
        resolved = { from: isoDay(d), to: isoDay(d) };
      }
      return { start: k, end: weekday.end, kind: 'relative', ...resolved };
    }
    const relative = relativeTable.matchAt(lx, w >= 0 ? w : k);
    if (relative) {
      const dayOffset = relative.entry.unit === 'day' ? { dayOffset: relative.entry.offset } : {};
      return { start: k, end: relative.end, kind: 'relative', ...dayOffset, ...resolveRelative(relative.entry.offset, relative.entry.unit, reference) };
    }
  }
  // Duration: a number and a noun of time (خمس سنوات، ستة أعوام، 3 أشهر).
  const n = numberAt[k]! >= 0 ? numbers[numberAt[k]!] : undefined;
  if (n && n.kind !== 'ordinal') {
    const unit = nextWord(lx, n.end - 1);
    if (unit >= 0 && durationSet.has(lx.text(unit))) return { start: k, end: unit + 1, kind: 'duration', count: n.value };
  }
  return null;
}

/** Joins expressions that name the same moment side by side: "اليوم الخميس 30 نوفمبر 2017"، "أمس (الثلثاء)". */
function mergeAdjacent(lx: Lexemes, found: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    // A glued و starts another moment: "آب 2014 وتشرين الأول 2017" are two ends of a period.
    const conjoined = lx.text(e.start).startsWith('و');
    if (last && last.kind !== 'duration' && e.kind !== 'duration' && last.kind !== 'time' && !conjoined && onlyGlue(lx, last.end, e.start)) {
      // Keep the most specific resolution: a written date beats a relative word.
      const specific = e.kind === 'date' || !last.from ? e : last;
      const dayOffset = last.dayOffset ?? e.dayOffset;
      out[out.length - 1] = {
        start: last.start,
        end: Math.max(e.end, closingBracket(lx, e.end)),
        kind: last.kind === 'date' || e.kind === 'date' ? 'date' : 'relative',
        ...pick('from', specific.from),
        ...pick('to', specific.to),
        ...(dayOffset !== undefined ? { dayOffset } : {}),
      };
    } else out.push(e);
  }
  return out;
}

function onlyGlue(lx: Lexemes, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = lx.type(k);
    if (t === 'space' && !lx.flag(k)) continue;
    if (t === 'punct' && '()،,'.includes(lx.text(k))) continue;
    return false;
  }
  return true;
}

function closingBracket(lx: Lexemes, end: number): number {
  const j = next(lx, end - 1);
  return isPunct(lx, j, ')') ? j + 1 : end;
}

/** Widens an expression by the word that opens it into a period: بين … و …، منذ، حتى، خلال، قبل. */
function withPeriod(lx: Lexemes, e: TimeExpression, following: TimeExpression | undefined, reference: Date | undefined): TimeExpression {
  const opener = previousWord(lx, e.start);
  if (opener < 0) return e;
  const word = lx.text(opener);
  const bare = 'وف'.includes(word[0]!) && periodOpeners.has(word.slice(1)) ? word.slice(1) : word;
  if (!periodOpeners.has(bare)) return e;
  if (bare === foldWord('بين')) {
    // بين X و Y: Y starts after a standalone و or with a glued one (وتشرين الأول).
    const second = following && (following.start === nextWord(lx, e.end - 1) + 1 || isJoinedBy(lx, e.end, following.start)) ? following : undefined;
    if (second && second.kind !== 'duration') {
      return { start: opener, end: second.end, kind: 'period', ...pick('from', e.from), ...pick('to', second.to ?? second.from) };
    }
    return e;
  }
  if (e.kind === 'duration') {
    const years = durationYears(lx, e);
    if (reference && years !== null && (bare === foldWord('قبل') || bare === foldWord('خلال') || bare === foldWord('منذ'))) {
      const y = reference.getUTCFullYear();
      const from = String(y - years);
      return { start: opener, end: e.end, kind: 'duration', from, ...(bare === foldWord('قبل') ? { to: from } : { to: String(y) }) };
    }
    return { ...e, start: opener };
  }
  if (bare === foldWord('منذ')) return { start: opener, end: e.end, kind: 'period', ...pick('from', e.from), ...(reference ? { to: isoDay(reference) } : {}) };
  if (bare === foldWord('حتى') || bare === foldWord('بحلول')) return { start: opener, end: e.end, kind: 'period', ...pick('to', e.to) };
  return e;
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function isJoinedBy(lx: Lexemes, from: number, to: number): boolean {
  // The second date starts with a glued و: "وتشرين الأول". Its lexeme begins with و.
  let j = from;
  while (j < to && lx.type(j) === 'space') j++;
  return j === to && lx.type(to) === 'word' && lx.text(to).startsWith('و');
}

const yearWords = new Set(['سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'عاما'].map(foldWord));

/** Years in a duration written in years ("خمس سنوات" → 5), else null. */
function durationYears(lx: Lexemes, e: TimeExpression): number | null {
  return yearWords.has(lx.text(e.end - 1)) && e.count !== undefined ? e.count : null;
}

/** Parses `publishedAt` ("2017-12-06", a full ISO string, or a Date) into a UTC date, or undefined. */
export function toReference(publishedAt: string | Date | undefined): Date | undefined {
  if (publishedAt === undefined) return undefined;
  const d = typeof publishedAt === 'string' ? new Date(publishedAt.length === 10 ? `${publishedAt}T00:00:00Z` : publishedAt) : publishedAt;
  return Number.isNaN(d.getTime()) ? undefined : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * The article's own dateline: the first full date (day, month and year) in its
 * first 400 characters ("6 ديسمبر 2017", "الخميس 30/نوفمبر/2017"), as "YYYY-MM-DD".
 */
export function datelineOf(lx: Lexemes, numbers: readonly ParsedNumber[], limit = 400): string | undefined {
  // Only the head of the article is read for it.
  let end = 0;
  while (end < lx.length && lx.start(end) <= limit) end++;
  for (const t of scanTimes(lx, numbers, undefined, Math.min(lx.length, end + 12))) {
    if (lx.start(t.start) > limit) break;
    if ((t.kind === 'date' || t.kind === 'relative') && t.from && t.from.length === 10) {
      // "أمس السبت (31 تشرين الأول 2020)" was written the day after that date.
      if (!t.dayOffset) return t.from;
      const d = toReference(t.from)!;
      d.setUTCDate(d.getUTCDate() - t.dayOffset);
      return isoDay(d);
    }
  }
  return undefined;
}

function toMatch(shadow: ShadowText, lx: Lexemes, t: TimeExpression): DateMatch {
  const span = toOriginalSpan(shadow, lx.start(t.start), lx.end(t.end - 1));
  return { text: shadow.original.slice(span.start, span.end), span, kind: t.kind, ...pick('start', t.from), ...pick('end', t.to) };
}

/**
 * Finds dates, periods, relative days, durations and times of day in Arabic
 * text, in reading order.
 *
 * Month names are read in the Levantine/Iraqi (كانون الثاني، شباط، آذار …),
 * Egyptian/Gulf (يناير، فبراير، مارس …) and Maghrebi (جانفي، فيفري، أفريل …)
 * systems, alone or paired ("آب/ أغسطس 2014", "تشرين الأول (أكتوبر) 2017").
 * Relative words (أمس، اليوم، الثلاثاء، الشهر الماضي) resolve against
 * `publishedAt`; without it, against the article's own dateline if it has one.
 *
 * @param text - Arabic text.
 * @param options - `publishedAt`: the publication date ("2017-12-06" or a Date).
 * @returns The time expressions with ISO resolutions where they can be made.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * findDates('بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017');
 * // [{ text: 'بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017', kind: 'period', start: '2014-08', end: '2017-10', span: { start: 0, end: 44 } }]
 * ```
 */
export function findDates(text: string, options: { publishedAt?: string | Date } = {}): DateMatch[] {
  requireString(text, 'findDates');
  const shadow = createShadow(text);
  const { lx, numbers } = readNumbers(shadow);
  const reference = toReference(options.publishedAt) ?? toReference(datelineOf(lx, numbers));
  return scanTimes(lx, numbers, reference).map((t) => toMatch(shadow, lx, t));
}
