/**
 * What an aligner keeps of its documents and clusters: members, clusters and
 * their kinds, and how a member joins a cluster.
 */
import type { MemberView } from '../summary.js';
import type { AlignerCore } from './core.js';

/** A document as the aligner keeps it. */
export interface DocumentRecord {
  readonly id: string;
  readonly source: string | undefined;
  /** The wire it reprints, or its source, or its id. */
  readonly outlet: string;
  readonly published: number | null;
  /** Its claims as members, in the order added: a story tie looks through them (see `tieToStories`). */
  readonly members: Member[];
}

/** A claim as the aligner keeps it: its document, its cluster, and what its document says of it. */
export interface Member extends MemberView {
  readonly serial: number;
  readonly document: DocumentRecord;
  cluster: Cluster;
  /**
   * True when its document lists figures of its counted noun: LISTED_FIGURES different numbers of it or
   * more (Sweden 1 diplomat, Italy 2, Germany 4, France 4). No story tie reads such a figure: which of
   * the list it is, only a subject says.
   */
  listed?: boolean;
  /**
   * True when it is its document's one figure of what happened to people (one toll: "53 قتيلاً", and
   * "53 شخصاً" again, but no other number of the dead). Two reports of one story that each give one toll
   * give the story's toll, agreeing or not (see `tollToStories`).
   */
  soleToll?: boolean;
}

/** Members of a cluster with one signature: they relate to every claim alike, so one stands for all. */
export interface Kind {
  readonly first: Member;
  count: number;
  /** True when they come from more than one document. */
  documents: boolean;
}

/** Members that are one fact, each with every other. */
export interface Cluster {
  readonly serial: number;
  members: Member[];
  /** Its members by signature: a figure that many documents repeat is checked once. */
  kinds: Map<string, Kind>;
  /** Newest publication day of its members, or null when none is dated. */
  last: number | null;
  /** The document of its first member, and whether any member comes from another. */
  readonly document: DocumentRecord;
  manyDocuments: boolean;
  /** The lowest upper end and the highest lower end of its members' figures: a claim must be plausible with both. */
  lowest: number;
  highest: number;
  /**
   * What happened to the people of each figure its members give, where a member's noun or verb says it
   * (37 → the dead, from "37 قتيلاً"); null where members say two things. Made when first needed (most
   * clusters count no people). See `readIn`.
   */
  events: Map<number, string | null> | null;
  /**
   * What happened to the people its members count, where a written noun says it (قتيل، جثة، جريح): the
   * one thing all such nouns say, null where they say two, undefined where none is written. A vague word
   * with no noun reads it (see `readIn`).
   */
  nounEvent: string | null | undefined;
  /** The cluster it was merged into, once it was. */
  mergedInto: Cluster | null;
  closed: boolean;
}

/**
 * Most different statements (figure, bound, unit, subject, time) one cluster
 * holds: one fact is stated in a handful of ways, and a claim stated unlike all
 * of them starts a cluster of its own. This bounds what a claim is checked
 * against, and keeps a subject that is only one common word from gathering a day.
 */
export const MAX_KINDS = 64;

/** Starts a cluster with `m`, open. */
export function newCluster(aligner: AlignerCore, m: Member): Cluster {
  const c: Cluster = { serial: aligner.clusterSerial++, members: [], kinds: new Map(), last: null, document: m.document, manyDocuments: false, lowest: Infinity, highest: -Infinity, events: null, nounEvent: undefined, mergedInto: null, closed: false };
  aligner.open.add(c);
  join(c, m);
  return c;
}

/** Adds a member; true when it is the first of its signature in the cluster. */
export function join(c: Cluster, m: Member): boolean {
  c.members.push(m);
  m.cluster = c;
  if (m.features.published !== null && (c.last === null || m.features.published > c.last)) c.last = m.features.published;
  if (m.document !== c.document) c.manyDocuments = true;
  const core = m.features.core;
  if (core) {
    c.lowest = Math.min(c.lowest, core[1]);
    c.highest = Math.max(c.highest, core[0]);
  }
  const { unit, value } = m.features;
  if (unit && unit.kind === 'people' && unit.event !== null && value !== null && m.features.confirms) {
    c.events ??= new Map();
    const seen = c.events.get(value);
    if (seen === undefined) c.events.set(value, unit.event);
    else if (seen !== unit.event) c.events.set(value, null);
  }
  if (unit && unit.kind === 'people' && unit.role === 'what' && !m.features.nounless && m.features.confirms && c.nounEvent !== null) {
    c.nounEvent = c.nounEvent === undefined || c.nounEvent === unit.event ? unit.event : null;
  }
  const kind = c.kinds.get(m.features.signature);
  if (!kind) {
    c.kinds.set(m.features.signature, { first: m, count: 1, documents: false });
    return true;
  }
  kind.count++;
  if (m.document !== kind.first.document) kind.documents = true;
  return false;
}

/** Moves every member of `c` into `target`, and forwards `c` to it. */
export function mergeInto(aligner: AlignerCore, target: Cluster, c: Cluster): void {
  for (const x of c.members) join(target, x);
  aligner.open.delete(c);
  c.mergedInto = target;
}

/** Clusters with the most documents first, then in the order they began. */
export function sortClusters(clusters: Cluster[]): Cluster[] {
  const documents = (c: Cluster): number => new Set(c.members.map((m) => m.document)).size;
  // The cluster began with its earliest member (merges append members out of order).
  const first = (c: Cluster): number => c.members.reduce((low, m) => Math.min(low, m.serial), Infinity);
  return clusters.map((c) => ({ c, n: documents(c), s: first(c) })).sort((a, b) => b.n - a.n || a.s - b.s).map((x) => x.c);
}
