import type { TokenStream } from '../../numbers/tokens.js';
import { conjunctionAnd, withoutArticle } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { isoYear, yearBeforeEpoch } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { EraWord } from '../lexicon/context.js';
import { daysResolution } from '../resolve.js';
import { hijriSpan } from '../hijri.js';
import { numberStartingAt, plainInteger, unitNounAt, unitWords, wordIn, yearAt, yearNounAt, type DateContext, type TimeRecognizer, type YearNumber } from './context.js';

/** Years read from digits with nothing to introduce them: outside this range a number is more likely a count than a year. */
const BARE_YEARS = { min: 1900, max: 2100 };

/** Years a text writes in four digits: a year paired with another one may be any of them. */
const FOUR_DIGIT_YEARS = { min: 1000, max: 2999 };

/**
 * Most years between the two ends of a pair of years with no word to make them
 * years ("( 1882 - 1963 )": a life, a reign, a war): beyond it "1500 - 2000" is
 * more likely a range of figures.
 */
const MAX_PAIRED_SPAN = 150;

/** Most words between the dash and the second year of a pair: "1600- لندن 1649 م" (a place of birth and of death). */
const MAX_WORDS_IN_PAIR = 2;

/** Most tokens between a year and the joiner after it: "300 ق . م . و300 م." (the number, two letters, two dots). */
const MAX_TOKENS_BACK = 6;

/**
 * A year: after a word that introduces one ("عام 2014"، "منذ 2011"، "وفي
 * 2017"، "بعام 1882"، "سنتي 9000 ق.م." — any year 1000–2999), with its era
 * mark ("2003م"، "عام 1994 م"، "1436 هـ" — a Hijri year, resolved to its
 * Gregorian days; "150 ق.م."، "600 ق م"، "2698 قبل الميلاد" — before the
 * epoch, the ISO year −149 …; "630 هـ"، "765 للميلاد" — a mark makes any year
 * one), a year 1900–2100 standing alone at the end of its clause, in brackets
 * ("(1949)"), or joined to another year ("1974 و1982"), and a year paired
 * with another one whose era or place makes both years: "( 1882 - 1963 )"،
 * "دانفيرملين 1600- لندن 1649 م"، "بين عامي 2357 و 2255 قبل الميلاد" (the era
 * written once after the second counts both), "300 ق.م. و300 م.".
 */
export const year: TimeRecognizer = {
  name: 'year',
  starts: { digits: true, words: (l) => unitWords(l, ['year'], false) },
  read(context, k) {
    const { tokens } = context;
    // The noun "year" before the digits starts the expression.
    const noun = tokens.isWord(k) ? yearNounAt(context, k) : null;
    if (noun) {
      const y = tokens.next(k);
      const found = y >= 0 ? yearAt(context, y, FOUR_DIGIT_YEARS.min, FOUR_DIGIT_YEARS.max, true) : null;
      if (!found) return null;
      return resolved(k, withPartnerEra(context, found), noun.skip);
    }
    if (plainInteger(tokens, k) === null) return null;
    const found = yearAt(context, k, FOUR_DIGIT_YEARS.min, FOUR_DIGIT_YEARS.max, markedBefore(context, k));
    if (found?.calendar) return resolved(k, found, 0);
    if (!found || countsTime(context, found.end)) return null;
    const paired = withPartnerEra(context, found);
    if (paired !== found) return resolved(k, paired, 0);
    if (introduced(context, k) || standsAlone(context, k, found.year) || pairedWithYear(context, k, found.year)) return resolved(k, found, 0);
    return null;
  },
};

/** True when a noun of time follows the number: "منذ 1500 عام" counts years, it names none. */
function countsTime(context: DateContext, end: TokenIndex): boolean {
  const next = context.tokens.next((end - 1) as TokenIndex);
  const unit = next >= 0 ? unitNounAt(context, next) : null;
  return unit !== null && !unit.definite;
}

function resolved(k: TokenIndex, found: YearNumber, skip: number): TimeExpression | null {
  const s = skip ? { skip } : {};
  const { end } = found;
  if (found.calendar === 'hijri') {
    const span = hijriSpan(found.year);
    return { start: k, end, kind: 'date', grain: 'year', ...(span ? daysResolution(span.first, span.last) : {}), ...s };
  }
  const iso = isoYear(found.year);
  return { start: k, end, kind: 'date', grain: 'year', from: iso, to: iso, ...s };
}

/**
 * An unmarked year before another one that carries an era the first must share:
 * "عامي 2357 و 2255 قبل الميلاد" (both before the epoch), "1434 و1435 هـ" (both
 * Hijri). A Gregorian mark changes nothing: the first is read as it stands.
 */
function withPartnerEra(context: DateContext, found: YearNumber): YearNumber {
  if (found.calendar) return found;
  const { tokens } = context;
  const joiner = tokens.next((found.end - 1) as TokenIndex);
  if (!isPairJoiner(context, joiner)) return found;
  const partner = yearAt(context, tokens.next(joiner));
  const era: EraWord | undefined = partner?.era;
  if (!partner || !era || (!era.beforeEpoch && era.type !== 'hijri')) return found;
  if (era.beforeEpoch) return joined(found, { year: yearBeforeEpoch(found.year), calendar: 'gregorian' as const, era });
  return joined(found, { calendar: 'hijri' as const, era });
}

/** True at a word that joins two years: a standalone و, a dash, إلى, حتى. */
function isPairJoiner(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  return tokens.isAnd(k) || tokens.isPunct(k, '-') || wordIn(tokens, k, lexicon.rangeJoiners, conjunctionAnd);
}

/**
 * True when a year with a sure era mark ends right before the joiner before `k`:
 * "300 ق.م. و300 م." — the second 300 is a year, and its م the era, not metres.
 */
function markedBefore(context: DateContext, k: TokenIndex): boolean {
  const { tokens } = context;
  const joiner = tokens.previous(k);
  if (!isPairJoiner(context, joiner)) return false;
  let j = tokens.previous(joiner);
  for (let i = 0; i < MAX_TOKENS_BACK && j >= 0 && !tokens.isNumeral(j) && plainInteger(tokens, j) === null; i++) j = tokens.previous(j);
  const before = j >= 0 ? yearAt(context, j, FOUR_DIGIT_YEARS.min, FOUR_DIGIT_YEARS.max) : null;
  if (before === null || before.era === undefined || before.era.ambiguous) return false;
  // The year and its mark reach the joiner: only the mark's last dot may stand between.
  let after = tokens.next((before.end - 1) as TokenIndex);
  if (tokens.isPunct(after, '.')) after = tokens.next(after);
  return after === joiner;
}

/** True when a word that introduces a year stands before the digits (a glued و، ف، ب or ل allowed). */
function introduced(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  const before = tokens.previousWord(k);
  if (before >= 0 && wordIn(tokens, before, lexicon.yearContext)) return true;
  // "منذ2009": the word glued to the digits.
  const glued = (k - 1) as TokenIndex;
  return glued >= 0 && tokens.isWord(glued) && tokens.end(glued) === tokens.start(k) && wordIn(tokens, glued, lexicon.yearContext);
}

/** A bare year: at the end of its clause, in brackets, or joined to another year by و. */
function standsAlone(context: DateContext, k: TokenIndex, value: number): boolean {
  const { tokens } = context;
  if (value < BARE_YEARS.min || value > BARE_YEARS.max || tokens.text(k).length !== 4) return false;
  const next = tokens.next(k);
  if (next < 0 || tokens.isPunct(next)) return true;
  if (tokens.isPunct(tokens.previous(k), '(') && tokens.isPunct(next, ')')) return true;
  // "1974 و1982"، "2014 و2015": both ends of a pair of years.
  const joined = joinedYear(tokens, next);
  if (joined !== null && joined >= BARE_YEARS.min && joined <= BARE_YEARS.max) return true;
  const before = tokens.previous(k);
  if (before >= 0 && tokens.isAnd(before) && isBareYear(tokens, tokens.previous(before))) return true;
  // "من 2014 إلى 2018": both ends of a span of years.
  const { lexicon } = context;
  if (wordIn(tokens, next, lexicon.rangeJoiners, conjunctionAnd) && isBareYear(tokens, tokens.next(next))) return true;
  if (before >= 0 && wordIn(tokens, before, lexicon.rangeJoiners, conjunctionAnd) && isBareYear(tokens, tokens.previous(before))) return true;
  // "2016 الربع الثالث": a year before a share of it.
  if (tokens.isWord(next) && lexicon.divisions.has(withoutArticle(tokens.text(next)))) return true;
  // "في الربع الأخير من 2010 إلى 11.9%": the whole of a share before it, whatever follows.
  const of = tokens.previousWord(k);
  return of >= 0 && lexicon.links.of.has(tokens.text(of)) && endsShare(context, tokens.previousWord(of));
}

/** True when word `k` is the ordinal of a share: "الربع الأخير"، "النصف الأول"، "الفصل الرابع والأخير". */
function endsShare(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon, document } = context;
  if (k < 0) return false;
  const last = lexicon.last.has(tokens.text(k)) || (tokens.text(k).startsWith(conjunctionAnd) && lexicon.last.has(tokens.tail(k)));
  // "الفصل الرابع والأخير": the ordinal before the "and last".
  const ordinal = last && tokens.text(k).startsWith(conjunctionAnd) ? tokens.previousWord(k) : k;
  if (ordinal < 0 || (!last && numberStartingAt(document, ordinal)?.kind !== 'ordinal')) return false;
  const division = tokens.previousWord(ordinal);
  return division >= 0 && lexicon.divisions.has(withoutArticle(tokens.text(division)));
}

/**
 * A four-digit year dashed to a later one that is sure to be a year, within a
 * lifetime of it: "( 1882 - 1963 )" (the second ends its clause), "دانفيرملين
 * 1600- لندن 1649 م" (places between, the second marked), "( 1825 - 1899 )"
 * (both in brackets) — and the second of such a pair.
 */
function pairedWithYear(context: DateContext, k: TokenIndex, value: number): boolean {
  const { tokens } = context;
  if (tokens.text(k).length !== 4) return false;
  // The first of the pair: a dash, up to two words, the later year.
  const dash = tokens.next(k);
  if (tokens.isPunct(dash, '-')) {
    let y = tokens.next(dash);
    for (let i = 0; i < MAX_WORDS_IN_PAIR && tokens.isWord(y); i++) y = tokens.next(y);
    const later = plainInteger(tokens, y);
    if (later !== null && later > value && later - value <= MAX_PAIRED_SPAN && tokens.text(y).length === 4) {
      const second = yearAt(context, y);
      if (second?.era) return true;
      const after = tokens.next(y);
      if (y === tokens.next(dash) && (standsAlone(context, y, later) || (tokens.isPunct(tokens.previous(k), '(') && tokens.isPunct(after, ')')))) return true;
    }
  }
  // The second: "( 1825 - 1899 )".
  const before = tokens.previous(k);
  if (!tokens.isPunct(before, '-') || !tokens.isPunct(tokens.next(k), ')')) return false;
  const x = tokens.previous(before);
  const earlier = plainInteger(tokens, x);
  return earlier !== null && earlier < value && value - earlier <= MAX_PAIRED_SPAN && tokens.text(x).length === 4 && tokens.isPunct(tokens.previous(x), '(');
}

/** The year after a standalone or glued و at `k`, if any. */
function joinedYear(tokens: TokenStream, k: TokenIndex): number | null {
  if (tokens.isAnd(k)) {
    const y = tokens.next(k);
    return y >= 0 && tokens.text(y).length === 4 ? plainInteger(tokens, y) : null;
  }
  return null;
}

function isBareYear(tokens: TokenStream, k: TokenIndex): boolean {
  const v = plainInteger(tokens, k);
  return v !== null && tokens.text(k).length === 4 && v >= BARE_YEARS.min && v <= BARE_YEARS.max;
}
