/**
 * Nouns whose complement is the proper name of a thing, not a person: a name there is the
 * namesake of an airport, a mosque, a prize ("مطار محمد الخامس"، "جامعة الملك فهد"، "جائزة
 * نوبل") or the title of a work ("رواية « قشتمر »"). Written by hand for this project (MIT),
 * from reading news; one noun a line may be added.
 */

/**
 * Heads of a named building, place, prize or treaty: a person's name right after one, with or
 * without a title between (الملك، الشيخ), names the thing: "بمطار محمد الخامس"، "مستشفى الملك
 * فيصل التخصصي"، "سجن أبو غريب"، "كأس الشيخ جاسم"، "معاهدة سان ستيفانو". Only heads that are
 * followed by a proper name when a name follows them at all (not قرار، خطاب: "خطاب صدام" is
 * Saddam's speech).
 */
export const namesakeHeads: readonly string[] = [
  'مطار',
  'ميناء',
  'جامعة',
  'مستشفى',
  'مسجد',
  'جامع',
  'كنيسة',
  'كاتدرائية',
  'قصر',
  'ملعب',
  'استاد',
  'ستاد',
  'قاعة',
  // A house of culture, opera or fatwa: "دار أوبرا" is no Oprah, "دار زايد للثقافة" no sheikh.
  'دار',
  'فندق',
  'فنادق',
  'شارع',
  'ميدان',
  'جسر',
  'سد',
  'بوابة',
  'منطقة',
  'مدينة',
  'جائزة',
  'جوائز',
  'كأس',
  'معاهدة',
  'منشورات',
  // Places and institutions named after a person: "مخيم الشيخ سعد"، "حي المعتصم"، "معتقل عوفر"،
  // "مؤسسة الشيخ عيد بن محمد الخيرية"، "مدرسة فؤاد الأول الثانوية"، "منتجع كامب ديفيد" (not
  // قرية، بلدة: "بلدة إبراهيم" is as often the person's home town).
  'مخيم',
  'حي',
  'معتقل',
  'سجن',
  'مؤسسة',
  'مدرسة',
  'معهد',
  // A centre named after a man: "مركز الملك سلمان للإغاثة"، "مركز كارتر".
  'مركز',
  'كامب',
  // A sanctuary named by a nisba, as a man may be: "الحرم الإبراهيمي" (in Hebron)، "الحرم المكي".
  'الحرم',
  // A storm given a person's name: "الإعصار مايكل"، "إعصار فلورنس".
  'إعصار',
  'الإعصار',
];

/**
 * Nouns of a work whose title follows in quotation marks, besides the works of fiction and art of
 * {@link artWorkNouns} (which count here too): "كتاب « الأيام »"، "برنامج " ستون دقيقة ""، "اشتهر
 * بلقب " أبو الإلكترون "". A name in such a title is no person; without the quotation marks the name
 * after the noun is the author's ("رواية نجيب محفوظ") and stays a person.
 */
export const workNouns: readonly string[] = [
  'كتاب',
  'برنامج',
  'مسودة',
  'مقال',
  'مقالة',
  'لقب',
  'عنوان',
  'شعار',
];

/**
 * Nouns of a work of fiction or art whose title follows in quotation marks: a place inside the
 * title after other words is no mention of the place ("رواية " ثرثرة فوق النيل ""، "لوحات " الحياة
 * في النيل ""). Not a report's or a campaign's title: "تقرير بعنوان " مستقبل الوظائف في الشرق الأوسط ""
 * is about the Middle East.
 */
export const artWorkNouns: readonly string[] = [
  'رواية',
  'روايات',
  'قصة',
  'مسلسل',
  'فيلم',
  'قصيدة',
  'مسرحية',
  'ديوان',
  'أغنية',
  'ألبوم',
  'لوحة',
  'لوحات',
];

/**
 * Saint, before the name of a place, church or body named after one: "معاهدة سان ستيفانو"،
 * "مستشفى سانت توماس"، "جامعة سان أندرو"، "سان دييغو". Read as written, with no clitic: لسان is
 * "tongue".
 */
export const saintWords: readonly string[] = ['سان', 'سانت'];
