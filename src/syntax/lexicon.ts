/**
 * The syntax layer's part of the `Lexicon`: reporting verbs and attributions,
 * roles, predicates, units and the punctuation that shapes sentences, compiled
 * once per table object into the matchers the syntax rules use.
 */
// The order of the table imports is chosen for gzip, as in names/lexicon.ts (96 bytes less).
import { type TokenStream, writtenToken } from '../numbers/tokens.js';
import type { UnitKind } from '../model.js';
import type { SpeakerMention } from './speakers.js';
import type { TextStructure } from './structure.js';
import { AnalysisKey } from '../numbers/document.js';
import { nameKeys, type NameKeys } from '../names/normalize.js';
import { article, cliticsButKaf, conjunctionAnd, prepositionBi, prepositionLi } from '../text/clitics.js';
import { foldWord, withoutMarks } from '../text/fold.js';
import { type TokenIndex } from '../text/coordinates.js';
import { compiledOnce, currencyCode, flag, foldedSet, integerIn, listOf, mark, mergeTables, oneOf, optional, phrase, record, wordEnding, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { newsAgencies, type WireAgency } from './lexicon/agencies.js';
import {
  attributionPhrases,
  leadingParticles,
  nameBreakers,
  narrativeVerbs,
  reportingFromVerbs,
  reportingVerbForms,
  reportingVerbs,
  anonymousSources,
  roleWords,
  sourceDocuments,
  speechAddressees,
  documentAuthorLinks,
  speakerStopWords,
  speechParticles,
  affiliationPrepositions,
  relaySourcePrepositions,
  attributionRelatives,
  relativeVerbObjects,
  verbalNounOpeners,
  relationEndings,
  pluralRelationEndings,
  feminineEndings,
  type ReportingVerb,
} from './lexicon/reporting.js';
import { classifierNouns, countUnits, demonyms, measureUnits, notOwnerHeads, notUnitWords, perMarkers, pronounSuffixes, regularEndings, symbolUnits, type PerMarker, type RegularEnding, type SymbolUnit, type UnitEntry } from './lexicon/units.js';
import { clauseOpeners, commas, quotePairs, sentenceEnds, type QuotePair } from './lexicon/punctuation.js';
import { UnitTable } from './units.js';
import { possessionWords, predicates, type PredicateEntry } from './lexicon/predicates.js';
import { artWorkNouns, namesakeHeads, saintWords, workNouns } from './lexicon/namesakes.js';
import { PhraseTable } from './phrases.js';
import { blessingsAfterNames, nameEndWords } from './lexicon/name-ends.js';

/** The tables of the syntax layer. */
export interface SyntaxTables {
  /** Verbs that introduce a speaker: `{ past: 'قال', present: 'يقول' }`. */
  readonly reportingVerbs: readonly ReportingVerb[];
  /** Reporting verbs whose source follows عن: "نقلت الصحيفة عن مسؤولين". */
  readonly reportingFromVerbs: readonly ReportingVerb[];
  /** Phrases after which the speaker follows: بحسب، وفقا ل، نقلا عن. */
  readonly attributionPhrases: readonly string[];
  /** Verbs of narration whose subject, a person, may follow them: أعرب، دعا، التقى. They name no speaker. */
  readonly narrativeVerbs: readonly ReportingVerb[];
  /** Words that start the description of a speaker's role: المتحدث، وزير، مسؤول. */
  readonly roleWords: readonly string[];
  /** Words that end a speaker's noun phrase: أن، في، خلال. */
  readonly speakerStopWords: readonly string[];
  /** Particles that open reported speech: إن، أنه، بأنها. */
  readonly speechParticles: readonly string[];
  /** Words inside a description that never belong to a name: باسم، ضد. */
  readonly nameBreakers: readonly string[];
  /** Words that may open a sentence before its subject: كان، ثم، لكن. */
  readonly leadingParticles: readonly string[];
  /** Heads of a speaker phrase that name no one: مصادر، مصدر مطلع، مسؤول. */
  readonly anonymousSources: readonly string[];
  /** Documents that speak for a figure: تقرير، بيانات، دراسة، إحصاءات، أرقام. */
  readonly sourceDocuments: readonly string[];
  /** Media a speaker talks to, read behind ل: وكالة، قناة، صحيفة ("قال … لوكالة فرانس برس"). */
  readonly speechAddressees: readonly string[];
  /** What joins a document to its author: أجراها، أعدته، الصادر عن ("دراسة أجراها مكتب الإحصاءات"). */
  readonly documentAuthorLinks: readonly string[];
  /** News agencies that sign datelines and whose stories outlets reprint: `{ name: 'واس', forms: ['وكالة الأنباء السعودية'] }`. */
  readonly newsAgencies: readonly WireAgency[];
  /** Events a figure is about: `{ stem: 'قتل', forms: ['قتل', 'مقتل'] }`. */
  readonly predicates: readonly PredicateEntry[];
  /** Words before an owner and its figure: لدى، عند، بحوزة. */
  readonly possessionWords: readonly string[];
  /** Counted nouns: مقاتل، مدني، طائرة. */
  readonly countUnits: readonly UnitEntry[];
  /** Measures and currencies: كيلومتر مربع، دولار، في المئة. */
  readonly measureUnits: readonly UnitEntry[];
  /** Units written as one symbol after the number: %، $. */
  readonly symbolUnits: readonly SymbolUnit[];
  /** What makes a measure a rate: للبرميل، لكل، في الساعة، يوميا. */
  readonly perMarkers: readonly PerMarker[];
  /** Nouns that classify: the noun after them is what is counted (حالة وفاة). */
  readonly classifierNouns: readonly string[];
  /** Nationality adjectives: أمريكي، عراقي. */
  readonly demonyms: readonly string[];
  /** Words that are never the counted noun: prepositions, particles, pronouns. */
  readonly notUnitWords: readonly string[];
  /** Nouns after من that name where from, not whose: قبضة، مناطق. */
  readonly notOwnerHeads: readonly string[];
  /** Pronoun suffixes a counted noun may carry: مساعديه، قواتها، عناصرهم. */
  readonly pronounSuffixes: readonly string[];
  /** Regular endings of a noun the unit tables do not know, and its singular's: مقاتلين → مقاتل، غارات → غارة. */
  readonly regularEndings: readonly RegularEnding[];
  /** Marks that end a sentence. */
  readonly sentenceEnds: readonly string[];
  /** Quotation marks, as pairs of opening and closing marks. */
  readonly quotePairs: readonly QuotePair[];
  /** Commas. */
  readonly commas: readonly string[];
  /** Words that open a new clause after a comma (وإن، فيما، بينما): the verb before does not reach past them. */
  readonly clauseOpeners: readonly string[];
  /** Prepositions of affiliation after a title: في ("العقيد في الجيش الأمريكي ريان ديلون"). */
  readonly affiliationPrepositions: readonly string[];
  /** Prepositions that name whom a relaying verb quotes: عن ("نقلت الصحيفة عن مسؤولين"). */
  readonly relaySourcePrepositions: readonly string[];
  /** Relative words between an attribution and its verb: ما ("بحسب ما قال الناطق"). */
  readonly attributionRelatives: readonly string[];
  /** A preposition with the pronoun of what is said, between an attribution's verb and its speaker: "بحسب ما صرح به الوزير". */
  readonly relativeVerbObjects: readonly string[];
  /** Words after which a reporting verb's written form is its verbal noun: تحت ("تحت زعم"), بعد ("بعد نشر"). */
  readonly verbalNounOpeners: readonly string[];
  /** Endings of adjectives of relation: ي (الأمريكي). */
  readonly relationEndings: readonly string[];
  /** Endings of plural and feminine adjectives of relation: يون، يين، ية. */
  readonly pluralRelationEndings: readonly string[];
  /** The feminine ending of adjectives: ة. */
  readonly feminineEndings: readonly string[];
  /** Heads whose complement names a thing after a person (its namesake): مطار، جامعة، جائزة ("مطار محمد الخامس"). */
  readonly namesakeHeads: readonly string[];
  /** Nouns of a titled work other than fiction or art, whose quoted title names no person: كتاب، برنامج، لقب ("بلقب « أبو الإلكترون »"); the people rule reads `artWorkNouns` too. */
  readonly workNouns: readonly string[];
  /** Nouns of a work of fiction or art before its quoted title: رواية، لوحة (رواية " ثرثرة فوق النيل "). */
  readonly artWorkNouns: readonly string[];
  /** Words that end a person's name after it, beyond the particles: بعدما، ردا، زميل ("سيرجيو راموس بعدما نال"). */
  readonly nameEndWords: readonly string[];
  /** Blessings written after a name, which end it: طيب الله ثراه، رحمه الله ("الملك عبدالعزيز - طيب الله ثراه -"). */
  readonly blessingsAfterNames: readonly string[];
  /** Saint before the name of a place or church named after one, written with no clitic: سان، سانت ("سان ستيفانو"). */
  readonly saintWords: readonly string[];
}

/** The built-in tables of the syntax layer. */
export const syntaxTables: SyntaxTables = {
  reportingVerbs,
  reportingFromVerbs,
  attributionPhrases,
  narrativeVerbs,
  roleWords,
  speakerStopWords,
  speechParticles,
  nameBreakers,
  leadingParticles,
  anonymousSources,
  sourceDocuments,
  speechAddressees,
  documentAuthorLinks,
  newsAgencies,
  predicates,
  possessionWords,
  countUnits,
  measureUnits,
  symbolUnits,
  perMarkers,
  classifierNouns,
  demonyms,
  notUnitWords,
  notOwnerHeads,
  pronounSuffixes,
  regularEndings,
  sentenceEnds,
  quotePairs,
  commas,
  clauseOpeners,
  affiliationPrepositions,
  relaySourcePrepositions,
  attributionRelatives,
  relativeVerbObjects,
  verbalNounOpeners,
  relationEndings,
  pluralRelationEndings,
  feminineEndings,
  namesakeHeads,
  workNouns,
  artWorkNouns,
  nameEndWords,
  blessingsAfterNames,
  saintWords,
};

const unitKinds: readonly UnitKind[] = [
  'count', 'area', 'length', 'mass', 'volume', 'currency', 'percent', 'fraction', 'temperature', 'energy', 'power', 'speed', 'duration', 'score', 'rank', 'age',
];
const verb = record({ past: phrase, present: optional(phrase), definiteSubject: optional(flag), impersonal: optional(flag) });
/** The endings the syntax tables list: one to four letters (ية، ات، ون). */
const ending = wordEnding(4);

const unit = record({
  lemma: phrase,
  kind: oneOf(unitKinds),
  forms: listOf(phrase),
  inflect: optional(oneOf(['masculine', 'feminine'])),
  currency: optional(currencyCode),
});

/** Checks of each table's entries where they enter. */
export const syntaxChecks: TableChecks<SyntaxTables> = {
  reportingVerbs: verb,
  reportingFromVerbs: verb,
  attributionPhrases: phrase,
  narrativeVerbs: verb,
  roleWords: phrase,
  speakerStopWords: phrase,
  speechParticles: phrase,
  nameBreakers: phrase,
  leadingParticles: phrase,
  anonymousSources: phrase,
  sourceDocuments: phrase,
  speechAddressees: phrase,
  documentAuthorLinks: phrase,
  newsAgencies: record({ name: phrase, forms: listOf(phrase) }),
  predicates: record({ stem: phrase, forms: listOf(phrase), change: optional(oneOf(['up', 'down'])), subjectOwns: optional(flag) }),
  possessionWords: phrase,
  countUnits: unit,
  measureUnits: unit,
  symbolUnits: record({ symbol: mark, lemma: phrase, kind: oneOf(unitKinds), currency: optional(currencyCode) }),
  perMarkers: record({ phrase, per: optional(phrase) }),
  classifierNouns: phrase,
  demonyms: phrase,
  notUnitWords: phrase,
  notOwnerHeads: phrase,
  pronounSuffixes: ending,
  regularEndings: record({ ending, replacement: optional(ending), minLength: integerIn(2, 10), notDoubled: optional(flag) }),
  sentenceEnds: mark,
  quotePairs: record({ open: mark, close: mark }),
  commas: mark,
  clauseOpeners: phrase,
  affiliationPrepositions: phrase,
  relaySourcePrepositions: phrase,
  attributionRelatives: phrase,
  relativeVerbObjects: phrase,
  verbalNounOpeners: phrase,
  relationEndings: ending,
  pluralRelationEndings: ending,
  feminineEndings: ending,
  namesakeHeads: phrase,
  workNouns: phrase,
  artWorkNouns: phrase,
  nameEndWords: phrase,
  blessingsAfterNames: phrase,
  saintWords: phrase,
};

/** Tables of the syntax layer a caller extends or replaces. */
export type SyntaxLexiconInput = TablesInput<SyntaxTables>;

const foldedEndings = (endings: readonly string[]): readonly string[] => [...new Set(endings.map(foldWord))];
const endsWithAny = (word: string, endings: readonly string[]): boolean => endings.some((e) => word.endsWith(e));

/** Fewest letters of ل and a medium spoken to: لقناة. */
const ADDRESSEE_LETTERS = 4;

/** The syntax tables compiled into matchers, with the analyses they key on a document. */
export class SyntaxLexicon {
  /** The tables, a caller's merged in. */
  readonly tables: SyntaxTables;
  /** The names layer compiled from the same lexicon (titles, entity keys). */
  readonly names: NameKeys;
  readonly titles: PhraseTable<string>;
  readonly verbs: PhraseTable<ReportingVerb>;
  readonly fromVerbs: PhraseTable<ReportingVerb>;
  /** Verbs of narration (not reporting): a person's name may follow them. */
  readonly narrativeVerbs: PhraseTable<ReportingVerb>;
  readonly attributions: PhraseTable<string>;
  /** Folded attributions that also stand with ل after them (وفقا of "وفقا ل"): its ل glued to the source is no part of it ("وفقا لوزارة الصحة"). */
  readonly attributionsBeforeLi: ReadonlySet<string>;
  readonly predicates: PhraseTable<PredicateEntry>;
  readonly possession: PhraseTable<string>;
  readonly units: UnitTable;
  readonly perMarkers: PhraseTable<PerMarker>;
  readonly roles: ReadonlySet<string>;
  /** Folded words that end a speaker's phrase, but for those that fold to a given name ({@link isSpeakerStop} reads those). */
  /** Folded particles of reported speech (إن، أنه). */
  readonly speechParticles: ReadonlySet<string>;
  readonly speakerStops: ReadonlySet<string>;
  /** Speaker stop words that fold to a given name (على، بأن), in their careful spelling. */
  private readonly spelledSpeakerStops: ReadonlySet<string>;
  /** The folded forms of {@link spelledSpeakerStops}: a word folding to none of them is none of them, and its spelling is not read. */
  private readonly foldedSpelledSpeakerStops: ReadonlySet<string>;
  readonly nameBreakers: ReadonlySet<string>;
  readonly leadingParticles: ReadonlySet<string>;
  /** Nouns after من that name where from, not whose. */
  readonly notOwnerHeads: ReadonlySet<string>;
  readonly anonymous: PhraseTable<string>;
  /** Documents that speak for a figure: تقرير، بيانات، أرقام (with و/ف/ب/ل before them). */
  readonly documents: PhraseTable<string>;
  /** Folded media a speaker talks to, as written after ل. */
  readonly addressees: ReadonlySet<string>;
  /** What joins a document to its author: أجراها، الصادر عن. */
  readonly authorLinks: PhraseTable<string>;
  readonly agencies: PhraseTable<WireAgency>;
  /** Words that join the parts of an Arabic name (from the names layer): بن، أبو، عبد. */
  readonly nameJoiners: ReadonlySet<string>;
  readonly sentenceEnds: ReadonlySet<string>;
  /** Every quotation mark, opening or closing. */
  readonly quoteMarks: ReadonlySet<string>;
  /** Opening mark → its closing mark. */
  readonly quoteCloser: ReadonlyMap<string, string>;
  readonly commas: ReadonlySet<string>;
  /** Words that open a clause after a comma. */
  readonly clauseOpeners: PhraseTable<string>;
  /** Folded prepositions of affiliation after a title (في). */
  readonly affiliationPrepositions: ReadonlySet<string>;
  /** Folded prepositions that name whom a relaying verb quotes (عن). */
  readonly relaySources: ReadonlySet<string>;
  /** Folded relative words between an attribution and its verb (ما). */
  readonly attributionRelatives: ReadonlySet<string>;
  /** Folded prepositions with a pronoun after an attribution's verb. */
  readonly relativeVerbObjects: ReadonlySet<string>;
  /** Folded words after which a reporting verb's form is a noun: تحت، بعد، في. */
  readonly verbalNounOpeners: ReadonlySet<string>;
  /** Every written form of the reporting verbs, folded: a word is looked up in it once a pronoun is taken off (ذكرته → ذكرت). */
  readonly verbForms: ReadonlySet<string>;
  private readonly relationEndings: readonly string[];
  private readonly pluralRelationEndings: readonly string[];
  private readonly adjectiveEndings: readonly string[];
  /** Where a document keeps its sentence structure under these tables. */
  readonly structureKey = new AnalysisKey<TextStructure>('structure');
  /** Where a document keeps the quotation each token stands in under these tables. */
  readonly quotesKey = new AnalysisKey<Int32Array>('quotations');
  /** Where a document keeps its speaker mentions under these tables. */
  readonly speakersKey = new AnalysisKey<readonly SpeakerMention[]>('speakers');

  constructor(tables: SyntaxTables, names: NameKeys) {
    this.tables = tables;
    this.names = names;
    this.titles = new PhraseTable(names.tables.titleWords, (t) => t);
    this.verbs = new PhraseTable(tables.reportingVerbs, reportingVerbForms);
    this.fromVerbs = new PhraseTable(tables.reportingFromVerbs, reportingVerbForms);
    this.verbForms = foldedSet([...tables.reportingVerbs, ...tables.reportingFromVerbs].flatMap(reportingVerbForms));
    this.narrativeVerbs = new PhraseTable(tables.narrativeVerbs, reportingVerbForms);
    this.attributions = new PhraseTable(tables.attributionPhrases, (a) => a);
    this.attributionsBeforeLi = new Set(tables.attributionPhrases.filter((a) => a.endsWith(` ${prepositionLi}`)).map((a) => foldWord(a.slice(0, -prepositionLi.length - 1))));
    this.predicates = new PhraseTable(tables.predicates, (p) => p.forms, cliticsButKaf);
    this.possession = new PhraseTable(tables.possessionWords, (w) => w);
    this.units = new UnitTable(tables);
    this.perMarkers = new PhraseTable(tables.perMarkers, (p) => p.phrase);
    this.roles = foldedSet(tables.roleWords);
    // على folds to the name علي and بأن to بان: those stops are told apart from the names by spelling.
    const givenNames = foldedSet([...names.tables.arabGivenNames, ...names.tables.foreignGivenNames, ...names.tables.ambiguousGivenNames]);
    this.speechParticles = foldedSet(tables.speechParticles);
    this.speakerStops = new Set([...foldedSet(tables.speakerStopWords)].filter((w) => !givenNames.has(w)));
    this.spelledSpeakerStops = new Set(tables.speakerStopWords.filter((w) => givenNames.has(foldWord(w))));
    this.foldedSpelledSpeakerStops = foldedSet([...this.spelledSpeakerStops]);
    this.nameBreakers = foldedSet(tables.nameBreakers);
    this.leadingParticles = foldedSet(tables.leadingParticles);
    this.notOwnerHeads = foldedSet(tables.notOwnerHeads);
    this.anonymous = new PhraseTable(tables.anonymousSources, (w) => w);
    this.documents = new PhraseTable(tables.sourceDocuments, (w) => (w.startsWith(article) ? [w] : [w, `${article}${w}`]), cliticsButKaf);
    this.addressees = foldedSet(tables.speechAddressees);
    this.authorLinks = new PhraseTable(tables.documentAuthorLinks, (w) => w);
    this.agencies = new PhraseTable(tables.newsAgencies, (a) => [a.name, ...a.forms], conjunctionAnd + prepositionBi + prepositionLi);
    this.nameJoiners = foldedSet(names.tables.nameJoiners);
    this.sentenceEnds = new Set(tables.sentenceEnds);
    this.quoteMarks = new Set(tables.quotePairs.flatMap((q) => [q.open, q.close]));
    this.quoteCloser = new Map(tables.quotePairs.map((q) => [q.open, q.close]));
    this.commas = new Set(tables.commas);
    this.clauseOpeners = new PhraseTable(tables.clauseOpeners, (w) => w);
    this.affiliationPrepositions = foldedSet(tables.affiliationPrepositions);
    this.relaySources = foldedSet(tables.relaySourcePrepositions);
    this.attributionRelatives = foldedSet(tables.attributionRelatives);
    this.relativeVerbObjects = foldedSet(tables.relativeVerbObjects);
    this.verbalNounOpeners = foldedSet(tables.verbalNounOpeners);
    this.relationEndings = foldedEndings(tables.relationEndings);
    this.pluralRelationEndings = foldedEndings(tables.pluralRelationEndings);
    this.adjectiveEndings = foldedEndings([...tables.relationEndings, ...tables.pluralRelationEndings, ...tables.feminineEndings]);
  }

  /** True when folded `word` is ل and a medium spoken to: لوكالة، لقناة، للصحفيين. */
  isAddressee(word: string): boolean {
    if (word.length < ADDRESSEE_LETTERS || !word.startsWith(prepositionLi)) return false;
    const tail = word.slice(1);
    return this.addressees.has(tail) || (tail.startsWith(prepositionLi) && this.addressees.has(`${article[0]!}${tail}`));
  }

  /** True when folded `word` ends as an adjective of relation: الأمريكي. */
  isRelationAdjective(word: string): boolean {
    return endsWithAny(word, this.relationEndings);
  }

  /** True when folded `word` ends as a plural or feminine adjective of relation: كنديون، أمريكيين، أمنية. */
  isPluralRelationAdjective(word: string): boolean {
    return endsWithAny(word, this.pluralRelationEndings);
  }

  /** True when folded `word` ends as an adjective may (of relation, or feminine): رسمية، مطلعة، أمني. */
  endsAsAdjective(word: string): boolean {
    return endsWithAny(word, this.adjectiveEndings);
  }

  /** True when token `k` is a quotation mark of the table `quotePairs`, opening or closing: « » “ ” ". */
  isQuoteMark(tokens: TokenStream, k: TokenIndex): boolean {
    return tokens.isPunct(k) && this.quoteMarks.has(tokens.text(k));
  }

  /** True when word token `k` ends a speaker's phrase: "قال الوزير بأن …" (بأن, not the name بان; على, not علي). */
  isSpeakerStop(tokens: TokenStream, k: TokenIndex): boolean {
    const word = tokens.text(k);
    return this.speakerStops.has(word) || (this.foldedSpelledSpeakerStops.has(word) && this.spelledSpeakerStops.has(withoutMarks(writtenToken(tokens, k))));
  }
}

/** The syntax tables (merged with a caller's `lexicon`), compiled once per table object. */
export const syntaxLexicon: (fn: string, lexicon: unknown) => SyntaxLexicon = /* @__PURE__ */ compiledOnce(
  (fn, input) => new SyntaxLexicon(mergeTables(fn, syntaxTables, input, syntaxChecks), nameKeys(fn, input)),
);
