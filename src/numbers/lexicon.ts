/**
 * Arabic number words as plain data. Forms are written in careful spelling;
 * the engine folds them (hamza seats, ى/ي, ة/ه, diacritics) exactly as it folds
 * running text, so one form here also matches its common misspellings.
 *
 * To teach the parser a new spelling, add it to the right table and add a test
 * in `lexicon.test.ts`.
 */

/** A number word and the value it contributes. */
export interface ValuedForms {
  /** The value: 3 for ثلاثة, 300 for ثلاثمئة, 0.25 for ربع. */
  readonly value: number;
  /** Every written form, in any case ending (folding covers hamza, ى and ة variants). */
  readonly forms: readonly string[];
}

/** Units 0–10 as free-standing cardinals (10 here is عشرة standing alone). */
export const unitWords: readonly ValuedForms[] = [
  { value: 0, forms: ['صفر'] },
  { value: 1, forms: ['واحد', 'واحدة', 'واحدا'] },
  { value: 2, forms: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثنتان', 'ثنتين', 'اتنين'] },
  { value: 3, forms: ['ثلاث', 'ثلاثة', 'تلات', 'تلاتة'] },
  { value: 4, forms: ['أربع', 'أربعة'] },
  { value: 5, forms: ['خمس', 'خمسة'] },
  { value: 6, forms: ['ست', 'ستة'] },
  { value: 7, forms: ['سبع', 'سبعة'] },
  { value: 8, forms: ['ثمان', 'ثماني', 'ثمانية', 'تمن', 'تمانية'] },
  { value: 9, forms: ['تسع', 'تسعة'] },
  { value: 10, forms: ['عشر', 'عشرة'] },
];

/**
 * Words that only begin a compound teen (أحد عشر، اثنا عشر). Units 3–9 also
 * begin teens; they are taken from {@link unitWords}.
 */
export const teenHeadWords: readonly ValuedForms[] = [
  { value: 1, forms: ['أحد', 'إحدى'] },
  { value: 2, forms: ['اثنا', 'اثني', 'اثنتا', 'اثنتي'] },
];

/** The second word of a compound teen: ثلاثة عشر، ثلاث عشرة. */
export const teenTailForms: readonly string[] = ['عشر', 'عشرة'];

/** Teens written as one word (Egyptian and Levantine speech, transcribed quotes). */
export const oneWordTeens: readonly ValuedForms[] = [
  { value: 11, forms: ['حداشر', 'احداشر'] },
  { value: 12, forms: ['اتناشر', 'اطناشر'] },
  { value: 13, forms: ['تلتاشر', 'تلاتاشر'] },
  { value: 14, forms: ['أربعتاشر'] },
  { value: 15, forms: ['خمستاشر', 'خمصتاشر'] },
  { value: 16, forms: ['ستاشر'] },
  { value: 17, forms: ['سبعتاشر', 'سبعطاشر'] },
  { value: 18, forms: ['تمنتاشر', 'تمانتاشر'] },
  { value: 19, forms: ['تسعتاشر'] },
];

/** Tens 20–90, nominative and accusative/genitive. */
export const tensWords: readonly ValuedForms[] = [
  { value: 20, forms: ['عشرون', 'عشرين'] },
  { value: 30, forms: ['ثلاثون', 'ثلاثين', 'تلاتين'] },
  { value: 40, forms: ['أربعون', 'أربعين'] },
  { value: 50, forms: ['خمسون', 'خمسين'] },
  { value: 60, forms: ['ستون', 'ستين'] },
  { value: 70, forms: ['سبعون', 'سبعين'] },
  { value: 80, forms: ['ثمانون', 'ثمانين', 'تمانين'] },
  { value: 90, forms: ['تسعون', 'تسعين'] },
];

/** Hundreds written as one word, including the dual and the Egyptian forms. */
export const hundredWords: readonly ValuedForms[] = [
  { value: 100, forms: ['مئة', 'مائة', 'مية', 'مايه'] },
  { value: 200, forms: ['مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي', 'متين', 'ميتين'] },
];

/**
 * First parts of the hundreds written joined to مئة/مائة (ثلاثمئة، ثلاثمائة).
 * The engine generates the joined forms from these stems.
 */
export const joinedHundredStems: readonly ValuedForms[] = [
  { value: 300, forms: ['ثلاث', 'ثلث', 'تلت', 'تلات'] },
  { value: 400, forms: ['أربع', 'ربع'] },
  { value: 500, forms: ['خمس'] },
  { value: 600, forms: ['ست'] },
  { value: 700, forms: ['سبع'] },
  { value: 800, forms: ['ثمان', 'ثماني', 'تمن'] },
  { value: 900, forms: ['تسع'] },
];

/** The spellings of the hundred that stems are joined to. */
export const joinedHundredTails: readonly string[] = ['مئة', 'مائة', 'مية'];

/** Grammatical number of a scale or fraction word, which decides what may count it. */
export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/** A scale word (ألف، مليون …) in all its forms. */
export interface ScaleEntry {
  /** The scale: 1000 for ألف. */
  readonly value: number;
  /** Singular, any case: ألف، ألفٌ. */
  readonly singular: readonly string[];
  /** Dual, nominative, accusative and construct: ألفان، ألفين، ألفي. */
  readonly dual: readonly string[];
  /**
   * Forms that are the construct dual (ألفا جندي = 2000) when they stand alone
   * but the accusative singular (22 ألفاً = 22000) after a counting number.
   */
  readonly dualOrAccusative: readonly string[];
  /** Plural, used after 3–10: آلاف، ملايين. Alone it is vague ("thousands"), not a number. */
  readonly plural: readonly string[];
}

/** Scale words, smallest first. بليون is read as 10^9, as in current Arabic news usage. */
export const scaleWords: readonly ScaleEntry[] = [
  {
    value: 12,
    singular: ['دزينة', 'دستة'],
    dual: ['دزينتان', 'دزينتين', 'دستتان', 'دستتين'],
    dualOrAccusative: [],
    plural: ['دزينات', 'دستات'],
  },
  {
    value: 1e3,
    singular: ['ألف'],
    dual: ['ألفان', 'ألفين', 'ألفي'],
    dualOrAccusative: ['ألفا'],
    plural: ['آلاف', 'ألوف'],
  },
  {
    value: 1e6,
    singular: ['مليون'],
    dual: ['مليونان', 'مليونين', 'مليوني'],
    dualOrAccusative: ['مليونا'],
    plural: ['ملايين', 'ملايبن'],
  },
  {
    value: 1e9,
    singular: ['مليار', 'بليون'],
    dual: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين'],
    dualOrAccusative: ['مليارا', 'بليونا'],
    plural: ['مليارات', 'بلايين'],
  },
  {
    value: 1e12,
    singular: ['تريليون', 'ترليون'],
    dual: ['تريليونان', 'تريليونين', 'ترليونين', 'ترليونان'],
    dualOrAccusative: ['تريليونا', 'ترليونا'],
    plural: ['تريليونات', 'ترليونات'],
  },
];

/** A fraction word (نصف، ثلث …) in its forms. */
export interface FractionEntry {
  /** The fraction: 0.25 for ربع. */
  readonly value: number;
  /** Singular: ثلث. */
  readonly singular: readonly string[];
  /** Dual (two of them): ثلثان، ثلثي. */
  readonly dual: readonly string[];
  /** Plural, counted by 3–10: أرباع، أخماس. */
  readonly plural: readonly string[];
  /**
   * The singular is also a cardinal or an everyday word (خمس is five, ثمن is
   * price): standing alone it is read as a fraction only before a definite noun.
   */
  readonly ambiguousSingular: boolean;
}

/** Fractions of a whole. */
export const fractionWords: readonly FractionEntry[] = [
  { value: 1 / 2, singular: ['نصف'], dual: [], plural: ['أنصاف'], ambiguousSingular: false },
  { value: 1 / 3, singular: ['ثلث'], dual: ['ثلثان', 'ثلثين', 'ثلثا', 'ثلثي'], plural: ['أثلاث'], ambiguousSingular: false },
  { value: 1 / 4, singular: ['ربع'], dual: ['ربعان', 'ربعين'], plural: ['أرباع'], ambiguousSingular: false },
  { value: 1 / 5, singular: ['خمس'], dual: ['خمسان', 'خمسين', 'خمسا'], plural: ['أخماس'], ambiguousSingular: true },
  { value: 1 / 6, singular: ['سدس'], dual: ['سدسان', 'سدسين'], plural: ['أسداس'], ambiguousSingular: false },
  { value: 1 / 7, singular: ['سبع'], dual: [], plural: ['أسباع'], ambiguousSingular: true },
  { value: 1 / 8, singular: ['ثمن'], dual: [], plural: ['أثمان'], ambiguousSingular: true },
  { value: 1 / 9, singular: ['تسع'], dual: [], plural: ['أتساع'], ambiguousSingular: true },
  { value: 1 / 10, singular: ['عشر'], dual: [], plural: ['أعشار'], ambiguousSingular: true },
];

/** Ordinal words. Feminine forms count only with the article (ثانية is also "a second"). */
export interface OrdinalEntry {
  /** 1 for الأول. */
  readonly value: number;
  /** Masculine forms, accepted with or without ال. */
  readonly masculine: readonly string[];
  /** Feminine forms, accepted only with ال. */
  readonly feminine: readonly string[];
  /** True when the form only appears inside compounds (الحادي عشر، الحادي والعشرون). */
  readonly compoundOnly: boolean;
}

/** Ordinals 1–10 and the heads of compound ordinals. */
export const ordinalWords: readonly OrdinalEntry[] = [
  { value: 1, masculine: ['أول'], feminine: ['أولى'], compoundOnly: false },
  { value: 1, masculine: ['حادي'], feminine: ['حادية'], compoundOnly: true },
  { value: 2, masculine: ['ثاني', 'ثان'], feminine: ['ثانية'], compoundOnly: false },
  { value: 3, masculine: ['ثالث'], feminine: ['ثالثة'], compoundOnly: false },
  { value: 4, masculine: ['رابع'], feminine: ['رابعة'], compoundOnly: false },
  { value: 5, masculine: ['خامس'], feminine: ['خامسة'], compoundOnly: false },
  { value: 6, masculine: ['سادس'], feminine: ['سادسة'], compoundOnly: false },
  { value: 7, masculine: ['سابع'], feminine: ['سابعة'], compoundOnly: false },
  { value: 8, masculine: ['ثامن'], feminine: ['ثامنة'], compoundOnly: false },
  { value: 9, masculine: ['تاسع'], feminine: ['تاسعة'], compoundOnly: false },
  { value: 10, masculine: ['عاشر'], feminine: ['عاشرة'], compoundOnly: false },
];

/**
 * Words after which واحد/واحدة is the pronoun "one", not a count:
 * أي واحد (which one), كل واحد (each one), ولا واحد (not a single one).
 */
export const pronounOneAfter: readonly string[] = ['أي', 'كل', 'لا', 'ولا', 'فأي', 'وكل', 'لكل', 'بكل'];

/** Words that make the following number negative. */
export const negativeWords: readonly string[] = ['سالب', 'ناقص'];

/** Words for the decimal point when a decimal is spelled out: واحد فاصلة خمسة. */
export const decimalPointWords: readonly string[] = ['فاصلة', 'فاصل', 'نقطة'];

/** Words that turn "N X M" into the ratio N/M: ١ على ٣. */
export const ratioWords: readonly string[] = ['على'];

/** "part(s) of": جزء من مئة is one hundredth. */
export const partWords: readonly string[] = ['جزء', 'أجزاء'];

/** Conjunction و as a word of its own ("خمسمائة و خمسة"). */
export const conjunctionWord = 'و';

/**
 * Surface forms that look like clitic + number word but are ordinary words
 * when they stand first: لست is "I am not", وست is "West" (وست بوينت), الست
 * is "the lady", كمية is "quantity" (not ك and the spoken مية, 100). After a
 * number they are read as usual (مئة وست is 106).
 */
export const notNumberWords: readonly string[] = ['لست', 'وست', 'الست', 'كمية', 'وكمية'];

/** The tables of the numbers layer (its part of the `Lexicon`). Read once, when a number is first parsed. */
export interface NumbersTables {
  /** Units 0–10 as free-standing cardinals: ثلاثة، خمس. */
  readonly unitWords: readonly ValuedForms[];
  /** Words that only begin a compound teen: أحد (عشر)، اثنا (عشر). */
  readonly teenHeadWords: readonly ValuedForms[];
  /** The second word of a compound teen: عشر، عشرة. */
  readonly teenTailForms: readonly string[];
  /** Teens written as one word in speech: حداشر، اتناشر. */
  readonly oneWordTeens: readonly ValuedForms[];
  /** Tens 20–90: عشرون، عشرين. */
  readonly tensWords: readonly ValuedForms[];
  /** Hundreds as one word: مئة، مائتان. */
  readonly hundredWords: readonly ValuedForms[];
  /** First parts of the hundreds written joined to مئة: ثلاث(مئة). */
  readonly joinedHundredStems: readonly ValuedForms[];
  /** The مئة a joined hundred ends in: مئة، مائة، مية. */
  readonly joinedHundredTails: readonly string[];
  /** Scale words in every number: ألف، ألفان، آلاف؛ مليون … */
  readonly scaleWords: readonly ScaleEntry[];
  /** Fractions: نصف، ثلث، ثلاثة أرباع. */
  readonly fractionWords: readonly FractionEntry[];
  /** Ordinals: الأول، الثالث، الحادي (عشر). */
  readonly ordinalWords: readonly OrdinalEntry[];
  /** Words before واحد that make it a pronoun ("كل واحد"), not a count. */
  readonly pronounOneAfter: readonly string[];
  /** Words of a negative number: سالب، ناقص. */
  readonly negativeWords: readonly string[];
  /** Words of a decimal point: فاصلة. */
  readonly decimalPointWords: readonly string[];
  /** Words of a ratio between two numbers: على. */
  readonly ratioWords: readonly string[];
  /** Words of parts: جزء (من مئة). */
  readonly partWords: readonly string[];
  /** Forms that look like a clitic and a number word but are other words when they stand first: لست، وست. */
  readonly notNumberWords: readonly string[];
}

/** The built-in tables of the numbers layer. */
export const numbersTables: NumbersTables = {
  unitWords,
  teenHeadWords,
  teenTailForms,
  oneWordTeens,
  tensWords,
  hundredWords,
  joinedHundredStems,
  joinedHundredTails,
  scaleWords,
  fractionWords,
  ordinalWords,
  pronounOneAfter,
  negativeWords,
  decimalPointWords,
  ratioWords,
  partWords,
  notNumberWords,
};
