import { describe, expect, it } from 'vitest';
import { formatArabicNumber } from './format.js';

describe('formatArabicNumber', () => {
  it('writes units with gender polarity for 3–10', () => {
    expect(formatArabicNumber(0)).toBe('صفر');
    expect(formatArabicNumber(1)).toBe('واحد');
    expect(formatArabicNumber(1, { gender: 'feminine' })).toBe('واحدة');
    expect(formatArabicNumber(3)).toBe('ثلاثة');
    expect(formatArabicNumber(3, { gender: 'feminine' })).toBe('ثلاث');
    expect(formatArabicNumber(8, { gender: 'feminine' })).toBe('ثماني');
  });

  it('marks case on duals, 12 and the tens', () => {
    expect(formatArabicNumber(2)).toBe('اثنان');
    expect(formatArabicNumber(2, { case: 'genitive' })).toBe('اثنين');
    expect(formatArabicNumber(12)).toBe('اثنا عشر');
    expect(formatArabicNumber(12, { gender: 'feminine', case: 'accusative' })).toBe('اثنتي عشرة');
    expect(formatArabicNumber(20)).toBe('عشرون');
    expect(formatArabicNumber(20, { case: 'accusative' })).toBe('عشرين');
    expect(formatArabicNumber(200, { case: 'accusative' })).toBe('مئتين');
  });

  it('writes teens and compounds', () => {
    expect(formatArabicNumber(11)).toBe('أحد عشر');
    expect(formatArabicNumber(11, { gender: 'feminine' })).toBe('إحدى عشرة');
    expect(formatArabicNumber(13, { gender: 'feminine' })).toBe('ثلاث عشرة');
    expect(formatArabicNumber(21, { gender: 'feminine' })).toBe('إحدى وعشرون');
    expect(formatArabicNumber(1984)).toBe('ألف وتسعمئة وأربعة وثمانون');
  });

  it('counts scales as Arabic grammar does', () => {
    expect(formatArabicNumber(1000)).toBe('ألف');
    expect(formatArabicNumber(1000, { case: 'accusative' })).toBe('ألفًا');
    expect(formatArabicNumber(2000)).toBe('ألفان');
    expect(formatArabicNumber(3500)).toBe('ثلاثة آلاف وخمسمئة');
    expect(formatArabicNumber(22000)).toBe('اثنان وعشرون ألفًا');
    expect(formatArabicNumber(125000)).toBe('مئة وخمسة وعشرون ألفًا');
    expect(formatArabicNumber(7500000)).toBe('سبعة ملايين وخمسمئة ألف');
    expect(formatArabicNumber(1e15)).toBe('ألف تريليون');
  });

  it('writes halves and negatives', () => {
    expect(formatArabicNumber(0.5)).toBe('نصف');
    expect(formatArabicNumber(2.5)).toBe('اثنان ونصف');
    expect(formatArabicNumber(1000000.5)).toBe('مليون فاصلة خمسة');
    expect(formatArabicNumber(-3)).toBe('سالب ثلاثة');
  });

  it('rejects what it cannot write', () => {
    expect(() => formatArabicNumber(1.25)).toThrow(RangeError);
    expect(() => formatArabicNumber(1e15 + 2)).toThrow(RangeError);
    expect(() => formatArabicNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatArabicNumber('3' as unknown as number)).toThrow(new TypeError('formatArabicNumber expects a number, got string'));
  });
});
