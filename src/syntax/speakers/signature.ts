/**
 * The news agency that signs an article: the speaker of figures nobody else in
 * the text claims ("الرياض - واس"، "(أ ف ب) -"، "… (رويترز)").
 */
import type { TextDocument } from '../../numbers/document.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { SyntaxLexicon } from '../lexicon.js';
import type { SpeakerRange } from './types.js';

/** Most words read at each end of an article for the agency that signs it: "الرياض - واس", "… (رويترز)". */
const SIGNATURE_WORDS = 12;
/** Punctuation that sets an agency's signature apart: "(واس)", "الرياض - واس:". */
const SIGNATURE_MARKS = '()-–—:';

/**
 * The news agency that signs an article, in its opening or closing words, set
 * apart by brackets, a dash or a colon: "الرياض - واس", "(أ ف ب) -", "(رويترز)".
 * When nobody else speaks, the figures are the agency's (kind `outlet`).
 */
export function signatureOf(document: TextDocument, lexicon: SyntaxLexicon): SpeakerRange | null {
  const { tokens } = document;
  const signed = (k: TokenIndex): SpeakerRange | null => {
    const m = lexicon.agencies.matchAt(tokens, k);
    if (!m) return null;
    const before = tokens.previous(k);
    const after = tokens.next((m.end - 1) as TokenIndex);
    if (!tokens.isPunct(before, SIGNATURE_MARKS) && !tokens.isPunct(after, SIGNATURE_MARKS)) return null;
    return { start: k, end: m.end, named: true, kind: 'outlet', role: null };
  };
  for (let k = 0 as TokenIndex, words = 0; k < tokens.length && words < SIGNATURE_WORDS; k++) {
    if (!tokens.isWord(k)) continue;
    words++;
    const s = signed(k);
    if (s) return s;
  }
  for (let k = (tokens.length - 1) as TokenIndex, words = 0; k >= 0 && words < SIGNATURE_WORDS; k--) {
    if (!tokens.isWord(k)) continue;
    words++;
    const s = signed(k);
    if (s) return s;
  }
  return null;
}
