/**
 * The interval a figure asserts, from its bound: the one mapping that both the
 * claim's `min`/`max` and cross-source alignment read.
 *
 * | bound | interval | example |
 * |---|---|---|
 * | `exact` | [v, v] | 801 مدنياً |
 * | `approximate` | [v − 10%, v + 10%] | نحو 3500 → [3150, 3850] |
 * | `atLeast` | [v, ∞) | ما لا يقل عن 801 |
 * | `moreThan` | (v, ∞) | أكثر من 4.5 مليون |
 * | `atMost` | (−∞, v] | لا يتجاوز 50 |
 * | `lessThan` | (−∞, v) | أقل من 3000 |
 * | `range`, `vague` | [min, max] as written | بين 15 و20 ألفاً، عشرات |
 */
import type { Bound } from '../model.js';

/** How loosely an approximate figure is read: "نحو 3500" asserts 3500 give or take a tenth. */
export const APPROXIMATE_SHARE = 0.1;

/** Twelve significant digits: 3500 × 0.9 is 3150, not 3150.0000000000005. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/** An interval of the number line; infinite ends are open. */
export interface Interval {
  readonly lo: number;
  /** True when `lo` itself is excluded ("more than"). */
  readonly loOpen: boolean;
  readonly hi: number;
  /** True when `hi` itself is excluded ("fewer than"). */
  readonly hiOpen: boolean;
}

/** The interval a bound asserts around a point value `v` (for `range` and `vague`, pass their written ends). */
export function boundInterval(bound: Bound, v: number, written?: { min: number | null; max: number | null }): Interval {
  switch (bound) {
    case 'exact':
      return { lo: v, loOpen: false, hi: v, hiOpen: false };
    case 'approximate': {
      const a = tidy(v * (1 - APPROXIMATE_SHARE));
      const b = tidy(v * (1 + APPROXIMATE_SHARE));
      return { lo: Math.min(a, b), loOpen: false, hi: Math.max(a, b), hiOpen: false };
    }
    case 'atLeast':
      return { lo: v, loOpen: false, hi: Infinity, hiOpen: true };
    case 'moreThan':
      return { lo: v, loOpen: true, hi: Infinity, hiOpen: true };
    case 'atMost':
      return { lo: -Infinity, loOpen: true, hi: v, hiOpen: false };
    case 'lessThan':
      return { lo: -Infinity, loOpen: true, hi: v, hiOpen: true };
    default: {
      const min = written?.min ?? null;
      const max = written?.max ?? null;
      return { lo: min ?? -Infinity, loOpen: min === null, hi: max ?? Infinity, hiOpen: max === null };
    }
  }
}

/** The interval a claim asserts: its bound over its value, or its written ends. */
export function claimInterval(claim: { readonly bound: Bound; readonly value: number | null; readonly min: number | null; readonly max: number | null }): Interval {
  return boundInterval(claim.bound, claim.value ?? Number.NaN, claim);
}

/** The `min`/`max` a claim reports for a bound: the interval's finite ends, null where it is open to infinity. */
export function minMaxOf(interval: Interval): { min: number | null; max: number | null } {
  return { min: Number.isFinite(interval.lo) ? interval.lo : null, max: Number.isFinite(interval.hi) ? interval.hi : null };
}

/** The intersection of two intervals, or null when they do not meet. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  if (lo > hi || (lo === hi && (loOpen || hiOpen))) return null;
  return { lo, loOpen, hi, hiOpen };
}
