/**
 * arabic-claims: turn Arabic news text into typed, source-anchored quantitative claims.
 *
 * @packageDocumentation
 */
export { findNumbers, parseArabicNumber, type NumberMatch } from './numbers/find.js';
export type { NumberKind } from './numbers/grammar.js';
export type { Span } from './text/shadow.js';
export { formatArabicNumber, type FormatOptions } from './numbers/format.js';
export { findDates, type DateMatch, type TimeKind } from './dates/dates.js';
export { createClaimExtractor, extractQuantClaims, type ClaimExtractor, type ClaimRules, type ExtractOptions } from './claims/extract.js';
export type { Bound, Claim, ClaimUnit, EntityRef, TimeScope, UnitKind } from './model.js';
export type { BoundPhrase, VagueQuantity } from './claims/lexicon/bounds.js';
export type { UnitEntry } from './syntax/lexicon/units.js';
export type { PredicateEntry } from './syntax/lexicon/predicates.js';
export { normalizeEntityName } from './names/normalize.js';
export { entitySimilarity, sameEntity } from './names/similarity.js';
export type { EntityType, GazetteerEntry } from './names/gazetteer.js';
export { alignClaims, type AlignmentDocument, type AlignOptions, type ClaimCluster, type ClaimConflict, type ClusterMember, type Consensus } from './align/align.js';
export { findEntityMentions, type EntityMention } from './syntax/mentions.js';
export { groupEntities, type EntityGroup, type EntityGroupMention } from './entities/group.js';
