/**
 * Every entry of the claims tables, read back through `extractQuantClaims`,
 * so that a contributor's new line is tested with no further work. (Bound
 * phrases are read back in extract.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from './extract.js';
import { claimsTables } from './lexicon.js';
import type { ClaimLinkRole, KindUnitKind } from './lexicon/links.js';
import { foldWord } from '../text/fold.js';
import { predicates as defaultPredicates } from '../syntax/lexicon/predicates.js';

const t = claimsTables;
const only = (text: string) => {
  const claims = extractQuantClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe('claims tables', () => {
  it.each(t.boundSymbols.map((s) => [s.symbol, s.bound] as const))('"%s 30" is %s', (symbol, bound) => {
    expect(only(`عدد المصابين ${symbol} 30 شخصا`).bound).toBe(bound);
  });

  it.each(t.rangeSigns.map((s) => [s] as const))('"10%s20" is a range', (sign) => {
    expect(only(`قتل 10${sign}20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.rangeOpeners.flatMap((o) => t.rangeJoiners.map((j) => [o, j] as const)))('"%s 10 %s 20" is a range', (opener, joiner) => {
    expect(only(`قتل ${opener} 10 ${joiner} 20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.rangeJoiners.map((j) => [j] as const))('"بين 10 %s20" (joiner glued to the number) is a range', (joiner) => {
    expect(only(`قتل بين 10 ${joiner}20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.vagueQuantities.map((v) => [v.phrase, v.min, v.max] as const))('"%s من المدنيين" is vague, %d–%d', (phrase, min, max) => {
    expect(only(`قتل ${phrase} من المدنيين`)).toMatchObject({ bound: 'vague', value: null, min, max });
  });

  it.each(t.notFigureBefore.map((w) => [w] as const))('the number after "%s" is a reference, not a figure', (word) => {
    expect(extractQuantClaims(`نصت ${word} 25 على ذلك`)).toEqual([]);
  });

  it.each(t.goalCues.map((w) => [w] as const))('after "%s" the brackets after a name hold goal minutes', (cue) => {
    // (A dual such as هدفين is its own figure, 2.)
    expect(extractQuantClaims(`وكان ${cue} كريم (12 و40) حاسما`).map((c) => c.value)).not.toEqual(expect.arrayContaining([12]));
    expect(extractQuantClaims(`وكان ${cue} كريم (12 و40) حاسما`).map((c) => c.value)).not.toEqual(expect.arrayContaining([40]));
  });

  it.each(t.modelNames.map((w) => [w] as const))('the number after "%s" names a model and counts nothing', (word) => {
    expect(extractQuantClaims(`أسقطت الدفاعات طائرة ${word} 24 أمس`)).toEqual([]);
  });

  it.each(t.numberIdioms.map((w) => [w] as const))('"%s" names something and states no figure', (idiom) => {
    expect(extractQuantClaims(`وصل الفريق إلى ${idiom} أمس`)).toEqual([]);
  });

  it.each(t.placeHeads.map((w) => [w] as const))('a definite number word after "%s" is part of a name', (head) => {
    expect(extractQuantClaims(`وصل الوفد إلى ${head} الخمس أمس`)).toEqual([]);
  });

  it.each(t.modalityCues.map((m) => [m.phrase, m.modality] as const))('"%s" makes the figure %s', (phrase, modality) => {
    // A negation governs the figure right after its verb; other cues a whole clause (and قد one in the present).
    const text = modality === 'denied' ? `${phrase} مقتل 30 شخصا` : `${phrase} يصل عدد الضحايا إلى 30 شخصا`;
    expect(only(text).modality).toBe(modality);
  });

  it.each(t.futureVerbs.map((v) => [`س${v}`, `ست${v.slice(1)}`] as const))('"%s" and "%s" project the figure', (he, she) => {
    expect(only(`قال إن العدد ${he} 30 شخصا`).modality).toBe('projected');
    expect(only(`قالت إن الكمية ${she} 30 طنا`).modality).toBe('projected');
  });

  it.each(t.exceptionWords.map((w) => [w] as const))('"لم … %s" restricts rather than denies', (word) => {
    expect(only(`لم يبق ${word} 30 شخصا`).modality).toBe('asserted');
  });

  it.each(t.changeLevelMarkers.map((w) => [w] as const))('"ارتفع … %s 73" is the level reached', (word) => {
    expect(only(`ارتفع عدد الوفيات ${word} 73 شخصا`).changeDetail).toMatchObject({ direction: 'up', figure: 'level' });
  });

  it.each(t.changeBaseMarkers.map((w) => [w] as const))('"ارتفع %s 50 إلى 73" starts from 50', (word) => {
    const claims = extractQuantClaims(`ارتفع عدد الوفيات ${word} 50 إلى 73 شخصا`);
    expect(claims.at(-1)?.changeDetail).toEqual({ direction: 'up', figure: 'level', relative: false, base: 50 });
  });

  it.each(t.boundLevelNouns.map((w) => [w] as const))('"فوق %s 30" is moreThan', (noun) => {
    expect(only(`ارتفع المؤشر فوق ${noun} 30 نقطة`)).toMatchObject({ bound: 'moreThan', value: 30 });
  });

  it.each(t.boundFillers.map((w) => [w] as const))('"ما لا يقل %s عن 300" is atLeast', (filler) => {
    expect(only(`قتل ما لا يقل ${filler} عن 300 شخص`)).toMatchObject({ bound: 'atLeast', value: 300 });
  });

  it.each(t.alternativeJoiners.map((w) => [w] as const))('"3 %s 4 أشخاص" is the range 3–4', (joiner) => {
    expect(only(`قتل 3 ${joiner} 4 أشخاص`)).toMatchObject({ bound: 'range', min: 3, max: 4 });
  });

  it.each(t.scoreCues.map((w) => [w] as const))('"%s 3-1" is a score: two figures', (cue) => {
    const claims = extractQuantClaims(`${cue} الفريق 3-1 أمس`);
    expect(claims.map((c) => [c.text, c.value, c.unit?.kind])).toEqual([
      ['3', 3, 'score'],
      ['1', 1, 'score'],
    ]);
  });

  it.each(t.rankHeads.map((w) => [w] as const))('"%s الثالث" is a rank', (head) => {
    expect(only(`احتل الفريق ${head} الثالث`)).toMatchObject({ value: 3, unit: { kind: 'rank' } });
  });

  it.each(t.ageCues.map((w) => [w] as const))('"%s 45 عاما" is an age', (cue) => {
    expect(only(`وقال الرجل ${cue} 45 عاما إنه عاد`)).toMatchObject({ value: 45, unit: { kind: 'age', singular: 'عام' } });
  });

  it.each(t.categoryHeads.map((w) => [w] as const))('"من %s الرابعة" is a category; after إلى it names a division', (head) => {
    expect(only(`صنف الإعصار من ${head} الرابعة`)).toMatchObject({ text: `${head} الرابعة`, value: 4, unit: { kind: 'rank' } });
    expect(extractQuantClaims(`صنف الإعصار من ${head} الثانية و${head} الخامسة`).map((c) => c.value)).toEqual([2, 5]);
    expect(extractQuantClaims(`هبط الفريق إلى ${head} الثانية`)).toEqual([]);
  });

  it.each(t.rankHeads.map((w) => [w] as const))('"ل%s الثاني" (ل before the article) is a rank', (head) => {
    const text = `قفز الفريق ل${head.slice(1)} الثاني`;
    expect(only(text)).toMatchObject({ text: `ل${head.slice(1)} الثاني`, value: 2, unit: { kind: 'rank' } });
  });

  it.each(t.pointUnits.flatMap((u) => t.rateNouns.map((r) => [u, r] as const)))('"%s" after "%s" is a percentage point', (unit, rate) => {
    expect(only(`تراجعت ${rate} البطالة بـ0,7 ${unit}`)).toMatchObject({ value: 0.7, unit: { singular: unit, kind: 'percent' } });
  });

  it.each(t.elisionAfter.map((w) => [w] as const))('"ستة %s" counts the noun the sentence has just counted', (word) => {
    const claims = extractQuantClaims(`قتل 13 شخصا، ستة ${word} في المدينة`);
    expect(claims.map((c) => [c.text, c.unit?.singular])).toEqual([
      ['13 شخصا', 'شخص'],
      [`ستة ${word}`, 'شخص'],
    ]);
  });

  it.each(t.elisionBefore.map((w) => [w] as const))('"20 محافظة %s 23" counts governorates twice', (phrase) => {
    const claims = extractQuantClaims(`سجلت الإصابات في 20 محافظة ${phrase} 23`);
    expect(claims.map((c) => [c.text, c.unit?.singular])).toEqual([
      ['20 محافظة', 'محافظة'],
      ['23', 'محافظة'],
    ]);
  });

  it.each(t.partsBefore.map((w) => [w] as const))('"قتل 30 شخصا، %s 6 في بغداد" counts six people killed', (phrase) => {
    const claims = extractQuantClaims(`قتل 30 شخصا، ${phrase} 6 في بغداد`);
    expect(claims.map((c) => [c.text, c.unit?.singular, c.predicate])).toEqual([
      ['30 شخصا', 'شخص', 'قتل'],
      ['6', 'شخص', 'قتل'],
    ]);
  });

  it.each(t.scoreNouns.map((n) => [n.phrase, n.value] as const))('"فاز ب%s نظيفة" is a score of %d–0', (noun, value) => {
    const claims = extractQuantClaims(`فاز الفريق ب${noun} نظيفة أمس`);
    expect(claims.map((c) => [c.text, c.value, c.unit?.kind, c.unit?.text])).toEqual([
      [noun, value, 'score', noun],
      ['نظيفة', 0, 'score', 'نظيفة'],
    ]);
    expect(extractQuantClaims(`صدرت ${noun} الكاتب`)).toEqual([]);
  });

  it.each(t.shutoutPhrases.map((w) => [w] as const))('"بثلاثة أهداف %s" gives the other side 0', (phrase) => {
    const claims = extractQuantClaims(`فاز الفريق بثلاثة أهداف ${phrase}`);
    expect(claims.map((c) => [c.text, c.value])).toEqual([
      ['بثلاثة أهداف', 3],
      [phrase, 0],
    ]);
  });

  it.each(t.soleWords.map((w) => [w] as const))('"نقطة %s" is one point', (word) => {
    expect(only(`تقدم الفريق بفارق نقطة ${word} عن منافسه`)).toMatchObject({ text: `نقطة ${word}`, value: 1, unit: { singular: 'نقطة' } });
  });

  it.each(t.serialMarkers.flatMap((m) => t.serialUnits.map((u) => [u, m] as const)))('"%s %s 23" counts 23', (unit, marker) => {
    expect(only(`وصل اللاعب إلى ال${unit} ${marker} 23 هذا الموسم`)).toMatchObject({ value: 23, unit: { singular: unit, kind: 'count' } });
  });

  it.each(t.rankScopes.map((w) => [w] as const))('"الثالث %s" is a rank', (scope) => {
    expect(only(`حل المنتخب الثالث ${scope} في الترتيب`)).toMatchObject({ text: `الثالث ${scope}`, value: 3, unit: { singular: t.rankNouns[0], kind: 'rank' } });
  });

  it.each(t.nonePhrases.map((w) => [w] as const))('"%s قتلى" is a denied figure of 0', (phrase) => {
    expect(only(`وأكدت السلطات ${phrase} قتلى في الحادث`)).toMatchObject({ text: `${phrase} قتلى`, value: 0, bound: 'exact', modality: 'denied', unit: { singular: 'قتيل' } });
    expect(extractQuantClaims(`وقال ${phrase} شك في ذلك`)).toEqual([]);
  });

  it.each(t.anyWords.map((w) => [w] as const))('"لم يصب %s جندي" is a denied figure of 0, "%s جندي" alone is not', (word) => {
    expect(only(`لم يصب ${word} جندي في الهجوم`)).toMatchObject({ text: `${word} جندي`, value: 0, modality: 'denied' });
    expect(extractQuantClaims(`قال إن ${word} جندي يخالف الأوامر يعاقب`)).toEqual([]);
  });

  it.each(t.countHeads.map((w) => [w] as const))('"بلغ %s القتلى 50" counts the dead', (head) => {
    expect(only(`وبلغ ${head} القتلى 50`)).toMatchObject({ text: '50', value: 50, unit: { singular: 'قتيل' } });
  });

  it.each(t.notFigureAfter.map((w) => [w] as const))('the number before "%s" is a year or a grade, not a figure', (phrase) => {
    expect(extractQuantClaims(`بني المعبد عام 150 ${phrase} في المدينة`)).toEqual([]);
    expect(extractQuantClaims(`ارتفع سعر البنزين 90 ${phrase} بنسبة 30%`).map((c) => c.text)).toEqual(['30%']);
  });

  it.each(t.multipleWords.map((m) => [m.phrase, m.value] as const))('"أكثر من %s" is more than %d times', (word, value) => {
    expect(only(`وهو أكثر من ${word} ما أنتجه الصاروخ`)).toMatchObject({ text: `أكثر من ${word}`, value, min: value, max: null, bound: 'moreThan', unit: { kind: 'fraction' } });
    expect(extractQuantClaims(`يعاني من ${word} الاقتصاد`)).toEqual([]);
  });
});

describe('incident tables', () => {
  it.each(t.incidentNouns.map((w) => [w] as const))('"قتل 30 شخصا في %s مروع" is a toll of that incident', (noun) => {
    expect(only(`قتل 30 شخصا في ${noun} مروع`).subject?.text).toBe(`${noun} مروع`);
  });

  it.each(t.incidentLinks.map((w) => [w] as const))('"قتل 30 شخصا %s انفجار سيارة" is a toll of the explosion', (link) => {
    expect(only(`قتل 30 شخصا ${link} انفجار سيارة`).subject?.text).toBe('انفجار سيارة');
  });

  it.each(t.incidentPrepositions.map((w) => [w] as const))('"قتل 30 شخصا في انفجار قنبلة %s مخلفات الحرب" keeps the preposition in the incident', (preposition) => {
    expect(only(`قتل 30 شخصا في انفجار قنبلة ${preposition} مخلفات الحرب`).subject?.text).toBe(`انفجار قنبلة ${preposition} مخلفات الحرب`);
  });

  it.each(t.incidentCauses.map((w) => [w] as const))('"%s انفجار سيارة إلى مقتل 30 شخصا" is a toll of the explosion', (verb) => {
    expect(only(`${verb} انفجار سيارة إلى مقتل 30 شخصا`).subject?.text).toBe('انفجار سيارة');
  });

  it.each(t.tollNouns.map((w) => [w] as const))('"سجل 30 %s في انفجار سيارة" is a toll of the explosion', (noun) => {
    const written = noun.endsWith('ة') ? noun : `${noun}ا`;
    expect(only(`سجل 30 ${written} في انفجار سيارة`).subject?.text).toBe('انفجار سيارة');
  });

  it.each(t.tollPredicates.map((w) => [w] as const))('a figure of the predicate %s is a toll', (stem) => {
    const form = defaultPredicates.find((p) => p.stem === stem)!.forms[0]!;
    expect(only(`${form} 30 شخصا في انفجار سيارة`).subject?.text).toBe('انفجار سيارة');
  });

  it.each(t.valueCues.map((v) => [v.phrase, v.position] as const))('"%s" before a sum names the thing valued (%s the cue)', (phrase, position) => {
    const text = position === 'before' ? `ووقع عقدا ${phrase} 5 ملايين دولار` : `وبلغت ${phrase} الصفقة 5 ملايين دولار`;
    expect(only(text).subject?.text).toBe(position === 'before' ? 'عقدا' : 'الصفقة');
  });

  it.each(t.valueRelatives.map((w) => [w] as const))('"إجمالي %s حصلت عليه مصر" owns a sum far after it', (word) => {
    expect(only(`ويبلغ إجمالي ${word} حصلت عليه مصر من الصندوق منذ بداية العام الماضي وحتى الآن نحو 8.06 مليار دولار`).subject?.text).toBe(`${word} حصلت عليه مصر`);
  });

  it.each(t.valueDeterminers.map((w) => [w] as const))('"قيمة %s الصفقة" before a sum names the deal', (word) => {
    expect(only(`وتبلغ قيمة ${word} الصفقة 5 ملايين دولار`).subject?.text).toBe('الصفقة');
  });

  it.each(t.distanceFrom.map((w) => [w] as const))('"على بعد 30 كيلومترا %s مدينة الموصل" is a distance from the city', (preposition) => {
    expect(only(`وقع الانفجار على بعد 30 كيلومترا ${preposition} مدينة الموصل`).subject?.text).toBe('مدينة الموصل');
  });

  it.each(t.compassWords.flatMap((w) => [[w], [`${w}ي`]] as const))('"على بعد 30 كيلومترا %s مدينة الموصل" is a distance from the city, not from the point of the compass', (point) => {
    expect(only(`وقع الانفجار على بعد 30 كيلومترا ${point} مدينة الموصل`).subject?.text).toBe('مدينة الموصل');
  });

  it.each(t.datingWords.map((w) => [w] as const))('"التقرير %s منتصف مايو" dates the report, not the figure beside it', (word) => {
    const claim = extractQuantClaims(`وافق الصندوق على قرض بقيمة 12 مليار دولار، على ضوء التقرير ${word} منتصف مايو الماضي`, { publishedAt: '2018-06-29' })[0]!;
    expect(claim.time).toBeNull();
  });

  it.each(t.backgroundCues.map((w) => [w] as const))('"%s" opens a background whose time is not the figure\'s', (cue) => {
    const text = `طردت 14 دولة دبلوماسيين ${cue} قضية تسميم الجاسوس السابق، قبل ثلاثة أسابيع`;
    expect(extractQuantClaims(text, { publishedAt: '2018-03-26' })[0]!.time).toBeNull();
  });

  it.each(t.contextUnits.flatMap((u) => u.cues.map((cue) => [u.unit, cue, u.reads] as const)))('a bare "%s" after "%s" reads as %s', (unit, cue, reads) => {
    expect(only(`وبلغت ${cue} في المدينة أمس 37 ${unit}`).unit).toMatchObject({ text: unit, singular: reads });
    expect(only(`حصل الطالب على 37 ${unit}`).unit?.singular).toBe(unit);
  });

  it.each(t.contextUnits.flatMap((u) => u.blockers.map((word) => [u.unit, word, u.cues[0]!] as const)))('a bare "%s" after "%s" stays as written, even after "%s"', (unit, blocker, cue) => {
    expect(only(`وقالوا إن ${cue} مرتفعة لكن ${blocker} الحرارة سيصل إلى 45 ${unit}`).unit?.singular).toBe(unit);
  });

  it.each(t.restatementWords.map((w) => [w] as const))('"5 أميال %s نحو 8 كيلومترات عن جزيرة قرقنة": both distances are from the island', (word) => {
    const claims = extractQuantClaims(`على بعد 5 أميال ${word} نحو 8 كيلومترات عن جزيرة قرقنة`);
    expect(claims.map((c) => [c.text, c.subject?.text])).toEqual([
      ['5 أميال', 'جزيرة قرقنة'],
      ['نحو 8 كيلومترات', 'جزيرة قرقنة'],
    ]);
  });
});

describe('link words, kind units and speed units', () => {
  const claimsOf = (text: string) => extractQuantClaims(text).map((c) => [c.text, c.value, c.unit?.singular ?? null, c.unit?.kind ?? null, c.speaker?.name ?? null, c.time?.text ?? null]);
  /** A sentence whose reading turns on a word of each role, and what it gives. */
  const byRole: Record<ClaimLinkRole, (word: string) => [string, unknown[]]> = {
    of: (w) => [`قتل اثنان ${w} الجنود`, [[`اثنان ${w} الجنود`, 2, 'جندي', 'count', null, null]]],
    in: (w) => [`أظهرت البيانات المنشورة ${w} 3 مارس أن 50 شخصا قتلوا`, [['50 شخصا', 50, 'شخص', 'count', 'بيانات منشوره', null]]],
    against: (w) => [`فاز الفريق بثلاثية ${w} هدف`, [['ثلاثية', 3, 'هدف', 'score', null, null]]],
    thatIs: (w) => [
      `وقال الوزير إن الصفقة بلغت 11 مليون باوند (${w} 5500 طن)`,
      [
        ['11 مليون باوند', 11000000, 'جنيه إسترليني', 'currency', 'وزير', null],
        ['5500 طن', 5500, 'طن', 'mass', null, null],
      ],
    ],
  };
  it.each(t.claimLinkWords.map((w) => [w.word, w.role] as const))('"%s" is read as %s', (word, role) => {
    const [text, expected] = byRole[role](word);
    expect(claimsOf(text)).toEqual(expected);
  });

  /** A sentence of each kind, the text of its claim and of its unit as written. */
  const byKind: Record<KindUnitKind, [string, string, string]> = {
    age: ['وقالت جاكلين فلوريس (47 سنة) إن', '47 سنة', 'سنة'],
    score: ['فاز الفريق بثلاثية مقابل هدف', 'ثلاثية', 'ثلاثية'],
    temperature: ['وبلغت 2 تحت الصفر', '2 تحت الصفر', 'تحت الصفر'],
  };
  it.each(t.kindUnits.map((u) => [u.kind, u.noun] as const))('a claim of kind %s is counted in %s', (kind, noun) => {
    const [text, figure, written] = byKind[kind];
    const claim = only(text);
    expect([claim.text, claim.unit]).toEqual([figure, { text: written, lemma: foldWord(noun), singular: noun, kind }]);
  });

  it.each(t.speedTimeUnits.map((w) => [w] as const))('a length per %s is a speed', (unit) => {
    const claim = only(`سار القطار بسرعة 120 كيلومترا لكل ${unit}`);
    expect([claim.text, claim.unit?.kind, claim.unit?.per]).toEqual([`120 كيلومترا لكل ${unit}`, 'speed', unit]);
    expect(only('زرع 120 شجرة لكل عائلة').unit?.kind).toBe('count');
  });

  it.each(t.boundPrepositions.flatMap((p) => t.boundPhrases.filter((b) => b.position === 'before' && b.phrase.endsWith(` ${p}`)).slice(0, 1)).map((b) => [b.phrase, b.bound] as const))(
    'a filler may stand before the preposition of "%s" (%s)',
    (phrase, bound) => {
      const words = phrase.split(' ');
      const text = `${words.slice(0, -1).join(' ')} ${t.boundFillers[0]} ${words[words.length - 1]} 30 شخصا`;
      const claim = only(`قتل ${text}`);
      expect([claim.text, claim.bound]).toEqual([text, bound]);
    },
  );
});
