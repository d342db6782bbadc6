import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from '../index.js';

/** Each claim's figure and its time scope as [text, start, end, cumulative]. */
function scopes(text: string, publishedAt: string): Array<[string, string | undefined, string | undefined, boolean]> {
  return extractQuantClaims(text, { publishedAt }).map((c) => {
    if (c.time) expect(text.slice(c.time.span.start, c.time.span.end)).toBe(c.time.text);
    return [c.text, c.time?.start, c.time?.end, c.time?.cumulative === true];
  });
}

describe('claim time scope', () => {
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

  it('does not scope a figure by the date of a document named beside it', () => {
    expect(scopes('وافق الصندوق على قرض بقيمة 12 مليار دولار، على ضوء تقرير البعثة الصادر منتصف مايو الماضي.', '2018-06-29')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('وافق الصندوق على قرض بقيمة 12 مليار دولار منتصف مايو الماضي.', '2018-06-29')[0]?.slice(1, 3)).toEqual(['2018-05-15', '2018-05-15']);
  });

  it('does not scope a figure by the time of its background, after على خلفية', () => {
    const text = 'أعلن أن 14 دولة ستقوم بطرد دبلوماسيين على خلفية قضية تسميم الجاسوس السابق، في بريطانيا، قبل ثلاثة أسابيع.';
    expect(scopes(text, '2018-03-26')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('قتل 5 أشخاص في هجوم على خلفية نزاع قبلي، الثلاثاء.', '2018-06-28')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('قتل 5 أشخاص الثلاثاء على خلفية نزاع قبلي.', '2018-06-28')[0]?.slice(1, 3)).toEqual(['2018-06-26', '2018-06-26']);
  });

  it('does not scope a figure by the baseline it is compared with', () => {
    expect(scopes('ارتفعت الجرائم بنسبة 40 في المئة، مقارنة بالعام الماضي.', '2018-10-16')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('زاد الإنفاق بنسبة 30%، مقارنة مع الفترة المماثلة من العام السابق.', '2018-05-16')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('بلغت البطالة 8.6 بالمئة في عام 2017، وهو أدنى مستوى لها منذ 2009.', '2018-02-16')[0]?.slice(1, 3)).toEqual(['2017', '2017']);
  });

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

  it('carries the time of a run of figures to the next sentence, and the day of the paragraph before', () => {
    expect(scopes('سجلت 20 حالة في 2016. وبلغت نسبة الوفيات 3 في المئة.', '2018-06-21').map((r) => r[1])).toEqual(['2016', '2016']);
    expect(scopes('وانهارت الخلافة في العام الحالي. وبقي 3000 مقاتل.', '2017-12-06')[0]?.slice(1, 3)).toEqual([undefined, undefined]);
    expect(scopes('أعلن الجيش في بيان السبت مقتل 45 مسلحا.\nودمر 3 مواقع.', '2018-06-23').map((r) => r[1])).toEqual(['2018-06-23', '2018-06-23']);
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

  it('gives an age no time: it is how old someone is, not what happened in a period', () => {
    expect(scopes('وأصبح رونالدو (33 عاما) أول لاعب ينتقل إلى يوفنتوس الثلاثاء.\nوقتلت طفلة في السادسة من العمر و3 رجال الأحد.', '2018-07-10').map((r) => r.slice(0, 3))).toEqual([
      ['33 عاما', undefined, undefined],
      ['السادسة من العمر', undefined, undefined],
      ['3 رجال', '2018-07-08', '2018-07-08'],
    ]);
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

  it('takes a year written with an abbreviated era, whose dot the sentence splitter reads as an end', () => {
    expect(scopes('قتل نحو 300 شخص في عام 150 ق.م. في المدينة.', '2018-03-20')[0]).toEqual(['نحو 300 شخص', '-0149', '-0149', false]);
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

  it('carries a period to later paragraphs only from a sentence that counts something', () => {
    const last = (text: string): unknown => scopes(text, '2018-09-10').at(-1)?.slice(0, 3);
    expect(last('عنوان\n\nحصد اللاعب 5 ألقاب في 2016.\nوحصد اللاعب 3.8 مليون دولار.')).toEqual(['3.8 مليون دولار', '2016', '2016']);
    // "الألقاب الأربعة" and "وقت واحد" qualify their nouns: nothing is counted in 2016.
    expect(last('عنوان\n\nوهو الذي حمل الألقاب الأربعة في وقت واحد في 2016.\nوحصد اللاعب 3.8 مليون دولار.')).toEqual(['3.8 مليون دولار', undefined, undefined]);
  });
});
