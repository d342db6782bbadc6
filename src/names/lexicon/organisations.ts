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
  // A national team: "المنتخب المصري"، "المنتخب الأولمبي السعودي" ("منتخب مصر" names Egypt: see placeBodyHeads).
  'منتخب',
  // A state's offices abroad and its services: "سفارة إيران"، "السفارة الإيرانية"، "البعثة الأميركية"،
  // "الاستخبارات الأميركية".
  'سفارة', 'قنصلية', 'بعثة', 'استخبارات', 'مخابرات',
];

/**
 * Heads that may also be followed by a body's own name without the article: "حزب كاديما"،
 * "جامعة هارفارد"، "شركة أرامكو" (and, like the heads above, by a construct: حزب العمال).
 */
export const organisationNameHeads: readonly string[] = [
  'حزب', 'حركة', 'جبهة', 'تنظيم', 'جماعة', 'جامعة', 'بنك', 'مصرف', 'كتائب', 'ألوية', 'سرايا', 'فيلق', 'ميليشيا', 'معهد',
  'مركز', 'أكاديمية', 'مؤسسة', 'جمعية', 'اتحاد', 'شركة', 'مجموعة',
  // A museum is an institution: "متحف اللوفر"، "متحف الفن الحديث"، "متحف غوغنهايم".
  'متحف',
];

/**
 * Heads of a place's own body — its government, its exchange, its police, its national team, its
 * directorate (in Yemen the district itself), its embassies, consulates, missions and intelligence
 * services — whose name ends with the place and its adjectives ("قاد منتخب البرازيل للحصول على" ends
 * at البرازيل), and whose complement, when it is a place alone, is the mention unless the head is one
 * of `wholeBodyHeads`: "حكومة السودان" names Sudan acting, as news NER corpora mark it, "مديرية زبيد"
 * the district of Zabid; "حكومة الوحدة الوطنية" and "مديرية الأمن العام" stay bodies.
 */
export const placeBodyHeads: readonly string[] = [
  'حكومة', 'بورصة', 'شرطة', 'مديرية', 'منتخب', 'سفارة', 'قنصلية', 'بعثة', 'استخبارات', 'مخابرات',
  // A front of a war is where it is fought: "تقدم الجيش في جبهة الجوف" (الجوف); "جبهة النصرة" is a known body.
  'جبهة',
];

/**
 * Heads that make a governing body of the place after them, whose place is the mention of the flat reading (a
 * `placeBodyHeads` entry or a place head): with the place, the nested reading reports the body it names — "حكومة
 * السودان" the government with السودان inside it, "بلدية عقربا" the municipality with عقربا — as a nested annotation
 * marks both. (A front, جبهة الجوف, and a district of Yemen, مديرية زبيد, are the place alone.)
 */
export const governingBodyHeads: readonly string[] = ['حكومة', 'بلدية'];

/**
 * Heads of a place's own body (see `placeBodyHeads`) that is a body of its own, named by its place,
 * which stays in the mention: "شرطة دبي"، "سفارة إيران"، "منتخب مصر"، "بورصة لندن" are the police, the
 * embassy, the team and the exchange, as the mention gold reads them (organisations, the place inside).
 */
export const wholeBodyHeads: readonly string[] = ['بورصة', 'شرطة', 'منتخب', 'سفارة', 'قنصلية', 'بعثة', 'استخبارات', 'مخابرات'];

/**
 * The fields of ministries that news names by the field alone and the country's adjective:
 * "وقالت الخارجية الروسية"، "أكدت الداخلية السعودية"، "الخزانة الأميركية" — the feminine adjective
 * agrees with the ministry (وزارة) left unsaid, so "الدفاع الروسية" is the ministry and "الدفاع
 * الروسي" is not. Written with the article, as they stand.
 */
export const ministryFields: readonly string[] = ['الخارجية', 'الداخلية', 'الدفاع', 'الخزانة', 'العدل', 'الصحة'];

/**
 * Offices of a state that news names, like a ministry by its field, by the office and the country's
 * feminine adjective alone: "أعلنت الرئاسة المصرية"، "وقالت الإدارة الأميركية". As a head of a construct
 * they name the office held ("تولى رئاسة الحكومة"، "إدارة الأزمة"), no body.
 */
export const nationalOffices: readonly string[] = ['الرئاسة', 'الإدارة'];

/**
 * Bodies of a movement with a national society in each country, named by the movement and the country's
 * adjective: "الهلال الأحمر اليمني" is the Yemeni Red Crescent, a body of its own, and the adjective is part
 * of its name (the movement alone stays "الهلال الأحمر").
 */
export const nationalSocieties: readonly string[] = ['الهلال الأحمر', 'الصليب الأحمر'];

/**
 * The head a ministry field stands for when news leaves it unsaid: "وزارة الخارجية الأمريكية" and
 * "الخارجية الأميركية" name one ministry.
 */
export const ministryHeads: readonly string[] = ['وزارة'];

/**
 * Heads that describe what follows as a name: "صحيفة نيويورك تايمز"، "فريق الغرافة"، "قناة الجزيرة".
 * A known body after them, a loan name or one word with the article is the mention, without the
 * head; a known place after them is the body named after it (صحيفة الشرق الأوسط). حركة is no
 * descriptor: a movement keeps it in its name, as the annotation guide and NewsFANE write it ("حركة
 * حماس"، "حركة فتح"), and heads its name as other bodies' heads do.
 */
export const organisationDescriptors: readonly string[] = [
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'محطة', 'فريق', 'نادي', 'تلفزيون', 'إذاعة', 'راديو', 'وكالة أنباء', 'وكالة الأنباء', 'وكالة',
  // A company by its own name: "شركة نوكيا" → نوكيا, as news NER marks it ("شركة النفط النيجيرية"
  // stays a body by its head: a descriptor that is also a head reads a definite construct as one).
  'شركة',
  // A satellite channel: "عبر فضائية الجزيرة".
  'فضائية',
];

/**
 * Adjectives after an institutional head that keep it generic when nothing else follows:
 * "الحكومة المحلية" names no body, "الحكومة العراقية" does.
 */
export const genericBodyWords: readonly string[] = [
  'المحلية', 'المعنية', 'المختصة', 'المسؤولة', 'الرسمية', 'الحكومية', 'الأمنية', 'العسكرية', 'المسلحة', 'الخاصة', 'العامة',
  'الجديدة', 'المذكورة', 'نفسها', 'ذاتها', 'الأخرى', 'المشتركة', 'الدولية', 'الكبرى', 'المعارضة', 'التابعة',
  // Adjectives of kind, scope and time: "اللجنة المنظمة"، "السلطة الانتقالية"، "القوات الأجنبية"، "المؤسسة الدينية".
  'المنظمة', 'التنظيمية', 'الحالية', 'الحالي', 'الانتقالية', 'الانتقالي', 'الأجنبية', 'الأجنبي', 'البرية', 'النظامية', 'المالية',
  'المالي', 'الدينية', 'الديني', 'الإعلامي', 'الإعلامية', 'الأكاديمية', 'الفنية', 'الفني', 'الثقافية', 'الثقافي', 'القصصية',
  'المركزية', 'الإقليمي', 'الإقليمية', 'العالمي', 'المحلي', 'المعني', 'المختص', 'الرسمي', 'الحكومي', 'الخاص', 'الجديد',
  'المشترك', 'الدولي', 'الأخير', 'الأخيرة', 'السابق', 'السابقة', 'المقبل', 'المقبلة', 'الإدارة', 'السياسي', 'السياسية',
  'الشرعية', 'المؤقتة', 'المؤقت',
];

/**
 * Adjectives of a body's standing that describe it after its nationality and are no part of its name
 * there, so they end it (written masculine; the feminine in ة is read too): "وكالة الأنباء الإيرانية
 * الرسمية" → وكالة الأنباء الإيرانية، "الحكومة اليمنية الشرعية"، "الإدارة الأمريكية الحالية". Before the
 * nationality they name it ("وكالة الأنباء الرسمية السورية"، "التلفزيون الرسمي السوري"), and الشرعية is
 * a noun in "تحالف دعم الشرعية".
 */
export const qualitiesAfterNationality: readonly string[] = ['الرسمي', 'الشرعي', 'الحالي', 'الحكومي'];

/**
 * Nouns of a band of men that open an armed group's own name after a head shaped as a verbal noun
 * (تنظيم): "تنظيم جند الأقصى"، "تنظيم حراس الدين"، "تنظيم أنصار الشريعة" name groups, while
 * "تنظيم عروض الأزياء" and "تنظيم رحلات" are the act of organising. Written in the construct.
 */
export const bandNouns: readonly string[] = ['جند', 'حراس', 'أنصار', 'كتائب', 'جيش', 'فرسان', 'أحرار', 'ألوية', 'سرايا', 'حماة', 'فيلق'];

/**
 * Nouns of armed men before the body they serve, which is the mention: "قوات الجيش اليمني" are the
 * Yemeni army's, "ميليشيا الحوثي" the Houthis' (the body is named by its own head or known name after
 * them). Before a name of their own they stay: "قوات سوريا الديمقراطية"، "قوات الدعم السريع".
 */
export const forcesOfBodies: readonly string[] = [
  'قوات', 'ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات',
  // Their other spellings, and the armed men of a group in the construct: "مسلحي الحوثي"، "قناصو الحوثي".
  'ميلشيا', 'ميلشيات', 'ميليشات', 'مسلحو', 'مسلحي', 'متمردو', 'متمردي', 'قناصو', 'قناصة', 'مقاتلو', 'مقاتلي', 'عناصر',
];

/**
 * A body's board before the body it governs: the board is no body of its own, and the body named
 * after it, read at its own head, is the mention: "قرر مجلس إدارة الهيئة العامة للرياضة" names the
 * General Sports Authority, "مجلس أمناء الجامعة الأمريكية" the university. Before a common noun the
 * board names no body at all: "رئيس مجلس الإدارة".
 */
export const boardsOfBodies: readonly string[] = ['مجلس إدارة', 'مجلس أمناء'];

/**
 * Heads of an office or a following that serves one person: before a person's name it is that person's, and the
 * person is the mention: "وقال مكتب ماكرون" → ماكرون, "مكتب تيريزا ماي" → تيريزا ماي, "فاز تحالف مهاتير محمد" →
 * مهاتير محمد, as the blind gold marks them. Before a body or a field it stays a body: "مكتب التحقيقات الفيدرالي"،
 * "حزب العدالة والتنمية".
 */
export const personalOfficeHeads: readonly string[] = ['مكتب', 'تحالف', 'حزب'];

/**
 * Loan words that follow a company's name in the name of one of its products or services: the product is
 * no entity and its maker inside it is not marked apart ("خدمة يوتيوب ميوزيك"، "متصفح غوغل كروم"، "أبل ووتش"),
 * as the blind gold reads products. Not بلس: the gold marks the network غوغل بلاس as a body. One word a line may
 * be added.
 */
export const productWords: readonly string[] = [
  'ميوزيك', 'ميوزك', 'ووتش', 'كروم', 'بلاي', 'باي', 'بيكسل', 'بريميام', 'بريميوم', 'درايف', 'فوتوز', 'ستور', 'هولولنس',
  'ماسنجر', 'مسنجر', 'أسيستانت',
];

/**
 * Nouns of a product before its maker's name: "خرائط أبل"، "ساعة أبل"، "متصفح غوغل" — the product is no
 * entity, and the maker inside it is not marked apart. Not كاميرا: "كاميرا سكاي نيوز عربية" is the channel's
 * crew filming, and the channel is marked.
 */
export const productHeads: readonly string[] = ['خرائط', 'ساعة', 'متصفح'];

/**
 * Heads of a body that also name a district or a front, whose name follows: in Yemen "مديرية" is both the
 * directorate of a service ("مديرية الأمن"، "مديرية أمن عدن") and the district itself ("مديرية حيس"،
 * "مديرية التحيتا جنوب الحديدة"). The district is read where the word after the head ends the phrase
 * and the text goes on to locate it (see `districtAfterHead`).
 */
export const districtHeads: readonly string[] = [
  'مديرية',
  // A front of a war, named after the district it is fought in: "المعارك في جبهة نهم شرق صنعاء" (نهم).
  'جبهة',
];

/**
 * Services a directorate (see `districtHeads`) is of, which no district is named: "مديرية الأمن
 * بمحافظة عدن"، "مديرية التربية في محافظة تعز" are bodies, "مديرية الظاهر بمحافظة صعدة" a district.
 * Written with the article, as they follow the head (a plural such as الجوازات, or a word shaped أفعال or
 * إفعال such as الأشغال، الإسكان، الإعلام, names no place after a head anyway).
 */
export const directorateFields: readonly string[] = [
  'الأمن', 'الشرطة', 'المرور', 'الجمارك', 'الضرائب', 'الإحصاء', 'التربية', 'التعليم', 'الصحة', 'الزراعة',
  'المياه', 'الكهرباء', 'النقل', 'الثقافة', 'السياحة', 'الآثار', 'الأوقاف',
  'الأحوال', 'العمل', 'البيئة', 'الشباب', 'الرياضة', 'المراسم',
];

/**
 * Short forms of bodies, each `'full|short|…'`: "التحالف" and "قوات التحالف" for "التحالف الدولي".
 * They are no mention of their own, even after the text names the body in full: "the coalition"
 * is a head alone, like الحكومة, which the annotation guide (docs/evaluation.md) counts as an
 * unnamed body (and it is the Saudi-led one in Yemen as often as the one against ISIS). The short
 * forms stay the gazetteer's aliases of the full name, so that a speaker "التحالف" keeps the
 * coalition's key.
 */
export const bodyShortForms: readonly string[] = [
  'التحالف الدولي|التحالف|قوات التحالف',
  'التحالف العربي|التحالف|قوات التحالف',
];

/**
 * Adjectives of a body's time or state that describe it and are never part of its name, so they
 * end it (written masculine; the feminine in ة is read too): "حزب البعث المنحل" → حزب البعث، "جماعة
 * بوكو حرام الإرهابية". Not الجديد, which names bodies too: "حزب الديمقراطية الجديدة"، "حزب الوفد الجديد".
 */
export const bodyStateWords: readonly string[] = [
  'السابق', 'المتطرف', 'المتشدد', 'الإرهابي', 'المنحل', 'المناهض',
  // Its ties: "تنظيم جند الإسلام المرتبط بالقاعدة" → تنظيم جند الإسلام، "الحزب المسيحي البافاري المتحالف مع".
  'المرتبط', 'المتحالف',
  // A noun of time after a name is an adverb: "اجتماع مجلس الوزراء الأسبوع الماضي"، "وأقر المجلس الأوروبي الشهر الماضي".
  'الأسبوع', 'الشهر',
  // Its standing, power or ties, which change while the name stays: "جبهة التحرير المتمردة"، "الحزب الديمقراطي
  // الحاكم"، "جماعة النور المحظورة"، "الميليشيات الموالية للحكومة"، "الجيش اليمني المسنود بقوات التحالف"، "قناة الفجر المقربة من الحركة"، "شركة الحديد
  // الوطنية المملوكة للدولة"، "شركة الغاز الروسية المتعثرة" (التابع and المنعقد are stop words of every name);
  // its side and leaning: "حزب الشعوب الديمقراطي المؤيد للأكراد"، "حزب الحركة القومية اليميني" (not المنافس: its
  // feminine is "competition", as in هيئة المنافسة).
  'المتمرد', 'المعارض', 'الحاكم', 'المحظور', 'الموالي', 'المدعوم', 'المسنود', 'المقرب', 'المملوك', 'المتعثر', 'المدجج', 'النافذ',
  'المؤيد', 'اليميني', 'اليساري',
  // A title it holds: "المنتخب الأرجنتيني المتوج بلقب كأس العالم".
  'المتوج',
  // Its size or rank as a writer praises it: "شركة البرمجيات الأمريكية العملاقة"، "شركة السيارات اليابانية الرائدة"،
  // "جامعة يال العريقة".
  'العملاق', 'الرائد', 'العريق',
  // What it did: "ميليشيا الحوثي الانقلابية" (not المؤتمر, "obeying" and also a congress: حزب المؤتمر).
  'الانقلابي',
  // Where it stands, a building: "المتحف المقابل لمتنزه"، "المستشفى المجاور"; where its men are: "قوات التحالف
  // الموجودة لدعم العملية"، "القوات الإسرائيلية المنتشرة في"; whose side they are on: "القوات الروسية الحليفة"
  // (not العامل: "وزارة القوى العاملة").
  'المقابل', 'المجاور', 'الموجود', 'المنتشر', 'الحليف',
  // What it is made of or where it meets, a clause: "جبهة العمل الوطني المؤلفة من 12 نائبا"، "كتلة الوفاق المكونة من
  // أربعة أحزاب"، "نادي الشباب المصنف بالدرجة الثانية"، "قوة الطوارئ الدولية المعززة".
  'المؤلف', 'المكون', 'المصنف', 'المعزز', 'الموسع',
  // The meeting, not the body: "جلسة مجلس الوزراء الأسبوعية"، "اجتماع المجلس السنوي" (not الطارئ, which
  // names a field: "وزارة الحالات الطارئة").
  'الأسبوعي', 'الشهري', 'السنوي',
  // What it does in the story, a participle with its object: "الشركة المالكة لشبكة التواصل"، "الشركة المشغلة
  // للطريق"، "وبحسب الشركة المنتجة فإن الدواء". Not المنظم, which folds like the head منظمة.
  'المالك', 'المنتج', 'المشغل', 'المصنع', 'المطور',
  // The same with a clause after it, what it was made for, issued or charged with: "اللجنة الوزارية المشكلة
  // لمعالجة أوضاعهم"، "البعثة الأوروبية المكلفة بمراقبة المنطقة"، "الوزارة الجهة المشرفة على"، "قوات الأسد
  // المتمركزة في التلال"، "الحزب الكردي المعروف بـ".
  'المشكل', 'المكلف', 'المشرف', 'المسؤول', 'المتعلق', 'المعروف', 'المنبثق', 'الصادر', 'الهادف', 'القائم',
  'المقيم', 'المتمركز', 'المعترف', 'المضيف', 'المستقيل',
  // What the writer calls it, and what a report of it was: "مجلس الوزراء الموقر"، "قوات الاحتلال الغاشمة"، "بيان
  // وزارة الداخلية السعودية الأخير" (the statement's adjective).
  'الموقر', 'الغاشم', 'الأخير',
  // Its part in an event, with the event after it: "بعثة المنتخب الوطني المشاركة في كأس العالم"، "القوات المشاركة في العملية".
  'المشارك',
  // The verbal noun of consent after a council, its decision's object, read through its masculine: "قرر مجلس الوزراء
  // الموافقة على".
  'الموافق',
];

/**
 * Nouns that make no body's name as the last word of a head's complement: a place by its kind
 * ("حكومة البلاد"، "حكومة البلدين"، "منتخب البلد المضيف"، "شرطة المدينة"، "مجلس المحافظة") or a body
 * by its kind, which points back to one named before ("مجلس إدارة الشركة"، "مجلس إدارة النادي"، "مكتب
 * إعلام المفوضية"). Not the police or an army, which are bodies of their own ("كلية الشرطة"), nor a kind
 * that is also a party's name (حزب الرابطة).
 */
export const commonComplements: readonly string[] = [
  'البلاد', 'البلد', 'البلدين', 'المدينة', 'المحافظة', 'الولاية', 'الشركة', 'البنك', 'النادي', 'الجامعة',
  'الهيئة', 'المفوضية', 'المؤسسة', 'المجموعة',
  // A quarter: "من شرطة الحي الذي يقيمون فيه".
  'الحي',
  // A regime, as its foes call a government: "قوات النظام السوري" are the Syrian army, by an epithet.
  'النظام',
];

/**
 * Heads that are also common nouns (حركة "motion, traffic", مركز "centre, position", قوات
 * "forces", مجموعة "collection"): one definite word after them names no body (حركة المرور،
 * مركز القمر، قوات الأمن) — a known name, a loan name, a ل phrase (مركز الخليج للأبحاث) or two
 * words (حركة التحرير الوطني) do; with the article and adjectives only they describe
 * (القوات الجوية، المجموعة القصصية) — except forces (`forcesOfBodies`) named by their country, which
 * are its army: القوات الإسرائيلية، القوات الجوية الروسية, as الجيش الإسرائيلي is.
 */
export const commonNounHeads: readonly string[] = [
  'حركة', 'تنظيم', 'مركز', 'مجموعة', 'قوات', 'سلطة', 'أمانة', 'جبهة', 'مكتب', 'جماعة', 'تحالف', 'منتدى', 'حرس', 'ديوان',
  // A descriptor that is also a common noun: a station of what it serves ("محطة الفضاء"، "محطة القطار"، "محطة
  // الكهرباء"); a channel by its own loan name stays ("محطة فوكس نيوز").
  'محطة',
];

/**
 * Heads of a unit inside a larger body: with common words alone after them, followed by في or ب and the
 * body, they name a part of it, not a body of its own ("لجنة الاستخبارات في مجلس النواب"، "المجلس المركزي
 * في حزب الله"، "لجنة القيم بالفيفا"): the body after في or ب is the mention.
 */
export const unitHeads: readonly string[] = ['لجنة', 'مكتب', 'مجلس', 'هيئة', 'مفوضية', 'أمانة'];

/**
 * Heads of a body named by its task: with common words alone after them they name what it does, not
 * which it is ("لجنة التحكيم" is a festival's jury, "لجنة العقوبات" the sanctions committee of whatever
 * council the story is about), unless a demonym, a known name or a place after في or ب says which:
 * "اللجنة الاقتصادية السعودية"، "لجنة العفو في تكساس".
 */
export const taskBodyHeads: readonly string[] = ['لجنة'];

/**
 * Words that open a club's name before its city: "دينامو كييف"، "ستيوا بوخارست"، "أولمبيك
 * مرسيليا"، "سبورتنغ لشبونة". The two words are the club.
 */
export const clubPrefixes: readonly string[] = [
  'ريال', 'أتلتيكو', 'أتلتيك', 'دينامو', 'ديناموز', 'ستيوا', 'سسكا', 'أولمبيك', 'أولمبياكوس', 'سبورتنغ', 'سبورتينغ', 'بوروسيا',
  'باير', 'فيردر', 'إنتر', 'ديبورتيفو', 'رابيد', 'سبارتاك', 'لوكوموتيف', 'زينيت', 'شاختار', 'غلطة', 'فنربخشة', 'بشكتاش',
  'سيلتا', 'ريسينغ', 'ناسيونال', 'أتليتكو', 'سيسكا', 'هرتا', 'ليفسكي', 'أياكس', 'سلافيا', 'سبارتا', 'ستاندار', 'حسنية',
];

/**
 * Words before a group's own name that only say what kind of group it is, left out of the mention as a
 * descriptor is: "تنظيم داعش" → داعش، "جماعة الإخوان المسلمين" → الإخوان المسلمين، "جماعة الحوثي" → الحوثي (a
 * family's nisba names the group). Not حركة، حزب، منظمة, which news keeps in the name: "حركة حماس"، "حزب الله".
 */
export const kindWords: readonly string[] = ['تنظيم', 'جماعة'];

/**
 * Heads news writes before a body's or a place's own name or leaves out, naming its kind only:
 * "حزب جبهة التحرير الوطني" is "جبهة التحرير الوطني", "مجموعة علي بابا" is "علي بابا", "منطقة
 * الهلال النفطي" is "الهلال النفطي". Not the heads of a body of its own inside another (كتائب حزب الله
 * ≠ حزب الله، مكتب الأمم المتحدة، لجنة، مجلس).
 */
export const namingHeads: readonly string[] = [
  'حزب', 'حركة', 'جماعة', 'تنظيم', 'منظمة', 'مجموعة', 'شركة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'موقع', 'منطقة',
  // Forces named by their own name: "قوات الحزام الأمني" is "الحزام الأمني", "قوات النخبة الشبوانية" "النخبة الشبوانية".
  'قوات',
];
