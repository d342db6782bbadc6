import { TextDocument } from '../numbers/document.js';
import { requireOptions, requireString } from '../text/validate.js';
import { pick, type DateMatch } from './expression.js';
import { datesLexicon, type DatesLexiconInput } from './lexicon.js';
import { parseFiscalYearStart, parsePublishedAt, referenceOf } from './reference.js';
import { timesOf } from './scan.js';

/** Options of {@link findDates}. */
export interface DateOptions {
  /**
   * Publication date ("2017-12-06", an ISO date-time, or a Date), against which
   * relative times (أمس، الثلاثاء، الشهر الماضي) resolve. Without it the
   * article's own dateline is used when it has one.
   */
  publishedAt?: string | Date;
  /**
   * The month fiscal years start in, 1 to 12 (Egypt's: 7, July to June), for "العام المالي المقبل"
   * and "العام المالي 2018/2019". Without it the state the text names nearest before the phrase
   * in its line decides, else the state it names most (see `fiscalYearStarts` in `Lexicon`), else
   * the calendar year.
   */
  fiscalYearStart?: number;
  /** Tables that extend or replace the built-in month names, relative words and nouns of time. See `Lexicon`. */
  lexicon?: DatesLexiconInput;
}

/**
 * Finds dates, periods, relative days, durations and times of day in Arabic
 * text, in reading order.
 *
 * Month names are read in the Levantine/Iraqi (كانون الثاني، شباط، آذار …),
 * Egyptian/Gulf (يناير، فبراير، مارس …) and Maghrebi (جانفي، فيفري، أفريل …)
 * systems, alone or paired ("آب/ أغسطس 2014", "تشرين الأول (أكتوبر) 2017").
 * Relative words (أمس، اليوم، الثلاثاء، الشهر الماضي) resolve against
 * `publishedAt`; without it, against the article's own dateline if it has one.
 * Years carry their era ("2003م"، "1436 هـ" as Gregorian days, "150 ق.م." as
 * the ISO astronomical year "-0149").
 *
 * @param text - Arabic text.
 * @param options - `publishedAt`: the publication date; `fiscalYearStart`: the month fiscal years start in; `lexicon`: more month names, relative words …
 * @returns The time expressions with ISO resolutions where they can be made.
 * @throws TypeError when `text` is not a string or a table entry is malformed; RangeError when `publishedAt` is not a real date or `fiscalYearStart` no month.
 *
 * @example
 * ```ts
 * findDates('بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017');
 * // [{ text: 'بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017', kind: 'period', start: '2014-08', end: '2017-10', span: { start: 0, end: 44 } }]
 * findDates('ولد عام 150 ق.م. في روما');
 * // [{ text: 'عام 150 ق.م', kind: 'date', start: '-0149', end: '-0149', span: { start: 4, end: 15 } }]
 * ```
 */
export function findDates(text: string, options?: DateOptions): DateMatch[] {
  requireString(text, 'findDates');
  requireOptions(options, 'findDates');
  const publishedAt = parsePublishedAt('findDates', options?.publishedAt);
  const fiscalYearStart = parseFiscalYearStart('findDates', options?.fiscalYearStart);
  const lexicon = datesLexicon('findDates', options?.lexicon);
  const document = new TextDocument(text);
  const { tokens } = document;
  return timesOf(document, lexicon, referenceOf(document, lexicon, publishedAt), fiscalYearStart).map((t) => {
    const span = tokens.span(t.start, t.end, t.skip ?? 0);
    return { text: text.slice(span.start, span.end), span, kind: t.kind, ...pick('start', t.from), ...pick('end', t.to), ...pick('duration', t.duration) };
  });
}
