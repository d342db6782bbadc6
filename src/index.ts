/**
 * arabic-claims: turn Arabic news text into typed, source-anchored quantitative claims.
 *
 * The pipeline, one folder per layer, each importing only the layers below it:
 * text → numbers, names → syntax → dates → claims → entities → align.
 *
 * @packageDocumentation
 */
export { findNumbers, parseArabicNumber, type NumberMatch } from './numbers/find.js';
export type { NumberKind } from './numbers/grammar.js';
export type { Span } from './text/coordinates.js';
export { formatArabicNumber, type FormatOptions } from './numbers/format.js';
export { normalizeEntityName, type NameOptions } from './names/normalize.js';
export { entitySimilarity, sameEntity } from './names/similarity.js';
export type { EntityType, GazetteerEntry } from './names/gazetteer.js';
export { findEntityMentions, type EntityMention, type MentionOptions } from './syntax/mentions.js';
export { findDates, type DateOptions } from './dates/find.js';
export type { DateMatch, TimeKind } from './dates/expression.js';
export type { MonthName, WeekdayName } from './dates/lexicon/calendar.js';
export type { DurationWord, RelativeTime, TimeUnit } from './dates/lexicon/relative.js';
export type { PeriodOpener, PeriodRole } from './dates/lexicon/context.js';
export {
  createClaimExtractor,
  extractQuantClaims,
  type ClaimExtractor,
  type ClaimLexiconInput,
  type ClaimRules,
  type ExtractOptions,
} from './claims/extract.js';
export type { Bound, Claim, ClaimUnit, EntityRef, TimeScope, UnitKind } from './model.js';
export type { BoundPhrase, BoundSymbol, VagueQuantity } from './claims/lexicon/bounds.js';
export type { SymbolUnit, UnitEntry } from './syntax/lexicon/units.js';
export type { PredicateEntry } from './syntax/lexicon/predicates.js';
export type { ReportingVerb } from './syntax/lexicon/reporting.js';
export { groupEntities, type EntityGroup, type EntityGroupMention } from './entities/group.js';
export {
  alignClaims,
  createAligner,
  type AgreeingGroup,
  type Aligner,
  type AlignerOptions,
  type AlignerState,
  type AlignerStateDocument,
  type AlignerStateMember,
  type AlignmentDocument,
  type AlignOptions,
  type ClaimCluster,
  type ClaimConflict,
  type ClusterMember,
  type ClusterTime,
  type Consensus,
} from './align/align.js';
export type { AlignLexiconInput, AlignTables, CountedKind, CountedRole, MeasureScale, WireAgency } from './align/lexicon.js';
export { defaultLexicon, type Lexicon, type LexiconInput } from './lexicon.js';
export type { TableInput } from './text/lexicon.js';
