/** A month name and its number. Multi-word names (تشرين الأول) are written with a space. */
export interface MonthName {
  /** 1 for January. */
  readonly month: number;
  /** The names in every regional system, with their common variant spellings. */
  readonly names: readonly string[];
}

/**
 * Month names in the Levantine/Iraqi (كانون الثاني …), Egyptian/Gulf (يناير …)
 * and Maghrebi (جانفي …) systems. Spellings that differ only in hamza seats,
 * ى/ي or ة/ه fold to one and need no entry of their own (أبريل covers إبريل، ابريل).
 */
export const monthNames: readonly MonthName[] = [
  { month: 1, names: ['كانون الثاني', 'يناير', 'جانفي', 'ينار'] },
  { month: 2, names: ['شباط', 'فبراير', 'فيفري'] },
  { month: 3, names: ['آذار', 'مارس'] },
  { month: 4, names: ['نيسان', 'أبريل', 'أفريل'] },
  { month: 5, names: ['أيار', 'مايو', 'ماي'] },
  { month: 6, names: ['حزيران', 'يونيو', 'يونيه', 'جوان'] },
  { month: 7, names: ['تموز', 'يوليو', 'يوليه', 'جويلية'] },
  { month: 8, names: ['آب', 'أغسطس', 'أوت'] },
  { month: 9, names: ['أيلول', 'سبتمبر'] },
  { month: 10, names: ['تشرين الأول', 'أكتوبر'] },
  { month: 11, names: ['تشرين الثاني', 'نوفمبر'] },
  { month: 12, names: ['كانون الأول', 'ديسمبر'] },
];

/** A weekday, Sunday = 0 as in `Date.getUTCDay`. */
export interface WeekdayName {
  /** 0 for Sunday. */
  readonly day: number;
  /** Its names. */
  readonly names: readonly string[];
}

/** Weekdays. */
export const weekdayNames: readonly WeekdayName[] = [
  { day: 0, names: ['الأحد'] },
  { day: 1, names: ['الاثنين'] },
  { day: 2, names: ['الثلاثاء', 'الثلثاء'] },
  { day: 3, names: ['الأربعاء'] },
  { day: 4, names: ['الخميس'] },
  { day: 5, names: ['الجمعة'] },
  { day: 6, names: ['السبت'] },
];
