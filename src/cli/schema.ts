/**
 * The shapes of the command line's JSON and JSON Lines output. `npm run schema`
 * turns these types into the JSON Schema files under `schema/`, and every JSON
 * document or JSON Lines line the CLI prints carries {@link SCHEMA_VERSION}.
 *
 * Bump the version when a shape changes in a way a consumer would notice
 * (a field removed, renamed or retyped); adding a field is a minor bump.
 */
import type { Bound, Claim, ClaimUnit, Consensus, NumberMatch } from '../index.js';

/** The version of the output shapes below: "major.minor". */
export const SCHEMA_VERSION = '1.0';

/** The version every JSON output of the command line carries. */
export type SchemaVersion = typeof SCHEMA_VERSION;

/** Where a document comes from and what it says about itself. */
export interface DocumentInfo {
  /** The document's id: its own `id` in JSON Lines input, else the path as given (or `<stdin>`). */
  id: string;
  /** Where it was read: the path as given, `<stdin>`, or `path:line` for a JSON Lines document. */
  input: string;
  /** The outlet, from JSON Lines input. */
  source?: string;
  /** The publication date used to resolve relative times: the document's own, else `--published-at`. */
  publishedAt?: string;
}

/** The claims of one document (`extract`). */
export interface ExtractDocument extends DocumentInfo {
  /** Every quantitative claim, in reading order, with spans into the document's text. */
  claims: Claim[];
}

/** One line of `extract --format jsonl`: one document. */
export interface ExtractLine extends ExtractDocument {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
}

/** The whole output of `extract --format json`. */
export interface ExtractOutput {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
  /** The command that printed it. */
  command: 'extract';
  /** The documents that could be read, in input order. */
  documents: ExtractDocument[];
}

/** The number expressions of one document (`numbers`). */
export interface NumbersDocument extends DocumentInfo {
  /** Every number expression, in reading order. */
  numbers: NumberMatch[];
}

/** One line of `numbers --format jsonl`: one document. */
export interface NumbersLine extends NumbersDocument {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
}

/** The whole output of `numbers --format json`. */
export interface NumbersOutput {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
  /** The command that printed it. */
  command: 'numbers';
  /** The documents that could be read, in input order. */
  documents: NumbersDocument[];
}

/** A claim of a compared figure and why it stands where it does. */
export interface CompareMember {
  /** The id of the document the claim comes from. */
  documentId: string;
  /**
   * The independent source behind the figure: the news agency when the
   * document is a wire story or the claim's speaker is one, else the
   * document's `source`, else its id.
   */
  outlet: string;
  /** The claim, spans into its document's text. */
  claim: Claim;
  /** Why it belongs to the cluster, against its representative: what ties them and whether the figures agree. */
  why: string;
  /** Why this claim disagrees with others of the cluster; empty when it agrees with all. */
  reasons: CompareReason[];
}

/** One reason a claim disagrees, and the documents whose claims it disagrees with. */
export interface CompareReason {
  /** For people: "atLeast 3000 contradicts lessThan 3000". */
  reason: string;
  /** The ids of the documents of the other claims. */
  against: string[];
}

/** One interval the members of a cluster state, and the outlets that state it. */
export interface ComparePosition {
  /** The bound, as the claims write it. */
  bound: Bound;
  /** The point value; null for ranges and vague quantities. */
  value: number | null;
  /** Lower end, null when open. */
  min: number | null;
  /** Upper end, null when open. */
  max: number | null;
  /** The outlets that state it, in input order. */
  outlets: string[];
}

/** One figure several documents report: who says what, and whether they agree. */
export interface CompareCluster {
  /** Stable id of the cluster. */
  id: string;
  /** `conflict` when two members cannot both be true. */
  verdict: 'agree' | 'conflict';
  /** The figure as people read it, from the cluster's representative claim: "3000", "15000–20000". */
  figure: string;
  /** The bounds the members use, each once, in member order. */
  bounds: Bound[];
  /** What is counted: the representative's unit, or the first member's that says. */
  unit: ClaimUnit | null;
  /** Whose figure it is (the representative's, or the first member's that says): the text and its entity key. */
  subject: { text: string; name: string } | null;
  /** The period, from the first member that dates it. */
  time: { text: string; start?: string; end?: string } | null;
  /** The independent outlets that confirm the figure (a wire story counts for its agency), in input order. */
  outlets: string[];
  /** The distinct documents, in input order. */
  documents: string[];
  /** The interval every member allows, or null when they do not all overlap. */
  consensus: Consensus | null;
  /** Each distinct interval stated, with its outlets: the disagreeing groups of a conflict. */
  positions: ComparePosition[];
  /** The claims, in input order. */
  members: CompareMember[];
}

/** One line of `compare --format jsonl`: one cluster. */
export interface CompareLine extends CompareCluster {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
}

/** The whole output of `compare --format json`. */
export interface CompareOutput {
  /** The version of this shape. */
  schemaVersion: SchemaVersion;
  /** The command that printed it. */
  command: 'compare';
  /** How many documents were read. */
  documents: number;
  /** How many distinct outlets they come from. */
  outlets: number;
  /** The clusters shown: those of more than one outlet (every cluster with `--all`), conflicts first. */
  clusters: CompareCluster[];
}
