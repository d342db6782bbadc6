/**
 * The words that make a phrase the name of an organisation. Written by hand for this project
 * (MIT) from general knowledge of Arabic institutional names. Extend with one line here or at
 * run time: `{ lexicon: { organisationHeads: ['مفوضية'] } }`.
 */

/**
 * Heads of institutional names: the head and its construct complement are the name
 * (وزارة الداخلية السعودية، منظمة الصحة العالمية، الهيئة العامة للإحصاء، حزب الله). Written
 * without the article; the definite head (المجلس الوطني) is read too.
 */
export const organisationHeads: readonly string[] = [
  'وزارة', 'هيئة', 'مجلس', 'منظمة', 'قوات', 'جيش', 'مرصد', 'لجنة', 'صندوق', 'محكمة', 'برلمان', 'مكتب', 'سلطة', 'مديرية',
  'رابطة', 'نقابة', 'مفوضية', 'شرطة', 'ديوان', 'بورصة', 'وكالة', 'حرس', 'أمانة', 'تحالف', 'منتدى', 'كلية', 'حكومة',
];

/**
 * Heads that may also be followed by a body's own name without the article: "حزب كاديما"،
 * "جامعة هارفارد"، "شركة أرامكو" (and, like the heads above, by a construct: حزب العمال).
 */
export const organisationNameHeads: readonly string[] = [
  'حزب', 'حركة', 'جبهة', 'تنظيم', 'جماعة', 'جامعة', 'بنك', 'مصرف', 'كتائب', 'ألوية', 'سرايا', 'فيلق', 'ميليشيا', 'معهد',
  'مركز', 'أكاديمية', 'مؤسسة', 'جمعية', 'اتحاد', 'شركة', 'مجموعة',
];

/**
 * Heads that describe what follows as a name: "صحيفة نيويورك تايمز"، "فريق الغرافة"، "حركة حماس".
 * A known body after them, a loan name or one word with the article is the mention, without the
 * head; a known place after them is the body named after it (صحيفة الشرق الأوسط).
 */
export const organisationDescriptors: readonly string[] = [
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'محطة', 'فريق', 'نادي', 'تلفزيون', 'إذاعة', 'وكالة أنباء', 'وكالة', 'حركة', 'تنظيم',
];

/**
 * Adjectives after an institutional head that keep it generic when nothing else follows:
 * "الحكومة المحلية" names no body, "الحكومة العراقية" does.
 */
export const genericBodyWords: readonly string[] = [
  'المحلية', 'المعنية', 'المختصة', 'المسؤولة', 'الرسمية', 'الحكومية', 'الأمنية', 'العسكرية', 'المسلحة', 'الخاصة', 'العامة',
  'الجديدة', 'المذكورة', 'نفسها', 'ذاتها', 'الأخرى', 'المشتركة', 'الدولية', 'الكبرى', 'المعارضة', 'التابعة',
];
