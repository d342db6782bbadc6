import { conjunctionAnd } from '../../text/clitics.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { TimeExpression } from '../expression.js';
import type { DatesLexicon } from '../lexicon.js';
import { onlyGlue } from './glue.js';
import type { TimeRefiner } from './index.js';

/** Punctuation that may stand between two names of one moment: "أمس (الثلثاء)"، "الخميس، 30 نوفمبر". */
const GLUE = '()،,';

/** Words that may stand between them: "الخميس في 21"، "الساعة الثامنة من مساء الاثنين". */

/**
 * Joins expressions that name the same moment side by side:
 *
 * - names of one day — "اليوم الخميس 30 نوفمبر 2017"، "أمس (الثلثاء)"، "الاثنين، 12
 *   يناير 2016"، "الخميس في 21" — keeping the most specific resolution (a
 *   written date beats a relative word, a relative word a weekday) and the day
 *   offset of a relative word;
 * - a time of day and its day — "صباح الأربعاء"، "مساء أمس"، "ظهر اليوم"،
 *   "الأربعاء صباحا"، "الساعة الثامنة من مساء الاثنين": the time, on that day.
 *
 * A glued و starts another moment: "آب 2014 وتشرين الأول 2017" are two ends of a period.
 */
export const mergeSameMoment: TimeRefiner = {
  name: 'merge names of one moment',
  refine({ tokens, lexicon }, found) {
    const out: TimeExpression[] = [];
    for (const e of found) {
      // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
      const last = out.length > 0 ? out[out.length - 1] : undefined;
      const merged = last && !tokens.text(e.start).startsWith(conjunctionAnd) ? mergePair(tokens, lexicon.links, last, e) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(e);
    }
    return out;
  },
};

const isDay = (e: TimeExpression): boolean => e.grain === 'day' && e.kind !== 'time' && e.kind !== 'duration' && e.kind !== 'period' && !e.partial;
/** A time of day not yet put on a day. */
const isDayless = (e: TimeExpression): boolean => e.kind === 'time' && e.clock !== undefined && e.from === undefined && e.dayOffset === undefined;
/** A stretch of the day (a part of it), not a moment on the clock. */
const isStretch = (clock: { from: string; to: string }): boolean => clock.from !== clock.to;

function mergePair(tokens: TokenStream, links: DatesLexicon['links'], a: TimeExpression, b: TimeExpression): TimeExpression | null {
  if (isDay(a) && isDay(b)) {
    const glued = onlyGlue(tokens, a.end, b.start, GLUE) || (a.weekday !== undefined && b.kind === 'date' && onlyGlue(tokens, a.end, b.start, GLUE, links.in));
    if (!glued) return null;
    // The most specific resolution: a written date, then a relative day, then a weekday.
    const rank = (e: TimeExpression): number => (e.kind === 'date' ? 2 : e.dayOffset !== undefined ? 1 : 0);
    const specific = rank(b) >= rank(a) && b.from ? b : a.from ? a : b;
    const dayOffset = a.dayOffset ?? b.dayOffset;
    return {
      start: a.start,
      end: closingBracket(tokens, b.end),
      kind: a.kind === 'date' || b.kind === 'date' ? 'date' : 'relative',
      grain: 'day',
      ...(specific.from !== undefined ? { from: specific.from } : {}),
      ...(specific.to !== undefined ? { to: specific.to } : {}),
      ...(dayOffset !== undefined ? { dayOffset } : {}),
      ...(a.weekday !== undefined || b.weekday !== undefined ? { weekday: (a.weekday ?? b.weekday)! } : {}),
      ...(a.skip ? { skip: a.skip } : {}),
    };
  }
  if (isDayless(a)) {
    // A part of the day in construct with its day: "صباح الأربعاء"، "مساء أمس"، "ظهر اليوم".
    if (isDay(b) && onlyGlue(tokens, a.end, b.start, '')) return onDay(a.start, b.end, a.skip, a.clock!, b);
    // A clock time before a part of a day: "الساعة الثامنة من مساء الاثنين".
    if (b.kind === 'time' && b.from !== undefined && b.clock && isStretch(b.clock) && !isStretch(a.clock!) && onlyGlue(tokens, a.end, b.start, '', links.of)) {
      return onDay(a.start, b.end, a.skip, inHalfOf(a.clock!, b.clock), b);
    }
    return null;
  }
  // A day, then a time of it: "الأربعاء صباحا"، "أمس مساء"، "الخميس الساعة 8".
  if (isDay(a) && isDayless(b) && onlyGlue(tokens, a.end, b.start, GLUE)) return onDay(a.start, b.end, a.skip, b.clock!, a);
  return null;
}

/** An hour on the clock moved into the afternoon when the part of the day it is in is one ("الثامنة من مساء": 20:00). */
function inHalfOf(clock: { from: string; to: string }, part: { from: string; to: string }): { from: string; to: string } {
  const hour = Number(clock.from.slice(0, 2));
  if (Number(part.from.slice(0, 2)) < 12 || hour >= 12) return clock;
  const time = `${String(hour + 12).padStart(2, '0')}${clock.from.slice(2)}`;
  return { from: time, to: time };
}

/** A time of day on the day of `day`. */
function onDay(start: TokenIndex, end: TokenIndex, skip: number | undefined, clock: { from: string; to: string }, day: TimeExpression): TimeExpression {
  return {
    start,
    end,
    kind: 'time',
    grain: 'day',
    clock,
    ...(day.from !== undefined ? { from: day.from.slice(0, 10) } : {}),
    ...(day.to !== undefined ? { to: day.to.slice(0, 10) } : {}),
    ...(day.dayOffset !== undefined ? { dayOffset: day.dayOffset } : {}),
    ...(skip ? { skip } : {}),
  };
}

function closingBracket(tokens: TokenStream, end: TokenIndex): TokenIndex {
  const j = tokens.next((end - 1) as TokenIndex);
  return tokens.isPunct(j, ')') && tokens.isPunct(tokens.previous((end - 1) as TokenIndex), '(') === false && hasOpen(tokens, end) ? ((j + 1) as TokenIndex) : end;
}

/** True when an opening bracket stands within the last few tokens before `end` (so the closing one after it is its pair). */
function hasOpen(tokens: TokenStream, end: TokenIndex): boolean {
  for (let k = end - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    if (tokens.isPunct(k as TokenIndex, ')')) return false;
    if (tokens.isPunct(k as TokenIndex, '(')) return true;
  }
  return false;
}
