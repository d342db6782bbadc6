/**
 * The blocking index: a claim is compared only with clusters filed under one
 * of its handles (what it counts, its subject's words, its predicate), in its
 * publication epoch of `window` days or the two beside it, and in a nearby
 * magnitude bucket (powers of two, and those within the plausibility factor).
 */
import type { Features } from '../features.js';
import type { Cluster, Member } from './cluster.js';

/** Bucket of zero figures; negative figures and unknown ones have their own ranges of buckets. */
const ZERO = 1e6;
const NEGATIVE = 2e6;
/** Figures not known (a vague word with no number): compared with every figure. */
const ANY = 3e6;
/** Epoch of undated documents. */
const UNDATED = -1e9;
/** Width of a fine bucket, as a ratio: numbers tied without a subject are one number (or one rounded). */
const FINE = Math.log(1.01);

const coarse = (x: number): number => (x === 0 ? ZERO : x > 0 ? Math.floor(Math.log2(x)) : NEGATIVE + Math.floor(Math.log2(-x)));
const fine = (x: number): number => (x === 0 ? ZERO : x > 0 ? Math.floor(Math.log(x) / FINE) : NEGATIVE + Math.floor(Math.log(-x) / FINE));

/** The coarse buckets (powers of two) a figure is filed under: from its core's low end to its high end; null when unknown. */
function coarseRange(f: Features): readonly [number, number] | null {
  const core = f.core;
  if (!core || !Number.isFinite(core[0]) || !Number.isFinite(core[1])) return null;
  if (core[0] > 0 || core[1] < 0 || (core[0] === 0 && core[1] === 0)) {
    const a = coarse(core[0]);
    const b = coarse(core[1]);
    return a <= b ? [a, b] : [b, a];
  }
  return null;
}

/** The fine bucket of a specific figure (scaled). */
const fineOf = (f: Features): number => fine(f.core![0]);

/** Clusters filed by handle, epoch and bucket. */
export class Blocks {
  /** Buckets around a figure within the plausibility factor. */
  private readonly reach: number;
  /** Days per publication epoch. */
  private readonly epochDays: number;
  /** handle + epoch → bucket → the clusters filed there (a cluster merged away forwards to its target). */
  private readonly index = new Map<string, Map<number, Set<Cluster>>>();
  /** epoch → the index keys filed under it, so closed epochs are dropped whole. */
  private readonly epochs = new Map<number, Set<string>>();

  constructor(factor: number, window: number) {
    this.reach = Math.ceil(Math.log2(factor)) + 1;
    this.epochDays = Math.max(1, Math.ceil(window));
  }

  private epochOf(m: Member): number {
    return m.features.published === null ? UNDATED : Math.floor(m.features.published / this.epochDays);
  }

  /** Members that may be one fact with `m`: they share a handle, a nearby epoch and a nearby bucket. */
  candidates(m: Member): Set<Cluster> {
    const out = new Set<Cluster>();
    const epoch = this.epochOf(m);
    const epochs = epoch === UNDATED ? [...this.epochs.keys()] : [epoch - 1, epoch, epoch + 1, UNDATED];
    const take = (set: Set<Cluster> | undefined): void => {
      if (!set) return;
      for (let c of set) {
        while (c.mergedInto) c = c.mergedInto;
        if (!c.closed) out.add(c);
      }
    };
    const f = m.features;
    if (f.numberHandles.length > 0) {
      const b = fineOf(f);
      for (const handle of f.numberHandles) {
        for (const e of epochs) {
          const buckets = this.index.get(`n${handle}\u0001${e}`);
          if (buckets) for (let k = b - 1; k <= b + 1; k++) take(buckets.get(k));
        }
      }
    }
    const range = coarseRange(f);
    for (const handle of f.subjectHandles) {
      for (const e of epochs) {
        const buckets = this.index.get(`s${handle}\u0001${e}`);
        if (!buckets) continue;
        if (!range) {
          for (const list of buckets.values()) take(list);
          continue;
        }
        take(buckets.get(ANY));
        for (let k = range[0] - this.reach; k <= range[1] + this.reach; k++) take(buckets.get(k));
      }
    }
    return out;
  }

  /** Files the cluster of `m` under its handles, its epoch and its buckets. */
  file(m: Member): void {
    const epoch = this.epochOf(m);
    let keys = this.epochs.get(epoch);
    if (!keys) this.epochs.set(epoch, (keys = new Set()));
    const put = (key: string, bucket: number): void => {
      keys!.add(key);
      let buckets = this.index.get(key);
      if (!buckets) this.index.set(key, (buckets = new Map()));
      const set = buckets.get(bucket);
      if (set) set.add(m.cluster);
      else buckets.set(bucket, new Set([m.cluster]));
    };
    const f = m.features;
    if (f.numberHandles.length > 0) {
      const b = fineOf(f);
      for (const handle of f.numberHandles) put(`n${handle}\u0001${epoch}`, b);
    }
    const range = coarseRange(f);
    for (const handle of f.subjectHandles) {
      const key = `s${handle}\u0001${epoch}`;
      if (!range) put(key, ANY);
      else for (let k = range[0]; k <= range[1]; k++) put(key, k);
    }
  }

  /** Drops the epochs that no document published on `day` or later can meet. */
  close(day: number, window: number): void {
    // An epoch whose every member's cluster has closed is dropped from the index whole.
    for (const [epoch, keys] of this.epochs) {
      if (epoch === UNDATED || (epoch + 1) * this.epochDays - 1 + 2 * window >= day) continue;
      for (const key of keys) this.index.delete(key);
      this.epochs.delete(epoch);
    }
  }
}
