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
export type { CountryEntry, PlaceEntry, PlaceKind } from './names/lexicon/places.js';
export { findEntityMentions, type EntityMention, type MentionOptions } from './syntax/mentions.js';
export { findDates, type DateOptions } from './dates/find.js';
export type { DateMatch, TimeKind } from './dates/expression.js';
export type { DecadeName, MonthName, SeasonName, WeekdayName } from './dates/lexicon/calendar.js';
export type { DirectionWord, DurationWord, FrequencyWord, RelativeTime, TimeUnit, VagueReach, VagueTime } from './dates/lexicon/relative.js';
export type { Holiday } from './dates/lexicon/holidays.js';
export type { FiscalYearStart } from './dates/lexicon/fiscal.js';
export type {
  ApproximateWord,
  DateLinkRole,
  DateLinkWord,
  DayHalf,
  DayPart,
  EdgeWord,
  EraWord,
  MeridiemWord,
  PeriodDivision,
  PeriodOpener,
  PeriodPart,
  PeriodPartWord,
  PeriodRole,
  TimeZoneWord,
  UnitFractionWord,
} from './dates/lexicon/context.js';
export type { QuotePair } from './syntax/lexicon/punctuation.js';
export type { CommonPlacePhrase, MentionLinkRole, MentionLinkWord } from './names/lexicon/context.js';
export type { NameKeyRole, NameKeyWord } from './names/titles.js';
export {
  createClaimExtractor,
  extractQuantClaims,
  type ClaimExtractor,
  type ClaimLexiconInput,
  type ClaimRules,
  type ExtractOptions,
} from './claims/extract.js';
export type { Bound, ChangeDetail, Claim, ClaimUnit, EntityRef, Modality, SpeakerKind, TimeScope, UnitKind } from './model.js';
export type { BoundPhrase, BoundSymbol, BoundVerb, BoundVerbParticle, VagueQuantity } from './claims/lexicon/bounds.js';
export type { PerMarker, RegularEnding, SymbolUnit, UnitEntry } from './syntax/lexicon/units.js';
export type { ClaimLinkRole, ClaimLinkWord, KindUnit, KindUnitKind } from './claims/lexicon/links.js';
export type { ContextUnit, ValueCue, ValueOwner } from './claims/lexicon/values.js';
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
export type { AlignLexiconInput, AlignTables, CountedKind, CountedRole, ExchangeRange, MeasureScale, StemEnding, WireAgency } from './align/lexicon.js';
export { defaultLexicon, type Lexicon, type LexiconInput } from './lexicon.js';
export type { RoleWord, TableInput, TableReplacement, TablesInput } from './text/lexicon.js';
export type { NumbersTables, ValuedForms, ScaleEntry, FractionEntry, OrdinalEntry, GrammaticalNumber } from './numbers/lexicon.js';
export type { NamesTables, NamesLexiconInput } from './names/lexicon.js';
export type { SyntaxTables, SyntaxLexiconInput } from './syntax/lexicon.js';
export type { DatesTables, DatesLexiconInput } from './dates/lexicon.js';
export type { ClaimsTables, ClaimsLexiconInput } from './claims/lexicon.js';
export type { ModalityCue } from './claims/lexicon/modality.js';
export type { MultipleWord, ScoreNoun } from './claims/lexicon/kinds.js';
