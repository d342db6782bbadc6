/**
 * Words around a date that say what it is: what introduces a year or a month,
 * what opens a period, and what marks a time of day.
 */

/** Words before a number that make it a year: "عام 2014", "منذ 2011", "مطلع 2017". */
export const yearContextWords: readonly string[] = [
  'عام', 'العام', 'سنة', 'في', 'منذ', 'حتى', 'بحلول', 'خلال', 'قبل', 'بعد', 'مطلع', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'منتصف',
];

/** Words before a month name that make it a date rather than a word ("في مارس", not "مارس الضغط"). */
export const monthContextWords: readonly string[] = ['في', 'من', 'شهر', 'خلال', 'منذ', 'حتى', 'مطلع', 'أواخر', 'نهاية', 'بداية', 'منتصف', 'أوائل'];

/** How a word before a time expression turns it into a period. */
export type PeriodRole = 'between' | 'since' | 'until' | 'during' | 'before' | 'after';

/** A word that opens a period: "بين 2014 و2017", "منذ 2011", "حتى نهاية العام". */
export interface PeriodOpener {
  /** The word. */
  readonly phrase: string;
  /** What it makes of the time after it. */
  readonly role: PeriodRole;
}

/** Period openers. */
export const periodOpeners: readonly PeriodOpener[] = [
  { phrase: 'بين', role: 'between' },
  { phrase: 'منذ', role: 'since' },
  { phrase: 'حتى', role: 'until' },
  { phrase: 'بحلول', role: 'until' },
  { phrase: 'خلال', role: 'during' },
  { phrase: 'قبل', role: 'before' },
  { phrase: 'بعد', role: 'after' },
];

/** Words after a clock time that say which half of the day: "03:16 م", "الساعة 8 مساء". */
export const meridiemWords: readonly string[] = ['م', 'ص', 'صباحا', 'مساء', 'ظهرا', 'عصرا', 'ليلا'];

/** The word "day" before a weekday or a relative day: "يوم الثلاثاء", "يوم أمس". */
export const dayWords: readonly string[] = ['يوم'];
