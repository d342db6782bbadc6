import { conjunctionAnd } from '../../text/clitics.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { firstDayOf, isoDay, isoParts, weekdayInWeek, withIsoYear } from '../calendar.js';
import type { TimeExpression } from '../expression.js';
import { onlyGlue } from './glue.js';
import { wordIn, type DateContext } from '../recognizers/context.js';
import type { TimeRefiner } from './index.js';

/**
 * Joins two times into the period between them: "بين آب/ أغسطس 2014 وتشرين
 * الأول/ أكتوبر 2017"، "بين العامين 1910 و1912"، "من 2014 إلى 2018"، "من أبريل/
 * نيسان 2017 إلى مارس/ آذار هذا العام"، "اليوم حتى الغد"، "2 أكتوبر إلى 22
 * أكتوبر"، "12 يناير, 2016 - 2016/02/22"، "الجمعة حتى الأحد القادم". A period
 * runs from the first day, month or year of the first to the last of the second,
 * both included.
 */
export const joinRanges: TimeRefiner = {
  name: 'join ranges',
  refine(context, found) {
    const out: TimeExpression[] = [];
    for (let i = 0; i < found.length; i++) {
      const e = found[i]!;
      const next = found[i + 1];
      const joined = next && canEnd(e) && canEnd(next) ? rangeOf(context, e, next) : null;
      if (!joined) {
        out.push(e);
        continue;
      }
      i++;
      // "الأسبوع المقبل بين الأربعاء والجمعة": two weekdays of the week named just before.
      // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
      const week = out.length > 0 ? out[out.length - 1] : undefined;
      if (week && e.weekday !== undefined && next!.weekday !== undefined && week.grain === 'week' && week.from && onlyGlue(context.tokens, week.end, joined.start, '')) {
        const monday = firstDayOf(week.from)!;
        out[out.length - 1] = {
          ...joined,
          start: week.start,
          ...(week.skip ? { skip: week.skip } : { skip: 0 }),
          from: isoDay(weekdayInWeek(e.weekday, monday)),
          to: isoDay(weekdayInWeek(next!.weekday, monday)),
        };
      } else out.push(joined);
    }
    return out;
  },
};

const canEnd = (e: TimeExpression): boolean => !e.partial && e.kind !== 'duration' && e.kind !== 'vague' && e.kind !== 'set' && e.kind !== 'time';

/** The period from `a` to `b`, when the words around them make one. */
function rangeOf(context: DateContext, a: TimeExpression, b: TimeExpression): TimeExpression | null {
  const { tokens, lexicon } = context;
  const opener = tokens.previousWord(a.start);
  const openerMatch = opener >= 0 ? lexicon.periodOpeners.matchEndingAt(tokens, opener) : null;
  const role = openerMatch?.entry.role;
  const between = role === 'between';
  // بين X و Y: Y after a standalone و or with a glued one (وتشرين الأول، و1912).
  const joinedByAnd = isJoinedByAnd(tokens, a.end, b.start);
  // X إلى/حتى Y, or X - Y with spaces.
  const joinedByTo = isJoinedByTo(context, a.end, b.start);
  if (!(between && joinedByAnd) && !joinedByTo) return null;
  const start = (between || role === 'from' || role === 'since') && openerMatch ? openerMatch.start : a.start;
  const skip = start === a.start ? a.skip : openerMatch?.clitic;
  // "من 2015/08/12 حتى 22 أكتوبر": an end with no year of its own takes the other's.
  const to = b.inferred && a.from && !a.inferred && b.to ? withYearOf(b.to, a.from) : (b.to ?? b.from);
  const from = a.inferred && b.to && !b.inferred && a.from ? withYearOf(a.from, b.to) : a.from;
  return {
    start,
    end: b.end,
    kind: 'period',
    twoEnded: true,
    grain: a.grain === b.grain ? (a.grain ?? 'day') : 'day',
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(skip ? { skip } : {}),
  };
}

/** `iso` in the year of `other` ("2016-10-22" in 2015 → "2015-10-22"). */
function withYearOf(iso: string, other: string): string {
  return withIsoYear(iso, isoParts(other)?.year ?? 0);
}

/** Past the dot of an abbreviation that ends the first time ("ق.م." of "بين سنتي 9000 ق.م. و6000 ق.م."). */
function afterAbbreviation(tokens: TokenStream, end: TokenIndex): TokenIndex {
  const last = (end - 1) as TokenIndex;
  return tokens.isPunct(end, '.') && tokens.isWord(last) && tokens.text(last).length === 1 ? ((end + 1) as TokenIndex) : end;
}

/** True when the second time follows the first after a standalone و, or with و glued to it. */
function isJoinedByAnd(tokens: TokenStream, from: TokenIndex, to: TokenIndex): boolean {
  let j = afterAbbreviation(tokens, from);
  while (j < to && tokens.isSpace(j) && !tokens.hasLineBreak(j)) j++;
  if (j === to) return tokens.isWord(to) && tokens.text(to).startsWith(conjunctionAnd);
  if (!tokens.isAnd(j)) return false;
  j = ((j + 1) as TokenIndex);
  while (j < to && tokens.isSpace(j) && !tokens.hasLineBreak(j)) j++;
  return j === to;
}

/** True when إلى, حتى (or و before them) or a spaced dash stands between the two times. */
function isJoinedByTo(context: DateContext, from: TokenIndex, to: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  let joiner = false;
  for (let j = afterAbbreviation(tokens, from); j < to; j++) {
    if (tokens.isSpace(j) && !tokens.hasLineBreak(j)) continue;
    if (!joiner && tokens.isPunct(j, '-') && tokens.isSpace((j - 1) as TokenIndex) && tokens.isSpace((j + 1) as TokenIndex)) {
      joiner = true;
      continue;
    }
    if (!joiner && tokens.isWord(j) && wordIn(tokens, j, lexicon.rangeJoiners, conjunctionAnd)) {
      joiner = true;
      continue;
    }
    // "حتى يوم الثلاثاء": يوم before a weekday is left out of its span.
    if (joiner && tokens.isWord(j) && lexicon.dayWords.has(tokens.text(j))) continue;
    return false;
  }
  return joiner;
}
