/**
 * npm run golden:update — rewrites test/fixtures/golden/*.json from what the
 * program extracts now, in the readable form, for a human to review with
 * `git diff` before committing. Never run it to make a failing test pass
 * without reading the Arabic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantClaims } from '../../src/index.js';
import { condense, type GoldenFile } from './format.js';

const root = join(import.meta.dirname, '..', 'fixtures');
for (const file of readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'))) {
  const article = readFileSync(join(root, 'corpus', file), 'utf8');
  const golden: GoldenFile = { article: file, claims: extractQuantClaims(article).map((c) => condense(article, c)) };
  writeFileSync(join(root, 'golden', file.replace(/\.txt$/u, '.json')), `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`${file}: ${golden.claims.length} claims written`);
}
