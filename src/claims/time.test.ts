import { describe, expect, it } from 'vitest';
import { scopes } from '../../test/time-scopes.js';
import { extractQuantClaims } from '../index.js';

describe('claim time scope', () => {
  it('resolves relative times and periods against publishedAt', () => {
    expect(scopes('ارتفع عدد السياح إلى 3.1 مليون سائح في النصف الأول من العام الماضي.', '2018-05-16')[0]?.slice(1, 3)).toEqual(['2017-01', '2017-06']);
    expect(scopes('قتل 20 شخصا الأسبوع الماضي.', '2018-07-22')[0]?.slice(1, 3)).toEqual(['2018-07-09', '2018-07-15']);
  });

  it("scopes a figure by a fiscal year in its state's months, or in the caller's", () => {
    expect(scopes('وتتوقع الحكومة المصرية أن يبلغ النمو 5.8% في العام المالي المقبل.', '2018-04-15').map((r) => r.slice(0, 3))).toEqual([['5.8%', '2018-07', '2019-06']]);
    const claims = extractQuantClaims('ويبلغ العجز 9% في العام المالي المقبل.', { publishedAt: '2018-04-15', fiscalYearStart: 4 });
    expect(claims.map((c) => [c.text, c.time?.text, c.time?.start, c.time?.end])).toEqual([['9%', 'العام المالي المقبل', '2019-04', '2020-03']]);
    expect(() => extractQuantClaims('', { fiscalYearStart: 0 })).toThrow(new RangeError('extractQuantClaims: options.fiscalYearStart must be a month number from 1 to 12, got 0'));
  });

  it('gives a headline figure the time of the same figure in the lead', () => {
    const text = 'ارتفاع الوفيات إلى 73\n\nأعلنت المنظمة اليوم الاثنين ارتفاع الوفيات إلى 73 حالة، منذ أغسطس/آب 2017.';
    expect(scopes(text, '2018-03-12')[0]?.slice(1, 3)).toEqual(['2017-08', '2018-03-12']);
  });

  it('gives a headline figure no time when the same figure in the lead has none, not the lead\'s first time', () => {
    const text = 'وفاة 40 مهاجرا غرقا\n\nقتل 40 مهاجرا على الأقل قبالة السواحل.\nوأعلن الحرس أنه يبحث عن المفقودين.\nوأصبحت البلاد طريقا للمهاجرين العام الماضي.';
    expect(scopes(text, '2018-06-03').map((r) => r.slice(0, 3))).toEqual([
      ['40 مهاجرا', undefined, undefined],
      ['40 مهاجرا على الأقل', undefined, undefined],
    ]);
  });

  it('gives an age no time: it is how old someone is, not what happened in a period', () => {
    expect(scopes('وأصبح رونالدو (33 عاما) أول لاعب ينتقل إلى يوفنتوس الثلاثاء.\nوقتلت طفلة في السادسة من العمر و3 رجال الأحد.', '2018-07-10').map((r) => r.slice(0, 3))).toEqual([
      ['33 عاما', undefined, undefined],
      ['السادسة من العمر', undefined, undefined],
      ['3 رجال', '2018-07-08', '2018-07-08'],
    ]);
  });

  it('leaves a length with no anchor to the period of its sentence (the figure accrued over it), else unresolved', () => {
    expect(scopes('وأنفقت فرنسا 714,5 مليار يورو عام 2016، بزيادة أربع نقاط خلال عشرين عاما.', '2018-06-21')[1]?.slice(1, 3)).toEqual(['1996', '2016']);
    // The length after "أربع نقاط" is theirs: 27,5% takes the year alone.
    expect(scopes('وأنفقت فرنسا 714,5 مليار يورو عام 2016، بزيادة أربع نقاط خلال عشرين عاما بالمقارنة مع متوسط 27,5% في الاتحاد.', '2018-06-21')[2]).toEqual(['27,5%', '2016', '2016', false]);
    // A length before the claim with no figure of its own ends at the year of the clause before.
    expect(scopes('انسحبت القوات في عام 2020، ومن مواقع عملنا فيها خلال ستة أعوام على تدريب أكثر من 240 ألف جندي.', '2021-01-10')[0]?.slice(1, 3)).toEqual(['2014', '2020']);
    // "في" a length after a word of record is the record's start, not the figure's period.
    expect(scopes('انخفضت الأسعار في 2016 لأدنى مستوياتها في أكثر من 10 سنوات عند 30 دولارا للبرميل.', '2018-05-28')[0]?.slice(1, 3)).toEqual(['2016', '2016']);
    expect(scopes('وهي تدفقات من شأنها خلق 2800 وظيفة خلال ثلاث سنوات.', '2018-05-16')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
  });

});
