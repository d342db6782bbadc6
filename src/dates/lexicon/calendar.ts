/** A month name and its number. Multi-word names (تشرين الأول) are written with a space. */
export interface MonthName {
  /** 1 for January. */
  readonly month: number;
  /** The names in every regional system, with their common variant spellings. */
  readonly names: readonly string[];
}

/**
 * Month names in the Levantine/Iraqi (كانون الثاني …), Egyptian/Gulf (يناير …)
 * and Maghrebi (جانفي، أفريل … in Algeria and Tunisia; يوليوز، غشت، شتنبر … in
 * Morocco) systems. Spellings that differ only in hamza seats, ى/ي or ة/ه fold
 * to one and need no entry of their own (أبريل covers إبريل، ابريل).
 */
export const monthNames: readonly MonthName[] = [
  { month: 1, names: ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي', 'ينار'] },
  { month: 2, names: ['شباط', 'فبراير', 'فيفري', 'فيبراير'] },
  { month: 3, names: ['آذار', 'مارس'] },
  { month: 4, names: ['نيسان', 'أبريل', 'أفريل'] },
  { month: 5, names: ['أيار', 'مايو', 'ماي'] },
  { month: 6, names: ['حزيران', 'يونيو', 'يونيه', 'جوان'] },
  { month: 7, names: ['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز'] },
  { month: 8, names: ['آب', 'أغسطس', 'أوت', 'غشت'] },
  { month: 9, names: ['أيلول', 'سبتمبر', 'شتنبر'] },
  { month: 10, names: ['تشرين الأول', 'تشرين أول', 'أكتوبر'] },
  { month: 11, names: ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر'] },
  { month: 12, names: ['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر'] },
];

/**
 * Months of the Hijri calendar with their common spellings. Several are also
 * words or names (صفر "zero", رجب and شعبان as given names, محرم "forbidden"):
 * the recognizers read them only with a day, a year, هـ or the word شهر.
 */
export const hijriMonthNames: readonly MonthName[] = [
  { month: 1, names: ['محرم', 'المحرم'] },
  { month: 2, names: ['صفر'] },
  { month: 3, names: ['ربيع الأول', 'ربيع أول'] },
  { month: 4, names: ['ربيع الآخر', 'ربيع الثاني', 'ربيع آخر', 'ربيع ثاني'] },
  { month: 5, names: ['جمادى الأولى', 'جمادى الأول', 'جمادى أول'] },
  { month: 6, names: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني'] },
  { month: 7, names: ['رجب'] },
  { month: 8, names: ['شعبان'] },
  { month: 9, names: ['رمضان'] },
  { month: 10, names: ['شوال'] },
  { month: 11, names: ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'] },
  { month: 12, names: ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'] },
];

/**
 * Month names that are also ordinary words or names: مارس "practised", آب
 * (folded, "أب" father), ماي. Alone at the end of a clause they are not read
 * as months ("سأخرج سبتمبر." is; "مارس." is not); with a year, a day or a word
 * that introduces a month they are.
 */
export const ambiguousMonthNames: readonly string[] = ['مارس', 'آب', 'ماي'];

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

/** A season of the year and the months it covers (northern hemisphere, by month). */
export interface SeasonName {
  /** Its first month: 3 spring, 6 summer, 9 autumn, 12 winter (which runs into the next year). */
  readonly firstMonth: number;
  /** Its names, with and without the article (صيف 2016، الصيف). */
  readonly names: readonly string[];
}

/** Seasons: three months each, winter from December to February. */
export const seasonNames: readonly SeasonName[] = [
  { firstMonth: 3, names: ['الربيع', 'ربيع', 'فصل الربيع'] },
  { firstMonth: 6, names: ['الصيف', 'صيف', 'فصل الصيف'] },
  { firstMonth: 9, names: ['الخريف', 'خريف', 'فصل الخريف'] },
  { firstMonth: 12, names: ['الشتاء', 'شتاء', 'فصل الشتاء'] },
];

/** A decade named by its tens: الستينيات is the 60s of a century. */
export interface DecadeName {
  /** 60 for the sixties. */
  readonly tens: number;
  /** Its names, without the article (the article and clitics are read by rule). */
  readonly names: readonly string[];
}

/** Decades: the plural of the tens word, in its two spellings (الستينيات، الستينات). */
export const decadeNames: readonly DecadeName[] = [
  { tens: 20, names: ['عشرينيات', 'عشرينات'] },
  { tens: 30, names: ['ثلاثينيات', 'ثلاثينات'] },
  { tens: 40, names: ['أربعينيات', 'أربعينات'] },
  { tens: 50, names: ['خمسينيات', 'خمسينات'] },
  { tens: 60, names: ['ستينيات', 'ستينات'] },
  { tens: 70, names: ['سبعينيات', 'سبعينات'] },
  { tens: 80, names: ['ثمانينيات', 'ثمانينات'] },
  { tens: 90, names: ['تسعينيات', 'تسعينات'] },
];
