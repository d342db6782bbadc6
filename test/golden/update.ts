/**
 * npm run golden:update — rewrites test/fixtures/golden/*.json from what the
 * program extracts now, in the readable form, for a human to review with
 * `git diff` before committing. Never run it to make a failing test pass
 * without reading the Arabic.
 *
 * An entry that still describes a claim exactly is kept as it was written (its
 * sentence opening, its occurrence numbers), so that running the update on an
 * unchanged tree changes nothing; only new or changed claims are condensed anew.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractQuantClaims } from '../../src/index.js';
import { updateGolden, type GoldenFile } from './format.js';

const root = join(import.meta.dirname, '..', 'fixtures');
for (const file of readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'))) {
  const article = readFileSync(join(root, 'corpus', file), 'utf8');
  const path = join(root, 'golden', file.replace(/\.txt$/u, '.json'));
  let previous: GoldenFile | null = null;
  try {
    previous = JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
  } catch {
    // No golden file yet: every claim is condensed anew.
  }
  const golden = updateGolden(article, file, previous, extractQuantClaims(article));
  const changed = !isDeepStrictEqual(golden, previous);
  if (changed) writeFileSync(path, `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`${file}: ${golden.claims.length} claims${changed ? ' written' : ', unchanged'}`);
}
