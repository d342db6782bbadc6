/**
 * What every bench suite shares: the corpus, side-by-side timing and the
 * figures' formatting.
 *
 * Machines are noisy (shared cores; absolute speed varies by 2× from one run
 * to the next), so a figure is a ratio between tasks measured side by side:
 * the tasks of a comparison run in alternating order, round after round, and
 * the figure is the median over the rounds of the ratio within each round.
 * Every run is timed on two clocks. Ratios use wall time: background work of
 * the engine (garbage collection, compilation on helper threads) lands in the
 * process's CPU time of whichever task runs next, which made CPU-time ratios
 * swing by 2× between runs. Absolute figures are given on both clocks, since
 * on a busy machine wall time also counts the waiting for a core.
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

/** A clock: elapsed wall time, or the process's CPU time (all its threads). */
export type Clock = 'wall' | 'cpu';

/** Milliseconds of each measured round on each clock, by task name. */
export type Timings = ReadonlyMap<string, Readonly<Record<Clock, readonly number[]>>>;

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
 * and returns the times of every measured round of each task.
 */
export function sideBySide(tasks: readonly BenchTask[], rounds: Rounds = defaultRounds): Timings {
  const times = new Map(tasks.map((t) => [t.name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < rounds.warmup + rounds.measured; round++) {
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const task of order) {
      const wall = performance.now();
      const cpu = cpuMilliseconds();
      task.run();
      if (round < rounds.warmup) continue;
      times.get(task.name)!.cpu.push(cpuMilliseconds() - cpu);
      times.get(task.name)!.wall.push(performance.now() - wall);
    }
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median over the rounds of `timings[a] / timings[b]` within each round (wall time). */
export function medianRatio(timings: Timings, a: string, b: string): number {
  const ta = timings.get(a)!.wall;
  const tb = timings.get(b)!.wall;
  return median(ta.map((t, i) => t / tb[i]!));
}

/** Median milliseconds per run of task `name`. */
export function medianTime(timings: Timings, name: string, clock: Clock = 'wall'): number {
  return median(timings.get(name)![clock]);
}

/** MB/s (10^6 bytes of UTF-8 input per second) of a task that reads `bytes` per run. */
export function megabytesPerSecond(timings: Timings, name: string, bytes: number, clock: Clock = 'wall'): number {
  return bytes / 1000 / medianTime(timings, name, clock);
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
