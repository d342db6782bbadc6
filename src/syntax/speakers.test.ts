/**
 * The speaker rules, each on sentences written for it, read through the public
 * extractor: who speaks for each figure, with text and offsets.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from '../claims/extract.js';

/** The speaker text of each claim, in reading order. */
const speakers = (text: string): Array<string | null> => extractQuantClaims(text).map((c) => c.speaker?.text ?? null);
/** Each claim's speaker and the role the speaker phrase gives. */
const roles = (text: string): Array<[string | undefined, string | null | undefined]> => extractQuantClaims(text).map((c) => [c.speaker?.text, c.speaker?.role]);

describe('speakers', () => {
  it('an unnamed source takes the body it belongs to, after في or ب glued to the body’s head', () => {
    const text = 'وقال مسؤول في وزارة الخارجية إن الولايات المتحدة ستقطع 25 مليون دولار.';
    const [claim] = extractQuantClaims(text);
    expect(claim!.speaker).toMatchObject({ text: 'مسؤول في وزارة الخارجية', kind: 'anonymous' });
    expect(text.slice(claim!.speaker!.span.start, claim!.speaker!.span.end)).toBe('مسؤول في وزارة الخارجية');
    expect(speakers('وقال مسؤول بوزارة الدفاع إن 30 جنديا قتلوا.')).toEqual(['مسؤول بوزارة الدفاع']);
    expect(speakers('وقال مسؤول أمريكي في وزارة الخارجية إن 30 جنديا قتلوا.')).toEqual(['مسؤول أمريكي في وزارة الخارجية']);
    // A time after في is no body.
    expect(speakers('وقال مسؤولون في الأيام الأخيرة إن 30 جنديا قتلوا.')).toEqual(['مسؤولون']);
  });

  it('the ل of وفقا ل glued to the source is no part of it, except where the article joins them', () => {
    const text = 'قتل 30 شخصا، وفقا لوزارة الصحة.';
    const speaker = extractQuantClaims(text)[0]!.speaker!;
    expect([speaker.text, text.slice(speaker.span.start, speaker.span.end)]).toEqual(['وزارة الصحة', 'وزارة الصحة']);
    expect(speakers('ارتفع الدين إلى 82.9 مليار دولار، وفقاً لنشرة طرح السندات المصرية.')).toEqual(['نشرة طرح السندات المصرية']);
    // لل: the ل and the article cannot be cut apart in the text.
    expect(speakers('قتل 30 شخصا وفقا للأمم المتحدة.')).toEqual(['للأمم المتحدة']);
  });

  it('an office for a body with no name after it is the office, not a man called وزارة', () => {
    expect(speakers('وقال المتحدث باسم وزارة الدفاع إن 30 جنديا قتلوا.')).toEqual(['المتحدث باسم وزارة الدفاع']);
    expect(speakers('وقال المتحدث باسم وزارة الدفاع العقيد أحمد الزيدي إن 30 جنديا قتلوا.')).toEqual(['أحمد الزيدي']);
    expect(speakers('وقال حزب تقدم في بيان إن 30 شخصا قتلوا.')).toEqual(['حزب تقدم']);
  });

  it('a known place or body without the article after an office completes the office, not the name', () => {
    expect(roles('وقال رئيس وزراء بريطانيا تيريزا ماي إن 30 شخصا قتلوا')).toEqual([['تيريزا ماي', 'رئيس وزراء بريطانيا']]);
    expect(roles('وقال عمدة لندن صادق خان إن 30 شخصا قتلوا')).toEqual([['صادق خان', 'عمدة لندن']]);
  });

  it('a place named by its head after an office completes it; a loan name in يه is a name', () => {
    expect(roles('وقال حاكم ولاية دورانغو خوسيه إسبورو إن 5 أشخاص قتلوا')).toEqual([['خوسيه إسبورو', 'حاكم ولاية دورانغو']]);
    expect(speakers('وقال محافظ مدينة الموصل إن 30 شخصا قتلوا.')).toEqual(['محافظ مدينة الموصل']);
  });

  it('a name in apposition after the office, between commas, is the speaker', () => {
    expect(speakers('وقالت رئيسة الوزراء البريطانية، تيريزا ماي، إن 30 شخصا أصيبوا.')).toEqual(['تيريزا ماي']);
    expect(speakers('وقال مدير المرصد، رامي عبد الرحمن، إن 30 شخصا قتلوا.')).toEqual(['رامي عبد الرحمن']);
    expect(speakers('وقال وزير الخارجية، الذي زار بغداد، إن 30 شخصا قتلوا.')).toEqual(['وزير الخارجية']);
  });

  it('an abbreviated title (د.) neither ends the sentence nor the speaker, and a title without the article is one', () => {
    const text = 'وقال د. محمد معيط إن العجز بلغ 9% في العام الماضي.';
    const [claim] = extractQuantClaims(text);
    expect(claim!.speaker).toMatchObject({ text: 'محمد معيط', kind: 'person' });
    expect(text.slice(claim!.speaker!.span.start, claim!.speaker!.span.end)).toBe('محمد معيط');
    expect(speakers('وقال دكتور محمد معيط إن العجز بلغ 9%.')).toEqual(['محمد معيط']);
    // After a number the letter is a mark that may end a sentence: the next sentence has its own speaker.
    expect(speakers('بني المعبد في عام 300 م. وقال الباحث إن طوله 40 مترا.')).toEqual(['الباحث']);
  });

  it('an attribution set off by a comma covers every figure before it in its sentence', () => {
    const text = 'توفي 15 شخصا ونقل أكثر من 900 شخص إلى المستشفيات في أول أسبوعين من يوليو، وفق أرقام رسمية.';
    const claims = extractQuantClaims(text);
    expect(claims.map((c) => c.speaker?.text ?? null)).toEqual(['أرقام رسمية', 'أرقام رسمية']);
    const s = claims[0]!.speaker!;
    expect(text.slice(s.span.start, s.span.end)).toBe('أرقام رسمية');
    expect(s.kind).toBe('anonymous');
    expect(speakers('وترك الإعصار قرابة 500 ألف شخص دون كهرباء في ثلاث ولايات، حسبما ذكرت خدمات الطوارئ.')).toEqual(['خدمات الطوارئ', 'خدمات الطوارئ']);
  });

  it('an unnamed officer or members of parliament speak as anonymous sources', () => {
    expect(extractQuantClaims('وقال ضابط بحري إن 5 مهاجرين غرقوا.')[0]!.speaker).toMatchObject({ text: 'ضابط بحري', kind: 'anonymous' });
    expect(extractQuantClaims('وقال نواب إن الحكومة أنفقت 3 ملايين دولار.')[0]!.speaker).toMatchObject({ text: 'نواب', kind: 'anonymous' });
  });

  it('a source the speaker cites or is relayed by does not speak over the speaker', () => {
    expect(speakers('وذكرت المنظمة في تقرير، بحسب ما نقلت وكالة الأناضول، أنه تم تسجيل الحالات في 20 محافظة.')).toEqual(['المنظمة']);
    expect(speakers('وقال المتحدث باسم الدفاع المدني جون سميث إنه بحسب الحصيلة الأولية قد يكون هناك 40 مصابا.')).toEqual(['جون سميث']);
  });

  it('a document speaks for its figures, and a report of a body is the body’s', () => {
    expect(extractQuantClaims('أظهرت بيانات رسمية ارتفاع التضخم بنسبة 2.5 في المائة.')[0]!.speaker).toMatchObject({ text: 'بيانات رسمية', kind: 'anonymous' });
    expect(speakers('حيث أظهرت بيانات مجلس التنمية الاقتصادية توسع قطاع الفنادق بنسبة 9.5%.')).toEqual(['بيانات مجلس التنمية الاقتصادية']);
    expect(extractQuantClaims('وتجاوزت الحالات مليون حالة، وفق تقارير سابقة لمنظمة الصحة العالمية.')[0]!.speaker).toMatchObject({ text: 'لمنظمة الصحة العالمية', kind: 'organisation' });
     expect(speakers('وارتفع عدد اللاجئين إلى 5 ملايين بحسب تقرير للأمم المتحدة.')).toEqual(['للأمم المتحدة']);
    // A common noun after ل is the document's complement, not its author: an opinion poll, a population survey.
    expect(speakers('وأبدى 83 بالمئة آراء سلبية، حسبما أظهر استطلاع للرأي أجراه مركز "بيو".')).toEqual(['استطلاع للرأي أجراه مركز "بيو"']);
    expect(speakers('وبلغ عدد السكان 5 ملايين بحسب مسح للسكان.')).toEqual(['مسح للسكان']);
  });

  it('a body named by its head and its own name is a body, with what it does after ل', () => {
    expect(extractQuantClaims('وقالت شركة أرامكو إن الإنتاج بلغ 10 ملايين برميل.')[0]!.speaker).toMatchObject({ text: 'شركة أرامكو', kind: 'organisation' });
    expect(extractQuantClaims('وقالت جامعة لندن إن 30 طالبا أصيبوا.')[0]!.speaker).toMatchObject({ text: 'جامعة لندن', kind: 'organisation' });
    expect(speakers('وقالت شركة بيكر هيوز لخدمات الطاقة إن عدد الحفارات انخفض إلى 859 حفارا.')).toEqual(['شركة بيكر هيوز لخدمات الطاقة']);
    expect(speakers('وقال مركز بيو للأبحاث إن 30 في المئة يؤيدون القرار.')).toEqual(['مركز بيو للأبحاث']);
  });

  it('a subject before its verb leaves the particle قد out, and أن opens no subject', () => {
    expect(speakers('وكانت مجموعة فولكسفاغن قد اعترفت بأنها زودت 11 مليون سيارة ببرنامج مخالف.')).toEqual(['مجموعة فولكسفاغن']);
    expect(speakers('وبعد أن سجل أربعة أهداف في الجولتين الأوليين، أهدر المهاجم ركلة جزاء.')).toEqual([null]);
  });

  it('a verb of record with its object after it, or with no subject, names no speaker', () => {
    expect(speakers('ونمت الصادرات بنسبة 5% وسجلت رقما قياسيا عند 700 مليون دولار.')).toEqual([null, null]);
    expect(speakers('وقال المدرب إن الفريق جاهز.\nوسجل 23 هدفا هذا الموسم.')).toEqual([null]);
  });

  it('a verb of record names a body, a document, a quoted or a known name, not what the figure measures', () => {
    expect(speakers('ووثقت المنظمة 78 حالة اختفاء.')).toEqual(['المنظمة']);
    expect(speakers('ورصدت قوات الدفاع الجوي إطلاق 7 صواريخ.')).toEqual(['قوات الدفاع الجوي']);
    expect(speakers('وسجلت القروض الاستهلاكية ارتفاعا بنسبة 8.8%.')).toEqual([null]);
    expect(speakers('وسجل راشفورد الهدفين في مباراة انتهت 2-1.')).toEqual([null, null]);
  });

  it('an attribution with و opens a clause of its own; a document and its number still report', () => {
    expect(speakers('هذا وقد رصدت “عين اليوم” ازدحاما كبيرا، وبحسب مراسلنا أن 500 شخص انتظروا.')).toEqual(['مراسلنا']);
    expect(speakers('وأوضح التقرير الـ 51 أن القروض زادت بنسبة 8.8%.').at(-1)).toBe('التقرير');
  });

  it('a forecast is its forecaster’s; an impersonal one continues no one', () => {
    expect(speakers('وتوقع مركز الأرصاد الجوية أن تصل درجة الحرارة إلى 45 درجة مئوية.')).toEqual(['مركز الأرصاد الجوية']);
    expect(speakers('وقال الوزير إن الخطة جاهزة.\nويتوقع أن يصل عدد الزوار إلى 5 ملايين زائر.')).toEqual([null]);
  });

  it('a verb whose subject is followed by a figure does not report: أضاف is "added"', () => {
    expect(speakers('وأضافت شركات الطاقة الأميركية 15 منصة حفر نفطية.')).toEqual([null]);
  });

  it('نقل with no source after عن is "moved", not "reported"', () => {
    expect(speakers('وقال الوزير إن الوضع مستقر.\nونقل أكثر من 900 شخص إلى المستشفيات.')).toEqual([null]);
  });

  it('a place before a headline colon says where, not who', () => {
    expect(speakers('المكسيك: إصابة 85 شخصا في تحطم طائرة')).toEqual([null]);
    expect(speakers('التحالف: قتلنا 300 من عناصر داعش')).toEqual(['التحالف']);
  });

  it('a document runs on to its author', () => {
    expect(speakers('وأظهرت دراسة أجراها مكتب الإحصاءات للوزارات الاجتماعية أن فرنسا أنفقت 714.5 مليار يورو.')).toEqual([
      'دراسة أجراها مكتب الإحصاءات للوزارات الاجتماعية',
    ]);
  });

  it('a construct whose complement goes on with و keeps it', () => {
    expect(speakers('ونقل 2700 شخص إلى المستشفى، وفقا لوكالة إدارة الحرائق والكوارث.')).toEqual(['وكالة إدارة الحرائق والكوارث']);
  });

  it('a figure alone in brackets is the writer’s aside: a conversion or an age', () => {
    expect(speakers('وأعلن الأمير الوليد بن طلال، شراء حصة بصفقة قيمتها 950 مليون ريال (250 مليون دولار).')).toEqual(['الوليد بن طلال', null]);
    expect(speakers('الرياض - واس\nوقال المتحدث إن قوة الدفع تبلغ 11 مليون باوند (أي 5500 طن).')).toEqual(['المتحدث', 'واس']);
    expect(speakers('وقالت جاكلين فلوريس (47 عاما) إن الطائرة سقطت.')).toEqual([null]);
  });

  it('the word after a joiner stays in the name', () => {
    expect(speakers('ويتواجد 65 من القادة في البلدة، بحسب ما ذكر مدير المرصد رامي عبد الرحمن لوكالة فرانس برس.')).toEqual(['رامي عبد الرحمن']);
  });

  it('after لما the verb may carry its object pronoun: the speaker follows it', () => {
    expect(speakers('وأصيب 30 شخصا، وفقا لما ذكرته وزارة الصحة.')).toEqual(['وزارة الصحة']);
    expect(speakers('وأصيب 30 شخصا، بحسب ما أعلنه المتحدث باسم الجيش.')).toEqual(['المتحدث باسم الجيش']);
  });

  it('the outlet or people spoken to are no speaker: after the verb they are passed over, after the speaker they end it', () => {
    expect(speakers('وقال لرويترز مسؤول في الوزارة إن 30 شخصا أصيبوا.')).toEqual(['مسؤول في الوزارة']);
    expect(speakers('وقال الوزير لرويترز إن 30 شخصا أصيبوا.')).toEqual(['الوزير']);
    expect(speakers('وقال للصحفيين إن 30 شخصا أصيبوا.')).toEqual([null]);
    // A name that only begins with ل speaks; after an attribution the agency is the source.
    expect(speakers('وقال لافروف إن 30 شخصا أصيبوا.')).toEqual(['لافروف']);
    // (The span keeps the glued ل for now; the agency is what it names.)
    expect(speakers('وأصيب 30 شخصا، وفقاً لوكالة إدارة الحرائق.')[0]).toContain('وكالة إدارة الحرائق');
  });

  it('a known body glued to ل completes an office when a name follows it; speech after it makes it the outlet', () => {
    expect(speakers('وقال المدير الإقليمي لمنظمة الصحة العالمية أحمد المنظري إن 300 شخص أصيبوا')).toEqual(['أحمد المنظري']);
    expect(speakers('وقال الوزير لرويترز إن 300 شخص أصيبوا')).toEqual(['الوزير']);
  });

  it('after ما a preposition with its pronoun is no verb, and names no source', () => {
    expect(speakers('وقتل 20 شخصا، وفقا لما نشرته الشركة')).toEqual(['الشركة']);
    expect(speakers('وقتل 20 شخصا، بحسب ما لديه من معلومات')).toEqual([null]);
  });

  it('a particle that opens a new clause ends the speaker', () => {
    expect(speakers('وقال لبي بي سي أما محمد إبراهيم إن الاشتراك بلغ 40 جنيها.')).toEqual([null]);
  });

  it('a family name with the article stays in the name, after an office or after the verb', () => {
    const kinds = (text: string) => extractQuantClaims(text).map((c) => [c.speaker?.text ?? null, c.speaker?.kind ?? null]);
    expect(kinds('وقال وزير الخارجية عادل الجبير إن عدد النازحين تجاوز 270 ألفا.')).toEqual([['عادل الجبير', 'person']]);
    expect(kinds('وقال عادل الجبير إن عدد النازحين تجاوز 270 ألفا.')).toEqual([['عادل الجبير', 'person']]);
    // The complement of an office (ل and a definite noun, a place after في) is no name; the name after it is.
    expect(kinds('وقال الناطق باسم المفوضية السامية لشؤون اللاجئين في الأردن محمد الحواري إن العدد تجاوز 270 ألفا.')).toEqual([['محمد الحواري', 'person']]);
    // A known name that begins with ل is no complement, before a day too.
    expect(speakers('أعلن وزير الخارجية الفرنسي جان إيف لودريان الجمعة أن فرنسا ستمنح 550 مليون يورو.')).toEqual(['جان إيف لودريان']);
    // A place after an office with no name after it ends the speaker.
    expect(speakers('وبحسب مسؤول في المطار كانت الطائرة تحمل 67 راكباً.')).toEqual(['مسؤول']);
    expect(speakers('أعلن مسؤولون في الاتحاد الأوربي أنهم يدرسون فرض رسوم بنسبة 25 في المئة.')).toEqual(['مسؤولون في الاتحاد الأوربي']);
  });
});

describe('speakers read sentence by sentence', () => {
  it('a verb with no subject keeps the last named speaker, sentences back, across sentences with no figure', () => {
    const text =
      'وقال وزير المالية أحمد سالم إن الحكومة ستراجع الموازنة. وأوضح أن المراجعة ستبدأ الشهر المقبل. وتابع أن اللجان ستجتمع أسبوعيا. وأضاف أن العجز بلغ 12 مليار دولار.';
    const [claim] = extractQuantClaims(text);
    expect(claim!.speaker!.text).toBe('أحمد سالم');
    expect(text.slice(claim!.speaker!.span.start, claim!.speaker!.span.end)).toBe('أحمد سالم');
    // With no named speaker anywhere before, the figure is the outlet's (none here).
    expect(speakers('وأوضح أن المراجعة ستبدأ الشهر المقبل. وأضاف أن العجز بلغ 12 مليار دولار.')).toEqual([null]);
  });

  it('an attribution opening the next sentence is read though no figure stands in it', () => {
    expect(speakers('ارتفع عدد القتلى إلى 40 شخصا. بحسب ما قال الناطق باسم الشرطة.')).toEqual(['الناطق باسم الشرطة']);
  });

  it('a quotation running over sentences is its opener’s', () => {
    const text = 'وقال المتحدث باسم الجيش سامي نور: «تقدمت القوات. وسيطرت على 12 قرية».';
    expect(speakers(text)).toEqual(['سامي نور']);
  });
});
