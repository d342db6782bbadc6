/**
 * Words that make a figure a score, a rank or an age rather than a count.
 */

/** Words near two numbers joined by a dash that make them a match score: "فاز 3-1", "بنتيجة 2-2". */
export const scoreCues: readonly string[] = [
  'فاز', 'فازت', 'يفوز', 'فوز', 'بفوز', 'بفوزه', 'بفوزها', 'فوزه', 'فوزها', 'تغلب', 'تغلبت', 'هزم', 'هزمت', 'هزيمة', 'خسر', 'خسرت',
  'خسارة', 'خسارته', 'خسارتها', 'بخسارة', 'للخسارة', 'تعادل', 'تعادلا', 'تعادلت', 'نتيجة', 'بنتيجة', 'سحق', 'اكتسح', 'مباراة',
  'المباراة', 'الشوط', 'أهداف', 'الأهداف', 'بهدفين', 'المنتخب', 'منتخب', 'الفريق', 'النهائي', 'الدوري', 'الكأس', 'أمام',
];

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
