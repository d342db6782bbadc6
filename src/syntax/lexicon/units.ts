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

/**
 * A counted noun: `counted('جندي|جنود', 'masculine')` is the lemma جندي, the irregular form جنود, and the
 * regular masculine inflection (جنديا، جنديين …); every entry of `countUnits` counts, so the kind is not written.
 */
function counted(names: string, inflect?: 'masculine' | 'feminine'): UnitEntry {
  const [lemma, ...forms] = names.split('|');
  return { lemma: lemma!, kind: 'count', forms, ...(inflect ? { inflect } : {}) };
}

/** A measure: `measured('area', 'هكتار|هكتارات|هكتارا')` is the lemma هكتار of an area and its other forms. */
function measured(kind: UnitKind, names: string): UnitEntry {
  return { ...counted(names), kind };
}

/** Money: `money('RUB', 'روبل|روبلات|روبلا')` is the lemma روبل of the currency RUB and its other forms. */
function money(currency: string, names: string): UnitEntry {
  return { ...measured('currency', names), currency };
}

/** Counted nouns of conflict and humanitarian reporting. */
export const countUnits: readonly UnitEntry[] = /* @__PURE__ */ (() => [
  counted('مقاتل', 'masculine'),
  counted('مدني', 'masculine'),
  counted('عراقي', 'masculine'),
  counted('سوري', 'masculine'),
  counted('جندي|جنود', 'masculine'),
  counted('عنصر|عناصر', 'masculine'),
  counted('عضو|أعضاء', 'masculine'),
  counted('فرد|أفراد', 'masculine'),
  counted('شخص|أشخاص', 'masculine'),
  counted('رجل|رجال', 'masculine'),
  counted('امرأة|نساء|سيدة|سيدات'),
  counted('طفل|أطفال', 'masculine'),
  counted('صبي|صبية|صبيان', 'masculine'),
  counted('قتيل|قتلى', 'masculine'),
  counted('جريح|جرحى', 'masculine'),
  counted('مصاب', 'masculine'),
  counted('ضحية|ضحايا'),
  counted('لاجئ', 'masculine'),
  counted('نازح', 'masculine'),
  counted('مهاجر', 'masculine'),
  counted('أسير|أسرى', 'masculine'),
  counted('معتقل', 'masculine'),
  counted('مسلح', 'masculine'),
  counted('مواطن', 'masculine'),
  counted('مساعد', 'masculine'),
  counted('ضابط|ضباط', 'masculine'),
  counted('شرطي', 'masculine'),
  counted('عسكري', 'masculine'),
  counted('قوة|قوات'),
  counted('تقرير|تقارير', 'masculine'),
  counted('دولة|دول'),
  counted('غارة', 'feminine'),
  counted('ضربة', 'feminine'),
  counted('هجوم|هجمات', 'masculine'),
  counted('قاعدة|قواعد'),
  counted('منزل|منازل', 'masculine'),
  counted('صاروخ|صواريخ', 'masculine'),
  counted('طائرة', 'feminine'),
  counted('قرية|قرى'),
  counted('مدينة|مدن'),
  counted('صوت|أصوات', 'masculine'),
  counted('مقعد|مقاعد', 'masculine'),
  counted('نسمة'),
  // The people, places and things of news beyond conflict, with their broken plurals.
  counted('قائد|قادة', 'masculine'),
  counted('قيادي|قيادات', 'masculine'),
  counted('شهيد|شهداء', 'masculine'),
  counted('سجين|سجناء', 'masculine'),
  counted('رهينة|رهائن'),
  counted('جثة|جثث', 'feminine'),
  counted('مريض|مرضى', 'masculine'),
  counted('طالب|طلاب|طلبة', 'masculine'),
  counted('عامل|عمال', 'masculine'),
  counted('موظف', 'masculine'),
  counted('لاعب', 'masculine'),
  counted('سائح|سياح', 'masculine'),
  counted('زائر|زوار', 'masculine'),
  counted('حاج|حجاج', 'masculine'),
  counted('مسافر', 'masculine'),
  counted('راكب|ركاب', 'masculine'),
  counted('مستوطن', 'masculine'),
  counted('متظاهر', 'masculine'),
  counted('مصل|مصلين|مصلون'),
  counted('عائلة|عوائل', 'feminine'),
  counted('أسرة|أسر'),
  counted('حالة', 'feminine'),
  counted('إصابة', 'feminine'),
  counted('وفاة|وفيات'),
  counted('هدف|أهداف|هدفا'),
  counted('نقطة|نقاط'),
  counted('مباراة|مباريات'),
  counted('لقب|ألقاب|لقبا'),
  counted('ميدالية', 'feminine'),
  counted('جائزة|جوائز'),
  counted('موقع|مواقع|موقعا'),
  counted('وكر|أوكار|وكرا'),
  counted('مشروع|مشاريع|مشروعات|مشروعا'),
  counted('شركة', 'feminine'),
  counted('مصنع|مصانع|مصنعا'),
  counted('بنك|بنوك|بنكا'),
  counted('مصرف|مصارف|مصرفا'),
  counted('فندق|فنادق|فندقا'),
  counted('مدرسة|مدارس'),
  counted('جامعة', 'feminine'),
  counted('مستشفى|مستشفيات'),
  counted('مسجد|مساجد|مسجدا'),
  counted('كنيسة|كنائس'),
  counted('مبنى|مبان|مباني'),
  counted('وحدة سكنية|وحدات سكنية'),
  counted('وظيفة|وظائف'),
  counted('فرصة عمل|فرص عمل'),
  counted('سيارة', 'feminine'),
  counted('دبابة', 'feminine'),
  counted('سفينة|سفن'),
  counted('قارب|قوارب|قاربا'),
  counted('رحلة', 'feminine'),
  counted('حادث|حوادث|حادثا'),
  counted('جريمة|جرائم'),
  counted('محافظة', 'feminine'),
  counted('مديرية', 'feminine'),
  counted('بلد|بلدان|بلدا'),
  counted('منصة', 'feminine'),
  counted('بئر|آبار|بئرا'),
  counted('عربة', 'feminine'),
  // Two-word names of things counted in emergencies and on the ground, longer than their first word.
  counted('عربة إسعاف|عربات إسعاف'),
  counted('سيارة إسعاف|سيارات إسعاف'),
  counted('نقطة مراقبة|نقاط مراقبة'),
  counted('نقطة تفتيش|نقاط تفتيش'),
  counted('منصة حفر|منصات حفر'),
  counted('منصة حفر نفطية|منصات حفر نفطية'),
  counted('مركز|مراكز|مركزا'),
  counted('سهم|أسهم|سهما'),
  counted('صفقة|صفقات'),
])();

/**
 * A currency named with the adjective of its country, in the forms news uses:
 * "ريال سعودي", "ريالا سعوديا", "ريالات سعودية". `noun` gives the currency's
 * singular, its accusative and its plural; the adjective is written in the
 * masculine singular.
 */
function qualified(noun: readonly [singular: string, accusative: string, plural: string], adjective: string, currency: string): UnitEntry {
  const [singular, accusative, plural] = noun;
  return {
    lemma: `${singular} ${adjective}`,
    kind: 'currency',
    currency,
    // A Set: for some nouns the accusative is written as the singular (روبية).
    forms: [...new Set([`${accusative} ${adjective}ا`, `${plural} ${adjective}ة`, `${singular} ${adjective}ا`])],
  };
}

const riyal = ['ريال', 'ريالا', 'ريالات'] as const;
const dirham = ['درهم', 'درهما', 'دراهم'] as const;
const dinar = ['دينار', 'دينارا', 'دنانير'] as const;
const pound = ['جنيه', 'جنيها', 'جنيهات'] as const;
const dollar = ['دولار', 'دولارا', 'دولارات'] as const;
const rupee = ['روبية', 'روبية', 'روبيات'] as const;

/** Measures and money, with multi-word forms. A currency named with its country comes before its bare name. */
export const measureUnits: readonly UnitEntry[] = [
  measured('area', 'كيلومتر مربع|كيلومترا مربعا|كيلومترات مربعة|كيلو متر مربع|كم مربع|كلم مربع'),
  measured('area', 'متر مربع|مترا مربعا|أمتار مربعة'),
  measured('area', 'ميل مربع|ميلا مربعا|أميال مربعة'),
  measured('area', 'قدم مربع|قدما مربعا|أقدام مربعة|قدم مربعة'),
  measured('area', 'هكتار|هكتارات|هكتارا'),
  measured('area', 'دونم|دونمات|دونما'),
  measured('area', 'فدان|أفدنة|فدانا'),
  measured('volume', 'متر مكعب|مترا مكعبا|أمتار مكعبة'),
  measured('volume', 'قدم مكعب|قدما مكعبا|أقدام مكعبة|قدم مكعبة'),
  measured('length', 'كيلومتر|كيلومترا|كيلومترات|كيلو متر|كم|كلم|كيلو مترا'),
  measured('length', 'متر|مترا|أمتار'),
  measured('length', 'سنتيمتر|سنتيمترا|سنتيمترات|سم'),
  measured('length', 'مليمتر|مليمترا|مليمترات|ملم|مم|ميليمتر|ميليمترا'),
  measured('length', 'ميل بحري|ميلا بحريا|أميال بحرية'),
  measured('length', 'ميل|أميال|ميلا'),
  measured('length', 'قدم|أقدام|قدما'),
  measured('length', 'بوصة|بوصات|إنش|إنشات'),
  measured('mass', 'طن|أطنان|طنا'),
  measured('mass', 'كيلوغرام|كيلوغراما|كيلوغرامات|كيلو غرام|كغ|كلغ|كيلوجرام|كيلوجراما|كيلوجرامات|كيلو جرام'),
  measured('mass', 'غرام|غراما|غرامات|جرام|جراما|جرامات|غ|غم|جم'),
  measured('mass', 'مليغرام|مليغراما|مليغرامات|ملغ|ملج|ملليغرام|مليجرام'),
  measured('mass', 'أونصة|أونصات|أونصتان|أونصتين'),
  measured('mass', 'رطل|أرطال|رطلا'),
  measured('volume', 'برميل|براميل|برميلا'),
  measured('volume', 'لتر|لترات|لترا|ليتر|ليترات|ليترا'),
  measured('volume', 'مليلتر|مليلترا|مليلترات|مل|ملليلتر|ميليلتر|ملي لتر'),
  measured('volume', 'هكتولتر|هكتوليتر|هكتو ليتر|هكتولترات'),
  measured('volume', 'غالون|غالونات|غالونا|جالون|جالونات'),
  measured('volume', 'كوب|أكواب|كوبا'),
  measured('temperature', 'درجة مئوية|درجات مئوية|درجة سيليزية|درجة سلزيوس|درجة سيلسيوس|سلزيوس|سيلسيوس|مئوية'),
  measured('temperature', 'درجة|درجات'),
  measured('temperature', 'درجة فهرنهايت|درجات فهرنهايت|درجة فهرنهايتية|فهرنهايت'),
  measured('power', 'ميغاواط|ميجاواط|ميغاوات|ميجاوات|ميغا واط|ميجا وات'),
  measured('power', 'غيغاواط|جيجاواط|غيغاوات|جيجاوات'),
  measured('power', 'كيلوواط|كيلووات|كيلو واط|كيلو وات'),
  measured('energy', 'كيلوواط ساعة|كيلووات ساعة|كيلوواط في الساعة'),
  measured('energy', 'ميغاواط ساعة|ميجاوات ساعة|ميغاوات ساعة'),
  qualified(riyal, 'سعودي', 'SAR'),
  qualified(riyal, 'قطري', 'QAR'),
  qualified(riyal, 'عماني', 'OMR'),
  qualified(riyal, 'يمني', 'YER'),
  qualified(riyal, 'إيراني', 'IRR'),
  qualified(dirham, 'إماراتي', 'AED'),
  qualified(dirham, 'مغربي', 'MAD'),
  qualified(dinar, 'كويتي', 'KWD'),
  qualified(dinar, 'بحريني', 'BHD'),
  qualified(dinar, 'أردني', 'JOD'),
  qualified(dinar, 'عراقي', 'IQD'),
  qualified(dinar, 'ليبي', 'LYD'),
  qualified(dinar, 'تونسي', 'TND'),
  qualified(dinar, 'جزائري', 'DZD'),
  qualified(pound, 'مصري', 'EGP'),
  qualified(pound, 'سوداني', 'SDG'),
  qualified(dollar, 'أمريكي', 'USD'),
  qualified(dollar, 'أميركي', 'USD'),
  qualified(dollar, 'كندي', 'CAD'),
  qualified(dollar, 'أسترالي', 'AUD'),
  qualified(dollar, 'سنغافوري', 'SGD'),
  qualified(rupee, 'هندي', 'INR'),
  qualified(rupee, 'باكستاني', 'PKR'),
  money('LBP', 'ليرة لبنانية|ليرات لبنانية'),
  money('SYP', 'ليرة سورية|ليرات سورية'),
  money('TRY', 'ليرة تركية|ليرات تركية'),
  money('GBP', 'جنيه إسترليني|جنيهات إسترلينية|جنيها إسترلينيا|باوند|باوندات'),
  money('CHF', 'فرنك سويسري|فرنكات سويسرية|فرنكا سويسريا'),
  money('USD', 'دولار|دولارات|دولارا'),
  money('EUR', 'يورو|أورو'),
  measured('currency', 'سنت|سنتات|سينت|سينتات|سنتا'),
  money('EGP', 'جنيه|جنيهات|جنيها'),
  money('IQD', 'دينار|دنانير|دينارا'),
  money('SAR', 'ريال|ريالات|ريالا'),
  money('AED', 'درهم|دراهم|درهما'),
  money('SYP', 'ليرة|ليرات'),
  money('ILS', 'شيكل|شيكلا|شيكلات|شواكل|شيقل|شيقلا|شواقل'),
  money('RUB', 'روبل|روبلات|روبلا'),
  money('CNY', 'يوان|يوانات'),
  money('JPY', 'ين|ين ياباني'),
  money('INR', 'روبية|روبيات'),
  money('MRU', 'أوقية|أوقيات'),
  ...['USD', 'EUR', 'GBP', 'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'EGP', 'LBP', 'SYP', 'IQD', 'LYD', 'TND', 'DZD', 'MAD', 'TRY', 'ILS', 'CHF', 'JPY', 'CNY', 'RUB', 'INR'].map(
    (code): UnitEntry => ({ lemma: code, kind: 'currency', currency: code, forms: [] }),
  ),
  measured('percent', 'في المئة|في المائة|بالمئة|بالمائة|بالمية'),
  measured('percent', 'نقطة مئوية|نقاط مئوية|نقطة أساس|نقاط أساس'),
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
  { symbol: '¥', lemma: 'ين', kind: 'currency', currency: 'JPY' },
  { symbol: '¢', lemma: 'سنت', kind: 'currency' },
  { symbol: '°', lemma: 'درجة مئوية', kind: 'temperature' },
  { symbol: '℃', lemma: 'درجة مئوية', kind: 'temperature' },
];

/**
 * Nouns that classify rather than count: the indefinite noun after them is what
 * is counted, and the two are one unit — "72 حالة وفاة" (deaths), "1294 حالة
 * إصابة", "78 حالة اختفاء قسري". The unit's lemma is the noun after (وفاة), its
 * readable singular the whole phrase (حالة وفاة).
 */
export const classifierNouns: readonly string[] = ['حالة'];

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
  'أولئك', 'هناك', 'هنا', 'تحت', 'فوق', 'مقارنة', 'بجروح', 'بجراح', 'لمدة', 'طيلة', 'طوال',
  'ضمن', 'بشكل', 'بعدما', 'بينما', 'بتوقيت', 'بأن', 'بوضوح', 'إثر', 'جراء', 'بمقياس', 'بواقع', 'عقب', 'بسبب', 'خصوصا',
  // Conjunctions that open a clause of time or cause: "وطاقم من أربعة أفراد عندما سقطت".
  'عندما', 'حين', 'حينما', 'لما', 'إذ', 'إذا', 'لكي',
  // Prepositions with a pronoun, and other particles: "أربع مباريات لها في المونديال"، "تسع نقاط أمام".
  'له', 'لها', 'لهم', 'أمام', 'ممن', 'مما', 'بينها', 'تم',
  // The article written apart before the next number, with its clitics: "بين 20 والـ25 من العمر".
  'وال', 'بال', 'فال', 'لل',
];

/**
 * Nouns after من that name where from, not whose: "تحرير 7 ملايين شخص من قبضة التنظيم"
 * (from the grip of), "من داخل"، "من مناطق"، "360 ألف شخص من أصول تركية" (of Turkish descent).
 */
export const notOwnerHeads: readonly string[] = ['قبضة', 'أيدي', 'يد', 'سيطرة', 'مناطق', 'داخل', 'خارج', 'أنحاء', 'بين', 'مختلف', 'جميع', 'أصول'];

/**
 * What makes a measure a rate, after its unit: "60 دولاراً للبرميل" (per
 * barrel: the noun after لل), "لكل برميل", "120 كيلومتراً في الساعة" (per hour),
 * "50 ألف برميل يومياً" (per day). `per` is what the rate is per; an entry
 * without it takes the noun after the phrase.
 */
export interface PerMarker {
  /** The words. */
  readonly phrase: string;
  /** What the rate is per, in the singular; absent when the next noun says it (لكل). */
  readonly per?: string;
}

/** Rate markers. */
export const perMarkers: readonly PerMarker[] = [
  { phrase: 'لكل' },
  { phrase: 'في الساعة', per: 'ساعة' },
  { phrase: 'في اليوم', per: 'يوم' },
  { phrase: 'في الأسبوع', per: 'أسبوع' },
  { phrase: 'في الشهر', per: 'شهر' },
  { phrase: 'في السنة', per: 'سنة' },
  { phrase: 'في العام', per: 'عام' },
  { phrase: 'في الثانية', per: 'ثانية' },
  { phrase: 'يوميا', per: 'يوم' },
  { phrase: 'أسبوعيا', per: 'أسبوع' },
  { phrase: 'شهريا', per: 'شهر' },
  { phrase: 'سنويا', per: 'سنة' },
  { phrase: 'ساعيا', per: 'ساعة' },
];

/** Pronoun suffixes a counted noun may carry, read off before the noun is looked up: مساعديه، قواتها، عناصرهم. */
export const pronounSuffixes: readonly string[] = ['ه', 'ها', 'هم'];

/**
 * A regular ending of a noun the unit tables do not know, and what its singular ends in instead: the
 * sound plurals (مقاتلين، مقاتلون → مقاتل), the feminine plural (غارات → غارة) and the accusative alef
 * (مدنيا → مدني). Read in this order; the first that fits gives the lemma. Broken plurals need the table.
 */
export interface RegularEnding {
  /** The letters the written word ends in: ين. */
  readonly ending: string;
  /** What stands for them in the singular: ة for ات; absent when they are dropped. */
  readonly replacement?: string;
  /** The shortest word (in letters) the ending is read on: a shorter one (دين، كون) is left whole. */
  readonly minLength: number;
  /** True when the ending written twice is none: مدنيا is مدني, but a word ending in "اا" is no accusative. */
  readonly notDoubled?: boolean;
}

export const regularEndings: readonly RegularEnding[] = [
  { ending: 'ين', minLength: 5 },
  { ending: 'ون', minLength: 5 },
  { ending: 'ات', replacement: 'ة', minLength: 5 },
  { ending: 'ا', minLength: 4, notDoubled: true },
];
