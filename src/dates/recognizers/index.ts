/**
 * The time recognizers, in the order they are tried at each position: the
 * first that reads an expression there wins. Adding a rule means one small
 * file, one line here, and a test beside it.
 */
import { clockTime } from './clock-time.js';
import type { TimeRecognizer } from './context.js';
import { dayMonth } from './day-month.js';
import { duration } from './duration.js';
import { monthName } from './month-name.js';
import { numericDate } from './numeric-date.js';
import { relativeWord } from './relative-word.js';
import { weekday } from './weekday.js';
import { year } from './year.js';

export const timeRecognizers: readonly TimeRecognizer[] = [clockTime, dayMonth, numericDate, year, monthName, weekday, relativeWord, duration];
