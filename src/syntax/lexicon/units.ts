import type { UnitKind } from '../../model.js';

/**
 * A unit: a counted noun (مقاتل) or a measure (كيلومتر مربع، دولار، %).
 *
 * `forms` lists what is not regular. For `inflect: 'masculine'` the engine adds
 * the accusative (مقاتلاً), the sound plurals (مقاتلون، مقاتلين) and the construct
 * plural (مقاتلي); for `'feminine'` it adds the sound plural in ات (غارات).
 */
export interface UnitEntry {
  /** The singular, as the claim reports it: مقاتل. */
  readonly lemma: string;
  /** What it measures. */
  readonly kind: UnitKind;
  /** Irregular and broken-plural forms, and multi-word forms: جنود، كم مربع. */
  readonly forms: readonly string[];
  /** Regular inflection the engine generates from the lemma. */
  readonly inflect?: 'masculine' | 'feminine';
  /** ISO 4217 code of a currency. */
  readonly currency?: string;
}

/** Counted nouns of conflict and humanitarian reporting. */
export const countUnits: readonly UnitEntry[] = [
  { lemma: 'مقاتل', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مدني', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'عراقي', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'سوري', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'جندي', kind: 'count', forms: ['جنود'], inflect: 'masculine' },
  { lemma: 'عنصر', kind: 'count', forms: ['عناصر'], inflect: 'masculine' },
  { lemma: 'عضو', kind: 'count', forms: ['أعضاء'], inflect: 'masculine' },
  { lemma: 'فرد', kind: 'count', forms: ['أفراد'], inflect: 'masculine' },
  { lemma: 'شخص', kind: 'count', forms: ['أشخاص'], inflect: 'masculine' },
  { lemma: 'رجل', kind: 'count', forms: ['رجال'], inflect: 'masculine' },
  { lemma: 'امرأة', kind: 'count', forms: ['نساء', 'سيدة', 'سيدات'] },
  { lemma: 'طفل', kind: 'count', forms: ['أطفال'], inflect: 'masculine' },
  { lemma: 'قتيل', kind: 'count', forms: ['قتلى'], inflect: 'masculine' },
  { lemma: 'جريح', kind: 'count', forms: ['جرحى'], inflect: 'masculine' },
  { lemma: 'مصاب', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'ضحية', kind: 'count', forms: ['ضحايا'] },
  { lemma: 'لاجئ', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'نازح', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مهاجر', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'أسير', kind: 'count', forms: ['أسرى'], inflect: 'masculine' },
  { lemma: 'معتقل', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مسلح', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مواطن', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مساعد', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'ضابط', kind: 'count', forms: ['ضباط'], inflect: 'masculine' },
  { lemma: 'شرطي', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'عسكري', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'قوة', kind: 'count', forms: ['قوات'] },
  { lemma: 'تقرير', kind: 'count', forms: ['تقارير'], inflect: 'masculine' },
  { lemma: 'دولة', kind: 'count', forms: ['دول'] },
  { lemma: 'غارة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'ضربة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'هجوم', kind: 'count', forms: ['هجمات'], inflect: 'masculine' },
  { lemma: 'قاعدة', kind: 'count', forms: ['قواعد'] },
  { lemma: 'منزل', kind: 'count', forms: ['منازل'], inflect: 'masculine' },
  { lemma: 'صاروخ', kind: 'count', forms: ['صواريخ'], inflect: 'masculine' },
  { lemma: 'طائرة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'قرية', kind: 'count', forms: ['قرى'] },
  { lemma: 'مدينة', kind: 'count', forms: ['مدن'] },
  { lemma: 'صوت', kind: 'count', forms: ['أصوات'], inflect: 'masculine' },
  { lemma: 'مقعد', kind: 'count', forms: ['مقاعد'], inflect: 'masculine' },
  { lemma: 'نسمة', kind: 'count', forms: [] },
];

/** Measures, with multi-word and symbol forms. */
export const measureUnits: readonly UnitEntry[] = [
  { lemma: 'كيلومتر مربع', kind: 'area', forms: ['كيلومترا مربعا', 'كيلومترات مربعة', 'كيلو متر مربع', 'كم مربع'] },
  { lemma: 'متر مربع', kind: 'area', forms: ['مترا مربعا', 'أمتار مربعة'] },
  { lemma: 'هكتار', kind: 'area', forms: ['هكتارات', 'هكتارا'] },
  { lemma: 'دونم', kind: 'area', forms: ['دونمات', 'دونما'] },
  { lemma: 'كيلومتر', kind: 'length', forms: ['كيلومترا', 'كيلومترات', 'كيلو متر', 'كم'] },
  { lemma: 'متر', kind: 'length', forms: ['مترا', 'أمتار'] },
  { lemma: 'ميل', kind: 'length', forms: ['أميال', 'ميلا'] },
  { lemma: 'طن', kind: 'mass', forms: ['أطنان', 'طنا'] },
  { lemma: 'كيلوغرام', kind: 'mass', forms: ['كيلوغراما', 'كيلوغرامات', 'كيلو غرام', 'كغ', 'كلغ'] },
  { lemma: 'برميل', kind: 'volume', forms: ['براميل', 'برميلا'] },
  { lemma: 'لتر', kind: 'volume', forms: ['لترات', 'لترا'] },
  { lemma: 'دولار', kind: 'currency', currency: 'USD', forms: ['دولارات', 'دولارا'] },
  { lemma: 'يورو', kind: 'currency', currency: 'EUR', forms: [] },
  { lemma: 'جنيه إسترليني', kind: 'currency', currency: 'GBP', forms: ['جنيهات إسترلينية', 'جنيها إسترلينيا'] },
  { lemma: 'جنيه', kind: 'currency', currency: 'EGP', forms: ['جنيهات', 'جنيها'] },
  { lemma: 'دينار', kind: 'currency', currency: 'IQD', forms: ['دنانير', 'دينارا'] },
  { lemma: 'ريال', kind: 'currency', currency: 'SAR', forms: ['ريالات', 'ريالا'] },
  { lemma: 'درهم', kind: 'currency', currency: 'AED', forms: ['دراهم', 'درهما'] },
  { lemma: 'ليرة', kind: 'currency', currency: 'SYP', forms: ['ليرات'] },
  { lemma: 'في المئة', kind: 'percent', forms: ['في المائة', 'بالمئة', 'بالمائة'] },
];

/** A unit written as one symbol after the number: 40%، 20 $. */
export interface SymbolUnit {
  /** The symbol. */
  readonly symbol: string;
  /** The unit it stands for, as the claim reports it. */
  readonly lemma: string;
  /** What it measures. */
  readonly kind: UnitKind;
  /** ISO 4217 code of a currency. */
  readonly currency?: string;
}

/** Units written as one symbol after the number: 40%، 20 $. */
export const symbolUnits: readonly SymbolUnit[] = [
  { symbol: '%', lemma: 'في المئة', kind: 'percent' },
  { symbol: '$', lemma: 'دولار', kind: 'currency', currency: 'USD' },
  { symbol: '€', lemma: 'يورو', kind: 'currency', currency: 'EUR' },
  { symbol: '£', lemma: 'جنيه إسترليني', kind: 'currency', currency: 'GBP' },
];

/** Nationality adjectives: after a counted noun they name whose it is ("جندي أميركي"). */
export const demonyms: readonly string[] = [
  'أمريكي', 'أميركي', 'عراقي', 'سوري', 'روسي', 'تركي', 'إيراني', 'كردي', 'بريطاني', 'فرنسي', 'ألماني', 'إسرائيلي',
  'فلسطيني', 'لبناني', 'أردني', 'مصري', 'سعودي', 'يمني', 'ليبي', 'سوداني', 'أفغاني', 'باكستاني', 'صيني', 'أوكراني',
];

/**
 * Words that end a noun phrase and are never the counted noun: prepositions,
 * particles, relative pronouns. Any other word right after a number is taken as
 * what it counts, with a regular lemma, when the table does not know it.
 */
export const notUnitWords: readonly string[] = [
  'من', 'في', 'على', 'إلى', 'عن', 'مع', 'خلال', 'منذ', 'بين', 'حتى', 'أو', 'ثم', 'قد', 'لا', 'لم', 'لن',
  'ما', 'أن', 'أنه', 'الذي', 'التي', 'الذين', 'اللذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'كان',
  'كانت', 'وهو', 'وهي', 'وهم', 'وذلك', 'بعد', 'قبل', 'عند', 'لدى', 'حول', 'نحو', 'عبر', 'ضد', 'دون', 'بل', 'لكن', 'كما',
  'أي', 'كل', 'بعض', 'فقط', 'أيضا', 'تقريبا', 'آخرين', 'أخرى', 'آخر', 'يوم', 'عام', 'سنة', 'شهر', 'أكثر', 'أقل',
  'منهم', 'منها', 'فيها', 'بينهم', 'حاليا', 'إضافة', 'فضلا', 'مقابل', 'وفق', 'بحسب', 'حسب', 'هؤلاء',
  'أولئك', 'هناك', 'هنا',
];

/**
 * Nouns after من that name where from, not whose: "تحرير 7 ملايين شخص من قبضة التنظيم"
 * (from the grip of), "من داخل"، "من مناطق".
 */
export const notOwnerHeads: readonly string[] = ['قبضة', 'أيدي', 'يد', 'سيطرة', 'مناطق', 'داخل', 'خارج', 'أنحاء', 'بين', 'مختلف', 'جميع'];
