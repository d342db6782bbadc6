/**
 * The one place where `compare` meets the alignment library.
 *
 * `compare` feeds documents one at a time ({@link Comparison.add}) to a
 * streaming aligner (`createAligner`), with their outlet (`source`) and
 * publication date, and asks for the clusters at the end
 * ({@link Comparison.clusters}); everything it prints comes from
 * {@link CompareCluster}: the figure of the cluster's representative, its
 * independent outlets (a wire story counts for its agency), each member's
 * reason for belonging and its conflicts, and the positions that disagree.
 */
import { createAligner, type Bound, type Claim, type ClaimCluster } from '../index.js';
import type { CompareCluster, CompareMember, ComparePosition } from './schema.js';

/** A document as `compare` hands it over: its claims, not its text. */
export interface ComparedDocument {
  /** The document's id. */
  id: string;
  /** Its outlet, when known. */
  source?: string;
  /** Its publication date, when known. */
  publishedAt?: string;
  /** Its claims. */
  claims: Claim[];
}

/** Documents in, clusters out. */
export interface Comparison {
  /** Adds one document. */
  add(document: ComparedDocument): void;
  /** The clusters of every document added, the conflicting ones first, then those of the most outlets. */
  clusters(): CompareCluster[];
  /** How many documents and distinct outlets were added. */
  readonly counts: { documents: number; outlets: number };
}

/** "3000", "15000–20000", "0.5". */
export function figureOf(c: Pick<Claim, 'bound' | 'value' | 'min' | 'max'>): string {
  if (c.bound === 'range' || c.bound === 'vague' || c.value === null) return `${c.min ?? ''}–${c.max ?? ''}`;
  return String(Number.isInteger(c.value) ? c.value : Number(c.value.toFixed(4)));
}

/** "atLeast 3000", "range 15000–20000": how a claim bounds its figure, for reasons. */
export function statementOf(c: Pick<Claim, 'bound' | 'value' | 'min' | 'max'>): string {
  return `${c.bound} ${figureOf(c)}`;
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

function positionsOf(members: readonly CompareMember[]): ComparePosition[] {
  const byStatement = new Map<string, ComparePosition>();
  for (const { claim, outlet } of members) {
    const key = `${claim.bound}|${claim.value}|${claim.min}|${claim.max}`;
    const position = byStatement.get(key);
    if (!position) byStatement.set(key, { bound: claim.bound, value: claim.value, min: claim.min, max: claim.max, outlets: [outlet] });
    else if (!position.outlets.includes(outlet)) position.outlets.push(outlet);
  }
  return [...byStatement.values()];
}

function toCompareCluster(cluster: ClaimCluster): CompareCluster {
  const members: CompareMember[] = cluster.members.map((m) => ({
    documentId: m.documentId,
    outlet: m.outlet,
    claim: m.claim,
    why: m.reason,
    reasons: [],
  }));
  const note = (m: CompareMember, reason: string, other: string): void => {
    const same = m.reasons.find((r) => r.reason === reason);
    if (!same) m.reasons.push({ reason, against: [other] });
    else if (!same.against.includes(other)) same.against.push(other);
  };
  for (const k of cluster.conflicts) {
    const a = members[k.a]!;
    const b = members[k.b]!;
    note(a, k.reason, b.documentId);
    note(b, k.reason, a.documentId);
  }
  const representative = members[cluster.representative]!.claim;
  const dated = members.find((m) => m.claim.time?.start)?.claim.time ?? null;
  const time = cluster.time && dated && { text: dated.text, ...cluster.time };
  return {
    id: cluster.id,
    verdict: cluster.status === 'conflicting' ? 'conflict' : 'agree',
    figure: figureOf(representative),
    bounds: distinct(members.map((m): Bound => m.claim.bound)),
    unit: cluster.unit,
    subject: cluster.subject && { text: cluster.subject.text, name: cluster.subject.name },
    time,
    outlets: cluster.outlets.length > 0 ? cluster.outlets : distinct(members.map((m) => m.outlet)),
    documents: distinct(members.map((m) => m.documentId)),
    consensus: cluster.consensus,
    positions: positionsOf(members),
    members,
  };
}

/** A comparison over a streaming aligner: documents in one at a time, clusters at the end. */
export function createComparison(): Comparison {
  const aligner = createAligner();
  const ids = new Set<string>();
  const outlets = new Set<string>();
  return {
    add(document) {
      // Ids tell documents apart (claims of one document never confirm each other): a repeated id gets a number.
      let id = document.id;
      for (let n = 2; ids.has(id); n++) id = `${document.id} (${n})`;
      ids.add(id);
      outlets.add(document.source ?? id);
      aligner.add({
        id,
        claims: document.claims,
        ...(document.source === undefined ? {} : { source: document.source }),
        ...(document.publishedAt === undefined ? {} : { publishedAt: document.publishedAt }),
      });
    },
    clusters() {
      const clusters = aligner.clusters().map(toCompareCluster);
      // Stable sort: the library's order within each verdict.
      return clusters.sort((a, b) => Number(b.verdict === 'conflict') - Number(a.verdict === 'conflict') || b.outlets.length - a.outlets.length);
    },
    get counts() {
      return { documents: ids.size, outlets: outlets.size };
    },
  };
}
