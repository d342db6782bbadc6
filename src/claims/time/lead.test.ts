import { describe, expect, it } from 'vitest';
import { scopes } from '../../../test/time-scopes.js';

describe('claim time scope: the lead and subheadings', () => {
  it('gives a figure of the lead with no time the time the lead names after it', () => {
    const text = 'كولومبيا تفوز على بولندا\n\nأنعش المنتخب الكولومبي آماله إثر تغلبه بثلاثة أهداف على نظيره البولندي.\nفاز المنتخب الكولومبي في المباراة التي جمعت بينهما الأحد.\nوقال المدرب إن الفوز مهم.\nوسجل اللاعب 5 أهداف في البطولة.';
    const got = scopes(text, '2018-06-24');
    expect(got[0]).toEqual(['بثلاثة أهداف', '2018-06-24', '2018-06-24', false]);
    // Past the lead (and the paragraph after the day), a figure with no time keeps none.
    expect(got.at(-1)?.slice(0, 3)).toEqual(['5 أهداف', undefined, undefined]);
    // A running total's period is its own figure's: the tranche is not "since the start of last year".
    const loan = 'صندوق النقد يعلن صرف القرض\n\nأعلن الصندوق أنه وافق لمصر على شريحة رابعة قيمتها 2.02 مليار دولار ضمن قرض. وبذلك يبلغ ما حصلت عليه مصر منذ بداية العام الماضي وحتى الآن نحو 8.06 مليار دولار.';
    expect(scopes(loan, '2018-06-30')).toEqual([
      ['2.02 مليار دولار', undefined, undefined, false],
      ['نحو 8.06 مليار دولار', '2017-01', '2018-06-30', true],
    ]);
  });

  it('gives the figure of a subheading the time the same figure has in the paragraph under it', () => {
    const text = 'أرقام صلاح\n\nسجل صلاح هدفين في موسم 2013/2014.\nساهم في 31 هدفا\nصنع ثمانية أهداف وسجل 23 هدفا خلال الموسم الحالي، بمجموع 31 هدفا.';
    const got = scopes(text, '2018-02-24');
    expect(got.find(([t]) => t === '31 هدفا')?.slice(1, 3)).toEqual(['2017-08', '2018-02-24']);
  });
});
