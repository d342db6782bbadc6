/**
 * The alignment layer's part of the `Lexicon`: what counts the same thing,
 * which measures convert into each other, which events are one, which news
 * agencies stand behind reprinted stories, and which words of a subject tell
 * nothing. Extend a table with one line and one test (src/align/lexicon.test.ts).
 */
import { currencyCode, finiteNumber, listOf, oneOf, optional, phrase, record, wordEnding, type EntryCheck, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { countedKinds, measureScales, unitGroups, type CountedKind, type MeasureScale } from './lexicon/units.js';
import { exchangeRanges, type ExchangeRange } from './lexicon/rates.js';
import { formerWords, predicateGroups, subjectStopWords } from './lexicon/words.js';
import { stemEndings, stemVowels, type StemEnding } from './lexicon/stems.js';

/** The tables of the alignment layer. */
export interface AlignTables {
  /** Counted nouns of people and occurrences, by what they say: anyone (شخص), who (مهاجر), what happened (قتيل). */
  readonly countedKinds: readonly CountedKind[];
  /** Other counted nouns that count the same thing: دولة = بلد. */
  readonly unitGroups: readonly (readonly string[])[];
  /** Measures with their size in the base unit of their kind: ميل بحري = 1852 metres. */
  readonly measureScales: readonly MeasureScale[];
  /** Predicate stems that report the same event: بقي = ملك. */
  readonly predicateGroups: readonly (readonly string[])[];
  /** Words of a subject that do not tell one subject from another: في، الذي، عدد. */
  readonly subjectStopWords: readonly string[];
  /** Words of a subject that mark the figure before a change: السابق، القديمة. */
  readonly formerWords: readonly string[];
  /** Plausible exchange rates between two currencies over 2000–2026: 1 EUR = 0.82–1.6 USD. */
  readonly exchangeRanges: readonly ExchangeRange[];
  /** Endings the light stem takes off a word, by role, in order: هم (pronoun), ات (plural), ة (final). */
  readonly stemEndings: readonly StemEnding[];
  /** Long vowels and hamza seats the light stem drops after a word's first letter: مشاريع = مشروع. */
  readonly stemVowels: readonly string[];
}

/** The built-in tables of the alignment layer. */
export const alignTables: AlignTables = { countedKinds, unitGroups, measureScales, predicateGroups, subjectStopWords, formerWords, exchangeRanges, stemEndings, stemVowels };

const positive: EntryCheck = (v) => finiteNumber(v) ?? ((v as number) > 0 ? null : `must be a number above 0, got ${String(v)}`);

/** One Arabic letter. */
const letter: EntryCheck = (v) => (typeof v === 'string' && /^[\u0621-\u064A]$/u.test(v) ? null : `must be one Arabic letter, got ${JSON.stringify(v)}`);

/** Checks of each table's entries where they enter. */
export const alignChecks: TableChecks<AlignTables> = {
  countedKinds: record({ kind: phrase, role: oneOf(['any', 'who', 'what']), lemmas: listOf(phrase), verbs: optional(listOf(phrase)) }),
  unitGroups: listOf(phrase),
  measureScales: record({ lemma: phrase, kind: oneOf(['length', 'area', 'mass', 'volume']), scale: positive, forms: listOf(phrase), upTo: optional(positive) }),
  predicateGroups: listOf(phrase),
  subjectStopWords: phrase,
  formerWords: phrase,
  exchangeRanges: record({ from: currencyCode, to: currencyCode, low: positive, high: positive }),
  stemEndings: record({ ending: wordEnding(4), role: oneOf(['pronoun', 'plural', 'final']) }),
  stemVowels: letter,
};

/** Tables of the alignment layer a caller extends or replaces. */
export type AlignLexiconInput = TablesInput<AlignTables>;

export type { CountedKind, CountedRole, MeasureScale } from './lexicon/units.js';
export type { ExchangeRange } from './lexicon/rates.js';
export type { StemEnding } from './lexicon/stems.js';
export type { WireAgency } from '../syntax/lexicon/agencies.js';
