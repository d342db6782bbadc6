/**
 * Wire stories: a document whose dateline or opening names a news agency
 * ("الرياض - واس"، "(رويترز) -"، "أ ف ب- أبو ظبي:") or that ends with one
 * ("(أ. ف. ب)"، «رويترز») reprints the agency's story, and a claim whose
 * speaker is an agency ("قالت وكالة رويترز") is the agency's figure. Outlets
 * that reprint one story are one confirmation.
 */
import { wordClitics } from '../text/clitics.js';
import { foldedWords, type AlignLexicon } from './tables.js';

/** How far into a text its dateline or opening attribution may stand, in characters. */
export const WIRE_HEAD_CHARACTERS = 200;
/** How far from its end a closing credit may stand, in characters. */
export const WIRE_TAIL_CHARACTERS = 100;

/** The first agency named in `text`, or null. A glued و/ف/ب/ل/ك before the name is allowed (لرويترز). */
export function agencyIn(lexicon: AlignLexicon, text: string): string | null {
  const words = foldedWords(text).map((w) => (w.length > 2 && wordClitics.includes(w[0]!) && !lexicon.startsWire(w) && lexicon.startsWire(w.slice(1)) ? w.slice(1) : w));
  for (let i = 0; i < words.length; i++) {
    const name = lexicon.wireAt(words, i);
    if (name) return name;
  }
  return null;
}

/** The agency a document reprints, from its opening or its closing credit; null for an outlet's own story. */
export function wireOf(lexicon: AlignLexicon, text: string): string | null {
  return agencyIn(lexicon, text.slice(0, WIRE_HEAD_CHARACTERS)) ?? (text.length > WIRE_HEAD_CHARACTERS ? agencyIn(lexicon, text.slice(-WIRE_TAIL_CHARACTERS)) : null);
}
