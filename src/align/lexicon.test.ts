/**
 * Every entry of the alignment tables, read back through `alignClaims`, so
 * that a contributor's new line is tested with no further work.
 */
import { describe, expect, it } from 'vitest';
import { claim } from '../../test/hand-claims.js';
import type { Claim } from '../model.js';
import { alignClaims, type AlignmentDocument } from './align.js';
import { syntaxTables } from '../syntax/lexicon.js';
import { alignTables } from './lexicon.js';
import { alignLexicon } from './tables.js';

const t = alignTables;

const subject = (text: string) => ({ text, span: { start: 0, end: 1 }, name: text });
/** True when the two claims, in two documents, end in one cluster. */
const together = (a: Claim, b: Claim): boolean => alignClaims([{ id: 'a', claims: [a] }, { id: 'b', claims: [b] }])[0]!.members.length === 2;

describe('countedKinds', () => {
  const s = { subject: subject('حريق مركز التسوق في كيميروفو') };
  const cases = t.countedKinds.flatMap((k, i) => k.lemmas.map((l) => [l, i, k.role] as const));

  it.each(cases)('"%s" counts what the other nouns of its entry count', (lemma, i) => {
    expect(together(claim(37, lemma, s), claim(37, t.countedKinds[i]!.lemmas[0]!, s))).toBe(true);
    // Not a word of another group of the same role and kind.
    const other = t.countedKinds.find((k, j) => j !== i && k.kind === t.countedKinds[i]!.kind && k.role === t.countedKinds[i]!.role);
    if (other) expect(together(claim(37, lemma, s), claim(38, other.lemmas[0]!, s))).toBe(false);
  });

  it.each(cases.filter(([, , role]) => role !== 'any'))('"%s" goes with the nouns of anyone of its kind, and never contradicts them', (lemma, i) => {
    const any = t.countedKinds.find((k) => k.kind === t.countedKinds[i]!.kind && k.role === 'any')!;
    expect(together(claim(37, lemma, s), claim(37, any.lemmas[0]!, s))).toBe(true);
    expect(together(claim(37, lemma, s), claim(40, any.lemmas[0]!, s))).toBe(false);
  });

  const verbs = t.countedKinds.flatMap((k, i) => (k.verbs ?? []).map((v) => [v, i] as const));
  it.each(verbs)('"%s" says the people counted are what the nouns of its entry count', (verb, i) => {
    const kind = t.countedKinds[i]!;
    const any = t.countedKinds.find((k) => k.kind === kind.kind && k.role === 'any')!.lemmas[0]!;
    // 37 people of whom the verb is said, and 40 of the entry's noun: one toll in conflict.
    expect(together(claim(37, any, { ...s, predicate: verb }), claim(40, kind.lemmas[0]!, s))).toBe(true);
    expect(together(claim(37, any, s), claim(40, kind.lemmas[0]!, s))).toBe(false);
    const other = t.countedKinds.find((k) => k !== kind && k.kind === kind.kind && k.role === 'what');
    if (other) expect(together(claim(37, any, { ...s, predicate: verb }), claim(37, other.lemmas[0]!, s))).toBe(false);
  });

  it('has no two groups whose nouns meet in one stem', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    const groups = [...t.countedKinds.map((k) => k.lemmas), ...t.unitGroups];
    groups.forEach((g, i) =>
      g.forEach((l) => {
        const key = alignLexicon('test', undefined).stemPhrase(l);
        const first = owner.get(key);
        if (first !== undefined && first !== i) clashes.push(`${l} (${key})`);
        else owner.set(key, i);
      }),
    );
    expect(clashes).toEqual([]);
  });
});

describe('unitGroups', () => {
  it.each(t.unitGroups.flatMap((g) => g.map((l) => [l, g[0]!] as const)))('"%s" counts what "%s" counts', (lemma, first) => {
    expect(together(claim(14, lemma), claim(14, first))).toBe(true);
  });
});

describe('measureScales', () => {
  const base: Record<string, string> = { length: 'متر', area: 'متر مربع', mass: 'كيلوغرام', volume: 'لتر' };
  const s = { subject: subject('المسافة بين القارب وجزيرة قرقنة') };
  it.each(t.measureScales.flatMap((m) => [m.lemma, ...m.forms].map((f) => [f, m.scale, m.kind] as const)))('"%s" is %d of the base unit', (form, scale, kind) => {
    expect(together(claim(12, form, { ...s, kind }), claim(12 * scale, base[kind]!, { ...s, kind }))).toBe(true);
  });
});

describe('predicateGroups', () => {
  it.each(t.predicateGroups.flatMap((g) => g.map((p) => [p, g[0]!] as const)))('"%s" is the event "%s" is', (stem, first) => {
    expect(together(claim(695, 'تقرير', { predicate: stem }), claim(695, 'تقرير', { predicate: first }))).toBe(true);
    expect(together(claim(695, 'تقرير', { predicate: stem }), claim(695, 'تقرير', { predicate: 'نزح' }))).toBe(false);
  });

  it.each(t.predicateGroups.flatMap((g) => g.map((p) => [p, g[0]!] as const)))('"%s" in a subject is the word "%s" is', (stem, first) => {
    // "الذين أجلتهم خدمات الطوارئ" / "الذين أخلتهم قوات الإنقاذ": the verb is the one word they share.
    const people = (verb: string, who: string): Claim => claim(100, 'شخص', { bound: 'approximate', subject: subject(`الذين ${verb} ${who}`) });
    expect(together(people(stem, 'خدمات الطوارئ'), people(first, 'قوات الإنقاذ'))).toBe(true);
    expect(together(people(stem, 'خدمات الطوارئ'), people('نزح', 'قوات الإنقاذ'))).toBe(false);
  });
});

describe('newsAgencies (a syntax table) across outlets', () => {
  it.each(syntaxTables.newsAgencies.flatMap((a) => [a.name, ...a.forms].map((f) => [f, a.name] as const)))('a dateline "… - %s" makes %s the source', (form, name) => {
    const docs: AlignmentDocument[] = [
      { id: 'a', source: 'alriyadh', text: `الرياض - ${form}: قتل 801 مدنيا في الهجوم` },
      { id: 'b', source: 'okaz', text: `قتل 801 مدنيا في الهجوم (${form})` },
    ];
    expect(alignClaims(docs)[0]!.outlets).toEqual([name]);
  });
});

describe('subjectStopWords', () => {
  it.each(t.subjectStopWords.map((w) => [w] as const))('"%s" does not tell one subject from another', (word) => {
    // Two descriptions equal but for the word: one subject, so 35 and 48 disagree.
    const a = claim(35, 'مهاجر', { subject: subject(`غرق قارب ${word} المهاجرين قبالة صفاقس`) });
    const b = claim(48, 'مهاجر', { subject: subject('غرق قارب المهاجرين قبالة صفاقس') });
    const [c] = alignClaims([{ id: 'a', claims: [a] }, { id: 'b', claims: [b] }]);
    expect(c!.status).toBe('conflicting');
  });
});

describe('formerWords', () => {
  it.each(t.formerWords.map((w) => [w] as const))('"%s" marks the figure before a change: the old price is not the new one', (word) => {
    const price = (v: number, text: string): Claim => claim(v, 'دينار', { kind: 'currency', currency: 'TND', subject: subject(text) });
    // 1.925 and 1.985 of one description: one price in conflict.
    expect(together(price(1.925, 'سعر لتر البنزين في تونس'), price(1.985, 'سعر لتر البنزين في تونس'))).toBe(true);
    expect(together(price(1.925, `سعر لتر البنزين ${word} في تونس`), price(1.985, 'سعر لتر البنزين في تونس'))).toBe(false);
    // Both old: one fact.
    expect(together(price(1.925, `سعر لتر البنزين ${word} في تونس`), price(1.925, `سعر لتر الوقود ${word} في تونس`))).toBe(true);
  });
});

describe('exchangeRanges', () => {
  const s = { subject: subject('قيمة صفقة انتقال اللاعب') };
  const money = (v: number, code: string): Claim => claim(v, code, { kind: 'currency', currency: code, ...s });
  it.each(t.exchangeRanges.map((r) => [r.from, r.to, r] as const))('%s in %s: one fact within the range, two beyond it, both ways', (from, to, r) => {
    const mid = Math.sqrt(r.low * r.high);
    expect(together(money(100, from), money(100 * mid, to))).toBe(true);
    expect(together(money(100 * mid, to), money(100, from))).toBe(true);
    expect(together(money(100, from), money(100 * r.high * 1.05, to))).toBe(false);
    expect(together(money(100, from), money(100 * r.low * 0.95, to))).toBe(false);
  });
});

describe('stemEndings and stemVowels', () => {
  // A noun no table knows counts its own stem: "37 أنهارهم" and "37 نهراً" of one subject meet only when
  // the stem takes the ending off and the أفعال plural's vowels (أنهار → نهر).
  const s = { subject: subject('فيضان الأنهار في الإقليم الشمالي') };
  const meet = (a: string, b: string, lexicon?: unknown): boolean =>
    alignClaims([{ id: 'a', claims: [claim(37, a, s)] }, { id: 'b', claims: [claim(37, b, s)] }], lexicon ? { lexicon } : undefined)[0]!.members.length === 2;

  it.each(t.stemEndings.map((e) => [e.ending, e.role] as const))('"%s" (%s) is taken off a word: أنهار%s is نهر', (ending) => {
    expect(meet(`أنهار${ending}`, 'نهر')).toBe(true);
    expect(meet(`أنهار${ending}`, 'نهر', { stemEndings: { replace: t.stemEndings.filter((e) => e.ending !== ending) } })).toBe(false);
  });

  it.each(t.stemVowels.map((v) => [v] as const))('"%s" is dropped after the first letter', (vowel) => {
    expect(meet(`ن${vowel}هر`, 'نهر')).toBe(true);
    expect(meet(`ن${vowel}هر`, 'نهر', { stemVowels: { replace: t.stemVowels.filter((v) => v !== vowel) } })).toBe(false);
  });
});
