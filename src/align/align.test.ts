import { describe, expect, it } from 'vitest';
import { createClaimExtractor } from '../claims/extract.js';
import type { Claim } from '../model.js';
import { doc, multi, shared, subject } from '../../test/align-of.js';
import { claim } from '../../test/hand-claims.js';
import { alignClaims, createAligner, type AlignmentDocument } from './align.js';
import { alignLexicon } from './tables.js';

const speaker = subject;

describe('alignClaims: what makes two claims one fact', () => {
  it('joins one figure across outlets and gives the consensus, the outlets and the reasons', () => {
    const [c] = multi({ a: 'قتل ما لا يقل عن 801 مدني', b: 'قتل 801 مدنياً' });
    expect(c!.status).toBe('consistent');
    expect(c!.consensus).toEqual({ min: 801, max: 801, minInclusive: true, maxInclusive: true });
    expect(c!.outlets).toEqual(['a', 'b']);
    expect(c!.groups).toEqual([{ interval: { min: 801, max: 801, minInclusive: true, maxInclusive: true }, members: [0, 1], outlets: ['a', 'b'] }]);
    expect(c!.unit?.lemma).toBe('مدني');
    expect(c!.predicate).toBe('قتل');
    expect(c!.members[0]!.reason).toBe('representative');
    expect(c!.members[1]!.reason).toBe('agrees (predicate tie); unit مدني = مدني; predicate قتل = قتل');
  });

  it('ties two ages only of one subject that names someone, never through a common noun', () => {
    // One player by his name: one fact in two outlets.
    expect(shared(alignClaims([doc('a', 'وقع رونالدو (33 عاما) عقدا جديدا'), doc('b', 'جدد رونالدو (33 عاما) عقده')]))).toEqual([['a:33 عاما', 'b:33 عاما']]);
    // "اللاعب" of two articles are two players, not one age in conflict.
    expect(shared(alignClaims([doc('a', 'وقال اللاعب (22 عاما) إنه سعيد'), doc('b', 'وقال اللاعب (28 عاما) إنه سعيد')]))).toEqual([]);
  });

  it('reads a round point as the rounded figure of a bound on the same number, but not a precise one', () => {
    const [round] = multi({ a: 'ارتفعت الصادرات إلى 4.5 مليارات ريال في مايو', b: 'ارتفعت الصادرات في مايو إلى ما يزيد على 4.5 مليارات ريال' });
    expect(round!.status).toBe('consistent');
    const [precise] = multi({ a: 'ارتفعت الصادرات إلى 4.52 مليار ريال في مايو', b: 'ارتفعت الصادرات في مايو إلى ما يزيد على 4.52 مليار ريال' });
    expect(precise!.status).toBe('conflicting');
  });

  it('reads a figure converted from another unit as rounded to its last digit', () => {
    const of = { kind: 'length' as const, subject: subject('المحكمة الفدرالية') };
    const status = (km: number): string | undefined =>
      alignClaims([{ id: 'a', claims: [claim(20, 'ميل', of)] }, { id: 'b', claims: [claim(km, 'كيلومتر', of)] }]).find((c) => c.members.length > 1)?.status;
    // 20 miles are 32.2 km (a land mile), written "32 كيلومترا": one distance.
    expect(status(32)).toBe('consistent');
    // 29 km is no rounding of 32.2 to 37 km: the same distance given two ways.
    expect(status(29)).toBe('conflicting');
  });

  it('flags bounds that exclude each other, one conflict per member', () => {
    const [c] = multi({ a: 'يملك داعش 3000 مقاتل على الأقل', b: 'لم يتبق من مقاتلي داعش سوى أقل من 3000' });
    expect(c!.status).toBe('conflicting');
    expect(c!.conflicts).toEqual([{ a: 0, b: 1, kind: 'bound', reason: 'atLeast 3000 contradicts lessThan 3000' }]);
    expect(c!.consensus).toBeNull();
    expect(c!.groups.map((g) => g.interval)).toEqual([
      { min: 3000, max: null, minInclusive: true, maxInclusive: false },
      { min: null, max: 3000, minInclusive: false, maxInclusive: false },
    ]);
  });

  it('reads different figures of one subject within the plausibility factor as a conflict, and beyond it as different facts', () => {
    const toll = (v: number, id: string): AlignmentDocument => ({ id, claims: [claim(v, 'مهاجر', { subject: subject('غرق قارب قبالة صفاقس') })] });
    const [c] = shared(alignClaims([toll(35, 'a'), toll(48, 'b')])).map((x) => x.join(' | '));
    expect(c).toBe('a:35 مهاجر | b:48 مهاجر');
    expect(alignClaims([toll(35, 'a'), toll(48, 'b')])[0]!.conflicts[0]!.kind).toBe('disjoint');
    expect(shared(alignClaims([toll(11, 'a'), toll(48, 'b')]))).toEqual([]);
    expect(shared(alignClaims([toll(11, 'a'), toll(48, 'b')], { factor: 5 }))).toHaveLength(1);
  });

  it('ties claims without a subject only by one specific number, and never calls them a conflict', () => {
    const same = alignClaims([
      { id: 'a', claims: [claim(67, 'مهاجر')] },
      { id: 'b', claims: [claim(67, 'مهاجر', { bound: 'atLeast' })] },
    ]);
    expect(shared(same)).toEqual([['a:67 مهاجر', 'b:67 مهاجر']]);
    // Different numbers, small round numbers, vague words: nothing ties them without a subject.
    expect(shared(alignClaims([{ id: 'a', claims: [claim(67, 'مهاجر')] }, { id: 'b', claims: [claim(68, 'مهاجر')] }]))).toEqual([]);
    expect(shared(alignClaims([{ id: 'a', claims: [claim(4, 'شخص')] }, { id: 'b', claims: [claim(4, 'شخص')] }]))).toEqual([]);
    expect(shared(alignClaims([{ id: 'a', claims: [claim(30, 'شخص', { bound: 'vague', min: 10, max: 100 })] }, { id: 'b', claims: [claim(35, 'شخص')] }]))).toEqual([]);
  });

  it('never joins a claim that says neither what it counts nor whose it is', () => {
    expect(shared(alignClaims([{ id: 'a', claims: [claim(1500, null)] }, { id: 'b', claims: [claim(1500, null)] }]))).toEqual([]);
  });

  it('does not tie a number through a word the unit tables do not know: "25 شوال" is a date', () => {
    expect(shared(alignClaims([{ id: 'a', claims: [claim(25, 'شوال')] }, { id: 'b', claims: [claim(25, 'شوال')] }]))).toEqual([]);
  });

  it('does not tie a measure alone: 12% here and 12% there are not one fact', () => {
    const pct = (id: string): AlignmentDocument => ({ id, claims: [claim(12.5, 'في المئه', { kind: 'percent' })] });
    expect(shared(alignClaims([pct('a'), pct('b')]))).toEqual([]);
  });

  it('ties measures that say nothing of whose they are only as one precise figure: "16 ميلا بحريا", never "100 مليون دولار"', () => {
    const pair = (x: Claim, y: Claim): string[][] => shared(alignClaims([{ id: 'a', claims: [x] }, { id: 'b', claims: [y] }]));
    expect(pair(claim(16, 'ميل بحري', { kind: 'length' }), claim(16, 'ميل بحري', { kind: 'length' }))).toEqual([['a:16 ميل بحري', 'b:16 ميل بحري']]);
    expect(pair(claim(112e6, 'دولار', { kind: 'currency', currency: 'USD' }), claim(112e6, 'دولار', { kind: 'currency', currency: 'USD', subject: subject('صفقة انتقال رونالدو') })))
      .toHaveLength(1);
    // Round figures, one digit, meet by chance every day.
    expect(pair(claim(100e6, 'دولار', { kind: 'currency', currency: 'USD' }), claim(100e6, 'دولار', { kind: 'currency', currency: 'USD' }))).toEqual([]);
    expect(pair(claim(5, 'ميل بحري', { kind: 'length' }), claim(5, 'ميل بحري', { kind: 'length' }))).toEqual([]);
    // Any two people may be 35: an age ties only through whose it is.
    expect(pair(claim(35, 'عام', { kind: 'age' }), claim(35, 'عام', { kind: 'age' }))).toEqual([]);
    // Nor a figure in two currencies, nor one figure under a bound, nor two subjects that share nothing.
    expect(pair(claim(112e6, 'دولار', { kind: 'currency', currency: 'USD' }), claim(112e6, 'يورو', { kind: 'currency', currency: 'EUR' }))).toEqual([]);
    expect(pair(claim(112e6, 'دولار', { kind: 'currency', currency: 'USD' }), claim(112e6, 'دولار', { kind: 'currency', currency: 'USD', bound: 'atLeast' }))).toEqual([]);
    expect(
      pair(
        claim(112e6, 'دولار', { kind: 'currency', currency: 'USD', subject: subject('صفقة انتقال رونالدو') }),
        claim(112e6, 'دولار', { kind: 'currency', currency: 'USD', subject: subject('موازنة وزارة الصحة') }),
      ),
    ).toEqual([]);
  });

  it('reads nouns of people that do not contradict each other as one thing counted', () => {
    const s = { subject: subject('حريق مركز التسوق في كيميروفو') };
    const pairs = (x: string, y: string): number => shared(alignClaims([{ id: 'a', claims: [claim(37, x, s)] }, { id: 'b', claims: [claim(37, y, s)] }])).length;
    expect(pairs('قتيل', 'شخص')).toBe(1); // what happened / anyone
    expect(pairs('مهاجر', 'جثه')).toBe(1); // who / what happened
    expect(pairs('جريح', 'مصاب')).toBe(1); // one group
    expect(pairs('قتيل', 'جريح')).toBe(0); // dead are not injured
    expect(pairs('مهاجر', 'طفل')).toBe(0); // migrants are not children
    expect(pairs('مشروعات', 'مشاريع')).toBe(1); // singular and plural alike
  });

  it('reads what happened to the people counted from the predicate or the subject', () => {
    const fire = { subject: subject('حريق مركز التسوق في كيميروفو') };
    const toll = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', fire)] },
      { id: 'b', claims: [claim(37, 'شخص', { ...fire, predicate: 'قتل' })] },
    ]);
    expect(shared(toll)).toEqual([['a:53 قتيل', 'b:37 شخص']]);
    expect(toll[0]!.status).toBe('conflicting');
    // The guards killed, counted as أفراد by one outlet and as عناصر by another.
    const guards = { subject: subject('قوات الحرس الوطني القتلى في كمين غار الدماء') };
    const ambush = alignClaims([
      { id: 'a', claims: [claim(9, 'فرد', guards)] },
      { id: 'b', claims: [claim(8, 'عنصر', guards)] },
    ]);
    expect(shared(ambush)).toEqual([['a:9 فرد', 'b:8 عنصر']]);
    // Without a word of what happened, people and the dead may be a whole and its part.
    expect(shared(alignClaims([{ id: 'a', claims: [claim(53, 'قتيل', fire)] }, { id: 'b', claims: [claim(37, 'شخص', fire)] }]))).toEqual([]);
    // Who they were and what happened to them, said by both: "قتل 35 مهاجراً" and "35 جثة".
    const bodies = alignClaims([
      { id: 'a', claims: [claim(35, 'مهاجر', { predicate: 'قتل' })] },
      { id: 'b', claims: [claim(35, 'جثة')] },
    ]);
    expect(shared(bodies)).toEqual([['a:35 مهاجر', 'b:35 جثة']]);
    expect(shared(alignClaims([{ id: 'a', claims: [claim(35, 'مهاجر')] }, { id: 'b', claims: [claim(35, 'جثة')] }]))).toEqual([]);
    // An article that writes "53 قتيلاً" and then "53 شخصاً على الأقل" counts the dead both times.
    const article = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', fire), claim(53, 'شخص', { ...fire, bound: 'atLeast' })] },
      { id: 'b', claims: [claim(37, 'قتيل', fire)] },
    ]);
    expect(shared(article)).toEqual([['a:53 قتيل', 'a:53 شخص', 'b:37 قتيل']]);
    // …unless it gives that figure for two things (5 قتلى، 5 جرحى).
    const two = createAligner();
    two.add({ id: 'a', claims: [claim(5, 'قتيل', fire), claim(5, 'جريح', fire), claim(5, 'شخص', fire)] });
    two.add({ id: 'b', claims: [claim(6, 'قتيل', fire)] });
    expect(shared(two.clusters()).flat()).not.toContain('a:5 شخص');
    // People killed are not people injured.
    const hurt = alignClaims([
      { id: 'a', claims: [claim(37, 'شخص', { ...fire, predicate: 'قتل' })] },
      { id: 'b', claims: [claim(37, 'شخص', { ...fire, predicate: 'أصاب' })] },
    ]);
    expect(shared(hurt)).toEqual([]);
  });

  it('reads two descriptions that share half their telling words as one subject', () => {
    const [c] = alignClaims([
      { id: 'bbc', claims: [claim(48, 'مهاجر', { subject: subject('غرق قارب قبالة سواحل تونس') })] },
      { id: 'cnn', claims: [claim(35, 'مهاجر', { subject: subject('غرق قارب المهاجرين قبالة صفاقس وقرقنة') })] },
    ]);
    expect(c!.members.map((m) => m.claim.text)).toEqual(['48 مهاجر', '35 مهاجر']);
    expect(c!.status).toBe('conflicting');
    // One word in four shared is not enough.
    const apart = alignClaims([
      { id: 'a', claims: [claim(48, 'مهاجر', { subject: subject('غرق قارب قبالة سواحل تونس') })] },
      { id: 'b', claims: [claim(35, 'مهاجر', { subject: subject('غرق عبارة في بحيرة فيكتوريا') })] },
    ]);
    expect(shared(apart)).toEqual([]);
  });

  it('reads two subjects of the same words, with the article or without it, as one', () => {
    const tranche = (v: number, text: string): Claim => claim(v, 'دولار', { kind: 'currency', currency: 'USD', subject: subject(text) });
    const [c] = alignClaims([{ id: 'a', claims: [tranche(2e9, 'الشريحة الرابعة')] }, { id: 'b', claims: [tranche(2.02e9, 'شريحة رابعة')] }]);
    expect(c!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:2000000000 دولار', 'b:2020000000 دولار']);
    expect(c!.status).toBe('conflicting');
    // One word is not enough: "عمرها" and "العمر" say whose figure it is no more than a pronoun does.
    const age = (v: number, text: string): Claim => claim(v, 'سنه', { subject: subject(text) });
    expect(shared(alignClaims([{ id: 'a', claims: [age(12, 'عمرها')] }, { id: 'b', claims: [age(13, 'العمر')] }]))).toEqual([]);
  });

  it('lends a figure with no subject the one subject its document gives the same figure', () => {
    // "وفاة 48 مهاجرا" in a headline, "قتل 48 مهاجرا على الأقل … غرق قاربهم" in the body; another outlet's
    // "35 مهاجرا" of "غرق قاربهم": one toll in conflict, the headline's figure with it.
    const migrants = (v: number, more: Partial<Claim> = {}): Claim => claim(v, 'مهاجر', { predicate: 'قتل', ...more });
    const [c] = alignClaims([
      { id: 'a', claims: [migrants(48), migrants(48, { bound: 'atLeast', subject: subject('غرق قاربهم') })] },
      { id: 'b', claims: [migrants(35, { subject: subject('غرق قاربهم') })] },
    ]);
    expect(c!.members.map((m) => `${m.documentId}:${m.claim.text}`)).toEqual(['a:48 مهاجر', 'a:48 مهاجر', 'b:35 مهاجر']);
    expect(c!.status).toBe('conflicting');
    expect(c!.members[2]!.reason).toContain('subject غرق قاربهم = غرق قاربهم');
    // A document that gives the figure with two subjects lends neither.
    const two = alignClaims([
      { id: 'a', claims: [migrants(48), migrants(48, { subject: subject('غرق قاربهم') }), migrants(48, { subject: subject('حادث سير') })] },
      { id: 'b', claims: [migrants(35, { subject: subject('غرق قاربهم') })] },
    ]);
    expect(shared(two)).toEqual([['a:48 مهاجر', 'b:35 مهاجر']]);
  });

  it('reads a description with more joined to it by و as a group the other is part of', () => {
    // 60 expelled by the United States alone; عشرات by the United States and European countries.
    const us = { subject: subject('الدبلوماسيون الروس الذين طردتهم الولايات المتحدة') };
    const usAndEurope = { subject: subject('الدبلوماسيون الروس الذين طردتهم الولايات المتحدة ودول أوروبية') };
    const dozens = claim(null, 'دبلوماسي', { ...usAndEurope, text: 'عشرات الدبلوماسيين', bound: 'vague', min: 10, max: 100 });
    expect(shared(alignClaims([{ id: 'a', claims: [claim(60, 'دبلوماسي', us)] }, { id: 'b', claims: [dozens] }]))).toEqual([]);
    // A conjunct both descriptions write is one place: "صفاقس وقرقنة".
    const both = { subject: subject('غرق قارب المهاجرين قبالة صفاقس وقرقنة') };
    const longer = { subject: subject('غرق قارب المهاجرين قبالة سواحل صفاقس وقرقنة') };
    expect(shared(alignClaims([{ id: 'a', claims: [claim(35, 'مهاجر', both)] }, { id: 'b', claims: [claim(48, 'مهاجر', longer)] }]))).toHaveLength(1);
  });

  it('reads a country named by one word as its longer name in a description, never its adjective', () => {
    const usa = { subject: subject('الدبلوماسيون الروس الذين طردتهم الولايات المتحدة ودول أوروبية') };
    const america = { subject: subject('الدبلوماسيون الروس الذين طردتهم أميركا ودول أوروبية') };
    const dozens = (more: Partial<Claim>): Claim => claim(null, 'دبلوماسي', { ...more, bound: 'vague', min: 10, max: 100 });
    expect(shared(alignClaims([{ id: 'a', claims: [dozens(usa)] }, { id: 'b', claims: [dozens(america)] }]))).toHaveLength(1);
    // "الأميركية" says whose mission, not who acts: it stays an adjective.
    const lexicon = alignLexicon('test', undefined);
    expect(lexicon.subjectWords('طردتهم أميركا')).toEqual(lexicon.subjectWords('طردتهم الولايات المتحدة'));
    expect(lexicon.subjectWords('البعثة الأميركية')).toHaveLength(2);
    expect(lexicon.subjectWords('البعثة الأميركية')).not.toEqual(expect.arrayContaining(lexicon.subjectWords('الولايات المتحدة')));
  });

  it('reads a noun of members before a body\'s name as the body: "أفراد من قوات الحرس الوطني" are of الحرس الوطني', () => {
    // 9 guards killed in one report, 8 in another: one toll of one body, in conflict.
    const nine = claim(9, 'فرد', { text: 'تسعة أفراد', subject: subject('قوات الحرس الوطني'), predicate: 'قتل' });
    const eight = claim(8, 'عنصر', { text: '8 من عناصر', subject: subject('الحرس الوطني'), predicate: 'قتل' });
    const [c] = alignClaims([{ id: 'a', claims: [nine] }, { id: 'b', claims: [eight] }]).filter((x) => x.members.length > 1);
    expect(c?.members.map((m) => m.claim.text)).toEqual(['تسعة أفراد', '8 من عناصر']);
    expect(c?.status).toBe('conflicting');
    // A noun of who the people are heads the name; a noun of what happened to them (القتلى) is no member.
    const lexicon = alignLexicon('test', undefined);
    expect(lexicon.namesMembers(lexicon.subjectWords('قوات')[0]!)).toBe(true);
    expect(lexicon.namesMembers(lexicon.subjectWords('عناصر')[0]!)).toBe(true);
    expect(lexicon.namesMembers(lexicon.subjectWords('القتلى')[0]!)).toBe(false);
  });

  it('takes a glued ك off a subject word only when a known or long word is left: كركنة is no ك + ركنة', () => {
    const lexicon = alignLexicon('test', undefined);
    expect(lexicon.subjectWords('جزيرة كركنة')).not.toEqual(expect.arrayContaining(lexicon.subjectWords('ركنة')));
    expect(lexicon.subjectWords('كالمنطقة الحدودية')).toEqual(lexicon.subjectWords('المنطقة الحدودية'));
    expect(lexicon.subjectWords('كمنطقة حدودية')).toEqual(lexicon.subjectWords('منطقة حدودية'));
    // ب and ل are taken off as before: بمنطقة → منطقة.
    expect(lexicon.subjectWords('بمنطقة')).toEqual(lexicon.subjectWords('منطقة'));
  });

  it('reads what happened to the people counted from a verb of the subject\'s relative clause: "الذين أنقذتهم" are the rescued', () => {
    const rescued = claim(67, 'مهاجر', { subject: subject('المهاجرون الذين أنقذتهم قوات البحرية قبالة الساحل') });
    const saved = claim(68, 'شخص', { subject: subject('الذين أنقذهم خفر السواحل') });
    const [c] = alignClaims([{ id: 'a', claims: [rescued] }, { id: 'b', claims: [saved] }]).filter((x) => x.members.length > 1);
    expect(c?.members.map((m) => m.claim.text)).toEqual(['67 مهاجر', '68 شخص']);
    expect(c?.status).toBe('conflicting');
    // A three-letter verb of the tables is also a noun: فقد is a loss, not the missing.
    const lexicon = alignLexicon('test', undefined);
    expect(lexicon.eventOf(null, lexicon.subjectWords('الذين اعتقلتهم الشرطة'))).not.toBeNull();
    expect(lexicon.eventOf(null, lexicon.subjectWords('فقد الوظائف في القطاع'))).toBeNull();
  });

  it('joins a vague word to a figure only as one toll, and to another vague word of its subject', () => {
    const crash = { subject: subject('تحطم طائرة في مطار كاتمندو') };
    const vague = (unit: string | null, more: Partial<Claim> = crash): Claim => claim(null, unit, { ...more, bound: 'vague', min: 10, max: 100 });
    expect(shared(alignClaims([{ id: 'a', claims: [vague(null)] }, { id: 'b', claims: [claim(67, 'راكب', crash)] }]))).toEqual([]);
    expect(shared(alignClaims([{ id: 'a', claims: [vague('قتيل')] }, { id: 'b', claims: [claim(40, 'قتيل', crash)] }]))).toHaveLength(1);
    // "عشرات الدبلوماسيين" fits the 60 one country expelled as well as all of them: no toll, no tie.
    const expelled = { subject: subject('الدبلوماسيون الروس المطرودون') };
    expect(shared(alignClaims([{ id: 'a', claims: [vague('دبلوماسي', expelled)] }, { id: 'b', claims: [claim(60, 'دبلوماسي', expelled)] }]))).toEqual([]);
    // "العشرات" of "المهاجرون الذين أنقذوا" counts the rescued, as "67 مهاجراً" of them does.
    const rescued = { subject: subject('المهاجرون الذين أنقذوا قبالة السواحل التونسية') };
    expect(shared(alignClaims([{ id: 'a', claims: [{ ...vague(null, rescued), text: 'العشرات' }] }, { id: 'b', claims: [claim(67, 'مهاجر', rescued)] }]))).toEqual([
      ['a:العشرات', 'b:67 مهاجر'],
    ]);
    // "وعشرات الجرحى، بينهم 15 امرأة": women among the injured are a part of them, though both were injured.
    const blast = { subject: subject('تفجير سوق الخضار في خان بني سعد'), predicate: 'أصاب' };
    const women = (): Claim => claim(15, 'امرأة', blast);
    expect(shared(alignClaims([{ id: 'a', claims: [vague('جريح', blast)] }, { id: 'b', claims: [women()] }, { id: 'c', claims: [women()] }]))).toEqual([
      ['b:15 امرأة', 'c:15 امرأة'],
    ]);
    expect(shared(alignClaims([{ id: 'a', claims: [vague('جريح', blast)] }, { id: 'b', claims: [claim(60, 'جريح', blast)] }]))).toHaveLength(1);
    // "الملايين" and "ملايين الأشخاص" of one subject say the same; neither is "حوالي 14 مليون نسمة".
    const atRisk = { subject: subject('سكان اليمن المعرضون لخطر الكوليرا') };
    const millions = (unit: string | null, text: string): Claim => ({ ...claim(null, unit, { ...atRisk, bound: 'vague', min: 1e6, max: 1e7 }), text });
    expect(shared(alignClaims([{ id: 'a', claims: [millions(null, 'الملايين')] }, { id: 'b', claims: [millions('شخص', 'ملايين الأشخاص')] }]))).toEqual([
      ['a:الملايين', 'b:ملايين الأشخاص'],
    ]);
    expect(shared(alignClaims([{ id: 'a', claims: [claim(14e6, 'نسمة', { ...atRisk, bound: 'approximate' })] }, { id: 'b', claims: [millions('شخص', 'ملايين الأشخاص')] }]))).toEqual([]);
  });

  it('reads a vague word with no noun as the figure of its own document it holds, of the closest subject', () => {
    // A headline "مصرع العشرات في انهيار جسر بمدينة جنوة" read without its verb; the body: "43 شخصاً على
    // الأقل" of the collapse, and "نحو 30 سيارة" on the bridge. Another outlet: "39 شخصاً على الأقل".
    const at = (text: string, more: Partial<Claim> = {}) => ({ subject: subject(text), ...more });
    const dozens = (): Claim => ({ ...claim(null, null, { ...at('انهيار جسر بمدينة جنوة'), bound: 'vague', min: 10, max: 100 }), text: 'العشرات' });
    const body = [claim(43, 'شخص', at('انهيار جسر موراندي في مدينة جنوة', { bound: 'atLeast' })), claim(30, 'سيارة', at('السيارات التي كانت على الجسر', { bound: 'approximate' }))];
    const other = { id: 'b', claims: [claim(39, 'شخص', at('انهيار جسر موراندي في مدينة جنوة', { bound: 'atLeast' }))] };
    expect(shared(alignClaims([{ id: 'a', claims: [dozens(), ...body] }, other]))).toEqual([['a:العشرات', 'a:43 شخص', 'b:39 شخص']]);
    // The 80 on board of "الحافلة التي سقطت من الجسر" share fewer words with the headline: the dead are read.
    const onBoard = claim(80, 'راكب', at('الحافلة التي سقطت من جسر جنوة'));
    expect(shared(alignClaims([{ id: 'a', claims: [dozens(), onBoard, ...body] }, other]))).toEqual([['a:العشرات', 'a:43 شخص', 'b:39 شخص']]);
    // The dead and the injured of the collapse, both as close to the headline: which one it is, nothing says.
    const injured = claim(16, 'جريح', at('انهيار جسر موراندي في مدينة جنوة'));
    expect(shared(alignClaims([{ id: 'a', claims: [dozens(), injured, ...body] }, other]))).toEqual([['a:43 شخص', 'b:39 شخص']]);
  });

  it('reads a counted noun in quotation marks as someone else\'s word: 60 "جاسوسا" are the 60 دبلوماسيا of the subject', () => {
    const expelled = { subject: subject('الدبلوماسيون الروس المطرودون من الولايات المتحدة') };
    const quoted = claim(60, 'جاسوس', { ...expelled, text: '60 "جاسوسا"', unit: { text: 'جاسوسا', lemma: 'جاسوس', kind: 'count', singular: 'جاسوس' } });
    // The unit's text may be the singular inside the written word.
    const singular = claim(60, 'جاسوس', { ...expelled, text: 'ستين «جاسوساً»', unit: { text: 'جاسوس', lemma: 'جاسوس', kind: 'count', singular: 'جاسوس' } });
    const bare = claim(60, 'جاسوس', { ...expelled, text: '60 جاسوسا', unit: { text: 'جاسوسا', lemma: 'جاسوس', kind: 'count', singular: 'جاسوس' } });
    const diplomats = claim(60, 'دبلوماسي', expelled);
    expect(shared(alignClaims([{ id: 'a', claims: [quoted] }, { id: 'b', claims: [diplomats] }]))).toEqual([['a:60 "جاسوسا"', `b:${diplomats.text}`]]);
    expect(shared(alignClaims([{ id: 'a', claims: [singular] }, { id: 'b', claims: [diplomats] }]))).toEqual([['a:ستين «جاسوساً»', `b:${diplomats.text}`]]);
    expect(shared(alignClaims([{ id: 'a', claims: [bare] }, { id: 'b', claims: [diplomats] }]))).toEqual([]);
  });

  it('reads no subject in the counted noun or a number word: "1.9 في المائة" of "المائة" is nobody\'s', () => {
    const pct = (v: number, id: string): AlignmentDocument => ({ id, claims: [claim(v, 'في المئه', { kind: 'percent', subject: subject('المائة') })] });
    expect(shared(alignClaims([pct(1.9, 'a'), pct(2.45, 'b')]))).toEqual([]);
    const own = (v: number, id: string): AlignmentDocument => ({ id, claims: [claim(v, 'عنصر', { subject: subject('عناصر') })] });
    expect(shared(alignClaims([own(27, 'a'), own(33, 'b')]))).toEqual([]);
    // A subject that says whose it is still ties them.
    const isis = (v: number, id: string): AlignmentDocument => ({ id, claims: [claim(v, 'عنصر', { subject: subject('داعش') })] });
    expect(shared(alignClaims([isis(27, 'a'), isis(33, 'b')]))).toHaveLength(1);
  });

  it('keeps a whole and its part apart unless they give the same number', () => {
    const s = { subject: subject('الطائرة البنغالية المتحطمة في كاتماندو') };
    expect(shared(alignClaims([{ id: 'a', claims: [claim(71, 'شخص', s)] }, { id: 'b', claims: [claim(67, 'راكب', s)] }]))).toEqual([]);
  });

  it('keeps a running total apart from a figure that is not one, unless they give the same number', () => {
    // "حصلت مصر حتى الآن على 8 مليارات دولار من القرض" against "قرض صندوق النقد لمصر 12 مليار دولار".
    const running = { text: 'حتى الآن', span: { start: 0, end: 1 }, start: '2018-06-30', end: '2018-06-30', cumulative: true };
    const usd = (v: number, text: string, more: Partial<Claim> = {}): Claim => claim(v, 'دولار', { kind: 'currency', currency: 'USD', subject: subject(text), ...more });
    const loan = usd(12e9, 'قرض صندوق النقد الدولي لمصر');
    const paid = usd(8e9, 'ما حصلت عليه مصر من قرض صندوق النقد الدولي', { time: running });
    expect(shared(alignClaims([{ id: 'a', claims: [loan] }, { id: 'b', claims: [paid] }]))).toEqual([]);
    // The whole loan paid out: one number, one fact.
    const all = usd(12e9, 'ما حصلت عليه مصر من قرض صندوق النقد الدولي', { time: running });
    expect(shared(alignClaims([{ id: 'a', claims: [loan] }, { id: 'b', claims: [all] }]))).toHaveLength(1);
    // A toll is a running total however it is written: 53 dead so far and 37 dead are one toll in conflict.
    const fire = { subject: subject('حريق مركز التسوق في كيميروفو') };
    const [toll] = alignClaims([
      { id: 'a', claims: [claim(53, 'قتيل', { ...fire, time: running })] },
      { id: 'b', claims: [claim(37, 'قتيل', { ...fire, time: { ...running, cumulative: false } })] },
    ]);
    expect(toll!.members).toHaveLength(2);
    expect(toll!.status).toBe('conflicting');
  });

  it('ties a small number of a running total and of another figure only when the total says since when', () => {
    const titles = (text: string, time: Claim['time']): Claim => claim(4, 'مرة', { subject: subject(text), time });
    const toDate = { text: 'حتى الآن', span: { start: 0, end: 1 }, start: '2018-07-10', end: '2018-07-10', cumulative: true };
    const lastFive = { text: 'في المواسم الخمسة الماضية', span: { start: 0, end: 1 }, start: '2013', end: '2018' };
    // The career's four Champions League titles, and four in the last five seasons: a part and its whole.
    const career = titles('ألقاب دوري أبطال أوروبا التي حققها رونالدو مع ريال مدريد', toDate);
    const recent = titles('ألقاب دوري أبطال أوروبا التي حققها رونالدو مع ريال مدريد في المواسم الخمسة الماضية', lastFive);
    expect(shared(alignClaims([{ id: 'a', claims: [career] }, { id: 'b', claims: [recent] }]))).toEqual([]);
    // The fourth rise since January and the fourth this year count one span.
    const since = { text: 'منذ يناير', span: { start: 0, end: 1 }, start: '2018-01', end: '2018-09-02', cumulative: true };
    const thisYear = { text: 'هذا العام', span: { start: 0, end: 1 }, start: '2018', end: '2018' };
    const rises = (time: Claim['time']): Claim => claim(4, 'مرة', { subject: subject('رفع أسعار الوقود في تونس'), time });
    expect(shared(alignClaims([{ id: 'a', claims: [rises(since)] }, { id: 'b', claims: [rises(thisYear)] }]))).toHaveLength(1);
  });

  it('reads what a figure without its noun counts from a verb of what happened: "مقتل العشرات" counts the dead', () => {
    const dozens = (unit: string | null, more: Partial<Claim> = {}): Claim => claim(null, unit, { bound: 'vague', min: 10, max: 100, ...more });
    const [, dead] = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), dozens(null, { text: 'العشرات', predicate: 'قتل' })] },
      { id: 'b', claims: [claim(73, 'جريح'), dozens('قتيل', { text: 'عشرات القتلى' })] },
    ]);
    expect(dead!.members.map((m) => m.claim.text)).toEqual(['العشرات', 'عشرات القتلى']);
    // Without a verb that says it, "العشرات" may be anyone: it stays alone.
    const [, ...rest] = alignClaims([
      { id: 'a', claims: [claim(73, 'جريح'), dozens(null, { text: 'العشرات' })] },
      { id: 'b', claims: [claim(73, 'جريح'), dozens('قتيل', { text: 'عشرات القتلى' })] },
    ]);
    expect(rest.map((c) => c.members.length)).toEqual([1, 1]);
  });

  it('reads a figure written without its noun with the unit its document gives that figure', () => {
    // "قرض بقيمة 12 مليار دولار … وقال إن 12 مليارا" in one article, "12 مليار دولار" in another.
    const usd = (v: number): Claim => claim(v, 'دولار', { kind: 'currency', currency: 'USD' });
    const bare = claim(12e9, null);
    const clusters = alignClaims([
      { id: 'a', claims: [usd(12e9), bare] },
      { id: 'b', claims: [usd(12e9)] },
    ]);
    expect(clusters.find((c) => c.members.some((m) => m.claim === bare))!.members.map((m) => m.documentId)).toContain('b');
    // A document that gives the figure with two units lends neither.
    const lone = claim(12e9, null);
    const two = alignClaims([
      { id: 'a', claims: [usd(12e9), claim(12e9, 'يورو', { kind: 'currency', currency: 'EUR' }), lone] },
      { id: 'b', claims: [usd(12e9)] },
    ]);
    expect(two.find((c) => c.members.some((m) => m.claim === lone))!.members).toHaveLength(1);
  });

  it('reads a currency named alone as any currency of its name: "1.925 دينار" in a report from Tunis', () => {
    const price = (v: number, lemma: string, currency: string): Claim => claim(v, lemma, { kind: 'currency', currency, subject: subject('سعر لتر البنزين في تونس') });
    expect(shared(alignClaims([{ id: 'a', claims: [price(1.925, 'دينار', 'IQD')] }, { id: 'b', claims: [price(1.925, 'دينار تونسي', 'TND')] }]))).toHaveLength(1);
    // Two countries' dinars, both named, are two currencies.
    expect(shared(alignClaims([{ id: 'a', claims: [price(1.925, 'دينار أردني', 'JOD')] }, { id: 'b', claims: [price(1.925, 'دينار تونسي', 'TND')] }]))).toEqual([]);
  });

  it('ties subjects that name a place and the country it lies in: صفاقس ⊂ تونس', () => {
    // A measure ties claims only through subjects that share words; a city and its country are one word shared.
    const miles = (id: string, text: string): AlignmentDocument => ({ id, claims: [claim(16, 'ميل بحري', { kind: 'length', subject: subject(text) })] });
    const [c] = shared(alignClaims([miles('a', 'قبالة سواحل تونس'), miles('b', 'قبالة صفاقس')]));
    expect(c).toEqual(['a:16 ميل بحري', 'b:16 ميل بحري']);
    // Also by the country's demonym: "السواحل التونسية".
    expect(shared(alignClaims([miles('a', 'قبالة السواحل التونسية'), miles('b', 'قبالة صفاقس')]))).toHaveLength(1);
    // Two places of one country do not contain each other, nor does a city contain another country.
    expect(shared(alignClaims([miles('a', 'قبالة قرقنة'), miles('b', 'قبالة صفاقس')]))).toEqual([]);
    expect(shared(alignClaims([miles('a', 'قبالة سواحل ليبيا'), miles('b', 'قبالة صفاقس')]))).toEqual([]);
    const lexicon = alignLexicon('test', undefined);
    expect(lexicon.placesOf('غرق قارب المهاجرين قبالة صفاقس وقرقنة')).toEqual({ countries: [], within: ['TN'] });
    expect(lexicon.placesOf('خفر السواحل التونسي في ليبيا')).toEqual({ countries: ['TN', 'LY'], within: [] });
  });

  it('reads a verb of a subject as its predicate group: "أجلتهم" = "أخلتهم"', () => {
    const people = (id: string, text: string): AlignmentDocument => ({ id, claims: [claim(100, 'شخص', { bound: 'approximate', subject: subject(text) })] });
    const [c] = shared(alignClaims([people('bbc', 'الذين أجلتهم خدمات الطوارئ من المبنى'), people('cnn', 'الذين أخلتهم قوات الإنقاذ من المركز')]));
    expect(c).toEqual(['bbc:100 شخص', 'cnn:100 شخص']);
    expect(shared(alignClaims([people('bbc', 'الذين أجلتهم خدمات الطوارئ من المبنى'), people('cnn', 'الذين نقلتهم قوات الإنقاذ من المركز')]))).toEqual([]);
  });

  it('reads money of one fact in two currencies as one fact that is never a conflict, and compares only the main currency', () => {
    const s = { subject: subject('قيمة صفقة انتقال رونالدو من ريال مدريد إلى يوفنتوس') };
    const eur = (v: number, more: Partial<Claim> = {}): Claim => claim(v, 'يورو', { kind: 'currency', currency: 'EUR', ...s, ...more });
    const usd = (v: number, more: Partial<Claim> = {}): Claim => claim(v, 'دولار', { kind: 'currency', currency: 'USD', ...s, ...more });
    const [c] = alignClaims([
      { id: 'bbc', claims: [usd(112e6)] },
      { id: 'f24', claims: [eur(100e6)] },
      { id: 'sky', claims: [eur(100e6)] },
    ]);
    expect(c!.members.map((m) => [m.documentId, m.confirms])).toEqual([
      ['bbc', false],
      ['f24', true],
      ['sky', true],
    ]);
    // The figure is the euros', which two outlets give; the dollars neither confirm nor contradict it.
    expect(c!.status).toBe('consistent');
    expect(c!.consensus).toEqual({ min: 100e6, max: 100e6, minInclusive: true, maxInclusive: true });
    expect(c!.outlets).toEqual(['f24', 'sky']);
    expect(c!.members[0]!.reason.startsWith('in USD, not EUR: not compared; ')).toBe(true);
    // Euros that disagree still conflict; the dollars stay out of it.
    const [d] = alignClaims([{ id: 'bbc', claims: [usd(112e6)] }, { id: 'f24', claims: [eur(100e6)] }, { id: 'sky', claims: [eur(118e6)] }]);
    expect(d!.members).toHaveLength(3);
    expect(d!.status).toBe('conflicting');
    expect(d!.conflicts.map((k) => [d!.members[k.a]!.documentId, d!.members[k.b]!.documentId])).toEqual([['f24', 'sky']]);
    // Beyond any rate of the table (1 EUR = 0.82–1.6 USD), two facts.
    expect(shared(alignClaims([{ id: 'a', claims: [usd(200e6)] }, { id: 'b', claims: [eur(100e6)] }]))).toEqual([]);
    // Without a shared subject, sums in two currencies never meet.
    expect(shared(alignClaims([{ id: 'a', claims: [usd(112e6, { subject: null })] }, { id: 'b', claims: [eur(100e6, { subject: null })] }]))).toEqual([]);
    // Nor through a shared predicate alone: "بلغت الصادرات" and "بلغ الاستثمار" are two sums.
    expect(shared(alignClaims([{ id: 'a', claims: [usd(112e6, { subject: null, predicate: 'بلغ' })] }, { id: 'b', claims: [eur(100e6, { subject: null, predicate: 'بلغ' })] }]))).toEqual([]);
    // Of two times, two facts: the 2009 transfer's 80 million pounds are not 2008's 91 million euros.
    expect(shared(alignClaims([{ id: 'a', claims: [usd(112e6, { time: { text: '2009', start: '2009', end: '2009' } as Claim['time'] })] }, { id: 'b', claims: [eur(100e6, { time: { text: '2008', start: '2008', end: '2008' } as Claim['time'] })] }]))).toEqual([]);
  });

  it('converts measures of one kind: 16 nautical miles are 29.6 km', () => {
    const s = { subject: subject('المسافة بين القارب ومدينة صفاقس') };
    const [c] = alignClaims([
      { id: 'a', claims: [claim(16, 'ميل بحري', { ...s, kind: 'length' })] },
      { id: 'b', claims: [claim(30, 'كيلومتر', { ...s, kind: 'length', bound: 'approximate' })] },
    ]);
    expect(c!.members).toHaveLength(2);
    expect(c!.status).toBe('consistent');
  });

  it('reads a bare mile as a land or a nautical one: "خمسة أميال" meets "5 أميال بحرية"', () => {
    const s = { subject: subject('المسافة بين المركب وجزيرة قرقنة') };
    const [c] = alignClaims([
      { id: 'a', claims: [claim(5, 'ميل', { ...s, kind: 'length' })] },
      { id: 'b', claims: [claim(5, 'ميل بحري', { ...s, kind: 'length', bound: 'approximate' })] },
      { id: 'c', claims: [claim(10, 'كيلومتر', { ...s, kind: 'length', bound: 'approximate' })] },
    ]);
    expect(c!.members).toHaveLength(3);
    expect(c!.status).toBe('consistent');
    // A nautical mile is only one size: 5 of them are not 8 km.
    const apart = alignClaims([
      { id: 'a', claims: [claim(5, 'ميل بحري', { ...s, kind: 'length' })] },
      { id: 'b', claims: [claim(8, 'كيلومتر', { ...s, kind: 'length' })] },
    ]);
    expect(apart[0]!.status).toBe('conflicting');
  });

  it('keeps different subjects, units and events apart', () => {
    expect(multi({ a: 'خفضت الولايات المتحدة قواتها إلى 3000 عنصر', b: 'بقي 3000 مقاتل من داعش' })).toEqual([]);
    expect(multi({ a: 'قتل 300 مدني', b: 'دمرت 300 منازل' })).toEqual([]);
    expect(multi({ a: 'درب التحالف 300 جندي', b: 'قتل 300 جندي' })).toEqual([]);
  });

  it('treats counted nouns of personnel as one unit, and spelling variants of an owner as one', () => {
    const [c] = multi({ a: 'درب 22 ألفاً من مقاتلي البشمركة', b: 'درب 22 ألفاً من قوات البيشمركة' });
    expect(c?.members).toHaveLength(2);
  });

});

describe('alignClaims: time', () => {
  const at = (id: string, publishedAt: string, more: Partial<Claim> = {}): AlignmentDocument => ({ id, publishedAt, claims: [claim(73, 'جريح', more)] });

  it('lets a tally of today meet the same tally dated to its start, when its number is one of three digits', () => {
    // "سجل 451 هدفاً منذ 2008" read as a figure of 2008, and "451 هدفاً" of today: one tally.
    const since = { time: { text: 'منذ 2008', span: { start: 0, end: 1 }, start: '2008', end: '2008' } };
    const goals = (id: string, v: number, more: Partial<Claim> = {}): AlignmentDocument => ({ id, publishedAt: '2018-07-10', claims: [claim(v, 'هدف', more)] });
    expect(shared(alignClaims([goals('a', 451, since), goals('b', 451)]))).toHaveLength(1);
    // Two digits (45) meet by chance too often across the years.
    expect(shared(alignClaims([goals('a', 45, since), goals('b', 45)]))).toEqual([]);
  });

  it('ties a figure whose noun is carried from an earlier count and that says what happened only by that, not by the noun alone', () => {
    // "… وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة": a figure "منهم" is a part of the group counted
    // before it, and what happened to that part is its own; another report's figure of the whole group,
    // saying nothing of it, is not them.
    const migrants = (id: string, more: Partial<Claim>): AlignmentDocument => ({ id, publishedAt: '2018-06-03', claims: [claim(67, 'مهاجر', more)] });
    expect(shared(alignClaims([migrants('a', { text: '67 منهم', predicate: 'انقذ' }), migrants('b', { text: '67 مهاجرا' })]))).toEqual([]);
    // With nothing said of what happened to it, the carried figure still meets by its noun.
    expect(shared(alignClaims([migrants('a', { text: '67 منهم' }), migrants('b', { text: '67 مهاجرا' })]))).toHaveLength(1);
  });

  it('lets two days named in reports be one apart, never two', () => {
    // "الاثنين 6 أغسطس" in one report and the 7th in another may be one night; the 8th is another day.
    const day = (d: string) => ({ time: { text: '', span: { start: 0, end: 1 }, start: d, end: d } });
    expect(shared(alignClaims([at('a', '2018-08-07', day('2018-08-06')), at('b', '2018-08-07', day('2018-08-07'))]))).toHaveLength(1);
    expect(shared(alignClaims([at('a', '2018-08-07', day('2018-08-06')), at('b', '2018-08-08', day('2018-08-08'))]))).toEqual([]);
  });

  it('reads years before the common era as the dates layer writes them: 150 BC is not this week', () => {
    const bc = { time: { text: 'عام 150 قبل الميلاد', span: { start: 0, end: 1 }, start: '-0149', end: '-0149' } };
    expect(shared(alignClaims([at('a', '2018-07-08', bc), at('b', '2018-07-08')]))).toEqual([]);
    // Years of the first century are not years of the twentieth (Date.UTC reads 0050 as 1950).
    const first = (y: string) => ({ time: { text: '', span: { start: 0, end: 1 }, start: y, end: y } });
    expect(shared(alignClaims([at('a', '2018-07-08', first('0050')), at('b', '2018-07-08', first('1950'))]))).toEqual([]);
  });

  it('aligns documents published within the window, and not beyond', () => {
    expect(shared(alignClaims([at('a', '2018-07-08'), at('b', '2018-07-10')]))).toHaveLength(1);
    expect(shared(alignClaims([at('a', '2018-07-08'), at('b', '2018-07-11')]))).toEqual([]);
    expect(shared(alignClaims([at('a', '2018-07-08'), at('b', '2018-07-11')], { window: 3 }))).toHaveLength(1);
  });

  it('keeps figures of periods that do not meet apart', () => {
    const scope = (start: string) => ({ time: { text: '', span: { start: 0, end: 0 }, start, end: start } });
    expect(shared(alignClaims([at('a', '2018-07-08', scope('2016')), at('b', '2018-07-08', scope('2018-07-08'))]))).toEqual([]);
    expect(shared(alignClaims([at('a', '2018-07-08', scope('2018-07-07')), at('b', '2018-07-08', scope('2018-07-08'))]))).toHaveLength(1);
  });
});

describe('alignClaims: outlets', () => {
  const report = (id: string, source: string, text = 'قتل 801 مدنيا'): AlignmentDocument => ({ id, source, text });

  it('counts two articles of one outlet as one confirmation', () => {
    const [c] = alignClaims([report('a1', 'alriyadh'), report('a2', 'alriyadh'), report('b', 'okaz')]);
    expect(c!.members.map((m) => m.outlet)).toEqual(['alriyadh', 'alriyadh', 'okaz']);
    expect(c!.outlets).toEqual(['alriyadh', 'okaz']);
  });

  it('makes the agency the source of a wire story, by its dateline or its closing credit', () => {
    const [c] = alignClaims([report('a', 'alriyadh', 'الرياض - واس: قتل 801 مدنيا'), report('b', 'okaz', 'قتل 801 مدنيا، وفق ما ذكرت وكالة الأنباء السعودية'), report('c', 'aawsat', 'قتل 801 مدنيا. (أ. ف. ب)')]);
    expect(c!.members.map((m) => m.outlet)).toEqual(['واس', 'واس', 'أ ف ب']);
    expect(c!.outlets).toEqual(['واس', 'أ ف ب']);
    expect(c!.members[0]!.source).toBe('alriyadh');
  });

  it('makes an agency quoted as the speaker the source of its figure', () => {
    const [c] = alignClaims([
      { id: 'a', source: 'alriyadh', claims: [claim(390, 'مقاتل', { speaker: speaker('وكالة الأناضول') })] },
      { id: 'b', source: 'okaz', claims: [claim(390, 'مقاتل', { speaker: speaker('الأناضول') })] },
    ]);
    expect(c!.outlets).toEqual(['الأناضول']);
  });

  it('never lets a denied or projected figure confirm or contradict an asserted one', () => {
    const projected = { modality: 'projected' } as Partial<Claim>;
    const [c] = alignClaims([
      { id: 'a', source: 'x', claims: [claim(1985, 'دينار', { kind: 'currency', subject: subject('سعر لتر البنزين في تونس') })] },
      { id: 'b', source: 'y', claims: [claim(1985, 'دينار', { kind: 'currency', subject: subject('سعر لتر البنزين في تونس'), ...projected })] },
    ]);
    expect(c!.members.map((m) => m.confirms)).toEqual([true, false]);
    expect(c!.outlets).toEqual(['x']);
    expect(c!.members[1]!.reason).toMatch(/^projected: does not confirm/u);
    const apart = alignClaims([
      { id: 'a', claims: [claim(1985, 'دينار', { kind: 'currency', subject: subject('سعر لتر البنزين في تونس') })] },
      { id: 'b', claims: [claim(2100, 'دينار', { kind: 'currency', subject: subject('سعر لتر البنزين في تونس'), ...projected })] },
    ]);
    expect(shared(apart)).toEqual([]);
  });
});

describe('alignClaims: documents and options', () => {
  it('extracts the claims of documents given as text, with the extractor and the tables given', () => {
    // The same tables for both: the aligner ties a number through a noun its tables know.
    const lexicon = { countUnits: [{ lemma: 'مسيرة', kind: 'count', forms: ['مسيرات'], inflect: 'feminine' }] } as const;
    const docs = [
      { id: 'a', text: 'أسقط الجيش 112 مسيرة' },
      { id: 'b', text: 'أسقط الجيش 112 مسيرة أمس' },
    ];
    const extractor = createClaimExtractor({ lexicon });
    const [c] = alignClaims(docs, { extractor, lexicon });
    expect(c!.members.map((m) => m.claim.unit?.lemma)).toEqual(['مسيره', 'مسيره']);
    // An unknown word after a number may be a date or a name: alone, it ties nothing.
    expect(alignClaims(docs, { extractor })[0]!.members).toHaveLength(1);
  });

  it('leaves reasons empty when not asked for', () => {
    expect(multi({ a: 'قتل 801 مدنيا', b: 'قتل 801 مدنيا' })[0]!.members[1]!.reason).not.toBe('');
    expect(alignClaims([doc('a', 'قتل 801 مدنيا'), doc('b', 'قتل 801 مدنيا')], { explain: false })[0]!.members.map((m) => m.reason)).toEqual(['', '']);
  });

  it('rejects what is not an array or not a document, naming the field', () => {
    expect(() => alignClaims('x' as unknown as [])).toThrow(new TypeError('alignClaims: documents must be an array of { id, text or claims, source?, publishedAt? }, got string'));
    expect(() => alignClaims([{ id: 'a' }])).toThrow(new TypeError('alignClaims: documents[0] must have text or claims'));
    expect(() => alignClaims([{ id: 'a', claims: [] }, { id: 2 } as never])).toThrow(new TypeError('alignClaims: documents[1].id must be a string, got 2'));
    expect(() => alignClaims([{ id: 'a', claims: [{} as Claim] }])).toThrow(/documents\[0\]\.claims\[0\] must be a claim/u);
    expect(() => alignClaims([{ id: 'a', claims: [], publishedAt: '2018-02-30' }])).toThrow(RangeError);
    expect(() => alignClaims([{ id: 'a', claims: [], publishedAt: 20180203 as never }])).toThrow(/documents\[0\]\.publishedAt must be a date/u);
  });

  it('rejects options out of range, naming the option', () => {
    expect(() => alignClaims([], { window: -1 })).toThrow(new RangeError('alignClaims: options.window must be a number of days, 0 or more, got -1'));
    expect(() => alignClaims([], { window: Number.NaN })).toThrow(RangeError);
    expect(() => alignClaims([], { factor: 0.5 })).toThrow(/options\.factor must be a ratio of 1 or more/u);
    expect(() => alignClaims([], { tolerance: 1 })).toThrow(/options\.tolerance must be a share from 0 to below 1/u);
    expect(() => alignClaims([], { tolerance: '0.1' as never })).toThrow(TypeError);
    expect(() => alignClaims([], { extractor: {} as never })).toThrow(/options\.extractor must be a ClaimExtractor/u);
    expect(() => alignClaims([], { lexicon: { countedKinds: [{ kind: 'people', role: 'someone', lemmas: [] }] } as never })).toThrow(
      /lexicon\.countedKinds\[0\]\.role must be one of any, who, what/u,
    );
  });
});
