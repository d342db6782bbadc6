import { joined } from '../expression.js';
import { withoutConjunction } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { addDays, dayOf, dayResolution, nearestWeekday, nextWeekday, previousWeekday, weekdayInWeek } from '../calendar.js';
import { directionAt, lastOf, numberStartingAt, type TimeRecognizer } from './context.js';

/** The fifth of a weekday is the most a month has. */
const MAX_NTH = 5;

/**
 * A weekday, with or without يوم (left out of the span): "الثلاثاء"، "يوم الجمعة" — the latest such day
 * not after publication (the day itself when it is that weekday), or the next one when it is much
 * nearer ("الجمعة" written on a Thursday is tomorrow); "الأحد
 * القادم"، "الخميس المقبل" — the first one after it; "الخميس الماضي" — the
 * last one before it (on a Thursday, a week earlier); "هذا الجمعة" — the one of
 * this week; "الأحد الثاني" — the second Sunday of the month.
 */
export const weekday: TimeRecognizer = {
  name: 'weekday',
  starts: { numbers: true, words: (l) => [...l.weekdays.firstWords(), ...l.dayWords, ...l.edgeWords.keys(), ...l.links.this] },
  read(context, k) {
    const { tokens, lexicon, reference } = context;
    if (!tokens.isWord(k)) return null;
    const nthOf = nthWeekdayOf(context, k);
    if (nthOf) return nthOf;
    let j = k;
    let thisWeek = false;
    if (lexicon.links.this.has(tokens.text(j))) {
      thisWeek = true;
      j = tokens.nextWord(j);
      if (j < 0) return null;
    }
    // يوم before the name is left out of the span ("يوم الجمعة" → "الجمعة"), as Recognizers-Text reads it.
    if (lexicon.dayWords.has(tokens.text(j)) || lexicon.dayWords.has(withoutConjunction(tokens.text(j)))) {
      j = tokens.nextWord(j);
      if (j < 0) return null;
    }
    const w = lexicon.weekdays.matchAt(tokens, j);
    if (!w) return null;
    const start = thisWeek ? k : j;
    const skip = thisWeek ? 0 : w.clitic;
    const day = w.entry.day;
    const base = { start, kind: 'relative' as const, grain: 'day' as const, weekday: day, ...(skip ? { skip } : {}) };
    const next = tokens.next(lastOf(w.end));
    const offset = directionAt(context, next);
    if (offset !== undefined && offset !== 0) {
      const d = reference ? (offset < 0 ? previousWeekday(day, reference) : nextWeekday(day, reference)) : undefined;
      return joined(base, { end: (next + 1) as TokenIndex }, d ? dayResolution(d) : {});
    }
    if (offset === 0 || thisWeek) {
      return joined(base, { end: offset === 0 ? ((next + 1) as TokenIndex) : w.end }, reference ? dayResolution(weekdayInWeek(day, reference)) : {});
    }
    // "الأحد الثاني": the nth such weekday of the publication month.
    const nth = next >= 0 ? numberStartingAt(context.document, next) : undefined;
    if (nth && nth.kind === 'ordinal' && nth.value >= 1 && nth.value <= MAX_NTH && !tokens.isNumeral(next)) {
      // A fifth Sunday the month does not have is read, and left unresolved.
      const first = reference ? dayOf(reference.getUTCFullYear(), reference.getUTCMonth() + 1, 1) : undefined;
      const d = first ? addDays(first, ((day - first.getUTCDay() + 7) % 7) + 7 * (nth.value - 1)) : undefined;
      return joined(base, { end: nth.end }, d && first && d.getUTCMonth() === first.getUTCMonth() ? dayResolution(d) : {});
    }
    return joined(base, { end: w.end }, reference ? dayResolution(nearestWeekday(day, reference)) : {});
  },
};

/**
 * "أول يوم جمعة"، "ثاني يوم أحد"، "آخر يوم خميس": the nth weekday of the month
 * after it ("من يوليو"، "في هذا الشهر"), joined to it by the share refiner.
 */
function nthWeekdayOf(context: Parameters<TimeRecognizer['read']>[0], k: Parameters<TimeRecognizer['read']>[1]) {
  const { document, tokens, lexicon } = context;
  const edge = lexicon.edgeWords.get(tokens.text(k));
  const ordinal = edge === undefined ? numberStartingAt(document, k) : undefined;
  const index = edge === 'first' ? 1 : edge === 'last' ? -1 : ordinal && ordinal.kind === 'ordinal' && ordinal.value <= MAX_NTH ? ordinal.value : undefined;
  if (index === undefined) return null;
  const dayWord = tokens.nextWord(ordinal ? ((ordinal.end - 1) as TokenIndex) : k);
  if (dayWord < 0 || !lexicon.dayWords.has(tokens.text(dayWord))) return null;
  const name = tokens.nextWord(dayWord);
  const day = name >= 0 ? lexicon.bareWeekdays.get(tokens.text(name)) : undefined;
  if (day === undefined) return null;
  return { start: k, end: (name + 1) as TokenIndex, kind: 'relative' as const, grain: 'day' as const, weekday: day, share: { index, parts: 0, grain: 'day' as const }, partial: true };
}
