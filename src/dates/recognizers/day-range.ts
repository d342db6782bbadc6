import { article, conjunctionAnd } from '../../text/clitics.js';
import { dayOf, isoDay, isRealDay } from '../calendar.js';
import { dayNumberAt, lastOf, wordIn, type DateContext, type DayNumber, type TimeRecognizer } from './context.js';
import { monthPhraseAt, relativeMonthAt, resolveMonth } from './month-phrase.js';

/** Words that open a span of days and belong to it: "من 3 حتى 12 سبتمبر"، "بين 15 و 19 نوفمبر". */

/**
 * A span of days of one month: "من 3 حتى 12 سبتمبر"، "بين 15 و 19 نوفمبر"،
 * "19-20 نوفمبر"، "من 4 إلى 22 يناير 2017"، "بين 4-22 يناير 1995"، "من 4 إلى 22
 * هذا الشهر"، "بين الخامس عشر والتاسع عشر من نوفمبر"، "4 حتى 23 من هذا الشهر"،
 * "من 4 إلى 23 في الشهر المقبل".
 */
export const dayRange: TimeRecognizer = {
  name: 'span of days',
  starts: { digits: true, numbers: true, words: () => [article] },
  read(context, k) {
    const { tokens } = context;
    const first = dayNumberAt(context, k);
    if (!first) return null;
    const second = secondDay(context, first);
    if (!second || second.day.day <= first.day) return null;
    let m = tokens.next(lastOf(second.day.end));
    if (tokens.isWord(m) && context.lexicon.ofOrIn.has(tokens.text(m))) m = tokens.next(m);
    if (m < 0) return null;
    const before = tokens.previousWord(k);
    // The word that opens the span belongs to it: "من"، "بين"، "اعتبارا من"، "ما بين".
    const openerMatch = before >= 0 ? context.lexicon.periodOpeners.matchEndingAt(tokens, before) : null;
    const role = openerMatch && (openerMatch.entry.role === 'from' || openerMatch.entry.role === 'between') ? openerMatch.entry.role : null;
    const opener = openerMatch && role ? openerMatch.start : k;
    // "من" only opens what a joiner closes: "من 4 إلى 22", never "من 4 و 22"; "بين" only what و closes.
    if (role === 'from' && second.joiner === 'and') return null;
    if (role === 'between' && second.joiner === 'to') return null;
    const month = monthPhraseAt(context, m);
    if (month) {
      const a = resolveMonth(context, month, first.day);
      const b = resolveMonth(context, month, second.day.day);
      return { start: opener, end: month.end, kind: 'period', grain: 'day', twoEnded: true, ...(a.from ? { from: a.from } : {}), ...(b.to ? { to: b.to } : {}) };
    }
    const relative = relativeMonthAt(context, m);
    if (!relative) return null;
    const { year, month: rm } = relative;
    const ok = year !== undefined && rm !== undefined && isRealDay(year, rm, first.day) && isRealDay(year, rm, second.day.day);
    return {
      start: opener,
      end: relative.end,
      kind: 'period',
      grain: 'day',
      twoEnded: true,
      ...(ok ? { from: isoDay(dayOf(year!, rm!, first.day)), to: isoDay(dayOf(year!, rm!, second.day.day)) } : {}),
    };
  },
};

/** The second day after the first, and what joined them: إلى/حتى ("to"), و ("and"), or a dash. */
function secondDay(context: DateContext, first: DayNumber): { day: DayNumber; joiner: 'to' | 'and' | 'dash' } | null {
  const { tokens, lexicon } = context;
  const j = tokens.next(lastOf(first.end));
  if (j < 0) return null;
  if (tokens.isPunct(j, '-')) {
    const day = dayNumberAt(context, tokens.next(j));
    return day ? { day, joiner: 'dash' } : null;
  }
  if (tokens.isAnd(j)) {
    const day = dayNumberAt(context, tokens.next(j));
    return day ? { day, joiner: 'and' } : null;
  }
  if (!tokens.isWord(j)) return null;
  if (wordIn(tokens, j, lexicon.rangeJoiners, '')) {
    const day = dayNumberAt(context, tokens.next(j));
    return day ? { day, joiner: 'to' } : null;
  }
  // "والتاسع عشر": the second ordinal with a glued و.
  if (tokens.text(j).startsWith(conjunctionAnd)) {
    const day = dayNumberAt(context, j);
    return day && !day.digits ? { day, joiner: 'and' } : null;
  }
  return null;
}

