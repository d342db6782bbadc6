/**
 * What every bench suite shares: the corpus, side-by-side timing and the
 * figures' formatting.
 *
 * Machines are noisy (shared cores; absolute speed varies by 2× from one run
 * to the next), so a figure is a ratio between tasks measured side by side:
 * the tasks of a comparison run in alternating order, round after round, and
 * the figure is the median over the rounds of the ratio within each round.
 * Times are the process's CPU time, which waiting for a busy core does not
 * inflate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One measured task: `run` does the work once. */
export interface BenchTask {
  readonly name: string;
  readonly run: () => unknown;
}

/** Rounds a comparison runs: warm-up rounds first (not counted), then measured ones (at least 7). */
export interface Rounds {
  readonly warmup: number;
  readonly measured: number;
}

export const defaultRounds: Rounds = { warmup: 2, measured: 9 };

/** Milliseconds of CPU time of each measured round, by task name. */
export type Timings = ReadonlyMap<string, readonly number[]>;

/** What a suite gets from the runner. */
export interface BenchContext {
  /** The five corpus articles of test/fixtures/corpus, repeated to at least 1 MB of UTF-8. */
  readonly corpus: string;
  /** UTF-8 bytes of {@link corpus}. */
  readonly corpusBytes: number;
  readonly rounds: Rounds;
}

/**
 * A group of figures. The runner prints `title`, then the lines `run`
 * returns; a suite measures its tasks with {@link sideBySide}.
 */
export interface BenchSuite {
  readonly title: string;
  run(context: BenchContext): string[] | Promise<string[]>;
}

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `tasks` round after round, alternating their order (ABC, CBA, ABC …),
 * and returns the CPU time of every measured round of each task.
 */
export function sideBySide(tasks: readonly BenchTask[], rounds: Rounds = defaultRounds): Timings {
  const times = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < rounds.warmup + rounds.measured; round++) {
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const task of order) {
      const start = cpuMilliseconds();
      task.run();
      const elapsed = cpuMilliseconds() - start;
      if (round >= rounds.warmup) times.get(task.name)!.push(elapsed);
    }
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median over the rounds of `timings[a] / timings[b]` within each round. */
export function medianRatio(timings: Timings, a: string, b: string): number {
  const ta = timings.get(a)!;
  const tb = timings.get(b)!;
  return median(ta.map((t, i) => t / tb[i]!));
}

/** Median milliseconds per run of task `name`. */
export function medianTime(timings: Timings, name: string): number {
  return median(timings.get(name)!);
}

/** MB/s (10^6 bytes of UTF-8 input per second) of a task that reads `bytes` per run. */
export function megabytesPerSecond(timings: Timings, name: string, bytes: number): number {
  return bytes / 1000 / medianTime(timings, name);
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Loads the corpus articles of test/fixtures/corpus, repeated to at least `minimumBytes`. */
export function loadCorpus(minimumBytes = 1_000_000): { corpus: string; corpusBytes: number } {
  const corpusDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus');
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    .join('\n');
  const corpus = articles.repeat(Math.ceil(minimumBytes / utf8Bytes(articles)));
  return { corpus, corpusBytes: utf8Bytes(corpus) };
}

/** A figure line: the label padded, then the figure. */
export function line(label: string, figure: string): string {
  return `  ${label.padEnd(58)} ${figure}`;
}
