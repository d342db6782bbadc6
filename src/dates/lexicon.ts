/** A month name and its number. Multi-word names (تشرين الأول) are written with a space. */
export interface MonthName {
  /** 1 for January. */
  readonly month: number;
  /** The names in every regional system. */
  readonly names: readonly string[];
}

/**
 * Month names in the Levantine/Iraqi (كانون الثاني …), Egyptian/Gulf (يناير …)
 * and Maghrebi (جانفي …) systems, with their common variant spellings.
 */
export const monthNames: readonly MonthName[] = [
  { month: 1, names: ['كانون الثاني', 'يناير', 'جانفي', 'ينار'] },
  { month: 2, names: ['شباط', 'فبراير', 'فيفري', 'فبراير'] },
  { month: 3, names: ['آذار', 'مارس'] },
  { month: 4, names: ['نيسان', 'أبريل', 'إبريل', 'أفريل', 'ابريل'] },
  { month: 5, names: ['أيار', 'مايو', 'ماي'] },
  { month: 6, names: ['حزيران', 'يونيو', 'يونيه', 'جوان'] },
  { month: 7, names: ['تموز', 'يوليو', 'يوليه', 'جويلية'] },
  { month: 8, names: ['آب', 'أغسطس', 'اغسطس', 'أوت'] },
  { month: 9, names: ['أيلول', 'سبتمبر'] },
  { month: 10, names: ['تشرين الأول', 'أكتوبر'] },
  { month: 11, names: ['تشرين الثاني', 'نوفمبر'] },
  { month: 12, names: ['كانون الأول', 'ديسمبر'] },
];

/** Weekdays, Sunday = 0 as in `Date.getUTCDay`. */
export const weekdayNames: readonly { readonly day: number; readonly names: readonly string[] }[] = [
  { day: 0, names: ['الأحد'] },
  { day: 1, names: ['الاثنين'] },
  { day: 2, names: ['الثلاثاء', 'الثلثاء'] },
  { day: 3, names: ['الأربعاء'] },
  { day: 4, names: ['الخميس'] },
  { day: 5, names: ['الجمعة'] },
  { day: 6, names: ['السبت'] },
];

/** Relative day and period words, as an offset from the publication date. */
export const relativeTimeWords: readonly { readonly phrase: string; readonly unit: 'day' | 'month' | 'year' | 'week'; readonly offset: number }[] = [
  { phrase: 'أمس', unit: 'day', offset: -1 },
  { phrase: 'البارحة', unit: 'day', offset: -1 },
  { phrase: 'اليوم', unit: 'day', offset: 0 },
  { phrase: 'حاليا', unit: 'day', offset: 0 },
  { phrase: 'الآن', unit: 'day', offset: 0 },
  { phrase: 'غدا', unit: 'day', offset: 1 },
  { phrase: 'الشهر الماضي', unit: 'month', offset: -1 },
  { phrase: 'الشهر الحالي', unit: 'month', offset: 0 },
  { phrase: 'الشهر المقبل', unit: 'month', offset: 1 },
  { phrase: 'العام الماضي', unit: 'year', offset: -1 },
  { phrase: 'السنة الماضية', unit: 'year', offset: -1 },
  { phrase: 'العام الحالي', unit: 'year', offset: 0 },
  { phrase: 'العام الجاري', unit: 'year', offset: 0 },
  { phrase: 'العام المقبل', unit: 'year', offset: 1 },
  { phrase: 'الأسبوع الماضي', unit: 'week', offset: -1 },
];

/** Nouns of time: a number before them is a duration, not a claim ("خلال ستة أعوام"). */
export const durationWords: readonly string[] = [
  'سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'عاما', 'شهر', 'أشهر', 'شهور', 'شهرا', 'أسبوع', 'أسابيع', 'أسبوعا', 'يوم', 'أيام',
  'يوما', 'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'ثانية', 'ثوان', 'عقد', 'عقود', 'قرن', 'قرون',
];
