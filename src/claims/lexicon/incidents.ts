/**
 * What a toll is of: the incident a count of the dead, the injured or the
 * rescued belongs to ("قتل 48 مهاجرا إثر غرق قاربهم", "10 قتلى في انهيار
 * جسر", "أدى خروج قطار عن سكته إلى سقوط 10 قتلى"). Two reports of one
 * shipwreck give different tolls of one fact; the incident says which one.
 */

/** Nouns that name an incident with a toll. A phrase of one of them and what follows it is the toll's subject. */
export const incidentNouns: readonly string[] = [
  'حادث', 'حادثة', 'غرق', 'تحطم', 'سقوط طائرة', 'حريق', 'حرائق', 'انفجار', 'تفجير', 'تفجيرات', 'هجوم', 'هجمات', 'اعتداء',
  'انهيار', 'اصطدام', 'تصادم', 'انقلاب', 'خروج', 'انحراف', 'زلزال', 'فيضان', 'فيضانات', 'سيول', 'إعصار', 'عاصفة', 'كمين',
  'قصف', 'غارة', 'غارات', 'اشتباكات', 'مواجهات', 'تدافع', 'انزلاق', 'تسرب', 'اندلاع',
];

/** Words before an incident noun that tie a toll to it: في، إثر، جراء … ("في تحطم طائرة", "إثر غرق قاربهم"). */
export const incidentLinks: readonly string[] = ['في', 'إثر', 'جراء', 'بعد', 'عقب', 'بسبب', 'نتيجة', 'خلال'];

/**
 * Prepositions that stay inside an incident's description, saying where it happened or to what, when a
 * word that is no function word follows: "قتل 53 شخصا في حريق في مركز تسوق" is a toll of "حريق في مركز تسوق".
 * Any other function word ends the description.
 */
export const incidentPrepositions: readonly string[] = ['في', 'من'];

/** Verbs whose subject is an incident and whose object is its toll: "أدى خروج قطار … إلى سقوط 10 قتلى". */
export const incidentCauses: readonly string[] = ['أدى', 'أسفر', 'أسفرت', 'خلف', 'خلفت', 'تسبب', 'تسببت', 'أوقع', 'أوقعت', 'أودى', 'أودت'];

/** Counted nouns of a toll, singular: "10 قتلى", "73 جريحا", "35 جثة". */
export const tollNouns: readonly string[] = ['قتيل', 'جريح', 'مصاب', 'جثة', 'ضحية', 'مفقود', 'ناجي', 'غريق', 'وفاة', 'شهيد'];

/** Predicates (their stems in `predicates`) of a toll: "مقتل 40 شخصا", "إصابة 23 آخرين", "إنقاذ 67 مهاجرا". */
export const tollPredicates: readonly string[] = ['قتل', 'اصاب', 'انقذ'];
