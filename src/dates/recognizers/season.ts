import { article } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { isoMonth, type Resolution } from '../calendar.js';
import { directionAt, endsClause, lastOf, plainInteger, wordIn, yearAt, yearNounAt, type DateContext, type TimeRecognizer } from './context.js';

/** The months a football season runs: August to May. */
const SEASON_START = 8;
const SEASON_END = 5;

/** A definite nisba adjective ("العربي") after a season names something else: "الربيع العربي". */
const NISBA = /^ال.+يه?$/u;

/**
 * A season of the year: "الصيف"، "صيف 2016"، "الربيع القادم"، "هذا الصيف"، "فصل
 * الشتاء"، "ربيع عام 1978" — three months, winter from December; without a
 * year, the one of the publication year. Alone it needs a word before it that
 * introduces a time, and is refused before a nisba adjective ("الربيع العربي").
 *
 * And a season of sport, August to May: "موسم 2017/2018"، "الموسم الحالي"، "الموسم الماضي".
 */
export const season: TimeRecognizer = {
  name: 'season',
  starts: { words: (l) => [...l.seasons.firstWords(), ...l.seasonWords, ...l.links.this] },
  read(context, k) {
    const { tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    if (lexicon.seasonWords.has(tokens.text(k))) return sportSeason(context, k);
    let j = k;
    let introduced = false;
    // "هذا الصيف": the demonstrative makes a season a time.
    if (lexicon.links.this.has(tokens.text(j))) {
      j = tokens.nextWord(j);
      introduced = true;
      if (j < 0) return null;
    }
    const m = lexicon.seasons.matchAt(tokens, j);
    if (!m) return null;
    const first = m.entry.firstMonth;
    const next = tokens.next(lastOf(m.end));
    const skip = m.clitic && j === k ? { skip: m.clitic } : {};
    // A year: "صيف 2016"، "ربيع عام 1978".
    let y = next;
    if (tokens.isWord(y) && yearNounAt(context, y)) y = tokens.next(y);
    const year = y >= 0 ? yearAt(context, y) : null;
    if (year && year.calendar !== 'hijri') return { start: k, end: year.end, kind: 'period', grain: 'season', ...seasonOf(first, year.year), ...skip };
    const offset = directionAt(context, next);
    const { reference } = context;
    if (offset !== undefined) {
      return { start: k, end: (next + 1) as TokenIndex, kind: 'relative', grain: 'season', ...(reference ? seasonOf(first, seasonYear(first, reference) + offset) : {}), ...skip };
    }
    if (tokens.isWord(next) && NISBA.test(tokens.text(next))) return null;
    const before = tokens.previousWord(k);
    // Alone, a definite season ending its clause is a time ("سأرحل الصيف."); elsewhere a word must introduce it.
    const alone = m.entry.names.length > 0 && tokens.text(lastOf(m.end)).startsWith(article) && endsClause(tokens, lastOf(m.end));
    if (!introduced && !alone && !(before >= 0 && wordIn(tokens, before, lexicon.monthContext))) return null;
    return { start: k, end: m.end, kind: 'period', grain: 'season', ...(reference ? seasonOf(first, seasonYear(first, reference)) : {}), ...skip };
  },
};

/** The months of a season in a year (winter runs into the next). */
function seasonOf(first: number, year: number): Resolution {
  const lastMonth = first + 2;
  return { from: isoMonth(year, first), to: isoMonth(year + Math.floor((lastMonth - 1) / 12), ((lastMonth - 1) % 12) + 1) };
}

/** The year of the season meant without one: the publication year's, winter the one running at or after it. */
function seasonYear(first: number, reference: Date): number {
  const y = reference.getUTCFullYear();
  // January and February belong to the winter that began the December before.
  return first === 12 && reference.getUTCMonth() + 1 <= 2 ? y - 1 : y;
}

/** "موسم 2017/2018"، "الموسم الحالي": a football season, August to May. */
function sportSeason(context: DateContext, k: TokenIndex) {
  const { tokens, reference } = context;
  const next = tokens.next(k);
  const first = plainInteger(tokens, next);
  if (first !== null && first >= 1900 && first <= 2100) {
    const slash = tokens.next(next);
    const second = tokens.isPunct(slash, '/-') ? plainInteger(tokens, tokens.next(slash)) : null;
    if (second === first + 1 || (second !== null && second === (first + 1) % 100)) {
      return { start: k, end: (tokens.next(slash) + 1) as TokenIndex, kind: 'period' as const, grain: 'year' as const, from: isoMonth(first, SEASON_START), to: isoMonth(first + 1, SEASON_END) };
    }
    return null;
  }
  const offset = directionAt(context, next);
  if (offset === undefined || !tokens.text(k).startsWith(article)) return null;
  if (!reference) return { start: k, end: (next + 1) as TokenIndex, kind: 'relative' as const, grain: 'year' as const };
  // The season under way: from August of this year, or of the last one before August. Between two
  // seasons (June, July) the last season is the one just ended: "الموسم الماضي" in July 2018 is 2017/2018.
  const month = reference.getUTCMonth() + 1;
  const betweenSeasons = month > SEASON_END && month < SEASON_START;
  const y = reference.getUTCFullYear() - (month < SEASON_START ? 1 : 0) + offset + (betweenSeasons && offset < 0 ? 1 : 0);
  return { start: k, end: (next + 1) as TokenIndex, kind: 'relative' as const, grain: 'year' as const, from: isoMonth(y, SEASON_START), to: isoMonth(y + 1, SEASON_END) };
}
