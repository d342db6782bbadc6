import type { TokenRange } from '../../text/coordinates.js';
import type { ParsedNumber } from '../../numbers/grammar.js';
import type { ClaimContext } from '../context.js';
import { phraseEndingAt } from './value-owner.js';

/** Most words of a cue of age read back from the number: "البالغ من العمر". */
const AGE_CUE_WORDS = 3;
/** Commas between a name and the cue of its age in apposition. */
const COMMAS = '،,';

/**
 * Whose an age is: the name before the brackets ("وأصبح رونالدو (33 عاما)" → رونالدو), before a cue of
 * age in apposition ("وفاز رونالدو، البالغ من العمر 33 عاما"), or just before a number printed with
 * mirrored brackets ("عقد رونالدو 33) عاما)"). Reports of one person then give one age, and two people
 * of one age stay apart.
 */
export function ageOwner(c: ClaimContext, n: ParsedNumber): TokenRange | null {
  const { tokens, lexicon } = c;
  let anchor = n.start;
  const before = tokens.previous(n.start);
  if (tokens.isPunct(before, '(')) anchor = before;
  else {
    for (let k = before, words = 0; k >= 0 && tokens.isWord(k) && words < AGE_CUE_WORDS; k = tokens.previous(k), words++) {
      if (lexicon.ageCues.has(tokens, k)) anchor = k;
    }
    const comma = tokens.previous(anchor);
    if (anchor !== n.start && tokens.isPunct(comma, COMMAS)) anchor = comma;
  }
  return tokens.previousWord(anchor) >= 0 ? phraseEndingAt(c, anchor) : null;
}
