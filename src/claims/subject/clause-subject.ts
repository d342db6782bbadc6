import { type TokenRange, type TokenIndex } from '../../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from '../context.js';
import type { ClaimDraft } from '../draft.js';

/**
 * "تنظيم “داعش” لا زال يملك 3000 مقاتل": the subject of a verb of possession
 * owns the figure — the noun phrase that opens the verb's clause (after a
 * headline colon, if any).
 */
export function clauseSubject(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (d.subject || !d.predicate?.entry.subjectOwns) return d.subject;
  const { tokens } = c;
  const verb = d.predicate.at;
  const sentence = c.sentenceAround(verb);
  let k = sentence.start;
  for (let j = Math.max(sentence.start, verb - SEARCH_REACH) as TokenIndex; j < verb; j++) if (tokens.isPunct(j, ':')) k = ((j + 1) as TokenIndex);
  if (verb - k > SEARCH_REACH) return null;
  while (k < verb && !tokens.isWord(k) && !(tokens.isPunct(k) && tokens.text(k) !== ':')) k++;
  const np = k < verb ? c.nounPhrase(k) : null;
  return np && np.end <= verb ? np : null;
}
