/**
 * What every recognizer reads, and the small readers they share: a day of the
 * month, a year, a noun of time, a word of direction. Each reader looks at a
 * bounded number of tokens, so a recognizer built from them does constant work
 * at a position.
 */
import type { TextDocument } from '../../numbers/document.js';
import type { ParsedNumber } from '../../numbers/grammar.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { article, liArticle, startsWithLetterOf, stemCandidates, withoutArticle, wordClitics } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import { joined, type TimeExpression } from '../expression.js';
import type { DatesLexicon } from '../lexicon.js';
import type { TimeUnit } from '../lexicon/relative.js';
import type { EraWord } from '../lexicon/context.js';
import { yearBeforeEpoch } from '../calendar.js';

/** What every recognizer reads: the document, its tokens, the compiled tables and the reference date. */
export interface DateContext {
  readonly document: TextDocument;
  readonly tokens: TokenStream;
  readonly lexicon: DatesLexicon;
  /** The publication date relative words resolve against, if known. */
  readonly reference: Date | undefined;
  /** The month fiscal years start in, when the caller knows it (1 to 12); else the text's state decides. */
  readonly fiscalYearStart?: number;
  /**
   * The noun of time read at each word, by its text number (`TokenStream.textId`), once per scan:
   * several recognizers ask for the same word, and an article repeats its words (عام، العام).
   */
  readonly nouns?: Array<UnitNoun | null | undefined>;
}

/**
 * A small rule that reads one kind of time expression starting at token `k`,
 * or returns null. Each does a constant amount of work at a position (a few
 * tokens of lookahead), so scanning a whole text stays linear.
 */
export interface TimeRecognizer {
  /** What it reads, for debugging and tests. */
  readonly name: string;
  /**
   * Where the expressions it reads can start: at digits, at a number in words
   * ("الرابع من مايو"، "ثلاثة أشهر"), at the words it lists (folded, without
   * clitics or the article). The scanner tries it nowhere else, so that a word
   * no recognizer starts with costs one lookup.
   */
  readonly starts: { readonly digits?: boolean; readonly numbers?: boolean; words?(lexicon: DatesLexicon): Iterable<string> };
  /** The expression starting at `k`, if this rule reads one there. */
  read(context: DateContext, k: TokenIndex): TimeExpression | null;
}

/**
 * The nouns of time of `units` (folded, as the duration table keys them), for a recognizer's
 * start words: a rule that reads only a year after its noun ("عام 2014") need not be tried at
 * every يوم or ساعة. With `plural`, only the plurals (or only the singulars and duals when false).
 */
export function unitWords(lexicon: DatesLexicon, units: readonly TimeUnit[], plural?: boolean): string[] {
  const words: string[] = [];
  for (const [noun, unit] of lexicon.durationUnit) {
    if (units.includes(unit) && (plural === undefined || lexicon.durationPlural.has(noun) === plural)) words.push(noun);
  }
  return words;
}

/** The plain integer value of the digits at token `k` (glued ones too: "2017آخر"), or null. */
export function plainInteger(tokens: TokenStream, k: TokenIndex): number | null {
  if (k < 0 || k >= tokens.length) return null;
  const n = tokens.numeral(k);
  return n && n.plainInteger ? n.value : null;
}

/** The number expression starting at token `k`, if any. */
export function numberStartingAt(document: TextDocument, k: TokenIndex): ParsedNumber | undefined {
  const n = document.numberAt(k);
  return n && n.start === k ? n : undefined;
}

/** True when word `k`, or its stem behind one glued letter of `clitics`, is in `words`. */
export function wordIn(tokens: TokenStream, k: TokenIndex, words: ReadonlySet<string>, clitics: string = wordClitics): boolean {
  if (!tokens.isWord(k)) return false;
  const word = tokens.text(k);
  if (words.has(word)) return true;
  // Most words of a text carry no clitic: only those that may are cut.
  if (!startsWithLetterOf(clitics, word)) return false;
  const stems = stemCandidates(word, clitics);
  return stems.length > 1 && words.has(stems[1]!);
}

/** Leading clitic characters of word `k` when its stem behind them is in `words` ("وفي" → 1), else 0. */
export function cliticBefore(tokens: TokenStream, k: TokenIndex, words: ReadonlySet<string>, clitics: string = wordClitics): number {
  const word = tokens.text(k);
  if (words.has(word)) return 0;
  return word.length > 2 && clitics.includes(word[0]!) && words.has(word.slice(1)) ? 1 : 0;
}

/** A noun of time at word `k` with or without the article and clitics (العام، الأشهر، وعامين). */
export interface UnitNoun {
  readonly unit: TimeUnit;
  /** 2 for a dual. */
  readonly count?: number;
  /** True with the article: العام. */
  readonly definite: boolean;
  /** True for a plural: أعوام، الأشهر. */
  readonly plural: boolean;
  /** The bare noun: عام، أشهر. */
  readonly noun: string;
}

/** Reads a noun of time at word `k` (once per word and scan). */
export function unitNounAt(context: DateContext, k: TokenIndex): UnitNoun | null {
  const { tokens, nouns } = context;
  if (!tokens.isWord(k)) return null;
  const text = tokens.textId(k);
  const cached = nouns?.[text];
  if (cached !== undefined) return cached;
  const noun = readUnitNoun(context, k);
  if (nouns) nouns[text] = noun;
  return noun;
}

function readUnitNoun(context: DateContext, k: TokenIndex): UnitNoun | null {
  const { tokens, lexicon } = context;
  const word = tokens.text(k);
  const bare = withoutArticle(word);
  const definite = bare !== word && bare.length < word.length;
  for (const noun of definite ? [bare] : stemCandidates(word, wordClitics)) {
    const unit = lexicon.durationUnit.get(noun);
    if (unit === undefined) continue;
    const count = lexicon.durationCount.get(noun);
    return { unit, definite, noun, plural: lexicon.durationPlural.has(noun), ...(count ? { count } : {}) };
  }
  return null;
}

/**
 * The noun "year" at `k` that belongs to the year after it ("عام 2014"، "العام
 * 2010"، "لعام 2016"، "العامين 1910 و1912"), and the letters of a clitic glued
 * before it and its article, left out of a span; or null.
 */
export function yearNounAt(context: DateContext, k: TokenIndex): { skip: number } | null {
  const unit = unitNounAt(context, k);
  if (!unit || unit.unit !== 'year' || unit.plural) return null;
  const word = context.tokens.text(k);
  const rest = word.length - unit.noun.length - (unit.definite ? 2 : 0);
  // "للعام" writes ل + ال as لل: one clitic letter.
  return { skip: Math.max(0, unit.definite && word.startsWith(liArticle) ? rest - 1 + 1 : rest) };
}

/** The noun "month" at `k` before a month name: "شهر يناير"، "شهري يوليو وأغسطس". */
export function isMonthNoun(context: DateContext, k: TokenIndex): boolean {
  const unit = unitNounAt(context, k);
  return unit !== null && unit.unit === 'month' && !unit.definite && !unit.plural;
}

/** The offset of a word of direction at `k` (الماضي → −1, الجاري → 0, المقبل → 1), or undefined. */
export function directionAt(context: DateContext, k: TokenIndex): number | undefined {
  const { tokens, lexicon } = context;
  if (!tokens.isWord(k)) return undefined;
  return lexicon.directions.get(tokens.text(k));
}

/** Most days a month has. */
const MAX_DAY = 31;

/** A day of the month read at `k`, and where it ends. */
export interface DayNumber {
  readonly day: number;
  readonly end: TokenIndex;
  /** True when written in digits. */
  readonly digits: boolean;
  /** Characters of a clitic or article glued before it ("الـ20"، "للثاني"). */
  readonly skip: number;
}

/**
 * A day of the month at `k`: digits ("15"، "الـ20" — the article written
 * before digits), or an ordinal ("الرابع"، "الحادي والعشرين"، "أول") or, when
 * `cardinalWords`, a number word ("واحد وعشرين").
 */
export function dayNumberAt(context: DateContext, k: TokenIndex, cardinalWords = false): DayNumber | null {
  const { document, tokens } = context;
  if (k < 0 || k >= tokens.length) return null;
  const digits = plainInteger(tokens, k);
  if (digits !== null) {
    if (digits < 1 || digits > MAX_DAY || tokens.text(k).length > 2) return null;
    return { day: digits, end: (k + 1) as TokenIndex, digits: true, skip: 0 };
  }
  if (!tokens.isWord(k)) return null;
  // "الـ20": the article written before digits, glued to them.
  if (tokens.text(k) === article && tokens.end(k) === tokens.start((k + 1) as TokenIndex)) {
    const after = plainInteger(tokens, (k + 1) as TokenIndex);
    if (after !== null && after >= 1 && after <= MAX_DAY) return { day: after, end: (k + 2) as TokenIndex, digits: true, skip: 0 };
    return null;
  }
  const n = numberStartingAt(document, k);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_DAY) return null;
  if (n.kind !== 'ordinal' && !(cardinalWords && n.kind === 'cardinal')) return null;
  // Digits inside a number word expression ("15 ألف") are not a day.
  for (let j = k; j < n.end; j++) if (tokens.isNumeral(j)) return null;
  return { day: n.value, end: n.end, digits: false, skip: 0 };
}

/** A year read at `k`: its value, where it ends, and the calendar written after it. */
export interface YearNumber {
  /** The year as ISO counts it: as written, and for a year before the epoch the astronomical year ("150 ق.م." → −149). */
  readonly year: number;
  readonly end: TokenIndex;
  /** `hijri` after هـ or هجري, `gregorian` after م or ميلادي, undefined when unmarked. */
  readonly calendar?: 'gregorian' | 'hijri';
  /** True when written in digits. */
  readonly digits: boolean;
  /** The era mark written after it, if any. */
  readonly era?: EraWord;
}

/** Most letters an era abbreviation has: "ق.م." is two. */
const MAX_ERA_LETTERS = 2;

/** Largest year counted before the epoch a text writes in digits: "16000 ق.م.". */
const MAX_YEAR_BEFORE_EPOCH = 99_999;

/** Largest Hijri year: 1600 AH is 2174. */
const MAX_HIJRI_YEAR = 1600;

/**
 * The era mark at `k`, and where it ends: a word or words ("للميلاد"، "قبل
 * الميلاد"، "هجري") or letters with or without dots ("م"، "هـ"، "ق.م."، "ق . م"),
 * the last dot left to the sentence.
 */
export function eraAt(context: DateContext, k: TokenIndex): { era: EraWord; end: TokenIndex } | null {
  const { tokens, lexicon } = context;
  if (!tokens.isWord(k)) return null;
  const words = lexicon.eras.matchAt(tokens, k);
  if (words) return { era: words.entry, end: words.end };
  let best: { era: EraWord; end: TokenIndex } | null = null;
  let key = '';
  let j = k;
  for (let i = 0; i < MAX_ERA_LETTERS && tokens.isWord(j) && tokens.text(j).length === 1; i++) {
    key = key === '' ? tokens.text(j) : `${key} ${tokens.text(j)}`;
    const era = lexicon.eraLetters.get(key);
    if (era) best = { era, end: (j + 1) as TokenIndex };
    j = tokens.next(j);
    if (tokens.isPunct(j, '.')) j = tokens.next(j);
  }
  return best;
}

/**
 * A year at `k` in digits or words ("2014"، "ألفين وثمانية عشر"), with the era
 * mark after it if any ("2003م"، "1436 هـ"، "150 ق.م."). Unmarked values outside
 * `[min, max]` are refused; a mark makes smaller years ones too ("630 هـ"، "31
 * ق.م."، "765 للميلاد"), except the mark that is also a unit (م: "100 م" is
 * metres) unless `smallMarked` says a word before makes it a year ("عام 70م").
 */
export function yearAt(context: DateContext, k: TokenIndex, min = 1000, max = 2999, smallMarked = false): YearNumber | null {
  const { document, tokens } = context;
  if (k < 0 || k >= tokens.length) return null;
  let year = plainInteger(tokens, k);
  let end = (k + 1) as TokenIndex;
  let digits = true;
  if (year === null) {
    if (!tokens.isWord(k)) return null;
    const n = numberStartingAt(document, k);
    if (!n || n.kind !== 'cardinal' || !Number.isInteger(n.value)) return null;
    for (let j = k; j < n.end; j++) if (tokens.isNumeral(j)) return null;
    year = n.value;
    end = n.end;
    digits = false;
  }
  const width = digits ? tokens.text(k).length : 0;
  // The era mark, glued ("2003م") or after a space ("1436 هـ"), with its last dot ("هـ."، "ق.م.") left to punctuation.
  const mark = eraAt(context, tokens.next((end - 1) as TokenIndex));
  if (mark && year >= 1) {
    const { era } = mark;
    const marked = { end: mark.end, calendar: era.type, digits, era };
    if (era.beforeEpoch) return era.type === 'gregorian' && year <= MAX_YEAR_BEFORE_EPOCH ? joined(marked, { year: yearBeforeEpoch(year) }) : null;
    if (width > 4) return null;
    if (era.type === 'hijri') return year <= MAX_HIJRI_YEAR ? joined(marked, { year }) : null;
    if (year <= max && (year >= min || !era.ambiguous || smallMarked)) return joined(marked, { year });
  }
  if (width > 4 || year < min || year > max) return null;
  return { year, end, digits };
}

/** The token after `k` when it is the word `word` (folded), else {@link NO_TOKEN}. */
export function nextWordIs(tokens: TokenStream, k: TokenIndex, word: string): TokenIndex {
  const j = tokens.nextWord(k);
  return j >= 0 && tokens.text(j) === word ? j : NO_TOKEN;
}

/** The last token of a range `[start, end)`. */
export const lastOf = (end: TokenIndex): TokenIndex => ((end - 1) as TokenIndex);

/** True when nothing but space stands between tokens `a` (exclusive) and `b`: `b` directly follows `a`. */
export function follows(tokens: TokenStream, a: TokenIndex, b: TokenIndex): boolean {
  return b >= 0 && tokens.next(a) === b;
}

/** True when token `k` ends its clause: punctuation, a line break, or the end of the text. */
export function endsClause(tokens: TokenStream, k: TokenIndex): boolean {
  const j = tokens.next(k);
  return j < 0 || tokens.isPunct(j);
}

/** The alif of the accusative indefinite: عاما، يوما. */
const ACCUSATIVE = 'ا';

/** True when a scale word, a percent sign, a unit of measure or a noun of time follows ("5-8 أعوام"): the digits are a figure. */
export function followedByQuantity(context: DateContext, end: TokenIndex): boolean {
  const { tokens } = context;
  const next = tokens.next((end - 1) as TokenIndex);
  if (next < 0) return false;
  if (tokens.isPunct(next, '%')) return true;
  // A counted noun of time: a plural or the accusative singular counts take from 11 to 99 ("5-8 أعوام"، "10-15 عاما");
  // a date may be followed by its day or year word ("22/4 يوم الأحد").
  const unit = unitNounAt(context, next);
  if (unit !== null && !unit.definite && (unit.plural || unit.noun.endsWith(ACCUSATIVE))) return true;
  const reading = tokens.reading(next);
  return reading !== null && reading.senses.some((s) => s.type === 'scale');
}
