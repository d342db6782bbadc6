/**
 * Words that end a person's name when they follow it, beyond the particles and prepositions
 * every name stops at. Written by hand for this project (MIT), from the words news runs names
 * into; one word a line may be added.
 */

/**
 * Conjunctions, adverbs and nouns of relation that never belong to a person's name: "طرد سيرجيو
 * راموس بعدما نال"، "وجاء كلام هيلاري ردا على"، "ملاحقة حاييم رامون قضائيا"، "انتزع رالف سائق
 * فريق وليامز"، "روبنز باريكيلو زميل مايكل شوماخر". Given names (سلفا، رفيق) stay out: a table
 * of names lists them.
 */
export const nameEndWords: readonly string[] = [
  // Conjunctions, particles and interrogatives: "ستيفاني كليفورد حين نفى"، "وأين لقيت".
  'بعدما',
  'حين',
  'أين',
  'نعم',
  'لابد',
  'ريثما',
  'كلما',
  'طالما',
  // Prepositions of time and cause, and of measure: "على الفريق بقدر ما كان الخطأ".
  'طوال',
  'إبان',
  'عشية',
  'ضمن',
  'لصالح',
  'حيال',
  'قرب',
  'أثناء',
  'رغم',
  'برغم',
  'بقدر',
  // Adverbs in ا, as written without their tanween.
  'بدلا',
  'فضلا',
  'إضافة',
  'مجرد',
  'ردا',
  'رسميا',
  'فورا',
  'تقريبا',
  'يوميا',
  'قضائيا',
  'شخصيا',
  'مجددا',
  'مسبقا',
  'خصوصا',
  'عموما',
  // Adverbs of manner, ب and a noun: "أن تقول بوضوح وبشكل لا لبس فيه إنها"، "وقال بصراحة إن".
  'بوضوح',
  'بصراحة',
  'بشدة',
  'بقوة',
  'بحزم',
  'بشكل',
  'بسرعة',
  'بدقة',
  // Nouns of relation after a name: his colleague, son, driver.
  'زميل',
  'زميلة',
  'نجل',
  'نجلة',
  'سائق',
  'سائقة',
  // Nouns that follow a name as its object or a pronoun's antecedent: "لا يسائل سبايك لي تاريخ بلاده"، "نشرت إليسا نفس الصورة"،
  // "فضل المدير الفني عدم الدفع به" (the noun of not doing).
  'تاريخ',
  'نفس',
  'عدم',
  // A noun or adjective that predicates of the name: "صدام عدو لدود"، "أعمال عبلة الأخيرة" (her latest works).
  'عدو',
  'الأخير',
  'الأخيرة',
];

/**
 * Blessings and prayers news writes after a name, often between dashes: "الملك عبدالعزيز - طيب الله
 * ثراه -"، "الشيخ زايد رحمه الله"، "خادم الحرمين الشريفين حفظه الله". The name ends before them:
 * طيب is also a given name and الله a compound's second word, so without them "عبدالعزيز طيب الله"
 * read as one name. One phrase a line may be added.
 */
export const blessingsAfterNames: readonly string[] = [
  'طيب الله ثراه', 'رحمه الله', 'رحمها الله', 'يرحمه الله', 'يرحمها الله', 'حفظه الله', 'حفظها الله', 'رعاه الله',
  'أيده الله', 'غفر الله له', 'عليه السلام', 'عليها السلام', 'رضي الله عنه', 'رضي الله عنها', 'صلى الله عليه وسلم', 'قدس سره',
];
