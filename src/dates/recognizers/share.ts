import { conjunctionAnd, withoutArticle } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { Grain } from '../calendar.js';
import { lastOf, numberStartingAt, unitNounAt, unitWords, type TimeRecognizer } from './context.js';

/** Weeks in a year: the most an ordinal week can be. */
const MAX_WEEK = 53;

/** Shares counted in units of time, and how many make their usual whole (0: as many as the whole holds). */
const UNIT_SHARES: Partial<Record<string, { parts: number; grain: Grain }>> = {
  week: { parts: 0, grain: 'week' },
  month: { parts: 12, grain: 'month' },
  decade: { parts: 10, grain: 'decade' },
};

/**
 * One share of a period, to be completed by the period after it: "النصف
 * الأول"، "الربع الثالث"، "الفصل الرابع والأخير"، "الأسبوع الثالث"، "الأسبوع
 * الأخير"، "الشهر الأول"، "العقد الأول" — of "من 2015"، "من هذا العام"، "من
 * أكتوبر"، "من القرن الماضي". The refiner that joins shares to their whole
 * resolves it; a share no whole completes is dropped.
 */
export const share: TimeRecognizer = {
  name: 'share of a period',
  starts: { words: (l) => [...l.divisions.keys(), ...unitWords(l, ['week', 'month', 'decade'], false)] },
  read(context, k) {
    const { document, tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    const bare = withoutArticle(word);
    if (bare === word) return null;
    let shareOf: { parts: number; grain: Grain } | undefined;
    const parts = lexicon.divisions.get(bare);
    if (parts !== undefined) shareOf = { parts, grain: parts === 2 ? 'half' : parts === 4 ? 'quarter' : 'month' };
    else {
      const unit = unitNounAt(context, k);
      if (unit && !unit.plural && !unit.count) shareOf = UNIT_SHARES[unit.unit];
    }
    if (!shareOf) return null;
    const next = tokens.next(k);
    if (next < 0 || !tokens.isWord(next)) return null;
    let index: number;
    let end = (next + 1) as TokenIndex;
    // "الأسبوع الأخير" is a share only of a whole after it ("الأسبوع الأخير من يوليو"); alone it is last week.
    if (lexicon.last.has(tokens.text(next))) {
      const of = tokens.nextWord(next);
      if (of < 0 || !lexicon.ofOrIn.has(tokens.text(of))) return null;
      index = -1;
    }
    else {
      const n = numberStartingAt(document, next);
      const max = shareOf.parts || MAX_WEEK;
      if (!n || n.kind !== 'ordinal' || !Number.isInteger(n.value) || n.value < 1 || n.value > max) return null;
      index = n.value;
      end = n.end;
      // "الفصل الرابع والأخير": the fourth, which is also the last.
      const last = tokens.nextWord(lastOf(end));
      if (last >= 0 && tokens.text(last).startsWith(conjunctionAnd) && lexicon.last.has(tokens.tail(last))) end = ((last + 1) as TokenIndex);
    }
    return { start: k, end, kind: 'period', share: { index, ...shareOf }, partial: true };
  },
};
