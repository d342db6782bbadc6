/**
 * A match result written in words: a noun of a win by so many goals ("فاز
 * بثلاثية"), and a side that scored nothing ("نظيفة", "دون رد"). Each is one
 * side of a score, unit هدف, like the two numerals of "3-0".
 */
import { prepositionBi } from '../text/clitics.js';
import type { Claim } from '../model.js';
import { opensPhrase } from '../syntax/phrases.js';
import { type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import type { ClaimContext } from './context.js';
import { scoreUnit } from './kinds.js';
import { wordClaim } from './bare.js';

/** The word that names the other side after a score noun: "برباعية مقابل هدف". */
const WITH = prepositionBi;

/**
 * Every side of a score written in words: "انتهت برباعية مقابل هدف وحيد" (4),
 * "فاز بثلاثية نظيفة" (3 and 0), "تغلب بثلاثة أهداف دون رد" (0 after the goals).
 * A score noun counts only after ب or before a word of the other side;
 * "ثلاثية" alone is a trilogy.
 */
export function scoreWordClaims(c: ClaimContext): Claim[] {
  const { tokens, lexicon } = c;
  const out: Claim[] = [];
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    // Score nouns and shutouts are phrase tables: a word that opens no phrase is neither.
    if (!opensPhrase(tokens, k) || c.isNumberToken(k)) continue;
    const noun = lexicon.scoreNouns.matchAt(tokens, k);
    if (noun) {
      const word = tokens.text(k);
      const glued = word.length > foldWord(noun.entry.phrase).length ? 1 : 0;
      const next = tokens.nextWord((noun.end - 1) as TokenIndex);
      const shutout = next >= 0 ? lexicon.shutouts.matchAt(tokens, next) : null;
      if (!(word.startsWith(WITH) && glued) && !shutout && !lexicon.links.against.has(tokens.text(next))) continue;
      out.push(wordClaim(c, k, noun.end, noun.entry.value, 'exact', scoreUnit(c, k, glued), glued));
      if (shutout) out.push(wordClaim(c, shutout.start, shutout.end, 0, 'exact', scoreUnit(c, shutout.start)));
      k = (((shutout ?? noun).end - 1) as TokenIndex);
      continue;
    }
    // "بثلاثة أهداف دون رد": nothing for the other side, after a number of goals.
    const shutout = lexicon.shutouts.matchAt(tokens, k);
    if (shutout && goalsBefore(c, k)) {
      out.push(wordClaim(c, k, shutout.end, 0, 'exact', scoreUnit(c, k)));
      k = ((shutout.end - 1) as TokenIndex);
    }
  }
  return out;
}

/** True when the word before `k` is a noun of goals: "ثلاثة أهداف دون رد". */
function goalsBefore(c: ClaimContext, k: TokenIndex): boolean {
  const before = c.tokens.previousWord(k);
  const goal = c.lexicon.kindUnits.get('score');
  return goal !== undefined && before >= 0 && c.syntax.units.tableUnitAt(c.tokens, before)?.lemma === goal.lemma;
}
