import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { extractQuantClaims, findDates, findEntityMentions, findNumbers, formatArabicNumber, normalizeEntityName, parseArabicNumber, sameEntity } from '../src/index.js';

const genders = ['masculine', 'feminine'] as const;
const cases = ['nominative', 'accusative', 'genitive'] as const;
const integerUpTo1e15 = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(Number);
// Small numbers are where the grammar is densest; bias towards them as well as covering the whole range.
const integer = fc.oneof(fc.integer({ min: 0, max: 100_000 }), integerUpTo1e15);

function toScript(ascii: string, script: 'ascii' | 'arabic' | 'persian'): string {
  if (script === 'ascii') return ascii;
  const zero = script === 'arabic' ? 0x0660 : 0x06f0;
  return ascii.replace(/\d/gu, (d) => String.fromCharCode(zero + Number(d)));
}

function grouped(n: number, separator: string): string {
  const digits = String(n);
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(separator);
}

describe('round trips', () => {
  test.prop([integer, fc.constantFrom(...genders), fc.constantFrom(...cases)], { numRuns: 3000 })(
    'parseArabicNumber(formatArabicNumber(n, o)) === n for every gender and case',
    (n, gender, grammaticalCase) => {
      expect(parseArabicNumber(formatArabicNumber(n, { gender, case: grammaticalCase }))).toBe(n);
    },
  );

  test.prop([integerUpTo1e15.filter((n) => n < 1e15), fc.constantFrom(...genders)], { numRuns: 500 })('halves round-trip too', (n, gender) => {
    expect(parseArabicNumber(formatArabicNumber(n + 0.5, { gender }))).toBe(n + 0.5);
  });

  test.prop(
    [integerUpTo1e15, fc.constantFrom('ascii', 'arabic', 'persian' as const), fc.constantFrom('', ',', '٬', '،', ' ', '\u00a0', '\u202f', '.')],
    { numRuns: 2000 },
  )('digits in the three scripts, with and without grouping', (n, script, separator) => {
    // The Eastern digits write the comma as a decimal point, so they are grouped with ٬ or ، instead.
    if (separator === ',' && script !== 'ascii') return;
    const text = toScript(separator ? grouped(n, separator) : String(n), script);
    expect(parseArabicNumber(text)).toBe(n);
  });
});

// Strings made of the characters number rules look at, so that the generator reaches the rules.
const numberishAlphabet = [
  ...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,،٫٬/-+^e %٪ \u00a0\u200f\u0640\u064b\u064e\n',
  'و', 'ب', 'ال', 'ثلاثة', 'آلاف', 'ألف', 'ألفا', 'مليون', 'ونصف', 'نصف', 'خمس', 'عشر', 'عشرون', 'مئة', 'مائتين', 'أرباع',
  'الحادي', 'والعشرون', 'سالب', 'فاصلة', 'على', 'جزء', 'من', 'أحد', 'إحدى', 'ﷺ', 'ﻻ', 'A', '😀',
  'أكثر من', 'ما لا يقل عن', 'بين', 'إلى', 'نحو', 'على الأقل', 'مقاتل', 'مقاتلي', 'مدنياً', 'قال', 'وقال', 'العقيد', 'بحسب',
  'المتحدث باسم', '“', '”', '«', '»', ':', '.', '،', 'آب/ أغسطس', 'تشرين الأول', 'أمس', 'الثلاثاء', 'عام', 'لدى', 'يملك',
  'قواتها', 'عشرات الآلاف', 'بضعة', 'سنوات', 'الولايات المتحدة', 'داعش',
];
const numberish = fc.array(fc.constantFrom(...numberishAlphabet), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), numberish);

describe('robustness', () => {
  test.prop([anyText], { numRuns: 3000 })('findNumbers never throws and every span slices its text', (input) => {
    const found = findNumbers(input);
    let previousEnd = 0;
    for (const m of found) {
      expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(m.span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(m.span.end).toBeGreaterThan(m.span.start);
      expect(Number.isFinite(m.value)).toBe(true);
      previousEnd = m.span.end;
    }
  });

  test.prop([anyText], { numRuns: 1500 })('extractQuantClaims never throws and every span slices its text', (input) => {
    for (const c of extractQuantClaims(input)) {
      expect(input.slice(c.span.start, c.span.end)).toBe(c.text);
      for (const ref of [c.unit === null ? null : c, c.subject, c.speaker, c.time]) {
        if (ref && ref !== c) expect(input.slice(ref.span.start, ref.span.end)).toBe(ref.text);
      }
      expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    }
  });

  test.prop([anyText], { numRuns: 1500 })('findDates never throws and every span slices its text', (input) => {
    for (const d of findDates(input)) expect(input.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  test.prop([anyText], { numRuns: 1000 })('findEntityMentions never throws and every span slices its text', (input) => {
    for (const m of findEntityMentions(input)) expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  test.prop([anyText, anyText], { numRuns: 1000 })('normalizeEntityName never throws; sameEntity is symmetric', (a, b) => {
    expect(typeof normalizeEntityName(a)).toBe('string');
    expect(sameEntity(a, b)).toBe(sameEntity(b, a));
  });

  test.prop([anyText], { numRuns: 3000 })('parseArabicNumber never throws and returns a finite number or null', (input) => {
    const v = parseArabicNumber(input);
    expect(v === null || Number.isFinite(v)).toBe(true);
  });
});
