/**
 * A linear-time guard that holds on a loaded machine: the same work on a
 * quarter of the input and on all of it. Linear work takes about 4× as long
 * on 4× the input; quadratic work 16×. The guard fails above 9× (noise on a
 * shared machine stays well under that), and above a generous ceiling that a
 * quadratic rule on a megabyte would pass by minutes. Speed itself is
 * measured by `npm run bench`, not here.
 */
import { expect } from 'vitest';

/** Most the time may grow when the input grows 4×: linear is 4, quadratic 16. */
const MAX_GROWTH = 9;

/** Below this the whole run passes whatever the growth: timer and scheduler noise dominate short runs, and a quadratic rule on a megabyte takes seconds. */
const FLOOR_MS = 250;

/** Tries before a growth above {@link MAX_GROWTH} fails the guard. */
const ATTEMPTS = 3;

/** Milliseconds of `run(input)`, the better of `tries` runs. */
function timeOf(run: (input: string) => unknown, input: string, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    run(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Checks that `run` is linear on `input`: its time on the whole is at most
 * {@link MAX_GROWTH}× its time on the first quarter (cut at a space, so both
 * are the same kind of text), and under `ceilingMs`.
 */
export function expectLinear(run: (input: string) => unknown, input: string, ceilingMs: number): void {
  const cut = input.indexOf(' ', Math.floor(input.length / 4));
  const quarter = input.slice(0, cut < 0 ? Math.floor(input.length / 4) : cut);
  // The quarter twice (the first warms the code up), then the whole once. A machine shared with
  // other jobs may stall one measurement: linear work passes on one of three tries, quadratic never.
  let small = 0;
  let whole = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    small = Math.max(timeOf(run, quarter, 2), 1);
    whole = timeOf(run, input, 1);
    if (whole < Math.max(MAX_GROWTH * small, FLOOR_MS)) break;
  }
  expect(whole, `${whole.toFixed(0)} ms on the whole, ${small.toFixed(0)} ms on a quarter`).toBeLessThan(Math.max(MAX_GROWTH * small, FLOOR_MS));
  expect(whole).toBeLessThan(ceilingMs);
}
