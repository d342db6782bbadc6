/**
 * The time recognizers, in the order they are tried at each position: the
 * first that reads an expression there wins. Adding a rule means one small
 * file, one line here, and a test beside it.
 *
 * The order settles what two rules could both read: a holiday before a part of
 * the day ("ليلة القدر" is no night), a vague phrase before the relative day
 * inside it ("حتى الآن"), a share before a relative unit ("الأسبوع الأخير من
 * يوليو" is not last week), a year before a lone noun of time ("في عام 2017"), a fiscal year before
 * the year and the relative year in it ("العام المالي المقبل" is not next calendar year).
 */
import type { TimeRecognizer } from './context.js';
import { dayRange } from './day-range.js';
import { bareDay } from './bare-day.js';
import { clockTime } from './clock-time.js';
import { relativeWord } from './relative-word.js';
import { weekday } from './weekday.js';
import { dayMonth } from './day-month.js';
import { centuryDecade } from './century-decade.js';
import { duration } from './duration.js';
import { numericDate } from './numeric-date.js';
import { monthName } from './month-name.js';
import { relativeUnit } from './relative-unit.js';
import { holiday } from './holiday.js';
import { share } from './share.js';
import { season } from './season.js';
import { fiscalYear } from './fiscal-year.js';
import { year } from './year.js';
import { frequency } from './frequency.js';
import { vague } from './vague.js';
import { dayPart } from './day-part.js';

export const timeRecognizers: readonly TimeRecognizer[] = [
  clockTime,
  numericDate,
  dayRange,
  dayMonth,
  fiscalYear,
  year,
  holiday,
  vague,
  monthName,
  season,
  centuryDecade,
  weekday,
  share,
  relativeUnit,
  relativeWord,
  dayPart,
  frequency,
  duration,
  bareDay,
];
