/**
 * Words around a date that say what it is: what introduces a year or a month,
 * what opens a period, which part of a period is meant, the calendar a year is
 * counted in, and the words of a time of day.
 */
import type { RoleWord } from '../../text/lexicon.js';

/** Words before a number that make it a year: "عام 2014", "منذ 2011", "مطلع 2017". Clitics (وفي، بعام، لعام) are read by rule. */
export const yearContextWords: readonly string[] = [
  'عام',
  'العام',
  'سنة',
  'السنة',
  'عامي',
  'العامين',
  'في',
  'منذ',
  'حتى',
  'بحلول',
  'خلال',
  'قبل',
  'بعد',
  'مطلع',
  'نهاية',
  'بداية',
  'أواخر',
  'أوائل',
  'منتصف',
  'أواسط',
  'مستهل',
  'ختام',
  'طيلة',
  'طوال',
  'موسم',
  'لغاية',
];

/** Words before a month name that make it a date rather than a word ("في مارس", not "مارس الضغط"). */
export const monthContextWords: readonly string[] = [
  'في',
  'من',
  'شهر',
  'شهري',
  'أشهر',
  'خلال',
  'منذ',
  'حتى',
  'بحلول',
  'قبل',
  'بعد',
  'طوال',
  'طيلة',
  'مطلع',
  'أواخر',
  'نهاية',
  'بداية',
  'منتصف',
  'أوائل',
  'أواسط',
  'مستهل',
  'ختام',
  'إلى',
  'لغاية',
];

/**
 * Words before a day written alone or in short digits that make it a date:
 * "في 15"، "يوم 27"، "بتاريخ 22/4" — not the "22/4" of a score or the "15" of a count.
 */
export const dayContextWords: readonly string[] = ['في', 'يوم', 'بتاريخ', 'تاريخ', 'الموافق', 'منذ', 'حتى', 'عند', 'صباح', 'مساء', 'ليلة'];

/** Words that name a day of the month by themselves: "غرة رمضان" is its first day. */
export const monthDayWords: readonly string[] = ['غرة'];

/** How a word before a time expression turns it into a period. */
export type PeriodRole = 'between' | 'from' | 'since' | 'until' | 'deadline' | 'during' | 'within' | 'for' | 'before' | 'after';

/** A word that opens a period: "بين 2014 و2017", "منذ 2011", "حتى نهاية العام". */
export interface PeriodOpener {
  /** The word or words. */
  readonly phrase: string;
  /**
   * What it makes of the time after it: `between` X و Y; `from` X (to Y, or on);
   * `since` X up to publication; `until` X; `deadline` by X; `during` X;
   * `within` a length or a span counted from publication (في: "في 3 سنوات"،
   * "في الأسابيع الثلاثة الماضية"; before a date في is no opener); `for` a
   * length (لمدة, left out of the span); `before` X; `after` X.
   */
  readonly role: PeriodRole;
}

/** Period openers. */
export const periodOpeners: readonly PeriodOpener[] = [
  { phrase: 'بين', role: 'between' },
  { phrase: 'مابين', role: 'between' },
  { phrase: 'من', role: 'from' },
  { phrase: 'اعتبارا من', role: 'from' },
  { phrase: 'ابتداء من', role: 'from' },
  { phrase: 'بدءا من', role: 'from' },
  { phrase: 'منذ', role: 'since' },
  { phrase: 'حتى', role: 'until' },
  { phrase: 'لغاية', role: 'until' },
  { phrase: 'إلى غاية', role: 'until' },
  { phrase: 'بحلول', role: 'deadline' },
  { phrase: 'خلال', role: 'during' },
  { phrase: 'في غضون', role: 'during' },
  { phrase: 'طوال', role: 'during' },
  { phrase: 'طيلة', role: 'during' },
  { phrase: 'على مدى', role: 'during' },
  { phrase: 'على مدار', role: 'during' },
  { phrase: 'على امتداد', role: 'during' },
  { phrase: 'في', role: 'within' },
  { phrase: 'لمدة', role: 'for' },
  { phrase: 'مدة', role: 'for' },
  { phrase: 'قبل', role: 'before' },
  { phrase: 'بعد', role: 'after' },
];

/** How a word between an opener and a duration bounds it: "قبل أقل من أسبوعين" is within the last two weeks. */
export interface ApproximateWord {
  /** The words. */
  readonly phrase: string;
  /** `less`: less than that long; `more`: more than that long; `about`: about that long. */
  readonly bound: 'less' | 'more' | 'about';
}

/** Words that bound a duration after قبل، منذ، بعد or خلال. */
export const approximateWords: readonly ApproximateWord[] = [
  { phrase: 'أقل من', bound: 'less' },
  { phrase: 'ما يقل عن', bound: 'less' },
  { phrase: 'أكثر من', bound: 'more' },
  { phrase: 'ما يزيد على', bound: 'more' },
  { phrase: 'ما يزيد عن', bound: 'more' },
  { phrase: 'نحو', bound: 'about' },
  { phrase: 'حوالي', bound: 'about' },
  { phrase: 'قرابة', bound: 'about' },
  { phrase: 'زهاء', bound: 'about' },
  { phrase: 'ما يقرب من', bound: 'about' },
];

/** Words before a counted duration that put it at the start or end of a whole: "أول أسبوعين من تموز". */
export interface EdgeWord {
  /** The word. */
  readonly word: string;
  /** Which end of the whole. */
  readonly position: 'first' | 'last';
}

/** Edge words. */
export const edgeWords: readonly EdgeWord[] = [
  { word: 'أول', position: 'first' },
  { word: 'أولى', position: 'first' },
  { word: 'آخر', position: 'last' },
];

/** Words before a day that make a week ending on it: "الأسبوع المنتهي في 25 مايو". */
export const weekEndingWords: readonly string[] = ['الأسبوع المنتهي في', 'الأسبوع الذي ينتهي في', 'الأسبوع المنتهي', 'الأسبوع حتى'];

/** Words that end a period whose start is written before them: "من 2014 إلى 2018". */
export const dateRangeJoiners: readonly string[] = ['إلى', 'حتى', 'لغاية'];

/** Which part of a period a word names. */
export type PeriodPart = 'start' | 'early' | 'middle' | 'late' | 'end' | 'rest';

/** A word naming a part of a period: "مطلع العام", "منتصف مارس", "أواخر الستينيات". */
export interface PeriodPartWord {
  /** The word. */
  readonly phrase: string;
  /** `start` and `end`: its first or last stretch (a year's first or last month, a week's weekend); `early`, `middle`, `late`: a half or a third; `rest`: from publication to its end. */
  readonly kind: PeriodPart;
}

/** Parts of a period. */
export const periodPartWords: readonly PeriodPartWord[] = [
  { phrase: 'بداية', kind: 'start' },
  { phrase: 'بدايات', kind: 'start' },
  { phrase: 'مستهل', kind: 'start' },
  { phrase: 'مطلع', kind: 'early' },
  { phrase: 'أوائل', kind: 'early' },
  { phrase: 'وقت مبكر من', kind: 'early' },
  { phrase: 'وقت مبكر', kind: 'early' },
  { phrase: 'منتصف', kind: 'middle' },
  { phrase: 'أواسط', kind: 'middle' },
  { phrase: 'أواخر', kind: 'late' },
  { phrase: 'وقت متأخر من', kind: 'late' },
  { phrase: 'وقت متأخر', kind: 'late' },
  { phrase: 'نهاية', kind: 'end' },
  { phrase: 'نهايات', kind: 'end' },
  { phrase: 'ختام', kind: 'end' },
  { phrase: 'عطلة نهاية', kind: 'end' },
  { phrase: 'بقية', kind: 'rest' },
  { phrase: 'باقي', kind: 'rest' },
];

/** A word naming one of the equal shares of a year (or of a century): النصف الأول، الربع الثالث. */
export interface PeriodDivision {
  /** The noun, without the article. */
  readonly word: string;
  /** How many such shares make the whole. */
  readonly parts: number;
}

/** Halves, thirds and quarters; الفصل is the quarter of Maghrebi and French-sourced economic news ("الفصل الرابع من 2017"). */
export const periodDivisions: readonly PeriodDivision[] = [
  { word: 'نصف', parts: 2 },
  { word: 'ثلث', parts: 3 },
  { word: 'ربع', parts: 4 },
  { word: 'فصل', parts: 4 },
];

/** The calendar a year is counted in, as written after it: "2003م", "1436 هـ", "150 ق.م.". */
export interface EraWord {
  /**
   * The word or words (هـ folds to ه). An abbreviation is written as its
   * letters with spaces ("ق م"), and read with or without dots between them
   * ("ق.م."، "ق. م"، "ق م").
   */
  readonly word: string;
  /** Which calendar. */
  readonly type: 'gregorian' | 'hijri';
  /** True for a year counted back from the epoch: "150 ق.م." is 150 BC, ISO year −149. */
  readonly beforeEpoch?: boolean;
  /**
   * True for a mark that is also a unit: "م" is metres ("سباق 100 م"). After a
   * year of four digits it is the era ("2003م"); after a smaller number, only
   * where a word makes it a year ("عام 70م"، "300 ق.م. و300 م.").
   */
  readonly ambiguous?: boolean;
}

/** Era marks. */
export const eraWords: readonly EraWord[] = [
  { word: 'م', type: 'gregorian', ambiguous: true },
  ...['ميلادي', 'ميلادية', 'للميلاد', 'ميلاديا', 'الميلادي', 'الميلادية', 'بعد الميلاد'].map((word) => ({ word, type: 'gregorian' as const })),
  ...['ق م', 'قبل الميلاد', 'قبل ميلاد المسيح'].map((word) => ({ word, type: 'gregorian' as const, beforeEpoch: true })),
  ...['هـ', 'هجري', 'هجرية', 'للهجرة', 'الهجري', 'الهجرية', 'هجريا'].map((word) => ({ word, type: 'hijri' as const })),
];

/** Which half of the day a word after a clock time names. */
export type DayHalf = 'am' | 'pm' | 'night';

/** A word after a clock time that says which half of the day: "03:16 م", "الساعة 8 مساء". */
export interface MeridiemWord {
  /** The word or words. */
  readonly phrase: string;
  /** `am`, `pm`, or `night` (9–11 in the evening, 12 and 1–5 after midnight). */
  readonly kind: DayHalf;
}

/** Meridiem words. */
export const meridiemWords: readonly MeridiemWord[] = [
  ...['ص', 'صباحا', 'صباح', 'فجرا', 'في الصباح', 'قبل الظهر'].map((phrase) => ({ phrase, kind: 'am' as const })),
  ...['م', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'بعد الظهر', 'بعد الظهيرة', 'في المساء', 'وقت الغداء'].map((phrase) => ({ phrase, kind: 'pm' as const })),
  ...['ليلا', 'في الليل', 'منتصف الليل'].map((phrase) => ({ phrase, kind: 'night' as const })),
];

/** A part of the day: "صباح الأربعاء", "مساء أمس", "ظهر اليوم". */
export interface DayPart {
  /** The noun as it stands before a day (construct state) or as an adverb (صباحا); the article is read by rule. */
  readonly phrase: string;
  /** First hour it covers. */
  readonly from: number;
  /** Last hour it covers (the same for a moment: الظهر is 12). */
  readonly to: number;
  /** True when the noun with the article is a time on its own after في ("في الصباح"); العصر is also "the era", الفجر a name. */
  readonly alone?: boolean;
}

/** Parts of the day, in the hours Recognizers-Text gives them (morning 8–12, afternoon 12–16, evening 16–20, night 20–24). */
export const dayParts: readonly DayPart[] = [
  { phrase: 'فجر', from: 4, to: 6 },
  { phrase: 'فجرا', from: 4, to: 6 },
  { phrase: 'صباح', from: 8, to: 12, alone: true },
  { phrase: 'صباحا', from: 8, to: 12 },
  { phrase: 'ضحى', from: 9, to: 12 },
  { phrase: 'ظهر', from: 12, to: 12 },
  { phrase: 'ظهرا', from: 12, to: 12 },
  { phrase: 'ظهيرة', from: 12, to: 12, alone: true },
  { phrase: 'منتصف النهار', from: 12, to: 12 },
  { phrase: 'بعد ظهر', from: 12, to: 16 },
  { phrase: 'بعد الظهر', from: 12, to: 16 },
  { phrase: 'منتصف بعد الظهر', from: 14, to: 14 },
  { phrase: 'عصر', from: 15, to: 17 },
  { phrase: 'عصرا', from: 15, to: 17 },
  { phrase: 'مساء', from: 16, to: 20, alone: true },
  { phrase: 'أمسية', from: 16, to: 20 },
  { phrase: 'أمسيات', from: 16, to: 20 },
  { phrase: 'ليل', from: 20, to: 23, alone: true },
  { phrase: 'ليلا', from: 20, to: 23 },
  { phrase: 'ليلة', from: 20, to: 23, alone: true },
  { phrase: 'منتصف الليل', from: 0, to: 0 },
  { phrase: 'الساعات الأولى من', from: 0, to: 6 },
];

/** The word "day" before a weekday or a relative day: "يوم الثلاثاء", "يوم أمس". */
export const dayWords: readonly string[] = ['يوم'];

/** The word before a clock time: "الساعة 14:00", "الساعة الثامنة". */
export const clockWords: readonly string[] = ['الساعة'];

/** Words after a clock time that name its time zone: "بتوقيت غرينتش" (one word follows), "ت غ" (none). */
export interface TimeZoneWord {
  /** The words. */
  readonly phrase: string;
  /** True when the name of the zone follows ("بتوقيت مكة"). */
  readonly named: boolean;
}

/** Time zones. */
export const timeZoneWords: readonly TimeZoneWord[] = [
  { phrase: 'بتوقيت', named: true },
  { phrase: 'بالتوقيت', named: true },
  { phrase: 'توقيت', named: true },
  { phrase: 'ت غ', named: false },
  { phrase: 'تغ', named: false },
  { phrase: 'غرينتش', named: false },
  { phrase: 'جرينتش', named: false },
];

/**
 * Words before "N عاما" that make it a person's age, not a duration: "البالغ
 * من العمر 13 عاما", "عن عمر يناهز 85 عاما" (a bracketed "(47 عاما)" after a
 * name is read by rule). An age is a figure a claim may state, so the dates
 * layer leaves it alone.
 */
export const ageWords: readonly string[] = [
  'العمر',
  'عمر',
  'عمره',
  'عمرها',
  'عمرهم',
  'بعمر',
  'البالغ',
  'البالغة',
  'البالغين',
  'البالغات',
  'يبلغ',
  'تبلغ',
  'سن',
  'بسن',
  'يناهز',
  'ناهز',
  'ناهزت',
  'تناهز',
  'ابن',
  'ابنة',
];

/** Words that introduce a sport season or a split year: "موسم 2017/2018", "خلال الموسم الحالي". */
export const seasonWords: readonly string[] = ['موسم', 'الموسم'];

/**
 * Words before a time that make it the baseline a figure is compared with, not
 * the time the figure is about: "ارتفع 17% عن العام الماضي"، "مقارنة بالعام
 * الماضي"، "قياسا بعام 2015". A glued ب or a مع between is read by rule.
 */
export const comparisonWords: readonly string[] = ['مقارنة', 'بالمقارنة', 'قياسا', 'عن'];

/**
 * Words before "منذ X" that make it the start of a record, not the time of the
 * figure: "أدنى مستوى لها منذ 9 سنوات"، "أكبر ارتفاع منذ 2015"، "لأول مرة منذ 2008".
 */
export const recordWords: readonly string[] = ['أعلى', 'أدنى', 'أكبر', 'أقل', 'أسوأ', 'أفضل', 'أسرع', 'أبطأ', 'أول', 'لأول', 'مستوى', 'مستويات'];

/**
 * Verbs of beginning before a date: what a figure counts since then is a
 * running total up to publication ("قتل أكثر من مئة عنصر في عملية انطلقت في
 * التاسع من شباط"، "أوقعت المنظمة التي تأسست في 1959 829 قتيلا").
 */
export const beginningWords: readonly string[] = ['انطلقت', 'انطلق', 'بدأت', 'بدأ', 'اندلعت', 'اندلع', 'تأسست', 'تأسس', 'أنشئت', 'أنشئ', 'أطلقت', 'أطلق'];

/** A word after an hour or a length that adds (or before "إلا" takes away) a share of it: "الثامنة والنصف"، "ساعتين ونصف"، "الثامنة إلا ربع". */
export interface UnitFractionWord {
  /** The words. */
  readonly phrase: string;
  /** The share of the unit: 0.5 for والنصف, −0.25 for إلا ربع. */
  readonly fraction: number;
}

/** Shares of an hour or a unit after it. */
export const unitFractionWords: readonly UnitFractionWord[] = [
  { phrase: 'والنصف', fraction: 0.5 },
  { phrase: 'ونصف', fraction: 0.5 },
  { phrase: 'والربع', fraction: 0.25 },
  { phrase: 'وربع', fraction: 0.25 },
  { phrase: 'والثلث', fraction: 1 / 3 },
  { phrase: 'وثلث', fraction: 1 / 3 },
  { phrase: 'إلا ربع', fraction: -0.25 },
  { phrase: 'إلا الربع', fraction: -0.25 },
  { phrase: 'إلا ثلث', fraction: -1 / 3 },
  { phrase: 'إلا الثلث', fraction: -1 / 3 },
];

/** Words after a length that belong to it: "عام واحد"، "يوم كامل"، "ثلاثة أشهر إضافية". */
export const durationTailWords: readonly string[] = ['واحد', 'واحدة', 'كامل', 'كاملة', 'إضافية', 'إضافي', 'أخرى', 'آخر', 'متتالية', 'متتالي', 'متواصلة'];

/** Words for an unsaid small number of units: "بضعة أيام"، "الأيام القليلة الماضية" (read as three, as Recognizers-Text reads them). */
export const fewWords: readonly string[] = ['بضع', 'بضعة', 'عدة', 'القليلة', 'قليلة', 'العديدة', 'عديدة'];

/** Words after "منذ سنوات" that keep it vague: "منذ سنوات طويلة"، "قبل أيام مضت". */
export const vagueSpanWords: readonly string[] = ['طويلة', 'مضت'];

/** Words for the whole of a unit: "طوال اليوم"، "طيلة العام". */
export const wholeUnitWords: readonly string[] = ['طوال', 'طيلة'];

/** The word "every" of a frequency: "كل أسبوع". */
export const everyWords: readonly string[] = ['كل'];

/** The last one of a whole: "الأسبوع الأخير من يوليو"، "الفصل الرابع والأخير". */
export const lastWords: readonly string[] = ['الأخير', 'الأخيرة'];

/** What a small function word does between the parts of a date. */
export type DateLinkRole =
  /** A part and the whole it is taken from: "العاشر من مارس"، "الربع الأول من العام"، "الستينيات من القرن الماضي"، "البالغ من العمر". */
  | 'of'
  /** A thing and the period it falls in: "مرة في الأسبوع"، "الاثنين في 5 مايو"، "انطلقت في التاسع من شباط". */
  | 'in'
  /** A demonstrative that names a period from publication: "هذا العام"، "هذه السنة"، "هذا الأحد". */
  | 'this'
  /** "Same" before a noun of time, naming the period of the time before it: "في ذات العام"، "نفس اليوم" (the after-form is an anaphoric word: "العام نفسه"). */
  | 'same'
  /** The "with" of a comparison: "مقارنة مع العام الماضي". */
  | 'with'
  /** A comparison word that binds only the time right after it: "ارتفع 17% عن العام الماضي". */
  | 'than'
  /** Two counts of one noun of time: "3 أو 4 أيام". */
  | 'or'
  /** Two days of one month: "نوفمبر بين 15 و 19". */
  | 'between'
  /** The moment of publication a length of time counts from: "بعد أسبوعين من الآن". */
  | 'now';

/** A function word that links the parts of a date: `{ word: 'من', role: 'of' }`. */
export type DateLinkWord = RoleWord<DateLinkRole>;

/**
 * The function words the date recognizers and refiners read between the
 * parts of a date. A word has one role; where either a part-of or an in-period
 * link may stand ("في وقت سابق من الشهر"، "لاحقا في هذا الأسبوع"), the rule
 * asks for both roles.
 */
export const dateLinkWords: readonly DateLinkWord[] = [
  { word: 'من', role: 'of' },
  { word: 'في', role: 'in' },
  { word: 'هذا', role: 'this' },
  { word: 'هذه', role: 'this' },
  { word: 'نفس', role: 'same' },
  { word: 'ذات', role: 'same' },
  { word: 'مع', role: 'with' },
  { word: 'عن', role: 'than' },
  { word: 'أو', role: 'or' },
  { word: 'بين', role: 'between' },
  { word: 'الآن', role: 'now' },
];
