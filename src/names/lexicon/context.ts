/**
 * Words around names: the heads that say a place follows, and the words that never belong
 * to a name and so end one. Written by hand for this project (MIT).
 */
import type { RoleWord } from '../../text/lexicon.js';

/**
 * Words before a place name that say what it is: "مدينة الخبر"، "محافظة العين"، "ولاية ميريلاند".
 * The name after them is a place even when no table lists it (قرية أم الخير), and a listed name
 * that is also a common word (الخبر "the news") is a place only after them. Only heads that
 * introduce a proper name belong here: منطقة، نهر، جبل also introduce descriptions (منطقة عازلة).
 */
export const placeHeads: readonly string[] = [
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'إقليم', 'مقاطعة', 'جزيرة', 'مخيم', 'ضاحية', 'ناحية', 'إمارة',
  // A quarter of a city, before its name with the article alone (see placeHeadsBeforeDefinite).
  'حي',
  'ولايتي', 'محافظتي', 'مدينتي', 'بلدتي', 'قريتي',
  // A municipality is named by its town: "رئيس بلدية ليفربول"، "بلدية عقربا" (the town is the mention, as of حكومة).
  'بلدية',
];

/**
 * Heads of a natural feature that belong to its name: a listed place after them names the feature,
 * not the place ("نهر النيجر" is the river, "بحيرة تشاد" the lake, "خليج هونغ كونغ" the bay), and the
 * mention keeps the head, as the tables write such names (نهر الأردن، خليج عدن، بحر قزوين). Heads
 * that before a place describe a part of it are left out: "جبال صعدة"، "صحراء الأنبار"، "بحر غزة"،
 * "وادي دجلة" (also a club) are the mountains, desert, sea and valley of the place named.
 */
export const featureHeads: readonly string[] = ['نهر', 'بحيرة', 'خليج', 'مضيق', 'جبل', 'شبه جزيرة'];

/**
 * Heads that name one kind of place or body, each `'head|head|…'`: the same name after either is
 * the same entity, the head in the construct before a name (جبل رينجاني = بركان رينجاني، هضبة
 * الجولان = مرتفعات الجولان، شبكة حقاني = جماعة حقاني = حركة حقاني). A head with the article is a
 * noun with its adjective, which names another body: الجماعة الإسلامية ≠ الحركة الإسلامية.
 */
export const synonymousHeads: readonly string[] = ['مدينة|بلدة|قرية', 'جبل|بركان', 'هضبة|مرتفعات', 'جماعة|حركة|تنظيم|شبكة|ميليشيا|ميليشيات', 'ميناء|مرفأ'];

/**
 * Feature heads after which a word with the article no table lists is the feature's own name:
 * "نهر اللؤلؤ"، "بحيرة الأسد"، "مضيق الدردنيل". The others also open common phrases ("جبل الجليد" is
 * an iceberg, "خليج الخنازير" an event): after them only a listed place.
 */
export const featureHeadsBeforeOwnName: readonly string[] = ['نهر', 'بحيرة', 'مضيق'];

/**
 * Words of a simile: after them a feature head and a word no table lists are a metaphor, not the
 * feature's own name: "وكأنه نهر الخير يتدفق"، "كأنها بحيرة الدموع"، "مثل نهر العسل" (a listed
 * place stays one: "مثل نهر النيل"). Read with و before them too: وكأنه.
 */
export const simileWords: readonly string[] = ['كأن', 'كأنه', 'كأنها', 'كأنهم', 'كأنما', 'مثل', 'مثلما', 'يشبه', 'تشبه', 'أشبه', 'بمثابة'];

/**
 * A place head after a preposition that makes it "side, respect": "من ناحية المبدأ" is "in
 * principle", "ومن ناحية الشكل" "as to form", never a district; "في ناحية البغدادي" is one.
 */
export const sidePhrases: readonly string[] = ['من ناحية'];

/**
 * Place heads that are also common nouns: ولاية "term of office, guardianship", مقاطعة "boycott", بلدية
 * "municipality" (of the capital, of the occupation). A word with the article after them names no place unless the
 * tables list it ("ولاية البرلمان"، "مقاطعة المغني"، "بلدية العاصمة"، but "ولاية كاليفورنيا"، "مقاطعة تيرول",
 * "ولاية الخرطوم").
 */
export const commonNounPlaceHeads: readonly string[] = ['ولاية', 'ولايتي', 'مقاطعة', 'بلدية'];

/**
 * Place heads whose name has the article: "حي الجمالية"، "بحي المنصور غرب بغداد" name a quarter,
 * while a bare word after حي is its adjective ("حي فقير"، "حي راق") — an adjective no ending tells.
 */
export const placeHeadsBeforeDefinite: readonly string[] = ['حي'];

/**
 * Words that never belong to a name of a person, body or place, and so end one: particles,
 * prepositions, pronouns, days and times, the commonest verbs of narration. A name read
 * after a title stops before them: "الرئيس بوش أمس" → بوش.
 */
export const nameStopWords: readonly string[] = [
  // Particles, prepositions, conjunctions, pronouns, demonstratives.
  'أن', 'أنه', 'أنها', 'أنهم', 'لأن', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'هو', 'هي', 'هم', 'هما',
  'وهو', 'وهي', 'وهم', 'قد', 'لقد', 'وقد', 'فقد', 'لم', 'لن', 'لا', 'ما', 'كما', 'إلا', 'أيضا', 'كذلك', 'حيث', 'عندما', 'بينما',
  // Adverbs after a subject: "لم يحقق فلورنتينو بيريز أبدا حلمه"، "لعب هنري ورونالدو معا"; "on the date of" before a
  // date: "إذاعة صوت فلسطين بتاريخ 12/6/1996"; "thanks to": "ويصبح بوبي بفضل ذلك الهدف" → بوبي.
  'أبدا', 'معا', 'بتاريخ', 'بفضل',
  'بعد', 'قبل', 'خلال', 'منذ', 'حتى', 'عبر', 'ضد', 'دون', 'نحو', 'حول', 'بين', 'عن', 'في', 'من', 'إلى', 'لدى', 'مع',
  'عند', 'وفق', 'بحسب', 'حسب', 'مقابل', 'أمام', 'خلف', 'داخل', 'خارج', 'فوق', 'تحت', 'إثر', 'عقب', 'جراء', 'بسبب', 'هذا', 'هذه',
  'ذلك', 'تلك', 'هؤلاء', 'هنا', 'هناك', 'أو', 'ثم', 'لكن', 'ولكن', 'بل', 'كل', 'بعض', 'أي', 'غير', 'سوى', 'مثل', 'إذ',
  'إذا', 'لو', 'كي', 'لكي', 'ليس', 'ليست', 'سوف', 'لسوف', 'ليكون', 'قائلا', 'مضيفا', 'مشيرا', 'موضحا', 'مؤكدا', 'معربا', 'لها', 'له', 'لهم',
  // The same participles of speech in the feminine: "وتابعت قائلة: …" (no name after the verb; مشيرة is also a given name).
  'قائلة', 'مضيفة', 'موضحة', 'مؤكدة', 'معربة',
  // The feast's second word, which folds to a nisba: "بين عيد الفطر وعيد الأضحى" (عيد is also a given name).
  'الأضحى',
  // Loan nouns of media and medals read as names after a noun or a given name: "وأظهرت مقاطع فيديو"،
  // "بعد إحراز عايشة ذهبية سباق 200 متر".
  'فيديو', 'فيديوهات', 'كاميرا', 'كاميرات', 'ذهبية', 'فضية', 'برونزية',
  // "For the Nth time", after the doer: "وصل المنتخب التونسي للمرة الأولى"، "ارتفعت البورصة المصرية للمرة الثانية";
  // "for the year, the season, the month": "بيانات وزارة التجارة الأميركية للعام 2017"، "للموسم الثاني".
  'للمرة', 'للعام', 'للموسم', 'للشهر', 'للأسبوع', 'لليوم',
  // Adverbs in the accusative ا, and "especially": "اتهمت مرارا روسيا"، "وتحديدا بريطانيا"، "ولاسيما ألمانيا".
  'مرارا', 'دائما', 'تحديدا', 'خصوصا', 'لاسيما', 'ولاسيما',
  // لدى with its pronoun, which reads as ل + a name: "من ألا يكون لديك رأي" (van Dijk's ديك).
  'لديك', 'لديه', 'لديها', 'لدينا', 'لديهم', 'لديكم',
  'عليه', 'عليها', 'فيه', 'فيها', 'منه', 'منها', 'إليه', 'إليها', 'عنه', 'عنها', 'به', 'بها', 'بهم', 'معه', 'معها', 'معهم', 'معي', 'معنا',
  'نفسه', 'نفسها', 'ذاته', 'ذات', 'مما', 'فيما', 'بما', 'عما', 'ممن', 'لما', 'لنا', 'لكم', 'لهما', 'عنا', 'منا', 'بنا', 'إلينا', 'علينا', 'فقط', 'جدا', 'وفي', 'ومن',
  'وإلى', 'وعلى', 'وعن', 'ومع', 'وقال', 'وأضاف', 'و', 'ف', 'وذلك', 'عام', 'عاما', 'سنة', 'شهر',
  // Interrogatives.
  'هل', 'كيف', 'متى', 'لماذا',
  // Prepositions of a topic: "تحقيقا مع المطربة بخصوص واقعة الفيديو".
  'بخصوص', 'بشأن',
  // Nouns that stand where a speaker's name would: "وذكرت مصادر أمنية"، "نقلت الصحيفة عن رجال أعمال".
  'مصادر', 'مصدر', 'شهود', 'سكان', 'رجال', 'بلاده', 'بلادها', 'وسائل', 'تقارير', 'أنباء', 'معلومات', 'بيان', 'بيانا', 'مراسل',
  'خبراء', 'محللون', 'مراقبون', 'ناشطون', 'مسؤولون', 'مسؤولين', 'مصادرنا', 'الجميع', 'أحد', 'بعضهم', 'كلاهما',
  // An indefinite judge, whose ي falls: "وقرر قاض في كاليفورنيا".
  'قاض',
  // The site or network that said it, before its own loan name: "ذكر موقع بيزنس إنسايدر"، "قالت شبكة إن بي سي".
  'موقع', 'شبكة',
  // Quantities and others: "ويؤكد عدد من"، "رأى آخرون"، "قبيل المباراة".
  'عدد', 'عدة', 'كثير', 'كثيرون', 'قليل', 'جميع', 'معظم', 'أغلب', 'آخرون', 'آخرين', 'قبيل', 'بعيد', 'إزاء', 'نحن', 'أنا', 'أنت',
  // With the article, as the object after a name: "نفذت الهيئة العامة للسياحة العديد من المشاريع".
  'العديد', 'الكثير',
  // Participles that relate a body to another or to a place after its name: "المجلس الاقتصادي
  // والاجتماعي التابع لجامعة الدول العربية"، "المحكمة الجنائية العليا الواقعة في المنطقة الخضراء".
  'التابع', 'التابعة', 'الواقع', 'الواقعة', 'المنعقد', 'المنعقدة', 'المقترح', 'المقترحة', 'المعني', 'المعنية',
  // "Aged": "أبو فارس البالغ من العمر 78 عاما".
  'البالغ', 'البالغة',
  // Words of sport and order read as names: "العيناوي على الزوجي الإيطالي" (the doubles), "قام بأول
  // زيارة" (his first; باول is Powell).
  'الزوجي', 'الفردي', 'بأول',
  // Adverbs of consequence: "انضم كانافارو وإيمرسون بالتالي إلى المدرب" (بالتالي reads as a loan surname, as بالاك does).
  'بالتالي', 'وبالتالي',
  // إن/أن with the pronoun of the speaker (one entry folds both): "ضد صدام فإنني مقتنع" (ف + إنني, not a surname).
  'إنني', 'إننا',
  // Nouns of compounds a descriptor heads: "فريق عمل" is a working group.
  'عمل',
  // "Hands", as in "في أيدي النصارى"، "على أيدي المرابطين": it folds to the name إيدي, which is spelled with إ.
  'أيدي',
  // Points of the compass: "بلدة وسط الصومال" names no town.
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  // Days and times.
  'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'أمس', 'اليوم', 'غدا', 'الليلة', 'صباح',
  'مساء', 'ظهر', 'فجر', 'حاليا', 'مؤخرا', 'الآن', 'سابقا', 'سابق', 'لاحقا', 'الماضي', 'المقبل', 'القادم', 'الجاري', 'الحالي',
  'أول', 'آخر', 'يوم', 'أمس الأول', 'صباحا', 'ليلا', 'نهارا', 'البارحة',
  // The season of a sports report: "قائمة فريق الموسم" (the team of the season).
  'الموسم',
  // The moment of an event, never ل and a noun: "صور منتخب الفراعنة لحظة التأهل" ends at الفراعنة.
  'لحظة',
  // The start, middle and end of a time: "أعلنت مطلع شباط/فبراير"، "منتصف الشهر"، "قالت السعودية أواخر الشهر الماضي".
  'مطلع', 'منتصف', 'أوائل', 'أواخر',
  // Verbs of narration.
  'كان', 'كانت', 'يكون', 'تكون', 'أصبح', 'بات', 'ظل', 'صار', 'يجب', 'يمكن', 'تم', 'يتم', 'قام', 'يقوم', 'أعرب', 'دعا',
  'يدعو', 'طالب', 'يطالب', 'رفض', 'يرفض', 'أعلنت', 'التقى', 'يلتقي', 'استقبل', 'يستقبل', 'زار', 'يزور', 'وصل', 'يصل',
  'توجه', 'غادر', 'شارك', 'يشارك', 'حضر', 'ترأس', 'أمر', 'وقع', 'يوقع', 'سجل', 'يسجل', 'فاز', 'يفوز', 'خسر', 'أحرز',
  'تلقى', 'أجرى', 'بحث', 'ناقش', 'أبلغ', 'تسلم', 'عين', 'قتل', 'اغتيل', 'اعتقل', 'توفي', 'ولد', 'عاش', 'يعتبر', 'يعد',
  'اعتبر', 'أوضح', 'أكد', 'قال', 'أضاف', 'أشار', 'ذكر', 'أعلن', 'صرح', 'كشف', 'نفى', 'ينفي', 'هدد', 'يهدد', 'حذر',
  'يحذر', 'وصف', 'يصف', 'تحدث', 'يتحدث', 'اتهم', 'يتهم', 'ألقى', 'يلقي', 'أشاد', 'رحب', 'يرحب', 'بدأ', 'يبدأ',
];

/**
 * Nouns that make a compound preposition with على: "على هامش المؤتمر"، "على رأس الوفد"، "على
 * مدى عامين". Many write على as علي, the given name: before one of them it is the preposition
 * ("وزيرة التعاون الدولي علي هامش المؤتمر"، "غارة إسرائيلية علي مقر للحزب").
 */
export const nounsAfterAla: readonly string[] = [
  'هامش', 'صدر', 'رأس', 'غرار', 'خلفية', 'أساس', 'حساب', 'طول', 'مستوى', 'ضوء', 'صعيد', 'مدى', 'مدار', 'إثر', 'متن', 'يد',
  'وقع', 'عكس', 'نحو', 'عاتق', 'شكل', 'قيد', 'سبيل', 'مقر', 'مقربة', 'مسافة', 'امتداد', 'هيئة', 'وجه',
];

/**
 * Words after which a clause's subject comes first, so that a name right after them may open
 * the clause before its office: "أن بلير"، "إن شوماخر متسابق فيراري" (أن and إن fold alike: one entry
 * stands for both), "أما ليفربول الذي يدربه كلوب" (as for; إما "either" folds alike).
 */
export const subjectFirstParticles: readonly string[] = ['أن', 'بأن', 'وأن', 'لكن', 'ولكن', 'كما', 'أما', 'وأما'];

/**
 * Words a verb that opens its clause may follow, so that the noun after the verb is its subject:
 * "وقد أعرب"، "كما دعا"، "فيما رفض"، and "و قال" with the conjunction written apart.
 */
export const verbOpeners: readonly string[] = ['و', 'ف', 'قد', 'لقد', 'وقد', 'كما', 'فيما', 'بينما', 'ثم', 'حيث', 'عندما', 'حين', 'بعدما', 'كذلك', 'إذ', 'لكن', 'ولكن', 'فقد'];

/**
 * Words after a subject that close it: the particles and prepositions a verb of saying or doing
 * takes next. "وكان كين قد رحل"، "وقال باتشان الذي يزور"، "واعترف محفوظ بأنه" (أن and إن fold alike).
 */
export const subjectClosers: readonly string[] = [
  'أن', 'بأن', 'عن', 'إلى', 'على', 'خلال', 'أمس', 'اليوم', 'أيضا', 'في', 'مع', 'لدى', 'قائلا', 'مساء', 'صباح', 'قد', 'الذي', 'أنه', 'بأنه', 'أنها', 'بأنها',
  // Adverbs of time and turn with the pronoun: "وقال منير حينها إن"، "وقال كريم بدوره إن".
  'حينها', 'بدوره', 'بدورها',
];

/** The verb "to be" opening a clause, whose subject is followed by its predicate's verb: "وكان كالديرون أعلن". */
export const copulaVerbs: readonly string[] = ['كان'];

/** The word of a kunya in the nominative: "أبو أيوب المصري"، "وأبو السكر". */
export const kunyaWords: readonly string[] = ['أبو'];

/** Kunyas in the genitive and accusative (أبي زيد، لأبي الحسن، أبا بكر): also "my father", so a kunya only before a given name. */
export const obliqueKunyaWords: readonly string[] = ['أبي', 'أبا'];

/**
 * Words that open a two-word Arabic place name after a place head: بيت حانون، كفر قاسم، عين حوض، خربة المليحة، قلعة جندل، تل أبيب، رأس الخيمة، أم قصر، دير الزور، خان يونس، بني سويف، سيدي بوزيد، جسر الشغور، بئر السبع، النبي صالح، دار سعد.
 * The title of a saint or an elder a place is named after opens its name, as النبي does: "حي الشيخ جراح"، "بلدة الشيخ
 * مسكين"، "منطقة السيدة عائشة" (no person مسكين). Not الملك or الأمير: after مدينة they name a complex or an institution
 * ("مدينة الملك عبدالله الرياضية"، "مدينة الملك عبدالعزيز للعلوم والتقنية").
 */
export const placeNameOpeners: readonly string[] = [
  'بيت', 'كفر', 'عين', 'خربة', 'قلعة', 'دير', 'تل', 'رأس', 'أم', 'خان', 'بني', 'سيدي', 'جسر', 'بئر', 'أبو', 'برج', 'مرج', 'وادي', 'جبل', 'قصر', 'شرم', 'نيو', 'سان', 'سانت', 'سانتا', 'لوس', 'لاس', 'بورت', 'النبي', 'دار',
  'الشيخ', 'السيدة',
  // English points of the compass that open a state's name: "ولاية نورث داكوتا"، "ولاية ساوث كارولاينا".
  'نورث', 'ساوث',
];

/**
 * Pronoun suffixes written apart, as segmented text has them ("حركة ها"، "قول ه"، "ابو ه"): no
 * body's name follows a head through them, and the word before one is a noun with its pronoun,
 * never a person's name ("مساعد ه" is "his assistant").
 */
export const pronounsWrittenApart: readonly string[] = ['ها', 'هم', 'هما', 'نا', 'كم', 'ه'];

/** The article written apart, as segmented text has it, with or without its tatweel ("مجلة الـ"): no body's name follows a head through it. */
export const articleWrittenApart: readonly string[] = ['ال'];

/**
 * Endings of an adjective (or a noun with a pronoun): a word after a head that ends so
 * describes it rather than names it ("مدينة كبيرة"، "منطقة ساحلية"، "قوات دولية"; ة holds ية).
 */
export const describingEndings: readonly string[] = ['ة', 'ي', 'ين', 'ون', 'ات'];

/**
 * Joiners that may open a name, the first word of a compound given name or a kunya: "أبو بكر
 * البغدادي"، "عبد الله"، "لأبي الحسن"، "أبا بكر". بن، ابن، آل join only after a first name.
 */
export const openingJoiners: readonly string[] = ['أبو', 'عبد', 'أبي', 'أبا'];

/**
 * Words after which the next word is a common noun or a verb, never a place: a demonstrative
 * ("ذاك الرباط القدسي" "that bond") or a relative pronoun ("هي التي تدمر الآخرين" "that destroys").
 */
export const wordsBeforeCommonNoun: readonly string[] = [
  'هذا', 'هذه', 'ذلك', 'ذاك', 'تلك', 'هذان', 'هاتان', 'هؤلاء', 'أولئك', 'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي',
];

/**
 * "Another": a place name before it is a common noun, "مهدد بعقوبة أخرى" "another penalty". Only the
 * feminine: masculine آخر is as often "the last of" after a place, "وتعد الرقة آخر معاقل التنظيم".
 */
export const anotherWords: readonly string[] = ['أخرى'];

/** A place name that reads as a common word beside some words: `{ place: 'مسقط', after: ['رأس'] }`. */
export interface CommonPlacePhrase {
  /** The place, as the gazetteer writes it (with its article if it has one). */
  readonly place: string;
  /** Words before it that make it a common word: "صلاة المغرب" is the sunset prayer, not Morocco. */
  readonly before?: readonly string[];
  /** Words after it that make it a common word: "مسقط رأس الشاعر" is a birthplace, "النيل من الوحدة" is undermining it. */
  readonly after?: readonly string[];
}

/**
 * Places that open or close a common phrase: "مسقط رأس الشاعر"، "النيل من الوحدة الوطنية"،
 * "صلاة المغرب"، "أذان المغرب" (أذان and آذان fold alike)، "كابل بحري"; "في مسقط"، "ضفاف النيل" and
 * "المغرب وتونس" stay places.
 */
export const commonPlacePhrases: readonly CommonPlacePhrase[] = [
  { place: 'مسقط', after: ['رأس', 'رأسه', 'رأسها', 'رأسهم'] },
  { place: 'النيل', after: ['من', 'منه', 'منها', 'منهم'] },
  { place: 'المغرب', before: ['صلاة', 'صلاتي', 'أذان'] },
  // "نصف قطر" is a radius: "نصف قطر ذرة الهيدروجين".
  { place: 'قطر', before: ['نصف'] },
  // الرباط is also a ligament: "أصيب بقطع في الرباط الصليبي"; "في الرباط" and "الرباط العاصمة" stay Rabat.
  { place: 'الرباط', after: ['الصليبي', 'الداخلي', 'الخارجي'] },
  // كنتاكي is also the restaurants: "مطعم كنتاكي".
  { place: 'كنتاكي', before: ['مطعم', 'مطاعم', 'دجاج'] },
  // كابل is also "a cable": "كابل بحري"، "كابل الشحن"; "في كابل" and "كابل والمناطق المحيطة" stay Kabul.
  { place: 'كابل', after: ['بحري', 'كهربائي', 'ضوئي', 'نحاسي', 'معدني', 'معيب', 'الشحن', 'الألياف', 'الكهرباء', 'الإنترنت', 'يو'] },
  // العقبة is also "the obstacle": "مزيلين العقبة الأخيرة أمام تشكيل حكومة"; "ميناء العقبة" stays Aqaba.
  { place: 'العقبة', after: ['الأخيرة', 'الأولى', 'الرئيسية', 'الأساسية', 'الوحيدة', 'الأكبر', 'أمام'] },
  // بعقوبة is also ب + عقوبة, "with a penalty": "تطالب بعقوبة الإعدام"، "بعقوبة السجن"; "في بعقوبة" stays the city.
  { place: 'بعقوبة', after: ['الإعدام', 'السجن', 'الحبس', 'الغرامة', 'المؤبد'] },
  // ميسوري is also "the well-off" in "ميسوري الحال"; "ولاية ميسوري" stays Missouri.
  { place: 'ميسوري', after: ['الحال'] },
  // كوبا is also "a cup" in the accusative after a verb of drinking: "شربت كوبا من الشاي"; "زار كوبا" stays Cuba.
  { place: 'كوبا', before: ['شرب', 'شربت', 'يشرب', 'تشرب', 'أشرب', 'نشرب', 'احتسى', 'يحتسي'] },
];

/**
 * Words of the game before a city that make it its football club: "تعادل مع ضيفه ليفربول"،
 * "حارس مرمى مانشستر"، "رحل عن صفوف مانشستر"، "لاعب برشلونة"، "مباراة مانشستر السابقة". فريق and نادي need no entry: as
 * heads of an organisation they make the city after them a club already ("فريق ليون").
 */
export const clubContextWords: readonly string[] = [
  'ضيفه', 'ضيفها', 'مضيفه', 'مضيفها', 'لاعب', 'لاعبو', 'لاعبي', 'مرمى', 'شباك', 'صفوف', 'مدرب', 'مهاجم', 'جماهير',
  // Its fans: "لمشجعي روما المتوجهين لمشاهدة المباراة".
  'مشجعي', 'مشجعو',
  'مباراة', 'مباراتي', 'مباريات', 'شوط', 'حارس', 'مدافع', 'هداف',
  // The coach by the verb, goals counted, the penalty shoot-out: "ليفربول الذي يدربه كلوب"، "سجل هدفين".
  'يدربه', 'هدفين', 'ركلة', 'ركلات', 'ترجيح',
  // A draw and the runner-up: "تعادل كييفو مع تورينو"، "تراجع ليفربول، وصيف الموسم الماضي" (not صدارة, the
  // lead, which also names a company: "شركة صدارة للكيميائيات").
  'تعادل', 'وصيف',
];

/**
 * Prepositions of a match before a city that leave it free to name its club near words of the
 * game: "المباراة التي جمعت بين ليفربول وشيفلد"، "فوزه على كوبنهاغن"، "خسارته أمام ليون". After the
 * others (في، من، إلى) the city is where the game is played: "أقيمت المباراة في برشلونة".
 */
export const opponentWords: readonly string[] = ['بين', 'على', 'أمام', 'ضد', 'مع'];

/**
 * Prepositions of a move: in a text that reads a city as its club elsewhere, the city after one is the
 * club too ("الانتقال إلى برشلونة"، "بفارق نقطتين عن ليفربول"، "قادما من نابولي"); في and ب keep the city
 * ("وتجول اللاعبون في برشلونة").
 */
export const movePrepositions: readonly string[] = ['من', 'إلى', 'عن'];

/**
 * Words of a player's move between clubs: in a report of a game a city after من، إلى or عن within a few
 * words of one is the club he leaves or joins, as the gazetteer lists it ("انتقاله من روما"، "قادما من
 * بورتو"، "رحيل النجم المصري إلى ليفربول"، "سينتقل إلى برشلونة"). وصل and عاد are left out: a team
 * arrives in a city too ("وصل الفريق إلى برشلونة").
 */
export const transferWords: readonly string[] = [
  'انتقل', 'ينتقل', 'سينتقل', 'انتقال', 'انتقاله', 'المنتقل', 'انضم', 'ينضم', 'انضمامه',
  'قادما', 'القادم', 'رحيل', 'رحيله', 'إعارة', 'إعارته', 'المعار', 'معارا',
];

/**
 * Verbs and nouns of a game's result, before the side they name: in a report of a game a club whose
 * name is also a common word is the club right after one ("فاز الهلال"، "تعادل النصر") and after a
 * preposition of a match that follows one ("فاز الهلال على الشباب"، "خسارته أمام الاتحاد").
 */
export const gameResultWords: readonly string[] = [
  'فاز', 'يفوز', 'تغلب', 'يتغلب', 'يتعادل', 'خسر', 'يخسر', 'هزم', 'يهزم', 'انتصر', 'ينتصر', 'اكتسح', 'يكتسح',
  'واجه', 'يواجه', 'التقى', 'يلتقي', 'استضاف', 'يستضيف', 'تأهل', 'يتأهل',
  'فوز', 'فوزه', 'خسارة', 'خسارته', 'هزيمة', 'هزيمته', 'تعادله', 'مواجهة',
  // The other side after its counterpart: "يواجه الهلال نظيره النصر".
  'نظيره',
];

/**
 * Points of the compass after a place, before the place it lies from: a name that is also a
 * common word is a place when they follow it ("وفي الصويرة جنوب شرق بغداد"، "المفرق شمال عمان").
 */
export const compassPoints: readonly string[] = ['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];

/**
 * Words before a listed place that is also a common word that say it is the place: a state it
 * names ("إمبراطورية مالي"، "جمهورية الريف"), the capital of one ("خراسان التي عاصمتها مشهد"), or
 * a point of the compass it lies in, before a name without the article ("جنوب مالي"; "جنوب الخبر"
 * may be a word), or a festival it hosts and names ("مهرجان البندقية السينمائي"، "لمهرجان كان": Venice
 * and Cannes, not the rifle or the verb). وسط is left out: "وسط العمارة" is the middle of a building.
 */
export const wordsBeforePlace: readonly string[] = [
  'جمهورية', 'مملكة', 'إمبراطورية', 'سلطنة', 'عاصمة', 'عاصمتها', 'عاصمته', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  'مهرجان',
];

/** What a function word does for the mention recognizers. */
export type MentionLinkRole = 'in' | 'ala' | 'onBehalfOf' | 'sonOf' | 'patronym';

/** A function word and its role: `{ word: 'في', role: 'in' }`. */
export type MentionLinkWord = RoleWord<MentionLinkRole>;

/**
 * The function words the person recognizer reads, one role each:
 * - `in`, between a role and its field: "الخبير في الشؤون العسكرية محمد حسن";
 * - `ala`, the preposition على as many write it, علي, also a given name: "نجاد علي ضرورة"، "علي هامش المؤتمر"
 *   (before a stop word such as كل it is the preposition: "حصل علي كل");
 * - `onBehalfOf`, inside a role's description although it ends names elsewhere: "المتحدث باسم الحكومة سامي خليل";
 * - `sonOf`, after a first word no table lists, opens an Arab chain: "سهل بن حنيف"، "بسر بن أرطأة";
 * - `patronym`, "son of" in a Mauritanian chain, links the names of an Arab name where a name word follows
 *   it: "أحمد ولد محمد سالم ولد داف" (elsewhere it is the verb "was born": "محمد ولد عام 1950").
 */
export const mentionLinkWords: readonly MentionLinkWord[] = [
  { word: 'في', role: 'in' },
  { word: 'علي', role: 'ala' },
  { word: 'باسم', role: 'onBehalfOf' },
  { word: 'بن', role: 'sonOf' },
  { word: 'ولد', role: 'patronym' },
];
