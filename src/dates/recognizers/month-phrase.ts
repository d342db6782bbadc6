import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { isYear } from '../calendar.js';
import { plainInteger, type DateContext } from './context.js';

/** A month phrase: its month, where it ends, and the year written after it. */
export interface MonthPhrase {
  readonly month: number;
  readonly end: TokenIndex;
  readonly year?: number;
}

/**
 * Reads a month phrase at `k`: a month name, optionally paired with its name in
 * another system ("آب/ أغسطس", "تشرين الأول (أكتوبر)"), optionally a year after
 * it ("أكتوبر 2017", "نوفمبر/2017").
 */
export function monthPhraseAt(context: DateContext, k: TokenIndex): MonthPhrase | null {
  const { tokens, lexicon } = context;
  const m = lexicon.months.matchAt(tokens, k);
  if (!m) return null;
  let end = m.end;
  // The same month in a second system, after a slash or in brackets.
  const sep = tokens.next(tokenIndex(end - 1));
  if (tokens.isPunct(sep, '/(-')) {
    const second = lexicon.months.matchAt(tokens, tokens.next(sep));
    if (second && second.entry.month === m.entry.month) {
      end = second.end;
      const close = tokens.next(tokenIndex(end - 1));
      if (tokens.isPunct(close, ')')) end = tokenIndex(close + 1);
    }
  }
  let y = tokens.next(tokenIndex(end - 1));
  if (tokens.isPunct(y, '/,-')) y = tokens.next(y);
  const year = plainInteger(tokens, y);
  if (isYear(year)) return { month: m.entry.month, end: tokenIndex(y + 1), year };
  return { month: m.entry.month, end };
}
