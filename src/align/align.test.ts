import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from '../claims/extract.js';
import { alignClaims } from './align.js';

const doc = (id: string, text: string): { id: string; claims: ReturnType<typeof extractQuantClaims> } => ({ id, claims: extractQuantClaims(text) });
const multi = (texts: Record<string, string>): ReturnType<typeof alignClaims> =>
  alignClaims(Object.entries(texts).map(([id, t]) => doc(id, t))).filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1);

describe('alignClaims', () => {
  it('joins the same figure across outlets and gives the consensus interval', () => {
    const [c] = multi({ a: 'قتل ما لا يقل عن 801 مدني', b: 'قتل 801 مدنياً' });
    expect(c?.status).toBe('consistent');
    expect(c?.consensus).toEqual({ min: 801, max: 801, minInclusive: true, maxInclusive: true });
  });

  it('flags bounds that exclude each other', () => {
    const [c] = multi({ a: 'يملك داعش 3000 مقاتل على الأقل', b: 'لم يتبق من مقاتلي داعش سوى أقل من 3000' });
    expect(c?.status).toBe('conflicting');
    expect(c?.conflicts).toEqual([{ a: 0, b: 1, kind: 'bound', reason: 'atLeast 3000 contradicts lessThan 3000' }]);
    expect(c?.consensus).toBeNull();
  });

  it('joins figures within the tolerance and flags them as different figures', () => {
    const [c] = multi({ a: 'قتل 100 مدني', b: 'قتل 105 مدنيين' });
    expect(c?.conflicts[0]?.kind).toBe('disjoint');
    expect(multi({ a: 'قتل 100 مدني', b: 'قتل 120 مدنيا' })).toEqual([]);
    expect(alignClaims([doc('a', 'قتل 100 مدني'), doc('b', 'قتل 120 مدنيا')], { tolerance: 0.25 }).some((k) => k.members.length === 2)).toBe(true);
  });

  it('reads نحو as ±10%', () => {
    expect(multi({ a: 'قتل نحو 100 مدني', b: 'قتل 105 مدنيين' })[0]?.status).toBe('consistent');
  });

  it('keeps different owners, units and events apart', () => {
    expect(multi({ a: 'خفضت الولايات المتحدة قواتها إلى 3000 عنصر', b: 'بقي 3000 مقاتل من داعش' })).toEqual([]);
    expect(multi({ a: 'قتل 300 مدني', b: 'دمرت 300 منازل' })).toEqual([]);
    expect(multi({ a: 'درب التحالف 300 جندي', b: 'قتل 300 جندي' })).toEqual([]);
  });

  it('treats counted nouns of personnel as one unit, and spelling variants of an owner as one', () => {
    const [c] = multi({ a: 'درب 22 ألفاً من مقاتلي البشمركة', b: 'درب 22 ألفاً من قوات البيشمركة' });
    expect(c?.members).toHaveLength(2);
  });

  it('never joins claims of one document, and leaves the rest alone', () => {
    const clusters = alignClaims([doc('a', 'قتل 801 مدني. وقتل 801 مدني آخر')]);
    expect(clusters.map((c) => c.members.length)).toEqual([1, 1]);
  });

  it('rejects what is not an array', () => {
    expect(() => alignClaims('x' as unknown as [])).toThrow(new TypeError('alignClaims expects an array of { id, claims }'));
  });
});
