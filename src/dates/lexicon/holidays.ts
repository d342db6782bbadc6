/**
 * Feasts, observances and seasons news dates events by: "خلال شهر رمضان",
 * "عشية عيد الفطر", "موسم الحج", "اليوم الوطني السعودي".
 */

/** A holiday and when it falls. */
export interface Holiday {
  /** Its names. */
  readonly names: readonly string[];
  /**
   * The calendar its date is given in (`type`): `gregorian` (month and day, or the
   * `nth` `weekday` of the month), `hijri` (Umm al-Qura month and day), or
   * `easter` (`day` days from Western Easter Sunday). Absent for a holiday
   * whose date depends on the country ("عيد الاستقلال"): it is found, not resolved.
   */
  readonly type?: 'gregorian' | 'hijri' | 'easter';
  /** Month 1–12. */
  readonly month?: number;
  /** Day of the month (or offset from Easter); absent for a whole month (رمضان). */
  readonly day?: number;
  /** How many days it lasts (عيد الأضحى: 4); 1 when absent. */
  readonly days?: number;
  /** With `nth`: the weekday (0 = Sunday) of a holiday such as Thanksgiving. */
  readonly weekday?: number;
  /** With `weekday`: which one of the month (4 for the fourth Thursday). */
  readonly nth?: number;
  /** True when a name is also an ordinary word or a given name (رمضان، الحج): read only after a word of time or with a year. */
  readonly ambiguous?: boolean;
}

/** Holidays. */
export const holidays: readonly Holiday[] = [
  { names: ['رمضان', 'رمضان المبارك', 'رمضان الكريم'], type: 'hijri', month: 9, ambiguous: true },
  { names: ['عيد الفطر', 'عيد الفطر المبارك', 'عيد الفطر السعيد'], type: 'hijri', month: 10, day: 1, days: 3 },
  { names: ['عيد الأضحى', 'عيد الأضحى المبارك', 'العيد الكبير'], type: 'hijri', month: 12, day: 10, days: 4 },
  { names: ['يوم عرفة', 'يوم عرفات', 'وقفة عرفة', 'وقفة عرفات'], type: 'hijri', month: 12, day: 9 },
  { names: ['موسم الحج'], type: 'hijri', month: 12, day: 8, days: 6 },
  { names: ['الحج'], type: 'hijri', month: 12, day: 8, days: 6, ambiguous: true },
  { names: ['رأس السنة الهجرية', 'السنة الهجرية الجديدة', 'العام الهجري الجديد'], type: 'hijri', month: 1, day: 1 },
  { names: ['عاشوراء'], type: 'hijri', month: 1, day: 10 },
  { names: ['المولد النبوي', 'المولد النبوي الشريف'], type: 'hijri', month: 3, day: 12 },
  { names: ['الإسراء والمعراج'], type: 'hijri', month: 7, day: 27 },
  { names: ['ليلة القدر'], type: 'hijri', month: 9, day: 27 },
  { names: ['رأس السنة', 'رأس السنة الميلادية', 'رأس السنة الجديدة', 'السنة الميلادية الجديدة'], type: 'gregorian', month: 1, day: 1 },
  { names: ['ليلة رأس السنة', 'ليلة رأس السنة الجديدة', 'ليلة رأس السنة الميلادية'], type: 'gregorian', month: 12, day: 31 },
  { names: ['عيد الميلاد', 'عيد الميلاد المجيد', 'الكريسماس'], type: 'gregorian', month: 12, day: 25 },
  { names: ['ليلة عيد الميلاد'], type: 'gregorian', month: 12, day: 24 },
  { names: ['عيد العمال', 'يوم العمال', 'عيد العمال العالمي'], type: 'gregorian', month: 5, day: 1 },
  { names: ['عيد الحب', 'عيد العشاق'], type: 'gregorian', month: 2, day: 14 },
  { names: ['يوم المرأة العالمي', 'اليوم العالمي للمرأة'], type: 'gregorian', month: 3, day: 8 },
  { names: ['عيد الأم'], type: 'gregorian', month: 3, day: 21 },
  { names: ['يوم الأرض'], type: 'gregorian', month: 3, day: 30 },
  { names: ['عيد الشكر', 'يوم الشكر'], type: 'gregorian', month: 11, weekday: 4, nth: 4 },
  { names: ['عيد الأب', 'يوم الأب'], type: 'gregorian', month: 6, weekday: 0, nth: 3 },
  { names: ['اليوم الوطني السعودي', 'اليوم الوطني للمملكة'], type: 'gregorian', month: 9, day: 23 },
  { names: ['اليوم الوطني الإماراتي', 'اليوم الوطني لدولة الإمارات'], type: 'gregorian', month: 12, day: 2 },
  { names: ['اليوم الوطني القطري', 'اليوم الوطني لدولة قطر'], type: 'gregorian', month: 12, day: 18 },
  { names: ['اليوم الوطني الكويتي', 'العيد الوطني الكويتي'], type: 'gregorian', month: 2, day: 25 },
  { names: ['العيد الوطني العماني', 'اليوم الوطني العماني'], type: 'gregorian', month: 11, day: 18 },
  { names: ['العيد الوطني البحريني', 'اليوم الوطني البحريني'], type: 'gregorian', month: 12, day: 16 },
  { names: ['عيد الفصح', 'عيد القيامة'], type: 'easter', day: 0 },
  { names: ['الجمعة العظيمة'], type: 'easter', day: -2 },
  { names: ['أحد الشعانين'], type: 'easter', day: -7 },
  { names: ['اليوم الوطني', 'العيد الوطني', 'عيد الاستقلال', 'يوم الاستقلال', 'يوم الشباب', 'عيد الشباب'] },
];

/** Words before a holiday whose name is also a word or a name, that make it the holiday: "خلال رمضان"، "عشية عيد"، "بمناسبة الحج". */
export const holidayContextWords: readonly string[] = ['عشية', 'بمناسبة', 'حلول', 'أيام', 'ليالي', 'موسم', 'مع', 'انتهاء', 'قدوم', 'صيام', 'عطلة', 'إجازة'];
