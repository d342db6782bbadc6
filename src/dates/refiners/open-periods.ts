import type { TokenStream } from '../../numbers/tokens.js';
import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { isoDay } from '../calendar.js';
import { pick, type TimeExpression } from '../expression.js';
import type { DateContext } from '../recognizers/context.js';
import type { TimeRefiner } from './index.js';

/**
 * Widens an expression by the word that opens it into a period: "بين آب 2014
 * وتشرين الأول 2017" (both ends), "منذ 2011" (up to publication), "حتى 2019",
 * "بحلول 2019" (an end only), "قبل خمس سنوات" and "خلال ستة أعوام" (a duration
 * counted back from publication).
 */
export const openPeriods: TimeRefiner = {
  name: 'open periods',
  refine(context, found) {
    return found.map((e, i) => withPeriod(context, e, found[i + 1]));
  },
};

function withPeriod(context: DateContext, e: TimeExpression, following: TimeExpression | undefined): TimeExpression {
  const { tokens, lexicon, reference } = context;
  const opener = tokens.previousWord(e.start);
  if (opener < 0) return e;
  const match = lexicon.periodOpeners.matchEndingAt(tokens, opener);
  if (!match) return e;
  const start = match.start;
  const role = match.entry.role;
  if (role === 'between') {
    // بين X و Y: Y starts after a standalone و or with a glued one (وتشرين الأول).
    const second =
      following && (following.start === tokens.nextWord(tokenIndex(e.end - 1)) + 1 || isJoinedBy(tokens, e.end, following.start)) ? following : undefined;
    if (second && second.kind !== 'duration') {
      return { start, end: second.end, kind: 'period', ...pick('from', e.from), ...pick('to', second.to ?? second.from) };
    }
    return e;
  }
  if (e.kind === 'duration') {
    if (reference && e.unit === 'year' && e.count !== undefined && (role === 'before' || role === 'during' || role === 'since')) {
      const y = reference.getUTCFullYear();
      const from = String(y - e.count);
      return { start, end: e.end, kind: 'duration', from, to: role === 'before' ? from : String(y), count: e.count, unit: e.unit };
    }
    return { ...e, start };
  }
  if (role === 'since') return { start, end: e.end, kind: 'period', ...pick('from', e.from), ...(reference ? { to: isoDay(reference) } : {}) };
  if (role === 'until') return { start, end: e.end, kind: 'period', ...pick('to', e.to) };
  return e;
}

/** True when the second date starts with a glued و right after the first: "… 2014 وتشرين الأول". */
function isJoinedBy(tokens: TokenStream, from: TokenIndex, to: TokenIndex): boolean {
  let j = from;
  while (j < to && tokens.isSpace(j)) j++;
  return j === to && tokens.isWord(to) && tokens.text(to).startsWith('و');
}
