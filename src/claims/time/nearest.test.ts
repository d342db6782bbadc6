import { describe, expect, it } from 'vitest';
import { scopes } from '../../../test/time-scopes.js';

describe('claim time scope: the clause and the sentence of the claim', () => {
  it('takes the nearest time of the clause, then of the sentence (before the claim first)', () => {
    expect(scopes('قتل 5 أشخاص الثلاثاء، وأصيب 12 آخرون في 2017.', '2018-10-11')).toEqual([
      ['5 أشخاص', '2018-10-09', '2018-10-09', false],
      ['12 آخرون', '2017', '2017', false],
    ]);
    expect(scopes('وفي 2014، منحت الوكالة عقودا بلغت 6.8 مليار دولار، لتطوير نظام بحلول 2017.', '2018-02-10')[0]?.slice(1, 3)).toEqual(['2014', '2014']);
  });

  it('scopes each figure of a rise by the share of a year beside it, an anaphoric year counted from the one before', () => {
    expect(scopes('لتصعد البطالة من 8.9% في الربع الأخير من 2010 إلى 11.9% في الربع الأول من العام التالي.', '2018-04-15').map((r) => r.slice(0, 3))).toEqual([
      ['8.9%', '2010-10', '2010-12'],
      ['11.9%', '2011-01', '2011-03'],
    ]);
    // A figure after a month is no day of it: the claim stays, scoped by the month.
    expect(scopes('ارتفعت الأسعار في يونيو 3% مقارنة بالعام الماضي', '2018-10-05').map((r) => r.slice(0, 3))).toEqual([['3%', '2018-06', '2018-06']]);
  });

  it('does not scope a figure by the time of its background, after على خلفية', () => {
    const text = 'أعلن أن 14 دولة ستقوم بطرد دبلوماسيين على خلفية قضية تسميم الجاسوس السابق، في بريطانيا، قبل ثلاثة أسابيع.';
    expect(scopes(text, '2018-03-26')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('قتل 5 أشخاص في هجوم على خلفية نزاع قبلي، الثلاثاء.', '2018-06-28')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('قتل 5 أشخاص الثلاثاء على خلفية نزاع قبلي.', '2018-06-28')[0]?.slice(1, 3)).toEqual(['2018-06-26', '2018-06-26']);
  });

  it('takes a year written with an abbreviated era, whose dot the sentence splitter reads as an end', () => {
    expect(scopes('قتل نحو 300 شخص في عام 150 ق.م. في المدينة.', '2018-03-20')[0]).toEqual(['نحو 300 شخص', '-0149', '-0149', false]);
  });
});
