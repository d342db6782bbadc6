import type { TokenRange } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import type { ClaimDraft } from '../draft.js';

/** Most words read back from a figure for a word of possession (لدى، عند، بحوزة). */
const POSSESSION_WORDS = 6;

/**
 * "لدى القوات العراقية أكثر من 300 ألف من الجيش": the phrase after a word of
 * possession in the claim's clause owns the figure; من … is what they are made of.
 * Applies when the figure has no unit, or a unit and no owner yet.
 */
export function possessorBefore(c: ClaimContext, d: ClaimDraft): TokenRange | null {
  if (d.unit && d.subject) return d.subject;
  const { tokens } = c;
  const sentence = c.sentenceOf(d.start);
  let k = tokens.previousWord(d.start);
  for (let words = 0; k >= 0 && words < POSSESSION_WORDS && c.sentenceOf(k) === sentence; words++) {
    if (c.syntax.possession.has(tokens, k)) {
      const np = c.nounPhrase(tokens.nextWord(k));
      // "عند حوالي 40 جنيها للدولار": عند says at what level, and the word after it bounds the figure; so
      // does a noun of level or rate after it ("الإبقاء على سعر الفائدة عند مستوى 16.75%"، "عند نسبة 13.5%").
      const head = np ? tokens.text(np.start) : '';
      const level = c.lexicon.changeLevel.has(head) || c.lexicon.rateNouns.has(head);
      return np && np.end <= d.start && !level && !c.lexicon.boundsBefore.matchAt(tokens, np.start) ? np : d.subject;
    }
    k = tokens.previousWord(k);
  }
  return d.subject;
}
