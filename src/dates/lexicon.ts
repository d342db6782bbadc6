/**
 * The dates layer's part of the `Lexicon`: calendar names, relative words,
 * nouns of time and the words that shape a date, compiled once per table object.
 */
import { AnalysisKey } from '../numbers/document.js';
import { foldWord } from '../text/fold.js';
import { compiledOnce, integerIn, listOf, mergeTables, oneOf, phrase, record, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { PhraseTable } from '../syntax/phrases.js';
import { monthNames, weekdayNames, type MonthName, type WeekdayName } from './lexicon/calendar.js';
import { dayWords, meridiemWords, monthContextWords, periodOpeners, yearContextWords, type PeriodOpener } from './lexicon/context.js';
import { durationWords, relativeTimeWords, type DurationWord, type RelativeTime, type TimeUnit } from './lexicon/relative.js';
import type { TimeExpression } from './expression.js';

/** The tables of the dates layer. */
export interface DatesTables {
  /** Month names in every system: `{ month: 1, names: ['كانون الثاني', 'يناير', 'جانفي'] }`. */
  readonly monthNames: readonly MonthName[];
  /** Weekday names: `{ day: 0, names: ['الأحد'] }`. */
  readonly weekdayNames: readonly WeekdayName[];
  /** Words for a time relative to publication: `{ phrase: 'أمس', unit: 'day', offset: -1 }`. */
  readonly relativeTimeWords: readonly RelativeTime[];
  /** Nouns of time: `{ word: 'أعوام', unit: 'year' }`. */
  readonly durationWords: readonly DurationWord[];
  /** Words that introduce a year: عام، منذ، مطلع. */
  readonly yearContextWords: readonly string[];
  /** Words that introduce a month: في، شهر، منتصف. */
  readonly monthContextWords: readonly string[];
  /** Words that open a period: `{ phrase: 'منذ', role: 'since' }`. */
  readonly periodOpeners: readonly PeriodOpener[];
  /** Words that mark a time of day's half: م، ص، مساء. */
  readonly meridiemWords: readonly string[];
  /** The word "day" before a weekday: يوم. */
  readonly dayWords: readonly string[];
}

/** The built-in tables of the dates layer. */
export const datesTables: DatesTables = {
  monthNames,
  weekdayNames,
  relativeTimeWords,
  durationWords,
  yearContextWords,
  monthContextWords,
  periodOpeners,
  meridiemWords,
  dayWords,
};

const timeUnits: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];

/** Checks of each table's entries where they enter. */
export const datesChecks: TableChecks<DatesTables> = {
  monthNames: record({ month: integerIn(1, 12), names: listOf(phrase) }),
  weekdayNames: record({ day: integerIn(0, 6), names: listOf(phrase) }),
  relativeTimeWords: record({ phrase, unit: oneOf(['day', 'week', 'month', 'year']), offset: integerIn(-100, 100) }),
  durationWords: record({ word: phrase, unit: oneOf(timeUnits) }),
  yearContextWords: phrase,
  monthContextWords: phrase,
  periodOpeners: record({ phrase, role: oneOf(['between', 'since', 'until', 'during', 'before', 'after']) }),
  meridiemWords: phrase,
  dayWords: phrase,
};

/** Tables of the dates layer a caller extends or replaces. */
export type DatesLexiconInput = TablesInput<DatesTables>;

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/** The dates tables compiled into matchers. */
export class DatesLexicon {
  /** The tables, a caller's merged in. */
  readonly tables: DatesTables;
  readonly months: PhraseTable<MonthName>;
  readonly weekdays: PhraseTable<WeekdayName>;
  readonly relatives: PhraseTable<RelativeTime>;
  readonly periodOpeners: PhraseTable<PeriodOpener>;
  /** Folded noun of time → its unit. */
  readonly durationUnit: ReadonlyMap<string, TimeUnit>;
  readonly yearContext: ReadonlySet<string>;
  readonly monthContext: ReadonlySet<string>;
  readonly meridiem: ReadonlySet<string>;
  readonly dayWords: ReadonlySet<string>;
  /** First words of every month, weekday and relative phrase, and the day words: no other word starts a named time. */
  readonly firstWords: ReadonlySet<string>;
  /** Where a document keeps its time expressions under these tables, by reference date. */
  readonly timesKey = new AnalysisKey<Map<string, readonly TimeExpression[]>>('times');

  constructor(tables: DatesTables) {
    this.tables = tables;
    this.months = new PhraseTable(tables.monthNames, (m) => m.names);
    this.weekdays = new PhraseTable(tables.weekdayNames, (w) => w.names);
    this.relatives = new PhraseTable(tables.relativeTimeWords, (r) => r.phrase);
    this.periodOpeners = new PhraseTable(tables.periodOpeners, (p) => p.phrase);
    this.durationUnit = new Map(tables.durationWords.map((d) => [foldWord(d.word), d.unit]));
    this.yearContext = foldedSet(tables.yearContextWords);
    this.monthContext = foldedSet(tables.monthContextWords);
    this.meridiem = foldedSet(tables.meridiemWords);
    this.dayWords = foldedSet(tables.dayWords);
    this.firstWords = new Set([...this.months.firstWords(), ...this.weekdays.firstWords(), ...this.relatives.firstWords(), ...this.dayWords]);
  }
}

/** The dates tables (merged with a caller's `lexicon`), compiled once per table object. */
export const datesLexicon: (fn: string, lexicon: unknown) => DatesLexicon = /* @__PURE__ */ compiledOnce(
  (fn, input) => new DatesLexicon(mergeTables(fn, datesTables, input, datesChecks)),
);
