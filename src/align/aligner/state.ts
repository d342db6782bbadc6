/**
 * An aligner's state as JSON: its settings, the documents and claims of its
 * open clusters, and the clusters as lists of member indices; checked and read
 * back to resume.
 */
import type { Claim } from '../../model.js';
import { documentEvents, documentSubjects, documentUnits } from '../features.js';
import { checkDocument, dayNumber, isoOfDay, type Settings } from '../input.js';
import { join, newCluster, type Cluster, type DocumentRecord } from './cluster.js';
import type { AlignerCore } from './core.js';
import { markListed } from './listed.js';
import { readEchoes } from './members.js';

/** A document in an aligner's state. */
export interface AlignerStateDocument {
  /** Its id. */
  id: string;
  /** Its source, when given. */
  source?: string;
  /** Its outlet: the wire it reprints, its source, or its id. */
  outlet: string;
  /** Its publication day, "YYYY-MM-DD", when given. */
  publishedAt?: string;
}

/** A claim in an aligner's state. */
export interface AlignerStateMember {
  /** Index of its document in `documents`. */
  document: number;
  /** The claim. */
  claim: Claim;
  /** Its outlet (the agency when its speaker is one). */
  outlet: string;
}

/**
 * The state of an aligner as JSON: its settings, the documents and claims of
 * its open clusters, and the clusters as lists of member indices. Give it back
 * as `createAligner({ state })` to resume.
 */
export interface AlignerState {
  /** Format of this object. */
  version: 1;
  /** The `window` it was made with. */
  window: number;
  /** The `factor` it was made with. */
  factor: number;
  /** The `tolerance` it was made with. */
  tolerance: number;
  /** Documents of the open clusters. */
  documents: AlignerStateDocument[];
  /** Claims of the open clusters. */
  members: AlignerStateMember[];
  /** Open clusters, as indices into `members`. */
  clusters: number[][];
}

/** The state of an aligner whose open clusters are `open`, in order. */
export function stateOf(open: readonly Cluster[], settings: Settings): AlignerState {
  const documents: AlignerState['documents'] = [];
  const docIndex = new Map<DocumentRecord, number>();
  const members: AlignerState['members'] = [];
  const clusters: number[][] = [];
  for (const c of open) {
    const ids: number[] = [];
    for (const m of [...c.members].sort((a, b) => a.serial - b.serial)) {
      let d = docIndex.get(m.document);
      if (d === undefined) {
        d = documents.length;
        docIndex.set(m.document, d);
        documents.push({
          id: m.document.id,
          ...(m.document.source !== undefined ? { source: m.document.source } : {}),
          outlet: m.document.outlet,
          ...(m.document.published !== null ? { publishedAt: isoOfDay(m.document.published) } : {}),
        });
      }
      ids.push(members.length);
      members.push({ document: d, claim: m.claim, outlet: m.outlet });
    }
    clusters.push(ids);
  }
  const { window, factor, tolerance } = settings;
  return { version: 1, window, factor, tolerance, documents, members, clusters };
}

/** Reads a state back into an aligner just made with its settings. */
export function restore(aligner: AlignerCore, state: AlignerState): void {
  const documents = state.documents.map(
    (d): DocumentRecord => ({
      id: d.id,
      source: d.source,
      outlet: d.outlet,
      published: d.publishedAt === undefined ? null : dayNumber('createAligner', 'options.state.documents[].publishedAt', d.publishedAt),
      members: [],
    }),
  );
  // What each document says happened to the people of its figures, read again from its kept claims.
  const claimsOf = new Map<number, Claim[]>();
  for (const m of state.members) {
    const list = claimsOf.get(m.document);
    if (list) list.push(m.claim);
    else claimsOf.set(m.document, [m.claim]);
  }
  const events = new Map([...claimsOf].map(([d, claims]) => [d, documentEvents(aligner.lexicon, claims)] as const));
  const units = new Map([...claimsOf].map(([d, claims]) => [d, documentUnits(claims)] as const));
  const subjects = new Map([...claimsOf].map(([d, claims]) => [d, documentSubjects(claims)] as const));
  const members = state.members.map((m) => aligner.members.make(documents[m.document]!, m.claim, m.outlet, events.get(m.document)!, units.get(m.document)!, subjects.get(m.document)!));
  for (const d of documents) {
    readEchoes(d.members, aligner.identity);
    markListed(d.members, aligner.settings.factor, aligner.settings.window);
  }
  for (const ids of state.clusters) {
    const c = newCluster(aligner, members[ids[0]!]!);
    for (const i of ids.slice(1)) join(c, members[i]!);
  }
  for (const m of members) aligner.blocks.file(m);
}

/** Throws a TypeError unless `state` has the shape `toJSON` gives. */
export function checkState(fn: string, state: unknown): asserts state is AlignerState {
  const s = state as Partial<AlignerState> | null;
  const bad = (what: string): never => {
    throw new TypeError(`${fn}: options.state must be an aligner's toJSON() (version 1): ${what}`);
  };
  if (typeof s !== 'object' || s === null) bad('not an object');
  if (s!.version !== 1) bad(`version is ${String(s!.version)}`);
  if (!Array.isArray(s!.documents) || !Array.isArray(s!.members) || !Array.isArray(s!.clusters)) bad('documents, members and clusters must be arrays');
  s!.documents!.forEach((d, i) => {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || typeof d.outlet !== 'string') bad(`documents[${i}] needs id and outlet`);
  });
  const seen = new Set<number>();
  s!.members!.forEach((m, i) => {
    if (typeof m !== 'object' || m === null || !Number.isInteger(m.document) || !s!.documents![m.document] || typeof m.outlet !== 'string') bad(`members[${i}] needs a document index and an outlet`);
    checkDocument(fn, `options.state.members[${i}]`, { id: '', claims: [m.claim] });
  });
  s!.clusters!.forEach((c, i) => {
    if (!Array.isArray(c) || c.length === 0) bad(`clusters[${i}] must be a non-empty array`);
    for (const k of c) {
      if (!Number.isInteger(k) || !s!.members![k] || seen.has(k)) bad(`clusters[${i}] has a member index that is missing or repeated`);
      seen.add(k);
    }
  });
  if (seen.size !== s!.members!.length) bad('every member must be in one cluster');
}
