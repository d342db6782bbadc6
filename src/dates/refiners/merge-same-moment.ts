import type { TokenStream } from '../../numbers/tokens.js';
import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { pick, type TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/** Punctuation that may stand between two names of one moment: "أمس (الثلثاء)", "الخميس، 30 نوفمبر". */
const GLUE = '()،,';

/**
 * Joins expressions that name the same moment side by side — "اليوم الخميس 30
 * نوفمبر 2017", "أمس (الثلثاء)" — keeping the most specific resolution (a written
 * date beats a relative word) and the day offset of a relative word.
 */
export const mergeSameMoment: TimeRefiner = {
  name: 'merge names of one moment',
  refine({ tokens }, found) {
    const out: TimeExpression[] = [];
    for (const e of found) {
      const last = out[out.length - 1];
      // A glued و starts another moment: "آب 2014 وتشرين الأول 2017" are two ends of a period.
      const conjoined = tokens.text(e.start).startsWith('و');
      if (last && last.kind !== 'duration' && e.kind !== 'duration' && last.kind !== 'time' && !conjoined && onlyGlue(tokens, last.end, e.start)) {
        const specific = e.kind === 'date' || !last.from ? e : last;
        const dayOffset = last.dayOffset ?? e.dayOffset;
        out[out.length - 1] = {
          start: last.start,
          end: tokenIndex(Math.max(e.end, closingBracket(tokens, e.end))),
          kind: last.kind === 'date' || e.kind === 'date' ? 'date' : 'relative',
          ...pick('from', specific.from),
          ...pick('to', specific.to),
          ...(dayOffset !== undefined ? { dayOffset } : {}),
        };
      } else out.push(e);
    }
    return out;
  },
};

function onlyGlue(tokens: TokenStream, from: TokenIndex, to: TokenIndex): boolean {
  for (let k = from; k < to; k++) {
    if (tokens.isSpace(k) && !tokens.hasLineBreak(k)) continue;
    if (tokens.isPunct(k, GLUE)) continue;
    return false;
  }
  return true;
}

function closingBracket(tokens: TokenStream, end: TokenIndex): TokenIndex {
  const j = tokens.next(tokenIndex(end - 1));
  return tokens.isPunct(j, ')') ? tokenIndex(j + 1) : end;
}
