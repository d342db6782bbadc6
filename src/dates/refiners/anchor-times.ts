import type { TokenStream } from '../../numbers/tokens.js';
import type { TokenIndex } from '../../text/coordinates.js';
import { addDays, isoDay } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/** How many expressions before a time of day to look for its day, and how many after. */
const BACK = 4;
const AHEAD = 2;
/** How many tokens away its day may be named: before it, within the paragraph; after it, close by ("الساعة 14:00 (18:00 بتوقيت غرينتش)، الأربعاء"). */
const BACK_REACH = 400;
const AHEAD_REACH = 30;
/** How many expressions from the start of the article its lead holds: the first day named there is the day of the event. */
const LEAD_EXPRESSIONS = 4;

/**
 * Puts times of day on their day: the one merged with them ("صباح
 * الأربعاء"), else the nearest day named before them in their paragraph or just
 * after them, else the first day the article names (the day of the event it
 * reports), else the publication day shifted by their own offset ("الليلة
 * الماضية"). The result reads "2018-10-10T14:00"; a part of the day "…T08:00"
 * to "…T12:00".
 */
export const anchorTimes: TimeRefiner = {
  name: 'anchor times of day',
  refine({ tokens, reference }, found) {
    return found.map((e, i) => {
      if (e.kind !== 'time' || !e.clock || e.partial) return e;
      let day = e.from?.slice(0, 10);
      if (day === undefined && e.dayOffset === undefined) day = nearestDay(tokens, found, i);
      if (day === undefined && reference) day = isoDay(addDays(reference, e.dayOffset ?? 0));
      if (day === undefined) return joined(e, { from: `T${e.clock.from}`, to: `T${e.clock.to}` });
      return joined(e, { from: `${day}T${e.clock.from}`, to: `${day}T${e.clock.to}` });
    });
  },
};

/** A single day, resolved. */
const isDay = (x: TimeExpression | undefined): x is TimeExpression =>
  x !== undefined && x.kind !== 'time' && x.kind !== 'duration' && x.from !== undefined && x.from.length === 10 && x.from === x.to;

/** The day of the nearest single-day expression in the same paragraph: just after, or before. */
function nearestDay(tokens: TokenStream, found: readonly TimeExpression[], i: number): string | undefined {
  const e = found[i]!;
  for (let d = 1; d <= AHEAD; d++) {
    const after = found[i + d];
    if (!after || after.start - e.end > AHEAD_REACH || crossesLine(tokens, e.end, after.start)) break;
    if (isDay(after)) return after.from;
  }
  // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
  for (let d = 1; d <= BACK && d <= i; d++) {
    const before = found[i - d];
    if (!before || e.start - before.end > BACK_REACH || crossesLine(tokens, before.end, e.start)) break;
    if (isDay(before)) return before.from;
  }
  // None in its paragraph: the day of the event the article reports, the first it names (in its lead).
  for (let d = 0; d < i && d < LEAD_EXPRESSIONS; d++) if (isDay(found[d])) return found[d]!.from;
  return undefined;
}

function crossesLine(tokens: TokenStream, a: TokenIndex, b: TokenIndex): boolean {
  for (let k = a; k < b; k++) if (tokens.hasLineBreak(k)) return true;
  return false;
}
