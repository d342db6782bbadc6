/**
 * A verb that reports what someone said, given by its past and present stems
 * (third person masculine singular). The engine writes out the forms news
 * uses: the past for him, her and them (قال، قالت، قالوا) and the present for
 * him, her and them (يقول، تقول، يقولون). A glued و/ف is allowed on each.
 */
export interface ReportingVerb {
  /** Past, he: قال، أكد، أعلن. */
  readonly past: string;
  /** Present, he: يقول، يؤكد، يعلن. Omitted for verbs news uses only in the past. */
  readonly present?: string;
  /**
   * A verb of record, whose object often follows it ("سجلت البلاد رقماً قياسياً"):
   * the phrase after it is its speaker only when it is a body ("وثقت المنظمة"),
   * a source document ("أظهرت بيانات رسمية"، "أظهرت بيانات مجلس التنمية"), a
   * quoted or a known name. With no subject of its own it continues no speaker:
   * "وسجل 23 هدفاً" is the player's record, not a quotation.
   */
  readonly definiteSubject?: boolean;
  /**
   * Without a subject of its own the verb is impersonal ("ويتوقع أن يصل …",
   * it is expected that …): it continues no speaker, as a verb such as وأضاف
   * with no subject does.
   */
  readonly impersonal?: boolean;
}

/** Reporting verbs: the speaker is the noun phrase after them ("قال المتحدث …"). */
export const reportingVerbs: readonly ReportingVerb[] = [
  { past: 'قال', present: 'يقول' },
  { past: 'أكد', present: 'يؤكد' },
  { past: 'أوضح', present: 'يوضح' },
  { past: 'أشار', present: 'يشير' },
  { past: 'أضاف', present: 'يضيف' },
  { past: 'ذكر', present: 'يذكر' },
  { past: 'أعلن', present: 'يعلن' },
  { past: 'كشف', present: 'يكشف' },
  { past: 'أفاد', present: 'يفيد' },
  { past: 'صرح', present: 'يصرح' },
  { past: 'أردف', present: 'يردف' },
  { past: 'تابع', present: 'يتابع' },
  { past: 'ختم', present: 'يختم' },
  { past: 'اعترف', present: 'يعترف' },
  { past: 'كتب', present: 'يكتب' },
  { past: 'لفت', present: 'يلفت' },
  { past: 'زعم', present: 'يزعم' },
  { past: 'أحصى', present: 'يحصي', definiteSubject: true },
  { past: 'وثق', present: 'يوثق', definiteSubject: true },
  { past: 'رصد', present: 'يرصد', definiteSubject: true },
  { past: 'سجل', present: 'يسجل', definiteSubject: true },
  { past: 'عزا', present: 'يعزو' },
  { past: 'أظهر', present: 'يظهر', definiteSubject: true },
  { past: 'أورد', present: 'يورد' },
  // Forecasts and estimates: who makes them speaks for the figure ("وتوقع مركز الأرصاد الجوية أن تصل الحرارة إلى 35 درجة").
  { past: 'توقع', present: 'يتوقع', impersonal: true },
  { past: 'رجح', present: 'يرجح', impersonal: true },
];

/** The written forms of a reporting verb (see {@link ReportingVerb}). */
export function reportingVerbForms(verb: ReportingVerb): string[] {
  const forms = [verb.past, `${verb.past}ت`, `${verb.past}وا`];
  if (verb.present !== undefined) {
    const stem = verb.present.slice(1);
    forms.push(verb.present, `ت${stem}`, `${verb.present}ون`);
  }
  return forms;
}

/** Reporting verbs whose source follows عن: "نقلت الصحيفة عن مسؤولين". */
export const reportingFromVerbs: readonly ReportingVerb[] = [{ past: 'نقل', present: 'ينقل' }];

/** Attribution phrases: the speaker follows them ("بحسب ما قال الناطق", "وفق وكالة رويترز"). */
export const attributionPhrases: readonly string[] = [
  'بحسب', 'حسب', 'وفق', 'وفقا ل', 'وفقا', 'طبقا ل', 'طبقا', 'استنادا إلى', 'نقلا عن', 'بحسب ما قال', 'حسب ما قال', 'وفق ما قال',
  'بحسب ما أفاد', 'حسب ما أفاد', 'بحسب ما ذكر', 'حسب ما ذكر', 'بحسب ما أعلن', 'على حد قول', 'على لسان', 'حسبما', 'بحسبما',
];

/** Words that start the description of a speaker's role: "المتحدث باسم التحالف", "نائب قائد التحالف". */
/** Each a single word: the office is the role word and what follows it ("رئيس الوزراء البريطاني"). */
export const roleWords: readonly string[] = [
  'المتحدث', 'الناطق', 'متحدث', 'ناطق', 'نائب', 'قائد', 'مبعوث', 'وزير', 'رئيس', 'مسؤول', 'مسؤولين', 'مسؤولون', 'مدير',
  'زعيم', 'أمين', 'المسؤول', 'القائد', 'المتحدثة', 'الناطقة', 'متحدثة', 'ناطقة', 'نائبة', 'وزيرة', 'رئيسة', 'مسؤولة', 'المسؤولة',
  'مديرة', 'المدير', 'المديرة', 'الخبير', 'خبير', 'الخبيرة', 'المحلل', 'محلل', 'الباحث', 'باحث', 'الباحثة', 'أستاذ', 'الأستاذ',
  'محافظ', 'عضو', 'المستشارة', 'مستشار', 'مندوب', 'المندوب', 'سفير', 'سفيرة', 'قائدة', 'المنسق', 'منسق', 'المفوض', 'مفوض',
  // A city's mayor, a state's governor: "عمدة لندن صادق خان"، "حاكم ولاية دورانغو خوسيه إسبورو".
  'عمدة', 'حاكم', 'حاكمة',
];

/**
 * The particles that open reported speech (إن folds to أن), with the pronoun they may carry: "قال شالوم إن …"،
 * "ذكرت المنظمة أنه …"، "أفاد بأنها …". After a reporting verb and a word, they make that word
 * the speaker; a source named right before or after one is cited inside the speech, not its speaker.
 */
export const speechParticles: readonly string[] = ['أن', 'بأن', 'أنه', 'بأنه', 'أنها', 'بأنها', 'أنهم', 'بأنهم'];

/** Words that end the speaker's noun phrase (what follows is the content or its circumstances). */
export const speakerStopWords: readonly string[] = [
  'أن', 'أنه', 'أنها', 'بأن', 'بأنه', 'بأنها', 'أنهم', 'بأنهم', 'يوم', 'أمس', 'اليوم', 'في', 'خلال', 'على', 'عبر', 'ل',
  'الذي', 'التي', 'عن', 'إلى', 'بعد', 'قبل', 'حول', 'بشأن', 'مساء', 'صباح', 'لدى', 'مع', 'عقب',
  'فيها', 'فيه', 'له', 'لها', 'لهم', 'عنه', 'عنها', 'قائلا', 'بالقول', 'قولهم', 'قوله', 'قولها', 'أيضا', 'كذلك', 'أكثر', 'أقل',
  'نحو', 'حوالي', 'قرابة', 'قد',
  // "وقال لبي بي سي أما محمد إبراهيم": a particle that opens a new clause.
  'أما', 'لكن', 'ولكن',
];

/** Words inside a speaker's description that never belong to a name: المتحدث باسم، ضد داعش. */
export const nameBreakers: readonly string[] = ['باسم', 'ضد', 'من', 'عن', 'لدى', 'مع', 'و'];

/** Words that may open a sentence before its subject: "وكان مبعوث الرئيس … أعلن", "ثم إن القوات …". */
export const leadingParticles: readonly string[] = ['كان', 'وكان', 'وكانت', 'كانت', 'ثم', 'إن', 'لكن', 'ولكن', 'و', 'حيث', 'كما', 'هذا', 'وقد', 'قد', 'فقد'];

/**
 * Heads of a speaker phrase that name no one: "مصادر أمنية", "مصدر مطلع", "مسؤول
 * أمريكي", "شهود عيان". Indefinite, with no name after them, they make the
 * speaker anonymous.
 */
export const anonymousSources: readonly string[] = [
  'مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'شهود', 'شاهد', 'تقارير', 'أنباء', 'وسائل إعلام', 'ناشطون', 'ناشطين', 'سكان',
  'خبراء', 'دبلوماسيون', 'دبلوماسي', 'مراقبون', 'محللون', 'أوساط', 'مقربون', 'جهات', 'مواقع', 'صحف', 'حسابات',
  // An account on a network, named by its handle or not: "وكتب حساب @PuccaNoodles على تويتر".
  'حساب',
  // An employee, as news names a witness: "بعد أن قال موظف إنه أصيب بأعراض غامضة".
  'موظف', 'موظفون',
  // An officer, members of a parliament: "وقال ضابط في الشرطة إن"، "وقال نواب إن الحكومة".
  'ضابط', 'ضباط', 'نواب',
];

/**
 * Media a speaker talks to, written with ل: "قال مدير المرصد … لوكالة فرانس برس"،
 * "قال المتحدث … لقناة «ميلينيو تي في»". Glued to ل after a speaker's words they
 * end the speaker's phrase: the outlet hears the figure, it does not say it.
 */
export const speechAddressees: readonly string[] = [
  'وكالة', 'قناة', 'صحيفة', 'جريدة', 'مجلة', 'موقع', 'إذاعة', 'تلفزيون', 'شبكة', 'محطة', 'وسائل', 'الصحفيين', 'الصحافيين', 'الصحافة',
];

/**
 * What joins a document to its author: "دراسة أجراها مكتب الإحصاءات"، "تقرير أعدته
 * المنظمة"، "أرقام أعلنتها وزارة السياحة"، "البيانات الصادرة عن البنك المركزي". The
 * author is part of the speaker.
 */
export const documentAuthorLinks: readonly string[] = [
  'أجراها', 'أجراه', 'أعدها', 'أعده', 'أعدته', 'أصدرها', 'أصدره', 'أصدرته', 'نشرها', 'نشره', 'نشرته', 'وضعها', 'وضعه',
  'أعلنتها', 'أعلنها', 'أعلنته', 'كشفتها', 'كشفها', 'كشفته',
  'صادر عن', 'صادرة عن', 'الصادر عن', 'الصادرة عن',
];

/**
 * Documents that speak for a figure: statements, reports, data, statistics, studies, tallies.
 * "أظهرت بيانات مجلس التنمية الاقتصادية"، "وفق أرقام رسمية"، "كشفت دراسة"،
 * "بحسب إحصاءات الوزارة". The speaker is the document with its complement and
 * adjectives, never a person's name: "بيانات رسمية" names no one called بيانات.
 * Each is written without the article, which the engine allows: البيانات، الحصيلة.
 */
export const sourceDocuments: readonly string[] = [
  'بيان', 'تقرير', 'تقارير', 'بيانات', 'دراسة', 'دراسات', 'إحصاءات', 'إحصائيات', 'إحصائية', 'أرقام', 'استطلاع',
  'مسح', 'حصيلة', 'وثيقة', 'وثائق', 'سجلات', 'معطيات', 'تقديرات', 'أبحاث', 'مؤشرات', 'نتائج',
];

/**
 * Verbs of news narration whose subject, a person, often follows them (verb–subject order):
 * "وأعرب داليما عن"، "ودعا أنان إلى"، "وتوقع فارس أن". A single word after one of them, set apart
 * by a particle, a preposition or punctuation, is a person's name when it can be one. Not
 * reporting verbs: they name no speaker of a figure.
 */
export const narrativeVerbs: readonly ReportingVerb[] = [
  { past: 'أعرب', present: 'يعرب' },
  { past: 'دعا', present: 'يدعو' },
  { past: 'رفض', present: 'يرفض' },
  { past: 'انتقد', present: 'ينتقد' },
  { past: 'اعتبر', present: 'يعتبر' },
  { past: 'رأى', present: 'يرى' },
  { past: 'وصف', present: 'يصف' },
  { past: 'حذر', present: 'يحذر' },
  { past: 'هدد', present: 'يهدد' },
  { past: 'أشاد', present: 'يشيد' },
  { past: 'رحب', present: 'يرحب' },
  { past: 'شدد', present: 'يشدد' },
  { past: 'أبدى', present: 'يبدي' },
  { past: 'نفى', present: 'ينفي' },
  { past: 'اتهم', present: 'يتهم' },
  { past: 'طالب', present: 'يطالب' },
  { past: 'التقى', present: 'يلتقي' },
  { past: 'استقبل', present: 'يستقبل' },
  { past: 'زار', present: 'يزور' },
  { past: 'وصل', present: 'يصل' },
  { past: 'غادر', present: 'يغادر' },
  { past: 'توجه', present: 'يتوجه' },
  { past: 'عاد', present: 'يعود' },
  { past: 'قام', present: 'يقوم' },
  { past: 'بحث', present: 'يبحث' },
  { past: 'ناقش', present: 'يناقش' },
  { past: 'تلقى', present: 'يتلقى' },
  { past: 'وقع', present: 'يوقع' },
  { past: 'فاز', present: 'يفوز' },
  { past: 'خسر', present: 'يخسر' },
  { past: 'أحرز', present: 'يحرز' },
  { past: 'قاد', present: 'يقود' },
  { past: 'ترأس', present: 'يترأس' },
  { past: 'حضر', present: 'يحضر' },
  { past: 'شارك', present: 'يشارك' },
  { past: 'تولى', present: 'يتولى' },
  { past: 'أمر', present: 'يأمر' },
  { past: 'قرر', present: 'يقرر' },
  { past: 'تحدث', present: 'يتحدث' },
  { past: 'أبلغ', present: 'يبلغ' },
  { past: 'أجرى', present: 'يجري' },
  { past: 'اجتمع', present: 'يجتمع' },
  { past: 'أدلى', present: 'يدلي' },
  { past: 'تمنى', present: 'يتمنى' },
  { past: 'اعتقد', present: 'يعتقد' },
  { past: 'استبعد', present: 'يستبعد' },
  { past: 'أوصى', present: 'يوصي' },
  { past: 'ألمح', present: 'يلمح' },
  { past: 'أقر', present: 'يقر' },
  { past: 'تعهد', present: 'يتعهد' },
  { past: 'اقترح', present: 'يقترح' },
  { past: 'اعتذر', present: 'يعتذر' },
  { past: 'علق', present: 'يعلق' },
  { past: 'سافر', present: 'يسافر' },
  { past: 'أنهى', present: 'ينهي' },
  { past: 'بدأ', present: 'يبدأ' },
  { past: 'تسلم', present: 'يتسلم' },
  { past: 'نجح', present: 'ينجح' },
  { past: 'فشل', present: 'يفشل' },
  { past: 'انضم', present: 'ينضم' },
  { past: 'توفي' },
  { past: 'ولد' },
  { past: 'كان', present: 'يكون' },
  { past: 'ظل', present: 'يظل' },
  { past: 'بات' },
  { past: 'أصبح', present: 'يصبح' },
];

/** Prepositions of affiliation after a title, read with their definite complement: "العقيد في الجيش الأمريكي ريان ديلون". */
export const affiliationPrepositions: readonly string[] = ['في'];

/** Prepositions that name whom a relaying verb quotes: "نقلت الصحيفة، قبل أيام، عن مسؤولين أميركيين". */
export const relaySourcePrepositions: readonly string[] = ['عن'];

/**
 * Relative words between an attribution and its verb: "بحسب ما قال الناطق"، "وفق ما أعلنت الوزارة", and
 * with the ل of وفقا ل or طبقا ل glued to it: "وفقا لما ذكرته وزارة الصحة".
 */
export const attributionRelatives: readonly string[] = ['ما', 'لما'];

/**
 * A preposition with the pronoun of what is said, after the verb of an attribution's relative and
 * before its speaker: "بحسب ما صرح به وزير البترول"، "وفقا لما أدلى به مسؤول"، "حسبما أعلن عنه الجيش".
 */
export const relativeVerbObjects: readonly string[] = ['به', 'بها', 'عنه', 'عنها', 'له', 'لها', 'إليه', 'إليها'];

/**
 * Prepositions and adverbial nouns that only a noun follows: after them a reporting verb's written
 * form is its verbal noun, which names no speaker. "فرضت رسوماً تحت زعم تهديد الواردات الأمن
 * القومي" (under the pretext), "بعد نشر الصحيفة تقريراً" (after the paper published), "دون ذكر
 * المصدر" (without naming the source). Not من or ما, which also mean who and what: "من قال إن …".
 */
export const verbalNounOpeners: readonly string[] = [
  'في', 'على', 'إلى', 'عن', 'مع', 'تحت', 'بعد', 'قبل', 'عقب', 'إثر', 'دون', 'بدون', 'رغم', 'منذ', 'خلال', 'حول', 'عند', 'لدى',
];

/** The ending of an adjective of relation: a definite word so ending describes (الأمريكي، العراقي), it is no given name. */
export const relationEndings: readonly string[] = ['ي'];

/** Endings of plural and feminine adjectives of relation: they describe, they never name (كنديون، أمريكيين، أمنية). */
export const pluralRelationEndings: readonly string[] = ['يون', 'يين', 'ية'];

/** The feminine ending, which adjectives after a document or an unnamed source carry: "مصادر مطلعة"، "أرقام كبيرة". */
export const feminineEndings: readonly string[] = ['ة'];
