import type { UnitKind } from '../../model.js';

/**
 * What a counted noun says about what it counts. Nouns that count people say
 * nothing more than "people" (شخص), say who they are (مهاجر، جندي، طفل), or
 * say what happened to them (قتيل، جريح، مفقود). Two reports of one fact may
 * use any two of these that do not contradict each other: "35 مهاجراً" and
 * "35 جثة" (who, what happened), "10 قتلى" and "10 أشخاص" (what happened, anyone).
 */
export type CountedRole = 'any' | 'who' | 'what';

/**
 * Counted nouns of one kind of thing (people, occurrences), and what each
 * group says about it. Nouns of one entry count the same thing (جريح = مصاب);
 * nouns of two entries of one kind with the same role count different things
 * (قتيل ≠ جريح, مهاجر ≠ طفل); `any` goes with every noun of its kind.
 * Lemmas are singular; list broken plurals the regular stem cannot reach (جثث).
 */
export interface CountedKind {
  /** The kind of thing counted: `people`, `occurrences`. */
  readonly kind: string;
  /** What the nouns say about it. */
  readonly role: CountedRole;
  /** The nouns, singular (and broken plurals). */
  readonly lemmas: readonly string[];
  /**
   * For what happened: the predicates that say it happened to the people a
   * claim counts, as the claims report them ("اعتقلت الشرطة 12 شخصاً" → اعتقل),
   * where the predicate is not the stem of one of the nouns (قتل is قتيل's).
   */
  readonly verbs?: readonly string[];
}

/** People and occurrences, by what their nouns say. */
export const countedKinds: readonly CountedKind[] = [
  { kind: 'people', role: 'any', lemmas: ['شخص', 'فرد', 'نسمة', 'إنسان', 'نفر'] },
  { kind: 'people', role: 'what', lemmas: ['قتيل', 'ضحية', 'جثة', 'جثث', 'جثمان', 'جثامين', 'متوفى', 'شهيد', 'غريق', 'وفاة', 'وفيات', 'هالك'] },
  { kind: 'people', role: 'what', lemmas: ['جريح', 'مصاب', 'إصابة'], verbs: ['أصاب', 'جرح'] },
  { kind: 'people', role: 'what', lemmas: ['مفقود'], verbs: ['فقد'] },
  { kind: 'people', role: 'what', lemmas: ['ناج'], verbs: ['نجا', 'أنقذ'] },
  { kind: 'people', role: 'what', lemmas: ['معتقل', 'موقوف', 'محتجز', 'سجين', 'مسجون', 'أسير', 'أسرى'], verbs: ['اعتقل', 'احتجز', 'أوقف', 'أسر'] },
  { kind: 'people', role: 'what', lemmas: ['رهينة', 'مختطف', 'مخطوف'], verbs: ['خطف', 'اختطف'] },
  { kind: 'people', role: 'what', lemmas: ['نازح', 'مشرد'] },
  { kind: 'people', role: 'who', lemmas: ['مقاتل', 'عنصر', 'عضو', 'جندي', 'جنود', 'قوة', 'مسلح', 'عسكري', 'ضابط', 'ضباط', 'شرطي', 'عون', 'حارس'] },
  { kind: 'people', role: 'who', lemmas: ['مدني', 'مواطن'] },
  { kind: 'people', role: 'who', lemmas: ['مهاجر'] },
  { kind: 'people', role: 'who', lemmas: ['لاجئ'] },
  { kind: 'people', role: 'who', lemmas: ['طفل', 'قاصر'] },
  { kind: 'people', role: 'who', lemmas: ['امرأة', 'نساء', 'سيدة'] },
  { kind: 'people', role: 'who', lemmas: ['رجل'] },
  { kind: 'people', role: 'who', lemmas: ['راكب', 'ركاب', 'مسافر'] },
  { kind: 'people', role: 'who', lemmas: ['حاج', 'حجاج'] },
  { kind: 'people', role: 'who', lemmas: ['معتمر'] },
  { kind: 'people', role: 'who', lemmas: ['سائح', 'سياح'] },
  { kind: 'people', role: 'who', lemmas: ['زائر', 'زوار'] },
  { kind: 'people', role: 'who', lemmas: ['عامل', 'عمال'] },
  { kind: 'people', role: 'who', lemmas: ['موظف'] },
  { kind: 'people', role: 'who', lemmas: ['طالب', 'طلاب', 'تلميذ', 'تلاميذ'] },
  { kind: 'people', role: 'who', lemmas: ['معلم', 'مدرس'] },
  { kind: 'people', role: 'who', lemmas: ['مريض', 'مرضى'] },
  { kind: 'people', role: 'who', lemmas: ['طبيب', 'أطباء'] },
  { kind: 'people', role: 'who', lemmas: ['دبلوماسي'] },
  { kind: 'people', role: 'who', lemmas: ['لاعب'] },
  { kind: 'people', role: 'who', lemmas: ['مقيم', 'وافد'] },
  { kind: 'people', role: 'who', lemmas: ['متظاهر', 'محتج'] },
  { kind: 'people', role: 'who', lemmas: ['صحفي', 'إعلامي'] },
  { kind: 'people', role: 'who', lemmas: ['ناخب'] },
  { kind: 'occurrences', role: 'any', lemmas: ['مرة'] },
  { kind: 'occurrences', role: 'what', lemmas: ['زيادة'] },
  { kind: 'occurrences', role: 'what', lemmas: ['بطولة', 'لقب', 'ألقاب'] },
  { kind: 'occurrences', role: 'what', lemmas: ['هجوم', 'اعتداء'] },
  { kind: 'occurrences', role: 'what', lemmas: ['غارة', 'ضربة'] },
  { kind: 'occurrences', role: 'what', lemmas: ['انفجار', 'تفجير'] },
];

/** Counted nouns, outside the kinds above, that count the same thing: countries are دول or بلدان. */
export const unitGroups: readonly (readonly string[])[] = [
  ['دولة', 'بلد', 'بلدان'],
  ['منزل', 'بيت', 'مسكن', 'مساكن'],
  ['سيارة', 'مركبة'],
];

/** A measure and its size in the base unit of its kind, so that 16 ميلاً بحرياً and 32 كيلومتراً compare. */
export interface MeasureScale {
  /** The unit's lemma, as the claims report it: كيلومتر، ميل بحري. */
  readonly lemma: string;
  /** What it measures. */
  readonly kind: UnitKind;
  /** Its size in the base unit of the kind: metres, square metres, kilograms, litres. */
  readonly scale: number;
  /** Other spellings a claim may carry as its lemma (abbreviations the unit table does not know). */
  readonly forms: readonly string[];
  /**
   * For a word of two sizes, the larger: a bare ميل is a land mile or, at sea, a
   * nautical one, so "خمسة أميال" is 8.0 to 9.3 km and meets "5 أميال بحرية".
   */
  readonly upTo?: number;
}

/** Lengths in metres, areas in square metres, masses in kilograms, volumes in litres. */
export const measureScales: readonly MeasureScale[] = [
  { lemma: 'متر', kind: 'length', scale: 1, forms: [] },
  { lemma: 'كيلومتر', kind: 'length', scale: 1000, forms: ['كلم', 'كم'] },
  { lemma: 'سنتيمتر', kind: 'length', scale: 0.01, forms: ['سم'] },
  { lemma: 'ميل', kind: 'length', scale: 1609.344, forms: [], upTo: 1852 },
  { lemma: 'ميل بحري', kind: 'length', scale: 1852, forms: [] },
  { lemma: 'قدم', kind: 'length', scale: 0.3048, forms: [] },
  { lemma: 'متر مربع', kind: 'area', scale: 1, forms: [] },
  { lemma: 'كيلومتر مربع', kind: 'area', scale: 1e6, forms: [] },
  { lemma: 'قدم مربع', kind: 'area', scale: 0.09290304, forms: [] },
  { lemma: 'هكتار', kind: 'area', scale: 1e4, forms: [] },
  { lemma: 'دونم', kind: 'area', scale: 1000, forms: [] },
  { lemma: 'فدان', kind: 'area', scale: 4200, forms: [] },
  { lemma: 'كيلوغرام', kind: 'mass', scale: 1, forms: ['كيلو'] },
  { lemma: 'غرام', kind: 'mass', scale: 0.001, forms: ['جرام'] },
  { lemma: 'طن', kind: 'mass', scale: 1000, forms: [] },
  { lemma: 'لتر', kind: 'volume', scale: 1, forms: [] },
  { lemma: 'برميل', kind: 'volume', scale: 158.987, forms: [] },
  { lemma: 'متر مكعب', kind: 'volume', scale: 1000, forms: [] },
];
