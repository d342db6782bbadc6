/**
 * Words that make a figure a score, a rank or an age rather than a count.
 */

/** Words near two numbers joined by a dash that make them a match score: "فاز 3-1", "بنتيجة 2-2". */
export const scoreCues: readonly string[] = [
  'فاز', 'فازت', 'يفوز', 'فوز', 'بفوز', 'بفوزه', 'بفوزها', 'فوزه', 'فوزها', 'تغلب', 'تغلبت', 'هزم', 'هزمت', 'هزيمة', 'خسر', 'خسرت',
  'خسارة', 'خسارته', 'خسارتها', 'بخسارة', 'للخسارة', 'تعادل', 'تعادلا', 'تعادلت', 'نتيجة', 'بنتيجة', 'سحق', 'اكتسح', 'مباراة',
  'المباراة', 'الشوط', 'أهداف', 'الأهداف', 'بهدفين', 'المنتخب', 'منتخب', 'الفريق', 'النهائي', 'الدوري', 'الكأس', 'أمام',
  // The host and the guest, and the legs of a tie: "تغلبه على مضيفه 4-1"، "2-1 ذهابا".
  'مضيف', 'ضيف', 'ذهابا', 'إيابا', 'متفوقا', 'انتصار', 'يتعادل', 'لصالح',
  // A penalty shootout: "بفضل ركلات الترجيح 4-3".
  'ترجيح',
];

/**
 * Words of scoring, after which brackets after a player's name hold the minutes of the goals: "سجلها
 * الحدادي (51 و73)"، "هدفي رامسي (9 و28)". Read behind the article and before a possessive (سجلهما).
 */
export const goalCues: readonly string[] = ['سجل', 'أحرز', 'هدف', 'هدفي', 'هدفين', 'أهداف', 'ثنائية', 'ثلاثية', 'رباعية', 'هاتريك'];

/** Nouns before an ordinal that make it a rank: "المركز الثالث", "المرتبة الأولى". */
export const rankHeads: readonly string[] = ['المركز', 'المرتبة', 'الترتيب', 'المنزلة'];

/**
 * Nouns before an ordinal that make it a category, after من or و: "إعصار من
 * الدرجة الرابعة", "من الفئة الخامسة", "والدرجة الخامسة". Elsewhere the same
 * words name a division or say "mainly": "هبط إلى الدرجة الثانية", "بالدرجة الأولى".
 */
export const categoryHeads: readonly string[] = ['الدرجة', 'الفئة'];

/**
 * Words that make a number of years a person's age: "البالغ من العمر 45 عاماً",
 * "عمره 45 عاماً". (A bare "(45 عاماً)" after a name is an age too.)
 */
export const ageCues: readonly string[] = ['عمر', 'العمر', 'عمره', 'عمرها', 'عمرهم', 'البالغ', 'البالغة', 'يبلغ', 'تبلغ', 'بعمر', 'بسن', 'عمري'];

/** Words after a temperature that make it negative: "درجتين تحت الصفر" is −2. */
export const belowZero: readonly string[] = ['تحت الصفر', 'دون الصفر'];

/** Subunits of money, a hundredth of the unit before them: "3 دولارات و42 سنتاً" is 3.42. */
export const hundredthUnits: readonly string[] = ['سنت', 'سنتات', 'سينت', 'سينتات', 'سنتا', 'قرش', 'قروش', 'فلس', 'فلسا', 'هللة', 'هللات', 'سنتيم'];

/**
 * Units that are percentage points when what changes is a rate: "تراجعت نسبة
 * البطالة بـ0,7 نقطة" is 0.7 points of a percentage, while "تراجع المؤشر 120
 * نقطة" (an index) and "حصد الفريق 57 نقطة" (a table) stay counts.
 */
export const pointUnits: readonly string[] = ['نقطة'];

/** Nouns of a rate before a figure in points, which make the points percentage points: نسبة، معدل. */
export const rateNouns: readonly string[] = ['نسبة', 'نسبته', 'نسبتها', 'معدل', 'معدله', 'معدلها', 'معدلات'];

/** A noun of a win by so many goals: "فاز بثلاثية", "انتهت برباعية مقابل هدف". */
export interface ScoreNoun {
  /** The noun, in the feminine singular: رباعية. */
  readonly phrase: string;
  /** How many goals it stands for. */
  readonly value: number;
}

/**
 * Nouns of a win by so many goals: "فاز بثلاثية نظيفة" is 3–0, "انتهت برباعية
 * مقابل هدف وحيد" 4–1. They are scores after ب or before a word of the other
 * side (نظيفة، مقابل); elsewhere ثلاثية is a trilogy.
 */
export const scoreNouns: readonly ScoreNoun[] = [
  { phrase: 'ثنائية', value: 2 },
  { phrase: 'ثلاثية', value: 3 },
  { phrase: 'رباعية', value: 4 },
  { phrase: 'خماسية', value: 5 },
  { phrase: 'سداسية', value: 6 },
  { phrase: 'سباعية', value: 7 },
];

/** Words that give the other side of a score nothing: "بثلاثية نظيفة", "بثلاثة أهداف دون رد" (a side of 0). */
export const shutoutPhrases: readonly string[] = ['نظيفة', 'نظيف', 'دون رد', 'بدون رد', 'دون مقابل', 'من دون رد'];

/** Words after a counted noun that make it one: "هدف وحيد", "نقطة وحيدة". */
export const soleWords: readonly string[] = ['وحيد', 'وحيدة'];

/** Words between a counted noun and a number that make the number its place in a series: "هدفه رقم 23", "للنقطة رقم 57". */
export const serialMarkers: readonly string[] = ['رقم'];

/**
 * Counted nouns that add up, so that "the Nth" of them is a count of N: goals,
 * points, titles ("هدفه رقم 23" is 23 goals). Other nouns before رقم name an
 * item: "الرحلة رقم 804", "الطائرة رقم 3".
 */
export const serialUnits: readonly string[] = ['هدف', 'نقطة', 'لقب', 'ميدالية', 'جائزة', 'مباراة'];

/** The noun a rank with no head is reported in: "الأولى أوروبيا" is a rank (مرتبة) of 1. The first entry is used. */
export const rankNouns: readonly string[] = ['مرتبة'];

/** Adverbs of where a rank holds after an ordinal: "الأولى أوروبيا", "الثالث عالميا". */
export const rankScopes: readonly string[] = [
  'عالميا', 'أوروبيا', 'عربيا', 'أفريقيا', 'آسيويا', 'خليجيا', 'محليا', 'إقليميا', 'دوليا', 'قاريا', 'وطنيا',
];

/**
 * Phrases that say there is none of the counted noun after them, a figure of 0
 * the text denies: "أكدت عدم وجود قتلى", "ليس هناك قتلى", "ليس هناك على ما يبدو
 * أشخاص أصيبوا".
 */
export const nonePhrases: readonly string[] = [
  'عدم وجود', 'ليس هناك', 'ليست هناك', 'لا يوجد', 'لا توجد', 'لم يسقط', 'لم تسقط', 'دون وقوع', 'عدم وقوع', 'دون تسجيل', 'عدم تسجيل',
];

/** Words of "any" that, after a negation, make the counted noun after them 0: "لم تسجل أي حالة وفاة". */
export const anyWords: readonly string[] = ['أي', 'أية'];

/** A word of a multiple: "أكثر من ضعف ما أنتجه" is more than twice. */
export interface MultipleWord {
  /** The word. */
  readonly phrase: string;
  /** How many times. */
  readonly value: number;
}

/**
 * Words of a multiple, claims after a bound phrase: "أكثر من ضعف", "نحو ضعفي".
 * Alone, ضعف is as often "weakness" (ضَعف الاقتصاد) and is not read.
 */
export const multipleWords: readonly MultipleWord[] = [
  { phrase: 'ضعف', value: 2 },
  { phrase: 'ضعفي', value: 2 },
  { phrase: 'ضعفين', value: 2 },
];
