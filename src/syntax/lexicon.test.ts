/**
 * Every entry of the syntax tables, read back through the public functions
 * (the claims and mentions they shape), so that a contributor's new line is
 * tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from '../claims/extract.js';
import { namesTables } from '../names/lexicon.js';
import { reportingVerbForms } from './lexicon/reporting.js';
import { syntaxTables } from './lexicon.js';
import { findEntityMentions } from './mentions.js';
import { unitForms } from './units.js';
import { foldWord } from '../text/fold.js';

const t = syntaxTables;
const one = (text: string) => {
  const claims = extractQuantClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe('speaker tables', () => {
  it.each(t.reportingVerbs.flatMap((v) => reportingVerbForms(v).map((f) => [f, v.past] as const)))('"%s" (%s) introduces its speaker', (form) => {
    expect(one(`${form} البيان إن 30 مدنيا قتلوا`).speaker?.text).toBe('البيان');
    expect(findEntityMentions(`و${form} جون بول سميث إن القوات باقية`).map((m) => m.text)).toEqual(['جون بول سميث']);
  });

  it.each(t.reportingFromVerbs.flatMap((v) => reportingVerbForms(v).map((f) => [f] as const)))('"%s" takes its source after عن', (form) => {
    expect(one(`${form} الصحيفة عن مسؤولين إن 30 مدنيا قتلوا`).speaker?.text).toBe('مسؤولين');
  });

  it.each(t.attributionPhrases.map((a) => [a] as const))('"%s" attributes the figure', (phrase) => {
    expect(one(`قتل 30 مدنيا، ${phrase} البيان`).speaker?.text).toBe('البيان');
  });

  it.each(namesTables.titleWords.map((w) => [w] as const))('the name after the title "%s" is the speaker', (title) => {
    expect(one(`وقال ${title} جون سميث إن 30 مدنيا قتلوا`).speaker?.text).toBe('جون سميث');
  });

  it.each(t.roleWords.map((w) => [w] as const))('"%s" starts a described speaker', (role) => {
    expect(one(`وقال ${role} الشركة إن 30 مدنيا قتلوا`).speaker?.text).toBe(`${role} الشركة`);
  });

  it.each(t.speakerStopWords.map((w) => [w] as const))('"%s" ends the speaker phrase', (word) => {
    expect(one(`وقال البيان ${word} 30 مدنيا قتلوا`).speaker?.text).toBe('البيان');
  });

  it.each(t.nameBreakers.map((w) => [w] as const))('"%s" is never part of a name', (word) => {
    expect(one(`وقال المتحدث ${word} التحالف جون سميث إن 30 مدنيا قتلوا`).speaker?.text).not.toContain(word === 'و' ? ' و ' : word);
  });

  it.each(t.anonymousSources.map((w) => [w] as const))('"%s" is an unnamed source', (word) => {
    expect(one(`وقالت ${word} إن 30 مدنيا قتلوا`).speaker).toMatchObject({ kind: 'anonymous' });
  });

  it.each(t.sourceDocuments.map((w) => [w] as const))('"%s" is a document that speaks for the figure, not a name', (doc) => {
    expect(one(`قتل 30 مدنيا، وفق ${doc} الوزارة`).speaker).toMatchObject({ text: `${doc} الوزارة`, kind: 'organisation' });
    expect(one(`وأظهرت ${doc} الوزارة أن 30 مدنيا قتلوا`).speaker).toMatchObject({ text: `${doc} الوزارة`, kind: 'organisation' });
    expect(one(`قتل 30 مدنيا، وفق ال${doc} الرسمية`).speaker).toMatchObject({ text: `ال${doc} الرسمية` });
  });

  it.each(t.documentAuthorLinks.map((w) => [w] as const))('"%s" joins a document to its author', (link) => {
    expect(one(`قتل 30 مدنيا، وفق دراسة ${link} الوزارة`).speaker).toMatchObject({ text: `دراسة ${link} الوزارة`, kind: 'organisation' });
  });

  it.each(t.speechAddressees.map((w) => [w] as const))('"ل%s" is the outlet spoken to, not the speaker', (word) => {
    const glued = word.startsWith('ال') ? `ل${word.slice(1)}` : `ل${word}`;
    expect(one(`وقال المتحدث باسم الجيش جون سميث ${glued} إن 30 مدنيا قتلوا`).speaker).toMatchObject({ text: 'جون سميث', kind: 'person' });
  });

  // Dotted abbreviations ("أ. ف. ب") are words across punctuation: the alignment's wire reading takes them (src/align/lexicon.test.ts).
  const signatures = t.newsAgencies.flatMap((a) => [a.name, ...a.forms]).filter((f) => !f.includes('.'));
  it.each(signatures.map((f) => [f] as const))('"%s" signing the dateline speaks when nobody else does', (agency) => {
    expect(one(`الرياض - ${agency}\nقتل 30 مدنيا في الغارة`).speaker).toMatchObject({ text: agency, kind: 'outlet' });
  });

  it.each(t.leadingParticles.map((w) => [w] as const))('"%s" may open the sentence before its speaker', (word) => {
    expect(one(`${word} التحالف الدولي يكشف أن 30 مدنيا قتلوا`).speaker?.text).toBe('التحالف الدولي');
  });

  it.each(t.affiliationPrepositions.map((w) => [w] as const))('"%s" after a title reads its affiliation, not a name', (word) => {
    expect(one(`وقال العقيد ${word} الجيش الأمريكي ريان ديلون إن 30 مدنيا قتلوا`).speaker).toMatchObject({ text: 'ريان ديلون', kind: 'person' });
  });

  it.each(t.relaySourcePrepositions.map((w) => [w] as const))('"%s" names the source a relaying verb quotes', (word) => {
    expect(one(`ونقلت الصحيفة، قبل أيام، ${word} مسؤولين إن 30 مدنيا قتلوا`).speaker?.text).toBe('مسؤولين');
  });

  it.each(t.attributionRelatives.map((w) => [w] as const))('"%s" between an attribution and its verb is skipped', (word) => {
    expect(one(`قتل 30 مدنيا، بحسب ${word} نقلت وكالة الأناضول`).speaker?.text).toBe('وكالة الأناضول');
  });

  it.each(t.relativeVerbObjects.map((w) => [w] as const))('"%s" after an attribution\'s verb is skipped before the speaker', (word) => {
    expect(one(`قتل 30 مدنيا، بحسب ما صرح ${word} وزير الداخلية سامي النجار`).speaker?.text).toBe('سامي النجار');
  });

  it.each(t.verbalNounOpeners.map((w) => [w] as const))('"%s" before a reporting verb\'s form makes it a noun that names no speaker', (word) => {
    // Without the opener, "زعم تهديد …" would be read as a verb and its subject.
    expect(one(`وفرضت الحكومة رسوما ${word} زعم تهديد الواردات الأمن القومي، وشملت 6 بلدان`).speaker).toBeNull();
  });

  const adjectiveEndings = [...t.relationEndings, ...t.pluralRelationEndings, ...t.feminineEndings];
  it.each(adjectiveEndings.map((e) => [e] as const))('an adjective ending in "%s" describes an unnamed source', (ending) => {
    expect(one(`وقالت مصادر عراق${ending} إن 30 مدنيا قتلوا`).speaker).toMatchObject({ text: `مصادر عراق${ending}`, kind: 'anonymous' });
  });

  it.each(t.pluralRelationEndings.map((e) => [e] as const))('a word ending in "%s" describes, it never names', (ending) => {
    expect(one(`وقال سامي حكوم${ending} إن 30 مدنيا قتلوا`).speaker).toMatchObject({ text: 'سامي', kind: 'person' });
  });

  it.each(t.relationEndings.map((e) => [e] as const))('a definite word ending in "%s" after a title is no given name', (ending) => {
    expect(one(`وقال الوزير الأمريك${ending} جون سميث إن 30 مدنيا قتلوا`).speaker?.text).toBe('جون سميث');
  });
});

describe('claim tables', () => {
  it.each(t.predicates.flatMap((p) => p.forms.map((f) => [f, p.stem] as const)))('"%s" is the predicate %s', (form, stem) => {
    expect(one(`قال البيان إن ${form} 30 شخصا`).predicate).toBe(stem);
  });

  it.each(t.regularEndings.map((e) => [e.ending, e.replacement ?? ''] as const))('a noun the tables do not know ending in "%s" counts its singular ending in "%s"', (ending, replacement) => {
    // مكافح is in no unit table: مكافحين، مكافحون، مكافحات، مكافحا.
    expect(one(`وصل 30 مكافح${ending} إلى المدينة`).unit?.lemma).toBe(foldWord(`مكافح${replacement}`));
  });

  it.each(t.regularEndings.filter((e) => e.notDoubled === true).map((e) => [e.ending] as const))('the ending "%s" written twice is none', (ending) => {
    expect(one(`وصل 30 مكافح${ending}${ending} إلى المدينة`).unit?.lemma).toBe(foldWord(`مكافح${ending}${ending}`));
  });

  it.each(t.pronounSuffixes.map((w) => [w] as const))('a counted noun carrying the pronoun "%s" is read without it', (suffix) => {
    expect(one(`قتل 30 من عناصر${suffix}`).unit?.lemma).toBe(foldWord('عنصر'));
  });

  it.each(t.possessionWords.map((w) => [w] as const))('"%s" names the owner of the figure', (word) => {
    expect(one(`${word} القوات العراقية 300 ألف`).subject?.text).toBe('القوات العراقية');
  });

  const units = [...t.countUnits, ...t.measureUnits];
  it.each(units.flatMap((u) => unitForms(u).map((f) => [f, u.lemma] as const)))('"30 %s" counts %s', (form, lemma) => {
    expect(one(`قال إن 30 ${form} وصلت`).unit?.lemma).toBe(foldWord(lemma));
  });

  it.each(t.symbolUnits.map((s) => [s.symbol, s.lemma] as const))('"30%s" is in %s', (symbol, lemma) => {
    expect(one(`ارتفع 30${symbol} أمس`).unit?.lemma).toBe(foldWord(lemma));
  });

  it.each(t.perMarkers.map((p) => [p.phrase, p.per ?? 'برميل'] as const))('"60 دولارا %s" is a rate per %s', (phrase, per) => {
    const text = phrase === 'لكل' ? `بلغ السعر 60 دولارا ${phrase} برميل` : `بلغ السعر 60 دولارا ${phrase}`;
    expect(one(text).unit?.per).toBe(per);
  });

  it.each(t.classifierNouns.map((w) => [w] as const))('"72 %s وفاة" counts deaths, "72 %s جديدة" the noun itself', (noun) => {
    expect(one(`سجلت 72 ${noun} وفاة`)).toMatchObject({ text: `72 ${noun} وفاة`, unit: { lemma: foldWord('وفاة'), singular: `${noun} وفاة` } });
    expect(one(`سجلت 78 ${noun} اختفاء قسري`).unit).toMatchObject({ lemma: foldWord('اختفاء قسري'), singular: `${noun} اختفاء قسري` });
    expect(one(`سجلت 72 ${noun} جديدة`)).toMatchObject({ text: `72 ${noun}`, unit: { singular: noun } });
  });

  it.each(t.demonyms.map((d) => [d] as const))('"جندي %s" names whose soldiers', (demonym) => {
    expect(one(`قتل 30 جنديا ${demonym}`).subject?.text).toBe(demonym);
  });

  it.each(t.notUnitWords.map((w) => [w] as const))('"%s" after a figure is not its unit', (word) => {
    // A noun of time makes the number a duration: no claim at all is fine too.
    for (const c of extractQuantClaims(`قال إن 30 ${word} شيء`)) expect(c.unit?.text).not.toBe(word);
  });

  it.each(t.notOwnerHeads.map((w) => [w] as const))('"%s" after من owns nothing', (word) => {
    expect(one(`حرر 30 شخصا من ${word} التنظيم`).subject).toBeNull();
  });
});

describe('punctuation tables', () => {
  it.each(t.sentenceEnds.map((m) => [m] as const))('"%s" ends a sentence, and its speaker with it', (mark) => {
    expect(one(`قال البيان إن القصف توقف${mark} قتل 30 مدنيا في الغارة`).sentence.start).toBeGreaterThan(20);
  });

  it.each(t.quotePairs.map((q) => [q.open, q.close] as const))('"%s…%s" quotes a name, and direct speech keeps its speaker', (open, close) => {
    expect(one(`قال تنظيم ${open}داعش${close} إن 30 مدنيا قتلوا`).speaker?.text).toBe('داعش');
    const [, claim] = extractQuantClaims(`وقال جون سميث: ${open}قتل 5 مدنيين.. وأصيب 30 شخصا${close}.`);
    expect(claim?.speaker?.text).toBe('جون سميث');
  });

  it.each(t.commas.map((m) => [m] as const))('"%s" sets a title in apposition', (mark) => {
    expect(one(`وقال المتحدث${mark} العقيد جون سميث${mark} إن 30 مدنيا قتلوا`).speaker?.text).toBe('جون سميث');
  });

  it.each(t.speechParticles.map((w) => [w] as const))('"وأكد شالوم %s": the word before the particle of speech is who speaks', (particle) => {
    const text = `وأكد شالوم ${particle} 20 شخصا قتلوا في الهجوم`;
    expect(findEntityMentions(text).map((m) => [m.text, m.type, text.slice(m.span.start, m.span.end)])).toEqual([['شالوم', 'person', 'شالوم']]);
    expect(extractQuantClaims(text)[0]?.speaker?.text).toBe('شالوم');
    // A source named right before the particle is cited inside the speech, not its speaker.
    const cited = (word: string): string | undefined =>
      extractQuantClaims(`وذكرت المنظمة، بحسب ما نقلت وكالة الأناضول، ${word} 20 شخصا قتلوا في الهجوم`)[0]?.speaker?.text;
    expect(cited(particle)).toBe('المنظمة');
    expect(cited('ثم')).toBe('وكالة الأناضول');
  });

  it.each(t.clauseOpeners.map((w) => [w] as const))('"، %s" opens a clause the verb before does not reach', (opener) => {
    const [dead, other] = extractQuantClaims(`أودت السيول بحياة 35 شخصا، ${opener} 120 مصابا نقلوا إلى المستشفى`);
    expect(dead?.predicate).toBe('قتل');
    expect(other?.text).toBe('120 مصابا');
    expect(other?.predicate).not.toBe('قتل');
  });
});
