/**
 * What a cluster says, in memory linear in its size: which outlets give which
 * interval (agreeing groups), the consensus if there is one, at most one
 * conflict per member, and why each member belongs.
 */
import { intersect, type Interval } from '../claims/interval.js';
import type { Claim } from '../model.js';
import type { Features } from './features.js';
import { modalityOf } from './features.js';
import { figuresAgree, relate, sameFigure, sameUnit, subjectRelation, type IdentitySettings } from './identity.js';
import type { ClaimCluster, ClaimConflict, ClusterMember, Consensus, AgreeingGroup } from './types.js';

/** A member as the aligner keeps it. */
export interface MemberView {
  readonly documentId: string;
  readonly claim: Claim;
  readonly features: Features;
  /** The independent source behind it: a wire, else the document's source, else the document. */
  readonly outlet: string;
  readonly source: string | undefined;
  readonly publishedAt: string | undefined;
}

function describe(c: Claim): string {
  return c.bound === 'range' || c.bound === 'vague' ? `${c.bound} ${c.min ?? '−∞'}–${c.max ?? '∞'}` : `${c.bound} ${c.value}`;
}

/** An interval on the scale of a unit of size `scale`, as the public `Consensus`. */
function consensusOf(i: Interval, scale: number): Consensus {
  const end = (x: number): number | null => (Number.isFinite(x) ? Number((x / scale).toPrecision(12)) : null);
  return { min: end(i.lo), max: end(i.hi), minInclusive: Number.isFinite(i.lo) && !i.loOpen, maxInclusive: Number.isFinite(i.hi) && !i.hiOpen };
}

/** What `figuresAgree` reads of a figure: members with one key agree with every figure alike. */
const figureKey = (f: Features): string =>
  JSON.stringify([f.interval.lo, f.interval.loOpen, f.interval.hi, f.interval.hiOpen, f.pointLike, f.value, f.digits, f.unit?.scale ?? 1]);

/** The confirming members by figure, in order of first appearance: [first member, its features]. */
function distinctFigures(members: readonly MemberView[], confirming: readonly number[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const i of confirming) {
    const key = figureKey(members[i]!.features);
    if (!first.has(key)) first.set(key, i);
  }
  return first;
}

/**
 * Agreeing groups of the confirming members, in order: each figure joins the
 * first group it agrees with as a whole, or starts one. A figure many members
 * repeat is placed once: time is members plus figures × figures of a group.
 */
function groupsOf(members: readonly MemberView[], confirming: readonly number[], tolerance: number): number[][] {
  const groups: Array<{ members: number[]; figures: number[] }> = [];
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const i of confirming) {
    const f = members[i]!.features;
    const key = figureKey(f);
    let group = groupOf.get(key);
    if (!group) {
      group = groups.find((g) => g.figures.every((j) => figuresAgree(f, members[j]!.features, tolerance)));
      if (group) group.figures.push(i);
      else groups.push((group = { members: [], figures: [i] }));
      groupOf.set(key, group);
    }
    group.members.push(i);
  }
  return groups.map((g) => g.members);
}

/** At most one conflict per member: each confirming member that disagrees with an earlier one, paired with the first such member. */
function conflictsOf(members: readonly MemberView[], confirming: readonly number[], tolerance: number): ClaimConflict[] {
  const out: ClaimConflict[] = [];
  const firsts = [...distinctFigures(members, confirming).values()];
  for (const i of confirming) {
    const fi = members[i]!.features;
    // The first earlier member it disagrees with is the first of some figure.
    const j = firsts.find((j) => j < i && !figuresAgree(fi, members[j]!.features, tolerance));
    if (j === undefined) continue;
    const cj = members[j]!.claim;
    const ci = members[i]!.claim;
    const bound = sameFigure(members[j]!.features, fi);
    out.push({ a: j, b: i, kind: bound ? 'bound' : 'disjoint', reason: bound ? `${describe(cj)} contradicts ${describe(ci)}` : `${describe(cj)} and ${describe(ci)} do not overlap` });
  }
  return out;
}

const unitText = (c: Claim): string => c.unit?.lemma ?? '—';

/** Why `m` belongs with the representative `r`: what ties them, and whether the figures agree. */
function reasonOf(m: MemberView, r: MemberView, s: IdentitySettings): string {
  if (m === r) return 'representative';
  const parts: string[] = [];
  const rel = relate(m.features, r.features, s);
  const subjects = subjectRelation(m.features.subject, r.features.subject, s);
  if (subjects === 'same') parts.push(`subject ${m.features.subject!.text} = ${r.features.subject!.text}`);
  else if (subjects === 'related') parts.push(`subject ${m.features.subject!.text} ~ ${r.features.subject!.text}`);
  if (m.claim.unit || r.claim.unit) parts.push(`unit ${unitText(m.claim)}${m.features.unit?.key === r.features.unit?.key ? ' = ' : ' ~ '}${unitText(r.claim)}`);
  if (m.claim.predicate && r.claim.predicate) parts.push(`predicate ${m.claim.predicate}${m.claim.predicate === r.claim.predicate ? ' = ' : ' ~ '}${r.claim.predicate}`);
  const time = (v: MemberView): string => (v.claim.time?.start ? `${v.claim.time.start}${v.claim.time.end && v.claim.time.end !== v.claim.time.start ? `..${v.claim.time.end}` : ''}` : (v.publishedAt ?? '—'));
  if (m.claim.time?.start || r.claim.time?.start || m.publishedAt || r.publishedAt) parts.push(`time ${time(m)} / ${time(r)}`);
  const verdict = !m.features.confirms
    ? `${modalityOf(m.claim)}: does not confirm`
    : !rel
      ? 'one fact through the cluster'
      : rel.agree
        ? `agrees (${rel.tie} tie)`
        : `conflicts: ${describe(m.claim)} / ${describe(r.claim)} (${rel.tie} tie)`;
  return `${verdict}; ${parts.join('; ')}`;
}

const isMoney = (f: Features): boolean => f.unit !== null && f.unit.measure && f.unit.key.startsWith('currency ');

/**
 * Members whose money is in another currency than the cluster's (the one most outlets give it in, then
 * the first): "112 مليون دولار" in a cluster of "100 مليون يورو". They are one fact with it (see
 * `exchangeRanges`) but at a rate nobody gave, so they neither confirm its figure nor contradict it.
 */
function otherCurrencies(members: readonly MemberView[]): Set<number> {
  const currencies: Array<{ first: number; outlets: Set<string> }> = [];
  members.forEach((m, i) => {
    if (!m.features.confirms || !isMoney(m.features)) return;
    const seen = currencies.find((c) => sameUnit(members[c.first]!.features.unit!, m.features.unit!));
    if (seen) seen.outlets.add(m.outlet);
    else currencies.push({ first: i, outlets: new Set([m.outlet]) });
  });
  const other = new Set<number>();
  if (currencies.length < 2) return other;
  const main = currencies.reduce((best, c) => (c.outlets.size > best.outlets.size ? c : best));
  const unit = members[main.first]!.features.unit!;
  members.forEach((m, i) => {
    if (isMoney(m.features) && !sameUnit(unit, m.features.unit!)) other.add(i);
  });
  return other;
}

/** The public cluster of members kept in order; `id` names its first member. */
export function summarise(members: readonly MemberView[], s: IdentitySettings, explain: boolean): ClaimCluster {
  const other = otherCurrencies(members);
  const confirming = members.map((_, i) => i).filter((i) => members[i]!.features.confirms && !other.has(i));
  const groups = groupsOf(members, confirming, s.tolerance);
  const outletsOf = (idx: readonly number[]): string[] => [...new Set(idx.map((i) => members[i]!.outlet))];
  groups.sort((x, y) => outletsOf(y).length - outletsOf(x).length || y.length - x.length || x[0]! - y[0]!);
  const representative = groups[0]?.[0] ?? 0;
  const rep = members[representative]!;
  const scale = rep.features.unit?.scale ?? 1;
  const agreeing: AgreeingGroup[] = groups.map((g) => {
    // Within the tolerance, members may agree without a common point: their span then stands for the group.
    let running: Interval | null = members[g[0]!]!.features.interval;
    for (const i of g) running = running && intersect(running, members[i]!.features.interval);
    const span = (): Interval => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of g) {
        lo = Math.min(lo, members[i]!.features.interval.lo);
        hi = Math.max(hi, members[i]!.features.interval.hi);
      }
      return { lo, loOpen: false, hi, hiOpen: false };
    };
    return { interval: consensusOf(running ?? span(), scale), members: g, outlets: outletsOf(g) };
  });
  let all: Interval | null = confirming.length > 0 ? members[confirming[0]!]!.features.interval : null;
  for (const i of confirming) all = all && intersect(all, members[i]!.features.interval);
  const conflicts = conflictsOf(members, confirming, s.tolerance);
  const first = <T>(pick: (c: Claim) => T | null): T | null => pick(rep.claim) ?? members.map((m) => pick(m.claim)).find((x) => x !== null) ?? null;
  const time = first((c) => c.time);
  const currencyOf = (m: MemberView): string => m.claim.unit?.currency ?? m.claim.unit?.lemma ?? '—';
  const publicMembers: ClusterMember[] = members.map((m, i) => ({
    documentId: m.documentId,
    claim: m.claim,
    outlet: m.outlet,
    ...(m.source !== undefined ? { source: m.source } : {}),
    ...(m.publishedAt !== undefined ? { publishedAt: m.publishedAt } : {}),
    confirms: m.features.confirms && !other.has(i),
    reason: explain ? `${other.has(i) ? `in ${currencyOf(m)}, not ${currencyOf(rep)}: not compared; ` : ''}${reasonOf(m, rep, s)}` : '',
  }));
  return {
    id: `${members[0]!.claim.id}@${members[0]!.documentId}`,
    members: publicMembers,
    consensus: groups.length === 1 && all ? consensusOf(all, scale) : null,
    status: groups.length > 1 ? 'conflicting' : 'consistent',
    conflicts,
    representative,
    outlets: outletsOf(confirming),
    groups: agreeing,
    unit: first((c) => c.unit),
    subject: first((c) => c.subject),
    predicate: first((c) => c.predicate),
    time: time ? { ...(time.start ? { start: time.start } : {}), ...(time.end ? { end: time.end } : {}) } : null,
  };
}
