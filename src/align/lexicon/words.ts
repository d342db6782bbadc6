/** Predicate stems that report the same event. */
export const predicateGroups: readonly (readonly string[])[] = [
  ['بقي', 'ملك'],
  ['قيم', 'حقق'],
  ['خفض', 'انخفض'],
  ['أجلى', 'أخلى'],
];

/**
 * Words of a subject that do not tell one subject from another: prepositions,
 * relatives, "the number of". "عدد ركاب القارب" and "ركاب القارب" are one subject.
 */
export const subjectStopWords: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بين', 'لدى', 'عند', 'بعد', 'قبل', 'منذ', 'خلال', 'حتى', 'ضد', 'نحو', 'حول',
  'قبالة', 'أمام', 'وراء', 'خلف', 'داخل', 'خارج', 'فوق', 'تحت', 'وسط', 'عبر', 'ضمن', 'إثر', 'جراء', 'بسبب',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'ما', 'أو', 'ثم', 'هو', 'هي', 'هم', 'هذا', 'هذه', 'ذلك', 'تلك',
  'كل', 'بعض', 'عدد', 'إجمالي', 'مجموع', 'نسبة',
  'ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'مئة', 'مائة', 'مستوى', 'مصرع', 'مصرعهم', 'حتف', 'حتفهم',
  'عليه', 'عليها', 'عليهم', 'منه', 'منها', 'منهم', 'فيه', 'فيها', 'فيهم', 'إليه', 'إليها', 'عنه', 'عنها', 'لديه', 'لديها', 'معه', 'معها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم',
];

/**
 * Words that mark a figure as the one before a change: "سعر لتر البنزين السابق" is the price that was,
 * "سعر لتر البنزين" the price now. A description with one of them and a description without it are
 * two facts (the old and the new figure), however many other words they share.
 */
export const formerWords: readonly string[] = ['السابق', 'السابقة', 'القديم', 'القديمة', 'سابقا'];
