/**
 * Cross-source alignment: which outlets report the same figure, and where they
 * contradict each other.
 */
import { claimInterval as intervalOf, intersect, type Interval } from '../claims/interval.js';
import type { Claim } from '../model.js';
import { genericHeads } from '../names/gazetteer.js';
import { normalizeEntityName } from '../names/normalize.js';
import { sameEntity } from '../names/similarity.js';
import { predicateGroups, unitGroups } from './lexicon.js';

/** A document to align: an id of your choosing and its claims (from `extractQuantClaims`). */
export interface AlignmentDocument {
  /** How clusters name the document: a file name, a URL, an outlet. */
  id: string;
  /** Its claims, as `extractQuantClaims` returns them. */
  claims: Claim[];
}

/** A claim in a cluster, with the document it comes from. */
export interface ClusterMember {
  /** The `id` of the document the claim comes from. */
  documentId: string;
  /** The claim. */
  claim: Claim;
}

/** Two members of a cluster that cannot both be true. `a` and `b` index `members`. */
export interface ClaimConflict {
  /** Index in `members` of the first claim of the pair. */
  a: number;
  /** Index in `members` of the second claim of the pair. */
  b: number;
  /** `bound`: the same figure with bounds that exclude each other (at least 3000 / fewer than 3000); `disjoint`: different figures. */
  kind: 'bound' | 'disjoint';
  /** A sentence for people: "atLeast 3000 contradicts lessThan 3000". */
  reason: string;
}

/** An interval; null ends are open to infinity. */
export interface Consensus {
  /** Lower end, or null when open. */
  min: number | null;
  /** Upper end, or null when open. */
  max: number | null;
  /** False when the lower end itself is excluded (more than …). */
  minInclusive: boolean;
  /** False when the upper end itself is excluded (fewer than …). */
  maxInclusive: boolean;
}

/** Claims of several documents that state the same figure about the same thing. */
export interface ClaimCluster {
  /** Stable: the id of its first member. */
  id: string;
  /** In document order, then reading order. */
  members: ClusterMember[];
  /** The intersection of the members' intervals, or null when they do not all overlap. */
  consensus: Consensus | null;
  /** `conflicting` when two members' intervals do not overlap. */
  status: 'consistent' | 'conflicting';
  /** Every pair of members that contradict each other, and why. */
  conflicts: ClaimConflict[];
}

/** Options of {@link alignClaims}. */
export interface AlignOptions {
  /** How far apart two point values may be and still be the same figure, as a fraction of the larger (default 0.1). */
  tolerance?: number;
}

/** The figure a claim names: its point value, or the middle of its range. */
function pointOf(c: Claim): number | null {
  if (c.value !== null) return c.value;
  if (c.min !== null && c.max !== null) return (c.min + c.max) / 2;
  return c.min ?? c.max;
}

const groupIndex = (groups: readonly (readonly string[])[]): Map<string, number> => {
  const map = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((w) => map.set(w, i)));
  return map;
};
const unitGroupOf = groupIndex(unitGroups);
const predicateGroupOf = groupIndex(predicateGroups);
const generic: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(genericHeads.map((h) => normalizeEntityName(h))))();

const sameOrGrouped = (a: string, b: string, groups: Map<string, number>): boolean =>
  a === b || (groups.has(a) && groups.get(a) === groups.get(b));

function subjectOf(c: Claim): string | null {
  return c.subject && !generic.has(c.subject.name) ? c.subject.text : null;
}

/** Compares ISO prefixes ("2014", "2014-08", "2017-11-30") by their first and last day. */
const firstDay = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const lastDay = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso);

function timesCompatible(a: Claim, b: Claim): boolean {
  const ta = a.time;
  const tb = b.time;
  if (!ta?.start || !tb?.start) return true;
  const [aFrom, aTo, bFrom, bTo] = [firstDay(ta.start), lastDay(ta.end ?? ta.start), firstDay(tb.start), lastDay(tb.end ?? tb.start)];
  if (aFrom <= bTo && bFrom <= aTo) return true;
  // A figure reported on a day holds "as of" that day: it can sum up a period that ended before.
  const asOf = (from: string, to: string, otherTo: string): boolean => from === to && otherTo <= to;
  return asOf(aFrom, aTo, bTo) || asOf(bFrom, bTo, aTo);
}

function compatible(a: Claim, b: Claim, tolerance: number): boolean {
  const pa = pointOf(a);
  const pb = pointOf(b);
  if (pa === null || pb === null || Math.abs(pa - pb) > tolerance * Math.max(Math.abs(pa), Math.abs(pb))) return false;
  const sa = subjectOf(a);
  const sb = subjectOf(b);
  if (sa && sb && !sameEntity(sa, sb)) return false;
  if (a.unit && b.unit) {
    if (a.unit.kind !== b.unit.kind || !sameOrGrouped(a.unit.lemma, b.unit.lemma, unitGroupOf)) return false;
  } else if (a.unit || b.unit) {
    // What one counts and the other does not say: only the same owner can tie them.
    if (!(sa && sb)) return false;
  }
  if (a.predicate && b.predicate && !sameOrGrouped(a.predicate, b.predicate, predicateGroupOf)) return false;
  return timesCompatible(a, b);
}

function describe(c: Claim): string {
  return c.bound === 'range' || c.bound === 'vague' ? `${c.bound} ${c.min ?? '−∞'}–${c.max ?? '∞'}` : `${c.bound} ${c.value}`;
}

/** Figures this close (0.1%) are one figure: a conflict between them is one of bounds. */
const sameFigureTolerance = 0.001;

function conflictsOf(members: readonly ClusterMember[]): ClaimConflict[] {
  const out: ClaimConflict[] = [];
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const ca = members[a]!.claim;
      const cb = members[b]!.claim;
      if (intersect(intervalOf(ca), intervalOf(cb))) continue;
      const pa = pointOf(ca);
      const pb = pointOf(cb);
      const sameFigure = pa !== null && pb !== null && Math.abs(pa - pb) <= sameFigureTolerance * Math.max(Math.abs(pa), Math.abs(pb));
      out.push({
        a,
        b,
        kind: sameFigure ? 'bound' : 'disjoint',
        reason: sameFigure
          ? `${describe(ca)} contradicts ${describe(cb)}`
          : `${describe(ca)} and ${describe(cb)} do not overlap`,
      });
    }
  }
  return out;
}

function consensusOf(members: readonly ClusterMember[]): Consensus | null {
  let acc: Interval | null = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true };
  for (const m of members) {
    acc = acc && intersect(acc, intervalOf(m.claim));
    if (!acc) return null;
  }
  return {
    min: Number.isFinite(acc!.lo) ? acc!.lo : null,
    max: Number.isFinite(acc!.hi) ? acc!.hi : null,
    minInclusive: Number.isFinite(acc!.lo) && !acc!.loOpen,
    maxInclusive: Number.isFinite(acc!.hi) && !acc!.hiOpen,
  };
}

/**
 * Groups claims of different documents that state the same figure about the
 * same thing, and says where they contradict each other.
 *
 * Two claims of different documents join when their figures are within
 * `tolerance` of each other (10% by default) and nothing tells them apart:
 * - units: the same lemma, or lemmas that count the same thing (فرد، عضو، مقاتل،
 *   قوة … for personnel); a claim without a unit joins only a claim with the
 *   same subject;
 * - subjects: the same entity by {@link sameEntity} (داعش = تنظيم الدولة
 *   الإسلامية); an unknown or generic subject (التنظيم) does not block;
 * - predicates: the same event (قيم = حقق; بقي = ملك), or one unknown;
 * - times: overlapping, unknown, or a dated report "as of" a day after a period.
 *
 * Joins are transitive. Claims that join nothing are clusters of their own.
 * A cluster is `conflicting` when two members' intervals do not overlap:
 * "أكثر من" and "أقل من" exclude their end, "نحو" is read as ±10%.
 *
 * @param documents - Each document's id and claims.
 * @param options - `tolerance` for "the same figure".
 * @returns The clusters, those with the most documents first, then in reading order.
 * @throws TypeError when `documents` is not an array.
 */
export function alignClaims(documents: AlignmentDocument[], options: AlignOptions = {}): ClaimCluster[] {
  if (!Array.isArray(documents)) throw new TypeError('alignClaims expects an array of { id, claims }');
  const tolerance = options.tolerance ?? 0.1;
  const members: ClusterMember[] = documents.flatMap((d) => d.claims.map((claim) => ({ documentId: d.id, claim })));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Candidate pairs by rounded magnitude, so that claims far apart in value are never compared.
  const buckets = new Map<number, number[]>();
  members.forEach((m, i) => {
    const p = pointOf(m.claim);
    if (p === null || p === 0) return;
    const bucket = Math.round(Math.log(Math.abs(p)) / Math.log(1 + tolerance));
    for (const b of [bucket - 1, bucket, bucket + 1]) {
      for (const j of buckets.get(b) ?? []) {
        if (members[j]!.documentId !== m.documentId && compatible(members[j]!.claim, m.claim, tolerance)) parent[find(i)] = find(j);
      }
    }
    const list = buckets.get(bucket);
    if (list) list.push(i);
    else buckets.set(bucket, [i]);
  });
  const groups = new Map<number, ClusterMember[]>();
  members.forEach((m, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  });
  const clusters = [...groups.values()].map((ms): ClaimCluster => {
    const conflicts = conflictsOf(ms);
    return { id: `${ms[0]!.claim.id}@${ms[0]!.documentId}`, members: ms, consensus: consensusOf(ms), status: conflicts.length > 0 ? 'conflicting' : 'consistent', conflicts };
  });
  const documentsIn = (c: ClaimCluster): number => new Set(c.members.map((m) => m.documentId)).size;
  return clusters.sort((a, b) => documentsIn(b) - documentsIn(a));
}
