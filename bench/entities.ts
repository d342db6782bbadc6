/**
 * Entity grouping on real news: `groupEntities` over the mentions of the
 * first ARTICLES articles of the ANT corpus (as the articles suite reads
 * them; absent → not run), as a ratio to `findEntityMentions` over the same
 * articles, and to the `groupEntities` of the build named in BENCH_BASELINE.
 *
 * Grouping compares the names of a bucket pair by pair, so its cost grows
 * faster than the number of articles: the ratio to finding the mentions
 * shows it (at 300 articles here; over 2,000 articles grouping took 5 s
 * on 2026-12-03, against 30 s with buckets by the first letter alone).
 */
import { findEntityMentions, groupEntities, type EntityMention } from '../src/index.js';
import { baselineFunction } from './extraction.js';
import { type BenchSuite, type BenchTask, line, medianRatio, sideBySide } from './harness.js';

/** Rounds: grouping a few hundred articles takes about a second; fewer rounds keep the suite short. */
const ROUNDS = { warmup: 1, measured: 7 };

type Grouper = (documents: Array<{ id: string; mentions: EntityMention[] }>) => unknown;

/** The suite over `articles` (the articles suite's texts). */
export function entitiesSuite(articles: readonly string[]): BenchSuite {
  return {
    title: `Entity grouping on real articles (${articles.length} ANT corpus articles)`,
    async run() {
      const documents = articles.map((text, i) => ({ id: String(i), mentions: findEntityMentions(text) }));
      const names = new Set(documents.flatMap((d) => d.mentions.map((m) => m.name))).size;
      const baseline = await baselineFunction<Grouper>('groupEntities');
      const tasks: BenchTask[] = [
        { name: 'groupEntities', run: () => groupEntities(documents) },
        { name: 'findEntityMentions', run: () => articles.forEach((text) => findEntityMentions(text)) },
      ];
      if (baseline) tasks.push({ name: 'baseline', run: () => baseline(documents) });
      const timings = sideBySide(tasks, ROUNDS);
      const lines = [line(`groupEntities (${names} names) ÷ findEntityMentions, same articles`, `${medianRatio(timings, 'groupEntities', 'findEntityMentions').toFixed(2)}×`)];
      if (baseline) lines.push(line('groupEntities ÷ BENCH_BASELINE groupEntities', `${medianRatio(timings, 'groupEntities', 'baseline').toFixed(2)}×`));
      return lines;
    },
  };
}
