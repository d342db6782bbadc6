import { describe, expect, it } from 'vitest';
import { scopes } from '../../../test/time-scopes.js';
import { extractQuantClaims } from '../../index.js';

describe('claim time scope: carry-over from the figures before', () => {
  it('carries the time of a run of figures to the next sentence, and the day of the paragraph before', () => {
    expect(scopes('سجلت 20 حالة في 2016. وبلغت نسبة الوفيات 3 في المئة.', '2018-06-21').map((r) => r[1])).toEqual(['2016', '2016']);
    expect(scopes('وانهارت الخلافة في العام الحالي. وبقي 3000 مقاتل.', '2017-12-06')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('أعلن الجيش في بيان السبت مقتل 45 مسلحا.\nودمر 3 مواقع.', '2018-06-23').map((r) => r[1])).toEqual(['2018-06-23', '2018-06-23']);
  });

  it('carries the period of earlier figures a few paragraphs on, but not a day, a relative time or a running total', () => {
    const text = 'جرائم الكراهية\n\nسجلت الشرطة 94 ألف جريمة من أبريل 2017 إلى مارس 2018.\nوتعرف الجريمة بأنها إهانة.\nوكانت نسبة الجرائم الدينية 9 في المئة.';
    expect(scopes(text, '2018-10-16').map((r) => r.slice(0, 3))).toEqual([
      ['94 ألف جريمة', '2017-04', '2018-03'],
      ['9 في المئة', '2017-04', '2018-03'],
    ]);
    expect(scopes('جرائم\n\nسجلت الشرطة 94 ألف جريمة منذ 2012.\nوكانت نسبة الجرائم الدينية 9 في المئة.', '2018-10-16')[1]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('مشروع\n\nأطلقنا المشروع قبل شهرين ونصف مع 30 شركة.\nوكانت نسبة الجرائم الدينية 9 في المئة.', '2018-05-16')[1]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('هجوم\n\nقتل 20 شخصا في 2016.\nأ.\nب.\nج.\nوأصيب 9 أشخاص.', '2018-05-16')[1]?.slice(1, 3)).toEqual([undefined, undefined]);
  });

  it('gives a figure reported on a day the period of the figures just before it, else that day', () => {
    const text = 'البطالة في فرنسا\n\nتراجعت البطالة إلى 9 بالمئة في الفصل الرابع من عام 2017.\nوأوضح المعهد الخميس أن النسبة تراجعت بـ 0,7 نقطة.';
    expect(scopes(text, '2018-02-16').map((r) => r.slice(0, 3))).toEqual([
      ['9 بالمئة', '2017-10', '2017-12'],
      ['0,7 نقطة', '2017-10', '2017-12'],
    ]);
    expect(scopes('البطالة في فرنسا\n\nوأوضح المعهد الخميس أن النسبة تراجعت بـ 0,7 نقطة.', '2018-02-16')[0]?.slice(1, 3)).toEqual(['2018-02-15', '2018-02-15']);
  });

  it('does not carry a time a decade or more before publication past its own sentence', () => {
    // A flashback named once for a comparison: the figures after it are about the story, not 2004.
    const flashback = 'فيضانات اليابان\n\nقتل 200 شخص في الفيضانات في 2018.\nويعتبر ذلك أكبر عدد ضحايا منذ مقتل 98 شخصا في إعصار عام 2004.\nوأنقذت فرق الطوارئ 40 مريضا.';
    expect(scopes(flashback, '2018-07-08').map((r) => r.slice(0, 3))).toEqual([
      ['200 شخص', '2018', '2018'],
      ['98 شخصا', '2004', '2004'],
      ['40 مريضا', '2018', '2018'],
    ]);
    // Nor the day of the paragraph before, nor the time the lead names after its figure.
    const recalled = 'إعصار مايكل\n\nقتل شخصان في فلوريدا.\nويعد مايكل أقوى ثالث إعصار بعد إعصاري كاميل عام 1969 وعيد العمال عام 1935.\nوطلبت السلطات من أكثر من 370 ألف شخص إخلاء منازلهم.';
    expect(scopes(recalled, '2018-10-11').map((r) => r.slice(0, 3))).toEqual([
      ['شخصان', undefined, undefined],
      ['أقوى ثالث إعصار', '1969', '1969'],
      ['أكثر من 370 ألف شخص', undefined, undefined],
    ]);
    // A time of the last few years still carries: "عام 2016" in 2018 (and so does any time with no publication date).
    expect(scopes('سجلت 20 حالة في 2016. وبلغت نسبة الوفيات 3 في المئة.', '2018-06-21').map((r) => r[1])).toEqual(['2016', '2016']);
    expect(extractQuantClaims('سجلت 20 حالة في 2004. وبلغت نسبة الوفيات 3 في المئة.').map((c) => c.time?.start)).toEqual(['2004', '2004']);
  });

  it('carries a period to later paragraphs only from a sentence that counts something', () => {
    const last = (text: string): unknown => scopes(text, '2018-09-10').at(-1)?.slice(0, 3);
    expect(last('عنوان\n\nحصد اللاعب 5 ألقاب في 2016.\nوحصد اللاعب 3.8 مليون دولار.')).toEqual(['3.8 مليون دولار', '2016', '2016']);
    // "الألقاب الأربعة" and "وقت واحد" qualify their nouns: nothing is counted in 2016.
    expect(last('عنوان\n\nوهو الذي حمل الألقاب الأربعة في وقت واحد في 2016.\nوحصد اللاعب 3.8 مليون دولار.')).toEqual(['3.8 مليون دولار', undefined, undefined]);
  });
});
