/**
 * The whole pipeline against the cheapest thing any reader of the text must
 * do: extractQuantClaims over the corpus, as a ratio to a bare NFKC +
 * tokenise pass over the same text (issue 8: target ≤ 2.5×).
 *
 * To compare with another build in the same rounds (a change against main on
 * a busy machine), bundle that build and name it in BENCH_BASELINE:
 *
 *   npx esbuild src/index.ts --bundle --format=esm --platform=neutral --outfile=/tmp/main.mjs   (in the other checkout)
 *   BENCH_BASELINE=/tmp/main.mjs npm run bench
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractQuantClaims } from '../src/index.js';
import { createShadow } from '../src/text/shadow.js';
import { tokenize } from '../src/text/tokenize.js';
import { type BenchSuite, type BenchTask, line, medianRatio, megabytesPerSecond, sideBySide } from './harness.js';

/** The bare pass every ratio is taken against. Keep it exactly so: the figures of earlier issues are relative to it. */
export function barePass(text: string): unknown {
  return tokenize(createShadow(text).text);
}

/**
 * The function `name` of the build named in BENCH_BASELINE, or undefined when none is named; a
 * TypeError when that build exports no such function.
 */
export async function baselineFunction<F extends (...args: never[]) => unknown>(name: string): Promise<F | undefined> {
  const path = process.env.BENCH_BASELINE;
  if (!path) return undefined;
  const loaded = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const found = loaded[name];
  if (typeof found !== 'function') throw new TypeError(`BENCH_BASELINE: ${path} exports no ${name}`);
  return found as F;
}

/** The extractQuantClaims of the build named in BENCH_BASELINE, if any. */
export function baselineExtract(): Promise<((text: string) => unknown) | undefined> {
  return baselineFunction<(text: string) => unknown>('extractQuantClaims');
}

/**
 * The extractQuantClaims of the built package (dist/index.js, as `npm run build` leaves it), if built:
 * what a user's code runs. The sources run under tsx, whose per-module transform (names kept on every
 * function) costs the pipeline more than the bare pass, so both figures are printed side by side.
 */
export async function builtExtract(): Promise<((text: string) => unknown) | undefined> {
  const path = join(import.meta.dirname, '..', 'dist', 'index.js');
  if (!existsSync(path)) return undefined;
  const loaded = (await import(pathToFileURL(path).href)) as { extractQuantClaims?: (text: string) => unknown };
  return typeof loaded.extractQuantClaims === 'function' ? loaded.extractQuantClaims : undefined;
}

export const extractionSuite: BenchSuite = {
  title: 'Extraction (corpus articles repeated to 1 MB)',
  async run({ corpus, corpusBytes, rounds }) {
    const baseline = await baselineExtract();
    const built = await builtExtract();
    const tasks: BenchTask[] = [
      { name: 'extractQuantClaims', run: () => extractQuantClaims(corpus) },
      { name: 'bare', run: () => barePass(corpus) },
    ];
    if (built) tasks.push({ name: 'built', run: () => built(corpus) });
    if (baseline) tasks.push({ name: 'baseline', run: () => baseline(corpus) });
    const timings = sideBySide(tasks, rounds);
    const ratio = medianRatio(timings, 'extractQuantClaims', 'bare');
    const lines = [
      line('extractQuantClaims ÷ bare NFKC+tokenise pass', `${ratio.toFixed(2)}×`),
      line('  extractQuantClaims', `${megabytesPerSecond(timings, 'extractQuantClaims', corpusBytes).toFixed(1)} MB/s`),
      line('  bare pass: tokenize(createShadow(text).text)', `${megabytesPerSecond(timings, 'bare', corpusBytes).toFixed(1)} MB/s`),
    ];
    if (built) {
      lines.push(
        line('built package (dist/index.js) extractQuantClaims ÷ bare pass', `${medianRatio(timings, 'built', 'bare').toFixed(2)}×`),
        line('  built package extractQuantClaims', `${megabytesPerSecond(timings, 'built', corpusBytes).toFixed(1)} MB/s`),
      );
    } else lines.push(line('built package (dist/index.js)', 'not built: run `npm run build` to measure it too'));
    if (baseline) {
      lines.push(
        line('BENCH_BASELINE extractQuantClaims ÷ bare pass', `${medianRatio(timings, 'baseline', 'bare').toFixed(2)}×`),
        line('  BENCH_BASELINE extractQuantClaims', `${megabytesPerSecond(timings, 'baseline', corpusBytes).toFixed(1)} MB/s`),
        line('extractQuantClaims ÷ BENCH_BASELINE', `${medianRatio(timings, 'extractQuantClaims', 'baseline').toFixed(2)}×`),
      );
    }
    return lines;
  },
};
