/**
 * Cross-source alignment: which outlets report the same fact, and where they
 * contradict each other. The rules of what makes two claims one fact are in
 * identity.ts and docs/alignment.md; the aligner in aligner.ts (its parts in aligner/).
 */
import { alignAll } from './aligner.js';
import type { AlignmentDocument, AlignOptions, ClaimCluster } from './types.js';

export type { AgreeingGroup, AlignmentDocument, AlignOptions, ClaimCluster, ClaimConflict, ClusterMember, ClusterTime, Consensus } from './types.js';
export { createAligner, type Aligner, type AlignerOptions, type AlignerState, type AlignerStateDocument, type AlignerStateMember } from './aligner.js';

/**
 * Groups the claims of several documents that state one fact, and says how
 * many independent outlets stand behind each figure and where they disagree.
 *
 * Two claims are one fact when they count the same thing (a unit, singular and
 * plural alike, or nouns of people that do not contradict each other), of the
 * same subject where both have one, at compatible times (or publication dates
 * within `window` days), with a compatible predicate. The value is not part of
 * the identity: overlapping intervals agree; figures within the plausibility
 * `factor` whose intervals do not overlap conflict where the subject (or the
 * predicate and the number) is shared; beyond the factor they are different
 * facts. A claim joins a cluster only when it is one fact with every member,
 * so clusters never chain. Two articles of one outlet, or outlets reprinting
 * one wire story, are one confirmation. See docs/alignment.md.
 *
 * The one-shot form of {@link createAligner}: documents are added in order and
 * every cluster is returned, singletons included.
 *
 * @param documents - Each document's id, its `claims` (from `extractQuantClaims`)
 *   or `text`, and optionally `source` and `publishedAt`.
 * @param options - `window` (days, default 2), `factor` (default 1.5), `tolerance`
 *   (default 0), `explain` (fill member reasons, default true), `extractor`, `lexicon`.
 * @returns The clusters, those with the most documents first, then in reading order.
 * @throws TypeError when `documents` is not an array or a document is malformed;
 *   RangeError for an option or date out of range (naming it).
 *
 * @example
 * ```ts
 * const clusters = alignClaims([
 *   { id: 'a', source: 'BBC Arabic', publishedAt: '2018-07-08', text: 'أعلنت السلطات التركية مقتل 24 شخصا في خروج قطار عن سكته' },
 *   { id: 'b', source: 'Sky News Arabia', publishedAt: '2018-07-09', text: 'قتل 24 شخصا في حادث قطار بتركيا' },
 * ]);
 * clusters[0].outlets; // ['BBC Arabic', 'Sky News Arabia']: one figure, two outlets
 * clusters[0].status;  // 'consistent'
 * ```
 */
export function alignClaims(documents: AlignmentDocument[], options?: AlignOptions): ClaimCluster[] {
  if (!Array.isArray(documents)) {
    throw new TypeError(`alignClaims: documents must be an array of { id, text or claims, source?, publishedAt? }, got ${documents === null ? 'null' : typeof documents}`);
  }
  return alignAll(documents, options);
}
