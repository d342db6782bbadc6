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

/** The tables of the alignment layer (its part of the `Lexicon`). */
export interface AlignTables {
  /** Unit lemmas (folded) that count the same kind of thing. */
  readonly unitGroups: readonly (readonly string[])[];
  /** Predicate stems that report the same event. */
  readonly predicateGroups: readonly (readonly string[])[];
}

/** The built-in tables of the alignment layer. */
export const alignTables: AlignTables = { unitGroups, predicateGroups };
