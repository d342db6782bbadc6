/**
 * The readers of cardinal.ts, one block each, on the worked examples of their
 * comments: what each takes, and where each stops the number.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers, parseArabicNumber } from './find.js';

/** The matches of `input` as [text, value], after checking that every span slices its text. */
function matches(input: string): Array<[string, number]> {
  const found = findNumbers(input);
  for (const m of found) expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
  return found.map((m) => [m.text, m.value]);
}

describe('numeral', () => {
  it('starts a number, follows و or a scale, and takes its decimal reading before a scale', () => {
    expect(parseArabicNumber('125')).toBe(125);
    expect(parseArabicNumber('ثلاثة آلاف و500')).toBe(3500);
    expect(parseArabicNumber('3 ملايين 200 ألف')).toBe(3200000);
    expect(parseArabicNumber('7 ملايين 1500 ألف')).toBe(8500000);
    expect(parseArabicNumber('4.500 مليون')).toBe(4500000);
    expect(parseArabicNumber('مئة و25')).toBe(125);
  });

  it('keeps two numbers apart when the second has no free slot', () => {
    expect(matches('15 و20')).toEqual([['15', 15], ['20', 20]]);
    expect(parseArabicNumber('مئة و200')).toBeNull();
  });

  it('keeps the digits of a bare numeral after فاصلة, whatever word follows it', () => {
    expect(parseArabicNumber('1 فاصلة 05')).toBe(1.05);
    // A number word after the digits that does not join them leaves them a bare numeral: 1.05, not 1.5.
    expect(matches('1 فاصلة 05 على الأقل')).toEqual([['1 فاصلة 05', 1.05]]);
    expect(matches('نسبة 2 فاصلة 05 جزء منها')).toEqual([['2 فاصلة 05', 2.05]]);
  });
});

describe('compound teen', () => {
  it('reads two-word teens', () => {
    expect(parseArabicNumber('ثلاثة عشر')).toBe(13);
    expect(parseArabicNumber('إحدى عشرة')).toBe(11);
    expect(parseArabicNumber('اثنا عشر')).toBe(12);
    expect(parseArabicNumber('ألف وتسعة عشر')).toBe(1019);
  });
});

describe('one before a ten', () => {
  it('reads أحد and إحدى as one before و and a ten', () => {
    expect(parseArabicNumber('إحدى وعشرون')).toBe(21);
    expect(parseArabicNumber('أحد وثلاثون')).toBe(31);
    expect(parseArabicNumber('أحد و ثلاثون')).toBe(31);
  });
});

describe('apart hundred', () => {
  it('reads a unit and مئة written apart', () => {
    expect(parseArabicNumber('ثلاث مئة')).toBe(300);
    expect(parseArabicNumber('تسع مائة وخمسون')).toBe(950);
  });
});

describe('unit', () => {
  it('fills the units slot, after the hundreds and before the tens', () => {
    expect(parseArabicNumber('خمسة')).toBe(5);
    expect(parseArabicNumber('مئة وثلاثة')).toBe(103);
    expect(parseArabicNumber('خمسة وعشرون')).toBe(25);
  });

  it('reads صفر only alone at the start', () => {
    expect(parseArabicNumber('صفر')).toBe(0);
    expect(parseArabicNumber('مئة وصفر')).toBeNull();
  });

  it('reads خمس before a definite noun as a fifth', () => {
    expect(matches('خمس الفطيرة')).toEqual([['خمس', 0.2]]);
    expect(matches('خمس سنوات')).toEqual([['خمس', 5]]);
  });
});

describe('count of fractions', () => {
  it('lets a unit after full slots count a plural fraction', () => {
    expect(parseArabicNumber('عشرون وثلاثة أخماس')).toBe(20.6);
  });
});

describe('teen in one word', () => {
  it('reads Egyptian and Levantine teens', () => {
    expect(parseArabicNumber('حداشر')).toBe(11);
    expect(parseArabicNumber('خمستاشر')).toBe(15);
  });
});

describe('ten', () => {
  it('fills the tens slot', () => {
    expect(parseArabicNumber('عشرون')).toBe(20);
    expect(parseArabicNumber('خمسة وثلاثون')).toBe(35);
    expect(parseArabicNumber('مئة وعشرون')).toBe(120);
  });
});

describe('multiplying hundred', () => {
  it('multiplies the number before it when written without و', () => {
    expect(parseArabicNumber('خمسة وتسعون مائة')).toBe(9500);
  });
});

describe('hundred', () => {
  it('opens a group, after و, or without و after a scale', () => {
    expect(parseArabicNumber('مئة')).toBe(100);
    expect(parseArabicNumber('مائتان')).toBe(200);
    expect(parseArabicNumber('ألف وثلاثمائة')).toBe(1300);
    expect(parseArabicNumber('ألفين ثلاثمائة')).toBe(2300);
    expect(parseArabicNumber('٤ آلاف ٣ مائة')).toBe(4300);
    expect(parseArabicNumber('متين تلاتة وستين')).toBe(263);
  });
});

describe('scale', () => {
  it('multiplies a lone fraction or everything before a larger scale', () => {
    expect(parseArabicNumber('نصف مليون')).toBe(500000);
    expect(parseArabicNumber('ربع مليون')).toBe(250000);
    expect(parseArabicNumber('ألف مليون')).toBe(1e9);
    expect(parseArabicNumber('ألف وخمسمائة مليون')).toBe(1.5e9);
  });

  it('counts the group before it', () => {
    expect(parseArabicNumber('ثلاثة آلاف')).toBe(3000);
    expect(parseArabicNumber('125 ألف')).toBe(125000);
    expect(parseArabicNumber('22 ألفاً')).toBe(22000);
    expect(parseArabicNumber('مائتين وإثنين ألف')).toBe(202000);
    expect(parseArabicNumber('ثلاثة ملايين وخمسمئة ألف')).toBe(3500000);
  });

  it('adds a dozen after و, stands alone, and tells the dual ألفا from the accusative ألفاً', () => {
    expect(parseArabicNumber('ثلاث مائة ودزينتين')).toBe(324);
    expect(parseArabicNumber('ألف')).toBe(1000);
    expect(parseArabicNumber('ألفان')).toBe(2000);
    expect(parseArabicNumber('مليونين')).toBe(2e6);
    expect(parseArabicNumber('ألفا')).toBe(2000);
    expect(parseArabicNumber('ألفاً')).toBe(1000);
  });

  it('leaves a plural scale alone to the claims layer, and a repeated scale after و to a number of its own', () => {
    expect(parseArabicNumber('آلاف')).toBeNull();
    expect(matches('ألف وألف')).toEqual([['ألف', 1000], ['وألف', 1000]]);
    expect(matches('مليون ومليون')).toEqual([['مليون', 1e6], ['ومليون', 1e6]]);
  });
});

describe('fractions', () => {
  it('reads a fraction first', () => {
    expect(parseArabicNumber('نصف')).toBe(0.5);
    expect(parseArabicNumber('ربعين')).toBe(0.5);
    expect(matches('ثلث الفطيرة')).toEqual([['ثلث', 1 / 3]]);
  });

  it('adds a fraction after و and ends the number there', () => {
    expect(parseArabicNumber('واحد ونصف')).toBe(1.5);
    expect(parseArabicNumber('ثلاث وخمس')).toBe(3.2);
    expect(parseArabicNumber('مليون ونصف')).toBe(1.5e6);
    expect(parseArabicNumber('مليون ونصف المليون')).toBe(1.5e6);
  });

  it('reads a denominator after a number, counted by the last unit when و joined it', () => {
    expect(parseArabicNumber('ثلاثة أرباع')).toBe(0.75);
    expect(parseArabicNumber('عشرون أخماس')).toBe(4);
    expect(parseArabicNumber('ثلاث وعشرون خمس')).toBeCloseTo(4.6, 12);
    expect(parseArabicNumber('مائة وثلاثة أرباع')).toBe(100.75);
    expect(parseArabicNumber('مليون ومائتين وثلاثة أخماس')).toBeCloseTo(1000200.6, 6);
  });
});

describe('words that may not join', () => {
  it('takes a clitic only on the first word, and the article only on units 3–10 and fractions', () => {
    expect(parseArabicNumber('وثلاثة آلاف')).toBe(3000);
    expect(parseArabicNumber('بخمسة')).toBe(5);
    expect(parseArabicNumber('الثلاثة')).toBe(3);
    expect(matches('ثلاثة بخمسة')).toEqual([['ثلاثة', 3], ['بخمسة', 5]]);
    expect(matches('في الاثنين')).toEqual([]);
  });
});
