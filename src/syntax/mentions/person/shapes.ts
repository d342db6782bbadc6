/**
 * Shapes of written words that are never a person's name word, or that a loan name takes: verb
 * prefixes and patterns (يحتاج، امتنع، استدعى), noun patterns and endings (مشروع، عقوبة، لقاء،
 * تدريبات), pronoun suffixes (معهم)، prepositions glued to a word (بأن، لبحث). Pure tests of a
 * string: the readers of person.ts decide where each shape ends a name.
 */
import { conjunctionAnd, prepositionClitics } from '../../../text/clitics.js';
import type { MentionTables } from '../tables.js';

/** A conjunction glued to a word: ومحمد starts a second name, not the second word of the first. */
export const WAW = conjunctionAnd;

/** Letters that open the present tense of a verb: يحتاج، تجاوز (a name after a title is not one). */
export const PRESENT_PREFIX = /^[يت]/u;

/** The future prefix on a verb in the present: سيكون، ستبدأ. */
export const FUTURE_VERB = /^س[يتن]/u;

/** Pronoun suffixes: معهم، لإقناعهم، عنها. */
export const PRONOUN = /(?:هم|هما|ها|كم|نا)$/u;

/** A possessive of the third person at the end of a noun, ه "his" too: تركيزه، أهدافها، فريقهم (checked on a noun's shape only). */
export const POSSESSIVE = /(?:ه|هم|هما|ها)$/u;

/** Long vowels: a foreign name takes one where a verb's prefix takes a consonant (تيفيز، تستعد). */
export const LONG_VOWELS = 'اوي';

/** The prefix of a verb in the present or future, as a loan name may begin: ت، ي، ست، سي. */
export const VERB_PREFIX = /^س?[يت]/u;

/** Endings of a noun, never of a name word after the first: ة (folded to ه), اء, ات (عقوبة، لقاء، تدريبات). */
export const NOUN_ENDING = /(?:ه|اء|ات)$/u;

/** ب، ل or ك glued before a hamza on alif: بأسلوب، لأسبوعية، بإطلاق، "وشارك ألكاسير كأساسي" — no name begins so. */
export const PREPOSITION_BEFORE_HAMZA = /^[بلك][أإ]/u;

/** A loan name may end in يه: أوليفيه، تريزيغيه. */
export const LOAN_YEH = /يه$/u;

/** The pronoun "us" as a word ends (البنا ends so as a name). */
export const NA = 'نا';

/** A loan name may end in نا after a long vowel: سولانا، لونا. */
export const LOAN_NA = /[اوي]نا$/u;

/** A noun of three radicals with the article, as folded text has it: العمل، البحث، الرصد (also النصر، الفجر). */
export const DEFINITE_TRILITERAL = /^ال[^اوي]{3}$/u;

/** The verbal noun تفعّل with the article, as folded text has it: التدخل، التحرك، التحقق. */
export const DEFINITE_TAFAUL = /^الت[^اوي]{3}$/u;

/** A noun of three radicals without the article or a clitic: نفط، شحن، نقل. */
export const BARE_TRILITERAL = /^[^اوي]{3}$/u;

/**
 * Shapes of verbal nouns, never a name word: افتعال (اجتماع، اعتقال)، انفعال (انسحاب)، استفعال
 * (استقبال)، إفعال (إعلان) and تفعيل (تصريح، and of a hollow root تصوير، تطوير). A long vowel in their
 * consonant places makes a loan name instead: أوباما، إيفانوف (the given name توفيق has و first) — but
 * for the و or ي of a hollow root after the ت of افتعال: اختيار، اجتياح، احتواء (not after ن: أنتوان).
 */
export const VERBAL_NOUN = /^(?:ا[^اوي]ت[^اوي]ا[^اوي]|ا[^اوين]ت[وي]ا[^اوي]|ان[^اوي]{2}ا[^اوي]|است[^اوي]{2}ا[^اوي]|ا[^اوي]{2}ا[^اوي]$|ت[^اوي][^اي]ي[^اوي]$)/u;

/**
 * Sound plurals of participles and of nisbas, and duals: مسلحين، متظاهرون، فلسطينيين، دبابتين —
 * never one person's name; so a participle's plural in construct and its dual: "أعلن منظمو
 * مهرجان"، "قال مصدران مقربان" (مروان، مهران have a long vowel or too few consonants).
 */
export const SOUND_PLURAL = /^(?:(?:م[^اي].{2,}|.{2,}ي)(?:ين|ون)|.{2,}(?:تين|تان)|م[^اوي].{2,}و|م[^اوي]{3,}ان)$/u;

/**
 * A preposition glued to a verbal noun or participle (بمزيد، لتعزيز، كزعيم، بشكل): an object or
 * adverb, not a name. Names that begin so are rare (بتلر); بلير، بوش، كلينتون are not.
 */
export const PREPOSITION_PHRASE = /^(?:[بل][متش]|ك[متكز])/u;

/** An elative or a form-IV verb: أكبر، أعنف، أهم، أنجب، أهدر — never a name word (أحمد، آدم are given names). */
export const ELATIVE = /^ا[^اوي]{2,3}$/u;

/**
 * A participle of the derived forms: متحمس (V)، مستشار (X)، منفتح (VII)، منتخب، مجتمع، مؤتمر (VIII) — a noun
 * or adjective, not a name ("وقاد ميشيل منتخب المغرب" is Michel leading the team). Given names so shaped
 * are listed and read as such (منتصر، معتصم).
 */
export const PARTICIPLE = /^م(?:ت|ست)[^اوي]|^من[^اوي]ت|^م[^اوي]ت[^اوي]{2}$/u;

/** A verbal noun of form V of a weak root, without the article: تخلي، تحدي، تصدي — no nisba. */
export const WEAK_VERBAL_NOUN = /^ت[^اوي]{2}ي$/u;

/** A sound plural of the active participle فاعل: عائدين، لاعبون، حاضرين (SOUND_PLURAL reads the derived forms' and the nisbas'). */
export const ACTIVE_PLURAL = /^[^اوي]ا[^اوي]{2}(?:ين|ون)$/u;

/** A broken plural of the pattern أفاعيل: أحاديث، أساليب — never a name. */
export const BROKEN_PLURAL = /^ا[^اوي]ا[^اوي]ي[^اوي]$/u;

/** Pronouns on a preposition or noun: معهم، فيهم، لهن. */
export const PRONOUN_ON_PREPOSITION = /(?:هم|هن|هما|كم|كن)$/u;

/**
 * Shapes of common nouns and verbs that are never the third word of a name, nor a loan name's:
 * مفعول (مشروع)، فاعل (ضابط) and its accusative (قادما، ثالثا)، a past verb in ت (حملت), the
 * accusative of فعل (عرضا، دعما: "أستريد ستوكيلبيرغر عرضا"), the participle مفاعل ("ستيفن بينار
 * محاصر بين"), the broken plural فعاليل ("عبدالسلام جمعة جماهير العنابي") and the verb or verbal
 * noun تفاعل ("الجنرال جيمس جونز توافر الشروط"، "تبادل").
 */
export const NOUN_OR_VERB_SHAPE = /^(?:م[^اوي]{2}و[^اوي]|[^اوي]ا[^اوي]{2}ا?|[^اوي]{3}[تا]|م[^اوي]ا[^اوي]{2}|[^اوي]{2}ا[^اوي]ي[^اوي]|ت.ا[^اوي]{2})$/u;

/**
 * Shapes of common words that are never the third word of a name: the broken plural فعائل ("ميشيل
 * تامر خسائر")، a past verb of the derived forms ("إيلكاي غوندوغان استقرت"، "جوناثان فريدلاند استخدم"، "أطلقت"،
 * "احتجز") and the
 * accusative nisba ("فلاديمير بوتن هاتفيا"، "رسميا").
 */
export const THIRD_WORD_NOUN = /^(?:[^اوي]{2}ائ[^اوي]|ا[^اوي]{3}ت|است[^اوي]{2,3}ت?|ا[^اوي]ت[^اوي]{2}|[^اوي]{3,}يا|[^اوي]ا[^اوي]{2}يا)$/u;

/**
 * The noun مفعل ("مايكل كوهين مبلغ"، "مقطع"): never a loan name's third word, where an Arab name's
 * family name may be so shaped (مشعل، مسلم، مطلق).
 */
export const MAFAL = /^م[^اوي]{3}$/u;

/** The noun مفعل of a hollow root, its long vowel written ي: مصير، مسير، مزيد (a given name so shaped is listed: منير). */
export const MAFIL = /^م[^اوي]ي[^اوي]$/u;

/** The broken plural فعائل: رسائل، فصائل، قبائل — a noun, which opens no name ("لم تنقل رسائل تهديد"). */
export const FAAIL = /^[^اوي]{2}ائ[^اوي]$/u;

/**
 * The broken plurals مفاعل and مفاعيل, a radical و or ي too: "مقاطع فيديو"، "مواقف خامنئي"، "مصادر أمنية"،
 * "مخاوف"، "مشاريع"، "معايير" — a plural noun, which opens no name (a given name so shaped, مبارك، is read from its
 * table first; no loan name has ا third after م).
 */
export const MAFAAIL = /^م[^اي]ا[^ا]ي?[^اوي]$/u;

/**
 * An imperfect verb of the derived forms تفعّل، تفاعل، استفعل: "يتوصل"، "يتعاون"، "يستعيد" — the verb
 * whose subject a name before it is ("هيو غرانت يتوصل إلى تسوية" ends at غرانت).
 */
export const DERIVED_IMPERFECT = /^ي(?:ت|ست)[^ا].{2,3}$/u;

/**
 * The broken plural فعلاء, without the article: "علماء"، "خبراء"، "أطباء" — persons by their trade, no one's name
 * and no body's ("قال علماء إنهم"، "فريق الخبراء"). A name of that shape has a long vowel: علاء، أسماء.
 */
export const FUALAA = /^[^اوي]{3}اء$/u;
/** A feminine nisba without the article, folded: عسكريه، حكوميه، صينيه (not رؤيه). */
export const FEMININE_NISBA = /^.{3,}يه$/u;
/** A plural nisba without the article, folded: سعوديات، مصريين، عراقيون — people, no family's name. */
export const PLURAL_NISBA = /^.{3,}ي(?:ات|ين|ون)$/u;
/** A masculine nisba without the article, folded, long enough to be no loan word in ي: الكتروني (إلكتروني)، عسكري. */
export const MASCULINE_NISBA = /^.{4,}ي$/u;
/** A nisba with the article, of either gender, folded: الاقتصادي، الاجتماعية. */
export const NISBA = /^ال.{3,}(?:ي|يه)$/u;

/** The verbal noun تفعيل, folded: تنظيم، تعليم — a head of this shape is also the act. */
export const TAFIL = /^ت[^اوي]{2}ي[^اوي]$/u;
/** The ending of a sound feminine plural, folded: تعليمات، النهائيات. */
export const FEMININE_PLURAL_ENDING = 'ات';
/** A dual in ان, folded: "فريقان"، "مسؤولان" — its stem is read against the tables of titles and roles. */
export const DUAL_ENDING = 'ان';
/** A dual in the construct, which drops the ن: "فريقا الباطن"، "فريقي الاتحاد" (nominative and oblique). */
export const CONSTRUCT_DUAL_ENDING = /[اي]$/u;

/**
 * The stem of an accusative in ا (tanwin) that reads as a common noun: فاعول (قانونا، جاسوسا), the broken
 * plural فعول (رسوما، شروطا), or a shape of {@link NOUN_OR_VERB_SHAPE} or {@link VERBAL_NOUN} (مرسوما،
 * مصحوبا، مهاجما، تكريما): "جو ليبرمان قانونا"، "فرض الرئيس دونالد ترمب رسوما جمركية"، "هربرت كيكل مهاجما
 * ميركل". A loan surname in ا has none of these stems (سيلفا، كوستا).
 */
export function accusativeNoun(w: string): boolean {
  if (w.length < ACCUSATIVE_LETTERS || !w.endsWith(ACCUSATIVE_ENDING)) return false;
  const stem = w.slice(0, -1);
  return FAAOOL.test(stem) || FUOOL.test(stem) || NOUN_OR_VERB_SHAPE.test(stem) || VERBAL_NOUN.test(stem);
}

/** The broken plural فعول: رسوم، شروط، قروض. */
const FUOOL = /^[^اوي]{2}و[^اوي]$/u;

/** Fewest letters of an accusative noun read by {@link accusativeNoun}: مرسوما (عرضا is read as فعل). */
const ACCUSATIVE_LETTERS = 5;

/** The noun فاعول: قانون، جاسوس، كابوس. */
const FAAOOL = /^[^اوي]ا[^اوي]و[^اوي]$/u;

/**
 * A verb negated with لا glued to it: لايؤمن، لاتزال، لايستطيع — one long vowel at most after the prefix, where a
 * loan name so opening has its vowels: لايتايزر (Lighthizer).
 */
export const NEGATED_VERB = /^لا[يت][^اوي]*(?:[اوي][^اوي]*)?$/u;

/** Prepositions written glued to the next word: بأن، لبحث. */
export const PREPOSITIONS = prepositionClitics;

/**
 * True when word `w` reads as a verb in the present or future (يحتاج، ستبدأ). In a loan name a
 * long vowel after those letters makes a name: تيفيز، تورسونوف، ستانيشيف.
 */
export function verbLike(w: string, loan: boolean): boolean {
  if (!loan) return w.length > 3 && (PRESENT_PREFIX.test(w) || FUTURE_VERB.test(w));
  // A loan word in a bare ا after a consonant is no verb in the present: سيلفا، تيخادا (سيلعبوا ends in وا).
  if (w.length > 4 && w.endsWith(ACCUSATIVE_ENDING) && !w.endsWith('وا')) return false;
  const m = VERB_PREFIX.exec(w);
  if (!m) return false;
  return w.length <= 4 || !LONG_VOWELS.includes(w[m[0].length]!);
}

/** A noun of the pattern فعال: جناح، قرار، كبار، شباك (a given name so shaped is listed: جمال، نزار). */
export const FIAAL = /^[^اوي]{2}ا[^اوي]$/u;

/**
 * The broken plural أفعال, or the verbal noun إفعال, which folds alike, folded (a hamza on its ا too): أشباح، أطفال،
 * إعلام — not one in ء (أنحاء).
 */
export const AFAAL = /^ا[^اوي]{2}ا[^اويء]$/u;

/** ب or ك and three letters, none a long vowel: a preposition on a noun of three radicals (بهدف، بغضب، بدفع، كجزء). */
export const PREPOSITION_ON_NOUN = /^[بك][^اوي]{3}$/u;

/** A dual or plural of three radicals: هدفين، شهرين. */
export const DUAL_OF_THREE = /^[^اوي]{3}ين$/u;

/** Fewest letters of a word with a preposition glued to it that ends a name: بفوز، لغزو (بري is a surname). */
const GLUED_PREPOSITION_LETTERS = 4;

/**
 * True when word `w`, after two words of a name, is a preposition glued to a noun: "مصطفى عبد الله
 * بفوز"، "جدعون عيزرا لراديو"، "توماس روزيكي بجوار"، "سلفادور دالي لعرض". A third name word so
 * written is rare, and then a loan name's with a long vowel after its first letter (جورج دبليو
 * بوش) or a given name; a second word may be a surname (إميل لحود، عزمي بشارة).
 */
export function gluedPreposition(t: MentionTables, w: string): boolean {
  return w.length >= GLUED_PREPOSITION_LETTERS && PREPOSITION_LETTERS.test(w) && !LOAN_CLUSTER.test(w) && !t.givenNames.starts(w);
}

/** ب or ل glued before a consonant. */
const PREPOSITION_LETTERS = /^[بل][^اوي]/u;

/** A loan name's Br or Bl before a long vowel: برايس، بلاتر، براون (بلسان is ب + لسان). */
const LOAN_CLUSTER = /^ب[رل][اوي]/u;

/**
 * A loan word that opens as ب or ك before the article would, with a long vowel before its last
 * letter as loan names have: بالاك، بالوتيلي، كالديرون، كاليريس — not a noun after the preposition
 * and the article (بالحبس، بالتحرش، بالتبني، بالقرب), nor one with a hamza or ع (بالأمس، كالعادة).
 */
export const ARTICLE_SHAPED_LOAN = /^[بك]ال(?=[^أإآءعةه]*[اوي][^اوي])[^أإآءع]{2,}$/u;

/** The feminine ة (or its ه) or the plural ات ending a word as written: no surname ends so. */
export const FEMININE_OR_PLURAL_ENDING = /(?:[هة]|ات)$/u;

/** The ي that opens an imperfect verb: "يرد"، "يعيش". */
export const IMPERFECT_PREFIX = /^ي/u;

/** A verb or verbal noun of form V: تجنب، تقدم (تاو، تان have a long vowel). */
export const FORM_V = /^ت[^اوي]{3}$/u;

/**
 * A verb in the present of three radicals and no long vowel: يكمل، تعود (يونغ، يستي، تشاو have
 * one, as loan names do). With the future س, only a verb the tables list is sure (سيكون).
 */
export const PRESENT_OF_THREE = /^[يت][^اوي]{3}$/u;

/** A verb in the present of a hollow root, its long vowel written: يميل، يقول، تزيد (a name so shaped is listed: يزيد). */
export const PRESENT_HOLLOW = /^[يت][^اوي][وي][^اوي]$/u;

/** A verb in the present of three letters without a long vowel, a weak radical dropped: تقع، يضم، تعد. */
export const SHORT_PRESENT_VERB = /^[يت][^اوي]{2}$/u;

/** A past verb of three radicals, of form I or III: وضع، سجل، عانق، قابل. */
export const PAST_OF_THREE = /^[^ا]ا?[^اوي]{2}$/u;

/** A participle or noun of place of the derived forms in ى (folded ي): متوفي، مستشفي، ملتقي، منتدي. */
export const DERIVED_IN_YA = /^م[^اوي]?ت[^ا]*ي$/u;

/** ل glued to a noun of three radicals and no long vowel: لشرح، لفحص، لبطل (لحود، لمين، لطفي have one). */
export const LAM_BEFORE_THREE = /^ل[^اوي]{3}$/u;

/** ل of purpose glued to a verb in the present of three radicals: ليقرر، لتحقق (ليبرمان، ليفني have a long vowel). */
export const LAM_BEFORE_VERB = /^ل[يت][^اوي]{3}$/u;

/** A past verb of three consonants in the feminine: ظهرت، صدمت، شملت (given names so shaped are listed: رفعت، عزت). */
export const FEMININE_PAST = /^[^اوي]{3}ت$/u;

/**
 * A past verb in the feminine of two consonants (a doubled root, its shadda unwritten) or three: ضمّت، شنّت، قدمت,
 * read right after a body's head ("مجموعة ضمت 20 شخصا"). Inside a loan name {@link FEMININE_PAST}, of three,
 * is the test: loan words open with two consonants and ت as well (بت كوين).
 */
export const SHORT_FEMININE_PAST = /^[^اوي]{2,3}ت$/u;

/** The written endings of most women's names: ماجدة، هيفاء، رشا، سلمى. */
export const FEMININE_ENDING = /(?:[ةاى]|اء)$/u;

/**
 * A past verb of three consonants, or in the feminine with ت: دفع، صرف، طرحت، بلغت — no name's first
 * word after a title; و may be its first radical: وقف، وصل، وعدت ("قرار الرئيس الفلبيني وقف توجه").
 * So the feminine of a hollow root with hamza: "كأس رئيس الدولة جاءت منطقية"، شاءت (not every hollow one: هانت
 * and بارت are Hunt and Bart).
 */
export const TRILITERAL_PAST = /^(?:[^اي][^اوي]{2}ت?|[^اوي]اءت)$/u;

/** An adjective of the shape فعيل: كبير، جديد، قليل. */
export const FAEEL = /^[^اوي]{2}ي[^اوي]$/u;

/** Most letters of a verb in ى no name table lists: سعى، مضى، أعطى. */
export const SHORT_VERB_LETTERS = 4;

/**
 * A word of three letters whose last two are one letter doubled: a verb of a doubled root or of
 * form II written without its shadda (كرر، شدد، حدد، جدد) or a noun (عدد، مدد) — never a name.
 */
export const GEMINATE = /^[^اوي]([^اوي])\1$/u;

/**
 * Words of two or three consonants with an ending no loan surname takes after them: a weak past verb in the
 * feminine, جرت، دعت ("مونيكا جرت إلى الملعب"), and a noun of three consonants in the accusative, زخما، جزءا
 * ("ترامب وكيم زخما"، "الطالبة آني ليو جزءا من") — a loan surname is written with its vowels: سيلفا، بيت.
 */
export const SHORT_VERB_OR_ACCUSATIVE = /^(?:[^اوي]{2}ت|[^اوي]{3}ا)$/u;

/**
 * Past verbs of forms VIII (of a hollow root too), VII and X, and their feminine: امتنع، اعتبر، اختار، انسحب،
 * استخدم، امتنعت — no name's first word after a title ("الرئيس الأميركي امتنع عن") and no word of a name
 * ("ميلانيا ترامب امتنعت عن التعليق").
 */
export const DERIVED_PAST = /^(?:ا[^اوي]ت[^اوي]{2}|ا[^اوي]تا[^اوي]|ان[^اوي]{3}|است[^اوي]{2,3})ت?$/u;

/** Past verbs of the derived forms ending in a weak letter: استدعى، اشترى، تولى — no name's first word. */
export const PAST_VERB = /^(?:است[^اوي]{2}|ا[^اوي]ت[^اوي]|ت[^اوي]{2})ي$/u;

/** The ل of purpose: لِ before a verb in the present ("وجاء فوز عبد الفتاح ليعوض"، "لتؤكد"). */
const PURPOSE_LAM = 'ل';

/** ل and a verb in the present of a doubled root, with no long vowel: ليحل، ليتم، ليضع (not a loan surname: ليين، ليفي، ليون). */
const PURPOSE_VERB_OF_THREE = /^ل[يت][^اوي]{2}$/u;

/**
 * True when word `w` is ل before a verb in the present, read as an Arab name's word would be (a loan surname may open
 * so: جوزيف ليبرمان; not a third word), a verb of a doubled root or with a weak first radical too: "خرج داني كاربخال ليحل
 * الفارو بدلا منه"، "ليضع الكرة".
 */
export function purposeVerb(w: string): boolean {
  return w.startsWith(PURPOSE_LAM) && (verbLike(w.slice(1), false) || PURPOSE_VERB_OF_THREE.test(w));
}

/** The ending of an accusative, a loan name's final a too: خطابا، متحدثا (سولانا). */
export const ACCUSATIVE_ENDING = 'ا';

/** The feminine ending of a noun or adjective as written (folding makes it ه): حالة، أردنية. */
export const TA_MARBUTA = 'ة';

/** A tanween mark (ً ٌ ٍ), which a name never carries: جانٍ is an offender, not Jean. */
export const TANWEEN = /[\u064B-\u064D]/u;
