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
  { lemma: 'صبي', kind: 'count', forms: ['صبية', 'صبيان'], inflect: 'masculine' },
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
  // The people, places and things of news beyond conflict, with their broken plurals.
  { lemma: 'قائد', kind: 'count', forms: ['قادة'], inflect: 'masculine' },
  { lemma: 'قيادي', kind: 'count', forms: ['قيادات'], inflect: 'masculine' },
  { lemma: 'شهيد', kind: 'count', forms: ['شهداء'], inflect: 'masculine' },
  { lemma: 'سجين', kind: 'count', forms: ['سجناء'], inflect: 'masculine' },
  { lemma: 'رهينة', kind: 'count', forms: ['رهائن'] },
  { lemma: 'جثة', kind: 'count', forms: ['جثث'], inflect: 'feminine' },
  { lemma: 'مريض', kind: 'count', forms: ['مرضى'], inflect: 'masculine' },
  { lemma: 'طالب', kind: 'count', forms: ['طلاب', 'طلبة'], inflect: 'masculine' },
  { lemma: 'عامل', kind: 'count', forms: ['عمال'], inflect: 'masculine' },
  { lemma: 'موظف', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'لاعب', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'سائح', kind: 'count', forms: ['سياح'], inflect: 'masculine' },
  { lemma: 'زائر', kind: 'count', forms: ['زوار'], inflect: 'masculine' },
  { lemma: 'حاج', kind: 'count', forms: ['حجاج'], inflect: 'masculine' },
  { lemma: 'مسافر', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'راكب', kind: 'count', forms: ['ركاب'], inflect: 'masculine' },
  { lemma: 'مستوطن', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'متظاهر', kind: 'count', forms: [], inflect: 'masculine' },
  { lemma: 'مصل', kind: 'count', forms: ['مصلين', 'مصلون'] },
  { lemma: 'عائلة', kind: 'count', forms: ['عوائل'], inflect: 'feminine' },
  { lemma: 'أسرة', kind: 'count', forms: ['أسر'] },
  { lemma: 'حالة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'إصابة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'وفاة', kind: 'count', forms: ['وفيات'] },
  { lemma: 'هدف', kind: 'count', forms: ['أهداف', 'هدفا'] },
  { lemma: 'نقطة', kind: 'count', forms: ['نقاط'] },
  { lemma: 'مباراة', kind: 'count', forms: ['مباريات'] },
  { lemma: 'لقب', kind: 'count', forms: ['ألقاب', 'لقبا'] },
  { lemma: 'ميدالية', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'جائزة', kind: 'count', forms: ['جوائز'] },
  { lemma: 'موقع', kind: 'count', forms: ['مواقع', 'موقعا'] },
  { lemma: 'وكر', kind: 'count', forms: ['أوكار', 'وكرا'] },
  { lemma: 'مشروع', kind: 'count', forms: ['مشاريع', 'مشروعات', 'مشروعا'] },
  { lemma: 'شركة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'مصنع', kind: 'count', forms: ['مصانع', 'مصنعا'] },
  { lemma: 'بنك', kind: 'count', forms: ['بنوك', 'بنكا'] },
  { lemma: 'مصرف', kind: 'count', forms: ['مصارف', 'مصرفا'] },
  { lemma: 'فندق', kind: 'count', forms: ['فنادق', 'فندقا'] },
  { lemma: 'مدرسة', kind: 'count', forms: ['مدارس'] },
  { lemma: 'جامعة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'مستشفى', kind: 'count', forms: ['مستشفيات'] },
  { lemma: 'مسجد', kind: 'count', forms: ['مساجد', 'مسجدا'] },
  { lemma: 'كنيسة', kind: 'count', forms: ['كنائس'] },
  { lemma: 'مبنى', kind: 'count', forms: ['مبان', 'مباني'] },
  { lemma: 'وحدة سكنية', kind: 'count', forms: ['وحدات سكنية'] },
  { lemma: 'وظيفة', kind: 'count', forms: ['وظائف'] },
  { lemma: 'فرصة عمل', kind: 'count', forms: ['فرص عمل'] },
  { lemma: 'سيارة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'دبابة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'سفينة', kind: 'count', forms: ['سفن'] },
  { lemma: 'قارب', kind: 'count', forms: ['قوارب', 'قاربا'] },
  { lemma: 'رحلة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'حادث', kind: 'count', forms: ['حوادث', 'حادثا'] },
  { lemma: 'جريمة', kind: 'count', forms: ['جرائم'] },
  { lemma: 'محافظة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'مديرية', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'بلد', kind: 'count', forms: ['بلدان', 'بلدا'] },
  { lemma: 'منصة', kind: 'count', forms: [], inflect: 'feminine' },
  { lemma: 'بئر', kind: 'count', forms: ['آبار', 'بئرا'] },
  { lemma: 'عربة', kind: 'count', forms: [], inflect: 'feminine' },
  // Two-word names of things counted in emergencies and on the ground, longer than their first word.
  { lemma: 'عربة إسعاف', kind: 'count', forms: ['عربات إسعاف'] },
  { lemma: 'سيارة إسعاف', kind: 'count', forms: ['سيارات إسعاف'] },
  { lemma: 'نقطة مراقبة', kind: 'count', forms: ['نقاط مراقبة'] },
  { lemma: 'نقطة تفتيش', kind: 'count', forms: ['نقاط تفتيش'] },
  { lemma: 'منصة حفر', kind: 'count', forms: ['منصات حفر'] },
  { lemma: 'منصة حفر نفطية', kind: 'count', forms: ['منصات حفر نفطية'] },
  { lemma: 'مركز', kind: 'count', forms: ['مراكز', 'مركزا'] },
  { lemma: 'سهم', kind: 'count', forms: ['أسهم', 'سهما'] },
  { lemma: 'صفقة', kind: 'count', forms: ['صفقات'] },
];

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
  { lemma: 'كيلومتر مربع', kind: 'area', forms: ['كيلومترا مربعا', 'كيلومترات مربعة', 'كيلو متر مربع', 'كم مربع', 'كلم مربع'] },
  { lemma: 'متر مربع', kind: 'area', forms: ['مترا مربعا', 'أمتار مربعة'] },
  { lemma: 'ميل مربع', kind: 'area', forms: ['ميلا مربعا', 'أميال مربعة'] },
  { lemma: 'قدم مربع', kind: 'area', forms: ['قدما مربعا', 'أقدام مربعة', 'قدم مربعة'] },
  { lemma: 'هكتار', kind: 'area', forms: ['هكتارات', 'هكتارا'] },
  { lemma: 'دونم', kind: 'area', forms: ['دونمات', 'دونما'] },
  { lemma: 'فدان', kind: 'area', forms: ['أفدنة', 'فدانا'] },
  { lemma: 'متر مكعب', kind: 'volume', forms: ['مترا مكعبا', 'أمتار مكعبة'] },
  { lemma: 'قدم مكعب', kind: 'volume', forms: ['قدما مكعبا', 'أقدام مكعبة', 'قدم مكعبة'] },
  { lemma: 'كيلومتر', kind: 'length', forms: ['كيلومترا', 'كيلومترات', 'كيلو متر', 'كم', 'كلم', 'كيلو مترا'] },
  { lemma: 'متر', kind: 'length', forms: ['مترا', 'أمتار'] },
  { lemma: 'سنتيمتر', kind: 'length', forms: ['سنتيمترا', 'سنتيمترات', 'سم'] },
  { lemma: 'مليمتر', kind: 'length', forms: ['مليمترا', 'مليمترات', 'ملم', 'مم', 'ميليمتر', 'ميليمترا'] },
  { lemma: 'ميل بحري', kind: 'length', forms: ['ميلا بحريا', 'أميال بحرية'] },
  { lemma: 'ميل', kind: 'length', forms: ['أميال', 'ميلا'] },
  { lemma: 'قدم', kind: 'length', forms: ['أقدام', 'قدما'] },
  { lemma: 'بوصة', kind: 'length', forms: ['بوصات', 'إنش', 'إنشات'] },
  { lemma: 'طن', kind: 'mass', forms: ['أطنان', 'طنا'] },
  { lemma: 'كيلوغرام', kind: 'mass', forms: ['كيلوغراما', 'كيلوغرامات', 'كيلو غرام', 'كغ', 'كلغ', 'كيلوجرام', 'كيلوجراما', 'كيلوجرامات', 'كيلو جرام'] },
  { lemma: 'غرام', kind: 'mass', forms: ['غراما', 'غرامات', 'جرام', 'جراما', 'جرامات', 'غ', 'غم', 'جم'] },
  { lemma: 'مليغرام', kind: 'mass', forms: ['مليغراما', 'مليغرامات', 'ملغ', 'ملج', 'ملليغرام', 'مليجرام'] },
  { lemma: 'أونصة', kind: 'mass', forms: ['أونصات', 'أونصتان', 'أونصتين'] },
  { lemma: 'رطل', kind: 'mass', forms: ['أرطال', 'رطلا'] },
  { lemma: 'برميل', kind: 'volume', forms: ['براميل', 'برميلا'] },
  { lemma: 'لتر', kind: 'volume', forms: ['لترات', 'لترا', 'ليتر', 'ليترات', 'ليترا'] },
  { lemma: 'مليلتر', kind: 'volume', forms: ['مليلترا', 'مليلترات', 'مل', 'ملليلتر', 'ميليلتر', 'ملي لتر'] },
  { lemma: 'هكتولتر', kind: 'volume', forms: ['هكتوليتر', 'هكتو ليتر', 'هكتولترات'] },
  { lemma: 'غالون', kind: 'volume', forms: ['غالونات', 'غالونا', 'جالون', 'جالونات'] },
  { lemma: 'كوب', kind: 'volume', forms: ['أكواب', 'كوبا'] },
  { lemma: 'درجة مئوية', kind: 'temperature', forms: ['درجات مئوية', 'درجة سيليزية', 'درجة سلزيوس', 'درجة سيلسيوس', 'سلزيوس', 'سيلسيوس', 'مئوية'] },
  { lemma: 'درجة', kind: 'temperature', forms: ['درجات'] },
  { lemma: 'درجة فهرنهايت', kind: 'temperature', forms: ['درجات فهرنهايت', 'درجة فهرنهايتية', 'فهرنهايت'] },
  { lemma: 'ميغاواط', kind: 'power', forms: ['ميجاواط', 'ميغاوات', 'ميجاوات', 'ميغا واط', 'ميجا وات'] },
  { lemma: 'غيغاواط', kind: 'power', forms: ['جيجاواط', 'غيغاوات', 'جيجاوات'] },
  { lemma: 'كيلوواط', kind: 'power', forms: ['كيلووات', 'كيلو واط', 'كيلو وات'] },
  { lemma: 'كيلوواط ساعة', kind: 'energy', forms: ['كيلووات ساعة', 'كيلوواط في الساعة'] },
  { lemma: 'ميغاواط ساعة', kind: 'energy', forms: ['ميجاوات ساعة', 'ميغاوات ساعة'] },
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
  { lemma: 'ليرة لبنانية', kind: 'currency', currency: 'LBP', forms: ['ليرات لبنانية'] },
  { lemma: 'ليرة سورية', kind: 'currency', currency: 'SYP', forms: ['ليرات سورية'] },
  { lemma: 'ليرة تركية', kind: 'currency', currency: 'TRY', forms: ['ليرات تركية'] },
  { lemma: 'جنيه إسترليني', kind: 'currency', currency: 'GBP', forms: ['جنيهات إسترلينية', 'جنيها إسترلينيا', 'باوند', 'باوندات'] },
  { lemma: 'فرنك سويسري', kind: 'currency', currency: 'CHF', forms: ['فرنكات سويسرية', 'فرنكا سويسريا'] },
  { lemma: 'دولار', kind: 'currency', currency: 'USD', forms: ['دولارات', 'دولارا'] },
  { lemma: 'يورو', kind: 'currency', currency: 'EUR', forms: ['أورو'] },
  { lemma: 'سنت', kind: 'currency', forms: ['سنتات', 'سينت', 'سينتات', 'سنتا'] },
  { lemma: 'جنيه', kind: 'currency', currency: 'EGP', forms: ['جنيهات', 'جنيها'] },
  { lemma: 'دينار', kind: 'currency', currency: 'IQD', forms: ['دنانير', 'دينارا'] },
  { lemma: 'ريال', kind: 'currency', currency: 'SAR', forms: ['ريالات', 'ريالا'] },
  { lemma: 'درهم', kind: 'currency', currency: 'AED', forms: ['دراهم', 'درهما'] },
  { lemma: 'ليرة', kind: 'currency', currency: 'SYP', forms: ['ليرات'] },
  { lemma: 'شيكل', kind: 'currency', currency: 'ILS', forms: ['شيكلا', 'شيكلات', 'شواكل', 'شيقل', 'شيقلا', 'شواقل'] },
  { lemma: 'روبل', kind: 'currency', currency: 'RUB', forms: ['روبلات', 'روبلا'] },
  { lemma: 'يوان', kind: 'currency', currency: 'CNY', forms: ['يوانات'] },
  { lemma: 'ين', kind: 'currency', currency: 'JPY', forms: ['ين ياباني'] },
  { lemma: 'روبية', kind: 'currency', currency: 'INR', forms: ['روبيات'] },
  { lemma: 'أوقية', kind: 'currency', currency: 'MRU', forms: ['أوقيات'] },
  ...['USD', 'EUR', 'GBP', 'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'EGP', 'LBP', 'SYP', 'IQD', 'LYD', 'TND', 'DZD', 'MAD', 'TRY', 'ILS', 'CHF', 'JPY', 'CNY', 'RUB', 'INR'].map(
    (code): UnitEntry => ({ lemma: code, kind: 'currency', currency: code, forms: [] }),
  ),
  { lemma: 'في المئة', kind: 'percent', forms: ['في المائة', 'بالمئة', 'بالمائة', 'بالمية'] },
  { lemma: 'نقطة مئوية', kind: 'percent', forms: ['نقاط مئوية', 'نقطة أساس', 'نقاط أساس'] },
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
