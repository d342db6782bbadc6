import { article, withoutConjunction } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { resolveRelative } from '../calendar.js';
import type { TimeRecognizer } from './context.js';

/**
 * A day named relative to publication: "أمس"، "بالأمس"، "أمس الأول"، "اليوم"،
 * "غدا"، "بعد غد" — with يوم before it left out of the span ("يوم أمس" → "أمس").
 * A definite one followed by a definite adjective is a noun phrase, not the
 * day: "اليوم الأول"، "اليوم العالمي للمرأة" (a weekday after it still counts:
 * "اليوم الاثنين").
 */
export const relativeWord: TimeRecognizer = {
  name: 'relative day',
  starts: { words: (l) => [...l.relatives.firstWords(), ...l.dayWords] },
  read(context, k) {
    const { tokens, lexicon, reference } = context;
    if (!tokens.isWord(k)) return null;
    let j = k;
    if (lexicon.dayWords.has(tokens.text(k)) || lexicon.dayWords.has(withoutConjunction(tokens.text(k)))) {
      const next = tokens.nextWord(k);
      if (next >= 0 && lexicon.relatives.matchAt(tokens, next)) j = next;
    }
    const r = lexicon.relatives.matchAt(tokens, j);
    if (!r) return null;
    // "اليوم الأول"، "اليوم العالمي للمرأة": a definite noun with its adjective, not "today" (but "اليوم الاثنين" is).
    const after = tokens.nextWord((r.end - 1) as TokenIndex);
    if (withoutConjunction(tokens.text((r.end - 1) as TokenIndex)).startsWith(article) && after >= 0 && tokens.text(after).startsWith(article) && !lexicon.weekdays.matchAt(tokens, after)) {
      return null;
    }
    const { unit, offset } = r.entry;
    return {
      start: j,
      end: r.end,
      kind: 'relative',
      grain: unit,
      ...(r.clitic ? { skip: r.clitic } : {}),
      ...(unit === 'day' ? { dayOffset: offset } : {}),
      ...resolveRelative(offset, unit, reference),
    };
  },
};
