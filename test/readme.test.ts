/** The README's example, asserted as written there, so the documentation cannot drift from the code. */
import { describe, expect, it } from 'vitest';
import { extractQuantClaims, findNumbers, formatArabicNumber, normalizeEntityName, parseArabicNumber } from '../src/index.js';

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

describe('README claims example', () => {
  it('extractQuantClaims on a sentence of the corpus', () => {
    expect(
      extractQuantClaims(
        'ويقول التحالف أن ضرباته قتلت عن غير عمد ما لا يقل عن 801 مدنياً بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017، وهو رقم أقل بكثير من الأرقام التي قدمتها مجموعات الرصد.',
      ),
    ).toEqual([
      {
        id: 'c40-63',
        text: 'ما لا يقل عن 801 مدنياً',
        span: { start: 40, end: 63 },
        value: 801,
        min: 801,
        max: null,
        bound: 'atLeast',
        unit: { text: 'مدنياً', lemma: 'مدني', singular: 'مدني', kind: 'count' },
        subject: null,
        speaker: { text: 'التحالف', span: { start: 6, end: 13 }, name: normalizeEntityName('التحالف الدولي'), kind: 'organisation' },
        predicate: 'قتل',
        change: null,
        changeDetail: null,
        modality: 'asserted',
        time: { text: 'بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017', span: { start: 64, end: 108 }, start: '2014-08', end: '2017-10' },
        sentence: { start: 0, end: 165 },
      },
    ]);
  });
});
