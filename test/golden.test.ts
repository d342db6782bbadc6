/**
 * The seed corpus as golden fixtures: every claim of the five articles, every
 * field, as read by hand from the Arabic (test/fixtures/golden/*.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from '../src/index.js';
import { expand, type GoldenFile } from './golden/format.js';

const root = join(import.meta.dirname, 'fixtures');
const articles = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'));

describe('golden corpus', () => {
  it('has the five articles byte for byte and a golden file for each', () => {
    expect(articles).toHaveLength(5);
    for (const file of articles) {
      const shared = join(root, '..', '..', '..', 'shared', 'corpus', file);
      try {
        expect(readFileSync(join(root, 'corpus', file)).equals(readFileSync(shared))).toBe(true);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      }
      expect(() => readFileSync(join(root, 'golden', file.replace(/\.txt$/u, '.json')))).not.toThrow();
    }
  });

  for (const file of articles) {
    it(`extracts the claims of ${file}`, () => {
      const article = readFileSync(join(root, 'corpus', file), 'utf8');
      const golden = JSON.parse(readFileSync(join(root, 'golden', file.replace(/\.txt$/u, '.json')), 'utf8')) as GoldenFile;
      const expected = golden.claims.map((g) => expand(article, g));
      const got = extractQuantClaims(article);
      for (const c of got) expect(article.slice(c.span.start, c.span.end)).toBe(c.text);
      // Compared claim by claim first, so that a failure names the claim and shows a readable diff.
      const byText = (cs: { text: string; span: { start: number } }[]): string[] => cs.map((c) => `${c.span.start}:${c.text}`);
      expect(byText(got)).toEqual(byText(expected));
      expected.forEach((e, i) => expect(got[i], `claim "${e.text}"`).toEqual(e));
    });
  }
});
