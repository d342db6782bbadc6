import { article } from '../../text/clitics.js';
import { type TokenRange, type TokenIndex } from '../../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from '../context.js';
import type { ClaimDraft } from '../draft.js';

/** Most words read back from a figure for a counted noun with a pronoun suffix (قواتها). */
const POSSESSIVE_WORDS = 8;
/** Pronoun suffixes that point back to a body: its (ها), their (هم). */
const possessiveSuffix = /(?:ها|هم)$/u;

/**
 * "تقليص عدد قواتها … إلى 3000 عنصر": the owner of "its forces" is the nearest
 * definite phrase before it that is not a time expression.
 */
export function possessiveOwner(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (d.subject) return d.subject;
  const { tokens } = c;
  const start = d.start;
  const sentence = c.sentenceOf(start);
  for (let k = (start - 1) as TokenIndex, words = 0; k >= 0 && k >= start - SEARCH_REACH && words < POSSESSIVE_WORDS && c.sentenceOf(k) === sentence; k--) {
    if (!tokens.isWord(k)) continue;
    words++;
    // Members a body has are counted ("قواتها"، "عناصرهم"); a measure that ends in the letters of a
    // pronoun is no possessive ("500 ألف درهم ولا تتجاوز مليوني درهم": درهم is dirham, not "their dir").
    if (!possessiveSuffix.test(tokens.text(k)) || c.syntax.units.tableUnitAt(tokens, k)?.kind !== 'count') continue;
    for (let j = (k - 1) as TokenIndex; j >= 0 && j >= k - SEARCH_REACH && c.sentenceOf(j) === sentence; j--) {
      if (!tokens.isWord(j) || !tokens.text(j).startsWith(article) || c.inTime(j, (j + 1) as TokenIndex)) continue;
      let runStart = j;
      for (let p = tokens.previousWord(j); p >= 0 && tokens.text(p).startsWith(article) && !c.inTime(p, (p + 1) as TokenIndex); p = tokens.previousWord(p)) runStart = p;
      return c.nounPhrase(runStart);
    }
    return null;
  }
  return null;
}

