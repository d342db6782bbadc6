import { describe, expect, it } from 'vitest';
import { scopes } from '../../test/time-scopes.js';

describe('claim time scope', () => {
  it('resolves relative times and periods against publishedAt', () => {
    expect(scopes('ارتفع عدد السياح إلى 3.1 مليون سائح في النصف الأول من العام الماضي.', '2018-05-16')[0]?.slice(1, 3)).toEqual(['2017-01', '2017-06']);
    expect(scopes('قتل 20 شخصا الأسبوع الماضي.', '2018-07-22')[0]?.slice(1, 3)).toEqual(['2018-07-09', '2018-07-15']);
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
