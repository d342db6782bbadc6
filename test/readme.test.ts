/** The README's example, asserted as written there, so the documentation cannot drift from the code. */
import { describe, expect, it } from 'vitest';
import { findNumbers, formatArabicNumber, parseArabicNumber } from '../src/index.js';

describe('README example', () => {
  it('findNumbers', () => {
    expect(findNumbers('درّب التحالف 125.000 عنصر، ومنهم 22.000 ألف من البشمركة، وحرر سبعة ملايين و500 ألف شخص')).toEqual([
      { text: '125.000', value: 125000, kind: 'cardinal', span: { start: 13, end: 20 } },
      { text: '22.000 ألف', value: 22000, kind: 'cardinal', span: { start: 33, end: 43 } },
      { text: 'سبعة ملايين و500 ألف', value: 7500000, kind: 'cardinal', span: { start: 62, end: 82 } },
    ]);
  });

  it('parseArabicNumber and formatArabicNumber', () => {
    expect(parseArabicNumber('ثلاثة آلاف وخمسمئة')).toBe(3500);
    expect(parseArabicNumber('٤٫٥ مليون')).toBe(4500000);
    expect(parseArabicNumber('ما لا يقل عن')).toBeNull();
    expect(formatArabicNumber(22000, { case: 'accusative' })).toBe('اثنين وعشرين ألفًا');
  });
});
