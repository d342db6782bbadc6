/** The public types of cross-source alignment. */
import type { ClaimExtractor, ClaimLexiconInput } from '../claims/extract.js';
import type { Claim, ClaimUnit, EntityRef } from '../model.js';
import type { AlignLexiconInput } from './lexicon.js';

/**
 * A document to align: an id of your choosing, its text or its claims, and
 * where and when it was published.
 *
 * @example
 * ```ts
 * { id: 'bbc-576', source: 'BBC Arabic', publishedAt: '2018-06-03', text: 'غرق 48 مهاجرا …' }
 * { id: '000', claims: extractQuantClaims(article) }
 * ```
 */
export interface AlignmentDocument {
  /** How clusters name the document: a file name, a URL. */
  id: string;
  /** Its claims, as `extractQuantClaims` returns them. Give `claims` or `text`. */
  claims?: Claim[];
  /** Its text: its claims are extracted with `options.extractor` (or `extractQuantClaims`), and a wire dateline is read from it. */
  text?: string;
  /** The outlet that published it ("BBC Arabic", "alriyadh"). Without it the document is its own outlet. */
  source?: string;
  /**
   * When it was published: "2018-06-03", an ISO date-time, or a Date (read to
   * the day). Claims align only with claims of documents published within
   * `options.window` days; without it the document meets every other.
   */
  publishedAt?: string | Date;
}

/** A claim in a cluster, with the document and the outlet it comes from. */
export interface ClusterMember {
  /** The `id` of the document the claim comes from. */
  documentId: string;
  /** The claim. */
  claim: Claim;
  /**
   * The independent source behind the figure: the news agency when the
   * document is a wire story (a dateline or attribution to واس، أ ف ب، رويترز …)
   * or the claim's speaker is one, else the document's `source`, else its id.
   * Two members of one outlet are one confirmation.
   */
  outlet: string;
  /** The document's `source`, when given. */
  source?: string;
  /** The document's publication day, "YYYY-MM-DD", when given. */
  publishedAt?: string;
  /**
   * False for a denied or projected claim, and for money in another currency than the cluster's (the one
   * most outlets give, see `exchangeRanges`): it is listed but never confirms the figure and never makes
   * a conflict; its `reason` then starts "in USD, not EUR: not compared".
   */
  confirms: boolean;
  /**
   * Why it belongs, against the cluster's representative: what ties them
   * (subject, unit, predicate, time) and whether the figures agree. Filled
   * when `options.explain` is true (the default), else empty.
   */
  reason: string;
}

/** Two members of a cluster that cannot both be true. `a` and `b` index `members`. */
export interface ClaimConflict {
  /** Index in `members` of the earlier claim of the pair. */
  a: number;
  /** Index in `members` of the later claim of the pair. */
  b: number;
  /** `bound`: one figure under bounds that exclude each other (at least 3000 / fewer than 3000); `disjoint`: different figures. */
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

/** Members whose intervals share a point: one side of a disagreement, or the whole cluster when it agrees. */
export interface AgreeingGroup {
  /** What they agree on: the intersection of their intervals, in the unit of the cluster's representative. */
  interval: Consensus;
  /** Indices in `members`, in order. */
  members: number[];
  /** Their independent outlets, in order of first appearance. */
  outlets: string[];
}

/**
 * Claims that state one fact, from one or several documents, and whether they agree.
 *
 * For display (the `compare` command): the figure is `members[representative]`
 * (its value, bound and unit), what it counts `unit`, whose `subject`, when
 * `time`, who confirms it `outlets`; `status` and `groups` say who gives which
 * interval; each member's `reason` says why it belongs.
 */
export interface ClaimCluster {
  /** Stable: the claim id and document id of its first member. */
  id: string;
  /** In the order they were added: document order, then reading order. */
  members: ClusterMember[];
  /** The intersection of the confirming members' intervals (in the representative's unit), or null when they do not all overlap. */
  consensus: Consensus | null;
  /** `conflicting` when the confirming members fall into more than one agreeing group. */
  status: 'consistent' | 'conflicting';
  /**
   * At most one per member: each confirming member whose interval misses an
   * earlier one's, paired with the first such member. `groups` gives the whole picture.
   */
  conflicts: ClaimConflict[];
  /** Index in `members` of the claim that stands for the cluster: the first of the group backed by the most outlets. */
  representative: number;
  /** The independent outlets of the confirming members: how many sources stand behind the figure. */
  outlets: string[];
  /** Agreeing groups, the one backed by the most outlets first; one group when the cluster is consistent. */
  groups: AgreeingGroup[];
  /** What it counts (the representative's, or the first member's that says). */
  unit: ClaimUnit | null;
  /** Whose figure it is (the representative's, or the first member's that says). */
  subject: EntityRef | null;
  /** What happened, as a predicate stem. */
  predicate: string | null;
  /** The period it covers. */
  time: ClusterTime | null;
}

/** The period a cluster's figure covers, as ISO prefixes ("2014-08", "2017-12-05"). */
export interface ClusterTime {
  /** First day, month or year covered. */
  start?: string;
  /** Last day, month or year covered. */
  end?: string;
}

/** Options of {@link alignClaims} and {@link createAligner}. */
export interface AlignOptions {
  /**
   * Days two publication dates may be apart for their documents' claims to
   * align (default 2). Documents without `publishedAt` meet every other.
   */
  window?: number;
  /**
   * How far apart two figures of one fact may be, as a ratio between their
   * nearest ends (default 1.5): 35 and 48 dead in one sinking conflict; 11 and
   * 48 are different facts.
   */
  factor?: number;
  /**
   * Share by which two figures written as points may differ and still agree
   * (default 0: 67 and 68 disagree). A figure rounded to two significant digits
   * or more agrees anyway (9400 and 9381.01); نحو already reads ±10%.
   */
  tolerance?: number;
  /** Fill each member's `reason` (default true). */
  explain?: boolean;
  /** The extractor for documents given as `text` (default: `extractQuantClaims`'s tables). */
  extractor?: ClaimExtractor;
  /** Tables that extend or replace the alignment tables (`countedKinds`, `unitGroups` …), the names tables and `demonyms`. See `Lexicon`. */
  lexicon?: AlignLexiconInput & ClaimLexiconInput;
}
