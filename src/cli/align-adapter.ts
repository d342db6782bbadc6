/**
 * The one place where `compare` meets the alignment library.
 *
 * `compare` feeds documents one at a time ({@link Comparison.add}) and asks for
 * the clusters at the end ({@link Comparison.clusters}); everything it prints
 * comes from {@link CompareCluster}. Today this wraps the one-shot
 * `alignClaims({ id, claims })`, so the adapter itself works out what the
 * library does not say yet:
 *
 * - outlets: a document's `source`, else its id (two articles of one outlet are
 *   one outlet);
 * - positions: the members grouped by the interval they state (bound, value,
 *   min, max), with their outlets — the per-cluster conflict summary;
 * - reasons: each member's conflicts, from the pairs `alignClaims` reports.
 *
 * When the streaming aligner lands (`createAligner(options)` with
 * `add({ id, claims, source?, publishedAt? })` and `clusters()`, clusters with
 * `outlets` and a per-cluster conflict summary), only this file changes:
 * `add` forwards each document, `clusters` maps the aligner's clusters to
 * {@link CompareCluster} — `outlets`, `verdict`, `positions` and `reasons`
 * straight from its summary — and the rest of the CLI, its output shapes and
 * their JSON Schema stay as they are.
 */
import { alignClaims, type Bound, type Claim, type ClaimCluster } from '../index.js';
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

function toCompareCluster(cluster: ClaimCluster, outletOf: ReadonlyMap<string, string>): CompareCluster {
  const members: CompareMember[] = cluster.members.map((m) => ({
    documentId: m.documentId,
    outlet: outletOf.get(m.documentId) ?? m.documentId,
    claim: m.claim,
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
  const first = members[0]!.claim;
  const unit = members.find((m) => m.claim.unit)?.claim.unit ?? null;
  const subject = members.find((m) => m.claim.subject)?.claim.subject ?? null;
  const time = members.find((m) => m.claim.time?.start)?.claim.time ?? null;
  return {
    id: cluster.id,
    verdict: cluster.status === 'conflicting' ? 'conflict' : 'agree',
    figure: figureOf(first),
    bounds: distinct(members.map((m): Bound => m.claim.bound)),
    unit,
    subject: subject && { text: subject.text, name: subject.name },
    time: time && { text: time.text, ...(time.start ? { start: time.start } : {}), ...(time.end ? { end: time.end } : {}) },
    outlets: distinct(members.map((m) => m.outlet)),
    documents: distinct(members.map((m) => m.documentId)),
    consensus: cluster.consensus,
    positions: positionsOf(members),
    members,
  };
}

/** A comparison over the current `alignClaims`. */
export function createComparison(): Comparison {
  const documents: ComparedDocument[] = [];
  const outletOf = new Map<string, string>();
  return {
    add(document) {
      // Ids tell documents apart (claims of one document never confirm each other): a repeated id gets a number.
      let id = document.id;
      for (let n = 2; outletOf.has(id); n++) id = `${document.id} (${n})`;
      documents.push(id === document.id ? document : { ...document, id });
      outletOf.set(id, document.source ?? id);
    },
    clusters() {
      const clusters = alignClaims(documents.map((d) => ({ id: d.id, claims: d.claims }))).map((c) => toCompareCluster(c, outletOf));
      // Stable sort: the library's order (most documents first) within each verdict.
      return clusters.sort((a, b) => Number(b.verdict === 'conflict') - Number(a.verdict === 'conflict') || b.outlets.length - a.outlets.length);
    },
    get counts() {
      return { documents: documents.length, outlets: new Set(outletOf.values()).size };
    },
  };
}
