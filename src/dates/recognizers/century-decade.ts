import { withoutArticle } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { isoYear, yearBeforeEpoch } from '../calendar.js';
import { hijriSpan } from '../hijri.js';
import { daysResolution } from '../resolve.js';
import type { TimeExpression } from '../expression.js';
import { directionAt, eraAt, lastOf, numberStartingAt, plainInteger, unitNounAt, unitWords, type DateContext, type TimeRecognizer } from './context.js';

/** Years in a century, and the last century a text can name by its ordinal. */
const CENTURY_YEARS = 100;
const MAX_CENTURY = 30;

/**
 * A century or a decade: "القرن العشرين"، "القرن الحادي والعشرين"، "القرن
 * 19"، "القرن الماضي" (years 1900–1999 for the twentieth, as news counts
 * them), with its era ("القرن الخامس قبل الميلاد": ISO years −499 to −400;
 * "القرن الرابع الهجري": Hijri years 300–399 as Gregorian days); "الستينيات"، "ستينيات القرن الماضي"، "عقد الستينيات"، "التسعينات من
 * القرن العشرين" — a decade without its century is the latest one not after
 * publication.
 */
export const centuryDecade: TimeRecognizer = {
  name: 'century or decade',
  starts: { words: (l) => [...l.decades.keys(), ...unitWords(l, ['decade', 'century'])] },
  read(context, k) {
    const { tokens } = context;
    if (!tokens.isWord(k)) return null;
    const decade = decadeAt(context, k);
    if (decade) return decade;
    const century = centuryAt(context, k);
    if (!century) return null;
    const era = eraAt(context, context.tokens.next(lastOf(century.end)));
    if (era?.era.beforeEpoch) {
      // The fifth century before the epoch is 500–401 BC: ISO years −499 to −400.
      const first = yearBeforeEpoch(century.century * CENTURY_YEARS);
      return { start: k, end: era.end, kind: 'period', grain: 'century', from: isoYear(first), to: isoYear(first + CENTURY_YEARS - 1) };
    }
    const first = (century.century - 1) * CENTURY_YEARS;
    if (era?.era.type === 'hijri') {
      // "القرن الرابع الهجري": Hijri years 300–399, as Gregorian days.
      const from = hijriSpan(Math.max(1, first), 1);
      const to = hijriSpan(first + CENTURY_YEARS - 1, 12);
      return { start: k, end: era.end, kind: 'period', grain: 'century', ...(from && to ? daysResolution(from.first, to.last) : {}) };
    }
    const end = era ? era.end : century.end;
    return { start: k, end, kind: 'period', grain: 'century', from: isoYear(first), to: isoYear(first + CENTURY_YEARS - 1) };
  },
};

/** "القرن العشرين"، "القرن 19"، "القرن الماضي" at `k`: the century's number (20 for 1900–1999). */
function centuryAt(context: DateContext, k: TokenIndex): { century: number; end: TokenIndex } | null {
  const { document, tokens, reference } = context;
  const unit = unitNounAt(context, k);
  if (!unit || unit.unit !== 'century' || !unit.definite || unit.count || unit.plural) return null;
  const next = tokens.next(k);
  if (next < 0) return null;
  const digits = plainInteger(tokens, next);
  if (digits !== null) return digits >= 1 && digits <= MAX_CENTURY ? { century: digits, end: (next + 1) as TokenIndex } : null;
  const n = numberStartingAt(document, next);
  if (n && Number.isInteger(n.value) && n.value >= 1 && n.value <= MAX_CENTURY && (n.kind === 'ordinal' || n.kind === 'cardinal')) return { century: n.value, end: n.end };
  const offset = directionAt(context, next);
  if (offset === undefined || !reference) return null;
  // News counts the twentieth century as 1900–1999: the century of year y is ⌊y/100⌋ + 1.
  return { century: Math.floor(reference.getUTCFullYear() / CENTURY_YEARS) + 1 + offset, end: (next + 1) as TokenIndex };
}

/** A decade at `k`, with "عقد" before it and its century after it when written. */
function decadeAt(context: DateContext, k: TokenIndex): TimeExpression | null {
  const { tokens, lexicon, reference } = context;
  let j = k;
  const decadeNoun = unitNounAt(context, k);
  if (decadeNoun && decadeNoun.unit === 'decade' && !decadeNoun.count) {
    j = tokens.nextWord(k);
    if (j < 0) return null;
  }
  const tens = lexicon.decades.get(withoutArticle(tokens.text(j)));
  if (tens === undefined) return null;
  let end = (j + 1) as TokenIndex;
  // Its century: "من القرن الماضي"، "القرن العشرين".
  let c = tokens.nextWord(j);
  if (c >= 0 && lexicon.links.of.has(tokens.text(c))) c = tokens.nextWord(c);
  const century = c >= 0 ? centuryAt(context, c) : null;
  let first: number | undefined;
  if (century) {
    first = (century.century - 1) * CENTURY_YEARS + tens;
    end = century.end;
  } else if (reference) {
    const y = reference.getUTCFullYear();
    first = Math.floor(y / CENTURY_YEARS) * CENTURY_YEARS + tens;
    if (first > y) first -= CENTURY_YEARS;
  }
  const resolution = first !== undefined ? { from: isoYear(first), to: isoYear(first + 9) } : {};
  return { start: k, end, kind: 'period', grain: 'decade', ...resolution };
}

