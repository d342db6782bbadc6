import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.js';
import { normalizeEntityName } from './normalize.js';
import { entitySimilarity, sameEntity } from './similarity.js';

/** The pairs the issue names as different entities. */
const differentPairs = [
  ['ليبيا', 'لبنان'],
  ['السودان', 'جنوب السودان'],
  ['كوريا الشمالية', 'كوريا الجنوبية'],
  ['جون كيري', 'جون كيلي'],
  ['الرقة', 'الرقعة'],
  ['دونالد ترامب', 'إيفانكا ترامب'],
] as const;

describe('normalizeEntityName: the same key for names that differ only in writing', () => {
  it.each([
    ['ريان ديلون', 'رايان ديلون'],
    ['فيليكس جيدني', 'فيلكس جيدني'],
    ['البشمركة', 'البيشمركة'],
    ['تريزا', 'تيريزا'],
    ['الولايات المتحدة', 'الولاياتالمتحدة'],
    ['الأمريكي', 'الأميركي'],
    ['الإنترنت', 'الانترنت'],
    ['العقيد “ريان ديلون”', 'ريان ديلون'],
    ['الكولونيل رايان ديلون', 'ريان ديلون'],
    ['الميجر جنرال فيلكس جيدني', 'فيليكس جيدني'],
    ['اللواء فيليكس جيدني', 'فيليكس جيدني'],
    ['والعراق', 'العراق'],
    ['للعراق', 'العراق'],
    ['ثَلاثَةُ الرِّجالِ', 'ثلاثة الرجال'],
    ['«الدولة الإسلامية»', 'الدولة الإسلامية'],
  ])('%s = %s', (a, b) => {
    expect(normalizeEntityName(a)).toBe(normalizeEntityName(b));
  });

  it('keeps different entities apart', () => {
    for (const [a, b] of differentPairs) expect(normalizeEntityName(a), `${a} / ${b}`).not.toBe(normalizeEntityName(b));
  });

  it('gives an empty key to a string with no letters and a TypeError to non-strings', () => {
    expect(normalizeEntityName(' «» 12 ')).toBe('');
    expect(() => normalizeEntityName(3 as unknown as string)).toThrow(new TypeError('normalizeEntityName: name must be a string, got number'));
  });
});

describe('gazetteer', () => {
  it.each(gazetteer.flatMap((e) => e.aliases.map((a) => [a, e.canonical] as const)))('%s is %s', (alias, canonical) => {
    expect(normalizeEntityName(alias)).toBe(normalizeEntityName(canonical));
  });
});

describe('sameEntity and entitySimilarity', () => {
  it.each([
    ['كيغنز', 'كينغز'],
    ['غوتيريش', 'جوتيريش'],
    ['غوغل', 'جوجل'],
    ['كيغنز', 'مايلز كيغنز'],
    ['كيغنز', 'العقيد مايلز كيغنز'],
    ['م. كيغنز', 'مايلز كيغنز'],
    ['داعش', 'تنظيم الدولة الإسلامية'],
    ['داعش', 'الدولة الإسلامية في العراق والشام'],
    ['الولايات المتحدة', 'الولايات المتحدة الأمريكية'],
    ['الولايات المتحدة', 'أمريكا'],
    ['سوريا', 'سورية'],
    ['البشمركة', 'البيشمركة'],
  ])('%s is %s', (a, b) => {
    expect(sameEntity(a, b)).toBe(true);
    expect(sameEntity(b, a)).toBe(true);
  });

  it.each([...differentPairs, ['ترامب', 'دونالد ترامب جونيور'], ['العراق', 'وكالة كل العراق']] as const)('%s is not %s', (a, b) => {
    expect(sameEntity(a, b)).toBe(false);
    expect(entitySimilarity(a, b)).toBeLessThan(0.8);
  });

  it('scores from 0 to 1', () => {
    expect(entitySimilarity('داعش', 'داعش')).toBe(1);
    expect(entitySimilarity('', 'داعش')).toBe(0);
    expect(() => entitySimilarity(1 as unknown as string, 'x')).toThrow(TypeError);
  });
});
