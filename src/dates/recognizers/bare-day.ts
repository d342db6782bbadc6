import { article } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { dayOf, dayResolution, isRealDay } from '../calendar.js';
import { dayNumberAt, endsClause, lastOf, wordIn, type DateContext, type TimeRecognizer } from './context.js';
import { dayMonth } from './day-month.js';

/**
 * A day of the month written alone, resolved in the publication month: "في
 * 15."، "يوم 27"، "الخميس في 21"، "الأربعاء 27"، "الجمعة في الثانية والعشرين".
 * Only after يوم or في at the end of a clause, or after a weekday: elsewhere a
 * lone number is a figure ("في 22 دولة"، "ارتفع إلى 27").
 */
export const bareDay: TimeRecognizer = {
  name: 'day alone',
  starts: { digits: true, numbers: true, words: (l) => [...l.dayWords, article] },
  read(context, k) {
    const { tokens, lexicon } = context;
    const viaDayWord = tokens.isWord(k) && lexicon.dayWords.has(tokens.text(k));
    const d = viaDayWord ? tokens.next(k) : k;
    if (d < 0) return null;
    // Whether a weekday stands before is read once, and only where it decides: most figures are no day of a month at all.
    let weekdayBefore: boolean | undefined = viaDayWord ? false : undefined;
    const afterOne = (): boolean => (weekdayBefore ??= afterWeekday(context, k));
    // After a weekday the day may be a number word: "الجمعة في خمسة عشر".
    const day = dayNumberAt(context, d) ?? (tokens.isWord(d) && afterOne() ? dayNumberAt(context, d, true) : null);
    if (!day) return null;
    const atEnd = endsClause(tokens, lastOf(day.end));
    if (viaDayWord ? !atEnd : !(atEnd && wordIn(tokens, tokens.previousWord(k), lexicon.dayContext)) && !afterOne()) return null;
    // "يوم 2. أكتوبر": a day of a month is read by its own rule.
    if (dayMonth.read(context, d)) return null;
    const { reference } = context;
    const resolution =
      reference && isRealDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, day.day)
        ? dayResolution(dayOf(reference.getUTCFullYear(), reference.getUTCMonth() + 1, day.day))
        : {};
    return { start: k, end: day.end, kind: 'date', grain: 'day', ...resolution };
  },
};

/** True when a weekday stands right before `k`, with في between or not: "الخميس في 21"، "الأربعاء 27". */
function afterWeekday(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  let before = tokens.previousWord(k);
  if (before >= 0 && lexicon.links.in.has(tokens.text(before))) before = tokens.previousWord(before);
  if (before < 0) return false;
  const w = lexicon.weekdays.matchEndingAt(tokens, before);
  return w !== null && w.end === ((before + 1) as TokenIndex);
}
