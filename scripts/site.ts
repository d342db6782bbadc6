/**
 * The docs site's playground: after `typedoc` has written the API pages to
 * docs/api, `npm run docs` runs this to add docs/api/playground/ — the page and
 * its script (docs/playground/), the library's ESM build (dist/, as lib/) and
 * the seed articles (test/fixtures/corpus, as corpus.json).
 * A static site: any file server (or `npm run docs:serve`) serves it.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** Writes the playground into `siteDir`/playground; the library must have been built (`npm run build`). */
export function buildPlayground(siteDir: string): string {
  const library = join(root, 'dist', 'index.js');
  if (!existsSync(library)) throw new Error('dist/index.js is missing: run npm run build first');
  const out = join(siteDir, 'playground');
  mkdirSync(out, { recursive: true });
  for (const file of ['index.html', 'playground.js', 'playground.css']) copyFileSync(join(root, 'docs', 'playground', file), join(out, file));
  // The ESM build is one module per source file (so that bundlers take only what is imported):
  // the page loads lib/index.js and the browser follows its imports.
  cpSync(join(root, 'dist'), join(out, 'lib'), {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || (/\.js(?:\.map)?$/u.test(path) && !/[\\/]cli(?:-worker)?\.js/u.test(path)),
  });
  const corpusDir = join(root, 'test', 'fixtures', 'corpus');
  const seeds = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
  writeFileSync(join(out, 'corpus.json'), `${JSON.stringify(seeds)}\n`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const out = buildPlayground(process.argv[2] ?? join(root, 'docs', 'api'));
  console.log(`playground written to ${out}`);
}
