/** Predicate stems that report the same event. */
export const predicateGroups: readonly (readonly string[])[] = [
  ['بقي', 'ملك'],
  ['قيم', 'حقق'],
  ['خفض', 'انخفض'],
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
];
