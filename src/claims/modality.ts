/**
 * The modality slot: whether the text asserts a figure, or denies, projects or
 * hedges it, read from the words before it in its clause.
 */
import type { Modality } from '../model.js';
import { withoutConjunction } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';

/**
 * Most words between a cue of projection or hedging and the figure it governs:
 * "ستخفض عديد قواتها في العراق إلى نحو 3500 جندي، أي بمقدار الثلث" (the third is
 * eleven words after the verb, and as projected as the 3500).
 */
const CUE_WORDS = 12;
/** Most words between a negation and the figure it denies: "لم يُقتل 30 شخصاً", "نفى الجيش مقتل 300". */
const NEGATION_WORDS = 4;

/**
 * The modality of the claim starting at token `start`, its number at `figure`. Reads back through its
 * sentence, and stops at a reporting verb, which opens another clause ("نفى
 * الوزير ذلك، وقال إن 30 قُتلوا" asserts the 30). A negation with
 * an exception after it restricts rather than denies ("لم يتبق سوى 3000"
 * asserts 3000). A verb in the future ("سيصل إلى 500") projects.
 */
export function readModality(c: ClaimContext, start: TokenIndex, figure: TokenIndex = start): Modality {
  const { tokens, lexicon, syntax } = c;
  const sentence = c.sentenceOf(start);
  let words = 0;
  let exception = false;
  for (let k = (figure - 1) as TokenIndex; k >= 0 && k >= figure - SEARCH_REACH && c.sentenceOf(k) === sentence && words < CUE_WORDS; k--) {
    if (!tokens.isWord(k) || c.isNumberToken(k)) continue;
    words++;
    const word = tokens.text(k);
    // The claim's own bound words: a verb in the future projects ("سيتجاوز 30"), a negation bounds ("لم يتجاوز 30" is at most 30).
    if (k >= start) {
      if (lexicon.futureForms.has(withoutConjunction(word))) return 'projected';
      continue;
    }
    if (lexicon.exceptions.has(word)) exception = true;
    if (lexicon.futureForms.has(withoutConjunction(word))) return 'projected';
    const cue = lexicon.modalityCues.matchEndingAt(tokens, k);
    if (cue && !(cue.entry.beforePresent && !presentVerbAfter(c, k))) {
      if (cue.entry.modality !== 'denied') return cue.entry.modality;
      if (!exception && words <= NEGATION_WORDS) return 'denied';
    }
    if (syntax.verbs.has(tokens, k)) break;
  }
  return 'asserted';
}

/** Prefixes of the present tense: يصل، تصل، نصل. */
const presentPrefixes = 'يتن';

/** True when the word after `k` is a verb in the present (read from its prefix). */
function presentVerbAfter(c: ClaimContext, k: TokenIndex): boolean {
  const next = c.tokens.nextWord(k);
  return next >= 0 && c.tokens.text(next).length > 2 && presentPrefixes.includes(c.tokens.text(next)[0]!);
}
