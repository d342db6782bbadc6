/**
 * Extraction on real news, one call per article, as users run it: the first
 * ARTICLES articles of the ANT corpus (.data/news/antcorpus.jsonl, rebuilt
 * locally by scripts/data, never committed; $DATA_DIR moves it). Absent →
 * the suite is not run.
 *
 * The fixtures corpus never takes some of the engine's slow paths that real
 * articles take: an array read once at index -1 (an empty list's last item)
 * turns that read slow for the rest of the process (see NumberTokens.kindOf).
 * Short articles, empty lists and odd layouts show here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantClaims } from '../src/index.js';
import { barePass, baselineExtract, builtExtract } from './extraction.js';
import { type BenchSuite, type BenchTask, line, medianRatio, megabytesPerSecond, sideBySide, utf8Bytes } from './harness.js';

/** Articles read: a few hundred, so one run takes about a second under tsx. */
const ARTICLES = 300;

/** The texts of the first {@link ARTICLES} articles, or null when the corpus is not built. */
export function loadArticles(): string[] | null {
  const path = join(process.env.DATA_DIR ?? join(import.meta.dirname, '..', '.data'), 'news', 'antcorpus.jsonl');
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, ARTICLES)
    .map((l) => (JSON.parse(l) as { text?: string }).text ?? '');
}

function eachArticle(articles: readonly string[], run: (text: string) => unknown): () => void {
  return () => {
    for (const text of articles) run(text);
  };
}

/** The suite over `articles` (from {@link loadArticles}). */
export function articlesSuite(articles: readonly string[]): BenchSuite {
  return {
    title: `Extraction on real articles (${articles.length} ANT corpus articles, one call each)`,
    async run({ rounds }) {
      const bytes = articles.reduce((sum, t) => sum + utf8Bytes(t), 0);
      const baseline = await baselineExtract();
      const built = await builtExtract();
      const tasks: BenchTask[] = [
        { name: 'extractQuantClaims', run: eachArticle(articles, extractQuantClaims) },
        { name: 'bare', run: eachArticle(articles, barePass) },
      ];
      if (built) tasks.push({ name: 'built', run: eachArticle(articles, built) });
      if (baseline) tasks.push({ name: 'baseline', run: eachArticle(articles, baseline) });
      const timings = sideBySide(tasks, rounds);
      const lines = [
        line('extractQuantClaims ÷ bare pass, per article', `${medianRatio(timings, 'extractQuantClaims', 'bare').toFixed(2)}×`),
        line('  extractQuantClaims', `${megabytesPerSecond(timings, 'extractQuantClaims', bytes).toFixed(1)} MB/s`),
      ];
      if (built) lines.push(line('built package ÷ bare pass, per article', `${medianRatio(timings, 'built', 'bare').toFixed(2)}×`));
      if (baseline) {
        lines.push(
          line('BENCH_BASELINE ÷ bare pass, per article', `${medianRatio(timings, 'baseline', 'bare').toFixed(2)}×`),
          line('extractQuantClaims ÷ BENCH_BASELINE, per article', `${medianRatio(timings, 'extractQuantClaims', 'baseline').toFixed(2)}×`),
        );
      }
      return lines;
    },
  };
}
