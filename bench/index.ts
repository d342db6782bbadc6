/**
 * npm run bench: speed as ratios measured side by side (see ./harness.ts).
 *
 *   extraction: extractQuantClaims ÷ a bare NFKC+tokenise pass over the same text
 *   numbers:    parseArabicNumber µs per expression, findNumbers over running text
 *   articles:   extractQuantClaims per real article ÷ the bare pass (when .data or $DATA_DIR holds the ANT corpus)
 *   entities:   groupEntities over those articles' mentions ÷ finding them (and ÷ BENCH_BASELINE's)
 *
 * Each suite is a module of its own. To add one, write bench/<name>.ts
 * exporting `suite: BenchSuite` and list it in `optionalSuites` below (or in
 * the list of the suites that always run); a listed file that does not exist
 * yet is skipped, so bench/align.ts can land without touching this file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlesSuite, loadArticles } from './articles.js';
import { entitiesSuite } from './entities.js';
import { extractionSuite } from './extraction.js';
import { type BenchSuite, defaultRounds, loadCorpus } from './harness.js';
import { numbersSuite } from './numbers.js';

// Numbers first: its one-expression-per-call figure is what a process parsing a column of cells sees,
// and a process that has just read 1 MB of claims is not one (its heap and caches inflated the figure
// per expression by 1.6–2.9× in CPU time, 1.6–3.4× in wall time, over four runs on 2026-12-02, when the
// extraction suite ran first).
const suites: BenchSuite[] = [numbersSuite, extractionSuite];

/** Suites owned elsewhere, loaded when their file exists: each exports `suite: BenchSuite`. */
const optionalSuites = ['align.ts'];

for (const file of optionalSuites) {
  const path = join(import.meta.dirname, file);
  if (!existsSync(path)) continue;
  const loaded = (await import(pathToFileURL(path).href)) as { suite?: BenchSuite };
  if (loaded.suite) suites.push(loaded.suite);
  else console.warn(`bench/${file} exports no \`suite\`; skipped`);
}

// Last, since real articles may turn some reads slow for the rest of the process (./articles.ts).
const articles = loadArticles();
if (articles) suites.push(articlesSuite(articles), entitiesSuite(articles));

const started = performance.now();
const { corpus, corpusBytes } = loadCorpus();
const context = { corpus, corpusBytes, rounds: defaultRounds };
console.log(
  `npm run bench — medians of ${defaultRounds.measured} alternating rounds (after ${defaultRounds.warmup} warm-up); ratios in wall time; Node ${process.version}`,
);
for (const suite of suites) {
  console.log(`\n${suite.title}`);
  for (const l of await suite.run(context)) console.log(l);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
