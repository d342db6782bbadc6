import type { Bound } from '../../model.js';

/** A phrase that bounds the number next to it. */
export interface BoundPhrase {
  /** The words, in careful spelling (the engine folds them as it folds text). */
  readonly phrase: string;
  /** The bound it sets. */
  readonly bound: Bound;
  /** Whether it stands before the number ("أكثر من 3000") or after the number and its unit ("3000 مقاتل على الأقل"). */
  readonly position: 'before' | 'after';
  /**
   * A verb whose subject may stand between it and the number: "تجاوز عدد الضحايا
   * 50 شخصاً", "لا يتجاوز سعره 10 دولارات".
   */
  readonly verb?: boolean;
}

/**
 * Bound phrases. The longest phrase that fits wins, so "ما لا يقل عن" (at least) is never
 * read as "يقل عن" (less than). A leading و/ف on the first word is allowed ("وأكثر من").
 */
export const boundPhrases: readonly BoundPhrase[] = [
  { phrase: 'أكثر من', bound: 'moreThan', position: 'before' },
  { phrase: 'أكثر من أو يساوي', bound: 'atLeast', position: 'before' },
  { phrase: 'أكبر من أو يساوي', bound: 'atLeast', position: 'before' },
  { phrase: 'أعلى من أو يساوي', bound: 'atLeast', position: 'before' },
  { phrase: 'يساوي أو أكثر من', bound: 'atLeast', position: 'before' },
  { phrase: 'أقل من أو يساوي', bound: 'atMost', position: 'before' },
  { phrase: 'أصغر من أو يساوي', bound: 'atMost', position: 'before' },
  { phrase: 'أدنى من أو يساوي', bound: 'atMost', position: 'before' },
  { phrase: 'يساوي أو أقل من', bound: 'atMost', position: 'before' },
  { phrase: 'أكبر من', bound: 'moreThan', position: 'before' },
  { phrase: 'أعلى من', bound: 'moreThan', position: 'before' },
  { phrase: 'فوق', bound: 'moreThan', position: 'before' },
  { phrase: 'أقل من', bound: 'lessThan', position: 'before' },
  { phrase: 'أصغر من', bound: 'lessThan', position: 'before' },
  { phrase: 'أدنى من', bound: 'lessThan', position: 'before' },
  { phrase: 'تحت', bound: 'lessThan', position: 'before' },
  // "دون 18 عاماً" (under 18): دون is "without" before a noun, "under" only before a number.
  { phrase: 'دون', bound: 'lessThan', position: 'before' },
  { phrase: 'لا أقل من', bound: 'atLeast', position: 'before' },
  { phrase: 'ليس أقل من', bound: 'atLeast', position: 'before' },
  { phrase: 'لا أكثر من', bound: 'atMost', position: 'before' },
  { phrase: 'ليس أكثر من', bound: 'atMost', position: 'before' },
  { phrase: 'أو أقل', bound: 'atMost', position: 'after' },
  { phrase: 'فما دون', bound: 'atMost', position: 'after' },
  { phrase: 'فما فوق', bound: 'atLeast', position: 'after' },
  // As one outlet wrote it, dropping the preposition: "ما يقل 3000 مقاتلاً".
  { phrase: 'ما يقل', bound: 'lessThan', position: 'before' },
  { phrase: 'ما لا يقل', bound: 'atLeast', position: 'before' },
  { phrase: 'على الأقل', bound: 'atLeast', position: 'before' },
  { phrase: 'على الأقل', bound: 'atLeast', position: 'after' },
  { phrase: 'فأكثر', bound: 'atLeast', position: 'after' },
  { phrase: 'أو أكثر', bound: 'atLeast', position: 'after' },
  { phrase: 'على الأكثر', bound: 'atMost', position: 'after' },
  { phrase: 'كحد أقصى', bound: 'atMost', position: 'after' },
  { phrase: 'حتى', bound: 'atMost', position: 'before' },
  { phrase: 'نحو', bound: 'approximate', position: 'before' },
  { phrase: 'حوالي', bound: 'approximate', position: 'before' },
  { phrase: 'قرابة', bound: 'approximate', position: 'before' },
  { phrase: 'زهاء', bound: 'approximate', position: 'before' },
  { phrase: 'ما يقارب', bound: 'approximate', position: 'before' },
  { phrase: 'ما يقارب من', bound: 'approximate', position: 'before' },
  { phrase: 'ما يقرب من', bound: 'approximate', position: 'before' },
  { phrase: 'يقارب', bound: 'approximate', position: 'before' },
  { phrase: 'تقارب', bound: 'approximate', position: 'before' },
  { phrase: 'تقريبا', bound: 'approximate', position: 'after' },
  { phrase: 'على أقل تقدير', bound: 'atLeast', position: 'after' },
  { phrase: 'كحد أدنى', bound: 'atLeast', position: 'after' },
  { phrase: 'على أكثر تقدير', bound: 'atMost', position: 'after' },
  { phrase: 'أو أكثر قليلا', bound: 'atLeast', position: 'after' },
  { phrase: 'فقط', bound: 'exact', position: 'after' },
  { phrase: 'لا غير', bound: 'exact', position: 'after' },
  { phrase: 'في حدود', bound: 'approximate', position: 'before' },
  { phrase: 'ما يناهز', bound: 'approximate', position: 'before' },
  { phrase: 'يناهز', bound: 'approximate', position: 'before' },
  { phrase: 'ما يقدر ب', bound: 'approximate', position: 'before' },
];

/**
 * A verb that bounds the figure after it, written once, in the masculine of the third person; the
 * engine writes its other forms (`boundVerbPhrases`). Affirmed it sets `bound`: "تجاوز عدد
 * الضحايا 50 شخصاً" (more than 50), "يقل عن 10" (less than 10). Negated it closes the other side:
 * "لا يتجاوز 50" is at most 50, "لا يقل عن 10" at least 10.
 */
export interface BoundVerb {
  /** The present, third person masculine: "يتجاوز", "يزيد". */
  readonly present: string;
  /** The past, third person masculine, where it bounds a figure too: "تجاوز عدد القتلى 50". */
  readonly past?: string;
  /** The jussive after لم where it is not the present: "يزد" ("لم يزد على 5"), "يتخط" ("لم يتخط 5"). */
  readonly jussive?: string;
  /**
   * The prepositions between the verb and the figure ("يزيد على 50", "يزيد عن 50"). Without them the
   * verb takes the figure as its object, and its subject may stand between: "تجاوز عدد الضحايا 50".
   */
  readonly prepositions?: readonly string[];
  /** The bound it sets when affirmed. */
  readonly bound: 'moreThan' | 'lessThan';
}

/**
 * Verbs that bound a figure. The engine writes every form news uses: the feminine present
 * ("تتجاوز", and after a negation with one of its two ت dropped: "ولا تجاوز مليوني درهم"), the past
 * and its feminine ("تجاوزت", "تخطت"), ما before the present ("ما يزيد على 50"), and the negations
 * of {@link boundVerbParticles}. The spellings read in SaudiNewsNet and the ANT corpus.
 */
export const boundVerbs: readonly BoundVerb[] = [
  { present: 'يتجاوز', past: 'تجاوز', bound: 'moreThan' },
  { present: 'يتخطى', past: 'تخطى', jussive: 'يتخط', bound: 'moreThan' },
  { present: 'يفوق', past: 'فاق', jussive: 'يفق', bound: 'moreThan' },
  { present: 'يتعدى', past: 'تعدى', jussive: 'يتعد', bound: 'moreThan' },
  { present: 'يزيد', jussive: 'يزد', prepositions: ['على', 'عن'], bound: 'moreThan' },
  { present: 'يربو', jussive: 'يرب', prepositions: ['على'], bound: 'moreThan' },
  { present: 'يقل', prepositions: ['عن', 'من'], bound: 'lessThan' },
];

/** A particle before a bound verb: "لا يتجاوز", "لم يزد على", "ما يزيد على". */
export interface BoundVerbParticle {
  /** The words: "ما لا". */
  readonly particle: string;
  /** The form of the verb it stands before. */
  readonly before: 'present' | 'jussive';
  /** Whether it negates the verb, closing the bound the other way ("لا يقل عن 10": at least 10). */
  readonly negates: boolean;
}

/** The particles news puts before a bound verb. */
export const boundVerbParticles: readonly BoundVerbParticle[] = [
  { particle: 'ما', before: 'present', negates: false },
  { particle: 'لا', before: 'present', negates: true },
  { particle: 'ما لا', before: 'present', negates: true },
  // ألا is أن لا: "على ألا يتجاوز إنفاقها 16 في المائة".
  { particle: 'ألا', before: 'present', negates: true },
  { particle: 'لم', before: 'jussive', negates: true },
];

/**
 * Words that may stand inside a bound phrase, between its verb and its
 * preposition: "ما لا يقل عددهم عن 300", "ما يزيد قيمتها على مليار". The engine
 * writes each bound phrase that ends in a preposition once more with each of them.
 */
export const boundFillers: readonly string[] = ['عددهم', 'عددها', 'عدده', 'عدد', 'قيمتها', 'قيمته', 'حجمها', 'حجمه', 'مجموعها', 'مجموعه'];

/**
 * Nouns of a level that may stand between a bound phrase and its figure: "فوق مستوى 4%"،
 * "دون حاجز 100 دولار"، "تحت سقف 3%".
 */
export const boundLevelNouns: readonly string[] = ['مستوى', 'حاجز', 'عتبة', 'سقف'];

/** A comparison sign before a number. */
export interface BoundSymbol {
  /** The sign: ">", ">=", "≥". */
  readonly symbol: string;
  /** The bound it sets. */
  readonly bound: Bound;
}

/** Comparison signs before a number, as tables in news write them: "> 30", "<=100", "≥ 5". */
export const boundSymbols: readonly BoundSymbol[] = [
  { symbol: '>=', bound: 'atLeast' },
  { symbol: '≥', bound: 'atLeast' },
  { symbol: '<=', bound: 'atMost' },
  { symbol: '≤', bound: 'atMost' },
  { symbol: '>', bound: 'moreThan' },
  { symbol: '<', bound: 'lessThan' },
];

/** Signs between two numbers that make a range: "1000 - 5000", "20 ~ 100", "10–20". */
export const rangeSigns: readonly string[] = ['-', '~', '—'];

/** Words that open a range: "بين 15 و20 ألف", "من 10 إلى 20". */
export const rangeOpeners: readonly string[] = ['بين', 'ما بين', 'من'];

/** Words that join the two ends of a range after its opener: "بين 10 و20", "من 10 إلى 20", "من 10 لغاية 20", "بين 10 ل20". */
export const rangeJoiners: readonly string[] = ['و', 'إلى', 'حتى', 'ل', 'لغاية'];

/** Words between two figures that offer them as alternatives, the range between them: "3 أو 4 أشخاص". */
export const alternativeJoiners: readonly string[] = ['أو', 'أم'];

/** A vague quantity word and the interval it asserts. */
export interface VagueQuantity {
  /** The words: "عشرات الآلاف". */
  readonly phrase: string;
  /** Smallest value it can mean. */
  readonly min: number;
  /** Largest value it can mean. */
  readonly max: number;
}

/** Vague quantities, longest first where they share words. */
export const vagueQuantities: readonly VagueQuantity[] = [
  { phrase: 'عشرات الآلاف', min: 1e4, max: 1e5 },
  { phrase: 'مئات الآلاف', min: 1e5, max: 1e6 },
  { phrase: 'عشرات الملايين', min: 1e7, max: 1e8 },
  { phrase: 'مئات الملايين', min: 1e8, max: 1e9 },
  { phrase: 'عشرات', min: 10, max: 100 },
  { phrase: 'مئات', min: 100, max: 1000 },
  { phrase: 'آلاف', min: 1000, max: 1e6 },
  { phrase: 'ملايين', min: 1e6, max: 1e9 },
  { phrase: 'بضعة', min: 3, max: 9 },
  { phrase: 'بضع', min: 3, max: 9 },
];
