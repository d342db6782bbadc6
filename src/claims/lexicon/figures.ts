/**
 * Words before a number that make it a reference, a page, a rule or a time
 * rather than a figure: "المادة 25", "القرار 2254", "الصفحة 12", "الدقيقة 63",
 * "سن 18" (an age limit), "سنتي 9000 و6000" (two years), "دور الـ16" (the round of 16).
 */
export const notFigureBefore: readonly string[] = [
  'عام', 'العام', 'سنة', 'لسنة', 'سنتي', 'رقم', 'الرقم', 'المادة', 'مادة', 'الصفحة', 'صفحة', 'ص', 'هاتف', 'الهاتف', 'القرار', 'قرار',
  'الفقرة', 'البند', 'الفصل', 'الساعة', 'الطريق', 'شارع', 'الجزء', 'الدقيقة', 'دقيقة', 'سن', 'الجولة', 'الدورة', 'النسخة', 'الإصدار',
  'موديل', 'طراز', 'الرحلة', 'رحلة', 'الكيلو', 'الكيلومتر', 'المجلد', 'لعام', 'بعام',
  // A round of a tournament named by its number of teams: "دور الـ16"، "الدور الـ32".
  'دور', 'الدور',
];

/**
 * Names that a number after them completes, naming a model, a channel or a product rather than
 * counting: an aircraft ("سوخوي 24", "إيل-20", "طائرات إف 16"), a missile system ("إس 400"), a
 * channel ("لفرانس24", "راديو 4"), a product ("ويندوز 10"), unless a counted noun follows ("باعت بوينغ 300
 * طائرة"). A Latin word before a number needs no entry ("iOS 12", "Windows 10").
 */
export const modelNames: readonly string[] = [
  'فرانس', 'سوخوي', 'ميغ', 'ميج', 'إف', 'إس', 'إيل', 'إليوشن', 'أليوشين', 'توبوليف', 'أنتونوف', 'بوينغ', 'بوينج', 'إيرباص', 'سي', 'بي',
  'راديو', 'ويندوز', 'غالاكسي', 'بلايستيشن',
  // A unit of an army named by its number ("معسكر اللواء 72"، "الفرقة 17"); with a counted noun after, it is the
  // subject of a count ("وأسر اللواء 40 جنديا").
  'اللواء', 'الفرقة', 'الكتيبة',
];

/**
 * Words after a number that make it a year or a grade rather than a figure:
 * an era ("150 ق.م.", "630 هـ", "600 قبل الميلاد"; the dots of ق.م. are read
 * past) and an octane ("البنزين 90 أوكتين").
 */
export const notFigureAfter: readonly string[] = ['ق م', 'قبل الميلاد', 'قبل الميلادي', 'هـ', 'هجرية', 'للهجرة', 'أوكتين', 'أوكتان'];

/**
 * Names and set phrases that contain a number word but state no figure:
 * "ربع النهائي" (a round), "مجموعة العشرين" (a body), "الربع الخالي" (a place).
 */
export const numberIdioms: readonly string[] = [
  'ربع النهائي', 'ربع نهائي', 'نصف النهائي', 'نصف نهائي', 'ثمن النهائي', 'ثمن نهائي', 'دور الثمانية', 'دور الستة عشر', 'مجموعة العشرين',
  'مجموعة السبع', 'مجموعة الثماني', 'مجموعة الثمانية', 'الدول السبع', 'الدول الثماني', 'الربع الخالي', 'عجائب الدنيا السبع',
  'نصف دائري', 'نصف قطر', 'نصف الكرة', 'وقت واحد', 'آن واحد', 'دفعة واحدة', 'موسم واحد',
];

/**
 * Heads of place names that a number word may follow: "مدينة الخمس" (Khoms),
 * "منطقة الثلاثين". A definite number word after them is part of the name.
 */
export const placeHeads: readonly string[] = ['مدينة', 'بلدة', 'قرية', 'منطقة', 'حي', 'ميدان', 'جزيرة', 'قرى', 'وادي', 'محافظة'];
