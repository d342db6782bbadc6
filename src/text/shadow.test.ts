import { describe, expect, it } from 'vitest';
import { shadowOffset } from './coordinates.js';
import { foldWord } from './fold.js';
import { createPlainShadow, createShadow, foldedInPlace, toOriginalSpan, unfoldedShadow } from './shadow.js';
import { SCANNED_DIGITS, SCANNED_PUNCT, SCANNED_SPACE, SCANNED_WORD, scanToken, tokenTypes, tokenize } from './tokenize.js';

describe('createShadow', () => {
  it('folds hamza seats, ى, ة and Persian letters', () => {
    expect(createShadow('أإآٱا').text).toBe('ااااا');
    expect(createShadow('إحدى عشرة').text).toBe('احدي عشره');
    expect(createShadow('یک').text).toBe('يك');
    // The heh of Persian and Urdu keyboards: ھ and ہ.
    expect(createShadow('الھلال').text).toBe('الهلال');
    expect(createShadow('ہلال').text).toBe('هلال');
  });

  it('folds the three digit scripts to ASCII and keeps ٫ and ٬ as distinct separators', () => {
    expect(createShadow('٠١٢٣٤٥٦٧٨٩').text).toBe('0123456789');
    expect(createShadow('۰۱۲۳۴۵۶۷۸۹').text).toBe('0123456789');
    expect(createShadow('١٬٢٠٠٫٥').text).toBe('1\u066c200\u066b5');
  });

  it('drops diacritics, tatweel and format characters, and maps no-break spaces to spaces', () => {
    expect(createShadow('ثَلاثَةُ').text).toBe('ثلاثه');
    expect(createShadow('ثلاثـــة').text).toBe('ثلاثه');
    expect(createShadow('\u200f3\u202a000\u2066').text).toBe('3000');
    expect(createShadow('1\u00a0234\u202f567').text).toBe('1 234 567');
  });

  it("reads a hashtag's words without the mark, and its low lines as spaces, mapping back to the tag as written", () => {
    const input = 'الرئيس دونالد #ترمب والفنانة #سلوى_خطاب';
    const shadow = createShadow(input);
    expect(shadow.text).toBe('الرئيس دونالد ترمب والفنانه سلوي خطاب');
    const at = shadow.text.indexOf('دونالد');
    const span = toOriginalSpan(shadow, shadowOffset(at), shadowOffset(shadow.text.indexOf(' والفنانه')));
    expect(input.slice(span.start, span.end)).toBe('دونالد #ترمب');
    const tag = toOriginalSpan(shadow, shadowOffset(shadow.text.indexOf('سلوي')), shadowOffset(shadow.text.length));
    // The span opens on the name's first letter: the mark before it is no part of the name.
    expect(input.slice(tag.start, tag.end)).toBe('سلوى_خطاب');
  });

  it('keeps a map from every shadow character back to the original', () => {
    const input = 'قال: ثَلاثَةُ آلافٍ';
    const shadow = createShadow(input);
    const at = shadow.text.indexOf('ثلاثه');
    const span = toOriginalSpan(shadow, shadowOffset(at), shadowOffset(shadow.text.length));
    // The span ends after the tanween of the last letter, which belongs to it.
    expect(input.slice(span.start, span.end)).toBe('ثَلاثَةُ آلافٍ');
  });

  it('handles NFKC expansion: one original character can become many shadow characters', () => {
    const input = 'قال ﷺ 3000';
    const shadow = createShadow(input);
    expect(shadow.text.length).toBeGreaterThan(input.length);
    const at = shadow.text.indexOf('3000');
    const span = toOriginalSpan(shadow, shadowOffset(at), shadowOffset(at + 4));
    expect(input.slice(span.start, span.end)).toBe('3000');
    // Every unit of the expansion maps to the ligature itself.
    const lig = input.indexOf('ﷺ');
    const expansionStart = shadow.text.indexOf('صلي');
    expect(shadow.starts[expansionStart]).toBe(lig);
    expect(shadow.ends[expansionStart]).toBe(lig + 1);
  });

  it('folds presentation forms (lam-alef ligature) into letters', () => {
    expect(createShadow('\ufefb').text).toBe('لا');
  });

  it('keeps NUL and astral characters without breaking offsets', () => {
    const input = 'a\u0000😀٣';
    const shadow = createShadow(input);
    expect(shadow.text).toBe('a\u0000😀3');
    expect(shadow.starts[shadow.text.length - 1]).toBe(input.length - 1);
  });
});

describe('createPlainShadow', () => {
  it('gives the text and offsets of createShadow at every length, in plain arrays', () => {
    const marked = 'ثَلَاثَةُ آلافٍ وﷺ ٣٠٠٠ ‏';
    for (const input of ['٣٠٠٠', 'ثلاثة آلاف', marked, marked.repeat(40), 'ثلاثة آلاف '.repeat(60)]) {
      const plain = createPlainShadow(input);
      const typed = createShadow(input);
      expect(plain.text).toBe(typed.text);
      expect(Array.isArray(plain.starts) && Array.isArray(plain.ends)).toBe(true);
      expect(Array.from(plain.starts).slice(0, plain.text.length)).toEqual(Array.from(typed.starts).slice(0, typed.text.length));
      expect(Array.from(plain.ends).slice(0, plain.text.length)).toEqual(Array.from(typed.ends).slice(0, typed.text.length));
    }
  });
});

describe('foldWord', () => {
  it('drops a presentation form that NFKC leaves unchanged (the Quranic brackets ﴿ ﴾), as the shadow copy does', () => {
    expect(foldWord('﴿قل﴾')).toBe(createShadow('﴿قل﴾').text);
    expect(foldWord('﴿قل﴾')).toBe('قل');
  });

  it('folds lexicon words exactly as running text', () => {
    expect(foldWord('أربعة')).toBe(createShadow('اربعه').text);
    expect(foldWord('مِئَة')).toBe('مئه');
  });
});

describe('tokenize', () => {
  it('splits words, digits, space and punctuation with shadow offsets', () => {
    const tokens = tokenize('قتل 801 مدنيا، A320');
    expect(tokens.map((t) => [t.type, t.text])).toEqual([
      ['word', 'قتل'],
      ['space', ' '],
      ['digits', '801'],
      ['space', ' '],
      ['word', 'مدنيا'],
      ['punct', '،'],
      ['space', ' '],
      ['word', 'A'],
      ['digits', '320'],
    ]);
    expect(tokens.find((t) => t.text === 'A')?.latin).toBe(true);
  });

  it('names the types scanToken encodes by their index in tokenTypes', () => {
    const scanned = (text: string): number => (scanToken(text, 0) & 7) >> 1;
    expect([scanned('قتل'), scanned('801'), scanned(' '), scanned('،')]).toEqual([SCANNED_WORD, SCANNED_DIGITS, SCANNED_SPACE, SCANNED_PUNCT]);
    expect([SCANNED_WORD, SCANNED_DIGITS, SCANNED_SPACE, SCANNED_PUNCT].map((i) => tokenTypes[i])).toEqual(['word', 'digits', 'space', 'punct']);
  });
});

describe('unfoldedShadow and foldedInPlace', () => {
  const code = (c: string): number => c.charCodeAt(0);

  it('keeps a unit as written when folding leaves it or turns a letter into a letter', () => {
    expect(foldedInPlace(code('أ'))).toBe(code('ا'));
    expect(foldedInPlace(code('ة'))).toBe(code('ه'));
    expect(foldedInPlace(code('ث'))).toBe(code('ث'));
    expect(foldedInPlace(code('5'))).toBe(code('5'));
    expect(foldedInPlace(code(' '))).toBe(code(' '));
  });

  it('refuses a mark to drop, a form to expand, a digit or space of another kind, and U+0000', () => {
    for (const c of ['\u064E', '\u0640', '\uFEFB', '٣', '\u00A0', '\u0000']) expect(foldedInPlace(code(c)), c).toBe(-1);
  });

  it('is the caller\'s string with identity offsets, for a short text only', () => {
    const shadow = unfoldedShadow('أربعة آلاف')!;
    expect(shadow.text).toBe('أربعة آلاف');
    expect(shadow.unfolded).toBe(true);
    expect(toOriginalSpan(shadow, shadowOffset(6), shadowOffset(10))).toEqual({ start: 6, end: 10 });
    expect(unfoldedShadow('ا'.repeat(513))).toBeNull();
  });
});
