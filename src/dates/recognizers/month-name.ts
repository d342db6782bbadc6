import { inferYear, isoMonth } from '../calendar.js';
import { mayStartNamedTime, type TimeRecognizer } from './context.js';
import { monthPhraseAt } from './month-phrase.js';

/**
 * A month with its year ("تشرين الأول 2017"), or a month alone where a word
 * introduces it ("في مارس", but not "مارس الضغط" — مارس is also a verb).
 */
export const monthName: TimeRecognizer = {
  name: 'month name',
  read(context, k) {
    if (!mayStartNamedTime(context, k)) return null;
    const month = monthPhraseAt(context, k);
    if (!month) return null;
    if (month.year !== undefined) {
      const iso = isoMonth(month.year, month.month);
      return { start: k, end: month.end, kind: 'date', from: iso, to: iso };
    }
    const { tokens, lexicon, reference } = context;
    const before = tokens.previousWord(k);
    if (before < 0 || !lexicon.monthContext.has(tokens.text(before))) return null;
    const year = inferYear(month.month, 1, reference);
    const iso = year !== undefined ? isoMonth(year, month.month) : undefined;
    return { start: k, end: month.end, kind: 'date', ...(iso ? { from: iso, to: iso } : {}) };
  },
};
