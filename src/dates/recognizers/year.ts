import type { TokenStream } from '../../numbers/tokens.js';
import { withoutArticle } from '../../text/clitics.js';
import { tokenIndex, type TokenIndex } from '../../text/coordinates.js';
import { isoYear } from '../calendar.js';
import type { TimeExpression } from '../expression.js';
import { daysResolution } from '../resolve.js';
import { hijriSpan } from '../hijri.js';
import { plainInteger, wordIn, yearAt, yearNounAt, type DateContext, type TimeRecognizer } from './context.js';

/** Years read from digits with nothing to introduce them: outside this range a number is more likely a count than a year. */
const BARE_YEARS = { min: 1900, max: 2100 };

/** Hijri years news writes with هـ. */
const HIJRI_YEARS = { min: 1300, max: 1600 };


/**
 * A year: after a word that introduces one ("عام 2014"، "منذ 2011"، "وفي
 * 2017"، "بعام 1882" — any year 1000–2999), with its era mark ("2003م"، "عام
 * 1994 م"، "1436 هـ" — a Hijri year, resolved to its Gregorian days), or a
 * year 1900–2100 standing alone at the end of its clause, in brackets
 * ("(1949)"), or joined to another year ("1974 و1982").
 */
export const year: TimeRecognizer = {
  name: 'year',
  starts: { digits: true, words: (l) => l.durationUnit.keys() },
  read(context, k) {
    const { tokens } = context;
    // The noun "year" before the digits starts the expression.
    const noun = tokens.isWord(k) ? yearNounAt(context, k) : null;
    if (noun) {
      const y = tokens.next(k);
      const found = y >= 0 ? yearAt(context, y, 1000) : null;
      if (!found) return null;
      return resolved(context, k, found.year, found.end, found.calendar, noun.skip);
    }
    if (plainInteger(tokens, k) === null) return null;
    const found = yearAt(context, k, 1000);
    if (!found) return null;
    if (found.calendar) return resolved(context, k, found.year, found.end, found.calendar, 0);
    if (introduced(context, k) || standsAlone(context, k, found.year)) return resolved(context, k, found.year, found.end, undefined, 0);
    return null;
  },
};

function resolved(context: DateContext, k: TokenIndex, value: number, end: TokenIndex, calendar: 'gregorian' | 'hijri' | undefined, skip: number): TimeExpression | null {
  const s = skip ? { skip } : {};
  if (calendar === 'hijri') {
    if (value < HIJRI_YEARS.min || value > HIJRI_YEARS.max) return null;
    const span = hijriSpan(value);
    return { start: k, end, kind: 'date', grain: 'year', ...(span ? daysResolution(span.first, span.last) : {}), ...s };
  }
  const iso = isoYear(value);
  return { start: k, end, kind: 'date', grain: 'year', from: iso, to: iso, ...s };
}

/** True when a word that introduces a year stands before the digits (a glued و، ف، ب or ل allowed). */
function introduced(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  const before = tokens.previousWord(k);
  if (before >= 0 && wordIn(tokens, before, lexicon.yearContext)) return true;
  // "منذ2009": the word glued to the digits.
  const glued = tokenIndex(k - 1);
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
  if (wordIn(tokens, next, lexicon.rangeJoiners, 'و') && isBareYear(tokens, tokens.next(next))) return true;
  if (before >= 0 && wordIn(tokens, before, lexicon.rangeJoiners, 'و') && isBareYear(tokens, tokens.previous(before))) return true;
  // "2016 الربع الثالث": a year before a share of it.
  return tokens.isWord(next) && lexicon.divisions.has(withoutArticle(tokens.text(next)));
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

