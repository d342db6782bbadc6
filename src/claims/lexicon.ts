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
import { compiledOnce, finiteNumber, mergeTables, oneOf, phrase, record, type EntryCheck, type TableChecks, type TablesInput } from '../text/lexicon.js';
import type { Bound } from '../model.js';
import {
  boundPhrases,
  boundSymbols,
  rangeJoiners,
  rangeOpeners,
  rangeSigns,
  vagueQuantities,
  type BoundPhrase,
  type BoundSymbol,
  type VagueQuantity,
} from './lexicon/bounds.js';
import { notFigureBefore } from './lexicon/figures.js';

/** The tables of the claims layer. */
export interface ClaimsTables {
  /** Phrases that bound a figure: `{ phrase: 'أكثر من', bound: 'moreThan', position: 'before' }`. */
  readonly boundPhrases: readonly BoundPhrase[];
  /** Comparison signs before a figure: `{ symbol: '>=', bound: 'atLeast' }`. */
  readonly boundSymbols: readonly BoundSymbol[];
  /** Signs between the two ends of a range: "-", "~". */
  readonly rangeSigns: readonly string[];
  /** Words that open a range: بين، من. */
  readonly rangeOpeners: readonly string[];
  /** Words that join a range's two ends after its opener: و، إلى، حتى، لغاية. */
  readonly rangeJoiners: readonly string[];
  /** Vague quantities and their intervals: `{ phrase: 'عشرات', min: 10, max: 100 }`. */
  readonly vagueQuantities: readonly VagueQuantity[];
  /** Words before a number that make it a reference, not a figure: المادة، رقم، الصفحة. */
  readonly notFigureBefore: readonly string[];
}

/** The built-in tables of the claims layer. */
export const claimsTables: ClaimsTables = { boundPhrases, boundSymbols, rangeSigns, rangeOpeners, rangeJoiners, vagueQuantities, notFigureBefore };

const bounds: readonly Bound[] = ['exact', 'approximate', 'atLeast', 'atMost', 'moreThan', 'lessThan', 'range', 'vague'];
const sign: EntryCheck = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 2 && v.trim() === v ? null : `must be a sign of one or two characters, got ${JSON.stringify(v)}`);
const interval: EntryCheck = (v) => {
  const error = record({ phrase, min: finiteNumber, max: finiteNumber })(v);
  if (error) return error;
  const { min, max } = v as VagueQuantity;
  return min <= max ? null : `.min must not exceed .max, got ${min} > ${max}`;
};

/** Checks of each table's entries where they enter. */
export const claimsChecks: TableChecks<ClaimsTables> = {
  boundPhrases: record({ phrase, bound: oneOf(bounds.filter((b) => b !== 'range' && b !== 'vague')), position: oneOf(['before', 'after']) }),
  boundSymbols: record({ symbol: sign, bound: oneOf(['atLeast', 'atMost', 'moreThan', 'lessThan']) }),
  rangeSigns: sign,
  rangeOpeners: phrase,
  rangeJoiners: phrase,
  vagueQuantities: interval,
  notFigureBefore: phrase,
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
  /** Bound phrases written after the number and its unit. */
  readonly boundsAfter: PhraseTable<BoundPhrase>;
  readonly boundSymbols: ReadonlyMap<string, BoundSymbol>;
  readonly rangeSigns: ReadonlySet<string>;
  readonly rangeOpeners: PhraseTable<string>;
  /** Folded joiners; a glued و/ف before one is allowed ("وحتى"). */
  readonly rangeJoiners: ReadonlySet<string>;
  readonly vague: PhraseTable<VagueQuantity>;
  /** Folded words that make the number after them a reference. */
  readonly notFigure: ReadonlySet<string>;

  constructor(tables: ClaimsTables, syntax: SyntaxLexicon, dates: DatesLexicon) {
    this.tables = tables;
    this.syntax = syntax;
    this.dates = dates;
    this.boundsBefore = new PhraseTable(tables.boundPhrases.filter((b) => b.position === 'before'), (b) => b.phrase);
    this.boundsAfter = new PhraseTable(tables.boundPhrases.filter((b) => b.position === 'after'), (b) => b.phrase);
    this.boundSymbols = new Map(tables.boundSymbols.map((s) => [s.symbol, s]));
    this.rangeSigns = new Set(tables.rangeSigns);
    this.rangeOpeners = new PhraseTable(tables.rangeOpeners, (o) => o);
    this.rangeJoiners = new Set(tables.rangeJoiners.map(foldWord));
    this.vague = new PhraseTable(tables.vagueQuantities, (v) => v.phrase);
    this.notFigure = new Set(tables.notFigureBefore.map(foldWord));
  }
}

/** The claims tables (merged with a caller's `lexicon`), compiled once per table object. */
export const claimsLexicon: (fn: string, lexicon: unknown) => ClaimsLexicon = /* @__PURE__ */ compiledOnce(
  (fn, input) => new ClaimsLexicon(mergeTables(fn, claimsTables, input, claimsChecks), syntaxLexicon(fn, input), datesLexicon(fn, input)),
);
