/**
 * The streaming aligner: documents are added one by one, each claim joins the
 * cluster it is one fact with as a whole (every member, never one neighbour),
 * and clusters whose window has passed are closed and handed back.
 *
 * Cost: a claim is compared only with claims that share a blocking key: one of
 * its handles (what it counts, its subject's words, its predicate), a
 * publication epoch of `window` days (and the two beside it), and a magnitude
 * bucket (powers of two, and those within the plausibility factor). Memory
 * holds the open clusters only once windows are closed.
 *
 * The parts are in aligner/: the blocking index (blocking.ts), members and
 * clusters (members.ts, cluster.ts), how a cluster reads a claim
 * (readings.ts), whether claims and clusters are one fact (fits.ts), filing a
 * claim (insert.ts), lists and tolls of a document (listed.ts), stories shared
 * by documents (stories.ts), and the state as JSON (state.ts).
 */
import type { Claim } from '../model.js';
import type { AlignerCore } from './aligner/core.js';
import type { IdentitySettings } from './identity.js';
import type { AlignmentDocument, AlignOptions, ClaimCluster } from './types.js';
import { alignLexicon, type AlignLexicon } from './tables.js';
import { documentEvents, documentSubjects, documentUnits } from './features.js';
import { extractQuantClaims } from '../claims/extract.js';
import { requireOptions } from '../text/validate.js';
import { Blocks } from './aligner/blocking.js';
import { checkState, restore, stateOf, type AlignerState } from './aligner/state.js';
import { sortClusters, type Cluster, type DocumentRecord, type Member } from './aligner/cluster.js';
import { markListed } from './aligner/listed.js';
import { Members, readEchoes } from './aligner/members.js';
import { joinStories } from './aligner/stories.js';
import { insert } from './aligner/insert.js';
import { checkDocument, dayNumber, isoOfDay, settingsOf, type Settings } from './input.js';
import { summarise } from './summary.js';
import { wireOf } from './wire.js';

export type { AlignerState, AlignerStateDocument, AlignerStateMember } from './aligner/state.js';

/** An aligner that takes documents one by one. */
export interface Aligner {
  /**
   * Aligns the claims of one document (its `claims`, or those extracted from
   * its `text`) with what was added before.
   * @returns The document's claims.
   * @throws TypeError or RangeError when the document is malformed (naming the field).
   */
  add(document: AlignmentDocument): Claim[];
  /** The open clusters: those with the most documents first, then in the order they began. */
  clusters(): ClaimCluster[];
  /**
   * Closes every cluster that no document published on `before` or later can
   * join (its newest member is more than `window` days older), removes it from
   * the aligner, and returns it. Clusters of undated documents never close.
   * @throws RangeError when `before` is not a date.
   */
  close(before: string | Date): ClaimCluster[];
  /** The state as JSON, to store and resume with `createAligner({ state })`. */
  toJSON(): AlignerState;
}

/** Options of {@link createAligner}: those of {@link alignClaims}, and a state to resume. */
export interface AlignerOptions extends AlignOptions {
  /** A state from `aligner.toJSON()`: the aligner resumes from it. Settings not given in the options are taken from it. */
  state?: AlignerState;
}

class StreamingAligner implements Aligner, AlignerCore {
  readonly settings: Settings;
  readonly lexicon: AlignLexicon;
  readonly identity: IdentitySettings;
  readonly storyIdentity: IdentitySettings;
  readonly open = new Set<Cluster>();
  readonly blocks: Blocks;
  readonly members: Members;
  clusterSerial = 0;

  constructor(fn: string, options: AlignerOptions | undefined) {
    requireOptions(options, fn);
    const state = options?.state;
    if (state !== undefined) checkState(fn, state);
    this.settings = settingsOf(fn, {
      ...(state ? { window: state.window, factor: state.factor, tolerance: state.tolerance } : {}),
      ...Object.fromEntries(Object.entries(options ?? {}).filter(([k, v]) => k !== 'state' && v !== undefined)),
    });
    this.lexicon = alignLexicon(fn, this.settings.lexicon);
    this.identity = {
      lexicon: this.lexicon,
      window: this.settings.window,
      factor: this.settings.factor,
      tolerance: this.settings.tolerance,
      nameOptions: this.settings.lexicon === undefined ? undefined : { lexicon: this.settings.lexicon },
    };
    this.storyIdentity = { ...this.identity, story: true };
    this.blocks = new Blocks(this.settings.factor, this.settings.window);
    this.members = new Members(this.lexicon);
    if (state) restore(this, state);
  }

  add(document: AlignmentDocument): Claim[] {
    return this.addAs('Aligner.add', 'document', document);
  }

  /** Adds a document; errors name `fn` and `parameter`. */
  addAs(fn: string, parameter: string, document: unknown): Claim[] {
    const d = checkDocument(fn, parameter, document);
    const published = d.publishedAt === undefined ? null : dayNumber(fn, `${parameter}.publishedAt`, d.publishedAt);
    const wire = d.text !== undefined ? wireOf(this.lexicon, d.text) : null;
    const record: DocumentRecord = { id: d.id, source: d.source, outlet: wire ?? d.source ?? d.id, published, members: [] };
    const claims =
      d.claims ??
      (this.settings.extractor
        ? this.settings.extractor.extract(d.text!, published === null ? undefined : { publishedAt: isoOfDay(published) })
        : extractQuantClaims(d.text!, published === null ? undefined : { publishedAt: isoOfDay(published) }));
    const events = documentEvents(this.lexicon, claims);
    const units = documentUnits(claims);
    const subjects = documentSubjects(claims);
    // Claims that nothing files (a small number or a vague word, with no subject) wait until the rest
    // of the document has found the stories it shares with other documents.
    const unfiled: Member[] = [];
    const members = claims.map((claim) => this.members.make(record, claim, undefined, events, units, subjects));
    readEchoes(members, this.identity);
    markListed(members, this.settings.factor, this.settings.window);
    for (const m of members) {
      if (m.features.numberHandles.length === 0 && m.features.subjectHandles.length === 0) unfiled.push(m);
      else insert(this, m);
    }
    joinStories(this, record, members, unfiled);
    return claims;
  }

  private view(c: Cluster): ClaimCluster {
    const members = [...c.members].sort((a, b) => a.serial - b.serial);
    return summarise(members, this.identity, this.settings.explain);
  }

  clusters(): ClaimCluster[] {
    return sortClusters([...this.open]).map((c) => this.view(c));
  }

  close(before: string | Date): ClaimCluster[] {
    const day = dayNumber('Aligner.close', 'before', before);
    const window = this.settings.window;
    const closed: Cluster[] = [];
    for (const c of this.open) if (c.last !== null && c.last + window < day) closed.push(c);
    for (const c of closed) {
      this.open.delete(c);
      c.closed = true;
    }
    this.blocks.close(day, window);
    return sortClusters(closed).map((c) => this.view(c));
  }

  toJSON(): AlignerState {
    return stateOf(sortClusters([...this.open]), this.settings);
  }
}

/**
 * Creates a streaming aligner: add documents as they come, read the clusters,
 * close windows older than a day to hand back their clusters with bounded
 * memory, and store the state as JSON to resume later.
 *
 * Documents need `publishedAt` for windows to close: without it a document's
 * claims meet every other and its clusters stay open.
 *
 * @param options - `window` (days, default 2), `factor` (default 1.5),
 *   `tolerance` (default 0), `explain`, `extractor`, `lexicon`, and `state`
 *   from `toJSON()` to resume.
 * @returns The aligner.
 * @throws TypeError or RangeError naming the option that is wrong.
 *
 * @example
 * ```ts
 * const aligner = createAligner({ window: 2 });
 * for (const article of todaysArticles) aligner.add({ id: article.url, source: article.outlet, publishedAt: '2018-06-03', text: article.text });
 * const done = aligner.close('2018-06-06');     // clusters no later article can join
 * const saved = JSON.stringify(aligner);        // resume with createAligner({ state: JSON.parse(saved) })
 * ```
 */
export function createAligner(options?: AlignerOptions): Aligner {
  return new StreamingAligner('createAligner', options);
}

/** Aligns documents at once, as {@link alignClaims} does (its errors name alignClaims and documents[i]). */
export function alignAll(documents: readonly unknown[], options: AlignOptions | undefined): ClaimCluster[] {
  const aligner = new StreamingAligner('alignClaims', options);
  documents.forEach((d, i) => aligner.addAs('alignClaims', `documents[${i}]`, d));
  return aligner.clusters();
}
