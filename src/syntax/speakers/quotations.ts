/**
 * Direct speech: which quotation each token stands in, so that a figure inside
 * «…» is said by whoever opened it, across the sentences of the quotation.
 */
import type { TextDocument } from '../../numbers/document.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { SyntaxLexicon } from '../lexicon.js';

/**
 * For each token, the opening quotation mark of the quotation it stands in, or
 * -1. A quotation closes at its closing mark or at the end of its paragraph.
 * Direct speech (قال: «…») keeps its speaker across the sentences inside it.
 */
export function quotationsOf(document: TextDocument, lexicon: SyntaxLexicon): Int32Array {
  return document.analysis(lexicon.quotesKey, () => {
    const { tokens } = document;
    const openerOf = new Int32Array(tokens.length).fill(-1);
    let open = -1;
    let closer = '';
    for (let k = 0 as TokenIndex; k < tokens.length; k++) {
      if (tokens.hasLineBreak(k)) {
        open = -1;
        continue;
      }
      if (tokens.isPunct(k)) {
        const mark = tokens.text(k);
        if (open >= 0 && mark === closer) {
          open = -1;
          continue;
        }
        const close = lexicon.quoteCloser.get(mark);
        if (open < 0 && close !== undefined) {
          open = k;
          closer = close;
          continue;
        }
      }
      openerOf[k] = open;
    }
    return openerOf;
  });
}
