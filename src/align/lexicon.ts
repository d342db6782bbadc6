/**
 * What alignment treats as the same thing counted, or the same event. Extend
 * with one line and one test (src/align/align.test.ts).
 */

/** Unit lemmas (folded) that count the same kind of thing: personnel is counted as members, fighters, troops or forces. */
export const unitGroups: readonly (readonly string[])[] = [
  ['فرد', 'عضو', 'عنصر', 'مقاتل', 'جندي', 'قوه', 'مسلح', 'عسكري', 'ضابط', 'شرطي'],
  ['مدني', 'شخص', 'مواطن', 'نسمه'],
  ['قتيل', 'ضحيه'],
];

/** Predicate stems that report the same event. */
export const predicateGroups: readonly (readonly string[])[] = [
  ['بقي', 'ملك'],
  ['قيم', 'حقق'],
  ['خفض', 'انخفض'],
];
