import { article } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { dayOf, dayResolution, isRealDay } from '../calendar.js';
import { cliticBefore, dayNumberAt, lastOf, wordIn, type DateContext, type DayNumber, type TimeRecognizer } from './context.js';
import type { DatesLexicon } from '../lexicon.js';
import { monthPhraseAt, relativeMonthAt, resolveMonth, yearInferred } from './month-phrase.js';

/** The noun "month" (one, no article) between a day and its month's name: "العاشر من شهر مايو". */
const isMonthNoun = (lexicon: DatesLexicon, word: string): boolean =>
  lexicon.durationUnit.get(word) === 'month' && !lexicon.durationPlural.has(word) && !lexicon.durationCount.has(word);

/**
 * A day and a month, with or without a year: "6 ديسمبر 2017"، "30/نوفمبر/2017"،
 * "31 تشرين الأول"، "2. أكتوبر"، "الرابع من مايو"، "الـ20 من أكتوبر"، "12 يناير
 * من عام 2016"، "10 مارس/آذار الجاري"، "15 رمضان 1436 هـ"، "غرة شهر شوال"، and a
 * day of a month named relative to publication: "20 من الشهر القادم"، "31 من هذا الشهر".
 *
 * Without a year, the latest such day not after publication; with a word of
 * direction after the month, the month it points to.
 */
export const dayMonth: TimeRecognizer = {
  name: 'day and month',
  starts: { digits: true, numbers: true, words: (l) => [...l.monthDayWords, article] },
  read(context, k) {
    const day = dayAt(context, k);
    if (!day) return null;
    const { tokens, lexicon } = context;
    let m = tokens.next(lastOf(day.end));
    const separated = tokens.isPunct(m, '/-.');
    if (separated) m = tokens.next(m);
    let viaOf = false;
    if (tokens.isWord(m) && lexicon.links.of.has(tokens.text(m))) {
      m = tokens.next(m);
      viaOf = true;
    }
    if (tokens.isWord(m) && isMonthNoun(lexicon, tokens.text(m))) m = tokens.next(m);
    if (m < 0) return null;
    // A cardinal number word is a day only right before its month: "واحد وعشرين مايو".
    if (day.cardinal && viaOf) return null;
    const skip = day.skip ? { skip: day.skip } : {};
    const month = monthPhraseAt(context, m);
    // A Hijri month names a day only as news writes one: with its year ("15 رمضان 1436") or after a word for a
    // day ("في 15 رمضان") — "2- صفر" is a score, "3 رجب" no date.
    if (month && month.hijri && (separated || (month.year === undefined && !wordIn(tokens, tokens.previousWord(k), lexicon.dayContext)))) return null;
    if (month) {
      return { start: k, end: month.end, kind: 'date', grain: 'day', ...resolveMonth(context, month, day.day), ...skip, ...(yearInferred(month) ? { inferred: true } : {}) };
    }
    if (day.cardinal) return null;
    const relative = relativeMonthAt(context, m);
    if (!relative) return null;
    const { year, month: rm } = relative;
    const resolution = year !== undefined && rm !== undefined && isRealDay(year, rm, day.day) ? dayResolution(dayOf(year, rm, day.day)) : {};
    return { start: k, end: relative.end, kind: 'date', grain: 'day', ...resolution, ...skip };
  },
};

/** A day at `k`: digits, an ordinal, غرة (the first), or a cardinal number word (flagged). */
function dayAt(context: DateContext, k: TokenIndex): (DayNumber & { cardinal: boolean }) | null {
  const { tokens, lexicon } = context;
  if (tokens.isWord(k) && (lexicon.monthDayWords.has(tokens.text(k)) || cliticBefore(tokens, k, lexicon.monthDayWords) > 0)) {
    return { day: 1, end: (k + 1) as TokenIndex, digits: false, skip: cliticBefore(tokens, k, lexicon.monthDayWords), cardinal: false };
  }
  const strict = dayNumberAt(context, k);
  if (strict) return { day: strict.day, end: strict.end, digits: strict.digits, skip: strict.skip, cardinal: false };
  // Digits that are no day are no number word either.
  if (!tokens.isWord(k)) return null;
  const loose = dayNumberAt(context, k, true);
  return loose ? { day: loose.day, end: loose.end, digits: loose.digits, skip: loose.skip, cardinal: true } : null;
}
