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
  'وزارة', 'هيئة', 'مجلس', 'منظمة', 'جامعة', 'حزب', 'جبهة', 'قوات', 'جيش', 'مرصد', 'لجنة', 'صندوق', 'اتحاد', 'جمعية',
  'مؤسسة', 'معهد', 'مركز', 'محكمة', 'برلمان', 'مكتب', 'سلطة', 'مديرية', 'حركة', 'تنظيم', 'رابطة', 'نقابة', 'مفوضية',
  'كتائب', 'ألوية', 'سرايا', 'فيلق', 'ميليشيا', 'جماعة', 'أكاديمية', 'بنك', 'مصرف', 'شرطة', 'ديوان', 'بورصة', 'وكالة',
  'حرس', 'أمانة', 'تحالف', 'منتدى', 'كلية', 'حكومة',
];

/**
 * Heads that describe what follows as a name: "شركة نوكيا"، "صحيفة نيويورك تايمز"، "فريق الزمالك".
 * A name after them (a loan word or a known body) is the mention, without the head; an Arabic
 * noun phrase after them is read as an institutional name (وكالة الأنباء الكويتية).
 */
export const organisationDescriptors: readonly string[] = [
  'شركة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'محطة', 'فريق', 'نادي', 'تلفزيون', 'إذاعة', 'وكالة أنباء', 'موقع',
];

/**
 * Adjectives after an institutional head that keep it generic when nothing else follows:
 * "الحكومة المحلية" names no body, "الحكومة العراقية" does.
 */
export const genericBodyWords: readonly string[] = [
  'المحلية', 'المعنية', 'المختصة', 'المسؤولة', 'الرسمية', 'الحكومية', 'الأمنية', 'العسكرية', 'المسلحة', 'الخاصة', 'العامة',
  'الجديدة', 'المذكورة', 'نفسها', 'ذاتها', 'الأخرى', 'المشتركة', 'الدولية', 'الكبرى', 'المعارضة', 'التابعة',
];
