import { lastWeekday } from '../calendar.js';
import { afterDayWord, mayStartNamedTime, type TimeRecognizer } from './context.js';

/** A weekday, with or without يوم: the latest such day not after the publication date ("يوم الثلاثاء"). */
export const weekday: TimeRecognizer = {
  name: 'weekday',
  read(context, k) {
    if (!mayStartNamedTime(context, k)) return null;
    const { tokens, lexicon, reference } = context;
    const w = lexicon.weekdays.matchAt(tokens, afterDayWord(context, k));
    if (!w) return null;
    const iso = reference ? lastWeekday(w.entry.day, reference) : undefined;
    return { start: k, end: w.end, kind: 'relative', ...(iso ? { from: iso, to: iso } : {}) };
  },
};
