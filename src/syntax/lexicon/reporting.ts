/**
 * Verbs that report what someone said, in the forms news uses. A leading و/ف
 * is allowed. The speaker is the noun phrase after the verb.
 */
export const reportingVerbs: readonly string[] = [
  'قال', 'قالت', 'يقول', 'تقول', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أوضح', 'أوضحت', 'يوضح', 'أشار', 'أشارت', 'يشير', 'تشير',
  'أضاف', 'أضافت', 'يضيف', 'ذكر', 'ذكرت', 'يذكر', 'أعلن', 'أعلنت', 'يعلن', 'كشف', 'كشفت', 'يكشف', 'أفاد', 'أفادت', 'يفيد',
  'صرح', 'صرحت', 'أردف', 'تابع', 'ختم', 'اعترف', 'اعترفت', 'يعترف', 'نقلت', 'نقل', 'كتب', 'كتبت', 'لفت', 'زعم',
  'قالوا', 'أكدوا', 'أعلنوا', 'ذكروا', 'أفادوا',
];

/** Reporting verbs whose source follows عن: "نقلت الصحيفة عن مسؤولين". */
export const reportingFromVerbs: readonly string[] = ['نقلت', 'نقل', 'ينقل', 'تنقل'];

/** Attribution phrases: the speaker follows them ("بحسب ما قال الناطق", "وفق وكالة رويترز"). */
export const attributionPhrases: readonly string[] = [
  'بحسب', 'حسب', 'وفق', 'وفقا ل', 'وفقا لـ', 'طبقا ل', 'نقلا عن', 'بحسب ما قال', 'حسب ما قال', 'وفق ما قال',
];


/** Words that start the description of a speaker's role: "المتحدث باسم التحالف", "نائب قائد التحالف". */
export const roleWords: readonly string[] = [
  'المتحدث', 'الناطق', 'متحدث', 'ناطق', 'نائب', 'قائد', 'مبعوث', 'وزير', 'رئيس', 'مسؤول', 'مسؤولين', 'مسؤولون', 'مدير',
  'زعيم', 'أمين', 'المسؤول', 'القائد',
];

/** Words that end the speaker's noun phrase (what follows is the content or its circumstances). */
export const speakerStopWords: readonly string[] = [
  'أن', 'إن', 'ان', 'أنه', 'إنه', 'انه', 'أنها', 'إنها', 'يوم', 'أمس', 'اليوم', 'في', 'خلال', 'على', 'عبر', 'لـ', 'ل',
  'الذي', 'التي', 'عن', 'إلى', 'الى', 'بعد', 'قبل', 'حول', 'بشأن', 'مساء', 'صباح', 'لدى', 'مع', 'عقب',
  'فيها', 'فيه', 'له', 'لها', 'لهم', 'عنه', 'عنها', 'قائلا', 'بالقول', 'قولهم', 'قوله', 'قولها', 'أيضا', 'كذلك',
];
