/**
 * Linear-time guards for the time expressions: half a megabyte of text dense
 * with the shapes the recognizers and refiners read (dates, ranges, weekdays,
 * shares, parts, months, years, clock times, vague times) must grow
 * linearly (see test/linear-guard.ts). A rule that rescans what it has read
 * would take minutes.
 */
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear-guard.js';
import { extractQuantClaims, findDates } from '../index.js';

const SIZE = 500_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const adversarial: Record<string, string> = {
  'dates, ranges and clock times': fill('منذ 3 سنوات الماضية في 22/4/2015 الساعة 14:00 من 4 إلى 22 يناير '),
  'weekdays and weeks': fill('الأحد والاثنين الأسبوع الماضي '),
  'shares of shares': fill('الربع الأول من النصف الثاني من العام الماضي من '),
  'parts of parts': fill('نهاية أواخر منتصف مطلع الشهر '),
  'months and years': fill('يناير فبراير 2015 مارس '),
  'years joined': fill('2014 و2015 و'),
  'clock times': fill('الساعة 8 والنصف مساء '),
  'vague times': fill('في وقت سابق من '),
  'holidays and Hijri years': fill('عيد الفطر 1436 هـ وشهر رمضان المقبل و'),
};

describe('time expressions in linear time', () => {
  for (const [name, input] of Object.entries(adversarial)) {
    it(`half a megabyte of ${name}`, () => {
      expectLinear((text) => findDates(text, { publishedAt: '2018-03-15' }), input, 90_000);
      expect(findDates(input.slice(0, 5_000), { publishedAt: '2018-03-15' }).length).toBeGreaterThan(0);
    });
    it(`half a megabyte of ${name}: extractQuantClaims`, () => {
      expectLinear((text) => extractQuantClaims(text, { publishedAt: '2018-03-15' }), input, 90_000);
    });
  }
});
