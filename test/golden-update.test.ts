/** `npm run golden:update` on an unchanged tree changes nothing, and rewrites only the claims that changed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand, updateGolden, type GoldenFile } from './golden/format.js';

const root = join(import.meta.dirname, 'fixtures');
const articles = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'));

describe('golden:update', () => {
  for (const file of articles) {
    it(`keeps ${file}'s golden file as written when the claims are the same`, () => {
      const article = readFileSync(join(root, 'corpus', file), 'utf8');
      const text = readFileSync(join(root, 'golden', file.replace(/\.txt$/u, '.json')), 'utf8');
      const golden = JSON.parse(text) as GoldenFile;
      const claims = golden.claims.map((g) => expand(article, g));
      expect(`${JSON.stringify(updateGolden(article, file, golden, claims), null, 2)}\n`).toBe(text);
    });
  }

  it('condenses a claim that changed, and only that one', () => {
    const file = articles[0]!;
    const article = readFileSync(join(root, 'corpus', file), 'utf8');
    const golden = JSON.parse(readFileSync(join(root, 'golden', file.replace(/\.txt$/u, '.json')), 'utf8')) as GoldenFile;
    const claims = golden.claims.map((g) => expand(article, g));
    claims[1] = { ...claims[1]!, predicate: 'changed' };
    const updated = updateGolden(article, file, golden, claims);
    expect(updated.claims[1]!.predicate).toBe('changed');
    expect(updated.claims.filter((g, i) => g !== golden.claims[i]).length).toBe(1);
  });
});
