import { describe, expect, it } from 'vitest';
import { isoDay } from './calendar.js';
import { hijriMonthLength, hijriSpan, hijriToGregorian } from './hijri.js';

const umalqura = (() => {
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    return f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    return null;
  }
})();

function intlHijri(d: Date): [number, number, number] {
  const parts: Record<string, string> = {};
  for (const p of umalqura!.formatToParts(d)) parts[p.type] = p.value;
  return [Number(parts.year), Number(parts.month), Number(parts.day)];
}

describe('Hijri dates (Umm al-Qura)', () => {
  it('converts the known days', () => {
    expect(isoDay(hijriToGregorian(1436, 9, 1)!)).toBe('2015-06-18');
    expect(isoDay(hijriToGregorian(1436, 10, 1)!)).toBe('2015-07-17');
    expect(isoDay(hijriToGregorian(1447, 1, 1)!)).toBe('2025-06-26');
    expect(isoDay(hijriToGregorian(1439, 2, 15)!)).toBe('2017-11-04');
  });

  it('gives each month 29 or 30 days and refuses a day a month does not have', () => {
    for (let y = 1435; y <= 1447; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = hijriMonthLength(y, m);
        expect([29, 30]).toContain(length);
        expect(hijriToGregorian(y, m, length)).toBeDefined();
        if (length === 29) expect(hijriToGregorian(y, m, 30)).toBeUndefined();
      }
    }
    expect(hijriToGregorian(1436, 13, 1)).toBeUndefined();
    expect(hijriToGregorian(1436, 1, 0)).toBeUndefined();
  });

  it('spans a whole month and a whole year', () => {
    const ramadan = hijriSpan(1436, 9)!;
    expect([isoDay(ramadan.first), isoDay(ramadan.last)]).toEqual(['2015-06-18', '2015-07-16']);
    const year = hijriSpan(1436)!;
    expect([isoDay(year.first), isoDay(year.last)]).toEqual(['2014-10-25', '2015-10-13']);
  });

  it.skipIf(!umalqura)('agrees with Intl islamic-umalqura on every day of 1435–1447 AH', () => {
    for (let y = 1435; y <= 1447; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= hijriMonthLength(y, m); d++) expect(intlHijri(hijriToGregorian(y, m, d)!)).toEqual([y, m, d]);
      }
    }
  });

  it.skipIf(!umalqura)('agrees with Intl on the first of every month of its table (1318–1500 AH) and beyond it', () => {
    for (let y = 1318; y <= 1510; y++) {
      for (let m = 1; m <= 12; m++) expect(intlHijri(hijriToGregorian(y, m, 1)!)).toEqual([y, m, 1]);
    }
  });
});
