/**
 * `--jobs N`: documents analysed by N worker threads, results handed back in
 * input order.
 *
 * {@link inOrder} keeps at most `window` documents in flight, so memory stays
 * bounded by `window` times the largest document however long the input is;
 * the reader is not asked for the next document until a slot is free.
 */
import { Worker } from 'node:worker_threads';
import { analyse, type AnalysisResult, type AnalysisTask } from './analyse.js';

/** Runs analysis tasks; `close` ends its threads. */
export interface Analyzer {
  /** The result of one task. Never rejects: a failure is a result. */
  run(task: AnalysisTask): Promise<AnalysisResult>;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
}

/** Analysis on the calling thread (`--jobs 1`). */
function inline(): Analyzer {
  return { run: (task) => Promise.resolve(analyse(task)), close: () => Promise.resolve() };
}

/** True when the CLI runs from its TypeScript sources (`tsx src/cli/main.ts`, the tests). */
const fromSources = import.meta.url.endsWith('.ts');

/**
 * The worker script: the built file next to `cli.js`, or the TypeScript source
 * in development, loaded through tsx (which does not pass its loader on to workers).
 */
function startWorker(): Worker {
  if (!fromSources) return new Worker(new URL('./cli-worker.js', import.meta.url));
  const source = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

interface Pending {
  resolve(result: AnalysisResult): void;
}

/** A pool of `jobs` worker threads; tasks wait for a free one. */
function workers(jobs: number): Analyzer {
  const idle: Worker[] = [];
  const queue: Array<{ task: AnalysisTask; pending: Pending }> = [];
  const busy = new Map<Worker, Pending>();
  let seq = 0;
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { task, pending } = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage({ seq: seq++, task });
    }
  };
  const all: Worker[] = [];
  for (let i = 0; i < jobs; i++) {
    const worker = startWorker();
    all.push(worker);
    worker.on('message', (message: { result: AnalysisResult }) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      pending?.resolve(message.result);
      dispatch();
    });
    worker.on('error', (error) => {
      // A worker that dies fails the document it held; its slot is not reused.
      const pending = busy.get(worker);
      busy.delete(worker);
      pending?.resolve({ ok: false, message: `worker thread failed: ${error.message}` });
      const idleAt = idle.indexOf(worker);
      if (idleAt >= 0) idle.splice(idleAt, 1);
      const left = all.filter((w) => w !== worker);
      all.splice(0, all.length, ...left);
      if (all.length === 0) for (const q of queue.splice(0)) q.pending.resolve({ ok: false, message: 'no worker thread left' });
    });
    idle.push(worker);
  }
  return {
    run: (task) =>
      new Promise((resolve) => {
        queue.push({ task, pending: { resolve } });
        dispatch();
      }),
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** An analyzer for `jobs` threads: the calling thread for 1. */
export function createAnalyzer(jobs: number): Analyzer {
  return jobs <= 1 ? inline() : workers(jobs);
}

/**
 * Maps `items` through `start`, keeping at most `window` started and not yet
 * yielded, and yields the results in the order of `items`.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T>, start: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const started: Array<Promise<R>> = [];
  for await (const item of items) {
    started.push(start(item));
    if (started.length >= window) yield await started.shift()!;
  }
  while (started.length > 0) yield await started.shift()!;
}
