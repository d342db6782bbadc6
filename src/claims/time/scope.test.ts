import { describe, expect, it } from 'vitest';
import { scopes } from '../../../test/time-scopes.js';

describe('claim time scope: the scope an expression gives', () => {
  it('marks running totals as cumulative up to the day they were counted', () => {
    expect(scopes('ارتفعت الوفيات إلى 73 حالة حتى الآن.', '2018-03-12')[0]).toEqual(['73 حالة', undefined, '2018-03-12', true]);
    expect(scopes('أودت موجة الحر منذ نهاية الأسبوع الماضي بحياة 33 شخصا، بحسب ما أعلن مسؤولون الخميس.', '2018-07-06')[0]).toEqual([
      '33 شخصا',
      '2018-06-30',
      '2018-07-05',
      true,
    ]);
    expect(scopes('سجل صلاح 23 هدفا خلال الموسم الحالي.', '2018-02-24')[0]).toEqual(['23 هدفا', '2017-08', '2018-02-24', true]);
  });

  it('reads the day of a statement set off by commas, and ends a total since a time on the day the next sentence counts up to', () => {
    const statement = 'أعلنت منظمة الصحة العالمية، اليوم الاثنين، ارتفاع الوفيات في اليمن، إلى 73 حالة، منذ أغسطس/آب 2017.';
    expect(scopes(statement, '2018-03-12')[0]).toEqual(['73 حالة', '2017-08', '2018-03-12', true]);
    expect(scopes(`${statement}\nوسجلت الحالات في 20 محافظة، حتى 10 مارس/آذار الجاري.`, '2018-03-12')[0]).toEqual(['73 حالة', '2017-08', '2018-03-10', true]);
  });

  it('ends a total since a time at the year its sentence named before it', () => {
    expect(scopes('ووصلت نسبة الفقر إلى 13,6% عام 2016، بزيادة 1,1 نقطة منذ 2008.', '2018-06-21')).toEqual([
      ['13,6%', '2016', '2016', false],
      ['1,1 نقطة', '2008', '2016', true],
    ]);
  });

  it('counts the figures of something begun on a past date from it up to publication', () => {
    expect(scopes('قتل أكثر من مئة عنصر في عملية انطلقت في التاسع من شباط/فبراير.', '2018-04-14')[0]).toEqual(['أكثر من مئة عنصر', '2018-02-09', '2018-04-14', true]);
    // A date not after a verb of beginning, or one still ahead, is the figure's own.
    expect(scopes('قتل أكثر من مئة عنصر في التاسع من شباط/فبراير.', '2018-04-14')[0]).toEqual(['أكثر من مئة عنصر', '2018-02-09', '2018-02-09', false]);
    expect(scopes('تشارك 30 دولة في القمة التي تبدأ في 20 مايو 2018.', '2018-04-14')[0]?.slice(1)).toEqual(['2018-05-20', '2018-05-20', false]);
  });
});
