/**
 * Entity mentions of the five corpus articles against test/fixtures/golden/entities.json,
 * written by hand from the Arabic. The finder is measured, not expected to be perfect:
 * no found entity may mix two golden ones, the spellings the issue names must be joined,
 * and recall and precision must not fall below the levels reached.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntityMentions, groupEntities } from '../src/index.js';

interface GoldenEntities {
  entities: Array<{ canonical: string; type: string; mentions: Record<string, string[]> }>;
}

const root = join(import.meta.dirname, 'fixtures');
const files = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(root, 'corpus', f), 'utf8') }));
// The golden file lists the coalition's short forms (التحالف، قوات التحالف) after its full name: they are found on request.
const documents = texts.map((d) => ({ id: d.id, mentions: findEntityMentions(d.text, { shortForms: true }) }));
const groups = groupEntities(documents);
// The golden file lists the demonyms of the United States (الأمريكي، أميركيين) as its mentions: they are found on request.
const withDemonyms = groupEntities(texts.map((d) => ({ id: d.id, mentions: findEntityMentions(d.text, { demonyms: true, shortForms: true }) })));
const golden = JSON.parse(readFileSync(join(root, 'golden', 'entities.json'), 'utf8')) as GoldenEntities;

/** "000:ديلون" → the golden entity it belongs to. */
const goldenOf = new Map<string, string>();
for (const e of golden.entities) for (const [doc, forms] of Object.entries(e.mentions)) for (const f of forms) goldenOf.set(`${doc}:${f}`, e.canonical);
const foundPairs = new Set(groups.flatMap((g) => g.mentions.map((m) => `${m.documentId}:${m.mention.text}`)));

describe('entities of the corpus', () => {
  it('never puts two golden entities in one found entity', () => {
    for (const g of groups) {
      const entities = new Set(g.mentions.map((m) => goldenOf.get(`${m.documentId}:${m.mention.text}`)).filter((e) => e !== undefined));
      expect([...entities], `found "${g.canonical}"`).toHaveLength(Math.min(1, entities.size));
    }
  });

  it.each([
    ['ريان ديلون', ['000:ريان ديلون', '001:رايان ديلون', '001:ديلون']],
    ['فيليكس جيدني', ['000:فيليكس جيدني', '001:فيلكس جيدني']],
    ['مايلز كيغنز', ['002:مايلز كيغنز', '002:كيغنز', '002:كينغز']],
    ['البشمركة', ['000:البشمركة الكردية', '001:قوات البيشمركة الكردية', '002:البيشمركة']],
    ['سوريا', ['000:سوريا', '001:سورية']],
    // 000:الأمريكي and 001:الأميركي are now read inside the bodies they qualify (الجيش الأمريكي).
    ['الولايات المتحدة', ['000:الولايات المتحدة', '001:الولاياتالمتحدة', '003:الأمريكي', '002:أميركيين']],
    ['داعش', ['000:داعش', '000:الدولة الإسلامية', '001:الدولة الإسلامية']],
  ] as const)('joins the spellings of %s', (canonical, mentions) => {
    const group = withDemonyms.find((g) => g.canonical === canonical)!;
    const have = new Set(group.mentions.map((m) => `${m.documentId}:${m.mention.text}`));
    for (const m of mentions) expect(have.has(m), m).toBe(true);
  });

  it('finds most of the named entities, and little else', () => {
    const recall = [...goldenOf.keys()].filter((k) => foundPairs.has(k)).length / goldenOf.size;
    const precision = [...foundPairs].filter((k) => goldenOf.has(k)).length / foundPairs.size;
    console.log(`entity mentions of the corpus: recall ${(100 * recall).toFixed(1)}% of ${goldenOf.size}, precision ${(100 * precision).toFixed(1)}% of ${foundPairs.size}`);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    // The golden file predates organisations by head word: most found mentions it does not list are
    // bodies the issue asks for (الجيش الأمريكي، القوات العراقية، حكومة العراق), so precision against it is a floor.
    expect(precision).toBeGreaterThanOrEqual(0.78);
  });

  it('gives each entity its canonical name and type', () => {
    const byCanonical = new Map(groups.map((g) => [g.canonical, g]));
    for (const name of ['داعش', 'التحالف الدولي', 'الولايات المتحدة', 'سوريا', 'مايلز كيغنز', 'واين ماروتو']) {
      const expected = golden.entities.find((e) => e.canonical === name)!;
      expect(byCanonical.get(name)?.type, name).toBe(expected.type);
    }
  });
});
