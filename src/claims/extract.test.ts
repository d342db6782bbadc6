import { describe, expect, it } from 'vitest';
import { createClaimExtractor, extractQuantClaims } from './extract.js';
import { boundPhrases, boundVerbParticles, boundVerbs } from './lexicon/bounds.js';
import { boundVerbPhrases } from './lexicon.js';
import { countUnits, measureUnits } from '../syntax/lexicon/units.js';
import type { Claim } from '../model.js';

function claims(text: string): Claim[] {
  const found = extractQuantClaims(text);
  for (const c of found) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  return found;
}

const one = (text: string): Claim => {
  const found = claims(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the corpus traps', () => {
  it('"22.000 ألف" is 22000', () => {
    expect(one('ومنهم 22.000 ألف من مقاتلي البشمركة الكردية').value).toBe(22000);
  });

  it('"ما يقل 3000" is lessThan, as one outlet wrote it', () => {
    const c = one('أن ما يقل 3000 مقاتلاً من تنظيم الدولة الإسلامية مازالوا في العراق');
    expect([c.text, c.bound, c.min, c.max]).toEqual(['ما يقل 3000 مقاتلاً', 'lessThan', null, 3000]);
  });

  it('the headline "3000 مقاتل على الأقل" is atLeast while the body says fewer: both are claims', () => {
    const [headline, body] = claims('التحالف: تنظيم “داعش” لا زال يملك 3000 مقاتل على الأقل\n\nقال المتحدث أن ما يقل 3000 مقاتلاً من داعش مازالوا في العراق.');
    expect([headline!.bound, headline!.min, headline!.max]).toEqual(['atLeast', 3000, null]);
    expect([body!.bound, body!.min, body!.max]).toEqual(['lessThan', null, 3000]);
  });

  it('"أكثر من 4.5 مليون عراقي و 52.200 كيلومتر مربع" gives two claims', () => {
    const [people, area] = claims('تحرير أكثر من 4.5 مليون عراقي و 52.200 كيلومتر مربع من الأراضي');
    expect([people!.value, people!.bound, people!.unit?.lemma]).toEqual([4500000, 'moreThan', 'عراقي']);
    expect([area!.value, area!.bound, area!.unit?.lemma, area!.unit?.kind]).toEqual([52200, 'exact', 'كيلومتر مربع', 'area']);
  });

  it('"سبعة ملايين و500 ألف" is 7500000', () => {
    expect(one('أعلن عن تحرير سبعة ملايين و500 ألف شخص من قبضة التنظيم').value).toBe(7500000);
  });

  it('"نحو ثلاثة آلاف وخمسمئة جندي" is approximately 3500 soldiers', () => {
    const c = one('ستخفض عديد قواتها في العراق إلى نحو ثلاثة آلاف وخمسمئة جندي');
    expect([c.value, c.bound, c.unit?.lemma]).toEqual([3500, 'approximate', 'جندي']);
  });

  it('"ثلث مساحة العراق" and "بنحو الثلث" are fractions', () => {
    const whole = one('عبر التنظيم إلى ثلث مساحة العراق');
    expect([whole.value, whole.unit?.kind, whole.subject?.text]).toEqual([1 / 3, 'fraction', 'العراق']);
    const part = one('ستخفض مستويات القوات بنحو الثلث');
    expect([part.value, part.bound, part.unit?.kind]).toEqual([1 / 3, 'approximate', 'fraction']);
  });

  it('the 801 civilians cover August 2014 to October 2017', () => {
    const c = one('ويقول التحالف أن ضرباته قتلت عن غير عمد ما لا يقل عن 801 مدنياً بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017، وهو رقم أقل');
    expect([c.time?.start, c.time?.end, c.predicate, c.speaker?.text]).toEqual(['2014-08', '2017-10', 'قتل', 'التحالف']);
  });

  it('"3000 عنصر" in 004 is US troops, not ISIS fighters', () => {
    const c = one('قررت الولايات المتحدة في الشهر الماضي، تقليص عدد قواتها في العراق إلى 3000 عنصر.');
    expect([c.unit?.lemma, c.subject?.text, c.predicate, c.change]).toEqual(['عنصر', 'الولايات المتحدة', 'خفض', 'down']);
  });
});

describe('bounds', () => {
  it('gives each bound its interval', () => {
    expect(one('قتل أكثر من 300 شخص')).toMatchObject({ bound: 'moreThan', value: 300, min: 300, max: null });
    expect(one('قتل أقل من 300 شخص')).toMatchObject({ bound: 'lessThan', value: 300, min: null, max: 300 });
    expect(one('قتل ما لا يقل عن 300 شخص')).toMatchObject({ bound: 'atLeast', value: 300, min: 300, max: null });
    expect(one('قتل ما لا يزيد على 300 شخص')).toMatchObject({ bound: 'atMost', value: 300, min: null, max: 300 });
    // An approximate figure asserts a tenth either side: the one interval claims and alignment share.
    expect(one('قتل نحو 300 شخص')).toMatchObject({ bound: 'approximate', value: 300, min: 270, max: 330 });
    expect(one('قتل 300 شخص')).toMatchObject({ bound: 'exact', value: 300, min: 300, max: 300 });
  });

  it('reads ranges, with the scale of the second end applied to the first', () => {
    expect(one('فر بين 15 و20 ألف شخص')).toMatchObject({ bound: 'range', value: null, min: 15000, max: 20000, text: 'بين 15 و20 ألف شخص' });
    expect(one('من 10 إلى 20 دولارا')).toMatchObject({ bound: 'range', min: 10, max: 20 });
    expect(one('ما بين ثلاثة وخمسة آلاف مقاتل')).toMatchObject({ bound: 'range', min: 3000, max: 5000 });
  });

  it('reads vague quantities with their interval', () => {
    expect(one('نزح عشرات الآلاف من المدنيين')).toMatchObject({ bound: 'vague', value: null, min: 10000, max: 100000 });
    expect(one('قتل مئات الأشخاص')).toMatchObject({ bound: 'vague', min: 100, max: 1000 });
    expect(claims('بعد بضعة أسابيع')).toEqual([]);
  });

  it('reads comparison signs and ranges written with a sign', () => {
    expect(one('نسبة > 30 في المئة')).toMatchObject({ bound: 'moreThan', text: '> 30 في المئة' });
    expect(one('عدد <= 100 شخص')).toMatchObject({ bound: 'atMost', text: '<= 100 شخص' });
    expect(one('بين 1000 - 5000 شخص')).toMatchObject({ bound: 'range', min: 1000, max: 5000 });
    expect(one('نحو 20 ~ 100 شخص')).toMatchObject({ bound: 'range', min: 20, max: 100 });
    expect(claims('بين 2014 - 2017').filter((c) => c.bound === 'range')).toEqual([]);
  });

  it('keeps the glued و out of the claim text', () => {
    expect(one('تحرير وأكثر من 52200 كيلومتر مربع').text).toBe('أكثر من 52200 كيلومتر مربع');
  });

  const before = boundPhrases.filter((b) => b.position === 'before');
  it.each(before.map((b) => [b.phrase, b.bound] as const))('before: "%s" → %s', (phrase, bound) => {
    expect(one(`قال إن ${phrase} 300 شخص قتلوا`).bound).toBe(bound);
  });
  // Every form the engine writes of each bound verb: "لم تزد على 300" is at most 300, "ما يربو على 300" more than.
  const verbForms = boundVerbs.flatMap((v) => boundVerbPhrases(v, boundVerbParticles));
  it.each(verbForms.map((b) => [b.phrase, b.bound] as const))('bound verb: "%s" → %s', (phrase, bound) => {
    expect(one(`قال إن ${phrase} 300 شخص قتلوا`).bound).toBe(bound);
  });
  it('writes the forms of a bound verb', () => {
    const phrases = boundVerbPhrases({ present: 'يتجاوز', past: 'تجاوز', bound: 'moreThan' }, boundVerbParticles).map((b) => `${b.phrase}:${b.bound}`);
    expect(phrases).toEqual(
      expect.arrayContaining(['يتجاوز:moreThan', 'تتجاوز:moreThan', 'تجاوزت:moreThan', 'ما يتجاوز:moreThan', 'لا تجاوز:atMost', 'لم تجاوز:atMost', 'ألا يتجاوز:atMost']),
    );
    // The dropped ت only after a negation: "ما تجاوز" is the past.
    expect(phrases).toContain('ما يتجاوز:moreThan');
    expect(phrases).not.toContain('ما تجاوز:moreThan');
    const defective = boundVerbPhrases({ present: 'يتعدى', past: 'تعدى', jussive: 'يتعد', bound: 'moreThan' }, boundVerbParticles).map((b) => b.phrase);
    expect(defective).toEqual(expect.arrayContaining(['تعدت', 'لم يتعد', 'لم تتعد', 'لم تتعدى']));
    // Not تعد: "لم تعد" is "no longer".
    expect(defective).not.toContain('لم تعد');
  });
  it('reads a caller\'s bound verb with its negations', () => {
    const { extract } = createClaimExtractor({ lexicon: { boundVerbs: [{ present: 'ينوف', jussive: 'ينف', prepositions: ['على'], bound: 'moreThan' }] } });
    expect(extract('قتل ما ينوف على 300 شخص')[0]).toMatchObject({ bound: 'moreThan', value: 300 });
    expect(extract('قالوا إن القتلى لم ينف عددهم على 300 شخص')[0]).toMatchObject({ bound: 'atMost', value: 300 });
  });
  it('lets the phrase after a figure overrule a bound verb, whose negation may stand out of reach', () => {
    expect(one('قال إن النمو لم يكن يتجاوز أربعة في المئة على الأكثر')).toMatchObject({ bound: 'atMost', value: 4 });
    // "فقط" stresses the figure and leaves the verb's bound: "لا تتجاوز 40% فقط" is at most 40%.
    expect(one('نسبة الإنجاز لا تتجاوز 40% فقط')).toMatchObject({ bound: 'atMost', value: 40 });
  });
  it('takes no subject between the relative ما and its figure', () => {
    expect(one('باعت الشركة ما يفوق توقعات المحللين في 3 أسواق').bound).toBe('exact');
  });
  it('reads a bound verb of a preposition with its subject between', () => {
    expect(one('في البلدة التي يزيد عدد سكانها على 40 ألف نسمة').bound).toBe('moreThan');
    expect(one('على ألا يقل عمر المتسابق عن 21 عاما').bound).toBe('atLeast');
    expect(one('بينما لا يزيد الطلب المحلي عن 3% سنويا').bound).toBe('atMost');
  });
  it('reads a verb as the bound only when no preposition takes the figure', () => {
    expect(one('وتعدى المستوطنون على 50 دونما').bound).toBe('exact');
  });
  it('refuses a bound verb that is not a present of the third person', () => {
    expect(() => createClaimExtractor({ lexicon: { boundVerbs: [{ present: 'تجاوز', bound: 'moreThan' }] } })).toThrow(/boundVerbs.*present/u);
  });
  it('refuses a range sign or bound symbol longer than two characters, naming the table', () => {
    expect(() => createClaimExtractor({ lexicon: { rangeSigns: ['---'] } })).toThrow(/rangeSigns.*must be a mark of one or two characters, got "---"/u);
    expect(() => createClaimExtractor({ lexicon: { boundSymbols: [{ symbol: ' >', bound: 'moreThan' }] } })).toThrow(/boundSymbols.*symbol/u);
  });
  const after = boundPhrases.filter((b) => b.position === 'after');
  it.each(after.map((b) => [b.phrase, b.bound] as const))('after: "%s" → %s', (phrase, bound) => {
    expect(one(`قتل 300 شخص ${phrase}`).bound).toBe(bound);
  });
});

describe('reference words', () => {
  it('reads a reference word behind a preposition and an article written apart', () => {
    expect(claims('ويعد آخر ظهور للفريق بدور الـ 16 قبل سنوات')).toEqual([]);
    expect(claims('وصدر القرار برقم 5812 وتاريخه معروف')).toEqual([]);
    // Not a stem of two letters behind a clitic: "بسن الـ45" is a man's age.
    expect(claims('شارك في البطولة وهو بسن الـ45 قبل أن يعتزل').map((c) => c.value)).toContain(45);
  });
});

describe('a dual in the construct state', () => {
  it('counts the noun it governs', () => {
    expect(one('جمع الناشطون مليوني توقيع').value).toBe(2e6);
    expect(one('خصص ألفي دولار للمشروع').value).toBe(2000);
  });
  it('is a name with no noun after it', () => {
    expect(claims('وكان ألفي في المستشفى حين تدخل الأطباء')).toEqual([]);
    expect(claims('وكتب والدا ألفي البالغ عامين أنهما حزينان').map((c) => c.value)).not.toContain(2000);
    expect(claims('وقدمت العائلة الشكر لكل من ساند ألفي.')).toEqual([]);
    // Shown a name once, it is a name throughout the document.
    expect(claims('توفي الطفل ألفي إيفانز بعد صراع مع المرض. وكان ألفي في المستشفى منذ أشهر.').map((c) => c.value)).not.toContain(2000);
  });
});

describe('model and product numbers', () => {
  it('reads a number glued by a hyphen to a word as a designation', () => {
    expect(claims('أسقطت الدفاعات طائرة تي-72 فوق المدينة')).toEqual([]);
    expect(claims('سجلت 40 إصابة جديدة بكوفيد-19 أمس').map((c) => c.text)).toEqual(['40 إصابة']);
  });
  it('keeps a minus after a lone و', () => {
    expect(claims('تراجع المؤشر 2% في باريس و-3% في لندن').map((c) => c.value)).toEqual([2, 3]);
  });
  it('reads digits after a Latin name as the product, but not a figure with its unit', () => {
    expect(claims('أطلقت الشركة نظام Android 9 الجديد')).toEqual([]);
    expect(one('فقد حساب Rihanna 89 مليون متابع').value).toBe(89e6);
  });
  it('keeps a figure with its counted noun after a model name or a Latin name', () => {
    expect(one('باعت بوينغ 300 طائرة العام الماضي').value).toBe(300);
    expect(one('لدى حساب Rihanna 89 متابعا').value).toBe(89);
    expect(one('ارتفع سهم Apple 5% أمس').value).toBe(5);
    expect(one('وأسر اللواء 40 جنديا').value).toBe(40);
  });
  it('reads a model name behind a clitic of three letters or more only', () => {
    expect(claims('وقالت لفرانس24 إن المعبر مغلق')).toEqual([]);
    expect(one('وأحرز جون لاف 9 نقاط').value).toBe(9);
  });
  it('reads the minutes of goals in brackets after a scorer as no figures', () => {
    expect(claims('وفاز الفريق بثلاثة أهداف سجلها سمير (12 و40) وكريم (90+2).').map((c) => c.text)).toEqual(['بثلاثة أهداف']);
    // A count in brackets after a particle, or before its unit, stays a figure.
    expect(claims('خسر الفريق بنتيجة سيئة وسيغيب لمدة (6) أسابيع').map((c) => c.value)).toEqual([6]);
  });
  it('reads a score cue behind the article or before a possessive', () => {
    expect(claims('أصيب اللاعب خلال الفوز 3-0 على مرسيليا').map((c) => [c.value, c.unit?.lemma])).toEqual([
      [3, 'هدف'],
      [0, 'هدف'],
    ]);
    expect(claims('إثر تغلبه على مضيفه 4-1 في المرحلة').map((c) => c.unit?.lemma)).toEqual(['هدف', 'هدف']);
  });
  it('reads a minute in brackets before a goal behind ل, and a penalty shootout as a score', () => {
    expect(claims('أعلن الحكم ركلة جزاء سجلها كريم (41) لهدف التعادل.')).toEqual([]);
    expect(claims('وتأهل الفريق أمام ضيفه بفضل ركلات الترجيح 4-3.').map((c) => [c.value, c.unit?.lemma])).toEqual([
      [4, 'هدف'],
      [3, 'هدف'],
    ]);
  });
  it('keeps brackets after a name outside a sentence of scoring', () => {
    expect(one('ومثل أمام المحكمة المتهمون (23) أمس').value).toBe(23);
  });
  it('reads no score with a side over twenty', () => {
    expect(claims('وفاز الفريق في المباراة 150 -2').some((c) => c.unit?.lemma === 'هدف')).toBe(false);
  });
  it('reads a score whose second side carries the dash', () => {
    expect(claims('ثم هزم المنتخب ضيفه 4 -2 في المباراة').map((c) => [c.value, c.unit?.lemma])).toEqual([
      [4, 'هدف'],
      [2, 'هدف'],
    ]);
  });
  it('reads a brigade named by its number as no figure', () => {
    expect(claims('قصفت الطائرات مقر اللواء 93 في المدينة')).toEqual([]);
  });
  it('reads صفر as a side of a score', () => {
    expect(claims('خسر المنتخب أمام البرازيل بنتيجة صفر-3 في المباراة').map((c) => [c.value, c.unit?.lemma])).toEqual([
      [0, 'هدف'],
      [3, 'هدف'],
    ]);
    expect(claims('فاز الفريق على ضيفه 2 - صفر').map((c) => c.value)).toEqual([2, 0]);
  });
});

describe('units', () => {
  it('lemmatises case endings, tanween and sound plurals', () => {
    for (const form of ['مقاتلاً', 'مقاتلين', 'مقاتلون', 'مقاتل']) expect(one(`قتل 30 ${form}`).unit?.lemma).toBe('مقاتل');
    for (const form of ['مدنياً', 'مدنيًا', 'مدني', 'مدنيين']) expect(one(`قتل 30 ${form}`).unit?.lemma).toBe('مدني');
  });

  it('reads broken plurals from the table and unknown nouns by regular morphology', () => {
    expect(one('قتل 30 جنود').unit?.lemma).toBe('جندي');
    expect(one('قتل 30 أطفال').unit?.lemma).toBe('طفل');
    expect(one('قتلت 30 نساء').unit?.lemma).toBe('امراه');
    expect(one('دمرت 30 مدرعات').unit?.lemma).toBe('مدرعه');
  });

  it('reads the unit through a partitive من and before the number', () => {
    const partitive = one('درّب 125.000 من أفراد قوات الأمن العراقية');
    expect([partitive.unit?.lemma, partitive.subject?.text]).toEqual(['فرد', 'قوات الأمن العراقية']);
    const earlier = one('لم يتبق من مقاتلي داعش سوى أقل من ثلاثة آلاف');
    expect([earlier.unit?.lemma, earlier.subject?.text, earlier.text]).toEqual(['مقاتل', 'داعش', 'أقل من ثلاثة آلاف']);
  });

  it('reads percent and currencies', () => {
    expect(one('ارتفع بنسبة 40 في المئة').unit).toEqual({ text: 'في المئة', lemma: 'في المئه', singular: 'في المئة', kind: 'percent' });
    expect(one('ارتفع 40%').unit).toMatchObject({ text: '%', kind: 'percent' });
    expect(one('أنفق 5 ملايين دولار').unit).toMatchObject({ lemma: 'دولار', kind: 'currency', currency: 'USD' });
  });

  it.each(countUnits.map((u) => [u.lemma] as const))('count unit %s reads back', (lemma) => {
    expect(one(`أحصى 40 ${lemma} في المدينة`).unit?.kind).toBe('count');
  });
  it.each(measureUnits.map((u) => [u.lemma, u.kind] as const))('measure %s is %s', (lemma, kind) => {
    expect(one(`بلغ 40 ${lemma} تقريبا`).unit?.kind).toBe(kind);
  });
});

describe('not claims', () => {
  it('skips years, dates, times of day, durations, ordinals and numbered references', () => {
    expect(claims('في عام 2014 وفي 30/11/2017 عند الساعة 03:16 م')).toEqual([]);
    expect(claims('خلال ستة أعوام وقبل خمس سنوات')).toEqual([]);
    expect(claims('المرحلة الأولى والفصل الثالث')).toEqual([]);
    expect(claims('وفق المادة 25 من القرار 2254 والصفحة 12')).toEqual([]);
  });

  it('keeps a four-digit count that has a unit', () => {
    expect(one('قتل 2014 مدنياً').value).toBe(2014);
  });
});

describe('predicates', () => {
  const predicates = (text: string): Array<[string, string | null]> => claims(text).map((c) => [c.text, c.predicate]);

  it('reads every way a toll of the dead is written as one event', () => {
    expect(predicates('وفاة 12 عاملا في انهيار مبنى')).toEqual([['12 عاملا', 'قتل']]);
    expect(predicates('بينما غرق 30 شخصا أثناء العبور')).toEqual([['30 شخصا', 'قتل']]);
    expect(predicates('عثرت الفرق على جثث 9 صيادين')).toEqual([['9 صيادين', 'قتل']]);
  });

  it('tells the rescued and the carried from the dead', () => {
    expect(predicates('أنقذ الحرس 20 بحارا')).toEqual([['20 بحارا', 'انقذ']]);
    expect(predicates('أعلن الحرس فقدان 14 بحارا')).toEqual([['14 بحارا', 'فقد']]);
    expect(predicates('وكان آخر مركب غرق قبالة الساحل يقل 150 راكبا')).toEqual([['150 راكبا', 'حمل']]);
  });

  it('leaves an event word after the figure to the next clause when و or ف opens it, or a figure comes first', () => {
    expect(predicates('تم العثور على 14 جثة وإنقاذ 40 بحارا')).toEqual([
      ['14 جثة', null],
      ['40 بحارا', 'انقذ'],
    ]);
  });

  it('gives the whole a part is taken out of no predicate of the part', () => {
    expect(predicates('تم إنقاذ 12 من أصل 40 بحارا')).toEqual([
      ['12', 'انقذ'],
      ['40 بحارا', null],
    ]);
  });

  it('stops reading back at a word that opens a clause', () => {
    expect(predicates('تم إنقاذ 40 منهم كما تم العثور على 14 جثة')).toEqual([
      ['40 منهم', 'انقذ'],
      ['14 جثة', null],
    ]);
  });
});

describe('the incident of a toll', () => {
  const subjects = (text: string): Array<[string, string | null]> =>
    claims(text).map((c) => {
      if (c.subject) expect(text.slice(c.subject.span.start, c.subject.span.end)).toBe(c.subject.text);
      return [c.text, c.subject?.text ?? null];
    });

  it('reads the incident after a toll, behind a link word, up to a function word', () => {
    expect(subjects('قتل 20 بحارا بعد غرق السفينة التي كانوا على متنها قرب الساحل')).toEqual([['20 بحارا', 'غرق السفينة']]);
    // A clitic written apart before a quotation ends it: "لـ«داعش»".
    expect(subjects('مقتل 30 شخصا بتفجير انتحاري لـ«داعش» في سوروج')).toEqual([['30 شخصا', 'بتفجير انتحاري']]);
    expect(subjects('5 قتلى و40 جريحا في انهيار مبنى سكني بالعاصمة')).toEqual([
      ['5 قتلى', 'انهيار مبنى سكني بالعاصمة'],
      ['40 جريحا', 'انهيار مبنى سكني بالعاصمة'],
    ]);
  });

  it('reads past a comma before a link, a hashtag mark, and a preposition of place inside the description', () => {
    expect(subjects('انتشلت جثث 20 شخصا، إثر #انهيار منجم للفحم')).toEqual([['20 شخصا', 'انهيار منجم للفحم']]);
    expect(subjects('9 قتلى بحريق في مستودع للوقود')).toEqual([['9 قتلى', 'بحريق في مستودع للوقود']]);
  });

  it('reads the incident that a verb of cause before the toll has as its subject', () => {
    expect(subjects('أسفر انفجار صهريج وقود في المدينة عن مقتل 12 شخصا')).toEqual([['12 شخصا', 'انفجار صهريج وقود في المدينة']]);
  });

  it('gives no incident to a figure that is no toll, nor a lone word that refers back', () => {
    expect(subjects('كانت الحافلة تقل 40 راكبا في رحلة طويلة')).toEqual([['40 راكبا', null]]);
    expect(subjects('قتل 20 شخصا في الحادث')).toEqual([['20 شخصا', null]]);
  });

  it('does not take a second count joined by و as the owner of the first', () => {
    expect(subjects('سقط 7 قتلى وعشرات الجرحى')[0]).toEqual(['7 قتلى', null]);
  });
});

describe('vague words before a noun the tables do not know', () => {
  it('reads a definite sound plural after a vague word by regular morphology', () => {
    const text = 'اعتقلت الشرطة عشرات الناشطين أمس';
    expect(one(text)).toMatchObject({ text: 'عشرات الناشطين', bound: 'vague', min: 10, max: 100, unit: { lemma: 'ناشط' }, span: { start: text.indexOf('عشرات'), end: text.indexOf(' أمس') } });
    expect(claims('عاشت القرية منذ عشرات السنين')).toEqual([]);
  });
});

describe('tolls written as others', () => {
  it('reads a vague word with a word that refers back as a figure of the noun counted before it', () => {
    const text = 'أعلنت الشرطة مقتل 12 عاملا في المصنع.\nوقالت إن عشرات آخرين ما زالوا في المستشفى.';
    const found = claims(text);
    expect(found.map((c) => [c.text, c.bound, c.unit?.lemma])).toEqual([
      ['12 عاملا', 'exact', 'عامل'],
      ['عشرات آخرين', 'vague', 'عامل'],
    ]);
    expect(found[1]).toMatchObject({ min: 10, max: 100, span: { start: text.indexOf('عشرات'), end: text.indexOf(' ما زالوا') } });
  });

  it('does not count an event word after و with the noun before it', () => {
    expect(claims('أسفر الانفجار عن مقتل 12 شخصا وإصابة 30').map((c) => [c.text, c.unit?.lemma ?? null, c.predicate])).toEqual([
      ['12 شخصا', 'شخص', 'قتل'],
      ['30', null, 'اصاب'],
    ]);
    expect(one('قتل 34 رجلاً وطفلاً').text).toBe('34 رجلاً وطفلاً');
  });
});

describe('speakers', () => {
  it('prefers the name after a title to the description', () => {
    expect(one('وقال العقيد في الجيش الأمريكي “ريان ديلون” في تغريدة إن 3000 مقاتل بقوا').speaker?.text).toBe('ريان ديلون');
    expect(one('أكد المتحدث باسم قوات التحالف الدولي، العقيد مايلز كيغنز، أن 300 جندي بقوا').speaker?.text).toBe('مايلز كيغنز');
  });

  it('falls back to the description, and carries the speaker through the paragraph', () => {
    const [first, second] = claims('قال المتحدث باسم التحالف الدولي إن 300 مقاتل قتلوا. وأضاف أن 50 آخرين أسروا.');
    expect(first!.speaker?.text).toBe('المتحدث باسم التحالف الدولي');
    expect(second!.speaker?.text).toBe('المتحدث باسم التحالف الدولي');
  });

  it('reads attributions before and after the figure', () => {
    expect(one('قتل 300 مدني، بحسب البيان').speaker?.text).toBe('البيان');
    expect(one('وفق وكالة رويترز، قتل 300 مدني').speaker?.text).toBe('وكالة رويترز');
  });
});

describe('options and rules', () => {
  it('resolves relative time against publishedAt', () => {
    const c = extractQuantClaims('قال الجيش أمس إن 30 مسلحا قتلوا', { publishedAt: '2020-11-01' })[0]!;
    expect(c.time).toMatchObject({ text: 'أمس', start: '2020-10-31', end: '2020-10-31' });
  });

  it('takes extra rules at run time', () => {
    const extractor = createClaimExtractor({
      units: [{ lemma: 'مسيرة', kind: 'count', forms: ['مسيرات'] }],
      boundPhrases: [{ phrase: 'ما ينوف على', bound: 'moreThan', position: 'before' }],
      predicates: [{ stem: 'اسقط', forms: ['أسقط'] }],
    });
    const [c] = extractor.extract('أسقط الجيش ما ينوف على 12 مسيرات');
    expect([c?.unit?.lemma, c?.bound, c?.predicate]).toEqual(['مسيره', 'moreThan', 'اسقط']);
  });

  it('gives stable ids', () => {
    const text = 'قتل 300 مدني و50 جنديا';
    expect(extractQuantClaims(text).map((c) => c.id)).toEqual(extractQuantClaims(text).map((c) => c.id));
  });

  it('rejects non-strings with a TypeError', () => {
    expect(() => extractQuantClaims(5 as unknown as string)).toThrow(new TypeError('extractQuantClaims: text must be a string, got number'));
  });
});

describe('numbers as papers print them', () => {
  it('reads the unit after brackets or quotes around the figure, with the brackets in the claim', () => {
    expect(one('أنشأت الوزارة (73) مركزا للتدريب')).toMatchObject({ text: '(73) مركزا', value: 73, unit: { singular: 'مركز' } });
    expect(one('وصل «40» شخصا')).toMatchObject({ text: '«40» شخصا', value: 40 });
  });

  it('reads an age in brackets printed mirrored', () => {
    expect(one('وقال المهندس سامي 41) عاما) إن المشروع تأخر')).toMatchObject({ text: '41) عاما', value: 41, unit: { kind: 'age' } });
  });

  it('keeps a number in brackets after a reference word out', () => {
    expect(extractQuantClaims('نصت المادة (20) من القانون على ذلك')).toEqual([]);
  });

  it('reads a figure glued to its noun or unit, and leaves glued codes and years out', () => {
    expect(one('قتل 2150عراقيا في الهجوم')).toMatchObject({ text: '2150عراقيا', value: 2150, unit: { singular: 'عراقي' } });
    expect(one('على مسافة 40كم من المدينة')).toMatchObject({ text: '40كم', value: 40, unit: { kind: 'length' } });
    expect(claims('أريد ١٨٠ميلي لتر')).toEqual([]);
    expect(claims('في عام 1436هـ')).toEqual([]);
    expect(claims('طائرة F16 سقطت')).toEqual([]);
  });

  it('reads figures printed with ر, in brackets before their scale, and two figures of one scale', () => {
    expect(one('ارتفع الدخل إلى 935ر6 مليون ريال')).toMatchObject({ value: 6935000, unit: { currency: 'SAR' } });
    expect(one('تبرع بمبلغ (15) ألف ريال')).toMatchObject({ text: '(15) ألف ريال', value: 15000 });
    const between = claims('يتراوح عددهم بين 3 آلاف و5 آلاف مقاتل');
    expect(between).toHaveLength(1);
    expect(between[0]).toMatchObject({ bound: 'range', min: 3000, max: 5000 });
  });

  it('prices only measures and money per thing: a count with لل is for something', () => {
    expect(one('بلغ السعر 60 دولارا للبرميل').unit?.per).toBe('برميل');
    expect(one('أنشأت الوزارة 73 مركزا للتدريب').unit?.per).toBeUndefined();
  });
});

describe('units a sentence gives elsewhere', () => {
  it('a definite number counts the noun before it: "بدوله الـ28", "الأهداف الثلاثة"', () => {
    const text = 'متوسط الاتحاد الأوروبي بدوله الـ28، وصنع اللاعب الأهداف الثلاثة لزملائه';
    const [eu, goals] = claims(text);
    expect([eu!.text, eu!.value, eu!.unit?.singular, text.indexOf('بدوله')]).toEqual(['بدوله الـ28', 28, 'دولة', eu!.span.start]);
    expect([goals!.text, goals!.value, goals!.unit?.singular]).toEqual(['الأهداف الثلاثة', 3, 'هدف']);
    expect(claims('خلال الأشهر الثلاثة الماضية')).toEqual([]);
  });

  it('the noun a sentence has just counted: "13 قتيلاً، ستة منهم … وأربعة"', () => {
    const found = claims('خلف الإعصار 13 قتيلا، ستة منهم في هندوراس وأربعة في نيكاراغوا');
    expect(found.map((c) => [c.text, c.value, c.unit?.singular])).toEqual([
      ['13 قتيلا', 13, 'قتيل'],
      ['ستة منهم', 6, 'قتيل'],
      ['وأربعة', 4, 'قتيل'],
    ]);
    // Money does not carry over to a count.
    expect(claims('بلغت الخسائر 5 ملايين دولار وأصيب 12').at(-1)?.unit).toBeNull();
  });

  it('a definite sound plural after a partitive من is the counted noun, its adjective is not', () => {
    expect(claims('واعتقلت السلطات 250 من المحتجين المدنيين').map((c) => [c.text, c.unit?.singular])).toEqual([['250 من المحتجين', 'محتج']]);
    expect(claims('وأصدرت المحكمة أحكاما بحق 53 من المتهمين').map((c) => [c.text, c.unit?.singular])).toEqual([['53 من المتهمين', 'متهم']]);
    // A qualifying word without the article still stands before the counted noun.
    expect(claims('واعتقل 13 من كبار مساعديه').map((c) => c.text)).toEqual(['13 من كبار مساعديه']);
  });

  it('the currency of a sum whose scale word repeats the sum before it: "82.9 مليار دولار مقابل 79 مليارا"', () => {
    expect(claims('ارتفع الدين إلى 82.9 مليار دولار مقابل 79 مليارا في العام السابق').map((c) => [c.text, c.value, c.unit?.currency])).toEqual([
      ['82.9 مليار دولار', 82.9e9, 'USD'],
      ['79 مليارا', 79e9, 'USD'],
    ]);
    expect(claims('وزاد الاحتياطي إلى 42.6 مليار دولار في نهاية مارس من 42.5 مليار في فبراير.').at(-1)?.unit?.currency).toBe('USD');
    // Another scale says nothing of the currency.
    expect(claims('بلغت الصادرات 3 مليارات دولار و5 ملايين').at(-1)?.unit).toBeNull();
  });

  it('a classifier and the noun it classifies are one unit: "72 حالة وفاة"', () => {
    expect(one('سجلت المنظمة 72 حالة وفاة').unit).toMatchObject({ text: 'حالة وفاة', lemma: 'وفاه', singular: 'حالة وفاة' });
    expect(one('وسجلت حالة وفاة واحدة').text).toBe('حالة وفاة واحدة');
    expect(one('سجلت 50 حالة جديدة').unit?.singular).toBe('حالة');
  });

  it('points of a rate are percentage points, of an index counts', () => {
    expect(one('وتراجعت نسبة البطالة بـ0,7 نقطة').unit?.kind).toBe('percent');
    expect(one('وتراجع المؤشر 120 نقطة').unit?.kind).toBe('count');
  });
});

describe('vague quantities with nothing counted after them', () => {
  it('a definite or governed vague word is a figure: "بحياة العشرات", "الملايين", "لعشرات من الرجال"', () => {
    expect(one('موجة حر تودي بحياة العشرات في كيبيك')).toMatchObject({ text: 'العشرات', bound: 'vague', min: 10, max: 100, unit: null });
    expect(one('وخرج عشرات الآلاف إلى الشوارع')).toMatchObject({ text: 'عشرات الآلاف', min: 1e4, max: 1e5 });
    expect(one('الإخفاء القسري لعشرات من الرجال')).toMatchObject({ text: 'عشرات من الرجال', unit: { singular: 'رجل' } });
  });

  it('a toll of a vague word with no owner is of the incident its sentence names: "مقتل العشرات في تحطم طائرة"', () => {
    const text = 'نيبال: مقتل العشرات في تحطم طائرة في مطار كاتمندو';
    const dozens = one(text);
    expect(dozens).toMatchObject({ text: 'العشرات', bound: 'vague', subject: { text: 'تحطم طائرة في مطار كاتمندو' } });
    expect(text.slice(dozens.subject!.span.start, dozens.subject!.span.end)).toBe('تحطم طائرة في مطار كاتمندو');
    // A vague word that counts no toll takes no incident: those taking part in a protest.
    expect(one('شارك العشرات في تظاهرة أمام البرلمان').subject).toBeNull();
  });

  it('an indefinite one alone, one before a noun of time, and بضعة are not', () => {
    expect(claims('خرج آلاف إلى الشوارع')).toEqual([]);
    expect(claims('خلال آلاف السنين لم يكونوا')).toEqual([]);
    expect(claims('بعد بضعة أيام')).toEqual([]);
  });
});

describe('figures of nothing', () => {
  it('"ليس هناك على ما يبدو أشخاص" is 0 people, denied, with its words between', () => {
    const text = 'وقال المتحدث إنه ليس هناك على ما يبدو أشخاص أصيبوا بحروق';
    const c = one(text);
    expect([c.text, c.value, c.modality, c.unit?.singular, c.span.start]).toEqual(['ليس هناك على ما يبدو أشخاص', 0, 'denied', 'شخص', text.indexOf('ليس')]);
  });

  it('"أي" counts nothing of a group already counted, or far from its negation', () => {
    expect(claims('ولم يشاهد أي فرد منهم بعد ذلك')).toEqual([]);
    expect(claims('وليس هناك ما يدل على مثول أي فرد أمام القاضي')).toEqual([]);
  });
});

describe('an event word of its own ends an elided unit', () => {
  it('"عدد القتلى … 30 وأصيب 40": 30 dead, 40 of nothing said', () => {
    const found = claims('وقدر عدد القتلى في الهجوم بـ 30 وأصيب 40');
    expect(found.map((c) => [c.text, c.unit?.singular ?? null])).toEqual([
      ['30', 'قتيل'],
      ['40', null],
    ]);
  });
});

describe('units of two words and of two nouns', () => {
  it('two nouns joined by و are counted together: "34 رجلاً وطفلاً", "ربع مليون من المنازل والشركات"', () => {
    expect(one('أوقفت القوات 34 رجلا وطفلا عند نقاط تفتيش')).toMatchObject({ text: '34 رجلا وطفلا', unit: { lemma: 'رجل', singular: 'رجل وطفل' } });
    expect(one('انقطع التيار عن ربع مليون من المنازل والشركات')).toMatchObject({ value: 250000, unit: { singular: 'منزل وشركة' } });
  });

  it('a partitive with the article counts its noun, and a nationality after it owns it', () => {
    const c = one('درب أكثر من 240 ألف من القوات العراقية');
    expect([c.text, c.unit?.singular, c.subject?.text]).toEqual(['أكثر من 240 ألف من القوات', 'قوة', 'العراقية']);
  });

  it('a speed reads as one unit: "كيلومتر في الساعة"', () => {
    expect(one('بلغت سرعة الرياح 250 كيلومترا في الساعة').unit).toMatchObject({ lemma: 'كيلومتر', singular: 'كيلومتر في الساعة', kind: 'speed', per: 'ساعة' });
  });
});

describe('numbers that are no figures', () => {
  it('"ق.م." after a number, and a life in brackets, are years', () => {
    expect(claims('استولوا على شمال أفريقيا منذ 150 ق.م. ( أنظر قرطاج )')).toEqual([]);
    expect(claims('محمد عبده ( 1849 - 1905 ) امتدح المدرسة')).toEqual([]);
  });

  it('"واحداً من" is one of; "اثنين من" counts two of them', () => {
    expect(claims('التي تجعله واحداً من أبرز الفنانين')).toEqual([]);
    expect(one('بالسجن على بديع واثنين من قيادات الجماعة').unit?.singular).toBe('قيادي');
  });

  it('"في وقت واحد" and "دفعة واحدة" are "at once"', () => {
    expect(one('تستوعب ألفي شخص في وقت واحد').text).toBe('ألفي شخص');
    expect(claims('ينزعن دفعة واحدة جلاليبهن')).toEqual([]);
  });
});

describe('figures written without a number', () => {
  it('a bound and a singular counted noun is one: "بأكثر من نقطة" of a rate is a percentage point', () => {
    expect(one('وشهدت نسبة البطالة تراجعا بأكثر من نقطة خلال سنة')).toMatchObject({ text: 'أكثر من نقطة', value: 1, min: 1, max: null, bound: 'moreThan', unit: { kind: 'percent' } });
  });

  it('an ordinal, من and a word of age is an age: "في السادسة من العمر"', () => {
    expect(one('وتوفي طفل في السادسة من العمر بعد إصابته')).toMatchObject({ text: 'السادسة من العمر', value: 6, unit: { kind: 'age', singular: 'عام' } });
  });
});

describe('model numbers in quotation marks', () => {
  it('a number closing a short quoted name is part of it: "فالكون 9", « كي جي 320 »', () => {
    expect(claims('عبر صاروخ "فالكون 9" الذي استخدمته الشركة')).toEqual([]);
    expect(claims('وهو موديل « كي جي 320 » المصمم لرجال الأعمال')).toEqual([]);
    expect(one('وقال إن القتلى «بلغوا 30»').value).toBe(30);
  });
});

describe('whose a sum, a distance or an age is', () => {
  const subjects = (text: string): Array<[string, string | null]> =>
    claims(text).map((c) => {
      if (c.subject) expect(text.slice(c.subject.span.start, c.subject.span.end)).toBe(c.subject.text);
      return [c.text, c.subject?.text ?? null];
    });

  it('a sum is of the noun phrase before a cue of value, or after one in construct', () => {
    expect(subjects('وبموجب صفقة بقيمة 112 مليون يورو، يلعب')).toEqual([['112 مليون يورو', 'صفقة']]);
    expect(subjects('وافق على الشريحة الرابعة بقيمة 2 مليار دولار من قرض الصندوق البالغ إجماليه 12 مليار دولار')).toEqual([
      ['2 مليار دولار', 'الشريحة الرابعة'],
      ['12 مليار دولار', 'قرض الصندوق'],
    ]);
    expect(subjects('من قرض تبلغ قيمته الإجمالية 12 مليار دولار')).toEqual([['12 مليار دولار', 'قرض']]);
    expect(subjects('وتبلغ قيمة هذه الشريحة 2.2 مليار دولار')).toEqual([['2.2 مليار دولار', 'الشريحة']]);
  });

  it('a sum with no cue of value, and a cue with no noun before it, give no owner', () => {
    expect(subjects('ودفعت الحكومة 5 ملايين دولار أمس')).toEqual([['5 ملايين دولار', null]]);
    expect(subjects('بقيمة 5 ملايين دولار')).toEqual([['5 ملايين دولار', null]]);
    // The unit of the figure before, a verb, a complement behind a preposition: no owner.
    expect(subjects('استحوذ القطاع على السيولة بنسبة 17 في المائة بقيمة 578 مليون ريال')[1]).toEqual(['578 مليون ريال', null]);
    expect(subjects('كما ينمو سنويا ليصل حجمه إلى 2 مليار دولار')).toEqual([['2 مليار دولار', null]]);
    expect(subjects('وتسوية مبالغ متراكمة للبنك المركزي بقيمة ملياري يورو')).toEqual([['ملياري يورو', null]]);
  });

  it('a relative clause after a cue in construct owns a sum further on', () => {
    expect(subjects('ترتفع قيمة ما حصلت عليه مصر حتى الآن من صندوق النقد الدولي إلى 8 مليارات دولار')).toEqual([['8 مليارات دولار', 'ما حصلت عليه مصر']]);
    expect(subjects('يصبح إجمالي ما حصلت عليه الحكومة المصرية نحو 8 مليارات دولار')).toEqual([['نحو 8 مليارات دولار', 'ما حصلت عليه الحكومة المصرية']]);
    expect(subjects('قال إن ما حصلت عليه مصر بلغ 8 مليارات دولار')).toEqual([['8 مليارات دولار', null]]);
  });

  it('a noun and its indefinite adjective own a sum together', () => {
    expect(subjects('وستتلقى اثينا قرضا عاجلا بقيمة 7 مليارات يورو')).toEqual([['7 مليارات يورو', 'قرضا عاجلا']]);
    expect(subjects('أسس برنامجا بميزانية سنوية قدرها 26 مليون يورو')).toEqual([['26 مليون يورو', 'بميزانية سنوية']]);
    expect(subjects('وافق لمصر على شريحة رابعة قيمتها 2.02 مليار دولار')).toEqual([['2.02 مليار دولار', 'شريحة رابعة']]);
  });

  it('a share or a sum a verb of change governs is of the noun phrase between the verb and the figure', () => {
    expect(subjects('رفعت الحكومة التونسية أسعار الوقود بنحو 4 في المئة')).toEqual([['نحو 4 في المئة', 'أسعار الوقود']]);
    expect(subjects('ارتفعت الصادرات بنسبة 5% خلال العام')).toEqual([['5%', 'الصادرات']]);
    expect(subjects('تراجعت البطالة إلى 8.6 بالمئة')).toEqual([['8.6 بالمئة', 'البطالة']]);
    expect(subjects('وارتفع عدد القتلى إلى 50 شخصا')).toEqual([['50 شخصا', null]]);
    // An adverb, a conjunct, a thing another figure took: none.
    expect(subjects('ويتم تخفيضها بشكل طفيف الى 6%')).toEqual([['6%', null]]);
    expect(subjects('وزادت العملة 0.1 في المائة إلى 124.23 ين')).toEqual([
      ['0.1 في المائة', 'العملة'],
      ['124.23 ين', null],
    ]);
  });

  it('a distance is from the place after من or عن, past its restatement in another unit', () => {
    expect(subjects('على بعد حوالي 5 أميال بحرية (نحو 10 كيلومترات) عن جزيرة قرقنة، و16 ميلا بحريا من سواحل مدينة صفاقس')).toEqual([
      ['حوالي 5 أميال بحرية', 'جزيرة قرقنة'],
      ['نحو 10 كيلومترات', 'جزيرة قرقنة'],
      ['16 ميلا بحريا', 'سواحل مدينة صفاقس'],
    ]);
    expect(subjects('قطع العداء 42 كيلومترا في ساعتين')[0]).toEqual(['42 كيلومترا', null]);
  });

  it('a distance before a point of the compass is from the place after it, never from the point', () => {
    expect(subjects('في مواقع قريبة من منطقة مزدة على بعد 160 كيلومترا جنوب طرابلس.')).toEqual([['160 كيلومترا', 'طرابلس']]);
    expect(subjects('قرية نغامدو التي تبعد نحو 110 كلم جنوب مايدوغوري في ولاية بورنو')).toEqual([['نحو 110 كلم', 'مايدوغوري']]);
    expect(subjects('وقع الهجوم على بعد 30 كلم شمال شرق بغداد')).toEqual([['30 كلم', 'بغداد']]);
    expect(subjects('تنتشر القوات في منبج على بعد 100 كيلومتر شرقي عفرين')).toEqual([['100 كيلومتر', 'عفرين']]);
    expect(subjects('تقع القرية على بعد 20 كيلومترا جنوبا.')).toEqual([['20 كيلومترا', null]]);
  });

  it('an owner in construct follows a counted noun bare, and names somebody', () => {
    // A price per barrel: a measure is owned by no construct, and the barrel owns nothing.
    expect(subjects('وهبط خام برنت إلى 56.65 دولارًا للبرميل')).toEqual([['56.65 دولارًا للبرميل', null]]);
    // An accusative singular is in no construct: owned only behind the ل of belonging.
    expect(subjects('وسجل سانشيز 80 هدفا للأرسنال منذ انضمامه')).toEqual([['80 هدفا', 'للأرسنال']]);
    expect(subjects('قصفت المقاتلات 70 هدفا عسكريا داخل سوريا')).toEqual([['70 هدفا', null]]);
    expect(subjects('عثر رجال المقاومة على 8 جثث للميليشيات')).toEqual([['8 جثث', 'للميليشيات']]);
    // A verb with its object pronoun opens a relative clause: "sites that the municipality chose".
    expect(subjects('أطلقت الألعاب النارية من سبعة مواقع اختارتها أمانة الرياض بعناية')).toEqual([['سبعة مواقع', null]]);
    // "One family" describes the dead and names no family.
    expect(subjects('لقي 4 أشخاص من عائلة واحدة مصرعهم')[0]).toEqual(['4 أشخاص', null]);
    // Still owned: a construct chain, one whose noun ends in a folded ة, a partitive.
    expect(subjects('قتل 5 مقاتلي البشمركة')).toEqual([['5 مقاتلي', 'البشمركة']]);
    expect(subjects('سقط 3 عناصر شرطة المدينة')).toEqual([['3 عناصر', 'شرطة المدينة']]);
    expect(subjects('قتل ستة من عناصر الشرطة')).toEqual([['ستة من عناصر', 'الشرطة']]);
  });

  it('a word of possession before a bound says at what level, and owns nothing', () => {
    expect(subjects('وسجل الجنيه السوداني مستوى قياسيا منخفضا عند حوالي 40 جنيها للدولار في السوق السوداء')).toEqual([['حوالي 40 جنيها للدولار', null]]);
    expect(subjects('لدى القوات العراقية أكثر من 300 ألف من الجيش')).toEqual([['أكثر من 300 ألف', 'القوات العراقية']]);
  });

  it('a possessive is of a body that has members: a measure ending in the letters of a pronoun is none', () => {
    expect(subjects('قررت الحكومة تقليص عدد قواتها في العراق إلى 3000 عنصر')).toEqual([['3000 عنصر', 'الحكومة']]);
    expect(subjects('وبالغرامة التي لا تقل عن 500 ألف درهم ولا تتجاوز مليوني درهم')).toEqual([
      ['لا تقل عن 500 ألف درهم', null],
      ['لا تتجاوز مليوني درهم', null],
    ]);
  });

  it('the owner after a counted noun is none for a total out of which, an adjective, or a noun with a pronoun suffix', () => {
    expect(subjects('صوت بغالبية 229 نائبا من أصل 300 الأربعاء الماضي')).toEqual([
      ['229 نائبا', null],
      ['300', null],
    ]);
    expect(subjects('السعودية تعترض 7 صواريخ باليستية من اليمن')).toEqual([['7 صواريخ', null]]);
    expect(subjects('وافق على إقامة 4 مباريات تجريبية بمعسكر إيطاليا')).toEqual([['4 مباريات', null]]);
    expect(subjects('أكثر من خمسة ملايين من مواطنيها فروا إلى الخارج')).toEqual([['أكثر من خمسة ملايين من مواطنيها', null]]);
    expect(subjects('قتل 20 مقاتلا من تنظيم الدولة')).toEqual([['20 مقاتلا', 'تنظيم الدولة']]);
    expect(subjects('قتل 3 عناصر الشرطة')).toEqual([['3 عناصر', 'الشرطة']]);
  });

  it('a subject starts after a conjunction glued before its article or before إ, an exact span; a noun in ة opens no clause', () => {
    expect(subjects('توزعت إلى الواردات بقيمة 22.1 مليار درهم، والصادرات بقيمة 4.47 مليار درهم، وإعادة التصدير بقيمة 866 مليون درهم.')).toEqual([
      ['22.1 مليار درهم', 'الواردات'],
      ['4.47 مليار درهم', 'الصادرات'],
      ['866 مليون درهم', 'إعادة التصدير'],
    ]);
    expect(subjects('وللشؤون الصحية بتكلفة ملياري ريال، ولشركة المياه بتكلفة 436 مليون ريال')[1]).toEqual(['436 مليون ريال', 'المياه']);
  });

  it('a negated bound verb is read in every spelling: feminine, one ت dropped, لم with the jussive, ألا', () => {
    const read = (text: string) =>
      claims(text).map((c) => {
        expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        return [c.text, c.bound, c.min, c.max];
      });
    expect(read('والغرامة التي لا تقل عن 250 ألف درهم ولا تزيد على مليون درهم')).toEqual([
      ['لا تقل عن 250 ألف درهم', 'atLeast', 250000, null],
      ['لا تزيد على مليون درهم', 'atMost', null, 1000000],
    ]);
    expect(read('وبالغرامة التي لا تقل عن خمسمائة ألف درهم ولا تجاوز مليوني درهم')[1]).toEqual(['لا تجاوز مليوني درهم', 'atMost', null, 2000000]);
    expect(read('وتعهدت الهيئة ألا يتجاوز إنفاقها على النجوم 16 في المائة')).toEqual([['16 في المائة', 'atMost', null, 16]]);
    expect(read('وقال إن العدد لم يزد عن 10 مفتشين')).toEqual([['لم يزد عن 10 مفتشين', 'atMost', null, 10]]);
  });

  it('an age takes the bound before it: a bound phrase, or a bound verb with its owner between', () => {
    const read = (text: string) => claims(text).map((c) => [c.text, c.subject?.text ?? null, c.bound, c.max]);
    expect(read('وأن لا يتجاوز عمر المتقدم 33 سنة عند تقديم الطلب')).toEqual([['33 سنة', 'المتقدم', 'atMost', 33]]);
    expect(read('مدرب فرنسي لا يتجاوز عمره 40 سنة.')).toEqual([['40 سنة', null, 'atMost', 40]]);
  });

  it('an age in digits after في with من العمر is an age, and a copula before a cue of age owns nothing', () => {
    expect(claims('أن الموقوف إسباني في الـ29 من العمر متحدر من مليلية').map((c) => [c.text, c.unit?.kind, c.subject])).toEqual([['29 من العمر', 'age', null]]);
    expect(claims('وكانت اللقطة الأخطر في الدقيقة 90 من عمر المباراة')).toEqual([]);
    expect(subjects('وقام عبدالفتاح بتعبئتها وكان عمره 12 سنة')).toEqual([['12 سنة', null]]);
    expect(subjects('ذلك أنها عندما كان عمرها 11 عاما فقدت والدتها')).toEqual([['11 عاما', null]]);
    expect(subjects('وأصبح وليد (33 عاما) لاعبا')).toEqual([['33 عاما', 'وليد']]);
  });

  it('an age is of the name before its brackets, before a cue of age in apposition, or before mirrored brackets', () => {
    expect(subjects('وأصبح رونالدو (33 عاما) أول لاعب')).toEqual([['33 عاما', 'رونالدو']]);
    expect(subjects('وفاز رونالدو، البالغ من العمر 33 عاما، بالدوري')).toEqual([['33 عاما', 'رونالدو']]);
    expect(subjects('وأشارت إلى أن عقد رونالدو 33) عاما) يمتد')).toEqual([['33) عاما', 'رونالدو']]);
    expect(subjects('وقال المتهم البالغ 45 عاما إنه عاد')).toEqual([['45 عاما', 'المتهم']]);
    // A counted noun of the tables names nobody: two stories of a player of 22 and one of 28 are two players.
    expect(subjects('وقال الرجل البالغ 45 عاما إنه عاد')).toEqual([['45 عاما', null]]);
    expect(subjects('وقدم اللاعب البالغ من العمر 22 عاما اللقطة الأجمل')).toEqual([['22 عاما', null]]);
    // Between a cue in construct and the number: the phrase it is in construct with.
    expect(subjects('وأن لا يتجاوز عمر المتقدم 33 سنة عند تقديم الطلب')).toEqual([['33 سنة', 'المتقدم']]);
    expect(subjects('وأن لا يتجاوز عمر المتقدم عن 35 سنة')).toEqual([['35 سنة', 'المتقدم']]);
    expect(subjects('وقتل محمد يوسف عبد العزيز (24 عاما) برصاص الشرطة')[0]).toEqual(['24 عاما', 'محمد يوسف عبد العزيز']);
    expect(subjects('وحسين. أ، يبلغ من العمر 24 عاما، وصدر ضده حكم')[0]).toEqual(['24 عاما', null]);
  });
});

describe('a quote mark between a figure and its noun', () => {
  it('reads the noun of the tables after a closing quote, and a noun quoted alone after an opening one', () => {
    expect(one('ما قد يعرض "أكثر من 13,8 مليون" شخص للخطر')).toMatchObject({ text: 'أكثر من 13,8 مليون" شخص', unit: { singular: 'شخص' } });
    expect(one('وأعلنت الولايات المتحدة طرد 60 «جاسوسا» روسيا')).toMatchObject({ value: 60, unit: { lemma: 'جاسوس' } });
    expect(one('ويعرض "أكثر من 13 مليون" الحياة للخطر')).toMatchObject({ text: 'أكثر من 13 مليون', unit: null });
  });
});

describe('a unit its sentence makes precise', () => {
  it('reads a bare درجة of a temperature as Celsius, past another figure and a bracketed aside, not after a heat index', () => {
    const units = (text: string) => claims(text).map((c) => [c.text, c.unit?.singular]);
    expect(units('وبلغت درجة الحرارة 39.8 مئوية في مدينة غوجو، بينما تجاوزت في بعض أنحاء طوكيو 37 درجة.')).toEqual([
      ['39.8 مئوية', 'درجة مئوية'],
      ['37 درجة', 'درجة مئوية'],
    ]);
    expect(units('لكن مؤشر الحرارة (درجة الحرارة التي يشعر بها الجسد) سيصل إلى 45 درجة.')).toEqual([['45 درجة', 'درجة']]);
    expect(units('ضرب زلزال بقوة 6 درجات على مقياس ريختر')[0]).toEqual(['6 درجات', 'درجة']);
  });
});

describe('a plural verb after a counted noun is the clause it opens, not whose the figure is', () => {
  it('leaves the subject empty before a past or present plural verb', () => {
    const subjects = (text: string) => extractQuantClaims(text).map((c) => [c.text, c.subject?.text ?? null]);
    expect(subjects('وقال المتحدث إن 4 أشخاص أصيبوا في إطلاق نار.')).toEqual([['4 أشخاص', null]]);
    expect(subjects('ثلاثة أطفال لقوا حتفهم عندما سقطت الطائرة.')).toEqual([['ثلاثة أطفال', null]]);
    expect(subjects('واعتقلت الشرطة 6 أشخاص ينتمون إلى جماعة متشددة.')).toEqual([['6 أشخاص', null]]);
    // A construct owner is still read: "مقاتلي البشمركة".
    expect(subjects('وشارك 500 من مقاتلي البشمركة في الهجوم.')[0]![1]).not.toBeNull();
  });
});

describe('owners and units that are not', () => {
  const read = (text: string): Array<[string, string | null, string | null]> =>
    claims(text).map((c) => [c.text, c.unit?.singular ?? null, c.subject?.text ?? null]);

  it('a من that opens a period names no owner', () => {
    expect(read('وبلغ عدد جرائم الكراهية 94098 من أبريل 2017 إلى مارس.')).toEqual([['94098', 'جريمة', null]]);
  });

  it('a plural verb after a figure is no unit; "من بينهم" takes the noun counted before', () => {
    expect(read('وكان على متن الطائرة 189 راكبا، من بينهم 33 تلقوا العلاج.')).toEqual([
      ['189 راكبا', 'راكب', null],
      ['33', 'راكب', null],
    ]);
    expect(read('وقال إن 50 ألفا غادروا المدينة.')).toEqual([['50 ألفا', null, null]]);
    expect(read('وقال إن 50 ألفا سيبقون في المدينة.')).toEqual([['50 ألفا', null, null]]);
  });

  it('a noun of level or rate after عند is no possessor', () => {
    expect(read('قرر البنك الإبقاء على سعر الفائدة عند مستوى 16.75%.')).toEqual([['16.75%', 'في المئة', null]]);
    expect(read('وتوقعت استقرار التضخم عند نسبة 13.5%.')).toEqual([['13.5%', 'في المئة', null]]);
    expect(read('لدى القوات العراقية أكثر من 300 ألف من الجيش')[0]![2]).toBe('القوات العراقية');
  });

  it('a conjunction of time after a counted noun is no owner', () => {
    expect(read('كان على متنها طاقم من أربعة أفراد عندما سقطت')).toEqual([['أربعة أفراد', 'فرد', null]]);
  });

  it('a lone verb or particle after a counted noun is no owner', () => {
    expect(read('وأوضح أن ثلاثة صواريخ أطلقت من مقاتلة')).toEqual([['ثلاثة صواريخ', 'صاروخ', null]]);
    expect(read('وسجل ثلاثة أهداف في ثلاث مباريات خاضها هذا الموسم')).toEqual([
      ['ثلاثة أهداف', 'هدف', null],
      ['ثلاث مباريات', 'مباراة', null],
    ]);
    expect(read('ويتصدر الفريق بفارق تسع نقاط أمام منافسه')).toEqual([['تسع نقاط', 'نقطة', null]]);
    // A name after the counted noun still owns it: "7 جوائز أوسكار".
    expect(read('حصل الفيلم على 7 جوائز أوسكار')[0]![2]).toBe('أوسكار');
  });

  it('a nationality in the accusative after an accusative noun owns it', () => {
    expect(read('تعتزم روسيا طرد 23 دبلوماسيا بريطانيا')).toEqual([['23 دبلوماسيا', 'دبلوماسي', 'بريطانيا']]);
    // Not after a noun in another case: "23 دبلوماسي بريطانيا" is no agreement.
    expect(read('طرد 23 دبلوماسي بريطانيا')[0]![2]).toBeNull();
  });

  it('a noun with a pronoun suffix, or of descent, after من is no owner', () => {
    expect(read('هجر أكثر من 12 ألف شخص من ديارهم')).toEqual([['أكثر من 12 ألف شخص', 'شخص', null]]);
    expect(read('ويعيش حوالي 360 ألف شخص من أصول تركية في النمسا')).toEqual([['حوالي 360 ألف شخص', 'شخص', null]]);
    // A body after من still owns: "مقاتلاً من تنظيم الدولة".
    expect(read('قتل 30 مقاتلا من تنظيم الدولة')[0]![2]).toBe('تنظيم الدولة');
  });
});
