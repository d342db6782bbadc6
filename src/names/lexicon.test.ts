/**
 * Entries of the names tables read back through the public entity-name functions, so that a
 * contributor's new line is tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { namesTables } from './lexicon.js';
import { normalizeEntityName, type NameOptions } from './normalize.js';
import { entitySimilarity, sameEntity } from './similarity.js';

const t = namesTables;

describe('names tables', () => {
  it.each(t.nameKeyWords.map((w) => [w.word, w.role, w] as const))('"%s" gives a name one key as %s', (word, role, entry) => {
    // What the entry does, and that without it the names come apart: the table does the work.
    const readsBack = (options?: NameOptions): boolean => {
      // Written in two words or one, the name is one word of the key: عبد حسن = عبدحسن، زين الدين = زينالدين.
      const oneWord = (first: string, second: string): boolean => {
        const key = normalizeEntityName(`${first} ${second}`, options);
        return !key.includes(' ') && key === normalizeEntityName(`${first}${second}`, options);
      };
      if (role === 'joinsNext') return oneWord(word, 'حسن');
      if (role === 'joinsPrevious') return oneWord('زين', word);
      // A family name at the end of a full name may be left out: سالم بن ناصر آل خالد = سالم بن ناصر.
      if (role === 'family') return sameEntity(`سالم بن ناصر ${word} خالد`, 'سالم بن ناصر', options);
      // A chain of names with "daughter of" leaves its family name out too: سلمى بنت ناصر آل خالد = سلمى بنت ناصر.
      if (role === 'daughter') return sameEntity(`سلمى ${word} ناصر آل خالد`, `سلمى ${word} ناصر`, options);
      // Every spelling of "son of" is one word of the key (سالم ابن ناصر = سالم بن ناصر), and a first and
      // last name match the name with "son of" between them.
      const sons = t.nameKeyWords.filter((w) => w.role === 'son').map((w) => normalizeEntityName(`سالم ${w.word} ناصر`, options));
      return new Set(sons).size === 1 && entitySimilarity('سالم ناصر', `سالم ${word} ناصر`, options) === 0.85;
    };
    expect(readsBack()).toBe(true);
    expect(readsBack({ lexicon: { nameKeyWords: { replace: t.nameKeyWords.filter((w) => w !== entry) } } })).toBe(false);
  });

  it.each(t.givenNameShortForms.map((entry) => [entry, entry] as const))('"%s" reads a short given name as the full one', (entry) => {
    const [full, ...short] = entry.split('|');
    const without: NameOptions = { lexicon: { givenNameShortForms: { replace: t.givenNameShortForms.filter((e) => e !== entry) } } };
    for (const form of short) {
      expect(sameEntity(`${form} سميث`, `${full} سميث`), form).toBe(true);
      expect(sameEntity(`${form} سميث`, `${full} سميث`, without), form).toBe(false);
    }
  });

  it.each(t.namingHeads.map((head) => [head] as const))('"%s" before a name of two words or more may be left out', (head) => {
    const without: NameOptions = { lexicon: { namingHeads: { replace: t.namingHeads.filter((h) => h !== head) } } };
    expect(sameEntity(`${head} جبهة التحرير الوطني`, 'جبهة التحرير الوطني')).toBe(true);
    expect(sameEntity(`${head} جبهة التحرير الوطني`, 'جبهة التحرير الوطني', without)).toBe(false);
  });

  it('leaves no other head out, nor one before a known person', () => {
    expect(sameEntity('كتائب حزب الله', 'حزب الله')).toBe(false);
    expect(sameEntity('حزب نواز شريف', 'نواز شريف')).toBe(false);
  });

  it.each(t.givenNameSpellings.map((entry) => [entry, entry] as const))('"%s" reads two spellings of a given name as one', (entry) => {
    const [first, ...others] = entry.split('|');
    const without: NameOptions = { lexicon: { givenNameSpellings: { replace: t.givenNameSpellings.filter((e) => e !== entry) } } };
    for (const form of others) {
      expect(sameEntity(`${form} إيف سميث`, `${first} إيف سميث`), form).toBe(true);
      expect(sameEntity(`${form} إيف سميث`, `${first} إيف سميث`, without), form).toBe(false);
    }
  });

  it.each(t.foreignSubstitutions.map((pair) => [pair, pair] as const))('"%s" is a cheap swap between foreign-looking words only', (pair) => {
    const [x, y] = [...pair];
    const without: NameOptions = { lexicon: { foreignSubstitutions: { replace: t.foreignSubstitutions.filter((e) => e !== pair) } } };
    // A swap and two long vowels moved: Salisbury as سالزبوري or ساليسبري.
    expect(sameEntity(`سال${x}بوري`, `سالي${y}بري`)).toBe(true);
    expect(sameEntity(`سال${x}بوري`, `سالي${y}بري`, without)).toBe(false);
    expect(sameEntity(`ب${x}ير`, `ب${y}ير`)).toBe(false);
  });
});

describe('names tables: letters of a foreign name', () => {
  it.each(t.foreignLetterGroups.map((group) => [group, group] as const))('"%s" writes one sound of a foreign name', (group) => {
    const [first, ...others] = [...group];
    const without: NameOptions = { lexicon: { foreignLetterGroups: { replace: t.foreignLetterGroups.filter((e) => e !== group) } } };
    // The sound's letters beside vowels written or left out, the given name agreeing: ستيفن هوالانيدي = ستيفن حلاندي.
    for (const other of others) {
      expect(sameEntity(`ستيفن ${first}والانيدي`, `ستيفن ${other}لاندي`), other).toBe(true);
      expect(sameEntity(`ستيفن ${first}والانيدي`, `ستيفن ${other}لاندي`, without), other).toBe(false);
    }
  });
});

describe('names tables: heads of one kind', () => {
  it.each(t.synonymousHeads.map((entry) => [entry, entry] as const))('"%s" are heads of one kind of place or body', (entry) => {
    const [first, ...others] = entry.split('|');
    const without: NameOptions = { lexicon: { synonymousHeads: { replace: t.synonymousHeads.filter((e) => e !== entry) } } };
    for (const other of others) {
      expect(sameEntity(`${first} كارامي`, `${other} كارامي`), other).toBe(true);
      expect(sameEntity(`${first} كارامي`, `${other} كارامي`, without), other).toBe(false);
    }
  });
});
