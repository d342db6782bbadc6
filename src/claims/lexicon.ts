/**
 * The claims layer's part of the `Lexicon`: bound phrases and signs, range
 * openers and joiners, vague quantities, and the words that make a number a
 * reference rather than a figure. Compiled once per table object, together
 * with the syntax and dates tables the claims read through.
 */
import { datesLexicon, type DatesLexicon } from '../dates/lexicon.js';
import { syntaxLexicon, type SyntaxLexicon } from '../syntax/lexicon.js';
import { PhraseTable } from '../syntax/phrases.js';
import { foldWord } from '../text/fold.js';
import { cliticsButKaf, conjunctionClitics, definitePrefixes, futureClitic, isDefinite, prepositionBi, withoutArticle, wordClitics } from '../text/clitics.js';
import { compiledOnce, finiteNumber, flag, listOf, mark, mergeTables, oneOf, optional, phrase, record, roleWord, wordsByRole, type EntryCheck, type TableChecks, type TablesInput } from '../text/lexicon.js';
import type { Bound } from '../model.js';
import {
  alternativeJoiners,
  boundFillers,
  boundPhrases,
  boundLevelNouns,
  boundSymbols,
  boundVerbParticles,
  boundVerbs,
  rangeJoiners,
  rangeOpeners,
  rangeSigns,
  vagueQuantities,
  type BoundPhrase,
  type BoundSymbol,
  type BoundVerb,
  type BoundVerbParticle,
  type VagueQuantity,
} from './lexicon/bounds.js';
import { modelNames, notFigureAfter, notFigureBefore, numberIdioms, placeHeads } from './lexicon/figures.js';
import { changeBaseMarkers, changeLevelMarkers } from './lexicon/change.js';
import { countHeads, elisionAfter, elisionBefore, partsBefore } from './lexicon/ellipsis.js';
import {
  ageCues,
  anyWords,
  belowZero,
  categoryHeads,
  hundredthUnits,
  multipleWords,
  nonePhrases,
  pointUnits,
  rankHeads,
  rankNouns,
  rankScopes,
  rateNouns,
  scoreCues,
  goalCues,
  scoreNouns,
  serialMarkers,
  serialUnits,
  shutoutPhrases,
  soleWords,
  type MultipleWord,
  type ScoreNoun,
} from './lexicon/kinds.js';
import { exceptionWords, futureVerbs, modalityCues, type ModalityCue } from './lexicon/modality.js';
import { incidentCauses, incidentLinks, incidentNouns, incidentPrepositions, tollNouns, tollPredicates } from './lexicon/incidents.js';
import { boundPrepositions, claimLinkWords, kindUnits, speedTimeUnits, type ClaimLinkRole, type ClaimLinkWord, type KindUnit, type KindUnitKind } from './lexicon/links.js';
import { backgroundCues, compassWords, contextUnits, datingWords, distanceFrom, restatementWords, valueCues, valueDeterminers, valueRelatives, type ContextUnit, type ValueCue } from './lexicon/values.js';

/** The tables of the claims layer. */
export interface ClaimsTables {
  /** Phrases that bound a figure: `{ phrase: 'أكثر من', bound: 'moreThan', position: 'before' }`. */
  readonly boundPhrases: readonly BoundPhrase[];
  /** Verbs that bound a figure, each written once: `{ present: 'يتجاوز', past: 'تجاوز', bound: 'moreThan' }` (the engine writes their forms and negations). */
  readonly boundVerbs: readonly BoundVerb[];
  /** Particles before a bound verb: `{ particle: 'لم', before: 'jussive', negates: true }`. */
  readonly boundVerbParticles: readonly BoundVerbParticle[];
  /** Words that may stand inside a bound phrase before its preposition: "ما لا يقل عددهم عن". */
  readonly boundFillers: readonly string[];
  /** Nouns of a level between a bound phrase and its figure: "فوق مستوى 4%". */
  readonly boundLevelNouns: readonly string[];
  /** Comparison signs before a figure: `{ symbol: '>=', bound: 'atLeast' }`. */
  readonly boundSymbols: readonly BoundSymbol[];
  /** Signs between the two ends of a range: "-", "~". */
  readonly rangeSigns: readonly string[];
  /** Words that open a range: بين، من. */
  readonly rangeOpeners: readonly string[];
  /** Words that join a range's two ends after its opener: و، إلى، حتى، لغاية. */
  readonly rangeJoiners: readonly string[];
  /** Words that offer two figures as alternatives: "3 أو 4". */
  readonly alternativeJoiners: readonly string[];
  /** Vague quantities and their intervals: `{ phrase: 'عشرات', min: 10, max: 100 }`. */
  readonly vagueQuantities: readonly VagueQuantity[];
  /** Words before a number that make it a reference, not a figure: المادة، رقم، الصفحة. */
  readonly notFigureBefore: readonly string[];
  /** Names a number after them completes (a model, a channel): "سوخوي 24", "فرانس 24". */
  readonly modelNames: readonly string[];
  /** Words after a number that make it a year or a grade: ق.م.، هـ، أوكتين. */
  readonly notFigureAfter: readonly string[];
  /** Names and set phrases with a number word that state no figure: ربع النهائي، مجموعة العشرين. */
  readonly numberIdioms: readonly string[];
  /** Heads of place names a definite number word may follow: مدينة الخمس. */
  readonly placeHeads: readonly string[];
  /** Cues of denial, projection and hedging: `{ phrase: 'من المتوقع', modality: 'projected' }`. */
  readonly modalityCues: readonly ModalityCue[];
  /** Present-tense verbs that project a figure with the future prefix: يصل → سيصل، ستصل. */
  readonly futureVerbs: readonly string[];
  /** Words after a negation that restrict rather than deny: سوى، إلا. */
  readonly exceptionWords: readonly string[];
  /** Words that make the figure after a verb of change the level reached: إلى، ليبلغ. */
  readonly changeLevelMarkers: readonly string[];
  /** The word before the starting level of a change: من. */
  readonly changeBaseMarkers: readonly string[];
  /** Words that make "3-1" a match score: فاز، بنتيجة، تعادل. */
  readonly scoreCues: readonly string[];
  /** Words of scoring before goal minutes in brackets: "سجلها الحدادي (51 و73)". */
  readonly goalCues: readonly string[];
  /** Nouns before an ordinal that make it a rank: المركز، المرتبة. */
  readonly rankHeads: readonly string[];
  /** Nouns before an ordinal that make it a category after من or و: الدرجة، الفئة. */
  readonly categoryHeads: readonly string[];
  /** Words that make a number of years an age: عمره، البالغ. */
  readonly ageCues: readonly string[];
  /** Words after a temperature that make it negative: تحت الصفر. */
  readonly belowZero: readonly string[];
  /** Subunits of money worth a hundredth: سنت، قرش، هللة. */
  readonly hundredthUnits: readonly string[];
  /** Units that are percentage points after a rate: نقطة. */
  readonly pointUnits: readonly string[];
  /** Nouns of a rate that make points percentage points: نسبة، معدل. */
  readonly rateNouns: readonly string[];
  /** Words after a figure that refer back to the noun counted before it: منهم، آخرين. */
  readonly elisionAfter: readonly string[];
  /** Phrases before a figure that take the noun of the figure before them: من أصل. */
  readonly elisionBefore: readonly string[];
  /** Words before a figure that make it a part of the count just before, sharing its noun and event: بينهم، منهم. */
  readonly partsBefore: readonly string[];
  /** Nouns of number whose noun after them a later figure counts: عدد، حصيلة. */
  readonly countHeads: readonly string[];
  /** Nouns of a win by so many goals: `{ phrase: 'ثلاثية', value: 3 }`. */
  readonly scoreNouns: readonly ScoreNoun[];
  /** Words that give the other side of a score nothing: نظيفة، دون رد. */
  readonly shutoutPhrases: readonly string[];
  /** Words after a counted noun that make it one: وحيد. */
  readonly soleWords: readonly string[];
  /** Words between a counted noun and a number that make it a place in a series: رقم. */
  readonly serialMarkers: readonly string[];
  /** Counted nouns that add up, whose Nth is a count of N: هدف، نقطة، لقب. */
  readonly serialUnits: readonly string[];
  /** Adverbs of where a rank holds after an ordinal: عالميا، أوروبيا. */
  readonly rankScopes: readonly string[];
  /** The noun a rank with no head is reported in (the first entry): مرتبة. */
  readonly rankNouns: readonly string[];
  /** Phrases that say there is none of the noun after them: عدم وجود، ليس هناك. */
  readonly nonePhrases: readonly string[];
  /** Words of "any" that make the noun after them 0 after a negation: أي. */
  readonly anyWords: readonly string[];
  /** Words of a multiple, claims after a bound phrase: `{ phrase: 'ضعف', value: 2 }`. */
  readonly multipleWords: readonly MultipleWord[];
  /** Nouns that name an incident with a toll: غرق، تحطم، حريق، انهيار. */
  readonly incidentNouns: readonly string[];
  /** Words before an incident noun that tie a toll to it: في، إثر، جراء. */
  readonly incidentLinks: readonly string[];
  /** Prepositions that stay inside an incident's description before a word that is no function word: في، من. */
  readonly incidentPrepositions: readonly string[];
  /** Cues that a sum is the value of a thing, and where the thing stands: "صفقة بقيمة"، "قيمة الصفقة". */
  readonly valueCues: readonly ValueCue[];
  /** Demonstratives between a value cue and its thing: "قيمة هذه الشريحة". */
  readonly valueDeterminers: readonly string[];
  /** Relatives after a cue in construct whose clause names the thing valued: "إجمالي ما حصلت عليه مصر". */
  readonly valueRelatives: readonly string[];
  /** Prepositions after a distance that name where it is measured from: "16 ميلا بحريا من مدينة صفاقس". */
  readonly distanceFrom: readonly string[];
  /** Points of the compass after a distance, before the place it is measured from: "160 كيلومترا جنوب طرابلس". */
  readonly compassWords: readonly string[];
  /** Words that restate a distance in another unit: "خمسة أميال بحرية أي نحو عشرة كيلومترات". */
  readonly restatementWords: readonly string[];
  /** Participles that date the document before them, so that the time after them is no figure's: "التقرير الصادر منتصف مايو". */
  readonly datingWords: readonly string[];
  /** Phrases that open the background of a fact, whose time is of the earlier event: "على خلفية"، "ردا على". */
  readonly backgroundCues: readonly string[];
  /** Units a sentence makes precise: a bare درجة after الحرارة is درجة مئوية. */
  readonly contextUnits: readonly ContextUnit[];
  /** Verbs whose subject is an incident and whose object its toll: أدى، أسفر. */
  readonly incidentCauses: readonly string[];
  /** Counted nouns of a toll, singular: قتيل، جريح، جثة. */
  readonly tollNouns: readonly string[];
  /** Predicate stems of a toll: قتل، اصاب، انقذ. */
  readonly tollPredicates: readonly string[];
  /** Function words the claim rules read by their role: `{ word: 'من', role: 'of' }` ("اثنان من الجنود"). */
  readonly claimLinkWords: readonly ClaimLinkWord[];
  /** The noun a kind of claim is counted in without a unit table: `{ kind: 'age', noun: 'عام' }` ("(47 سنة)" is 47 عام). */
  readonly kindUnits: readonly KindUnit[];
  /** Time units a length per which is a speed: ساعة ("120 كيلومتراً في الساعة"). */
  readonly speedTimeUnits: readonly string[];
  /** Prepositions a bound phrase may end in, before which a filler may stand: عن ("لا يقل عددهم عن"). */
  readonly boundPrepositions: readonly string[];
}

/** The built-in tables of the claims layer. */
export const claimsTables: ClaimsTables = {
  boundPhrases,
  boundVerbs,
  boundVerbParticles,
  boundFillers,
  boundLevelNouns,
  boundSymbols,
  rangeSigns,
  rangeOpeners,
  rangeJoiners,
  alternativeJoiners,
  vagueQuantities,
  notFigureBefore,
  modelNames,
  notFigureAfter,
  numberIdioms,
  placeHeads,
  modalityCues,
  futureVerbs,
  exceptionWords,
  changeLevelMarkers,
  changeBaseMarkers,
  scoreCues,
  goalCues,
  rankHeads,
  categoryHeads,
  ageCues,
  belowZero,
  hundredthUnits,
  pointUnits,
  rateNouns,
  elisionAfter,
  elisionBefore,
  partsBefore,
  countHeads,
  scoreNouns,
  shutoutPhrases,
  soleWords,
  serialMarkers,
  serialUnits,
  rankScopes,
  rankNouns,
  nonePhrases,
  anyWords,
  multipleWords,
  incidentNouns,
  incidentLinks,
  incidentPrepositions,
  valueCues,
  valueDeterminers,
  valueRelatives,
  distanceFrom,
  compassWords,
  restatementWords,
  datingWords,
  backgroundCues,
  contextUnits,
  incidentCauses,
  tollNouns,
  tollPredicates,
  claimLinkWords,
  kindUnits,
  speedTimeUnits,
  boundPrepositions,
};

const bounds: readonly Bound[] = ['exact', 'approximate', 'atLeast', 'atMost', 'moreThan', 'lessThan', 'range', 'vague'];
const interval: EntryCheck = (v) => {
  const error = record({ phrase, min: finiteNumber, max: finiteNumber })(v);
  if (error) return error;
  const { min, max } = v as VagueQuantity;
  return min <= max ? null : `.min must not exceed .max, got ${min} > ${max}`;
};

/** The roles of `claimLinkWords`. */
const claimLinkRoles: readonly ClaimLinkRole[] = ['of', 'in', 'against', 'thatIs'];

/** The clitics glued to a score noun or a word of "none" and "any": a conjunction or ب ("برباعية"، "وبلا"). */
const CONJUNCTIONS_AND_BI = conjunctionClitics + prepositionBi;

/** One word. */
const oneWord: EntryCheck = (v) => phrase(v) ?? ((v as string).includes(' ') ? `must be one word, got ${JSON.stringify(v)}` : null);

/** A verb of the third person masculine, present or jussive: one word opening with ي, whose feminine the engine makes with ت. */
const presentVerb: EntryCheck = (v) =>
  oneWord(v) ?? ((v as string).startsWith('ي') && (v as string).length >= 3 ? null : `must be a verb of the third person masculine opening with ي, got ${JSON.stringify(v)}`);

/** Checks of each table's entries where they enter. */
export const claimsChecks: TableChecks<ClaimsTables> = {
  boundPhrases: record({ phrase, bound: oneOf(bounds.filter((b) => b !== 'range' && b !== 'vague')), position: oneOf(['before', 'after']), verb: optional(flag) }),
  boundVerbs: record({ present: presentVerb, past: optional(oneWord), jussive: optional(presentVerb), prepositions: optional(listOf(oneWord)), bound: oneOf(['moreThan', 'lessThan']) }),
  boundVerbParticles: record({ particle: phrase, before: oneOf(['present', 'jussive']), negates: flag }),
  boundFillers: phrase,
  boundLevelNouns: oneWord,
  boundSymbols: record({ symbol: mark, bound: oneOf(['atLeast', 'atMost', 'moreThan', 'lessThan']) }),
  rangeSigns: mark,
  rangeOpeners: phrase,
  rangeJoiners: phrase,
  alternativeJoiners: phrase,
  vagueQuantities: interval,
  notFigureBefore: phrase,
  modelNames: phrase,
  notFigureAfter: phrase,
  numberIdioms: phrase,
  placeHeads: phrase,
  modalityCues: record({ phrase, modality: oneOf(['denied', 'projected', 'hedged']), beforePresent: optional(flag) }),
  futureVerbs: (v) => (typeof v === 'string' && /^[يت]\S{2,}$/u.test(v) ? null : `must be a present-tense verb starting with ي or ت, got ${JSON.stringify(v)}`),
  exceptionWords: phrase,
  changeLevelMarkers: phrase,
  changeBaseMarkers: phrase,
  scoreCues: phrase,
  goalCues: phrase,
  rankHeads: phrase,
  categoryHeads: phrase,
  ageCues: phrase,
  belowZero: phrase,
  hundredthUnits: phrase,
  pointUnits: phrase,
  rateNouns: phrase,
  elisionAfter: phrase,
  elisionBefore: phrase,
  partsBefore: phrase,
  countHeads: phrase,
  scoreNouns: record({ phrase, value: finiteNumber }),
  shutoutPhrases: phrase,
  soleWords: phrase,
  serialMarkers: phrase,
  serialUnits: phrase,
  rankScopes: phrase,
  rankNouns: phrase,
  nonePhrases: phrase,
  anyWords: phrase,
  multipleWords: record({ phrase, value: finiteNumber }),
  incidentNouns: phrase,
  incidentLinks: phrase,
  incidentPrepositions: phrase,
  valueCues: record({ phrase, position: oneOf(['before', 'after']) }),
  valueDeterminers: phrase,
  valueRelatives: phrase,
  distanceFrom: phrase,
  compassWords: phrase,
  restatementWords: phrase,
  datingWords: phrase,
  backgroundCues: phrase,
  contextUnits: record({ unit: phrase, cues: listOf(phrase), reads: phrase, blockers: listOf(phrase) }),
  incidentCauses: phrase,
  tollNouns: phrase,
  tollPredicates: phrase,
  claimLinkWords: roleWord(claimLinkRoles),
  kindUnits: record({ kind: oneOf(['age', 'score', 'temperature']), noun: phrase }),
  speedTimeUnits: phrase,
  boundPrepositions: phrase,
};

/** Tables of the claims layer a caller extends or replaces. */
export type ClaimsLexiconInput = TablesInput<ClaimsTables>;

/** The claims tables compiled into matchers, with the syntax and dates tables of the same lexicon. */
export class ClaimsLexicon {
  /** The tables, a caller's merged in. */
  readonly tables: ClaimsTables;
  readonly syntax: SyntaxLexicon;
  readonly dates: DatesLexicon;
  /** Bound phrases written before the number. */
  readonly boundsBefore: PhraseTable<BoundPhrase>;
  /** Folded nouns of a level between a bound phrase and its figure. */
  readonly boundLevelNouns: ReadonlySet<string>;
  /**
   * The bound verbs that take a preposition, by their words without it, with the folded prepositions
   * each takes: the verb of "يزيد عدد سكانها على 300 ألف", whose subject stands before the preposition.
   */
  readonly boundVerbsBeforePreposition: PhraseTable<{ readonly bound: Bound; readonly prepositions: ReadonlySet<string> }>;
  /** Bound phrases written after the number and its unit. */
  readonly boundsAfter: PhraseTable<BoundPhrase>;
  readonly boundSymbols: ReadonlyMap<string, BoundSymbol>;
  readonly rangeSigns: ReadonlySet<string>;
  readonly rangeOpeners: PhraseTable<string>;
  /** Folded joiners; a glued و/ف before one is allowed ("وحتى"). */
  readonly rangeJoiners: ReadonlySet<string>;
  readonly alternativeJoiners: ReadonlySet<string>;
  readonly vague: PhraseTable<VagueQuantity>;
  /** One-word vague quantities by folded word, for their definite forms (العشرات). */
  readonly vagueWords: ReadonlyMap<string, VagueQuantity>;
  /** Those words with the article, behind clitics or not (العشرات، بالآلاف، للملايين), by folded form. */
  readonly definiteVagueWords: ReadonlyMap<string, VagueQuantity>;
  /** Folded words that make the number after them a reference. */
  readonly notFigure: ReadonlySet<string>;
  /** Folded names a number after them completes. */
  readonly modelNames: ReadonlySet<string>;
  /** Folded phrases after a number that make it a year or a grade, their words joined by one space. */
  readonly notFigureAfter: ReadonlySet<string>;
  readonly numberIdioms: PhraseTable<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly modalityCues: PhraseTable<ModalityCue>;
  /** Folded future forms: سيصل، ستصل. */
  readonly futureForms: ReadonlySet<string>;
  readonly exceptions: ReadonlySet<string>;
  readonly changeLevel: ReadonlySet<string>;
  readonly changeBase: ReadonlySet<string>;
  readonly scoreCues: PhraseTable<string>;
  /** Folded one-word score cues, read also behind the article or a possessive ("الفوز", "تغلبه"). */
  readonly scoreCueWords: ReadonlySet<string>;
  /** Folded words of scoring. */
  readonly goalCueWords: ReadonlySet<string>;
  readonly rankHeads: PhraseTable<string>;
  /** Folded rank heads, for a head behind clitics glued before its article (للمركز → المركز). */
  readonly rankHeadWords: ReadonlySet<string>;
  /** Folded category heads: الدرجة، الفئة. */
  readonly categoryHeads: ReadonlySet<string>;
  readonly ageCues: PhraseTable<string>;
  readonly belowZero: PhraseTable<string>;
  readonly hundredths: ReadonlySet<string>;
  /** Folded units that are percentage points after a rate. */
  readonly pointUnits: ReadonlySet<string>;
  /** Folded nouns of a rate, read without clitics and article. */
  readonly rateNouns: ReadonlySet<string>;
  readonly elisionAfter: PhraseTable<string>;
  readonly elisionBefore: PhraseTable<string>;
  readonly partsBefore: PhraseTable<string>;
  /** Nouns of number, behind a glued و، ف، ب or ل: وعدد، بحصيلة. */
  readonly countHeads: PhraseTable<string>;
  /** Score nouns, behind a glued ب, و or ف: بثلاثية. */
  readonly scoreNouns: PhraseTable<ScoreNoun>;
  readonly shutouts: PhraseTable<string>;
  readonly soleWords: ReadonlySet<string>;
  readonly serialMarkers: PhraseTable<string>;
  /** Folded singulars of the nouns that add up. */
  readonly serialUnits: ReadonlySet<string>;
  readonly rankScopes: PhraseTable<string>;
  readonly nonePhrases: PhraseTable<string>;
  readonly incidentNouns: PhraseTable<string>;
  readonly incidentLinks: PhraseTable<string>;
  /** Folded prepositions that stay inside an incident's description. */
  readonly incidentPrepositions: ReadonlySet<string>;
  readonly valueCues: PhraseTable<ValueCue>;
  /** Folded demonstratives between a value cue and its thing. */
  readonly valueDeterminers: ReadonlySet<string>;
  /** Folded relatives of a valued clause. */
  readonly valueRelatives: ReadonlySet<string>;
  /** Folded prepositions of a distance's starting place. */
  readonly distanceFrom: ReadonlySet<string>;
  /** Folded points of the compass of a distance. */
  readonly compassWords: ReadonlySet<string>;
  /** Folded words that restate a distance. */
  readonly restatementWords: ReadonlySet<string>;
  /** Folded participles that date a document, behind a glued و or not. */
  readonly datingWords: PhraseTable<string>;
  readonly backgroundCues: PhraseTable<string>;
  /** By the folded lemma of the unit as read: its cues, and the lemma and singular it reads as. */
  readonly contextUnits: ReadonlyMap<string, { readonly cues: PhraseTable<string>; readonly blockers: ReadonlySet<string>; readonly lemma: string; readonly singular: string }>;
  readonly incidentCauses: PhraseTable<string>;
  /** Folded singular lemmas of toll nouns. */
  readonly tollNouns: ReadonlySet<string>;
  /** Folded predicate stems of a toll. */
  readonly tollPredicates: ReadonlySet<string>;
  readonly anyWords: PhraseTable<string>;
  /** Folded words of a multiple. */
  readonly multipleWords: ReadonlyMap<string, MultipleWord>;
  /** Folded function words by role. */
  readonly links: Readonly<Record<ClaimLinkRole, ReadonlySet<string>>>;
  /** The unit of each kind of `kindUnits`, the first entry of a kind winning; a kind without one has no unit. */
  readonly kindUnits: ReadonlyMap<KindUnitKind, { readonly lemma: string; readonly singular: string }>;
  /** Folded time units a length per which is a speed. */
  readonly speedTimeUnits: ReadonlySet<string>;

  constructor(tables: ClaimsTables, syntax: SyntaxLexicon, dates: DatesLexicon) {
    this.tables = tables;
    this.syntax = syntax;
    this.dates = dates;
    // A clitic may be glued to a bound phrase: "لأكثر من", "بأكثر من", "لنحو", "وقرابة", "بحوالي", and the future's س: "ستتجاوز".
    const prepositions = new Set(tables.boundPrepositions.map(foldWord));
    const verbPhrases = tables.boundVerbs.flatMap((v) => boundVerbPhrases(v, tables.boundVerbParticles));
    this.boundsBefore = new PhraseTable(
      [...tables.boundPhrases.filter((b) => b.position === 'before'), ...verbPhrases],
      (b) => withFillers(b.phrase, tables.boundFillers, prepositions),
      wordClitics + futureClitic,
    );
    this.boundVerbsBeforePreposition = new PhraseTable(
      tables.boundVerbs
        .flatMap(({ prepositions: verbPrepositions = [], ...verb }) => {
          if (verbPrepositions.length === 0) return [];
          const folded: ReadonlySet<string> = new Set(verbPrepositions.map(foldWord));
          return boundVerbPhrases(verb, tables.boundVerbParticles).map((b) => ({ phrase: b.phrase, bound: b.bound, prepositions: folded }));
        }),
      (b) => b.phrase,
      wordClitics + futureClitic,
    );
    this.boundsAfter = new PhraseTable(tables.boundPhrases.filter((b) => b.position === 'after'), (b) => b.phrase);
    this.boundLevelNouns = new Set(tables.boundLevelNouns.map(foldWord));
    this.boundSymbols = new Map(tables.boundSymbols.map((s) => [s.symbol, s]));
    this.rangeSigns = new Set(tables.rangeSigns);
    this.rangeOpeners = new PhraseTable(tables.rangeOpeners, (o) => o);
    this.rangeJoiners = new Set(tables.rangeJoiners.map(foldWord));
    this.alternativeJoiners = new Set(tables.alternativeJoiners.map(foldWord));
    // A preposition may be glued to a vague quantity: "لعشرات من الرجال", "بمئات".
    this.vague = new PhraseTable(tables.vagueQuantities, (v) => v.phrase, cliticsButKaf);
    this.vagueWords = new Map(tables.vagueQuantities.filter((v) => !v.phrase.includes(' ')).map((v) => [foldWord(v.phrase), v]));
    this.definiteVagueWords = definiteForms(this.vagueWords);
    this.notFigure = new Set(tables.notFigureBefore.map(foldWord));
    this.modelNames = new Set(tables.modelNames.map(foldWord));
    this.notFigureAfter = new Set(tables.notFigureAfter.map((p) => p.split(' ').map(foldWord).join(' ')));
    this.numberIdioms = new PhraseTable(tables.numberIdioms, (p) => p, cliticsButKaf);
    this.placeHeads = new Set(tables.placeHeads.map(foldWord));
    this.modalityCues = new PhraseTable(tables.modalityCues, (c) => c.phrase);
    this.futureForms = new Set(tables.futureVerbs.flatMap((v) => [`س${foldWord(v)}`, `ست${foldWord(v).slice(1)}`]));
    this.exceptions = new Set(tables.exceptionWords.map(foldWord));
    this.changeLevel = new Set(tables.changeLevelMarkers.map(foldWord));
    this.changeBase = new Set(tables.changeBaseMarkers.map(foldWord));
    this.scoreCues = new PhraseTable(tables.scoreCues, (w) => w);
    this.scoreCueWords = new Set(tables.scoreCues.filter((w) => !w.includes(' ')).map(foldWord));
    this.goalCueWords = new Set(tables.goalCues.map(foldWord));
    this.rankHeads = new PhraseTable(tables.rankHeads, (w) => w, cliticsButKaf);
    this.rankHeadWords = new Set(tables.rankHeads.map(foldWord));
    this.categoryHeads = new Set(tables.categoryHeads.map(foldWord));
    this.ageCues = new PhraseTable(tables.ageCues, (w) => w);
    this.belowZero = new PhraseTable(tables.belowZero, (w) => w);
    this.hundredths = new Set(tables.hundredthUnits.map(foldWord));
    this.pointUnits = new Set(tables.pointUnits.map(foldWord));
    this.rateNouns = new Set(tables.rateNouns.map(foldWord));
    this.elisionAfter = new PhraseTable(tables.elisionAfter, (w) => w);
    this.elisionBefore = new PhraseTable(tables.elisionBefore, (w) => w);
    this.partsBefore = new PhraseTable(tables.partsBefore, (w) => w);
    this.countHeads = new PhraseTable(tables.countHeads, (w) => w, cliticsButKaf);
    this.scoreNouns = new PhraseTable(tables.scoreNouns, (n) => n.phrase, CONJUNCTIONS_AND_BI);
    this.shutouts = new PhraseTable(tables.shutoutPhrases, (w) => w);
    this.soleWords = new Set(tables.soleWords.map(foldWord));
    this.serialMarkers = new PhraseTable(tables.serialMarkers, (w) => w);
    this.serialUnits = new Set(tables.serialUnits.map(foldWord));
    this.rankScopes = new PhraseTable(tables.rankScopes, (w) => w);
    this.nonePhrases = new PhraseTable(tables.nonePhrases, (w) => w, CONJUNCTIONS_AND_BI);
    this.anyWords = new PhraseTable(tables.anyWords, (w) => w, CONJUNCTIONS_AND_BI);
    // "بانفجار", "لغرق": a preposition may be glued to the incident noun.
    this.incidentNouns = new PhraseTable(tables.incidentNouns, (w) => w, cliticsButKaf);
    this.incidentLinks = new PhraseTable(tables.incidentLinks, (w) => w, conjunctionClitics);
    this.incidentCauses = new PhraseTable(tables.incidentCauses, (w) => w, conjunctionClitics);
    this.incidentPrepositions = new Set(tables.incidentPrepositions.map(foldWord));
    this.valueCues = new PhraseTable(tables.valueCues, (v) => v.phrase);
    this.valueDeterminers = new Set(tables.valueDeterminers.map(foldWord));
    this.valueRelatives = new Set(tables.valueRelatives.map(foldWord));
    this.distanceFrom = new Set(tables.distanceFrom.map(foldWord));
    this.compassWords = new Set(tables.compassWords.map(foldWord));
    this.restatementWords = new Set(tables.restatementWords.map(foldWord));
    this.datingWords = new PhraseTable(tables.datingWords, (w) => w);
    this.backgroundCues = new PhraseTable(tables.backgroundCues, (w) => w);
    this.contextUnits = new Map(tables.contextUnits.map((u) => [foldPhrase(u.unit), { cues: new PhraseTable(u.cues, (w) => w), blockers: new Set(u.blockers.map(foldWord)), lemma: foldPhrase(u.reads), singular: u.reads }]));
    this.tollNouns = new Set(tables.tollNouns.map(foldWord));
    this.tollPredicates = new Set(tables.tollPredicates.map(foldWord));
    this.multipleWords = new Map(tables.multipleWords.map((m) => [foldWord(m.phrase), m]));
    this.links = wordsByRole(tables.claimLinkWords, claimLinkRoles);
    const units = new Map<KindUnitKind, { lemma: string; singular: string }>();
    for (const u of tables.kindUnits) if (!units.has(u.kind)) units.set(u.kind, { lemma: foldPhrase(u.noun), singular: u.noun });
    this.kindUnits = units;
    this.speedTimeUnits = new Set(tables.speedTimeUnits.map(foldWord));
  }
}

/**
 * The definite forms of folded words, by form: each word behind every prefix that ends in the
 * article (ال، وال، بال، لل، ولل …), kept when the clitic rules read it back to that word, so
 * that one lookup of a text's word answers what `isDefinite` and `withoutArticle` would.
 */
function definiteForms<T>(words: ReadonlyMap<string, T>): Map<string, T> {
  const forms = new Map<string, T>();
  for (const [word, entry] of words) {
    for (const prefix of definitePrefixes) {
      const form = `${prefix}${word}`;
      if (isDefinite(form) && withoutArticle(form) === word) forms.set(form, entry);
    }
  }
  return forms;
}

/** A phrase folded word by word, as the unit tables write a lemma: "درجة مئوية" → "درجه مئويه". */
function foldPhrase(phrase: string): string {
  return phrase.split(' ').map(foldWord).join(' ');
}

/** The present and its feminine: يتجاوز، تتجاوز. */
function presentForms(present: string): string[] {
  return [present, `ت${present.slice(1)}`];
}

/**
 * The feminine of a present in يت with one of its two ت dropped, as news writes it after a negation
 * ("ولا تجاوز مليوني درهم", "لم تجاوز"), or none. Not made of a written jussive: تتعد would drop to
 * تعد, which is also "return" ("لم تعد": no longer).
 */
function contractedForms(present: string): string[] {
  return present.startsWith('يت') ? [present.slice(1)] : [];
}

/** The past and its feminine, whose ت takes the place of a final ى: تجاوز، تجاوزت; تخطى، تخطت. */
function pastForms(past: string): string[] {
  return [past, past.endsWith('ى') ? `${past.slice(0, -1)}ت` : `${past}ت`];
}

/**
 * The bound phrases a bound verb writes: its affirmed forms with its bound ("تجاوزت 50", "ما يزيد
 * على 50": more than), its negated forms with the other side closed ("لا يتجاوز 50", "لم يزد على
 * 50": at most; "لا تقل عن 10": at least), each with each of its prepositions. A verb without a
 * preposition may have its subject between it and the figure ("تجاوز عدد الضحايا 50").
 */
export function boundVerbPhrases(verb: BoundVerb, particles: readonly BoundVerbParticle[]): BoundPhrase[] {
  const negated: Bound = verb.bound === 'moreThan' ? 'atMost' : 'atLeast';
  const present = presentForms(verb.present);
  const negatedPresent = [...present, ...contractedForms(verb.present)];
  // After لم news writes the present as often as the jussive: "لم تتعدى الـ8 في المائة" beside "لم تتعد".
  const jussive = verb.jussive === undefined ? negatedPresent : [...presentForms(verb.jussive), ...negatedPresent];
  // Each form with its bound, and whether the verb's subject may stand before the figure: not after the
  // relative ما, whose figure follows it ("ما يفوق توقعات المحللين" is no bound of a later figure).
  const forms = new Map<string, { bound: Bound; subjectBetween: boolean }>();
  for (const form of [...present, ...(verb.past === undefined ? [] : pastForms(verb.past))]) forms.set(form, { bound: verb.bound, subjectBetween: true });
  for (const p of particles) {
    const verbs = p.before === 'jussive' ? jussive : p.negates ? negatedPresent : present;
    for (const form of verbs) forms.set(`${p.particle} ${form}`, { bound: p.negates ? negated : verb.bound, subjectBetween: p.negates });
  }
  const prepositions = verb.prepositions ?? [];
  const out: BoundPhrase[] = [];
  for (const [form, { bound, subjectBetween }] of forms) {
    if (prepositions.length > 0) for (const p of prepositions) out.push({ phrase: `${form} ${p}`, bound, position: 'before' });
    else out.push(subjectBetween ? { phrase: form, bound, position: 'before', verb: true } : { phrase: form, bound, position: 'before' });
  }
  return out;
}

/** A bound phrase and, when it ends in one of the folded `prepositions`, the phrase with each filler before it. */
function withFillers(phrase: string, fillers: readonly string[], prepositions: ReadonlySet<string>): string[] {
  const words = phrase.split(' ');
  if (words.length < 2 || !prepositions.has(foldWord(words[words.length - 1]!))) return [phrase];
  const head = words.slice(0, -1).join(' ');
  return [phrase, ...fillers.map((f) => `${head} ${f} ${words[words.length - 1]}`)];
}

/** The claims tables (merged with a caller's `lexicon`), compiled once per table object. */
export const claimsLexicon: (fn: string, lexicon: unknown) => ClaimsLexicon = /* @__PURE__ */ compiledOnce(
  (fn, input) => new ClaimsLexicon(mergeTables(fn, claimsTables, input, claimsChecks), syntaxLexicon(fn, input), datesLexicon(fn, input)),
);
