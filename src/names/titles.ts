import type { RoleWord } from '../text/lexicon.js';

/**
 * Titles, ranks, offices and professions that stand before a person's name: the name follows
 * ("العقيد مايلز كيغنز"، "اللاعب البرازيلي رونالدو"), possibly after adjectives (الرئيس
 * الفرنسي السابق) or an affiliation ("العقيد في الجيش الأمريكي ريان ديلون").
 */
export const titleWords: readonly string[] = [
  // Ranks.
  'العقيد', 'الكولونيل', 'اللواء', 'الميجر جنرال', 'الجنرال', 'العميد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الفريق',
  'الفريق أول', 'المشير', 'الأدميرال', 'الكابتن', 'الليفتنانت', 'الرقيب', 'العريف',
  // Ranks written without the article, as some outlets write them: "كولونيل مارتن أودونيل"، "وقال عقيد في الجيش"
  // ("عقيد سابق في المخابرات": سابق is a stop word).
  'كولونيل', 'عقيد',
  // Offices and honorifics.
  'الرئيس', 'الوزير', 'الوزيرة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الآنسة', 'الدكتور', 'الدكتورة', 'السفير', 'السفيرة',
  'النائب', 'النائبة', 'المبعوث', 'الأمير', 'الأميرة', 'الملك', 'الملكة', 'السلطان', 'المستشار', 'المستشارة', 'القائد',
  'الإمام', 'البابا', 'الحاج', 'القاضي', 'المحامي', 'المهندس', 'الأستاذ', 'الأستاذة', 'البروفيسور', 'السيناتور', 'السناتور',
  'الكاردينال', 'المطران', 'البطريرك', 'القس', 'الحاخام', 'آية الله', 'حجة الإسلام', 'ولي العهد', 'رئيس الوزراء', 'رئيسة الوزراء',
  'المرشد', 'الخليفة', 'الإمبراطور', 'المفتي', 'القنصل', 'المندوب', 'المفوض', 'سمو', 'صاحب السمو', 'جلالة', 'فخامة', 'معالي',
  'سعادة', 'سماحة', 'نيافة', 'دكتور', 'دكتورة',
  // Saint of the Eastern churches: "مار يوحنا"; after a church, its namesake: "كنيسة مار يعقوب".
  'مار',
  // Heads of a province or a town: "الوالي زكرياء بوعلام" (Algeria, Morocco), "المحافظ", "العمدة".
  'الوالي', 'المحافظ', 'العمدة',
  // Professions news names people by.
  'الكاتب', 'الكاتبة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'الأديب', 'الفنان', 'الفنانة', 'المطرب', 'المطربة',
  'المغني', 'المغنية', 'الممثل', 'الممثلة', 'المخرج', 'المخرجة', 'الملحن', 'الموسيقار', 'الرسام', 'النحات', 'المؤلف',
  'اللاعب', 'اللاعبة', 'المدرب', 'الحارس', 'المهاجم', 'المدافع', 'النجم', 'النجمة', 'البطل', 'البطلة', 'الصحفي', 'الصحفية',
  'الصحافي', 'الصحافية', 'المراسل', 'المذيع', 'المذيعة', 'الناشط', 'الناشطة', 'الباحث', 'الباحثة', 'المفكر', 'الفيلسوف',
  'الداعية', 'المحلل', 'الخبير', 'الطبيب', 'الطبيبة', 'المؤرخ', 
  'الزعيم', 'المرشح', 'المرشحة', 'السائق', 'المصارع', 'الملاكم', 'العداء', 'العداءة', 'لاعب الوسط', 'زميله',
  'شقيقه', 'شقيقها', 'نجله', 'زوجته', 'زوجها', 'ابنه', 'ابنته', 'والده', 'والدته',
  // An astronaut, whose first word is also a given name: "ورائد الفضاء البريطاني تيم بيك".
  'رائد الفضاء', 'رائدة الفضاء',
];

/**
 * Nouns of office written without the article that end a name when their complement follows:
 * "كريستوفر هيل مساعد وزيرة الخارجية"، "حمد بن عيسى آل خليفة ملك البحرين"، "كافو نجم المنتخب".
 * Some are also given names (مساعد): after a name and before a definite word, they are the office.
 */
export const officeNouns: readonly string[] = [
  'مساعد', 'مساعدة', 'ملك', 'ملكة', 'أمير', 'أميرة', 'عاهل', 'ولي', 'سلطان', 'شيخ', 'إمام', 'مفتي', 'مرشد', 'رسول', 'نبي',
  'مفاوض', 'سكرتير', 'نجم', 'نجمة', 'لاعب', 'لاعبة', 'مدرب', 'حارس', 'مهاجم', 'مدافع', 'بطل', 'بطلة', 'مؤسس', 'صاحب',
  'مالك', 'عضو', 'عميد', 'وكيل', 'محافظ', 'حاكم', 'قائد', 'نائب', 'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'أمين', 'مدير', 'مديرة',
  'سفير', 'سفيرة', 'مندوب', 'مبعوث', 'ممثل', 'ممثلة', 'مستشار', 'مستشارة', 'منسق', 'زعيم', 'مراسل', 'مراسلة', 'كابتن', 'متسابق', 'مخرج',
  'مؤلف', 'كاتب', 'أستاذ', 'عالم', 'خبير', 'محلل', 'باحث', 'قاضي', 'محامي', 'مدعي', 'نقيب', 'أسقف', 'بطريرك', 'شقيق', 'شقيقة',
  'زوج', 'زوجة', 'والد', 'والدة', 'ابنة', 'حفيد', 'عمدة',
  // A player's position or standing: "تدخل قوي مع مارسيلو ظهير أيسر الريال"، "وأصيب صلاح هداف الدوري الإنجليزي".
  'ظهير', 'هداف',
  // Nouns of trade with the nisba ending: "وكشف الدبلوماسي"، "وقال الصحفي".
  'دبلوماسي', 'صحفي', 'صحافي', 'إعلامي', 'عسكري', 'قيادي', 'إداري', 'فني', 'مصور', 'طبيب', 'مهندس', 'جندي', 'شرطي',
];

/**
 * Particles inside a European name, between two of its words: "دومينيك دو فيلبان"، "لويس فان
 * غال"، "جان مارك دو لا سابليير"، "ليوناردو دا فينشي". A particle never opens or ends a name.
 */
export const foreignNameParticles: readonly string[] = ['دي', 'دو', 'دا', 'دل', 'ديل', 'دوس', 'داس', 'فان', 'فون', 'لا', 'لو', 'ماك', 'سان', 'سانت'];

/**
 * Titles that are also common nouns the sentence may go on with (الفريق "the team", اللاعب
 * "the player", الملك "the king" as a subject): the name after them must open with a given
 * name. "صفوف الفريق طالت كافو" names no طالت; "الفريق أول عبد الفتاح" and "اللاعب البرازيلي
 * رونالدو" are names.
 */
export const nounTitles: readonly string[] = [
  'الفريق', 'اللاعب', 'اللاعبة', 'المدرب', 'الحارس', 'المهاجم', 'المدافع', 'النجم', 'النجمة', 'البطل', 'البطلة', 'الملك',
  'الملكة', 'الإمبراطور', 'القائد', 'الزعيم', 'الرائد', 'المحافظ', 'العمدة', 'الباحث', 'الباحثة', 'الخبير', 'المحلل', 'السائق', 'العداء', 'العداءة',
];

/**
 * Noun titles that also name a team, which a nationality qualifies as well: "الفريق البرازيلي" is
 * a side, so a name after it must still open with a given name ("صفوف الفريق البرازيلي طالت كافو"
 * names no طالت), while "اللاعب البرازيلي دودو سيلفا" is a player.
 */
export const teamNounTitles: readonly string[] = ['الفريق'];

/**
 * Titles with the article that are also family names, read so right after a given name when the name is
 * closed after them: "وقال محمد السيد إن"، "وأكد العميد سمير الحاج، قائد اللواء" (before a name they are
 * titles: "الشيخ محمد").
 */
export const titlesAsFamilyNames: readonly string[] = ['الحاج', 'الشيخ', 'السيد', 'القاضي', 'الإمام', 'الخليفة'];

/** Words that join the parts of an Arabic name: أبو بكر، بن لادن، عبد الله، آل ثاني. */
export const nameJoiners: readonly string[] = ['أبو', 'أبي', 'أبا', 'بن', 'ابن', 'بنت', 'عبد', 'آل'];

/** What a word does to the key of a name (see `normalizeEntityName`). */
export type NameKeyRole =
  /** Joined to the word after it, as many write it: عبد الله = عبدالله، أبو ظبي = أبوظبي. */
  | 'joinsNext'
  /** Joined to the word before it: نصر الله = نصرالله، نور الدين = نورالدين. */
  | 'joinsPrevious'
  /** "Son of" inside a name, one word in every spelling: أسامة ابن لادن = أسامة بن لادن. */
  | 'son'
  /** "Daughter of" inside a name, kept as written: نورة بنت فيصل. With `son`, it makes a chain of names (see `family`). */
  | 'daughter'
  /**
   * Opens a family name at the end of a chain of names with a `son` or `daughter` word, which news
   * leaves out as often as not: تميم بن حمد آل ثاني = تميم بن حمد، نورة بنت فيصل آل سعود = نورة بنت فيصل.
   */
  | 'family';

/** A word of a name's key and its role: `{ word: 'عبد', role: 'joinsNext' }`. */
export type NameKeyWord = RoleWord<NameKeyRole>;

/**
 * The words a name's key joins or unifies, so that names written one way or another get one
 * key: عبد الله / عبدالله، نصر الله / نصرالله، أبو ظبي / أبوظبي، ابن / بن. Every `son` word is
 * written in a key as the first one of the table (بن); a `son` word that opens a name stays
 * as it is (ابن خلدون).
 */
export const nameKeyWords: readonly NameKeyWord[] = [
  { word: 'عبد', role: 'joinsNext' },
  { word: 'أبو', role: 'joinsNext' },
  { word: 'الله', role: 'joinsPrevious' },
  { word: 'الدين', role: 'joinsPrevious' },
  { word: 'بن', role: 'son' },
  { word: 'ابن', role: 'son' },
  { word: 'بنت', role: 'daughter' },
  { word: 'آل', role: 'family' },
];

/**
 * Adjectives between a title and the name it introduces: "الرئيس الأمريكي السابق بيل كلينتون",
 * "الملك الراحل الحسين". Demonyms (الأمريكي) are read from the countries table.
 */
export const titleAdjectives: readonly string[] = [
  'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'الراحل', 'الراحلة', 'الجديد', 'الجديدة', 'الحالي', 'الحالية', 'المخلوع',
  'المخلوعة', 'المنتخب', 'المنتخبة', 'المكلف', 'المكلفة', 'المؤقت', 'المؤقتة', 'المستقيل', 'المستقيلة', 'المعزول', 'الشهير',
  'الشهيرة', 'المعروف', 'المعروفة', 'الشاب', 'الشابة', 'الدولي', 'الدولية', 'المخضرم', 'العام', 'العامة', 'الأعلى',
  'المساعد', 'المساعدة', 'الأول', 'الأولى', 'المعتزل', 'المصاب', 'البديل', 'الأسطوري', 'الأسطورة', 'القدير', 'الكبير',
  'الكبيرة', 'المتقاعد', 'الفائز', 'الفائزة', 'الحائز',
];
