import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter.js';

describe('WordFilter', () => {
  it('never turns away a word added, read whole or in place inside a longer string', () => {
    const filter = new WordFilter(10);
    const words = ['مستشفى', 'مستشفيات', 'دولار', 'قال', 'و', 'x1', ''];
    for (const w of words) filter.add(w);
    for (const w of words) expect(filter.mayHold(w)).toBe(true);
    // "مستشفياتها" holds مستشفيات at [0, 8): read in place, no stem cut out.
    expect(filter.mayHold('مستشفياتها', 0, 8)).toBe(true);
    expect(filter.mayHold('ودولار', 1)).toBe(true);
  });

  it('turns away most words never added', () => {
    const filter = new WordFilter(12);
    for (let i = 0; i < 200; i++) filter.add(`كلمة${i}`);
    let passed = 0;
    for (let i = 0; i < 1000; i++) if (filter.mayHold(`اسم${i}`)) passed++;
    expect(passed).toBeLessThan(100);
  });
});
