import { conjunctionAnd } from '../../text/clitics.js';
import type { TokenIndex } from '../../text/coordinates.js';
import { dayOf, isoDay, isRealDay } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import { dayNumberAt, endsClause, followedByQuantity, isMonthNoun, lastOf, unitWords, wordIn, yearAt, type DateContext, type TimeRecognizer } from './context.js';
import { monthPhraseAt, resolveMonth, yearInferred, type MonthPhrase } from './month-phrase.js';


/**
 * A month: with its year ("تشرين الأول 2017"، "رمضان 1436 هـ"), with a word of
 * direction ("نوفمبر الماضي"، "يونيو القادم") or a relative year ("يونيو العام
 * المقبل"), after شهر or هذا ("شهر يناير"، "هذا فبراير"), or alone where a word
 * introduces it ("في مارس", but not "مارس الضغط" — مارس is also a verb; not
 * "رجب" or "صفر" — a name and "zero": a Hijri month alone needs شهر).
 *
 * A day after the month makes a date ("يناير 1"، "مايو الحادي عشر"، "سبتمبر
 * 10, 1901"), and "بين 15 و 19" after it a period of its days.
 */
export const monthName: TimeRecognizer = {
  name: 'month name',
  starts: { words: (l) => [...l.months.firstWords(), ...l.hijriMonths.firstWords(), ...unitWords(l, ['month']), ...l.links.this] },
  read(context, k) {
    const { tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    let j = k;
    let introduced = false;
    let afterMonthWord = false;
    if (lexicon.links.this.has(tokens.text(j))) {
      j = tokens.nextWord(j);
      introduced = true;
      if (j < 0) return null;
    }
    if (isMonthNoun(context, j)) {
      j = tokens.nextWord(j);
      introduced = true;
      afterMonthWord = true;
      if (j < 0) return null;
    }
    const month = monthPhraseAt(context, j);
    if (!month) return null;
    if (j === k) {
      const before = tokens.previousWord(k);
      introduced = (before >= 0 && wordIn(tokens, before, lexicon.monthContext)) || tokens.isPunct(tokens.previous(k), '(');
    }
    const skip = month.skip && j === k ? { skip: month.skip } : {};
    const named = month.year !== undefined || month.offset !== undefined || month.yearOffset !== undefined;
    if (!named) {
      const days = daysAfter(context, k, month, introduced);
      if (days) return joined(days, skip);
    }
    // Alone at the end of its clause a month is a date ("سأخرج سبتمبر."), unless its name is also a word (مارس).
    const atEnd = endsClause(tokens, lastOf(month.end));
    if (!named && !introduced && !(atEnd && !month.hijri && !lexicon.ambiguousMonths.has(tokens.text(lastOf(month.end))))) return null;
    // A Hijri month alone is a name or a word (رجب، صفر) unless شهر or a word of time before it ends a clause with it: "في رجب.".
    if (!named && month.hijri && !afterMonthWord && !(introduced && atEnd)) return null;
    const resolution = resolveMonth(context, month);
    const kind = month.offset !== undefined || month.yearOffset !== undefined ? 'relative' : 'date';
    return { start: k, end: month.end, kind, grain: 'month', ...resolution, ...skip, ...(yearInferred(month) ? { inferred: true } : {}) };
  },
};

/** A day or a span of days after a month with no year: "يناير 1"، "مايو الحادي والعشرين, 2018"، "نوفمبر بين 15 و 19". */
function daysAfter(context: DateContext, k: TokenIndex, month: MonthPhrase, introduced: boolean): TimeExpression | null {
  const { tokens, lexicon } = context;
  let d = tokens.next(lastOf(month.end));
  if (tokens.isPunct(d, '-')) d = tokens.next(d);
  const day = dayNumberAt(context, d);
  // "ارتفعت الأسعار في يونيو 3%": a figure after the month, not its day.
  if (day && followedByQuantity(context, day.end)) return null;
  if (day) {
    // A year after the day: "سبتمبر 10, 1901"، "يناير الثاني والعشرين، 2018"، "سبتمبر الحادي والعشرين من 1978".
    let y = tokens.next(lastOf(day.end));
    if (tokens.isPunct(y, ',،') || (tokens.isWord(y) && lexicon.links.of.has(tokens.text(y)))) y = tokens.next(y);
    const year = y >= 0 ? yearAt(context, y) : null;
    if (year && year.calendar !== 'hijri') {
      const resolution = isRealDay(year.year, month.month, day.day) && !month.hijri ? { from: isoDay(dayOf(year.year, month.month, day.day)) } : {};
      return { start: k, end: year.end, kind: 'date', grain: 'day', ...resolution, ...(resolution.from ? { to: resolution.from } : {}) };
    }
    // Without a year, a day after a month is read where nothing else follows, or where a word introduces the month.
    if (introduced || endsClause(tokens, lastOf(day.end))) {
      return { start: k, end: day.end, kind: 'date', grain: 'day', ...resolveMonth(context, month, day.day) };
    }
    return null;
  }
  // "نوفمبر بين 15 و 19"، "تشرين الثاني بين الخامس عشر والتاسع عشر".
  const between = tokens.next(lastOf(month.end));
  if (!tokens.isWord(between) || !lexicon.links.between.has(tokens.text(between))) return null;
  const first = dayNumberAt(context, tokens.next(between));
  if (!first) return null;
  const and = tokens.next(lastOf(first.end));
  let second: ReturnType<typeof dayNumberAt> = null;
  if (tokens.isAnd(and)) second = dayNumberAt(context, tokens.next(and));
  else if (tokens.isWord(and) && tokens.text(and).startsWith(conjunctionAnd)) second = dayNumberAt(context, and);
  if (!second || second.day <= first.day) return null;
  const from = resolveMonth(context, month, first.day);
  const to = resolveMonth(context, month, second.day);
  return { start: k, end: second.end, kind: 'period', grain: 'day', ...(from.from ? { from: from.from } : {}), ...(to.to ? { to: to.to } : {}) };
}
