import { describe, expect, it } from 'vitest';
import { TextDocument } from '../numbers/document.js';
import { tokenIndex } from '../text/coordinates.js';
import { PhraseTable } from './phrases.js';

describe('PhraseTable lookups by word number', () => {
  it('finds a word of a table built after the word was looked up and found in no table', () => {
    const { tokens } = new TextDocument('ذهب الزرزوريون إلى السوق');
    const earlier = new PhraseTable(['السوق'], (p) => p);
    expect(earlier.matchAt(tokens, tokenIndex(2))).toBeNull();
    // The vocabularies now know الزرزوريون: the word read as unknown above is known.
    const later = new PhraseTable(['الزرزوريون'], (p) => p);
    expect(later.matchAt(tokens, tokenIndex(2))).toMatchObject({ entry: 'الزرزوريون', start: 2, end: 3 });
    // Behind a clitic too, in a text read afresh.
    const again = new TextDocument('والزرزوريون هنا').tokens;
    expect(later.matchAt(again, tokenIndex(0))).toMatchObject({ entry: 'الزرزوريون', clitic: 1 });
  });
});
