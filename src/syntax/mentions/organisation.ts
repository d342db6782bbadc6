/**
 * Organisations by their head word and its construct complement (وزارة الداخلية السعودية،
 * منظمة الصحة العالمية، الهيئة العامة للإحصاء، حزب الله), and by a descriptor before their
 * own name (شركة نوكيا، صحيفة الراية، فريق الغرافة → the name alone). Known bodies and
 * their acronyms (ناتو، يونيسف، أوبك) are found by the known-names recognizer.
 */
import { type TokenStream, writtenToken } from '../../numbers/tokens.js';
import { article, cliticsButKaf, conjunctionAnd, isDefinite, liArticle, prepositionBi, prepositionClitics, prepositionKa, prepositionLi, startsWithLetterOf, stemCandidates, withoutArticle, withoutCliticsBeforeArticle, withoutConjunction } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import { withoutMarks } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { quotedName } from '../noun-phrase.js';
import { ACCUSATIVE_ENDING, ACTIVE_PLURAL, BARE_TRILITERAL, DEFINITE_TAFAUL, DERIVED_PAST, DEFINITE_TRILITERAL, ELATIVE, FEMININE_NISBA, FEMININE_PAST, FEMININE_PLURAL_ENDING, MAFAAIL, SHORT_FEMININE_PAST, MASCULINE_NISBA, NISBA, PRONOUN, SOUND_PLURAL, TAFIL, VERBAL_NOUN } from './person/shapes.js';
import { peopleByTrade } from './people.js';
import { personNameAt } from './person/name-at.js';
import { closesReportedSubject, countedAfter, hamzaOnArticle, hamzaWrittenAt, isNameStop, isNumberWord, isOrdinal, spelledAsStop } from './person/stops.js';
import { FEMININE, placeAfterHead, PLURAL_ENDING } from './place.js';
import { endsWithAny, familyNisba, mentionTables, RANK, withGoverningBody, type Found, type MentionTables } from './tables.js';

/** Most words of an institutional name after its head: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين". */
const COMPLEMENT_WORDS = 5;
/** Most words of a body's own name after a descriptor: "شركة جنرال موتورز"، "صحيفة نيويورك تايمز". */
const OWN_NAME_WORDS = 3;
/**
 * A body's name read from what describes it — its descriptor, a credit line — outranks a known place of the same
 * words: "صحيفة الشرق الأوسط"، "نقلا عن الرياض السعودية" name papers.
 */
const DESCRIBED_RANK = RANK.known + 1;

/**
 * A loan word ending in اي, of four letters or more (صنداي، شنغهاي، أوروغواي): an Arabic nisba adjective in ي
 * follows a consonant or a hamza on its seat (سينمائي), never a bare alef.
 */
const LOAN_AY = /^.{2,}اي$/u;
/** Shapes of an adjective or participle: فعيل (كبير، جديد) and مُفعَل (محترم، مميز) — a body's own name is neither. */
const ADJECTIVE_SHAPE = /^(?:[^اوي]{2}ي[^اوي]|م[^اوي]{3,4})$/u;

/** The clitics before an institutional head that stay out of the mention: ووزارة، بوزارة، لوزارة. */
const HEAD_CLITICS = cliticsButKaf;

/** The head word at `k` without its clitics and article, and how many shadow characters of clitic precede it. */
function headAt(t: MentionTables, word: string): { definite: boolean; skip: number; takesName: boolean } | null {
  if (t.organisationHeads.has(word)) return { definite: false, skip: 0, takesName: t.organisationNameHeads.has(word) };
  const definite = withoutCliticsBeforeArticle(word);
  const bare = definite.slice(article.length);
  if (definite.startsWith(article) && t.organisationHeads.has(bare)) {
    // والمجلس → المجلس (skip و); للمجلس stays whole.
    return { definite: true, skip: definite === word || word.startsWith(liArticle) ? 0 : word.length - definite.length, takesName: false };
  }
  const stem = word.slice(1);
  if (word.length > 3 && HEAD_CLITICS.includes(word[0]!) && t.organisationHeads.has(stem)) return { definite: false, skip: 1, takesName: t.organisationNameHeads.has(stem) };
  return null;
}

/**
 * True when the folded adjective `w` is in `words`, written there masculine, as it stands or in the feminine:
 * السابق، السابقه (`bodyStateWords`)، الرسميه (`qualitiesAfterNationality`).
 */
function inAdjectives(words: ReadonlySet<string>, w: string): boolean {
  return words.has(w) || (w.endsWith('ه') && words.has(w.slice(0, -1)));
}

/** True when a ل complement or a quoted name follows word token `j`: "الرسمية للأنباء"، "الرسمية "سبوتنيك"". */
function describesOnward(tokens: TokenStream, lexicon: SyntaxLexicon, j: TokenIndex): boolean {
  const next = tokens.next(j);
  if (next < 0) return false;
  return (tokens.isWord(next) && tokens.text(next).startsWith(liArticle)) || quotedName(tokens, lexicon, next) !== null;
}

/**
 * True when the folded word `w` is in `words` as written, or behind one glued و، ف، ب or ل. The word
 * as written comes first: وكالة, فريق, بنك and لجنة open with a clitic's letter ("وكالة الطاقة الدولية"
 * is no "كالة").
 */
function inTable(words: ReadonlySet<string>, w: string): boolean {
  return stemCandidates(w, cliticsButKaf).some((stem) => words.has(stem));
}

/** True when word token `j` may continue the complement of an institutional name. */
function continuesName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (t.stops.has(w) || spelledAsStop(tokens, t, j) || isNumberWord(tokens, j) || lexicon.titles.matchAt(tokens, j)) return false;
  // A pronoun written apart, as segmented text has it, belongs to the head: "مجلس ها التنفيذي" is "its board".
  // An adjective of the body's time or state describes it: "حكومة الوحدة الوطنية الجديدة"، "مجلس الوزراء الأسبوع الماضي".
  if (t.writtenApart.has(w) || inAdjectives(t.bodyStateWords, w)) return false;
  if (lexicon.verbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return false;
  // A second indefinite head starts a second body: "وزارة الخارجية ووزارة الدفاع".
  if (t.organisationHeads.has(w)) return false;
  // Only the bare article (or ل + article) continues a name: والدفاع starts a second one.
  return !isDefinite(w) || w.startsWith(article) || w.startsWith(liArticle);
}

/** Heads that take feminine adjectives: a noun in ة (الشرطة), a plural in ات (القوات) or broken (الكتائب، السرايا). */
const FEMININE_HEAD = /(?:ه|ات|ا|^[^ا]{2}ا[ئي][^ا])$/u;
/** Masculine adjectives told by their shape: a nisba (الوطني), an elative (الأعلى) or a participle (الموحد). */
const MASCULINE_ADJECTIVE = /[يى]$|^الم/u;
/** Feminine adjectives: in ة (العراقية، المسلحة), or of the elative فُعلى (العليا، الكبرى، الأولى). */
const FEMININE_ADJECTIVE = /(?:ه|^ال[^ا]{3}[يا]|^الاولي)$/u;

/**
 * True when the definite word `word` (folded) may be an adjective of the head `head` (folded,
 * without the article): it agrees in gender. "المحكمة العليا"، "القوات المسلحة"، "المجلس
 * التشريعي" agree; "الحكومة الفلسطيني" does not, nor "الشرطة العثور" (a noun after the name).
 */
export function agreesWithHead(head: string, word: string): boolean {
  // A plural in ات is feminine too: "بلغ المنتخب السعودي النهائيات" (its object).
  return FEMININE_HEAD.test(head) ? FEMININE_ADJECTIVE.test(word) : !word.endsWith('ه') && !word.endsWith(FEMININE_PLURAL_ENDING);
}

/** The endings of a masculine nisba and of a masculine plural: مصري، دوليين، دوليون. */
const MASCULINE_OR_PLURAL_ENDING = /(?:ي|ين|ون)$/u;

/** The plural فعّالون of a noun of trade, folded: فنانين، رسامون. */
const FAAAL_PLURAL = /^[^اوي]{2}ا[^اوي](?:ين|ون)$/u;

/** Fewest letters of a loan name in ي or ون after a feminine head: بيركلي (not بي of بي إم دبليو, nor the plural فنون). */
const FEMININE_HEAD_LOAN_LETTERS = 5;

/**
 * True when the indefinite word at `j` after a feminine head in ة (`head`, folded) ends as no adjective
 * of it can, in ي written so, ين or ون, is no sound plural, and ends the name — punctuation, a stop word
 * or a ل complement follows: the body's own loan name, "جامعة برينستون،"، "مؤسسة كلينتون."، "شركة نايكي
 * للملابس" (an adjective of جامعة ends in ة, "جامعة أمريكية"; one written with ى is feminine, "جبهة أخرى";
 * a plural agrees with people, "طلبة جامعة محليين"، "مجموعة فنانين"; "شركة فيرجين أتلانتيك" goes on, as its own reader takes it).
 */
function loanAfterFeminineHead(tokens: TokenStream, t: MentionTables, head: string, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (!head.endsWith(FEMININE) || w.length < FEMININE_HEAD_LOAN_LETTERS || !MASCULINE_OR_PLURAL_ENDING.test(w) || SOUND_PLURAL.test(w) || ACTIVE_PLURAL.test(w) || FAAAL_PLURAL.test(w)) return false;
  if (withoutMarks(writtenToken(tokens, j)).endsWith('ى')) return false;
  const n = tokens.next(j);
  return !tokens.isWord(n) || t.stops.has(tokens.text(n)) || tokens.text(n).startsWith(liArticle);
}

/**
 * Definite nouns that are no adjective: three letters without a long vowel (القبض، الطلب، الشهر), the same
 * in ة (الشركة، الحركة: an adjective so shaped is rare, and no body's name has one; الحرة has two) or a
 * verbal noun of تفاعل, تفعيل or تفعّل (التعامل، التسجيل، التقدم، التوصل — not a nisba: التركي), folded.
 * The ه of ة is no last radical, a ه before it is: "وقالت المفوضية الشركة لم تدفع" ends at المفوضية.
 */
const DEFINITE_NOUN_NOT_ADJECTIVE = /^ال(?:[^اوي]{2}[^اويه]ه?|ت[^اوي]ا[^اوي][^اويه]|ت[^اوي]{2}ي[^اويه]|ت[^ا]{2}[^اويه])$/u;

/**
 * A sound plural or a broken plural of تفاعيل/مفاعيل with the article: no adjective of a singular
 * head, but a new phrase after it — "الحزب الباكستانيين"، "سيناقش المجلس التقارير" (not a feminine nisba
 * so shaped: التجارية).
 */
const PLURAL_NOT_ADJECTIVE = /^ال[تم][^اوي]ا[^اوي]ي[^اويه]$/u;

/** True when the definite word `w` after a definite head is a plural, so no adjective of it. */
function notAdjectiveOfHead(w: string): boolean {
  return SOUND_PLURAL.test(withoutArticle(w)) || PLURAL_NOT_ADJECTIVE.test(w);
}

/**
 * The shapes of an adjective after a nationality, by the stem without its article: a nisba (وطني، شمالية), a
 * participle (مشتركة، متحدة), فاعل (عاملة، فائز، عام), فعيل (كبير، جديد، وشيك), أفعل (أعلى، أول), a plural أفعال
 * (أحرار: "حزب المصريين الأحرار"), فعلى (عليا), فعل of a doubled root (حر).
 */
const ADJECTIVE_AFTER_NATIONALITY = /^(?:.{2,}يه?|م.{2,}|[^اي]ا[^اوي]{1,2}ه?|[^اي][^اوي]ي[^اوي]ه?|ا[^ا]{2,3}|ا[^اوي]{2}ا[^اوي]|[^اوي]{2}[يو]ا|[^اوي]{2})$/u;
/**
 * A verb in the imperfect, folded: of three or four letters (تضم، تعرف، تقوم، يتخذ) or of the derived forms
 * V, VI, VIII and X (تتعامل، يتحدث، تستخدم، تعتمد), in the future with س too ("أي فريق سيفتقد كريستيانو";
 * a loan name so opening has a long vowel: ستوك، سيتي).
 */
const IMPERFECT_VERB = /^س?[يت](?:[^اوي]{1,2}[وي]?[^اويه]|ت[^اوي]ا?[^اوي]{2}|[^اوي]ت[^اوي]{2}|ست[^اوي]{1,2}[^اويه])(?:ون|ان)?$/u;
/** Fewest letters of a loan name after a head that is also a verbal noun: "تنظيم كورونيكس" (not "تنظيم هدن"). */
const LOAN_NAME_LETTERS = 5;
/** A third-person pronoun on a noun or verb: مقرها، يرأسها (not نا, which ends loan names: بتروتشاينا). */
const THIRD_PERSON_PRONOUN = /(?:ها|هم|هما)$/u;
/**
 * A loan name ending in ها after a long vowel, open syllables throughout (CVCاها): ياماها، أوماها. An
 * Arabic noun or verb with the pronoun ها has a consonant before its stem's end (مقرها، أسسها) or a
 * longer stem (مستواها، اشتراها); a verb of form III in ى so shaped (ناداها) hardly follows a body's head.
 */
const LOAN_NAME_IN_HA = /^.[اوي][^اوي]اها$/u;

/** True when word `w` (folded) ends in a third-person pronoun and is no loan name: مقرها، يرأسها (not ياماها). */
function endsInThirdPersonPronoun(w: string): boolean {
  return w.length > 4 && THIRD_PERSON_PRONOUN.test(w) && !LOAN_NAME_IN_HA.test(w);
}

/**
 * True when the word at `j`, right after the head at `k` and without the article, describes the head rather
 * than naming it: a verb of a relative clause ("مجموعة تضم جنودا"، "شركة تدير أصوله"), a noun with a
 * pronoun ("شركة مقرها لندن") or an adjective ("مركز جديد"، "مركز مشترك").
 * A word in Latin letters is a loan name whatever its shape, and so is a verb-shaped word that closes a
 * reporting verb's subject: "وقال حزب تقدم إن".
 */
function describesHead(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, j: TokenIndex, commonHead: boolean): boolean {
  if (tokens.isForeign(j)) return false;
  const w = tokens.text(j);
  // After a head that is also a common noun (`commonHead`) punctuation proves nothing: "رئيس مركز تمير، …" is a town's centre.
  if (IMPERFECT_VERB.test(w)) return !closesReportedSubject(tokens, lexicon, t, k, j, !commonHead);
  // An elative too: "أن تصبح شركة أكبر" (a listed name so shaped is read as known first).
  // So is a broken plural مفاعل، مفاعيل, what the body has or makes: "أطلقت مجموعة مشاريع جديدة".
  return endsInThirdPersonPronoun(w) || ADJECTIVE_SHAPE.test(w) || MAFAAIL.test(w) || (ELATIVE.test(w) && t.known.matchAt(tokens, j) === null);
}

/** The verbal noun إفعال, folded: ارسال، اقامه. */
const FORM_IV_NOUN = /^ا[^اوي]{2}ا[^اوي]ه?$/u;

/**
 * A verbal noun in ية that ends as a feminine nisba does, with the article: تفعية and فعاية (التنمية،
 * التربية، الرعاية، الحماية). Joined by و it is a noun of the name: "وزارة العمل والتنمية الاجتماعية".
 */
const VERBAL_NOUN_IN_YA = /^ال(?:ت[^اوي]{2}|[^اوي]{2}ا)يه$/u;

/**
 * The word و joins at token `j`, glued ("والتوزيع" → التوزيع at `j`) or written apart ("و" "التوزيع" →
 * the next token), with the token it stands at; null when `j` holds no و.
 */
function wordAfterAnd(tokens: TokenStream, j: TokenIndex): { at: TokenIndex; word: string } | null {
  if (tokens.isAnd(j)) {
    const at = tokens.next(j);
    return tokens.isWord(at) ? { at, word: tokens.text(at) } : null;
  }
  const w = tokens.text(j);
  return w.startsWith(conjunctionAnd) ? { at: j, word: w.slice(1) } : null;
}

/**
 * The adjective joined by و to the nisba adjective at `last`, starting at token `j` ("والاجتماعي",
 * or "و" and "الاجتماعي" written apart), when both are nisbas of one gender and no demonym
 * ("العراقية والسورية" names two bodies); -1 otherwise.
 */
function joinedAdjective(tokens: TokenStream, t: MentionTables, last: TokenIndex, j: TokenIndex): number {
  if (!tokens.isWord(last) || !tokens.isWord(j)) return -1;
  const prev = tokens.text(last);
  if (!NISBA.test(prev) || t.demonyms.has(prev)) return -1;
  const joined = wordAfterAnd(tokens, j);
  if (!joined) return -1;
  const { at, word: w } = joined;
  // A second head is a second body, not an adjective: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية والمفوضية".
  if (!NISBA.test(w) || t.demonyms.has(w) || t.stops.has(w) || prev.endsWith('ه') !== w.endsWith('ه') || headAt(t, w)) return -1;
  return at;
}

/**
 * The noun joined by و to the complement word at `last`, starting at token `j` ("والتوزيع", or "و"
 * and "التوزيع" written apart): a word with the article that is no head of a second body
 * (ووزارة، والشرطة), demonym, nisba (joinedAdjective reads those), known name, title, role or stop
 * word; -1 otherwise.
 */
function joinedNoun(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, last: TokenIndex, j: TokenIndex): number {
  if (!tokens.isWord(last) || !tokens.isWord(j)) return -1;
  const prev = tokens.text(last);
  if (!(prev.startsWith(article) || prev.startsWith(liArticle)) || t.demonyms.has(prev) || t.known.matchAt(tokens, last)) return -1;
  const joined = wordAfterAnd(tokens, j);
  if (!joined) return -1;
  const { at, word: w } = joined;
  if (!w.startsWith(article) || w.length < 5 || (NISBA.test(w) && !VERBAL_NOUN_IN_YA.test(w)) || t.demonyms.has(w) || t.stops.has(w) || t.roles.has(w) || t.titleAdjectives.has(w) || t.genericBodyWords.has(w)) return -1;
  if (headAt(t, w) || t.officeNouns.has(withoutArticle(w)) || lexicon.titles.matchAt(tokens, at) || t.known.matchAt(tokens, at) || t.descriptors.matchAt(tokens, at) || t.placeHeads.matchAt(tokens, at)) return -1;
  if (lexicon.verbs.has(tokens, at) || lexicon.predicates.has(tokens, at) || isNumberWord(tokens, at) || SOUND_PLURAL.test(withoutArticle(w))) return -1;
  return at;
}

/**
 * The definite noun after word token `j` when `j` is ل and an indefinite noun in construct with
 * it ("لعلوم الفضاء"، "لشؤون اللاجئين"), or -1.
 */
function constructAfterLi(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): number {
  const w = tokens.text(j);
  if (!w.startsWith(prepositionLi) || isDefinite(w) || w.length < 4 || lexicon.verbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return -1;
  // A noun in construct takes no pronoun, nor is it a demonstrative: "لمكتبها السياسي"، "لديه الحرية"، "لهذا الغرض".
  const noun = w.slice(prepositionLi.length);
  // Nor the verbal noun إفعال of a purpose: "الاتحاد الآسيوي لإقامة المباريات"، "لإرسال الأقمار".
  if (FORM_IV_NOUN.test(noun) || t.stops.has(noun) || t.stops.has(w) || t.stops.has(w.slice(0, -1)) || PRONOUN.test(noun)) return -1;
  // Nor a head of a second body, the addressee of the first: "قال مسؤولون بوزارة الداخلية لوكالة الأنباء الهندية"
  // (a head that is also a common noun is a field: "المجلس الأعلى لتنظيم الإعلام"، "المديرية العامة لقوات الدرك").
  if ((t.organisationHeads.has(noun) || t.descriptorWords.has(noun)) && !t.commonNounHeads.has(noun)) return -1;
  const next = tokens.next(j);
  if (!tokens.isWord(next)) return -1;
  const n = tokens.text(next);
  return n.startsWith(article) && !t.demonyms.has(n) && continuesName(tokens, lexicon, t, next) ? next : -1;
}

/** True when a word with the article follows word token `j`: "هيئة تنمية الصادرات" reads تنمية as the first word of a construct. */
function opensConstruct(tokens: TokenStream, j: TokenIndex): boolean {
  const next = tokens.nextWord(j);
  return next >= 0 && tokens.text(next).startsWith(article);
}

/** The institutional name whose head is word token `k`, or null. */
export function institutionAt(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): Found | null {
  const t = mentionTables(lexicon);
  const head = headAt(t, tokens.text(k));
  if (!head) return null;
  // A counted or ranked head is a common noun: "أسهم 32 شركة ارتفاعا"، "ثلاث لجان"، "أول لجنة".
  if (!head.definite && countedOrRanked(tokens, tokens.previous(k))) return null;
  // The government of a person is the person, as of a place the place: "حكومة السنيورة"، "حكومة نوري
  // المالكي" (the person rules read the name; "حكومة الوحدة الوطنية" stays a body). So is a person's office:
  // "وقال مكتب ماكرون".
  if (!head.definite && personAfterBodyHead(tokens, t, k, head.skip)) return null;
  // Armed men before the body they serve are no body of their own: "قوات الجيش اليمني" is the army, read
  // at its own head ("قوات سوريا الديمقراطية" has a name of its own and stays).
  if (!head.definite && t.forcesOfBodies.has(tokens.text(k).slice(head.skip)) && bodyOpensAt(tokens, t, tokens.next(k))) return null;
  // Nor is a body's board: "قرر مجلس إدارة الهيئة العامة للرياضة" is the authority's, read at its own head;
  // "عضو مجلس إدارة الترجي" the club's.
  if (!head.definite && boardOfBody(tokens, t, k)) return null;
  let j = tokens.next(k);
  // A body named after a person, by a head that takes a namesake, has the whole name: "جامعة جورج واشنطن"
  // (not "جامعة جورج" and a place), and its field after it: "مركز جون كنيدي للفنون التمثيلية".
  if (!head.definite && t.namesakeHeads.matchEndingAt(tokens, k) !== null && tokens.isWord(j) && t.givenNames.matchAt(tokens, j)?.skip === 0) {
    const person = personNameAt(tokens, lexicon, j, true);
    // A surname the gazetteer lists as a place is the namesake's too: "جامعة جورج واشنطن".
    const surname = tokens.nextWord(j);
    const listed = surname >= 0 && tokens.next(j) === surname ? t.known.matchAt(tokens, surname) : null;
    const nameEnd = person !== null && person.end > j + 1 ? person.end : listed !== null && listed.skip === 0 && !isDefinite(tokens.text(surname)) ? listed.end : NO_TOKEN;
    if (nameEnd > 0) return { start: k, end: fieldAfterName(tokens, lexicon, t, nameEnd) as TokenIndex, skip: head.skip, type: 'organization', rank: RANK.organisation };
  }
  // After a title the namesake may be named by one word, and the body's field may follow as a ل complement:
  // "جامعة الملك سعود"، "مركز الملك سلمان للإغاثة والأعمال الإنسانية"، "جامعة الملك فهد للبترول والمعادن".
  const titled = !head.definite && tokens.isWord(j) && t.namesakeHeads.matchEndingAt(tokens, k) !== null ? titledNamesakeEnd(tokens, lexicon, t, j) : NO_TOKEN;
  if (titled > 0) return { start: k, end: fieldAfterName(tokens, lexicon, t, titled) as TokenIndex, skip: head.skip, type: 'organization', rank: RANK.organisation };
  let end = -1;
  let words = 0;
  let specific = false;
  const headWord = withoutArticle(withoutCliticsBeforeArticle(tokens.text(k)));
  // After a ل complement its own adjectives follow: "الهيئة العامة للإحصاء" (agreement is the complement's).
  let complement = false;
  let afterPlace = false;
  // The last word read is a nisba adjective of the name (الدولية، الأمريكية).
  let afterNisba = false;
  // The head without its clitics and article: وزارة of ووزارة، مجلس of المجلس.
  const bareHead = head.skip > 0 && !head.definite ? tokens.text(k).slice(head.skip) : withoutArticle(tokens.text(k));
  const commonHead = t.commonNounHeads.has(bareHead);
  const genericHead = head.definite && t.genericHeads.has(withoutCliticsBeforeArticle(tokens.text(k)));
  let liConstruct = false;
  let afterBody = false;
  // The first word read is a known body named by no head word: "حركة حماس"، "تنظيم القاعدة".
  let afterNamedBody = false;
  // The one word read is the body's own name, a loan word or a place: "جامعة هارفارد"، "جامعة كولومبيا".
  let ownName = false;
  for (;;) {
    // Two adjectives joined by و: "المجلس الاقتصادي والاجتماعي"، "الاقتصادي و الاجتماعي" (و written apart).
    const joined = end > 0 ? joinedAdjective(tokens, t, (end - 1) as TokenIndex, j) : -1;
    if (joined >= 0 && words < COMPLEMENT_WORDS) {
      end = joined + 1;
      words++;
      j = tokens.next(joined as TokenIndex);
      continue;
    }
    // Two nouns of the complement joined by و: "مؤسسة الجريسي للنشر والتوزيع"، "وزارة الطاقة و المعادن"،
    // "كلية الآداب والعلوم الاجتماعية" (a definite head only after its ل complement: "الحكومة العراقية والشعب" is two).
    // Not after a head that is also a common noun: "حركة الاتصال والطباعة" is traffic of both.
    const noun = end > 0 && (!head.definite || complement) && !commonHead && words < COMPLEMENT_WORDS ? joinedNoun(tokens, lexicon, t, (end - 1) as TokenIndex, j) : -1;
    if (noun >= 0) {
      end = noun + 1;
      words++;
      j = tokens.next(noun as TokenIndex);
      continue;
    }
    if (!(tokens.isWord(j) && words < COMPLEMENT_WORDS && continuesName(tokens, lexicon, t, j))) break;
    const w = tokens.text(j);
    // The word read last is a nationality: "وزارة الخارجية الأمريكية".
    const afterNationality = t.demonyms.has(tokens.text((end - 1) as TokenIndex));
    // A word written with a hamza on its alif before ل has no article, whatever it folds to: "وقرر مجلس النواب إلغاء
    // نتائج الانتخابات" ends before the verb's object ("اتحاد ألعاب القوى" opens its construct with one).
    if (words > 0 && hamzaOnArticle(tokens, j) && t.known.matchAt(tokens, j) === null) break;
    // After the nationality an adjective of the body's standing describes it: "وكالة الأنباء الإيرانية
    // الرسمية"، "الحكومة اليمنية الشرعية" (see `qualitiesAfterNationality`).
    // Not before a ل complement or a quoted name, which the whole description opens: "الوكالة السورية الرسمية
    // للأنباء"، "وكالة الأنباء الروسية الرسمية "سبوتنيك"" (the quoted name is the mention).
    if (words > 0 && afterNationality && inAdjectives(t.qualitiesAfterNationality, w) && !describesOnward(tokens, lexicon, j)) break;
    const known = t.known.matchAt(tokens, j);
    // A person after the name is in apposition, not in it: "تنظيم القاعدة أيمن الظواهري".
    if (known && known.entry.type === 'person' && words > 0) break;
    // و glued to a second body's head or known name starts that body: "وزارة الخارجية الأمريكية ووكالة
    // الاستخبارات المركزية"، "وزارة الدفاع ووكالة الأنباء الفرنسية"، "حكومة المملكة وبنجلاديش" name two. A place
    // joined to a place of a ل complement is the complement's: "الهيئة الملكية للجبيل وينبع" is one body.
    const secondName = known !== null && known.skip > 0 && !(complement && known.entry.type === 'place');
    if (words > 0 && w.startsWith(conjunctionAnd) && (headAt(t, w) !== null || t.descriptors.matchAt(tokens, j) !== null || secondName)) break;
    // A place behind ب says where the body is, not which: "اتحاد المحامين بأثينا"، "جامعة كيوتو اليابانية
    // بطوكيو", right after the head too, which then names none: "وقضت محكمة بكاليفورنيا" (a place in the
    // construct stays, "جامعة القاهرة", as one behind ل: "حزب البديل لألمانيا").
    if (known && known.entry.type === 'place' && known.skip > 0 && w.startsWith(prepositionBi)) break;
    // A known body behind ل is whom the first one acts for or speaks to, no field of its name: "دعم الحزب
    // اللبناني للبوليساريو"، "وقال مجلس الأمن للأمم المتحدة" (a place stays: "حزب البديل لألمانيا").
    if (known && known.entry.type === 'organization' && known.skip > 0 && w.startsWith(prepositionLi) && words > 0) break;
    // Nor a second head with the article after a definite word: "مجلس الوصاية الأمانة العامة"، "مجلس
    // الاحتياطي الاتحادي البنك المركزي" name two bodies ("مجلس إدارة المؤسسة العامة للموانئ" stays one).
    if (words > 0 && w.startsWith(article) && headAt(t, w) && isDefinite(tokens.text(tokens.previousWord(j)))) break;
    // A head with the article takes no construct complement, only adjectives that agree with it
    // and then a ل complement: "الشرطة العراقية" names, "طاردت الشرطة المتظاهرين" and "أمرت
    // المحكمة المتهم" end at the head (the object of the verb), "الاتحاد للمشاركة" at الاتحاد.
    // A head without the article takes its complement in the genitive, never through ل: "نشر قوات
    // لحفظ السلام"، "تأسيس لجنة للتعامل مع" describe (the head is indefinite); neither is a verbal
    // noun in the accusative its complement: "32 شركة ارتفاعا".
    if (!head.definite && words === 0 && !known && (w.startsWith(prepositionLi) || (!isDefinite(w) && VERBAL_NOUN.test(w) && !opensConstruct(tokens, j)))) break;
    // A place closes the construct it ends: only an adjective agreeing with the head follows it
    // ("شرطة دبي الدولية"), not the object of the verb ("رفضت حكومة السودان القرار").
    // A place's own body ends with the place but for its adjectives: "قاد منتخب البرازيل للحصول على"، "وصول منتخب
    // مصر للمباراة النهائية" (the team, with its place; after حكومة the place alone is the mention: see placeOfBody).
    // So with its nationality before ل and the article, what it goes for: "المنتخب الكرواتي للفوز"، "الحكومة السورية
    // للتفاوض"، "السفارة الأمريكية للقدس" ("المنتخب الإسباني لكرة القدم" goes on, as the blind gold mostly marks it, and
    // a team of a class of players: "المنتخب السعودي للناشئين"، "للسيدات").
    // A ل with the article before an ordinal counts a time or a rank, no field: "وزارة التجارة الأميركية للعام
    // الثاني على التوالي"، "للشهر الثالث".
    if (words > 0 && w.startsWith(liArticle) && isOrdinal(tokens, tokens.nextWord(j))) break;
    const purpose = w.startsWith(liArticle) && !PLURAL_ENDING.test(w) && afterNationality;
    if (t.placeBodyHeads.has(headWord) && (afterPlace ? w.startsWith(prepositionLi) : purpose)) break;
    // After a masculine head the adjective is a nisba, an elative or a participle ("مجلس دبي الاقتصادي"، "مجلس
    // السودان الأعلى"), not a noun: "رفض مجلس السودان القرار".
    if (afterPlace && !known && !w.startsWith(liArticle) && !(isDefinite(w) && agreesWithHead(headWord, w) && (FEMININE_HEAD.test(headWord) || MASCULINE_ADJECTIVE.test(w)))) break;
    // Nor, after the place or an adjective of nationality or relation, a plural or a dual with the article: no
    // adjective of the name, but the verb's object or what follows — "مواجهتي منتخب البرتغال الماضيتين"، "فرضت
    // وزارة التجارة الأميركية العقوبات"، "ودعت لجنة الأمن النووي الكويتية المواطنين".
    if ((afterPlace || afterNisba || afterNationality) && !known && w.startsWith(article) && (notAdjectiveOfHead(w) || w.endsWith(FEMININE_PLURAL_ENDING))) break;
    // After a nationality only an adjective goes on, by its shape: a nisba, a participle, فاعل، فعيل، an elative, a
    // word of a doubled root ("الجيش السوري الحر"، "القوات الإماراتية العاملة"، "المتحف المصري الكبير"، "الهيئة السعودية
    // العامة"); any other noun is the verb's object: "أحكمت القوات العراقية السيطرة"، "أنهى المنتخب الفرنسي الشوط"،
    // "وعزت الهيئة السعودية الهزة الأرضية". (A hollow noun has the shape of العام and goes on: "أطلق الجيش الإسرائيلي النار".)
    // Nor is a hamza on that ا a long vowel: "ضمن المنتخب السويدي التأهل" is the verbal noun تفعّل (not the nisba الرئيسي).
    const hamzaSecond = hamzaWrittenAt(tokens, j, article.length + 1) && !w.endsWith('ي');
    if (words > 0 && !known && w.startsWith(article) && (afterNationality || afterNisba) && (hamzaSecond || !ADJECTIVE_AFTER_NATIONALITY.test(w.slice(article.length)))) break;
    // A ل complement in construct after the name's first words: "الاتحاد العربي لعلوم الفضاء"،
    // "المعهد الوطني الأميركي لرصد الزلازل"، "المفوضية العليا لشؤون اللاجئين".
    // Not after a common noun or a generic head: "الحركة السكانية لمحافظات الأنبار"، "تهديد الحكومة الروسية لحياة
    // المواطنين" (an object) — a common noun before a known body is an office of it: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية".
    // After it only its adjectives, and no second ل phrase: "لتنسيق الشؤون الإنسانية"، not "لكرة القدم الأسبوع
    // الماضي" or "… لكرة القدم للمرة الخامسة". Nor, after any ل complement, a nationality that agrees with the
    // head: it describes the whole body and is no part of its name there ("الهيئة العامة للرياضة السعودية" is
    // الهيئة العامة للرياضة); one that agrees with the complement only is its own ("الشركة الراعية للدوري الإنجليزي").
    if ((liConstruct && (w.startsWith(prepositionLi) || !NISBA.test(w))) || (complement && t.demonyms.has(w) && agreesWithHead(headWord, w))) break;
    const liComplement = words > 0 && !complement && !known && (!commonHead || afterBody) && !genericHead && words < COMPLEMENT_WORDS - 1 ? constructAfterLi(tokens, lexicon, t, j) : -1;
    if (liComplement >= 0) {
      end = liComplement + 1;
      words += 2;
      complement = true;
      liConstruct = true;
      specific = true;
      j = tokens.next(liComplement as TokenIndex);
      continue;
    }
    if (head.definite && !complement) {
      if (w.startsWith(liArticle)) {
        if (words === 0) break;
        complement = true;
      } else if (!isDefinite(w) || (!(known && !t.demonyms.has(w)) && !agreesWithHead(headWord, w)) || notAdjectiveOfHead(w)) break;
    }
    // Nor does a place follow the name's adjective: "وتصنف منظمة الشفافية الدولية السودان"، "وزارة الخارجية
    // الأمريكية العراق" (the object of the verb; a construct's nouns come before its adjectives).
    if (afterNisba && known && known.skip === 0 && known.entry.type === 'place' && !w.startsWith(liArticle) && !t.demonyms.has(w)) break;
    // A demonym after the body's own name describes it, no part of the name: "جامعة كولومبيا الأمريكية"،
    // "جامعة ريكو اليابانية" (a body named by its country keeps it: "وزارة الخارجية السعودية"; so does the
    // government of a place: "حكومة قبرص التركية").
    // Not one that also names a country, which would be read so alone: "شركة صلة السعودية المصرية".
    if (ownName && words === 1 && t.demonyms.has(w) && !known) break;
    // A demonym without the article describes, though it opens with ال as ألمانية does ("وقضت محكمة
    // ألمانية بأن" is a German court): its form with the article is the definite one. Not one that also
    // names a country: "قوات سورية الديمقراطية".
    if (!known && t.demonyms.has(w) && t.demonyms.has(article + w)) break;
    // After a known body named by no head word its name is complete: what follows is the object of the verb
    // ("وحملت حركة حماس المسؤولية"، المسؤولية shaped as a nisba) or an adjective that describes it ("تنظيم
    // القاعدة الإرهابي"); a ل complement (جامعة أيندهوفن للتكنولوجيا), a known name of two words (مفوضية الأمم
    // المتحدة السامية) and a head word (حزب الاتحاد الديمقراطي) go on.
    if (afterNamedBody && !known && !w.startsWith(prepositionLi)) break;
    // A definite word after a definite one is an adjective or a new phrase, and a verbal noun or a bare
    // noun of three letters is no adjective: "ألقت قوات الأمن القبض على"، "رفض مكتب البراءات التعامل مع" end
    // before the verb's object ("مجلس الأمن الدولي"، "جيش التحرير الشعبي" go on with their adjectives).
    // So right after a head with the article: "أكد مواصلة الجيش التقدم نحو".
    const afterDefinite = words > 0 ? end > 0 && isDefinite(tokens.text((end - 1) as TokenIndex)) : head.definite;
    if (afterDefinite && !known && DEFINITE_NOUN_NOT_ADJECTIVE.test(w)) break;
    if (isDefinite(w) || known) {
      const last = known && known.skip === 0 ? ((known.end - 1) as TokenIndex) : j;
      ownName = words === 0 && !head.definite && head.takesName && !t.placeBodyHeads.has(headWord) && known !== null && known.skip === 0 && known.end === j + 1 && known.entry.type === 'place' && !t.demonyms.has(w) && !isDefinite(w);
      afterNisba = !known && NISBA.test(w);
      afterPlace = known !== null && known.skip === 0 && known.entry.type === 'place' && !t.demonyms.has(w);
      afterBody = known !== null && known.skip === 0 && known.entry.type === 'organization';
      afterNamedBody = afterBody && words === 0 && known!.end === j + 1 && headAt(t, w) === null && !t.genericBodyWords.has(w);
      end = last + 1;
      words++;
      if (!t.genericBodyWords.has(w)) specific = true;
      j = tokens.next(last);
      continue;
    }
    // Right after the head, an indefinite noun before its definite one: "مجلس حقوق الإنسان"; or, after
    // a head that takes one, a body's own name: "حزب كاديما"، "جامعة هارفارد" (not an adjective: قوات دولية،
    // "لكن محكمة أخرى ألغت الحكم").
    if (words > 0 || t.anotherWords.has(w)) break;
    // A verb in the imperfect or a derived past before its object is a relative clause, no construct: "شركة تنتج
    // الحواسيب"، "شركة استغلت البيانات"
    // (a verbal noun تفعيل so shaped heads one: "حركة تحرير السودان").
    if (!tokens.isForeign(j) && (IMPERFECT_VERB.test(w) || DERIVED_PAST.test(w)) && !TAFIL.test(w) && !closesReportedSubject(tokens, lexicon, t, k, j)) break;
    const next = tokens.nextWord(j);
    // A place's head before the place it names makes the body that place's, whole with both: "مجلس مدينة شيراز"،
    // "شرطة ولاية فلوريدا الأمريكية" (the country's adjective describes it); a common noun's is where it is: "مركز مدينة عفرين".
    const place = !head.definite && !commonHead && t.placeHeadWords.has(w) ? t.known.matchAt(tokens, next) : null;
    if (place?.entry.type === 'place' && place.skip === 0) return { start: k, end: place.end, skip: head.skip, type: 'organization', rank: RANK.organisation };
    const construct = next >= 0 && isDefinite(tokens.text(next)) && tokens.text(next).startsWith(article) && continuesName(tokens, lexicon, t, next);
    // Nor a past verb in the feminine, what the body did: "وقال إن مجموعة ضمت 20 شخصا".
    if (!construct && !tokens.isForeign(j) && SHORT_FEMININE_PAST.test(w)) break;
    if (!construct && (!head.takesName || head.definite || (endsWithAny(w, t.describingEndings) && !loanAfterFeminineHead(tokens, t, headWord, j)) || tokens.hasTanween(j) || t.writtenApart.has(w) || describesHead(tokens, lexicon, t, k, j, commonHead))) break;
    end = j + 1;
    words++;
    specific = true;
    ownName = head.takesName && !commonHead;
    j = tokens.next(j);
    if (!construct) break;
  }
  if (end < 0 || !specific) return null;
  const known = (i: TokenIndex): boolean => t.known.matchAt(tokens, i) !== null;
  // "حكومة البلاد"، "شرطة المدينة"، "مجلس إدارة الشركة": a complement ending in a place or a body by its kind
  // names none, unless a known name is in it.
  // So past the complement's nationality: "قوات النظام السوري" are the Syrian army by an epithet.
  let last = (end - 1) as TokenIndex;
  while (last > k + 1 && t.demonyms.has(tokens.text(last))) last = tokens.previousWord(last);
  if (!head.definite && !complement && t.commonComplements.has(tokens.text(last)) && !anyWordAfter(tokens, k, end, known)) return null;
  // "الشركة الألمانية"، "الوكالة الروسية": a descriptor with the article and a nationality is the body of
  // the story, no name; a ل complement names one, as a field does ("الوكالة الذرية").
  if (head.definite && !complement && t.descriptorWords.has(headWord) && !anyWordAfter(tokens, k, end, (i) => !t.demonyms.has(tokens.text(i)) && !t.genericBodyWords.has(tokens.text(i)))) return null;
  // A head shaped as a verbal noun (تفعيل: تنظيم) names a body by a known name, one definite word (which the
  // common-noun rule then weighs) or a loan name of five letters or more: "تنظيم القاعدة"؛ "تنظيم الهجرة السرية"،
  // "تنظيم عروض الأزياء"، "تنظيم ورش" are the act of organising. A noun of a band of men opens a group's
  // name, with its definite complement and their nisbas: "تنظيم جند الأقصى"، "تنظيم أنصار الشريعة
  // الإسلامية" (no one organises soldiers or supporters so); "تنظيم أنصار السنة الهجوم" ends before its object.
  // A known place right after it is what is organised or hosted, no body: "تنظيم روسيا لكأس العالم"، "تنظيم قطر للمونديال".
  if (TAFIL.test(bareHead) && t.known.matchAt(tokens, tokens.next(k))?.entry.type === 'place') return null;
  if (TAFIL.test(bareHead) && !anyWordAfter(tokens, k, end, known)) {
    const first = tokens.next(k);
    const w = tokens.text(first);
    if (t.bandNouns.has(w)) {
      if (end === first + 1) return null;
      let last = tokens.next(first);
      for (let n = tokens.next(last); n >= 0 && n < end && tokens.isWord(n) && NISBA.test(tokens.text(n)); n = tokens.next(n)) last = n;
      end = last + 1;
    } else if (end !== first + 1 || !(w.startsWith(article) || tokens.isForeign(first) || w.length >= LOAN_NAME_LETTERS)) return null;
  }
  // A descriptor with one derived verbal noun, a noun فعلان or the plural of a verbal noun after it is a company or a
  // team by what it does: "شركة الإنتاج"، "شركة الطيران"، "شركة الاتصالات" (the company of the story, named elsewhere or not at all; "شركة الاتصالات السعودية" goes on).
  if (!head.definite && words === 1 && t.descriptorWords.has(bareHead) && end === tokens.next(k) + 1) {
    const w = tokens.text(tokens.next(k));
    if (isDefinite(w) && !known(tokens.next(k)) && !w.endsWith('ه') && (VERBAL_NOUN.test(withoutArticle(w)) || namesWhatItDoes(withoutArticle(w)))) return null;
  }
  // A head that is also a common noun names a body only with more than one word after it, or a
  // known name in them: "حركة المرور"، "قوات الأمن"، "المجموعة القصصية" describe; "حركة التحرير الوطني" names.
  // Forces named by their country are its army, as الجيش الإسرائيلي is: "القوات الإسرائيلية"، "القوات التركية".
  const forces = t.forcesOfBodies.has(bareHead);
  if (forces) {
    const li = firstWordAfter(tokens, k, end, (i) => tokens.text(i).startsWith(liArticle));
    if (li >= 0) {
      // Forces a ل complement gives to a body are that body's, no body of their own: "قوات الدفاع الجوي للتحالف"،
      // "القوات المشتركة للتحالف العربي" (a known body after ل is read at its own name).
      if (t.known.matchAt(tokens, li)?.entry.type === 'organization' || t.organisationHeads.has(withoutArticle(withoutCliticsBeforeArticle(tokens.text(li))))) return null;
      // Other forces end before what they act on: "دخول القوات التركية للمدينة"، "تصدي قوات الأمن للمحتجين".
      end = tokens.previousWord(li) + 1;
      words = tokens.wordsBetween(tokens.next(k), end as TokenIndex);
    }
  }
  // So does a ل complement of a field after the head's adjective: "المركز الوطني للأرصاد"، "المجموعة الدولية للأزمات"
  // (not of whom it is: "المجموعة القصصية للكاتب"، "المكتب السياسي للحركة").
  if (commonHead && !(head.definite && complement && fieldAfterLi(tokens, t, k, end)) && !anyWordAfter(tokens, k, end, (i) => (t.demonyms.has(tokens.text(i)) ? forces : known(i))) && (head.definite || (words < 2 && isDefinite(tokens.text(tokens.next(k)))))) return null;
  // A generic head with adjectives only names no body (التنظيم المتطرف); a demonym or a place does (الحكومة العراقية).
  if (head.definite && t.genericHeads.has(withoutCliticsBeforeArticle(tokens.text(k))) && !anyWordAfter(tokens, k, end, (i) => t.demonyms.has(tokens.text(i)) || known(i))) return null;
  // "قوات الأمم المتحدة"، "منظمة اليونسكو": a head before a known body alone names that body, as news
  // NER marks it (the known-names recognizer reads it; not before a ل complement: "لجنة الأمم المتحدة لحقوق الإنسان").
  // A head that takes a body's own name keeps it: "تنظيم القاعدة"، "حركة حماس".
  if (!head.definite && !head.takesName && knownBodyAlone(tokens, t, k, end as TokenIndex)) return null;
  // A word of the group's kind before a known group only says what it is: "تنظيم داعش"، "جماعة الإخوان
  // المسلمين" are the groups the known-names recognizer reads, and what follows them is no part of a name
  // ("تنظيم داعش للاستفادة من"; see `kindWords`; "حركة حماس" stays).
  if (!head.definite && t.kindWords.has(bareHead) && t.known.matchAt(tokens, tokens.next(k))?.entry.type === 'organization') return null;
  // Common words alone after the head of a unit or a task name no body of their own (see `unitHeads`,
  // `taskBodyHeads`): "لجنة الاستخبارات في مجلس النواب" is a unit of the House (its body is the mention),
  // "لجنة التحكيم" a jury; "اللجنة الاقتصادية السعودية"، "لجنة العفو في تكساس" are named.
  if ((t.unitHeads.has(bareHead) || t.taskBodyHeads.has(bareHead)) && !anyWordAfter(tokens, k, end, (i) => !isDefinite(tokens.text(i)) || known(i) || t.demonyms.has(tokens.text(i)))) {
    const after = whereAfter(tokens, t, tokens.next((end - 1) as TokenIndex));
    // A task is one noun after the head: an adjective or a ل complement names the body ("لجنة الإنقاذ
    // الدولية"، "اللجنة العليا للإغاثة"، "لجنة الحج العليا").
    const task = t.taskBodyHeads.has(bareHead) && !head.definite && end === tokens.next(k) + 1 && !NISBA.test(tokens.text(tokens.next(k))) && after !== 'place';
    if ((t.unitHeads.has(bareHead) && after === 'body') || task) return null;
  }
  // "حكومة السودان"، "بورصة لندن": the body of a place named by the place alone is the place.
  const place = head.definite ? null : placeOfBody(tokens, t, k, head.skip, end as TokenIndex);
  if (place) return place;
  return { start: k, end: end as TokenIndex, skip: head.skip, type: 'organization', rank: RANK.organisation };
}

/**
 * What the words from `j` say the phrase before them is in or of: a body ("في مجلس النواب"، "بالفيفا"،
 * "في الاتحاد"), a place ("في تكساس"، "بالرياض") or nothing.
 */
function whereAfter(tokens: TokenStream, t: MentionTables, j: TokenIndex): 'body' | 'place' | null {
  if (j < 0 || !tokens.isWord(j)) return null;
  let at = j;
  let w = tokens.text(j);
  if (t.links.in.has(w)) {
    at = tokens.next(j);
    if (at < 0 || !tokens.isWord(at)) return null;
    w = tokens.text(at);
  } else if (!w.startsWith(prepositionBi)) return null;
  const known = t.known.matchAt(tokens, at);
  const clitic = at === j ? prepositionBi.length : 0;
  if (known && known.skip === clitic) return known.entry.type === 'organization' ? 'body' : known.entry.type === 'place' ? 'place' : null;
  const bare = withoutArticle(w.slice(clitic));
  return t.organisationHeads.has(bare) && !t.commonNounHeads.has(bare) ? 'body' : null;
}

/** True when the first word with ل and the article after `k` and before `end` names a field, no office or body: للأرصاد, not للكاتب، للحركة. */
function fieldAfterLi(tokens: TokenStream, t: MentionTables, k: TokenIndex, end: number): boolean {
  const li = firstWordAfter(tokens, k, end, (i) => tokens.text(i).startsWith(liArticle));
  const stem = li >= 0 ? withoutArticle(withoutCliticsBeforeArticle(tokens.text(li))) : '';
  return li >= 0 && !t.officeNouns.has(stem) && !t.roles.has(stem) && !t.organisationHeads.has(stem);
}

/** True when a word token after `k` and before `end` passes `test`. */
export function anyWordAfter(tokens: TokenStream, k: TokenIndex, end: number, test: (i: TokenIndex) => boolean): boolean {
  return firstWordAfter(tokens, k, end, test) >= 0;
}

/** The first word token after `k` and before `end` that passes `test`, or {@link NO_TOKEN}. */
function firstWordAfter(tokens: TokenStream, k: TokenIndex, end: number, test: (i: TokenIndex) => boolean): TokenIndex {
  for (let i = tokens.next(k); i >= 0 && i < end; i = tokens.next(i)) if (tokens.isWord(i) && test(i)) return i;
  return NO_TOKEN;
}

/** True when word token `j` opens a body's name: a head with the article (الجيش، التحالف) or a known body (حزب الله). */
function bodyOpensAt(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (j < 0 || !tokens.isWord(j)) return false;
  const w = tokens.text(j);
  const known = t.known.matchAt(tokens, j);
  if (known !== null) return known.skip === 0 && known.entry.type === 'organization';
  return w.startsWith(article) && t.organisationHeads.has(withoutArticle(w)) && !t.commonNounHeads.has(withoutArticle(w));
}

/** True when token `p` is a figure, an indefinite number word that counts, or an indefinite ordinal: "21"، "ثلاث"، "أول" (not "الاثنين", a day). */
function countedOrRanked(tokens: TokenStream, p: TokenIndex): boolean {
  if (p < 0 || (tokens.isWord(p) && isDefinite(tokens.text(p)))) return false;
  return countedAfter(tokens, p) || (tokens.isWord(p) && tokens.reading(p)?.senses.some((x) => x.type === 'ordinal') === true);
}

/** The end of a namesake's name opened by a title at word token `j` ("الملك سعود"، "الأمير سطام بن عبد العزيز"), or -1. */
function titledNamesakeEnd(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): number {
  const title = t.titles.matchAt(tokens, j);
  if (title === null || title.skip !== 0) return NO_TOKEN;
  const given = tokens.next((title.end - 1) as TokenIndex);
  if (!tokens.isWord(given) || t.givenNames.matchAt(tokens, given)?.skip !== 0) return NO_TOKEN;
  return personNameAt(tokens, lexicon, given, true)?.end ?? NO_TOKEN;
}

/**
 * The end of a body's name after its namesake's, ending at `end`: with its field behind ل and the nouns and
 * adjectives that go with it ("للإغاثة والأعمال الإنسانية"، "للبترول والمعادن"), or `end` itself.
 */
function fieldAfterName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, end: number): number {
  const j = tokens.next((end - 1) as TokenIndex);
  if (!tokens.isWord(j) || !tokens.text(j).startsWith(liArticle) || t.known.matchAt(tokens, j) !== null || !continuesName(tokens, lexicon, t, j)) return end;
  let last = j;
  for (let words = 1; words < COMPLEMENT_WORDS; words++) {
    const next = tokens.next(last);
    const joined = joinedNoun(tokens, lexicon, t, last, next);
    const more = joined >= 0 ? joined : joinedAdjective(tokens, t, last, next);
    if (more >= 0) last = (more as TokenIndex);
    else if (tokens.isWord(next) && NISBA.test(tokens.text(next)) && !t.demonyms.has(tokens.text(next))) last = next;
    else break;
  }
  return last + 1;
}

/** True when word token `k` opens a body's board (مجلس إدارة) and a body's head with the article or a known body follows it. */
function boardOfBody(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const board = t.boardsOfBodies.matchAt(tokens, k);
  return board !== null && bodyOpensAt(tokens, t, tokens.next((board.end - 1) as TokenIndex));
}

/** True when a head of a place's own body (حكومة) or of a person's office (مكتب) at `k` is followed by a known person or an unambiguous given name. */
function personAfterBodyHead(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  const head = tokens.text(k).slice(skip);
  if (!t.placeBodyHeads.has(head) && !t.personalOfficeHeads.has(head)) return false;
  const j = tokens.nextWord(k);
  if (j < 0 || tokens.next(k) !== j) return false;
  const known = t.known.matchAt(tokens, j);
  if (known) return known.skip === 0 && known.entry.type === 'person';
  return opensGivenName(t, tokens, j);
}

/** True when word token `k` is a given name as written that is no common word too: سارة، كارين (not أمل). */
function opensGivenName(t: MentionTables, tokens: TokenStream, k: TokenIndex): boolean {
  return t.givenNames.matchAt(tokens, k)?.skip === 0 && !t.ambiguousNames.has(tokens.text(k));
}

/** True when the complement after the head at `k`, ending before `end`, is one known body alone: "قوات [الأمم المتحدة]". */
function knownBodyAlone(tokens: TokenStream, t: MentionTables, k: TokenIndex, end: TokenIndex): boolean {
  const j = tokens.nextWord(k);
  const m = j >= 0 ? t.known.matchAt(tokens, j) : null;
  if (m === null || m.entry.type !== 'organization' || m.skip !== 0 || m.end !== end) return false;
  // A ل complement after it names the head's own body: "لجنة الأمم المتحدة لحقوق الإنسان".
  const next = tokens.next((end - 1) as TokenIndex);
  return !(next >= 0 && tokens.isWord(next) && tokens.text(next).startsWith(prepositionLi));
}

/**
 * The place after a head of a place's own body at `k` (حكومة، مديرية) when the complement ending
 * before `end` is that place alone: "حكومة السودان" → السودان, "مديرية زبيد" → زبيد; null for
 * "حكومة الوحدة الوطنية", and for a body that keeps its place (`wholeBodyHeads`: "بورصة نيويورك").
 */
function placeOfBody(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number, end: TokenIndex): Found | null {
  const head = tokens.text(k).slice(skip);
  if (!t.placeBodyHeads.has(head) || t.wholeBodyHeads.has(head)) return null;
  const j = tokens.next(k);
  const m = j >= 0 ? t.known.matchAt(tokens, j) : null;
  if (!m || m.entry.type !== 'place' || m.skip !== 0 || m.end !== end) return null;
  return withGoverningBody(t, head, k, skip, { start: m.start, end: m.end, skip: 0, type: 'place', rank: RANK.organisation });
}

/** True when a word with the article, or ل with it, follows word token `j` and may continue an institution's name. */
function continuesConstruct(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const next = tokens.next(j);
  if (next < 0 || !tokens.isWord(next)) return false;
  const w = tokens.text(next);
  // An adjective of its state shows a common noun as much as any other: "شركة النفط المنحلة" is an oil company.
  return (w.startsWith(article) || w.startsWith(liArticle)) && (inAdjectives(t.bodyStateWords, w) || continuesName(tokens, lexicon, t, next));
}

/**
 * The end of a body's own name that ends at word token `last` (a place or one word), with the nisba of
 * its city after it: "فريق المغرب التطواني"، "فريق الوداد البيضاوي"، "وكالة الدفاع المدني" — not a
 * country's (الهلال السعودي), a generic word (الاتحاد الجديد), a title's adjective, or a feminine word
 * that describes the body or is a noun ("حركة حماس الإرهابية"، "حماس المسؤولية").
 */
function withCityNisba(tokens: TokenStream, t: MentionTables, last: TokenIndex): TokenIndex {
  const next = tokens.next(last);
  const w = tokens.isWord(next) ? tokens.text(next) : '';
  const city = NISBA.test(w) && !w.endsWith('ه') && !t.demonyms.has(w) && !t.genericBodyWords.has(w) && !t.titleAdjectives.has(w) && !headAt(t, w);
  return ((city ? next : last) + 1) as TokenIndex;
}

/** The body named after a descriptor that ends before token `from`: "شركة نوكيا" → نوكيا; "صحيفة الراية" → الراية. */
export function ownNameAfter(tokens: TokenStream, lexicon: SyntaxLexicon, from: TokenIndex): Found | null {
  const t = mentionTables(lexicon);
  const j = tokens.next((from - 1) as TokenIndex);
  if (j < 0) return null;
  const quoted = quotedName(tokens, lexicon, j);
  if (quoted) return { start: quoted.start, end: quoted.end, skip: 0, type: 'organization', rank: DESCRIBED_RANK };
  if (!tokens.isWord(j)) return null;
  const known = t.known.matchAt(tokens, j);
  // A known person after the descriptor is whose the body is, not its name: "فريق غوارديولا" is Guardiola's side.
  if (known?.entry.type === 'person' && known.skip === 0) return null;
  if (known && known.entry.type !== 'person') {
    // Not one word the tables list that is also a common noun, where an indefinite adjective follows: "عبر
    // شركة تداول إلكتروني" (e-trading, not the exchange Tadawul).
    if (known.end === j + 1 && known.skip === 0 && indefiniteNisbaAfter(tokens, t, j)) return null;
    // Nor a place a field follows with ل and the article after a head: the head, the place and the field
    // name the body, "وكالة السودان للأنباء"، "شركة السويس للبترول" (read at the head).
    const field = tokens.next((known.end - 1) as TokenIndex);
    if (known.entry.type === 'place' && tokens.isWord(field) && tokens.text(field).startsWith(liArticle) && inTable(t.organisationHeads, tokens.text(tokens.previousWord(j)))) return null;
    // A city goes on with the nisba of a city ("فريق الوداد البيضاوي") or, written without the article,
    // with the rest of a loan name: "صحيفة موسكو تايمز"، "صحيفة لوس أنجلوس تايمز"، "صحيفة ديلي تلغراف".
    const last = (known.end - 1) as TokenIndex;
    const loanEnd = known.entry.type === 'place' && !isDefinite(tokens.text(j)) ? ownLoanNameEnd(tokens, lexicon, t, j, last, tokens.wordsBetween(j, known.end)) : known.end;
    const end = known.entry.type !== 'place' ? known.end : loanEnd > known.end ? loanEnd : withCityNisba(tokens, t, last);
    return { start: known.start, end, skip: known.skip, type: 'organization', rank: DESCRIBED_RANK };
  }
  const w = tokens.text(j);
  if (t.stops.has(w) || t.stops.has(withoutConjunction(w)) || t.demonyms.has(w) || t.titleAdjectives.has(w) || t.genericBodyWords.has(w) || isNumberWord(tokens, j)) return null;
  // A title, a pronoun or article written apart, or a sound plural is no body's name: "فريق الرئيس جورج بوش"، "مجلة الـ
  // " تايم ""، "فريق الاختصاصيين الإيرانيين".
  if (t.titles.matchAt(tokens, j) || t.writtenApart.has(w) || (isDefinite(w) && SOUND_PLURAL.test(withoutArticle(w)))) return null;
  // Nor an Arabic dual or plural without the article: "قناتا تلفزيون حكوميتان".
  if (!isDefinite(w) && !tokens.isForeign(j) && SOUND_PLURAL.test(w)) return null;
  // A definite one-word name: صحيفة الراية، فريق الغرافة — not after a descriptor that is also a
  // common noun: "حركة المرور" is traffic (the head's own reading decides).
  if (isDefinite(w)) {
    // ل with the article makes a phrase after a common noun, no name: "شركة للمقاولات"، "قناة للتفاوض"، "محطة للقطارات"
    // (ك and ب are read as the first letters of a loan name: كالياري، بالميراس); persons by their trade are the
    // members, no name: "فريق الخبراء"، "فريق الباحثين".
    // Nor is a ministry's field alone a name after a descriptor: "فريق الدفاع" is the defence lawyers ("وكالة الدفاع
    // المدني" goes on as a head's construct).
    if (w.startsWith(liArticle) || (w.startsWith(article) && peopleByTrade(t, w.slice(article.length))) || t.ministryFields.has(w)) return null;
    // Nor a derived verbal noun, what the team or company does: "شركة الإنتاج"، "فريق الاستطلاع" (a club so named
    // is known: الاستقلال، الاتفاق; one in ة may be a paper's name: صحيفة الانتباهة).
    if (VERBAL_NOUN.test(withoutArticle(w)) && !w.endsWith('ه')) return null;
    const descriptor = tokens.text(tokens.previousWord(j));
    // After a descriptor not in ة (فريق، نادي، تلفزيون) a word of three radicals is mostly what a crew does: "فريق العمل"،
    // "فريق البحث"، "فريق الرصد" (a club so named is listed: النصر، الفتح; an unlisted one, نادي الشعب, is lost); after a
    // paper or channel in ة it is a name: "قناة الحدث"، "صحيفة الفجر".
    // So is the verbal noun تفعّل: "فريق التدخل السريع".
    // So is a noun of place: "فريق العاصمة"، "نادي المدينة" are the capital's and the town's (not "فريق الشمال", a club).
    const stem = withoutArticle(w);
    if (!descriptor.endsWith(FEMININE) && (t.placeHeadWords.has(stem) || (t.wordsBeforePlace.has(stem) && !t.compassPoints.has(stem)))) return null;
    if (headAt(t, w) || inTable(t.commonNounHeads, descriptor) || ((DEFINITE_TRILITERAL.test(w) || DEFINITE_TAFAUL.test(w)) && !descriptor.endsWith(FEMININE))) return null;
    // So, after any descriptor, are the verbal noun فعلان and the plural of a verbal noun: "وردت شركة الطيران"،
    // "وطلب من فريق التحقيقات الداخلية".
    if (namesWhatItDoes(withoutArticle(w))) return null;
    // A descriptor that is also a head (وكالة، شركة) before a definite word and its adjective or
    // complement heads a body named by them: "وكالة الطاقة الدولية"، "شركة الخطوط الجوية
    // الإيرانية" (not "الطاقة"); one definite word alone is the body's own name: "وكالة الأناضول".
    // So before a second noun joined by و: "شركة الهندسة والمعادن".
    if (inTable(t.organisationHeads, descriptor) && (continuesConstruct(tokens, lexicon, t, j) || joinedNoun(tokens, lexicon, t, j, tokens.next(j)) >= 0)) return null;
    // A club's name goes on with the nisba of its city, not of its country: "فريق المغرب التطواني"، "فريق
    // الوداد البيضاوي" (not "فريق الهلال السعودي", nor "فريق الاتحاد الجديد").
    return { start: j, end: withCityNisba(tokens, t, j), skip: 0, type: 'organization', rank: DESCRIBED_RANK };
  }
  // A loan name is no adjective, participle or pronoun: "فريق كبير"، "فريق محترم"، "فريق ه" (a pronoun written apart);
  // a loan word in اي ends as no Arabic adjective does: "صحيفة صنداي تايمز"، "فريق شنغهاي".
  // So is an elative: "يستحق اللعب في فريق أفضل من ليستر سيتي" (a listed name so shaped, أبل, is read as known).
  // Nor a noun of three radicals in construct with a definite word, what the company deals in: "شركة نفط الكويت"
  // is read whole at its head (a loan name of three letters has a long vowel, شركة فوكس; or a nisba follows it,
  // "نادي جنك البلجيكي"، "قناة خبر التلفزيونية").
  const construct = tokens.next(j);
  if (!tokens.isForeign(j) && BARE_TRILITERAL.test(w) && tokens.isWord(construct) && isDefinite(tokens.text(construct)) && !NISBA.test(tokens.text(construct)) && !t.demonyms.has(tokens.text(construct))) return null;
  // Nor any word before a person the tables know, whose the body is: "فريق دفاع ترامب" is Trump's defence team.
  if (tokens.isWord(construct) && t.known.matchAt(tokens, construct)?.entry.type === 'person') return null;
  const adjective = (endsWithAny(w, t.describingEndings) && !LOAN_AY.test(w)) || ADJECTIVE_SHAPE.test(w) || ELATIVE.test(w);
  if (w.length < 2 || (!tokens.isForeign(j) && adjective)) return null;
  // Nor a verbal noun or a noun with a pronoun: "محطة انطلاق"، "محطة تكرير"، "فريق عملها".
  // Nor the plural or participle مفاعل، مفاعيل in construct (the head reads "شركة موانئ الصين الهندسية" whole) or after
  // a team, what it is: "فريق منافس"، "فريق مشارك" ("صحيفة معاريف"، "شركة معادن" are names).
  const mafaail = MAFAAIL.test(w) && (opensConstruct(tokens, j) || !tokens.text(tokens.previousWord(j)).endsWith(FEMININE));
  if (!tokens.isForeign(j) && (VERBAL_NOUN.test(w) || mafaail || (w.length > 4 && PRONOUN.test(w) && !LOAN_NAME_IN_HA.test(w)))) return null;
  // Nor a verb of a relative clause, unless it closes a reporting verb's subject: "شركة تعمل في مجال النقل"
  // describes a company, "وقال حزب تقدم في بيان" names a party (see {@link describesHead}).
  // So is a past verb of the derived forms: "أن شركة استغلت هذه البيانات".
  if (!tokens.isForeign(j) && (IMPERFECT_VERB.test(w) || DERIVED_PAST.test(w)) && !closesReportedSubject(tokens, lexicon, t, (from - 1) as TokenIndex, j)) return null;
  // Nor a verb the tables list, whatever follows: "كل فريق يعتقد أن اللعب على أرضه عامل إيجابي".
  if (lexicon.verbs.has(tokens, j) || lexicon.narrativeVerbs.has(tokens, j)) return null;
  // Nor ل and a noun in construct with a definite word, what the thing is for: "ومحطة لوصول الأسلحة"، "شركة لإنتاج
  // الأفلام" (a loan name so opening takes a nisba after it, if anything: "شركة لوفتهانزا الألمانية").
  const after = tokens.next(j);
  if (w.startsWith(prepositionLi) && after >= 0 && tokens.isWord(after) && isDefinite(tokens.text(after)) && !t.demonyms.has(tokens.text(after)) && !NISBA.test(tokens.text(after))) return null;
  const end = ownLoanNameEnd(tokens, lexicon, t, j, j, 1);
  // A name is definite, so an adjective after it takes the article too: an indefinite nisba after the word
  // makes it a common noun with its adjective, the descriptor's complement ("محطة فضاء صينية" a Chinese space
  // station, "شركة تداول إلكتروني" an e-trading firm; "شركة نوكيا الفنلندية" names Nokia).
  if (end === j + 1 && indefiniteNisbaAfter(tokens, t, j)) return null;
  return { start: j, end, skip: 0, type: 'organization', rank: DESCRIBED_RANK };
}


/**
 * True when the word right after word token `j` is an indefinite nisba no table lists as a name. One behind
 * ب، ل or ك is a preposition's object ("عرض شركة فوكس بحوالي"، "شركة لوفتهانزا لعملية"), but a demonym.
 */
function indefiniteNisbaAfter(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const n = tokens.next(j);
  if (n < 0 || !tokens.isWord(n) || tokens.isForeign(n)) return false;
  const w = tokens.text(n);
  // The article as written: folding reads إلكتروني as الكتروني.
  if (isDefinite(writtenToken(tokens, n)) || t.known.matchAt(tokens, n) !== null || t.givenNames.matchAt(tokens, n) !== null) return false;
  // A masculine demonym may be the last word of a loan name: "نادي فيسل كوبي" (Kobe, written as "Cuban").
  if (t.demonyms.has(w)) return FEMININE_NISBA.test(w);
  return (FEMININE_NISBA.test(w) || MASCULINE_NISBA.test(w)) && !startsWithLetterOf(prepositionClitics, w);
}

/**
 * The end of a body's own loan name after a descriptor (person/loan-name.ts reads a person's), from word token
 * `first`, whose first `words` words end at word token `last`: words without the article go on, up to three in
 * all (نيويورك تايمز، جنرال موتورز، IBM).
 */
function ownLoanNameEnd(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, first: TokenIndex, last: TokenIndex, words: number): TokenIndex {
  let end = last + 1;
  let k = tokens.next(last);
  const personNamed = opensGivenName(t, tokens, first);
  while (tokens.isWord(k) && words < OWN_NAME_WORDS && continuesLoanName(tokens, lexicon, t, k, personNamed)) {
    end = k + 1;
    words++;
    k = tokens.next(k);
  }
  return end as TokenIndex;
}

/** A glued و or ف and a hollow past verb: وفاز، وقال، فعاد (not a loan word in و: وول ستريت). */
const CONJOINED_HOLLOW_VERB = /^[وف][^اوي]ا[^اوي]$/u;
/** A noun's ending, ة (folded to ه) or اء, as no loan word after the first has ("مجلة بلاي بوي سابقة"); ات does: سناب تشات. */
const NOUN_END = /(?:ه|اء)$/u;
/**
 * An Arabic word of three letters or fewer without a long vowel, but for a first و (حد، نفط، وضع، وصل), or one
 * behind و ("لشركة بيزك وعدم كسر احتكارها"): a loan word is written with its vowels (وول ستريت).
 */
const SHORT_WITHOUT_VOWEL = /^(?:[^اويى]{1,3}|و[^اويى]{2,3})$/u;

/**
 * True when word token `k` goes on a loan name after a descriptor: "تايمز" of "صحيفة لوس أنجلوس تايمز";
 * `personNamed` when the name opened with a given name.
 */
function continuesLoanName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, personNamed: boolean): boolean {
  const w = tokens.text(k);
  if (isDefinite(w) || t.stops.has(w) || isNumberWord(tokens, k)) return false;
  if (lexicon.verbs.has(tokens, k) || lexicon.predicates.has(tokens, k) || t.demonyms.has(w)) return false;
  if (tokens.isForeign(k)) return true;
  // An Arabic noun with a pronoun or a word of the game follows the name, not in it: "فريق أسيك أبيدجان
  // وقوامها 30 فردا"، "مجلة FHM لقرائها"، "يدخل فريق أولمبيك آسفي مباراة اليوم".
  if (PRONOUN.test(w) || t.clubContextWords.has(w)) return false;
  // A place or body the gazetteer knows goes on the name: "شركة خطوط طيران سنغافورة".
  const known = t.known.matchAt(tokens, k);
  if (known?.skip === 0 && known.entry.type !== 'person') return true;
  // Nor a particle behind a clitic or written apart ("شركة سكاي بأكثر من"، "نادي إشبيلية لمدة"، "سكاي بـ 12"), a
  // noun's ending ("مجلة بلاي بوي سابقة"), a verbal noun, a verb ("نادي موناكو وفاز"، "نادي ليون وضع حد", but
  // "سوفت بنك"), a given name that opens a person's ("صحيفة ديلي إكسبريس سارة أوغرادي"), or ل before a definite
  // word, which opens a complement: "فريق سكاي لركوب الدراجات".
  if (inTable(t.stops, w) || t.writtenApart.has(w) || NOUN_END.test(w) || IMPERFECT_VERB.test(w) || arabicNounOrAdjective(w)) return false;
  // Nor a past verb of three radicals in the feminine, the body's act: "شركة براند فاينانس قدرت أن" (a loan
  // word so ending has a vowel: بوست).
  if (CONJOINED_HOLLOW_VERB.test(w) || FEMININE_PAST.test(w) || (SHORT_WITHOUT_VOWEL.test(w) && !t.organisationHeads.has(w))) return false;
  const after = tokens.next(k);
  // A given name opens a person's name when another word of it follows ("سارة أوغرادي"), not alone or before a
  // particle ("لوكهيد مارتن،"، "شركة نايت فرانك بأن"), nor in a body named by a person: "شركة محمود صالح أبار".
  const nameAfter = tokens.isWord(after) && !isDefinite(tokens.text(after)) && !inTable(t.stops, tokens.text(after));
  if (nameAfter && !personNamed && opensGivenName(t, tokens, k)) return false;
  // ل before a definite word opens a complement ("فريق سكاي لركوب الدراجات"), unless a nationality follows the
  // loan name it begins: "فريق أريس ليماسول القبرصي".
  const next = tokens.text(tokens.nextWord(k));
  return !(w.startsWith(prepositionLi) && isDefinite(next) && !t.demonyms.has(next));
}

/**
 * True when the folded word, bare or behind و or with the accusative ا, is a verbal noun or has an adjective's
 * shape: "نشرت صحيفة صنداي تايمز تقريرا"، "يبدو فريق بروسيا دورتموند حريصا"، "من إنتاج تلفزيون جدة وإخراج".
 */
function arabicNounOrAdjective(w: string): boolean {
  const bare = w.length > 4 && w.endsWith(ACCUSATIVE_ENDING) ? w.slice(0, -ACCUSATIVE_ENDING.length) : w;
  const stem = w.length > 4 && w.startsWith(conjunctionAnd) ? w.slice(conjunctionAnd.length) : w;
  // The adjective's shape only with the ending: a loan word may have it bare (بارسونز غرين، فرانس بريس).
  return VERBAL_NOUN.test(w) || VERBAL_NOUN.test(bare) || VERBAL_NOUN.test(stem) || (bare !== w && ADJECTIVE_SHAPE.test(bare));
}

/** Every organisation the rules of this file find, as candidates for `mentionsOf`. */
export function findOrganisations(tokens: TokenStream, lexicon: SyntaxLexicon, out: Found[]): void {
  const t = mentionTables(lexicon);
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const descriptor = t.descriptors.matchAt(tokens, k);
    // A counted or ranked descriptor is a common noun, and the word after it what it is: "أدرج 21 شركة شحن"،
    // "لتصبح أول شركة طيران" (a day before it counts nothing: "نشرتها يوم الاثنين صحيفة "كيكر"").
    if (descriptor && descriptor.clitic === 0 && countedOrRanked(tokens, tokens.previous(k))) continue;
    if (descriptor) {
      const own = ownNameAfter(tokens, lexicon, descriptor.end);
      if (own) {
        out.push(own);
        continue;
      }
      // حركة، تنظيم are heads too: "حركة التحرير الوطني" — not before an indefinite noun and its indefinite
      // adjective, a common phrase: "شركة طيران روسية" (a Russian airline).
      if (!inTable(t.organisationHeads, tokens.text(k))) continue;
      const j = tokens.next((descriptor.end - 1) as TokenIndex);
      if (j >= 0 && tokens.isWord(j) && !isDefinite(tokens.text(j)) && indefiniteNisbaAfter(tokens, t, j)) continue;
    }
    const club = clubAt(tokens, t, k);
    if (club) {
      out.push(club);
      continue;
    }
    const quoted = quotedAfterHead(tokens, lexicon, t, k) ?? agencyCredit(tokens, t, k) ?? paperCredit(tokens, lexicon, t, k) ?? ministryByField(tokens, t, k) ?? groupOfForces(tokens, t, k) ?? districtAfterHead(tokens, lexicon, t, k);
    if (quoted) {
      out.push(quoted);
      continue;
    }
    const institution = institutionAt(tokens, lexicon, k);
    if (!institution) continue;
    // A company or an agency described by what it is and then named in quotes: the quoted name is a body too
    // ("وفقا لوكالة الأنباء التركية "الأناضول""، "شركة الطاقة الإيطالية "إيني""), and the only one where the
    // description is generic or set apart by a comma ("وكالة الأنباء الرسمية "سانا""، "شركة السيارات الألمانية
    // الأخرى، "فولكسفاغن""). A full name with a ل complement or a known name is read as before: "الاتحاد
    // الدولي لكرة القدم "فيفا"". Nor is a quoted phrase of Arabic nouns in ة a name: "مذكرة انتهاك".
    const described = describedBody(tokens, t, institution);
    const mark = described ? quoteAfter(tokens, lexicon, (institution.end - 1) as TokenIndex) : NO_TOKEN;
    const named = mark >= 0 ? quotedName(tokens, lexicon, mark) : null;
    if (!named || anyWordAfter(tokens, (named.start - 1) as TokenIndex, named.end, (i) => tokens.text(i).endsWith('ه'))) {
      out.push(institution);
      continue;
    }
    const generic = anyWordAfter(tokens, institution.start, institution.end, (i) => t.genericBodyWords.has(tokens.text(i)));
    if (!generic && mark === tokens.next((institution.end - 1) as TokenIndex)) out.push(institution);
    out.push({ start: named.start, end: named.end, skip: 0, type: 'organization', rank: DESCRIBED_RANK });
  }
}

/** True when body `f` has a descriptor for its head and common words after it: no known name, no ل complement. */
function describedBody(tokens: TokenStream, t: MentionTables, f: Found): boolean {
  if (f.type !== 'organization' || !t.descriptorWords.has(withoutArticle(tokens.text(f.start).slice(f.skip)))) return false;
  return !anyWordAfter(tokens, f.start, f.end, (i) => tokens.text(i).startsWith(prepositionLi) || t.known.matchAt(tokens, i) !== null);
}

/** The token after word `last`, past one comma: where a quoted name in apposition opens. */
function quoteAfter(tokens: TokenStream, lexicon: SyntaxLexicon, last: TokenIndex): TokenIndex {
  const n = tokens.next(last);
  return n >= 0 && tokens.isPunct(n) && lexicon.commas.has(tokens.text(n)) ? tokens.next(n) : n;
}

/**
 * "دينامو كييف"، "أولمبيك مرسيليا": a club prefix and the word after it (the city), behind و/ب/ل or not.
 * Not a stop word behind a clitic ("ريال لكل نادٍ"), nor a prefix after a number, where it is a
 * currency: "10 ملايين ريال سعودي".
 */
function clubAt(tokens: TokenStream, t: MentionTables, k: TokenIndex): Found | null {
  const w = tokens.text(k);
  const skip = t.clubPrefixes.has(w) ? 0 : w.length > 3 && HEAD_CLITICS.includes(w[0]!) && t.clubPrefixes.has(w.slice(1)) ? 1 : -1;
  if (skip < 0) return null;
  const next = tokens.nextWord(k);
  // Nor a verb in the imperfect after it, whose subject the club is: "ريال يحاول ضم"، "إنتر يكتسح أودينيزي".
  if (next < 0 || isDefinite(tokens.text(next)) || isNumberWord(tokens, next) || IMPERFECT_VERB.test(tokens.text(next)) || stemCandidates(tokens.text(next), HEAD_CLITICS).some((s) => t.stops.has(s))) return null;
  if (countedAfter(tokens, tokens.previous(k))) return null;
  return { start: k, end: (next + 1) as TokenIndex, skip, type: 'organization', rank: DESCRIBED_RANK };
}

/**
 * Armed men named after the family that leads them: "ميليشيات الحوثي"، "ميليشيا الحوثي الانقلابية"،
 * "مسلحو قوات الحوثي" are the Houthis, and the family's nisba is the group's name (الحوثي, an
 * organisation), while the words of the forces stay out as with a body they serve (see
 * `forcesOfBodies`). A nisba that is a demonym is the forces' nationality ("قوات الأمريكي" is not
 * written; "القوات الأمريكية" has the article on the head), and a known name is read as itself.
 */
function groupOfForces(tokens: TokenStream, t: MentionTables, k: TokenIndex): Found | null {
  const w = tokens.text(k);
  // A word of the group's kind before the family's nisba too: "جماعة الحوثي" → الحوثي (see `kindWords`).
  if (!stemCandidates(w, HEAD_CLITICS).some((s) => t.forcesOfBodies.has(s) || t.kindWords.has(s))) return null;
  const next = tokens.next(k);
  if (next < 0 || !tokens.isWord(next)) return null;
  const n = tokens.text(next);
  if (!familyNisba(tokens, t, next) || t.known.matchAt(tokens, next) !== null || headAt(t, n) !== null) return null;
  return { start: next, end: (next + 1) as TokenIndex, skip: 0, type: 'organization', rank: DESCRIBED_RANK };
}

/**
 * The district a head that names one opens (see `districtHeads`), when its one-word name ends the
 * phrase and the text locates it: "في مديرية حيس جنوب الحديدة"، "مديرية باقم بمحافظة صعدة"، "مديرية
 * التحيتا في محافظة الحديدة"، "مديرية مقبنة وجبالها" → the place. A service's directorate goes on in
 * construct ("مديرية أمن عدن"، "مديرية صحة تعز"، "مديرية الأمن العام") or is not so located, and stays
 * a body. A name with the article is never a service's field (`directorateFields`): "مديرية الأمن
 * بمحافظة عدن" is the security directorate, "مديرية الدريهمي، على أطراف" the district.
 */
function districtAfterHead(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): Found | null {
  const head = stemCandidates(tokens.text(k), HEAD_CLITICS).find((s) => t.districtHeads.has(s));
  if (head === undefined) return null;
  const place = placeAfterHead(tokens, lexicon, (k + 1) as TokenIndex, head);
  if (!place || place.end !== place.start + 1) return null;
  if (t.directorateFields.has(withoutCliticsBeforeArticle(tokens.text(place.start)))) return null;
  const next = tokens.next(place.start);
  if (next < 0 || !tokens.isWord(next)) return t.organisationNameHeads.has(head) ? null : place;
  const n = tokens.text(next);
  // A point of the compass, or an adjective of the district: "مديرية باقم الحدودية" (a directorate takes a field first;
  // a front is also a party, whose adjective it takes: "جبهة التوافق العراقية").
  if (t.compassPoints.has(n) || (n.startsWith(article) && FEMININE_NISBA.test(n) && !t.organisationNameHeads.has(head))) return place;
  // Its governorate: "بمحافظة صعدة"، "في محافظة الحديدة".
  const governorate = t.placeHeads.matchAt(tokens, next);
  if (governorate && governorate.clitic > 0 && n.startsWith(prepositionBi)) return place;
  if (t.links.in.has(n) && t.placeHeads.matchAt(tokens, tokens.nextWord(next))) return place;
  // A name ends where a particle or a word behind a clitic follows: "مديرية باقم من"، "مقبنة وجبالها"، "مديرية الصلو وتمكن".
  // Not after a head that also takes a body's own name, which ends there too: "نقلت جبهة بوليساريو عن".
  if (t.organisationNameHeads.has(head)) return null;
  return t.stops.has(n) || (n.length > CLITIC_WORD_LETTERS && HEAD_CLITICS.includes(n[0]!)) ? place : null;
}

/** More letters than a clitic and a word of two: وجبالها, not وهو. */
const CLITIC_WORD_LETTERS = 3;

/** "شركة « إل جي »"، "مؤسسة " فيتش ريتنغز "": a quoted name right after an organisation's head is the body. */
function quotedAfterHead(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): Found | null {
  const head = headAt(t, tokens.text(k));
  if (!head || head.definite) return null;
  const quoted = quotedName(tokens, lexicon, tokens.next(k));
  if (quoted === null) return null;
  // A stop word between a closing and an opening mark is no quoted name: "مصارف " أناضولو بنك" و"فيبا بنك"".
  if (quoted.end === quoted.start + 1 && isNameStop(tokens, t, quoted.start)) return null;
  // A nisba of a verbal noun in quotes is what the body is called, no name: "تصنفه واشنطن على أنه تنظيم "إرهابي""،
  // "تعده أنقرة منظمة "إرهابية"".
  const w = tokens.text(quoted.start);
  const stem = MASCULINE_NISBA.test(w) ? w.slice(0, -1) : FEMININE_NISBA.test(w) ? w.slice(0, -2) : '';
  if (quoted.end === quoted.start + 1 && VERBAL_NOUN.test(stem)) return null;
  return { start: quoted.start, end: quoted.end, skip: 0, type: 'organization', rank: DESCRIBED_RANK };
}

/** The verbal noun فعلان: طيران، دوران، غليان (a club so named is listed: الريان). */
const FAALAN = /^[^اوي][^ا][^اوي]ان$/u;

/** True when `stem` (folded, without the article) is the noun فعلان or the plural of a verbal noun: طيران، اتصالات، تحقيقات. */
function namesWhatItDoes(stem: string): boolean {
  return FAALAN.test(stem) || (stem.endsWith(FEMININE_PLURAL_ENDING) && VERBAL_NOUN.test(stem.slice(0, -FEMININE_PLURAL_ENDING.length)));
}

/**
 * A news agency credited by its nationality in brackets under a photo or after a story:
 * "( الفرنسية )"، "(الفرنسية - أرشيف)" — Agence France-Presse, as Arabic news calls it.
 */
function agencyCredit(tokens: TokenStream, t: MentionTables, k: TokenIndex): Found | null {
  const w = tokens.text(k);
  if (!definiteFeminineDemonym(t, w) || !tokens.isPunct(tokens.previous(k), '(')) return null;
  const after = tokens.next(k);
  return tokens.isPunct(after, ')-–') ? { start: k, end: (k + 1) as TokenIndex, skip: 0, type: 'organization', rank: RANK.organisation } : null;
}

/** Most words of a newspaper's name in a credit line: "اليوم السابع"، "الإمارات اليوم". */
const CREDIT_NAME_WORDS = 2;

/**
 * A newspaper credited on the line that ends a story: an attribution, the paper's name and its country's
 * feminine adjective, and nothing else on the line: "*نقلا عن الرؤية الإماراتية"، "نقلاً عن اليوم السابع
 * المصرية" name الرؤية and اليوم السابع — "نقلا عن الرياض السعودية" the paper, not the city. Inside a
 * sentence the same words are people of a body: "وذكرت نقلا عن السلطات المصرية أن".
 */
function paperCredit(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): Found | null {
  let d = k;
  for (let n = 0; n < CREDIT_NAME_WORDS; n++) {
    const last = d;
    d = tokens.next(d);
    if (d < 0 || !tokens.isWord(d)) return null;
    if (!definiteFeminineDemonym(t, tokens.text(d))) continue;
    // The line ends there, and holds nothing before the attribution but the star of a footnote.
    const p = tokens.previous(k);
    const source = tokens.next(d) < 0 && p >= 0 ? lexicon.attributions.matchEndingAt(tokens, p) : null;
    const opening = source ? tokens.previous(source.start) : k;
    return opening < 0 || tokens.isPunct(opening, '*') ? { start: k, end: (last + 1) as TokenIndex, skip: 0, type: 'organization', rank: DESCRIBED_RANK } : null;
  }
  return null;
}

/** True when folded `w` is a nationality in the feminine with the article: الفرنسية، الإماراتية. */
function definiteFeminineDemonym(t: MentionTables, w: string): boolean {
  return w.startsWith(article) && w.endsWith(FEMININE) && t.demonyms.has(w);
}

/** A role word behind a clitic or in the accusative: كوزير، ووزيرة، وزيرا. */
function isRoleWord(t: MentionTables, word: string): boolean {
  for (const w of stemCandidates(word, HEAD_CLITICS + prepositionKa)) if (t.roles.has(w) || (w.endsWith('ا') && t.roles.has(w.slice(0, -1)))) return true;
  return false;
}

/**
 * A ministry named by its field and the country's feminine adjective, the word وزارة left
 * unsaid: "وقالت الخارجية الروسية"، "بيان الدفاع الروسية"، "للخارجية الفلبينية"; so is an office of
 * the state (`nationalOffices`): "أعلنت الرئاسة المصرية". Not the adjective
 * of a noun before it ("السياسة الخارجية الأمريكية"، "الشؤون الداخلية السورية"), nor part of
 * a minister's title ("وزيرة الخارجية الأمريكية"، "كوزير للخارجية السودانية").
 */
function ministryByField(tokens: TokenStream, t: MentionTables, k: TokenIndex): Found | null {
  const w = tokens.text(k);
  const definite = withoutCliticsBeforeArticle(w);
  if (!t.ministryFields.has(definite) && !t.nationalOffices.has(definite)) return null;
  const next = tokens.next(k);
  if (!tokens.isWord(next)) return null;
  const adjective = tokens.text(next);
  if (!definiteFeminineDemonym(t, adjective)) return null;
  const before = tokens.previous(k);
  if (tokens.isWord(before)) {
    const p = tokens.text(before);
    if ((isDefinite(p) && !t.stops.has(p)) || isRoleWord(t, p) || headAt(t, p)) return null;
  }
  const skip = definite === w || w.startsWith(liArticle) ? 0 : w.length - definite.length;
  return { start: k, end: (next + 1) as TokenIndex, skip, type: 'organization', rank: RANK.organisation };
}
