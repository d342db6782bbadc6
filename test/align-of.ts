/** Test helpers for the alignment rules: documents from text, and the clusters that more than one document shares. */
import { extractQuantClaims } from '../src/claims/extract.js';
import { alignClaims, type AlignmentDocument, type ClaimCluster } from '../src/align/align.js';

export const doc = (id: string, text: string, more: Partial<AlignmentDocument> = {}): AlignmentDocument => ({ id, claims: extractQuantClaims(text), ...more });
/** Clusters of more than one document, as lists of "document:claim text". */
export const shared = (clusters: ClaimCluster[]): string[][] =>
  clusters.filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1).map((c) => c.members.map((m) => `${m.documentId}:${m.claim.text}`));
/** The clusters of more than one document, of documents given as texts by id. */
export const multi = (texts: Record<string, string>): ClaimCluster[] =>
  alignClaims(Object.entries(texts).map(([id, t]) => doc(id, t))).filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1);

/** A subject written by hand, named by its text. */
export const subject = (text: string) => ({ text, span: { start: 0, end: 1 }, name: text });
