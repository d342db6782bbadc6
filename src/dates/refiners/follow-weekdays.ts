import { conjunctionAnd } from '../../text/clitics.js';
import { addDays, dayResolution, firstDayOf } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/**
 * Reads a weekday joined by و to the one before it as the next such day after
 * it: "يومي الأحد والاثنين" published on a Sunday is that Sunday and the Monday
 * after, not the Monday before; "الخميس والجمعة" are two days in a row.
 */
export const followWeekdays: TimeRefiner = {
  name: 'follow weekdays',
  refine({ tokens }, found) {
    const out: TimeExpression[] = [];
    for (const e of found) {
      // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      if (last && isBareWeekday(last) && isBareWeekday(e) && joinedByAnd(tokens, last, e) && e.from! < last.from!) {
        const after = firstDayOf(last.from)!;
        out.push(joined(e, dayResolution(addDays(after, ((e.weekday! - after.getUTCDay() + 7) % 7) || 7))));
      } else out.push(e);
    }
    return out;
  },
};

const isBareWeekday = (e: TimeExpression): boolean => e.weekday !== undefined && e.kind === 'relative' && e.from !== undefined && !e.share;

function joinedByAnd(tokens: Parameters<TimeRefiner['refine']>[0]['tokens'], a: TimeExpression, b: TimeExpression): boolean {
  let j = a.end;
  while (j < b.start && tokens.isSpace(j) && !tokens.hasLineBreak(j)) j++;
  if (j === b.start) return tokens.text(b.start).startsWith(conjunctionAnd);
  return tokens.isAnd(j) && tokens.next(j) === b.start;
}
