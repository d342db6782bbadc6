import type { TextDocument } from '../../numbers/document.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { isoMonth } from '../calendar.js';
import type { TimeExpression } from '../expression.js';
import type { DatesLexicon, FiscalMonths } from '../lexicon.js';
import { directionAt, lastOf, plainInteger, yearAt, type DateContext, type TimeRecognizer } from './context.js';

/** The month a year starts in when no fiscal year is known: the calendar's. */
const CALENDAR = 1;
/** Years a split fiscal year may name: "2018/2019". */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * A fiscal year: "العام المالي 2018/2019"، "السنة المالية المقبلة"، "العام المالي الحالي"، "العام المالي
 * المقبل 2018/2019". Its months are those of the caller's `fiscalYearStart`, else of the state the text
 * names nearest before it in its line ("موازنة مصر للعام المالي المقبل" → July to June), else of the
 * state it names most, else the calendar year's. In Egypt in April 2018, "العام المالي المقبل" is
 * 2018-07 to 2019-06, "العام المالي الحالي" 2017-07 to 2018-06.
 *
 * A fiscal year named by one year ("العام المالي 2019") is read as that calendar year where the
 * fiscal year is the calendar's, and is left to the year reader elsewhere: states name it by its
 * first year (Japan, India) or by its last (the United States), and the text does not say which.
 */
export const fiscalYear: TimeRecognizer = {
  name: 'fiscal-year',
  starts: { words: (l) => [...l.fiscalYearNouns.firstWords()] },
  read(context, k) {
    const { tokens, lexicon } = context;
    const noun = lexicon.fiscalYearNouns.matchAt(tokens, k);
    if (!noun) return null;
    const skip = noun.clitic > 0 ? { skip: noun.clitic } : {};
    const month = context.fiscalYearStart ?? fiscalMonthAt(context.document, lexicon, k) ?? CALENDAR;
    let end = noun.end;
    let next = tokens.next(lastOf(end));
    const offset = directionAt(context, next);
    if (offset !== undefined) {
      end = ((next + 1) as TokenIndex);
      next = tokens.next(next);
    }
    // "العام المالي 2018/2019"، "العام المالي المقبل 2018-2019"، "السنة المالية 2018/19".
    const split = splitYearAt(context, next);
    if (split) return { start: k, end: split.end, kind: 'period', grain: 'year', ...splitYearFrom(split.first, month), ...skip };
    if (offset === undefined) {
      // One year: the calendar year where the fiscal year is the calendar's, else the year reader's.
      const year = month === CALENDAR ? yearAt(context, next) : null;
      return year && year.calendar !== 'hijri' ? { start: k, end: year.end, kind: 'date', grain: 'year', from: String(year.year), to: String(year.year), ...skip } : null;
    }
    const expression: TimeExpression = { start: k, end, kind: 'relative', grain: 'year', ...skip };
    const { reference } = context;
    if (!reference) return expression;
    // The fiscal year under way at publication, and the one before or after it.
    const first = reference.getUTCFullYear() - (reference.getUTCMonth() + 1 < month ? 1 : 0) + offset;
    return { ...expression, ...yearFrom(first, month) };
  },
};

/** The months of the fiscal year that starts in `month` of `year` (a calendar year when `month` is 1). */
function yearFrom(year: number, month: number): { from: string; to: string } {
  if (month === CALENDAR) return { from: String(year), to: String(year) };
  return { from: isoMonth(year, month), to: isoMonth(year + 1, month - 1) };
}

/**
 * The months of a fiscal year named by its two years ("2017/2018"): from `month` of the first to the
 * month before it in the second; with no month known but January's, the two years whole (the text
 * says the year is no calendar year, and not where it starts).
 */
function splitYearFrom(first: number, month: number): { from: string; to: string } {
  return month === CALENDAR ? { from: String(first), to: String(first + 1) } : yearFrom(first, month);
}

/** "2018/2019"، "2018-2019"، "2018/19" at token `k`: its first year, and where it ends. */
function splitYearAt(context: DateContext, k: TokenIndex): { first: number; end: TokenIndex } | null {
  const { tokens } = context;
  const first = k >= 0 ? plainInteger(tokens, k) : null;
  if (first === null || first < MIN_YEAR || first > MAX_YEAR) return null;
  const mark = tokens.next(k);
  if (!tokens.isPunct(mark, '/-')) return null;
  const after = tokens.next(mark);
  const second = after >= 0 ? plainInteger(tokens, after) : null;
  return second === first + 1 || second === (first + 1) % 100 ? { first, end: (after + 1) as TokenIndex } : null;
}

/**
 * The month the fiscal year of the text at token `k` starts: that of the state named nearest before
 * it in its line, else of the state the text names most; undefined when it names none of the table.
 */
function fiscalMonthAt(document: TextDocument, lexicon: DatesLexicon, k: TokenIndex): number | undefined {
  const named = document.analysis(lexicon.fiscalKey, () => fiscalMonthsOf(document, lexicon));
  // The last state named before `k`, and the lines of both, found by halving: a text may hold many
  // fiscal years, many states and many lines.
  const before = countBelow(named.tokens, k) - 1;
  if (before >= 0 && countBelow(named.lineBreaks, named.tokens[before]!) === countBelow(named.lineBreaks, k)) return named.months[before];
  return named.most;
}

/** How many numbers of the sorted `list` are below `k`: the states named before a token, or its line. */
function countBelow(list: readonly number[], k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every state of the fiscal table the document names, with its month, and its line breaks: one pass, once per document. */
function fiscalMonthsOf(document: TextDocument, lexicon: DatesLexicon): FiscalMonths {
  const { tokens } = document;
  const named: number[] = [];
  const months: number[] = [];
  const lineBreaks: number[] = [];
  const counts = new Map<number, number>();
  let most: number | undefined;
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (tokens.isSpace(k)) {
      if (tokens.hasLineBreak(k)) lineBreaks.push(k);
      continue;
    }
    if (!tokens.isWord(k)) continue;
    const m = lexicon.fiscalPlaces.matchAt(tokens, k);
    if (!m) continue;
    named.push(k);
    months.push(m.entry.month);
    const count = (counts.get(m.entry.month) ?? 0) + 1;
    counts.set(m.entry.month, count);
    if (most === undefined || count > counts.get(most)!) most = m.entry.month;
    k = lastOf(m.end);
  }
  return { tokens: named, months, most, lineBreaks };
}
