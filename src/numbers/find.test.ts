import { describe, expect, it } from 'vitest';
import { findNumbers, parseArabicNumber, type NumberMatch } from './find.js';

/** Asserts the matches as [text, value, kind] and that every span slices its text out of the input. */
function expectMatches(input: string, expected: Array<[string, number, NumberMatch['kind']?]>): void {
  const found = findNumbers(input);
  for (const m of found) expect(input.slice(m.span.start, m.span.end)).toBe(m.text);
  expect(found.map((m) => [m.text, m.value])).toEqual(expected.map(([t, v]) => [t, v]));
  expected.forEach(([, , kind], i) => {
    if (kind) expect(found[i]!.kind).toBe(kind);
  });
}

describe('digits', () => {
  it('reads the three scripts', () => {
    expect(parseArabicNumber('3000')).toBe(3000);
    expect(parseArabicNumber('٣٠٠٠')).toBe(3000);
    expect(parseArabicNumber('۳۰۰۰')).toBe(3000);
  });

  it('groups thousands with , ٬ ، . space and no-break spaces', () => {
    expect(parseArabicNumber('1,234,567')).toBe(1234567);
    expect(parseArabicNumber('١٬٢٣٤٬٥٦٧')).toBe(1234567);
    expect(parseArabicNumber('١،٢٣٤،٥٦٧')).toBe(1234567);
    expect(parseArabicNumber('1.234.567')).toBe(1234567);
    expect(parseArabicNumber('1 234 567')).toBe(1234567);
    expect(parseArabicNumber('1\u00a0234\u00a0567')).toBe(1234567);
    expect(parseArabicNumber('1\u202f234\u202f567.89')).toBe(1234567.89);
  });

  it('reads decimals with . ٫ and, after Eastern digits, ,', () => {
    expect(parseArabicNumber('4.5')).toBe(4.5);
    expect(parseArabicNumber('١٫٢')).toBe(1.2);
    expect(parseArabicNumber('٠,٠٨')).toBe(0.08);
    expect(parseArabicNumber('25799,52')).toBe(25799.52);
    expect(parseArabicNumber('12،220,13')).toBe(12220.13);
    expect(parseArabicNumber('.77')).toBe(0.77);
  });

  it('reads the Arabic comma glued between digits as a decimal comma, and with a space after it as a list', () => {
    // BBC Arabic writes "9،5 ملايين نسمة" and "18،5 في المئة".
    expectMatches('يبلغ عدد سكانها 9،5 ملايين نسمة', [['9،5 ملايين', 9500000, 'cardinal']]);
    expect(parseArabicNumber('18،5')).toBe(18.5);
    expect(parseArabicNumber('٩،٥')).toBe(9.5);
    expect(parseArabicNumber('3،000')).toBe(3000);
    expect(findNumbers('المواد 5، 6 و7').map((n) => n.value)).toEqual([5, 6, 7]);
    expect(findNumbers('الأرقام 1،2،3').map((n) => n.value)).toEqual([1, 2, 3]);
  });

  it('follows the news convention: a dot and exactly three digits is grouping unless a scale word follows', () => {
    expect(parseArabicNumber('125.000')).toBe(125000);
    expect(parseArabicNumber('52.200')).toBe(52200);
    expect(parseArabicNumber('22.000 ألف')).toBe(22000);
    expect(parseArabicNumber('4.500 مليون')).toBe(4500000);
    expect(parseArabicNumber('4.5 مليون')).toBe(4500000);
    expect(parseArabicNumber('1.10')).toBe(1.1);
  });

  it('reads signs, exponents and slash fractions', () => {
    expect(parseArabicNumber('-5')).toBe(-5);
    expect(parseArabicNumber('-١٬٢٠٠٬٠٠٠٫٠٠')).toBe(-1200000);
    expect(parseArabicNumber('1e10')).toBe(1e10);
    expect(parseArabicNumber('-12e-1')).toBe(-1.2);
    expect(parseArabicNumber('٣/٤')).toBe(0.75);
    expect(parseArabicNumber('-١ ٤/٥')).toBe(-1.8);
  });

  it('splits dotted codes and slashed dates into their parts', () => {
    expectMatches('العنوان 192.168.1.2', [['192', 192], ['168', 168], ['1', 1], ['2', 2]]);
    expectMatches('في 5/17/2018', [['5', 5], ['17', 17], ['2018', 2018]]);
    expectMatches('بين 2014-2017', [['2014', 2014], ['2017', 2017]]);
  });

  it('does not read digits glued to letters after them, or to a Latin code', () => {
    expectMatches('أريد ١٨٠ميلي لتر', []);
    expectMatches('طائرة A320 و F-16', []);
  });

  it('keeps the exact digits of integers beyond 2^53, where the double is only near', () => {
    const [big] = findNumbers('بلغ 9007199254740993 وحدة');
    expect(big).toMatchObject({ value: 9007199254740992, exact: '9007199254740993' });
    expect(BigInt(big!.exact!)).toBe(9007199254740993n);
    expect(findNumbers('١٢٬٣٤٥٬٦٧٨٬٩٠١٬٢٣٤٬٥٦٧')[0]?.exact).toBe('12345678901234567');
    expect(findNumbers('-9007199254740995')[0]?.exact).toBe('-9007199254740995');
    expect(findNumbers('9007199254740991')[0]).not.toHaveProperty('exact');
  });

  it('reads digits glued to a scale word, a missing space', () => {
    expectMatches('أنفقت 120مليار ريال', [['120مليار', 120e9]]);
    expectMatches('١مليون', [['١مليون', 1e6]]);
  });

  it('reads digit groups separated by ر, integer part last', () => {
    expectMatches('ارتفع إلى 935ر6 مليون ريال', [['935ر6 مليون', 6935000]]);
    expectMatches('يبلغ 5ر15 درجة', [['5ر15', 15.5, 'decimal']]);
    expectMatches('الطول 85ر1 م', [['85ر1', 1.85]]);
    expectMatches('عدد 000ر22 طالب', [['000ر22', 22000]]);
    expectMatches('بلغ 540ر999ر45 ريالا', [['540ر999ر45', 45999540]]);
    // Not a separator when no digit follows: the word رجلا is glued, the digits stay a code.
    expectMatches('قتل 2150رجلا', []);
  });

  it('reads a bracketed or quoted numeral with the scale word after it, from the opening mark', () => {
    expectMatches('تبرع بمبلغ (15) ألف ريال', [['(15) ألف', 15000]]);
    expectMatches('نحو «4» آلاف شخص', [['«4» آلاف', 4000]]);
    expectMatches('أكثر من (4.5) مليون', [['(4.5) مليون', 4.5e6, 'cardinal']]);
    expectMatches('المادة (12) من النظام', [['12', 12]]);
    expectMatches('(12] ألف', [['12', 12], ['ألف', 1000]]);
    // A fraction in brackets is a number of its own, not a count of the scale.
    expectMatches('(3/4) ألف', [['3/4', 0.75, 'fraction'], ['ألف', 1000]]);
  });

  it('does not add a scale to a group counted by the same scale: two numbers', () => {
    expectMatches('بين 3 آلاف و5 آلاف', [['3 آلاف', 3000], ['5 آلاف', 5000]]);
    expectMatches('ثلاثة آلاف وخمسة آلاف', [['ثلاثة آلاف', 3000], ['وخمسة آلاف', 5000]]);
    expectMatches('سبعة ملايين و500 ألف', [['سبعة ملايين و500 ألف', 7.5e6]]);
    expectMatches('ألف وخمسمائة مليون', [['ألف وخمسمائة مليون', 1.5e9]]);
  });

  it('reads digits behind a clitic or a missing space, without the clitic in the span', () => {
    expectMatches('بـ3000 عنصر', [['3000', 3000]]);
    expectMatches('و500 ألف', [['500 ألف', 500000]]);
    expectMatches('في عام2014', [['2014', 2014]]);
  });
});

describe('number words', () => {
  it('reads units, teens, tens and hundreds in both genders and every case', () => {
    expect(parseArabicNumber('ثلاثة وعشرون')).toBe(23);
    expect(parseArabicNumber('ثلاث وعشرين')).toBe(23);
    expect(parseArabicNumber('إحدى عشرة')).toBe(11);
    expect(parseArabicNumber('اثنتا عشرة')).toBe(12);
    expect(parseArabicNumber('اثني عشر')).toBe(12);
    expect(parseArabicNumber('ثمانية عشر')).toBe(18);
    expect(parseArabicNumber('ثلاث مئة')).toBe(300);
    expect(parseArabicNumber('ثلاثمائة')).toBe(300);
    expect(parseArabicNumber('مئتا')).toBe(200);
    expect(parseArabicNumber('تسعمئة وتسعة وتسعون')).toBe(999);
  });

  it('chains with و in Arabic order', () => {
    expect(parseArabicNumber('ألف وتسعمئة وأربعة وثمانون')).toBe(1984);
    expect(parseArabicNumber('ثلاثة آلاف وخمسمئة')).toBe(3500);
    expect(parseArabicNumber('خمسة آلاف ومئتي')).toBe(5200);
    expect(parseArabicNumber('خمسمائة و خمسة و عشرون')).toBe(525);
    expect(parseArabicNumber('مائتين وإثنين ألف')).toBe(202000);
    expect(parseArabicNumber('ثلاثة ملايين وخمسمئة ألف')).toBe(3500000);
  });

  it('reads scales in dual, plural, construct and accusative', () => {
    expect(parseArabicNumber('ألفان')).toBe(2000);
    expect(parseArabicNumber('ألفين')).toBe(2000);
    expect(parseArabicNumber('آلاف')).toBeNull();
    expect(parseArabicNumber('22 ألفاً')).toBe(22000);
    expect(parseArabicNumber('مليونًا')).toBe(1000000);
    expect(parseArabicNumber('مليارين')).toBe(2e9);
    expect(parseArabicNumber('ألف مليون')).toBe(1e9);
    expect(parseArabicNumber('ألف تريليون')).toBe(1e15);
  });

  it('mixes digits and words', () => {
    expect(parseArabicNumber('سبعة ملايين و500 ألف')).toBe(7500000);
    expect(parseArabicNumber('3 آلاف')).toBe(3000);
    expect(parseArabicNumber('125 ألف')).toBe(125000);
    expect(parseArabicNumber('١٫٢ مليون')).toBe(1200000);
    expect(parseArabicNumber('٤ آلاف ٣ مائة و ٢١')).toBe(4321);
  });

  it('keeps two numbers that cannot be one apart', () => {
    expectMatches('بين 15 و20 ألف', [['15', 15], ['20 ألف', 20000]]);
    expectMatches('ثلاثمائة و مائتين', [['ثلاثمائة', 300], ['مائتين', 200]]);
  });

  it('tolerates clitics, missing hamza, ه for ة, diacritics and tatweel', () => {
    expect(parseArabicNumber('وثلاثة')).toBe(3);
    expect(parseArabicNumber('لخمسة')).toBe(5);
    expect(parseArabicNumber('بألفين ومائتين')).toBe(2200);
    expect(parseArabicNumber('اربعه')).toBe(4);
    expect(parseArabicNumber('سته')).toBe(6);
    expect(parseArabicNumber('الف')).toBe(1000);
    expect(parseArabicNumber('الاف')).toBeNull();
    expect(parseArabicNumber('ثلاثة الاف')).toBe(3000);
    expect(parseArabicNumber('ثَلاثَةُ آلافٍ')).toBe(3000);
    expect(parseArabicNumber('ثلاثـــة')).toBe(3);
  });

  it('reads the Egyptian forms', () => {
    expect(parseArabicNumber('حداشر')).toBe(11);
    expect(parseArabicNumber('تلتمية')).toBe(300);
    expect(parseArabicNumber('متين تلاتة وستين')).toBe(263);
  });
});

describe('fractions', () => {
  it('reads halves, thirds and quarters with scales', () => {
    expect(parseArabicNumber('نصف')).toBe(0.5);
    expect(parseArabicNumber('ثلث')).toBeCloseTo(1 / 3, 12);
    expect(parseArabicNumber('ثلثا')).toBeCloseTo(2 / 3, 12);
    expect(parseArabicNumber('ثلثي')).toBeCloseTo(2 / 3, 12);
    expect(parseArabicNumber('ثلاثة أرباع')).toBe(0.75);
    expect(parseArabicNumber('مليون ونصف')).toBe(1500000);
    expect(parseArabicNumber('مليون ونصف المليون')).toBe(1500000);
    expect(parseArabicNumber('نصف مليون')).toBe(500000);
    expect(parseArabicNumber('ربع مليون')).toBe(250000);
    expect(parseArabicNumber('واحد ونصف')).toBe(1.5);
    expect(parseArabicNumber('مائة وثلاثة ارباع')).toBe(100.75);
  });

  it('reads خمس as a fraction only where context makes it one', () => {
    expectMatches('اكلت خمس الفطيرة', [['خمس', 0.2, 'fraction']]);
    expectMatches('منذ خمس سنوات', [['خمس', 5, 'cardinal']]);
    expectMatches('كان ثمن حجرة', []);
    expect(parseArabicNumber('ثلاث وخمس')).toBe(3.2);
    expect(parseArabicNumber('مائة وخمس')).toBe(105);
  });

  it('reads ratios, parts and spelled decimals', () => {
    expect(parseArabicNumber('١ على ٣')).toBeCloseTo(1 / 3, 12);
    expect(parseArabicNumber('جزء من مئة')).toBe(0.01);
    expect(parseArabicNumber('مائتان وثلاثة جزء من مائة')).toBe(200.03);
    expect(parseArabicNumber('واحد فاصلة خمسة')).toBe(1.5);
    expect(parseArabicNumber('1 فاصلة 25')).toBe(1.25);
    expectMatches('3000 مقاتل على الأقل', [['3000', 3000]]);
  });
});

describe('ordinals', () => {
  it('reads ordinals with and without the article', () => {
    expectMatches('المرحلة الأولى والفصل الثاني', [['الأولى', 1, 'ordinal'], ['الثاني', 2, 'ordinal']]);
    expect(parseArabicNumber('العاشر')).toBe(10);
    expect(parseArabicNumber('الحادي عشر')).toBe(11);
    expect(parseArabicNumber('الثاني عشر')).toBe(12);
    expect(parseArabicNumber('العشرون')).toBe(20);
    expect(parseArabicNumber('الخامس والعشرون')).toBe(25);
    expect(parseArabicNumber('ثالث')).toBe(3);
  });

  it('does not read an indefinite feminine ordinal (ثانية is also "a second")', () => {
    expectMatches('بعد 30 ثانية', [['30', 30]]);
  });
});

describe('negatives', () => {
  it('reads سالب and ناقص', () => {
    expect(parseArabicNumber('سالب خمسة')).toBe(-5);
    expect(parseArabicNumber('ناقص ٥')).toBe(-5);
    expectMatches('درجة الحرارة سالب واحد', [['سالب واحد', -1]]);
  });
});

describe('not numbers', () => {
  it('ignores words that contain number letters', () => {
    expectMatches('ستار عشيرة ستارة الخمسينيات لست أدري', []);
    // An ambiguous fraction word with the article counts, as an adjective: the ten women, not a tenth.
    expect(findNumbers('وأضاف البيان أن النساء العشر اللاتي حصلن على التراخيص').map((m) => [m.text, m.value])).toEqual([['العشر', 10]]);
    expect(findNumbers('ثمن الوزن').map((m) => m.value)).toEqual([0.125]);
    // كمية is "quantity", not ك and the spoken مية (100).
    expectMatches('أعلنت السلطات أن كمية من اللقاح فاسدة، وستتخذ إجراءات نوعية وكمية', []);
    expectMatches('الثلاثاء والأربعاء والخميس', []);
  });

  it('ignores the pronoun one and one-of', () => {
    expectMatches('أي واحد تفضل؟ كل واحد منهم', []);
    expectMatches('مقتل أحد كبار الممولين وإحدى رسائله', []);
    // The ordinal one after كل stays an ordinal: في كل أول شهر (on the first of every month).
    expectMatches('في كل أول شهر', [['أول', 1, 'ordinal']]);
  });

  it('ignores Monday (الاثنين) and the percent idiom (في المئة)', () => {
    expectMatches('يوم الاثنين', []);
    expectMatches('10 في المئة', [['10', 10]]);
  });

  it('ignores vague plurals, left to the claims layer', () => {
    expectMatches('عشرات الآلاف ومئات', []);
  });

  it('parseArabicNumber rejects text that is not exactly one number', () => {
    expect(parseArabicNumber('')).toBeNull();
    expect(parseArabicNumber('   ')).toBeNull();
    expect(parseArabicNumber('ما لا يقل عن')).toBeNull();
    expect(parseArabicNumber('3000 مقاتل')).toBeNull();
    expect(parseArabicNumber('  3000 ')).toBe(3000);
  });
});

describe('input validation', () => {
  it('throws a TypeError that names what was expected on non-strings', () => {
    expect(() => findNumbers(42 as unknown as string)).toThrow(new TypeError('findNumbers: text must be a string, got number'));
    expect(() => parseArabicNumber(null as unknown as string)).toThrow(new TypeError('parseArabicNumber: text must be a string, got null'));
  });
});

describe('the seed corpus traps', () => {
  it('reads the figures of the coalition articles', () => {
    expectMatches('درّب 125.000 من أفراد قوات الأمن العراقية، ومنهم 22.000 ألف من مقاتلي البشمركة', [
      ['125.000', 125000],
      ['22.000 ألف', 22000],
    ]);
    expectMatches('تحرير أكثر من 4.5 مليون عراقي و 52.200 كيلومتر مربع', [
      ['4.5 مليون', 4500000],
      ['52.200', 52200],
    ]);
    expectMatches('تحرير سبعة ملايين و500 ألف شخص', [['سبعة ملايين و500 ألف', 7500000]]);
    expectMatches('إلى نحو ثلاثة آلاف وخمسمئة جندي، أي بمقدار الثلث تقريبا', [
      ['ثلاثة آلاف وخمسمئة', 3500],
      ['الثلث', 1 / 3, 'fraction'],
    ]);
    expectMatches('مقتل 801 مدنيًا', [['801', 801]]);
  });
});
