import { describe, expect, it } from 'vitest';
import { currencyCode, mark, wordEnding } from './lexicon.js';

describe('entry checks shared by the tables of every layer', () => {
  it('accepts an ending of one to the given number of Arabic letters, and names what it expected otherwise', () => {
    const fourLetters = wordEnding(4);
    for (const ending of ['ة', 'ات', 'يون', 'تهما']) expect(fourLetters(ending)).toBeNull();
    expect(fourLetters('اتهما')).toBe('must be the last one to 4 Arabic letters of a word, got "اتهما"');
    expect(wordEnding(3)('تهما')).toBe('must be the last one to 3 Arabic letters of a word, got "تهما"');
    expect(fourLetters('')).toMatch(/one to 4 Arabic letters/u);
    expect(fourLetters('at')).toMatch(/got "at"/u);
    expect(fourLetters(3)).toMatch(/got 3$/u);
  });

  it('accepts a currency code of three capitals and a mark of one or two characters', () => {
    expect(currencyCode('USD')).toBeNull();
    expect(currencyCode('usd')).toBe('must be an ISO 4217 code such as "USD", got "usd"');
    expect(currencyCode(null)).toMatch(/got null$/u);
    for (const sign of ['%', '«', '+-']) expect(mark(sign)).toBeNull();
    for (const bad of ['', ' %', '---', 7]) expect(mark(bad)).toMatch(/^must be a mark of one or two characters, got /u);
  });
});
