import { describe, expect, it } from 'vitest';
import { filterWord, wordFilter } from './word-filter.js';

const has = (filter: Int32Array, text: string, start = 0, end = text.length): boolean => filterWord(filter, text, start, end, false);

describe('filterWord (a Bloom filter of words)', () => {
  it('never turns away a word added, read whole or in place inside a longer string', () => {
    const filter = wordFilter(10);
    const words = ['مستشفى', 'مستشفيات', 'دولار', 'قال', 'و', 'x1', ''];
    for (const w of words) filterWord(filter, w, 0, w.length, true);
    for (const w of words) expect(has(filter, w)).toBe(true);
    // "مستشفياتها" holds مستشفيات at [0, 8): read in place, no stem cut out.
    expect(has(filter, 'مستشفياتها', 0, 8)).toBe(true);
    expect(has(filter, 'ودولار', 1)).toBe(true);
  });

  it('turns away most words never added', () => {
    const filter = wordFilter(12);
    for (let i = 0; i < 200; i++) filterWord(filter, `كلمة${i}`, 0, `كلمة${i}`.length, true);
    let passed = 0;
    for (let i = 0; i < 1000; i++) if (has(filter, `اسم${i}`)) passed++;
    expect(passed).toBeLessThan(100);
  });
});
