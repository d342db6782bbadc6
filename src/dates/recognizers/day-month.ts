import { inferYear, pad } from '../calendar.js';
import { plainInteger, type TimeRecognizer } from './context.js';
import { monthPhraseAt } from './month-phrase.js';

/** A day and a month name, with or without a year: "6 ديسمبر 2017", "30/نوفمبر/2017", "31 تشرين الأول". */
export const dayMonth: TimeRecognizer = {
  name: 'day and month name',
  read(context, k) {
    const { tokens, reference } = context;
    const day = plainInteger(tokens, k);
    if (day === null || day < 1 || day > 31) return null;
    let m = tokens.next(k);
    if (tokens.isPunct(m, '/-')) m = tokens.next(m);
    const month = monthPhraseAt(context, m);
    if (!month) return null;
    // Without a year, the latest such day not after the publication date.
    const year = month.year ?? inferYear(month.month, day, reference);
    const iso = year !== undefined ? `${year}-${pad(month.month)}-${pad(day)}` : undefined;
    return { start: k, end: month.end, kind: 'date', ...(iso ? { from: iso, to: iso } : {}) };
  },
};
