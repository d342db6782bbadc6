import { resolveRelative } from '../calendar.js';
import { afterDayWord, mayStartNamedTime, type TimeRecognizer } from './context.js';

/** A day or period named relative to publication: "أمس", "يوم أمس", "الشهر الماضي", "العام الجاري". */
export const relativeWord: TimeRecognizer = {
  name: 'relative word',
  read(context, k) {
    if (!mayStartNamedTime(context, k)) return null;
    const { tokens, lexicon, reference } = context;
    const r = lexicon.relatives.matchAt(tokens, afterDayWord(context, k));
    if (!r) return null;
    const { unit, offset } = r.entry;
    return { start: k, end: r.end, kind: 'relative', ...(unit === 'day' ? { dayOffset: offset } : {}), ...resolveRelative(offset, unit, reference) };
  },
};
