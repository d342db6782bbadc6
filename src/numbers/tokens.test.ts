import { describe, expect, it } from 'vitest';
import { tokenIndex } from '../text/coordinates.js';
import { createPlainShadow, createShadow } from '../text/shadow.js';
import { NumberTokens, readUnfoldedTokens, TokenStream } from './tokens.js';

/** The tokens as [text, type flags, reading prefix and senses] for comparison. */
function describeTokens(tokens: NumberTokens): unknown[] {
  return Array.from({ length: tokens.length }, (_, i) => {
    const k = tokenIndex(i);
    const r = tokens.reading(k);
    return [tokens.start(k), tokens.end(k), tokens.text(k), tokens.isWord(k), tokens.isSpace(k), tokens.isNumeral(k), tokens.next(k), r?.prefix, r?.senseMask];
  });
}

describe('readUnfoldedTokens (parseArabicNumber reads a short string in one pass)', () => {
  it('gives the tokens and readings the constructor gives over the folded copy', () => {
    for (const text of [
      'ثلاثة آلاف وخمسمئة',
      'مئة و خمس و عشرون',
      '  إحدى عشرة\n',
      'الحادي والعشرون',
      'ثمانية ملايين و تسعة آلاف',
      'سبعة ملايين و500 ألف',
      'لست أدري',
      'A320 ألف',
      'ثلاثة\n\nآلاف',
      '',
      // Letters no number word has (ذ، پ), a prefix of number words that is none (خمسم), a clitic before one (وخمسة).
      'ذلك پنج خمسم وخمسة',
      // White space of every kind the class table sorts: a tab, a carriage return, a line separator, spaces at the ends.
      ' ستة\tعشر\r\nألفا\u2028 ',
      // A Latin letter or a mark after the words: the constructor cuts the string.
      'مئة و عشرون x',
      'خمسة آلاف.',
    ]) {
      const once = readUnfoldedTokens(text);
      expect(once, text).not.toBeNull();
      expect(describeTokens(once!), text).toEqual(describeTokens(new NumberTokens(createPlainShadow(text))));
    }
  });

  it('reads the words of the string where they stand: the reading is that of the folded word', () => {
    const tokens = readUnfoldedTokens('أربعة آلاف')!;
    expect(tokens.reading(tokenIndex(0))?.sense.unit?.value).toBe(4);
    expect(tokens.reading(tokenIndex(2))?.sense.scale?.value).toBe(1000);
    expect(tokens.text(tokenIndex(0))).toBe('اربعه');
  });

  it('keeps the node of a whole number word in its kind, and gives no numeral for a word', () => {
    const tokens = readUnfoldedTokens('خمسة عشر وخمسمئة')!;
    expect(tokens.reading(tokenIndex(0))?.sense.unit?.value).toBe(5);
    expect(tokens.reading(tokenIndex(2))?.sense.teenTail).toBeDefined();
    expect(tokens.reading(tokenIndex(4))?.prefix).toBe('و');
    expect(tokens.reading(tokenIndex(4))?.sense.hundred?.value).toBe(500);
    for (let k = 0; k < tokens.length; k++) expect(tokens.numeral(tokenIndex(k))).toBeUndefined();
  });

  it('is null for a string that must be folded first, and for a long one', () => {
    expect(readUnfoldedTokens('٣ آلاف')).toBeNull(); // Arabic-Indic digits fold to ASCII
    expect(readUnfoldedTokens('ثَلاثة')).toBeNull(); // a mark to drop
    expect(readUnfoldedTokens('ثلاثة\u00a0آلاف')).toBeNull(); // a no-break space folds to a space
    expect(readUnfoldedTokens('ثلاثة '.repeat(100))).toBeNull();
    expect(readUnfoldedTokens('خمسة 5 آلاف\u0640')).toBeNull(); // a tatweel to drop after a digit
  });
});

describe('TokenStream text numbers', () => {
  it('gives one number to each distinct text, one-character tokens included, afresh in each stream', () => {
    const first = new TokenStream(createShadow('قال، قال ، و و'));
    const ids = Array.from({ length: first.length }, (_, k) => first.textId(tokenIndex(k)));
    const texts = Array.from({ length: first.length }, (_, k) => first.text(tokenIndex(k)));
    // Same text, same number; different text, different number.
    for (let a = 0; a < ids.length; a++) for (let b = 0; b < ids.length; b++) expect(ids[a] === ids[b]).toBe(texts[a] === texts[b]);
    expect(first.distinctTexts).toBe(new Set(texts).size);
    // A second stream numbers its own texts from 0, whatever the first one met.
    const second = new TokenStream(createShadow('، و'));
    expect(second.textId(tokenIndex(0))).toBe(0);
    expect(second.text(tokenIndex(0))).toBe('،');
    expect(second.text(tokenIndex(2))).toBe('و');
    expect(second.distinctTexts).toBe(3);
  });
});

describe('TokenStream of a long text (cells written into a typed array)', () => {
  /** Start, end, flags and numeral value of each token, the offsets counted from `shift`. */
  function shape(tokens: NumberTokens, from: number, count: number, shift: number): unknown[] {
    return Array.from({ length: count }, (_, i) => {
      const k = tokenIndex(from + i);
      return [tokens.start(k) - shift, tokens.end(k) - shift, tokens.isWord(k), tokens.isSpace(k), tokens.isNumeral(k), tokens.isForeign(k), tokens.numeral(k)?.value];
    });
  }

  it('reads each copy of a paragraph repeated past 8,192 characters as it reads the paragraph alone', () => {
    const paragraph = 'قتل 125.000 شخص في A320 و١٨٠ميلي، وارتفع السعر 3.5% إلى 120مليار.\n';
    const alone = new TokenStream(createShadow(paragraph));
    const copies = Math.ceil(9000 / paragraph.length);
    const long = new TokenStream(createShadow(paragraph.repeat(copies)));
    expect(long.length).toBe(alone.length * copies);
    const last = (copies - 1) * alone.length;
    expect(shape(long, last, alone.length, (copies - 1) * paragraph.length)).toEqual(shape(alone, 0, alone.length, 0));
    expect(long.end(tokenIndex(long.length - 1))).toBe(paragraph.length * copies);
  });

  it('has room for as many tokens as code units (single marks and spaces)', () => {
    const text = '، '.repeat(6000);
    const tokens = new TokenStream(createShadow(text));
    expect(tokens.length).toBe(text.length);
    expect(tokens.start(tokenIndex(tokens.length - 1))).toBe(text.length - 1);
    expect(tokens.end(tokenIndex(tokens.length - 1))).toBe(text.length);
    expect(tokens.isSpace(tokenIndex(tokens.length - 1))).toBe(true);
  });
});
