/**
 * The dates layer's part of the `Lexicon`: calendar names, relative words,
 * nouns of time and the words that shape a date, compiled once per table object.
 */
import type { TimeExpression } from './expression.js';
import { fiscalYearNouns, fiscalYearStarts, type FiscalYearStart } from './lexicon/fiscal.js';
import { AnalysisKey } from '../numbers/document.js';
import { cliticsButKaf, withoutArticle } from '../text/clitics.js';
import { foldWord } from '../text/fold.js';
import { compiledOnce, flag, foldedSet, integerIn, listOf, mergeTables, oneOf, optional, phrase, record, roleWord, wordsByRole, type TableChecks, type TablesInput } from '../text/lexicon.js';
import { PhraseTable } from '../syntax/phrases.js';
import {
  ageWords,
  approximateWords,
  durationTailWords,
  everyWords,
  fewWords,
  lastWords,
  unitFractionWords,
  vagueSpanWords,
  wholeUnitWords,
  comparisonWords,
  recordWords,
  beginningWords,
  edgeWords,
  weekEndingWords,
  clockWords,
  dateRangeJoiners,
  dayParts,
  dateLinkWords,
  dayContextWords,
  dayWords,
  eraWords,
  monthDayWords,
  meridiemWords,
  monthContextWords,
  periodDivisions,
  periodOpeners,
  periodPartWords,
  seasonWords,
  timeZoneWords,
  yearContextWords,
  type ApproximateWord,
  type DateLinkRole,
  type DateLinkWord,
  type DayPart,
  type EdgeWord,
  type EraWord,
  type MeridiemWord,
  type PeriodDivision,
  type PeriodOpener,
  type PeriodPartWord,
  type TimeZoneWord,
  type UnitFractionWord,
} from './lexicon/context.js';
import { ambiguousMonthNames, decadeNames, hijriMonthNames, monthNames, seasonNames, weekdayNames, type DecadeName, type MonthName, type SeasonName, type WeekdayName } from './lexicon/calendar.js';
import {
  anaphoricWords,
  directionWords,
  durationWords,
  frequencyWords,
  relativeTimeWords,
  vagueTimes,
  type DirectionWord,
  type DurationWord,
  type FrequencyWord,
  type RelativeTime,
  type TimeUnit,
  type VagueTime,
} from './lexicon/relative.js';
import { holidayContextWords, holidays, type Holiday } from './lexicon/holidays.js';

/** The tables of the dates layer. */
export interface DatesTables {
  /** Month names in every system: `{ month: 1, names: ['كانون الثاني', 'يناير', 'جانفي'] }`. */
  readonly monthNames: readonly MonthName[];
  /** Month names that are also words: مارس، آب. */
  readonly ambiguousMonthNames: readonly string[];
  /** Hijri month names: `{ month: 9, names: ['رمضان'] }`. */
  readonly hijriMonthNames: readonly MonthName[];
  /** Weekday names: `{ day: 0, names: ['الأحد'] }`. */
  readonly weekdayNames: readonly WeekdayName[];
  /** Seasons: `{ firstMonth: 6, names: ['الصيف', 'صيف'] }`. */
  readonly seasonNames: readonly SeasonName[];
  /** Decades: `{ tens: 60, names: ['ستينيات', 'ستينات'] }`. */
  readonly decadeNames: readonly DecadeName[];
  /** Days relative to publication: `{ phrase: 'أمس', unit: 'day', offset: -1 }`. */
  readonly relativeTimeWords: readonly RelativeTime[];
  /** Words of direction after a noun of time: `{ word: 'الماضي', offset: -1 }`. */
  readonly directionWords: readonly DirectionWord[];
  /** Words after a noun of time counting from the time before it: `{ word: 'التالي', offset: 1 }`. */
  readonly anaphoricWords: readonly DirectionWord[];
  /** Nouns of time: `{ word: 'أعوام', unit: 'year' }`, duals `{ word: 'عامين', unit: 'year', count: 2 }`. */
  readonly durationWords: readonly DurationWord[];
  /** Vague times: `{ phrase: 'مؤخرا', kind: 'past' }`. */
  readonly vagueTimes: readonly VagueTime[];
  /** Adverbs of frequency: `{ word: 'سنويا', unit: 'year' }`. */
  readonly frequencyWords: readonly FrequencyWord[];
  /** Words that introduce a year: عام، منذ، مطلع. */
  readonly yearContextWords: readonly string[];
  /** Words that introduce a month: في، شهر، منتصف. */
  readonly monthContextWords: readonly string[];
  /** Words that introduce a day written alone or in short digits: في، يوم، بتاريخ. */
  readonly dayContextWords: readonly string[];
  /** Words that name the first day of a month: غرة. */
  readonly monthDayWords: readonly string[];
  /** Words that open a period: `{ phrase: 'منذ', role: 'since' }`. */
  readonly periodOpeners: readonly PeriodOpener[];
  /** Words that join the two ends of a period: "من 2014 إلى 2018". */
  readonly dateRangeJoiners: readonly string[];
  /** Words that bound a duration after an opener: `{ phrase: 'أقل من', bound: 'less' }`. */
  readonly approximateWords: readonly ApproximateWord[];
  /** Words before a day that make the week ending on it: الأسبوع المنتهي في. */
  readonly weekEndingWords: readonly string[];
  /** Words before a counted duration that put it at the start or end of a whole: `{ word: 'أول', position: 'first' }`. */
  readonly edgeWords: readonly EdgeWord[];
  /** Parts of a period: `{ phrase: 'مطلع', kind: 'early' }`. */
  readonly periodPartWords: readonly PeriodPartWord[];
  /** Equal shares of a year: `{ word: 'ربع', parts: 4 }`. */
  readonly periodDivisions: readonly PeriodDivision[];
  /** Era marks after a year: `{ word: 'م', type: 'gregorian' }`. */
  readonly eraWords: readonly EraWord[];
  /** Words that mark a time of day's half: `{ phrase: 'مساء', kind: 'pm' }`. */
  readonly meridiemWords: readonly MeridiemWord[];
  /** Parts of the day: `{ phrase: 'صباح', from: 8, to: 12 }`. */
  readonly dayParts: readonly DayPart[];
  /** The word "day" before a weekday: يوم. */
  readonly dayWords: readonly string[];
  /** The word before a clock time: الساعة. */
  readonly clockWords: readonly string[];
  /** Time zones after a clock time: `{ phrase: 'بتوقيت', named: true }`. */
  readonly timeZoneWords: readonly TimeZoneWord[];
  /** Words that make "N عاما" an age: البالغ، العمر. */
  readonly ageWords: readonly string[];
  /** Words that introduce a sport season: موسم. */
  readonly seasonWords: readonly string[];
  /** Nouns of a fiscal year: العام المالي، السنة المالية. */
  readonly fiscalYearNouns: readonly string[];
  /** The month a state's fiscal year starts: `{ month: 7, places: ['مصر', 'المصرية'] }`. */
  readonly fiscalYearStarts: readonly FiscalYearStart[];
  /** Shares of an hour or a unit after it: `{ phrase: 'والنصف', fraction: 0.5 }`. */
  readonly unitFractionWords: readonly UnitFractionWord[];
  /** Words after a length that belong to it: واحد، كامل، إضافية. */
  readonly durationTailWords: readonly string[];
  /** Words for an unsaid small number: بضعة، عدة، القليلة. */
  readonly fewWords: readonly string[];
  /** Words after "منذ سنوات" that keep it vague: طويلة. */
  readonly vagueSpanWords: readonly string[];
  /** Words for the whole of a unit: طوال، طيلة. */
  readonly wholeUnitWords: readonly string[];
  /** The word "every": كل. */
  readonly everyWords: readonly string[];
  /** The last one of a whole: الأخير. */
  readonly lastWords: readonly string[];
  /** Words before a time that make it a baseline of comparison: مقارنة، عن. */
  readonly comparisonWords: readonly string[];
  /** Words before "منذ X" that make it the start of a record: أعلى، أدنى، لأول مرة. */
  readonly recordWords: readonly string[];
  /** Verbs of beginning before a date that make a figure a running total since it: انطلقت، بدأت، تأسست. */
  readonly beginningWords: readonly string[];
  /** Function words between the parts of a date: `{ word: 'من', role: 'of' }`. */
  readonly dateLinkWords: readonly DateLinkWord[];
  /** Holidays: `{ names: ['عيد الفطر'], type: 'hijri', month: 10, day: 1, days: 3 }`. */
  readonly holidays: readonly Holiday[];
  /** Words that introduce a holiday whose name is also a word: عشية، بمناسبة. */
  readonly holidayContextWords: readonly string[];
}

/** The built-in tables of the dates layer. */
export const datesTables: DatesTables = {
  monthNames,
  ambiguousMonthNames,
  hijriMonthNames,
  weekdayNames,
  seasonNames,
  decadeNames,
  relativeTimeWords,
  directionWords,
  anaphoricWords,
  durationWords,
  vagueTimes,
  frequencyWords,
  yearContextWords,
  monthContextWords,
  dayContextWords,
  monthDayWords,
  periodOpeners,
  dateRangeJoiners,
  approximateWords,
  weekEndingWords,
  edgeWords,
  periodPartWords,
  periodDivisions,
  eraWords,
  meridiemWords,
  dayParts,
  dayWords,
  clockWords,
  timeZoneWords,
  ageWords,
  seasonWords,
  fiscalYearNouns,
  fiscalYearStarts,
  unitFractionWords,
  durationTailWords,
  fewWords,
  vagueSpanWords,
  wholeUnitWords,
  everyWords,
  lastWords,
  comparisonWords,
  recordWords,
  beginningWords,
  dateLinkWords,
  holidays,
  holidayContextWords,
};

/** A share: a non-zero number in `[min, max]`. */
const fractionIn =
  (min: number, max: number) =>
  (v: unknown): string | null =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && v !== 0 ? null : `must be a number from ${min} to ${max} other than 0, got ${String(v)}`;

/** The roles of `dateLinkWords`. */
const dateLinkRoles: readonly DateLinkRole[] = ['of', 'in', 'this', 'same', 'with', 'than', 'or', 'between', 'now'];

const timeUnits: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];

/** Checks of each table's entries where they enter. */
export const datesChecks: TableChecks<DatesTables> = {
  monthNames: record({ month: integerIn(1, 12), names: listOf(phrase) }),
  ambiguousMonthNames: phrase,
  hijriMonthNames: record({ month: integerIn(1, 12), names: listOf(phrase) }),
  weekdayNames: record({ day: integerIn(0, 6), names: listOf(phrase) }),
  seasonNames: record({ firstMonth: integerIn(1, 12), names: listOf(phrase) }),
  decadeNames: record({ tens: integerIn(0, 90), names: listOf(phrase) }),
  relativeTimeWords: record({ phrase, unit: oneOf(['day', 'week', 'month', 'year']), offset: integerIn(-100, 100) }),
  directionWords: record({ word: phrase, offset: integerIn(-1, 1) }),
  anaphoricWords: record({ word: phrase, offset: integerIn(-1, 1) }),
  durationWords: record({ word: phrase, unit: oneOf(timeUnits), count: optional(integerIn(2, 2)), plural: optional(flag) }),
  vagueTimes: record({ phrase, kind: oneOf(['past', 'present', 'future', 'sofar', 'then', 'sinceThen']) }),
  frequencyWords: record({ word: phrase, unit: oneOf(timeUnits) }),
  yearContextWords: phrase,
  monthContextWords: phrase,
  dayContextWords: phrase,
  monthDayWords: phrase,
  periodOpeners: record({ phrase, role: oneOf(['between', 'from', 'since', 'until', 'deadline', 'during', 'within', 'for', 'before', 'after']) }),
  dateRangeJoiners: phrase,
  approximateWords: record({ phrase, bound: oneOf(['less', 'more', 'about']) }),
  weekEndingWords: phrase,
  edgeWords: record({ word: phrase, position: oneOf(['first', 'last']) }),
  periodPartWords: record({ phrase, kind: oneOf(['start', 'early', 'middle', 'late', 'end', 'rest']) }),
  periodDivisions: record({ word: phrase, parts: integerIn(2, 12) }),
  eraWords: record({ word: phrase, type: oneOf(['gregorian', 'hijri']), beforeEpoch: optional(flag), ambiguous: optional(flag) }),
  meridiemWords: record({ phrase, kind: oneOf(['am', 'pm', 'night']) }),
  dayParts: record({ phrase, from: integerIn(0, 23), to: integerIn(0, 23), alone: optional(flag) }),
  dayWords: phrase,
  clockWords: phrase,
  timeZoneWords: record({ phrase, named: flag }),
  ageWords: phrase,
  seasonWords: phrase,
  fiscalYearNouns: phrase,
  fiscalYearStarts: record({ month: integerIn(1, 12), places: listOf(phrase) }),
  unitFractionWords: record({ phrase, fraction: fractionIn(-1, 1) }),
  durationTailWords: phrase,
  fewWords: phrase,
  vagueSpanWords: phrase,
  wholeUnitWords: phrase,
  everyWords: phrase,
  lastWords: phrase,
  comparisonWords: phrase,
  recordWords: phrase,
  beginningWords: phrase,
  dateLinkWords: roleWord(dateLinkRoles),
  holidays: record({
    names: listOf(phrase),
    type: optional(oneOf(['gregorian', 'hijri', 'easter'])),
    month: optional(integerIn(1, 12)),
    day: optional(integerIn(-60, 31)),
    days: optional(integerIn(1, 31)),
    weekday: optional(integerIn(0, 6)),
    nth: optional(integerIn(1, 5)),
    ambiguous: optional(flag),
  }),
  holidayContextWords: phrase,
};

/** Tables of the dates layer a caller extends or replaces. */
export type DatesLexiconInput = TablesInput<DatesTables>;


/** Clitics a time word may carry: و and ف, and the prepositions ب and ل ("بالأمس"، "لعام 2016"). */
const TIME_CLITICS = cliticsButKaf;

/** The fiscal-year starts a document names: by token, the month of the state named there, and the month its states share most. */
export interface FiscalMonths {
  /** Tokens where a state of `fiscalYearStarts` is named, in order. */
  readonly tokens: readonly number[];
  /** The month of the state named at each of `tokens`. */
  readonly months: readonly number[];
  /** The month the most mentions of states share (the first reached of equals), if any. */
  readonly most: number | undefined;
  /** The space tokens that hold a line break, in order. */
  readonly lineBreaks: readonly number[];
}

/** The dates tables compiled into matchers. */
export class DatesLexicon {
  /** The tables, a caller's merged in. */
  readonly tables: DatesTables;
  readonly months: PhraseTable<MonthName>;
  readonly hijriMonths: PhraseTable<MonthName>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: PhraseTable<WeekdayName>;
  /** Folded weekday names without the article (سبت، جمعة), for "كل يوم سبت". */
  readonly bareWeekdays: ReadonlyMap<string, number>;
  readonly seasons: PhraseTable<SeasonName>;
  /** Folded decade name (no article) → its tens. */
  readonly decades: ReadonlyMap<string, number>;
  readonly relatives: PhraseTable<RelativeTime>;
  /** Folded word of direction → its offset. */
  readonly directions: ReadonlyMap<string, number>;
  readonly anaphoric: PhraseTable<DirectionWord>;
  /** Folded noun of time (no article) → its unit. */
  readonly durationUnit: ReadonlyMap<string, TimeUnit>;
  /** Folded dual noun of time → 2. */
  readonly durationCount: ReadonlyMap<string, number>;
  /** Folded plural nouns of time. */
  readonly durationPlural: ReadonlySet<string>;
  readonly vague: PhraseTable<VagueTime>;
  /** Folded adverb of frequency → its unit. */
  readonly frequency: ReadonlyMap<string, TimeUnit>;
  readonly yearContext: ReadonlySet<string>;
  readonly monthContext: ReadonlySet<string>;
  readonly dayContext: ReadonlySet<string>;
  readonly monthDayWords: ReadonlySet<string>;
  readonly periodOpeners: PhraseTable<PeriodOpener>;
  readonly rangeJoiners: ReadonlySet<string>;
  readonly approximate: PhraseTable<ApproximateWord>;
  readonly weekEnding: PhraseTable<string>;
  /** Folded edge word → which end. */
  readonly edgeWords: ReadonlyMap<string, 'first' | 'last'>;
  readonly periodParts: PhraseTable<PeriodPartWord>;
  /** Folded noun of a share (no article) → how many make the whole. */
  readonly divisions: ReadonlyMap<string, number>;
  /** Era marks of words: للميلاد، قبل الميلاد، هجري. */
  readonly eras: PhraseTable<EraWord>;
  /** Era marks written as letters ("م"، "ه"، "ق م"), by their folded letters joined with spaces. */
  readonly eraLetters: ReadonlyMap<string, EraWord>;
  readonly meridiem: PhraseTable<MeridiemWord>;
  readonly dayParts: PhraseTable<DayPart>;
  /** Folded one-word part of the day (no article) → its entry, for الصباح، المساء. */
  readonly dayPartNouns: ReadonlyMap<string, DayPart>;
  readonly dayWords: ReadonlySet<string>;
  readonly clockWords: ReadonlySet<string>;
  readonly timeZones: PhraseTable<TimeZoneWord>;
  readonly ageWords: ReadonlySet<string>;
  readonly seasonWords: ReadonlySet<string>;
  readonly fiscalYearNouns: PhraseTable<string>;
  /** The states (names and demonyms) by the month their fiscal year starts. */
  readonly fiscalPlaces: PhraseTable<FiscalYearStart>;
  /** Where a document keeps the fiscal-year months its lines and whole text name (see the fiscal-year recognizer). */
  readonly fiscalKey = new AnalysisKey<FiscalMonths>('fiscal');
  readonly unitFractions: PhraseTable<UnitFractionWord>;
  readonly durationTail: ReadonlySet<string>;
  readonly few: ReadonlySet<string>;
  readonly vagueSpan: ReadonlySet<string>;
  readonly wholeUnit: ReadonlySet<string>;
  readonly every: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
  readonly comparison: ReadonlySet<string>;
  readonly record: ReadonlySet<string>;
  readonly beginning: ReadonlySet<string>;
  readonly holidays: PhraseTable<Holiday>;
  readonly holidayContext: ReadonlySet<string>;
  /** Folded function words by their role between the parts of a date: `links.of` holds من. */
  readonly links: Readonly<Record<DateLinkRole, ReadonlySet<string>>>;
  /** Words of either role "of" or "in": "في وقت سابق من الشهر"، "لاحقا في هذا الأسبوع". */
  readonly ofOrIn: ReadonlySet<string>;
  /** Where a document keeps its time expressions under these tables, by reference date. */
  readonly timesKey = new AnalysisKey<Map<string, readonly TimeExpression[]>>('times');

  constructor(tables: DatesTables) {
    this.tables = tables;
    this.months = new PhraseTable(tables.monthNames, (m) => m.names, TIME_CLITICS);
    this.hijriMonths = new PhraseTable(tables.hijriMonthNames, (m) => m.names, TIME_CLITICS);
    this.ambiguousMonths = foldedSet(tables.ambiguousMonthNames);
    this.weekdays = new PhraseTable(tables.weekdayNames, (w) => w.names, TIME_CLITICS);
    this.bareWeekdays = new Map(tables.weekdayNames.flatMap((w) => w.names.map((n) => [withoutArticle(foldWord(n)), w.day] as const)));
    this.seasons = new PhraseTable(tables.seasonNames, (s) => s.names, TIME_CLITICS);
    this.decades = new Map(tables.decadeNames.flatMap((d) => d.names.map((n) => [foldWord(n), d.tens] as const)));
    this.relatives = new PhraseTable(tables.relativeTimeWords, (r) => r.phrase, TIME_CLITICS);
    this.directions = new Map(tables.directionWords.map((d) => [foldWord(d.word), d.offset]));
    this.anaphoric = new PhraseTable(tables.anaphoricWords, (a) => a.word);
    this.durationUnit = new Map(tables.durationWords.map((d) => [foldWord(d.word), d.unit]));
    this.durationCount = new Map(tables.durationWords.flatMap((d) => (d.count ? [[foldWord(d.word), d.count] as const] : [])));
    this.durationPlural = new Set(tables.durationWords.filter((d) => d.plural).map((d) => foldWord(d.word)));
    this.vague = new PhraseTable(tables.vagueTimes, (v) => v.phrase, TIME_CLITICS);
    this.frequency = new Map(tables.frequencyWords.map((f) => [foldWord(f.word), f.unit]));
    this.yearContext = foldedSet(tables.yearContextWords);
    this.monthContext = foldedSet(tables.monthContextWords);
    this.dayContext = foldedSet(tables.dayContextWords);
    this.monthDayWords = foldedSet(tables.monthDayWords);
    this.periodOpeners = new PhraseTable(tables.periodOpeners, (p) => p.phrase, TIME_CLITICS);
    this.rangeJoiners = foldedSet(tables.dateRangeJoiners);
    this.approximate = new PhraseTable(tables.approximateWords, (a) => a.phrase);
    this.weekEnding = new PhraseTable(tables.weekEndingWords, (w) => w);
    this.edgeWords = new Map(tables.edgeWords.map((e) => [foldWord(e.word), e.position]));
    this.periodParts = new PhraseTable(tables.periodPartWords, (p) => p.phrase, TIME_CLITICS);
    this.divisions = new Map(tables.periodDivisions.map((d) => [foldWord(d.word), d.parts]));
    const lettersOnly = (e: EraWord): boolean => e.word.split(' ').every((w) => foldWord(w).length === 1);
    this.eras = new PhraseTable(
      tables.eraWords.filter((e) => !lettersOnly(e)),
      (e) => e.word,
      '',
    );
    this.eraLetters = new Map(tables.eraWords.filter(lettersOnly).map((e) => [e.word.split(' ').map(foldWord).join(' '), e]));
    this.meridiem = new PhraseTable(tables.meridiemWords, (m) => m.phrase);
    this.dayParts = new PhraseTable(tables.dayParts, (p) => p.phrase, TIME_CLITICS);
    this.dayPartNouns = new Map(tables.dayParts.filter((p) => !p.phrase.includes(' ')).map((p) => [foldWord(p.phrase), p]));
    this.dayWords = foldedSet(tables.dayWords);
    this.clockWords = foldedSet(tables.clockWords);
    this.timeZones = new PhraseTable(tables.timeZoneWords, (z) => z.phrase);
    this.ageWords = foldedSet(tables.ageWords);
    this.seasonWords = foldedSet(tables.seasonWords);
    this.fiscalYearNouns = new PhraseTable(tables.fiscalYearNouns, (n) => n, TIME_CLITICS);
    this.fiscalPlaces = new PhraseTable(tables.fiscalYearStarts, (f) => f.places, TIME_CLITICS);
    this.unitFractions = new PhraseTable(tables.unitFractionWords, (f) => f.phrase);
    this.durationTail = foldedSet(tables.durationTailWords);
    this.few = foldedSet(tables.fewWords);
    this.vagueSpan = foldedSet(tables.vagueSpanWords);
    this.wholeUnit = foldedSet(tables.wholeUnitWords);
    this.every = foldedSet(tables.everyWords);
    this.last = foldedSet(tables.lastWords);
    this.comparison = foldedSet(tables.comparisonWords);
    this.record = foldedSet(tables.recordWords);
    this.beginning = foldedSet(tables.beginningWords);
    this.holidays = new PhraseTable(tables.holidays, (h) => h.names, TIME_CLITICS);
    this.holidayContext = foldedSet(tables.holidayContextWords);
    this.links = wordsByRole(tables.dateLinkWords, dateLinkRoles);
    this.ofOrIn = new Set([...this.links.of, ...this.links.in]);
  }
}

/** The dates tables (merged with a caller's `lexicon`), compiled once per table object. */
export const datesLexicon: (fn: string, lexicon: unknown) => DatesLexicon = /* @__PURE__ */ compiledOnce(
  (fn, input) => new DatesLexicon(mergeTables(fn, datesTables, input, datesChecks)),
);
