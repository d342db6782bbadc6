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
 */
import { extractQuantClaims } from '../claims/extract.js';
import type { Claim } from '../model.js';
import { requireOptions } from '../text/validate.js';
import { documentEvents, documentSubjects, documentUnits, featuresOf, type DocumentEvents, type DocumentSubjects, type DocumentUnits, type Features } from './features.js';
import { echoes, figuresAgree, plausible, relate, subjectRelation, type IdentitySettings } from './identity.js';
import { checkDocument, dayNumber, isoOfDay, settingsOf, type Settings } from './input.js';
import { summarise, type MemberView } from './summary.js';
import { alignLexicon, type AlignLexicon } from './tables.js';
import type { AlignmentDocument, AlignOptions, ClaimCluster } from './types.js';
import { agencyIn, wireOf } from './wire.js';

/** A document as the aligner keeps it. */
interface DocumentRecord {
  readonly id: string;
  readonly source: string | undefined;
  /** The wire it reprints, or its source, or its id. */
  readonly outlet: string;
  readonly published: number | null;
  /** Its claims as members, in the order added: a story tie looks through them (see `tieToStories`). */
  readonly members: Member[];
}

interface Member extends MemberView {
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

/** Different numbers of one counted noun that make a document a list of them. */
const LISTED_FIGURES = 3;

/** Different figures among spans, those that overlap read as one: the groups of their union. */
function figuresIn(spans: Array<readonly [number, number]>): number {
  spans.sort((x, y) => x[0] - y[0]);
  let groups = 0;
  let reach = -Infinity;
  for (const [lo, hi] of spans) {
    if (groups === 0 || lo > reach) groups++;
    reach = Math.max(reach, hi);
  }
  return groups;
}

/**
 * What a list counts: the noun, and for people what happened to them. "لقي 37 شخصا مصرعهم … مصرع خمسة
 * أشخاص … وإصابة نحو ثلاثين آخرين" gives two tolls of the dead and one of the injured, not a list of three
 * figures of شخص; Sweden's 1 diplomat, Italy's 2 and Germany's 4, all expelled, are a list.
 */
const listKey = (unit: NonNullable<Features['unit']>): string => (unit.event === null ? unit.key : `${unit.key}\u0001${unit.event}`);

/** Marks the members of one document whose counted noun it gives LISTED_FIGURES different numbers of. */
function markListed(members: readonly Member[], factor: number, window: number): void {
  const values = new Map<string, Set<number>>();
  // A measure's figures count by the distances (sums, areas) they give, whatever the unit written: "حوالي
  // خمسة أميال بحرية (نحو عشرة كيلومترات)" and "16 ميلاً بحرياً (نحو 32 كلم)" are two distances, not four.
  const measures = new Map<string, Array<readonly [number, number]>>();
  for (const m of members) {
    const { unit, value, interval, core } = m.features;
    if (!unit || value === null) continue;
    if (unit.measure && core) {
      const span = [Number.isFinite(interval.lo) ? interval.lo : core[0], Number.isFinite(interval.hi) ? interval.hi : core[1]] as const;
      const list = measures.get(unit.key);
      if (list) list.push(span);
      else measures.set(unit.key, [span]);
      continue;
    }
    const key = listKey(unit);
    const set = values.get(key);
    if (set) set.add(value);
    else values.set(key, new Set([value]));
  }
  const counts = new Map<string, number>([...values].map(([k, v]) => [k, v.size]));
  for (const [key, spans] of measures) counts.set(key, figuresIn(spans));
  for (const m of members) if (m.features.unit && (counts.get(m.features.unit.measure ? m.features.unit.key : listKey(m.features.unit)) ?? 0) >= LISTED_FIGURES) m.listed = true;
  // Figures of each thing that happened to people (the dead, the injured), with vague words among them,
  // of the days the document reports: "أنقذوا 120 مهاجرا في مارس الماضي" is an earlier rescue, not a
  // second toll of this one.
  const tolls = new Map<string, Member[]>();
  // A document that gives LISTED_FIGURES figures of one thing or more, of any time, reviews many events
  // (the attacks of a year, each with its dead and injured): none of them is the document's one toll.
  const eventFigures = new Map<string, Set<number>>();
  for (const m of members) {
    const { unit, value } = m.features;
    if (!unit?.event || value === null) continue;
    const set = eventFigures.get(unit.event);
    if (set) set.add(value);
    else eventFigures.set(unit.event, new Set([value]));
  }
  for (const m of members) {
    const { unit, to, published } = m.features;
    if (!unit?.event || (eventFigures.get(unit.event)?.size ?? 0) >= LISTED_FIGURES || (to !== null && published !== null && to < published - window)) continue;
    const list = tolls.get(unit.event);
    if (list) list.push(m);
    else tolls.set(unit.event, [m]);
  }
  // A figure is its document's one toll of a thing when no other figure of it could be the same toll:
  // none within the plausibility factor (37 and 53 dead, as the count rose; not "67 أنقذوا" off Tunisia
  // and "إنقاذ ستة أشخاص" off Turkey), and no vague word but one that holds this figure alone among the
  // document's ("وإنقاذ العشرات" in a headline over "إنقاذ 67 مهاجرا": the 67, said vaguely).
  for (const [, list] of tolls) {
    const figures = list.filter((x) => x.features.value !== null && x.features.core !== null);
    const holds = (vague: Member, x: Member): boolean => vague.features.core !== null && x.features.core![0] >= vague.features.core[0] && x.features.core![1] <= vague.features.core[1];
    for (const m of figures) {
      if (!m.features.confirms) continue;
      const rival = list.some((x) =>
        x.features.value === null
          ? figures.some((y) => y.features.value !== m.features.value && holds(x, y)) || (!holds(x, m) && plausible(x.features.core, m.features.core, factor))
          : x.features.value !== m.features.value && plausible(x.features.core, m.features.core, factor),
      );
      if (!rival) m.soleToll = true;
    }
  }
}

/**
 * True for a measure alone in its cluster, filed by its figure or its subject: it may still meet a story's.
 * A subject that shares only some words with the story's ("ساحل جزيرة كركنة" / "جزيرة قرقنة") ties no
 * small figure on its own, and a story's figure with no subject none either; within the story they meet
 * as figures that agree ("خمسة أميال" / "حوالي 5 أميال بحرية").
 */
const lonelyMeasure = (m: Member): boolean =>
  m.features.unit !== null && m.features.unit.measure && (m.features.numberHandles.length > 0 || m.features.subjectHandles.length > 0) && m.cluster.members.length === 1;

/** Members of a cluster with one signature: they relate to every claim alike, so one stands for all. */
interface Kind {
  readonly first: Member;
  count: number;
  /** True when they come from more than one document. */
  documents: boolean;
}

interface Cluster {
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

/** Bucket of zero figures; negative figures and unknown ones have their own ranges of buckets. */
const ZERO = 1e6;
const NEGATIVE = 2e6;
/** Figures not known (a vague word with no number): compared with every figure. */
const ANY = 3e6;
/** Epoch of undated documents. */
const UNDATED = -1e9;
/**
 * Most different statements (figure, bound, unit, subject, time) one cluster
 * holds: one fact is stated in a handful of ways, and a claim stated unlike all
 * of them starts a cluster of its own. This bounds what a claim is checked
 * against, and keeps a subject that is only one common word from gathering a day.
 */
export const MAX_KINDS = 64;
/** Most documents read as telling the same story as one document (a wire story reprinted by them all). */
const MAX_STORIES = 64;
/** Most speakers whose agency (or none) is kept before the memo starts afresh. */
const SPEAKER_MEMO = 50_000;
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

/** Features read with what happened to their people, by event: computed once per claim and event. */
const readings = new WeakMap<Features, Map<string, Features>>();

/**
 * A claim's features as a cluster reads them: a noun of anyone that says nothing of what
 * happened (37 شخصاً of a fire) counts what a member of the cluster counts with the same figure ("37
 * قتيلاً" of another outlet, one fact with it as one number). Across documents this is what
 * `documentEvents` is within one: outlets that give "37 قتيلاً" and "37 شخصاً" of one fire count the dead
 * both times, so "53 قتيلاً" is that toll in conflict, not a part of a whole.
 */
function readIn(f: Features, a: Cluster, b?: Cluster): Features {
  const unit = f.unit;
  if (unit === null && f.vague) return vagueReadIn(f, a, b);
  // Only a noun of anyone (شخص، فرد، نسمة), which meets every noun of people anyway: read so, a noun of
  // who (13 دبلوماسياً) would meet a noun of what happened (13 جثة) through the very member it reads.
  if (unit === null || unit.role !== 'any' || unit.event !== null || f.value === null || unit.kind !== 'people') return f;
  // Members that read the figure as two things say nothing of it.
  const event = oneEvent(a.events?.get(f.value), b?.events?.get(f.value));
  return event === undefined ? f : readAs(f, event, { ...unit, event });
}

/** What two clusters' readings say happened, when they say one thing; undefined when they say two or none. */
function oneEvent(ea: string | null | undefined, eb: string | null | undefined): string | undefined {
  if (ea === null || eb === null || (ea !== undefined && eb !== undefined && ea !== eb)) return undefined;
  return ea ?? eb;
}

/** `f` with `unit`, the reading of it as counting `event`: made once per claim and event, then reused. */
function readAs(f: Features, event: string, unit: NonNullable<Features['unit']>): Features {
  let byEvent = readings.get(f);
  if (!byEvent) readings.set(f, (byEvent = new Map()));
  let read = byEvent.get(event);
  if (!read) byEvent.set(event, (read = { ...f, unit }));
  return read;
}

/**
 * A vague word that writes no noun and nothing that says what it counts ("مقتل العشرات" read without its
 * verb, "العشرات" of "حريق بمركز للتسوق") as a cluster reads it: it counts what the cluster's written nouns
 * say happened to its people ("37 قتيلاً"، "53 قتيلاً" of the same fire → the dead), when they say one
 * thing. Its subject must still tie it (see `relate`), and where two clusters of its subject would take it
 * (the dead and the missing of one fire) it joins neither (see `insert`).
 */
function vagueReadIn(f: Features, a: Cluster, b?: Cluster): Features {
  const event = oneEvent(a.nounEvent, b?.nounEvent);
  return event === undefined ? f : readAs(f, event, { measure: false, key: event, known: true, block: 'people', kind: 'people', role: 'what', scale: 1, upTo: 1, event });
}

class StreamingAligner implements Aligner {
  private readonly settings: Settings;
  private readonly lexicon: AlignLexicon;
  private readonly identity: IdentitySettings;
  /** The same settings, read within a story (see `tieToStories`). */
  private readonly storyIdentity: IdentitySettings;
  /** Buckets around a figure within the plausibility factor. */
  private readonly reach: number;
  /** Days per publication epoch. */
  private readonly epochDays: number;
  private readonly open = new Set<Cluster>();
  /** handle + epoch → bucket → the clusters filed there (a cluster merged away forwards to its target). */
  private readonly index = new Map<string, Map<number, Set<Cluster>>>();
  /** epoch → the index keys filed under it, so closed epochs are dropped whole. */
  private readonly epochs = new Map<number, Set<string>>();
  private serial = 0;
  private clusterSerial = 0;
  private readonly speakerAgencies = new Map<string, string | null>();

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
    this.reach = Math.ceil(Math.log2(this.settings.factor)) + 1;
    this.epochDays = Math.max(1, Math.ceil(this.settings.window));
    if (state) this.restore(state);
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
    const members = claims.map((claim) => this.member(record, claim, undefined, events, units, subjects));
    this.readEchoes(members);
    markListed(members, this.settings.factor, this.settings.window);
    for (const m of members) {
      if (m.features.numberHandles.length === 0 && m.features.subjectHandles.length === 0) unfiled.push(m);
      else this.insert(m);
    }
    // The stories are read once: clusters merged away since are skipped where they are used.
    const lonely = members.filter((m) => lonelyMeasure(m));
    const stories = unfiled.length > 0 || lonely.length > 0 || members.some((m) => m.soleToll) ? this.storyClusters(record) : [];
    for (const m of unfiled) if (!this.tieToStories(m, stories)) this.newCluster(m);
    // A toll that found no cluster of its own meets the story's toll, agreeing or not.
    for (const m of members) if (m.soleToll && m.cluster.members.length === 1) this.tollToStories(m, stories);
    // A measure with no subject that found no cluster as one precise figure meets the story's figure it
    // agrees with once converted: "نحو 32 كيلومتراً" of one report and "16 ميلاً بحرياً" of another.
    for (const m of lonely) {
      const own = m.cluster;
      if (own.members.length !== 1 || !this.open.has(own) || !this.tieToStories(m, stories)) continue;
      this.open.delete(own);
      own.mergedInto = m.cluster;
      own.members = [];
      own.kinds = new Map();
    }
    return claims;
  }

  /** The agency a speaker names ("وكالة رويترز"), or null: news repeats its speakers, so answers are kept. */
  private agencyOf(speaker: string): string | null {
    let agency = this.speakerAgencies.get(speaker);
    if (agency === undefined) {
      if (this.speakerAgencies.size >= SPEAKER_MEMO) this.speakerAgencies.clear();
      agency = agencyIn(this.lexicon, speaker);
      this.speakerAgencies.set(speaker, agency);
    }
    return agency;
  }

  private member(document: DocumentRecord, claim: Claim, outlet: string | undefined, events: DocumentEvents, units: DocumentUnits, subjects: DocumentSubjects): Member {
    const speaker = claim.speaker && typeof claim.speaker.text === 'string' ? this.agencyOf(claim.speaker.text) : null;
    const m = {
      serial: this.serial++,
      document,
      documentId: document.id,
      claim,
      features: featuresOf(this.lexicon, claim, document.published, events, units, subjects),
      outlet: outlet ?? speaker ?? document.outlet,
      source: document.source,
      publishedAt: document.published === null ? undefined : isoOfDay(document.published),
    } as Omit<Member, 'cluster'> as Member;
    document.members.push(m);
    return m;
  }

  /** Reads a document's vague words as the figures of it they echo (see `echoes`). */
  private readEchoes(members: readonly Member[]): void {
    if (!members.some((m) => m.features.vague && (m.features.unit === null || (m.features.nounless && m.features.subject === null)))) return;
    const read = echoes(members.map((m) => m.features), this.identity);
    members.forEach((m, i) => {
      (m as { features: Features }).features = read[i]!;
    });
  }

  private epochOf(m: Member): number {
    return m.features.published === null ? UNDATED : Math.floor(m.features.published / this.epochDays);
  }

  /** Members that may be one fact with `m`: they share a handle, a nearby epoch and a nearby bucket. */
  private candidates(m: Member): Set<Cluster> {
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

  private file(m: Member): void {
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

  private newCluster(m: Member): Cluster {
    const c: Cluster = { serial: this.clusterSerial++, members: [], kinds: new Map(), last: null, document: m.document, manyDocuments: false, lowest: Infinity, highest: -Infinity, events: null, nounEvent: undefined, mergedInto: null, closed: false };
    this.open.add(c);
    this.join(c, m);
    return c;
  }

  /** Adds a member; true when it is the first of its signature in the cluster. */
  private join(c: Cluster, m: Member): boolean {
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

  /**
   * True when nothing tells a member of `a` from a member of `b`, and they are
   * linked: by a shared subject or predicate, or by one specific number where all agree.
   */
  private oneFact(a: Cluster, b: Cluster): boolean {
    let strong = false;
    let number = false;
    let disagree = false;
    for (const x of a.kinds.values()) {
      for (const y of b.kinds.values()) {
        const r = relate(readIn(x.first.features, a, b), readIn(y.first.features, a, b), this.identity);
        if (!r) return false;
        if (r.linked) {
          if (r.tie === 'unit') number = true;
          else strong = true;
        }
        if (!r.agree) disagree = true;
      }
    }
    return strong || (number && !disagree);
  }

  /**
   * True when a claim tied to a cluster by one number takes a side of a conflict the cluster holds: every
   * member it disagrees with (`against`) disagrees with one it is tied to and agrees with (`sides`), and
   * has a subject that shares words with its own.
   */
  private sidesWith(claim: Features, sides: readonly Features[] | null, against: readonly Features[] | null): boolean {
    if (!sides || !against) return false;
    const tolerance = this.settings.tolerance;
    return against.every((x) => subjectRelation(claim.subject, x.subject, this.identity) === 'related' && sides.some((y) => !figuresAgree(x, y, tolerance)));
  }

  /** A necessary test, in constant time: the claim's figure is within the plausibility factor of the cluster's farthest figures. */
  private withinReach(m: Member, c: Cluster): boolean {
    const core = m.features.core;
    // Money may meet a sum of another currency, converted (see `exchangeRanges`): its figure is not on their scale.
    if (!core || !(core[0] > 0) || !(c.lowest > 0) || m.features.unit?.code !== undefined) return true;
    // Plausible with every member's figure [lo, hi]: not above the lowest upper end times the factor, not
    // below the highest lower end over it. A span counts by its ends: 40 fits "عشرات" (10–100) and 35.
    const factor = this.settings.factor;
    return core[0] <= c.lowest * factor && core[1] * factor >= c.highest;
  }

  private insert(m: Member): void {
    if (m.features.numberHandles.length === 0 && m.features.subjectHandles.length === 0) {
      this.newCluster(m);
      return;
    }
    const scored: Array<{ cluster: Cluster; conflicts: number; subjects: number; agrees: number }> = [];
    for (const cluster of this.candidates(m)) {
      // A cluster of this document's own claims is joined only through another document.
      if (!cluster.manyDocuments && cluster.document === m.document) continue;
      if (cluster.kinds.size >= MAX_KINDS && !cluster.kinds.has(m.features.signature)) continue;
      if (!this.withinReach(m, cluster)) continue;
      let conflicts = 0;
      let subjects = 0;
      let agrees = 0;
      let strongLink = false;
      let numberLink = false;
      let fits = true;
      const claim = readIn(m.features, cluster);
      // Members it is linked to by one number and agrees with, and members it disagrees with (made when met).
      let sides: Features[] | null = null;
      let against: Features[] | null = null;
      for (const kind of cluster.kinds.values()) {
        const other = readIn(kind.first.features, cluster);
        const r = relate(claim, other, this.identity);
        if (!r) {
          fits = false;
          break;
        }
        if (r.agree) agrees += kind.count;
        else {
          conflicts += kind.count;
          (against ??= []).push(other);
        }
        if (r.tie === 'subject') subjects += kind.count;
        if (r.linked && (kind.documents || kind.first.document !== m.document)) {
          if (r.tie === 'unit') {
            numberLink = true;
            if (r.agree) (sides ??= []).push(other);
          } else strongLink = true;
        }
      }
      // One fact with the cluster as a whole: nothing tells it from any member, and it is linked to a
      // member of another document — by their subject or predicate, or by one specific number when it
      // agrees with all (a unit alone never makes a conflict). A conflict the cluster holds already is
      // not one it makes: "ما لا يقل عن 53 شخصاً" of "حريق بمنطقة سيبيريا", tied by its number to "53
      // قتيلاً" of a cluster where that toll and "37 قتيلاً" of a fire in Kemerovo disagree, sides with the
      // 53 — when its subject shares words with each figure it disagrees with. Without that, a number
      // meets a story's toll by chance (27 عنصراً of ISIS killed in Ramadi, 27 قتيلاً in Suruç).
      if (fits && (strongLink || (numberLink && (conflicts === 0 || this.sidesWith(claim, sides, against))))) scored.push({ cluster, conflicts, subjects, agrees });
    }
    // A vague word read through the clusters it fits says nothing when they read it as two things: "العشرات"
    // of a fire beside its dead and its missing.
    const meanings = m.features.vague && m.features.unit === null ? new Set(scored.map((x) => readIn(m.features, x.cluster).unit?.event)) : null;
    if (scored.length === 0 || (meanings && meanings.size > 1)) {
      this.newCluster(m);
      this.file(m);
      return;
    }
    // Agreement first, then the strongest ties, then the most members, then the oldest cluster.
    scored.sort(
      (x, y) =>
        Number(x.conflicts > 0) - Number(y.conflicts > 0) || y.subjects - x.subjects || y.agrees - x.agrees || x.cluster.serial - y.cluster.serial,
    );
    const target = scored[0]!.cluster;
    const fresh = this.join(target, m);
    // Other clusters the claim fits merge in when they are one fact with the whole of it.
    for (const { cluster } of scored.slice(1)) {
      if (!this.open.has(cluster) || cluster.kinds.size + target.kinds.size > MAX_KINDS || !this.oneFact(cluster, target)) continue;
      for (const x of cluster.members) this.join(target, x);
      this.open.delete(cluster);
      cluster.mergedInto = target;
    }
    // A figure the cluster already holds under this signature is found through the first one.
    if (fresh) this.file(m);
  }

  /**
   * The open clusters of the documents that tell the same story as `document`: those one of its claims
   * shares a cluster with (a shared subject, or one specific number: "451 هدفا" in two reports of one
   * transfer), MAX_STORIES of them at most.
   */
  private storyClusters(document: DocumentRecord): Cluster[] {
    const stories = new Set<DocumentRecord>();
    for (const m of document.members) {
      let c = m.cluster as Cluster | undefined;
      while (c && c.mergedInto) c = c.mergedInto;
      if (!c || c.closed || !c.manyDocuments || !this.open.has(c)) continue;
      for (const x of c.members) if (x.document !== document && stories.size < MAX_STORIES) stories.add(x.document);
    }
    // Their open clusters, once; a cluster of a list (Sweden 1 diplomat, Italy 2 …) gives no one figure to
    // tie to, nor does a dual noun alone (طالبان).
    const clusters = new Set<Cluster>();
    for (const d of stories) {
      for (const x of d.members) {
        let c = x.cluster as Cluster | undefined;
        while (c && c.mergedInto) c = c.mergedInto;
        if (c && !c.closed && this.open.has(c) && !c.members.some((y) => y.listed || y.features.dual)) clusters.add(c);
      }
    }
    return [...clusters];
  }

  /**
   * Joins a claim that nothing files (a small number with no subject: "10 قتلى"، "خمس مرات") to a cluster of a document that tells the same story, where it is one fact with
   * every member and agrees with all of them: two reports of one attack that share their specific
   * figures mean the same dead by "10 قتلى". Across stories such figures meet by chance, and they
   * never make a conflict. True when it joined.
   */
  private tieToStories(m: Member, stories: readonly Cluster[]): boolean {
    // A vague word fits most figures of a story: it joins only a toll of its own noun, read as the same
    // thing happening ("عشرات الجرحى" in one report of an attack, "73 جريحاً" in another; never "عشرات"
    // of the rescued with the dead), and only one it agrees with.
    // A dual noun alone (البلدين، الطرفين، "حركة طالبان" read as two students) says "the two", not a
    // figure of the story: an article on Afghanistan writes طالبان twenty times.
    const f = m.features;
    if (stories.length === 0 || !f.unit?.known || (f.value === null && !(f.vague && f.unit.event !== null)) || m.listed || f.dual) return false;
    const fitting: Cluster[] = [];
    for (const c of stories) {
      // Merged away, closed, or full of other statements: not a cluster to join.
      if (c.mergedInto || !this.open.has(c) || (c.kinds.size >= MAX_KINDS && !c.kinds.has(m.features.signature)) || !this.withinReach(m, c)) continue;
      let fits = true;
      const claim = readIn(m.features, c);
      for (const kind of c.kinds.values()) {
        const r = relate(claim, readIn(kind.first.features, c), this.storyIdentity);
        if (!r || !r.agree || (r.tie === 'unit' && !kind.first.features.unit?.known)) {
          fits = false;
          break;
        }
      }
      if (fits) fitting.push(c);
    }
    if (fitting.length === 0) return false;
    // The largest cluster it fits, then the oldest; the others (the headline's "10 قتلى" and the body's)
    // merge in when every member of theirs agrees with every member of it as one fact.
    fitting.sort((x, y) => y.members.length - x.members.length || x.serial - y.serial);
    const target = fitting[0]!;
    this.join(target, m);
    for (const c of fitting.slice(1)) {
      if (!this.open.has(c) || c.kinds.size + target.kinds.size > MAX_KINDS || !this.agreeAsOne(c, target)) continue;
      for (const x of c.members) this.join(target, x);
      this.open.delete(c);
      c.mergedInto = target;
    }
    return true;
  }

  /**
   * Moves a document's one toll, alone in its cluster, into the cluster of the same toll of a document
   * that tells the same story, agreeing or not: two reports of one fire that share "نحو 70 مفقوداً"
   * and give "53 قتيلاً" and "37 قتيلاً" give one toll in conflict. Every member of that cluster must be
   * its own document's one toll of the same thing happening, and one fact with the claim; a document
   * that gives two tolls of the dead (37 then 53, as the count rose) gives none, and a subject that
   * differs still keeps two tolls apart.
   */
  private tollToStories(m: Member, stories: readonly Cluster[]): void {
    const event = m.features.unit!.event;
    const own = m.cluster;
    const fitting: Cluster[] = [];
    for (const c of stories) {
      if (c === own || c.mergedInto || !this.open.has(c) || c.kinds.size >= MAX_KINDS || !this.withinReach(m, c)) continue;
      // A vague word read as its document's figure (see `echoes`) is that toll said vaguely.
      if (!c.members.every((x) => (x.soleToll || x.features.echo === true) && x.document !== m.document && x.features.unit?.event === event)) continue;
      let fits = true;
      const claim = readIn(m.features, c);
      for (const kind of c.kinds.values()) {
        const r = relate(claim, readIn(kind.first.features, c), this.identity);
        if (!r || (r.tie === 'unit' && !kind.first.features.unit?.known)) {
          fits = false;
          break;
        }
      }
      if (fits) fitting.push(c);
    }
    if (fitting.length !== 1) return;
    // One toll of the story only: where two clusters of it would take the claim, which one is not said.
    const target = fitting[0]!;
    this.open.delete(own);
    own.mergedInto = target;
    own.members = [];
    own.kinds = new Map();
    this.join(target, m);
  }

  /** True when every member of `a` is one fact with every member of `b`, and agrees with it. */
  private agreeAsOne(a: Cluster, b: Cluster): boolean {
    for (const x of a.kinds.values()) {
      for (const y of b.kinds.values()) {
        const r = relate(readIn(x.first.features, a, b), readIn(y.first.features, a, b), this.identity);
        if (!r || !r.agree) return false;
      }
    }
    return true;
  }

  private view(c: Cluster): ClaimCluster {
    const members = [...c.members].sort((a, b) => a.serial - b.serial);
    return summarise(members, this.identity, this.settings.explain);
  }

  clusters(): ClaimCluster[] {
    return this.sorted([...this.open]).map((c) => this.view(c));
  }

  private sorted(clusters: Cluster[]): Cluster[] {
    const documents = (c: Cluster): number => new Set(c.members.map((m) => m.document)).size;
    // The cluster began with its earliest member (merges append members out of order).
    const first = (c: Cluster): number => c.members.reduce((low, m) => Math.min(low, m.serial), Infinity);
    return clusters.map((c) => ({ c, n: documents(c), s: first(c) })).sort((a, b) => b.n - a.n || a.s - b.s).map((x) => x.c);
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
    // An epoch whose every member's cluster has closed is dropped from the index whole.
    for (const [epoch, keys] of this.epochs) {
      if (epoch === UNDATED || (epoch + 1) * this.epochDays - 1 + 2 * window >= day) continue;
      for (const key of keys) this.index.delete(key);
      this.epochs.delete(epoch);
    }
    return this.sorted(closed).map((c) => this.view(c));
  }

  toJSON(): AlignerState {
    const documents: AlignerState['documents'] = [];
    const docIndex = new Map<DocumentRecord, number>();
    const members: AlignerState['members'] = [];
    const clusters: number[][] = [];
    for (const c of this.sorted([...this.open])) {
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
    const { window, factor, tolerance } = this.settings;
    return { version: 1, window, factor, tolerance, documents, members, clusters };
  }

  private restore(state: AlignerState): void {
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
    const events = new Map([...claimsOf].map(([d, claims]) => [d, documentEvents(this.lexicon, claims)] as const));
    const units = new Map([...claimsOf].map(([d, claims]) => [d, documentUnits(claims)] as const));
    const subjects = new Map([...claimsOf].map(([d, claims]) => [d, documentSubjects(claims)] as const));
    const members = state.members.map((m) => this.member(documents[m.document]!, m.claim, m.outlet, events.get(m.document)!, units.get(m.document)!, subjects.get(m.document)!));
    for (const d of documents) {
      this.readEchoes(d.members);
      markListed(d.members, this.settings.factor, this.settings.window);
    }
    for (const ids of state.clusters) {
      const c = this.newCluster(members[ids[0]!]!);
      for (const i of ids.slice(1)) this.join(c, members[i]!);
    }
    for (const m of members) this.file(m);
  }
}

/** Throws a TypeError unless `state` has the shape `toJSON` gives. */
function checkState(fn: string, state: unknown): asserts state is AlignerState {
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
