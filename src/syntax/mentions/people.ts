/**
 * People by context: a name after a title or office (الرئيس جاك شيراك، اللاعب البرازيلي
 * رونالدو), a name in apposition to a role (وزير الخارجية عادل الجبير), a name that opens
 * with a known given name (محمد الطاهات، جورج بوش), a chain of بن/أبو/آل (حمد بن خليفة آل
 * ثاني، سهل بن حنيف), the subject of a reporting or narrating verb (وقال بلير، وأعرب داليما
 * عن), a name before its office (كريستوفر هيل مساعد وزيرة الخارجية), a foreign name after a
 * demonym (الصربي يانكو تيبساروفيتش). The names are read by person.ts.
 */
import type { TextDocument } from '../../numbers/document.js';
import { type TokenStream, writtenToken } from '../../numbers/tokens.js';
import { withoutMarks } from '../../text/fold.js';
import { article, cliticsButKaf, conjunctionAnd, conjunctionClitics, isDefinite, liArticle, prepositionClitics, startsWithLetterOf, withoutCliticsBeforeArticle, withoutConjunction } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { afterDoctor, quotedName } from '../noun-phrase.js';
import { speakerMentionsOf } from '../speakers.js';
import { personAfterRole, personAfterTitle, withoutSeeding } from './person/after-title.js';
import { arabNameEnd } from './person/arab-name.js';
import { loanNameEnd } from './person/loan-name.js';
import { aliBeforeNationalName, nameAfterNationality, personNameAt } from './person/name-at.js';
import { ACCUSATIVE_ENDING, ACTIVE_PLURAL, DERIVED_IN_YA, DUAL_ENDING, DUAL_OF_THREE, ELATIVE, FAAIL, GEMINATE, FAEEL, FUALAA, LOAN_NA, MAFAAIL, MAFAL, MAFIL, POSSESSIVE, PREPOSITION_ON_NOUN, PREPOSITION_PHRASE, PREPOSITIONS, PRONOUN, SOUND_PLURAL, TA_MARBUTA, VERB_PREFIX, VERBAL_NOUN } from './person/shapes.js';
import { continuesName, endsName, isNameStop, isNumberWord, nounEnding, officeBefore, speechOpensAfter } from './person/stops.js';
import { surnameAfterGiven } from './person/surnames.js';
import { mentionTables, RANK, writtenWithYa, type CliticMatch, type Found, type MentionTables } from './tables.js';

/** Letters glued before an oblique kunya: لأبي، وأبي، بأبي. */
const KUNYA_CLITICS = cliticsButKaf;
/** Pronouns on a preposition: منهم، معهم، لهن، عندي. */
const PRONOUN_ON_PREPOSITION = /(?:هم|هن|هما|ها|كم|كن|نا|ني)$/u;
/** Shortest single word read as a name by context alone: a two-letter word is too often a particle. */
const LONE_NAME_LETTERS = 3;
/** Most words looked back from an office for the name before it. */
const NAME_WORDS_BEFORE_OFFICE = 4;

/**
 * True when word token `k` is a family name with the article and the nisba ending (الظواهري،
 * الساعدي): not a demonym, an adjective after a title, a known place, a generic word, a noun of
 * office or trade (الدبلوماسي) or a descriptor (النادي).
 */
function isNisba(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const w = tokens.text(k);
  const bare = w.slice(2);
  return (
    w.startsWith(article) &&
    w.length > 5 &&
    writtenWithYa(tokens, k) &&
    !t.demonyms.has(w) &&
    !t.titleAdjectives.has(w) &&
    !t.genericBodyWords.has(w) &&
    !t.stops.has(w) &&
    !t.officeNouns.has(bare) &&
    !t.descriptorWords.has(bare) &&
    // Not a participle or noun of place of the derived forms: "قال مدير المستشفى" (ى folds to ي).
    !DERIVED_IN_YA.test(bare) &&
    t.known.matchAt(tokens, k) === null
  );
}

/**
 * True when word token `k`, not a given name, may open a name found by context alone: a word
 * that could continue a name (no article, no noun ending, no verb …), no unnamed source
 * (مصدر، مسؤول), no noun of office or trade, with a pronoun or not (مساعد، طبيب، "وقال محاميه لويس روزاليس"),
 * no sound or broken plural (مسلحين، مقاطع).
 */
export function opensNameByContext(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  const w = tokens.text(k);
  // Nor a plural فعائل: "لم تنقل رسائل تهديد".
  if (w.length < LONE_NAME_LETTERS || t.officeNouns.has(w.replace(POSSESSIVE, '')) || SOUND_PLURAL.test(w) || MAFAAIL.test(w) || FAAIL.test(w) || PREPOSITION_PHRASE.test(w) || ELATIVE.test(w) || GEMINATE.test(w)) return false;
  // Nor a noun مفعل in construct with an office or a definite noun: "وتولى منصب رئيس المكتب"، "شغل منصب
  // الوزير" (a surname so shaped stands alone: "وقال محرز إن"، "سجل محرز هدفا").
  if (MAFAL.test(w)) {
    const n = tokens.next(k);
    if (tokens.isWord(n) && (t.officeNouns.has(tokens.text(n)) || isDefinite(tokens.text(n)))) return false;
  }
  // Nor a noun مفعل of a hollow root, with its long ي, that no table lists as a name: "قد تكشف مصير خاشقجي"
  // (names so shaped are listed: منير، مشير، مريم).
  if (MAFIL.test(w)) return false;
  if (PRONOUN_ON_PREPOSITION.test(w) || lexicon.anonymous.matchAt(tokens, k) || DERIVED_PAST_FEMININE.test(w)) return false;
  // Nor the dual of a noun of three radicals, bare or behind a preposition: "ويخسر بهدفين" (a name in ين has a
  // long vowel or four radicals: ياسين، تحسين).
  if (DUAL_OF_THREE.test(w) || (PREPOSITIONS.includes(w[0]!) && DUAL_OF_THREE.test(w.slice(1)))) return false;
  // Nor a noun of three radicals behind ب or ك, which no subject takes: "فاز بهدف نظيف"، "وتابع بغضب"، "يكتفي
  // بدفع" (names so written are listed: بندر، بطرس).
  if (PREPOSITION_ON_NOUN.test(w)) return false;
  return continuesName(tokens, lexicon, t, k, true, false);
}

/**
 * A past verb of the derived forms انفعل، افتعل، استفعل with the feminine ت, as the predicate after كانت
 * stands: "وكانت انطلقت اليوم فعاليات"، "استقبلت"، "اجتمعت" — no name is so shaped.
 */
const DERIVED_PAST_FEMININE = /^(?:ان|ا[^اوي]ت)[^اوي]{2,3}ت$/u;

/** True when the name ending before token `end` is set apart from what follows: punctuation, a particle or preposition, an office, or the end. */
function closedAfter(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, end: TokenIndex): boolean {
  const n = tokens.next((end - 1) as TokenIndex);
  if (n < 0 || tokens.isPunct(n)) return true;
  if (!tokens.isWord(n)) return false;
  return isNameStop(tokens, t, n) || t.roles.has(tokens.text(n)) || officeBefore(tokens, t, n) || lexicon.verbs.has(tokens, n);
}

/** True when the token before `k` is a verb or a subordinator (أن، إن), whose subject `k` opens. */
function afterVerbOrParticle(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  return p >= 0 && tokens.isWord(p) && (t.subjectFirstParticles.has(tokens.text(p)) || lexicon.verbs.has(tokens, p) || lexicon.narrativeVerbs.has(tokens, p));
}

/** True when token `k` may start a clause whose subject follows: the start of a line, punctuation, a verb or a subordinator (أن، إن). */
function opensClauseBefore(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  if (p < 0 || tokens.isPunct(p)) return true;
  if (!tokens.isWord(p)) return false;
  return t.subjectFirstParticles.has(tokens.text(p)) || lexicon.verbs.has(tokens, p) || lexicon.narrativeVerbs.has(tokens, p);
}

/**
 * The subject after a reporting or narrating verb at `v`, when it is a name that nothing else
 * finds: "وأعرب داليما عن"، "ودعا أنان خلال"، "وقال رود لارسن إن"، "وقال رمضان إن" (a given
 * name that is also a common word, as the subject of a reporting verb). The name must be set
 * apart after it (a particle, a preposition, punctuation): "وانتقد نجاد مساعي" stays unread,
 * as its object could as well be the subject.
 */
function subjectAfterVerb(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, v: TokenIndex, reporting: boolean, copula = false): TokenRange | null {
  const k = tokens.nextWord(v);
  if (k < 0 || !verbOpensClause(tokens, t, v)) return null;
  const given = t.givenNames.matchAt(tokens, k);
  // على written so is the preposition, whatever it folds to: "وأكد على أن".
  if (isNameStop(tokens, t, k)) return null;
  if (given || t.ambiguousNames.has(tokens.text(k))) {
    // A given name that is also a common word is the speaker after قال when it stands alone: "وقال رمضان إن".
    if (!reporting || (given && (given.skip > 0 || given.end !== k + 1)) || !t.ambiguousNames.has(tokens.text(k))) return null;
    if (subjectClosed(tokens, t, (k + 1) as TokenIndex)) return { start: k, end: (k + 1) as TokenIndex };
    // Or with a surname no table lists that a particle, a role or punctuation closes: "وقال نبيل فرحات
    // إن"، "وقال نبيل فرحات المدير التنفيذي" — a common word after قال takes no unlisted word so set apart.
    // Not after a given name with the article or of two letters (وقد يظهر المهدي شاهدا، وقال لي رجل), nor
    // before a pronoun (not a loan name's نا: حسن توانا) or a preposition with a verbal noun: "وقال منير
    // حينها"، "واعترف علي باغتصاب".
    const surname = tokens.nextWord(k);
    const first = tokens.text(k);
    if (surname < 0 || tokens.next(k) !== surname || isDefinite(first) || first.length < LONE_NAME_LETTERS || t.givenNames.matchAt(tokens, surname)) return null;
    const w = tokens.text(surname);
    // One spelled as the stop it folds alike with needs punctuation after the surname: "ويقول علي أبودشيش،
    // الباحث" (not "تفيد بان منع تلك العوائل", بأن).
    const after = tokens.next(surname);
    const punctuated = after >= 0 && tokens.isPunct(after);
    const spoken = punctuated || (tokens.isWord(after) && lexicon.speechParticles.has(tokens.text(after)));
    // A family name with the article that reported speech or punctuation closes: "وقال عمر السومة إن"، "وقال سامي
    // الجابر، مدرب" (no nationality, title adjective or head: "وقال أمل السابق"، "وقال مالك الشركة").
    const stem = w.slice(article.length);
    if (w.startsWith(article) && spoken && !t.stops.has(w) && !t.demonyms.has(w) && !t.titleAdjectives.has(w) && !t.organisationHeads.has(stem) && !t.placeHeadWords.has(stem) && t.known.matchAt(tokens, surname) === null) return { start: k, end: (surname + 1) as TokenIndex };
    if (t.spelledStops.has(first) && !punctuated) return null;
    if ((PRONOUN.test(w) && !LOAN_NA.test(w)) || (PREPOSITIONS.includes(w[0]!) && VERBAL_NOUN.test(w.slice(1)))) return null;
    // One shaped as an adjective فعيل must be set apart by punctuation or a particle of speech: "وأضاف أمل
    // كبير في" is "a great hope", "وقالت سارة سميث، أستاذة" a name.
    if (FAEEL.test(w) && !spoken) return null;
    return surnameAfterGiven(tokens, lexicon, t, surname) ? { start: k, end: (surname + 1) as TokenIndex } : null;
  }
  // One word between a verb of saying and إن is who says, though shaped like a verb in the present:
  // "وقال تريشيه إن"، "وقال ستودهام إن" (a verb there would take أن: "وقال ينبغي أن").
  if (reporting && verbShapedSpeaker(tokens, lexicon, t, k)) return { start: k, end: (k + 1) as TokenIndex };
  if (!opensNameByContext(tokens, lexicon, t, k)) return null;
  const name = personNameAt(tokens, lexicon, k, true);
  // Nor one word shaped as the noun مفعل: "أو تتابع مقطع فيديو" (a family name so shaped is a given name too: مشعل),
  // nor people by their trade: "وقال باحثون في جامعة ليفربول".
  if (!name || (name.end === k + 1 && (headsNamedThing(tokens, lexicon, t, k) || MAFAL.test(tokens.text(k)) || peopleByTrade(t, tokens.text(k))))) return null;
  if (subjectClosed(tokens, t, name.end) || (name.end > k + 1 && closedAfter(tokens, lexicon, t, name.end))) return name;
  // After كان the verb of its predicate follows the subject: "وكان كالديرون أعلن". After a verb of
  // saying, whom it is said to: "وقال تريباثي للصحفيين".
  const n = tokens.nextWord((name.end - 1) as TokenIndex);
  if (n < 0 || tokens.next((name.end - 1) as TokenIndex) !== n) return null;
  if (copula && (lexicon.verbs.has(tokens, n) || lexicon.narrativeVerbs.has(tokens, n))) return name;
  // The dual of a counted noun after it is the verb's object: "سجل رونالدو هدفين".
  if (lexicon.units.dualAt(tokens, n)) return name;
  return reporting && tokens.text(n).startsWith(TO_THE) && !t.known.matchAt(tokens, n) ? name : null;
}

/**
 * True when the word `w` (folded) names people by their trade or number, no one by name: a broken plural
 * فعلاء ("قال علماء إنهم"، "وأكد خبراء أن"; a name of that shape has a long vowel or the article: علاء، أسماء),
 * the sound plural of the participle فاعل ("وقال باحثون في جامعة ليفربول"، "وأكد ناشطون أن"; a name in ون has
 * fewer letters before it: هارون، سعدون) or the dual of a title or role ("وقال فريقان من خبراء جامعتي يورك وأكسفورد").
 */
export function peopleByTrade(t: MentionTables, w: string): boolean {
  if (FUALAA.test(w) || ACTIVE_PLURAL.test(w)) return true;
  if (!w.endsWith(DUAL_ENDING)) return false;
  const one = w.slice(0, -DUAL_ENDING.length);
  return t.roles.has(one) || t.officeNouns.has(one) || t.nounTitles.has(article + one);
}

/** Fewest letters of a verb-shaped word read as the speaker before إن: تريشيه (تريد and يمكن are verbs). */
const VERB_SHAPED_SPEAKER_LETTERS = 5;

/**
 * True when word token `k`, shaped like a verb in the present or future (ت، ي، ست), is a foreign
 * name between a verb of saying and إن written with its hamza below: "وقال تريشيه إن"، "وقال ستودهام
 * إن". No table lists it as a verb, a stop or a known body or place, it carries no clitic, pronoun or
 * tanween, and it has the letters of a name.
 */
function verbShapedSpeaker(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  const w = tokens.text(k);
  if (w.length < VERB_SHAPED_SPEAKER_LETTERS || !VERB_PREFIX.test(w) || tokens.hasTanween(k) || isDefinite(w)) return false;
  if (!speechOpensAfter(tokens, lexicon, k)) return false;
  if (isNameStop(tokens, t, k) || lexicon.verbs.has(tokens, k) || lexicon.narrativeVerbs.has(tokens, k) || lexicon.predicates.has(tokens, k)) return false;
  if (t.known.matchAt(tokens, k) || t.titles.matchAt(tokens, k) || lexicon.anonymous.matchAt(tokens, k)) return false;
  // Nor a noun so shaped: a verbal noun تفعيل, a plural in ات ("وتقول تقديرات إن"), a word in ة (a loan
  // name may end in يه written so: تريشيه).
  return !PRONOUN_ON_PREPOSITION.test(w) && !SOUND_PLURAL.test(w) && !nounEnding(tokens, t, k, true) && !VERBAL_NOUN.test(w);
}

/** The endings of a verb in the plural: قالوا، أعلنوا، يقولون. */
const PLURAL_VERB_END = /(?:وا|ون)$/u;

/** ل with the article, glued: للصحفيين. */
const TO_THE = liArticle;

/**
 * True when the verb at `v` opens its clause, so that the noun after it is its subject: it
 * carries و/ف (وأعرب), follows punctuation or a clause opener (وقد أعرب، كما دعا), or starts the
 * line — not a verb after its own subject ("فريقه يبحث بشكل"). Plural forms (قالوا) take no
 * subject after them.
 */
function verbOpensClause(tokens: TokenStream, t: MentionTables, v: TokenIndex): boolean {
  const w = tokens.text(v);
  if (PLURAL_VERB_END.test(w)) return false;
  if (startsWithLetterOf(conjunctionClitics, w)) return true;
  const p = tokens.previous(v);
  return p < 0 || tokens.isPunct(p) || (tokens.isWord(p) && t.verbOpeners.has(tokens.text(p)));
}

/** True when a particle of reported speech follows the word ending before `end` ("قال شالوم إن"): after a reporting verb, that word is who speaks. */
function saidThat(tokens: TokenStream, lexicon: SyntaxLexicon, end: TokenIndex): boolean {
  const n = tokens.nextWord((end - 1) as TokenIndex);
  return n >= 0 && lexicon.speechParticles.has(tokens.text(n));
}

/** True when the subject ending before `end` is closed by punctuation, the end, or a particle or preposition a verb takes next (أن، عن، إلى). */
function subjectClosed(tokens: TokenStream, t: MentionTables, end: TokenIndex): boolean {
  const n = tokens.next((end - 1) as TokenIndex);
  return n < 0 || tokens.isPunct(n) || (tokens.isWord(n) && t.subjectClosers.has(tokens.text(n)));
}

/**
 * The name right before an office and its complement at `office`: "وقال كريستوفر هيل مساعد
 * وزيرة الخارجية"، "إن شوماخر متسابق فيراري"، "ان لي تشاو شينج وزير الخارجية". The name must
 * open its clause (after a verb, أن/إن, punctuation): "زيارة وزير الخارجية" names no one.
 */
function nameBeforeOffice(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, office: TokenIndex): TokenRange | null {
  let best: TokenRange | null = null;
  // The office may stand in apposition after a comma: "دعا صادق خان، عمدة لندن، إلى".
  const before = tokens.previous(office);
  const comma = before >= 0 && tokens.isPunct(before) && lexicon.commas.has(tokens.text(before)) ? before : NO_TOKEN;
  let s = comma >= 0 ? tokens.previousWord(comma) : tokens.previousWord(office);
  for (let n = 0; n < NAME_WORDS_BEFORE_OFFICE && s >= 0; n++, s = tokens.previousWord(s)) {
    // An office before its own complement is no name: "كريستوفر هيل، مساعد وزيرة الخارجية" (the assistant to).
    if (officeBefore(tokens, t, s)) continue;
    const given = t.givenNames.matchAt(tokens, s);
    if (!(given && given.skip === 0) && !opensNameByContext(tokens, lexicon, t, s)) continue;
    if (!opensClauseBefore(tokens, lexicon, t, s)) continue;
    // A word no table lists before a given name is the verb or noun before the name, which opens there: "دافع
    // جياني إنفانتينو رئيس الاتحاد" (a headline opening with its verb).
    const second = tokens.nextWord(s);
    // (Before an Arab given name it may be a name of its own: "مهاتير محمد".)
    if (!given && second >= 0 && tokens.next(s) === second && t.foreignGiven.has(tokens.text(second)) && !t.joiners.has(tokens.text(s))) continue;
    const name = personNameAt(tokens, lexicon, s, true);
    if (!name || (comma >= 0 ? tokens.next((name.end - 1) as TokenIndex) !== comma : tokens.nextWord((name.end - 1) as TokenIndex) !== office)) continue;
    // One word no table lists after punctuation is as often a noun in construct with the office: "، مهام مدير شركة" (the duties of).
    if (name.end === s + 1 && !given && !t.known.matchAt(tokens, s) && !afterVerbOrParticle(tokens, lexicon, t, s)) continue;
    best = name;
  }
  return best;
}

/** A kunya at `k` (أبو أيوب المصري، وأبو السكر، لأبي الحسن المسعودي): the mention without a clitic before it. */
function kunyaAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): (TokenRange & { skip: number }) | null {
  const w = tokens.text(k);
  const bare = withoutConjunction(w);
  const oblique = t.obliqueKunyas.has(w) ? w : w.length > 3 && KUNYA_CLITICS.includes(w[0]!) && t.obliqueKunyas.has(w.slice(1)) ? w.slice(1) : null;
  if (!t.kunyas.has(bare) && oblique === null) return null;
  const next = tokens.nextWord(k);
  if (next < 0 || isNameStop(tokens, t, next) || endsName(tokens, lexicon, t, next) || t.known.matchAt(tokens, k)) return null;
  // أبي/أبا also read "my father": a kunya only before a given name (أبي زكريا، أبي الحسن).
  if (oblique !== null && t.givenNames.matchAt(tokens, next)?.skip !== 0) return null;
  const name = personNameAt(tokens, lexicon, oblique === null ? k : next, true);
  if (!name || name.end <= next) return null;
  return { start: k, end: name.end, skip: w.length - (oblique ?? bare).length };
}

/**
 * The demonym with the article when word `w` is one behind a glued preposition (للصربي → الصربي،
 * بالبرازيلي → البرازيلي), or null: so governed it stands as a noun, the person of that nation.
 */
function governedDemonym(t: MentionTables, w: string): string | null {
  if (!prepositionClitics.includes(w[0]!)) return null;
  const bare = withoutCliticsBeforeArticle(w);
  return bare !== w && bare.startsWith(article) && t.demonyms.has(bare) ? bare : null;
}

/** True when word token `k` is a singular demonym with the article, which may stand before a name: البرازيلي، البلجيكية. */
function singularDemonym(t: MentionTables, word: string): boolean {
  const w = withoutConjunction(word);
  return t.demonyms.has(w) && w.startsWith(article) && (w.endsWith('ي') || w.endsWith('يه'));
}

/**
 * True when the demonym at `k` stands as a noun ("والروسي إيغور كونيتسين"، "على الصربي يانكو"),
 * not as the adjective of the noun before it ("الجيش الإسرائيلي أنذر"، "الخزينة الإسرائيلية بشكل").
 */
function demonymAsNoun(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  if (tokens.text(k).startsWith(conjunctionAnd)) return true;
  const p = tokens.previous(k);
  if (p < 0 || tokens.isPunct(p)) return true;
  if (!tokens.isWord(p)) return false;
  // A masculine demonym after an indefinite feminine noun cannot be its adjective: it is the noun
  // the feminine one is in construct with ("عرقلة الياباني شونسوكي ناكامورا" "the Japanese's fall").
  if (!isDefinite(tokens.text(p)) && writtenToken(tokens, p).endsWith(TA_MARBUTA) && tokens.text(k).endsWith('ي')) return true;
  // على written so is a preposition whatever it folds to (isNameStop): "تغلب على البرازيلي دودو سيلفا". A demonym
  // that is also a country's name is the country there: "أقرت السلطات في السعودية بنود أول لائحة".
  if (isNameStop(tokens, t, p)) return t.known.matchAt(tokens, k)?.entry.type !== 'place';
  return aliBeforeNationalName(tokens, lexicon, t, p) || lexicon.verbs.has(tokens, p) || lexicon.narrativeVerbs.has(tokens, p);
}

/** True when the word before token `k` is indefinite and bears no pronoun: "تأهل الإسباني" (not "الجيش الإسرائيلي"، "فريقه البلجيكي"). */
function afterIndefinite(tokens: TokenStream, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  if (p < 0 || !tokens.isWord(p)) return false;
  const w = tokens.text(p);
  return !isDefinite(w) && !/[هة]$/u.test(writtenToken(tokens, p)) && !PRONOUN_ON_PREPOSITION.test(w);
}

/** Fewest letters of a one-word name after a nationality: "الألماني رس" may be anything. */
const LONE_FOREIGN_LETTERS = 4;

/**
 * One word after a nationality standing as a noun, set apart after it by punctuation, a
 * particle or preposition, an office or a verb: "وفاز الروسي كافلنيكوف على التشيكي"،
 * "والبرتغالي تياغو في الدقيقة 55" — the player named by his surname, as sports news does.
 * Two words need no closing (nameAfterNationality); one word before a noun ("الروسي
 * كافلنيكوف هدفا") may be anything.
 */
function loneNameAfterNationality(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): TokenRange | null {
  const w = tokens.text(k);
  // (Nor the noun of a work before its title: "أدرجت "فوكس سينما" السعودية فيلم "الرسالة"".)
  if (w.length < LONE_FOREIGN_LETTERS || SHORT_PAST_VERB.test(w) || tokens.hasTanween(k) || t.known.matchAt(tokens, k) || t.givenNames.matchAt(tokens, k) || lexicon.narrativeVerbs.has(tokens, k) || t.workNouns.matchAt(tokens, k)) return null;
  const end = (k + 1) as TokenIndex;
  return closedAfter(tokens, lexicon, t, end) || nextIsNumber(tokens, end) ? { start: k, end } : null;
}

/** A past verb of the feminine in ت after a feminine nationality: "الحدود اللبنانية - السورية راقبت". */
const SHORT_PAST_VERB = /^.{3,4}ت$/u;

/** True when a number follows right after token `end - 1`: a seeding or a score ("الروسي سافين 6 - 4"). */
function nextIsNumber(tokens: TokenStream, end: TokenIndex): boolean {
  const n = tokens.next((end - 1) as TokenIndex);
  return n >= 0 && tokens.isNumeral(n);
}

/** Fewest letters of a stop word behind a glued conjunction after a lone given name: "صدام فإنني" (فلو is no ف + لو). */
const LONE_STOP_STEM = 3;

/** Fewest letters of a given name found alone: "لي"، "جو" are too often something else. */
const LONE_GIVEN_LETTERS = 4;

/** The mark after a speaker's label at a line's start: "كريم : هات". */
const SPEAKER_LABEL_MARK = ':';

/**
 * A given name standing alone, a person the text named before ("ورفض حمدان الإجراءات"، "تولى
 * معاوية"، "خطاب صدام"): when it is no common word (أمل، سعيد stay out), carries at most a
 * conjunction (لجان is no name), and is no noun with a pronoun (ناديه).
 */
function givenNameAlone(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, given: CliticMatch<string>): TokenRange | null {
  const w = tokens.text(k).slice(given.skip);
  // A speaker's label opens a line, the name before a colon, in a transcript or an interview: "عماد : الكل بنصح"، "عوض:
  // هي الضربة". There a given name that is also a common word (عماد "pillar", عوض "compensation"), a short one or one
  // whose ة is written ه (هبه) names the speaker.
  const label = given.skip === 0 && tokens.previous(k) === NO_TOKEN && tokens.isPunct(tokens.next(k), SPEAKER_LABEL_MARK);
  if (given.end !== k + 1 || isDefinite(w) || (!label && (w.length < LONE_GIVEN_LETTERS || t.ambiguousNames.has(w)))) return null;
  // Tanween makes an indefinite noun or adverb, never a name standing for a person: "انتخابات معدة سلفاً" (in advance).
  if (tokens.hasTanween(k)) return null;
  // A stop word a given name folds to, written as the stop: "في أيدي النصارى" (hands, not إيدي).
  if (given.skip === 0 && isNameStop(tokens, t, k)) return null;
  if (given.skip > 0 && !CONJUNCTIONS.includes(tokens.text(k)[0]!)) return null;
  if (!label && writtenToken(tokens, k).endsWith('ه') && given.entry.endsWith(TA_MARBUTA)) return null;
  if (t.roles.has(w) || t.officeNouns.has(w) || t.known.matchAt(tokens, k) || lexicon.verbs.has(tokens, k) || lexicon.narrativeVerbs.has(tokens, k)) return null;
  // An unknown word after it may be the surname the name reader did not take ("محمد شطا"): no name is surer than a wrong one.
  const n = tokens.next(k);
  if (n >= 0 && tokens.isWord(n)) {
    const next = tokens.text(n);
    const closes = isDefinite(next) || next.startsWith(conjunctionAnd) || t.stops.has(next) || t.stops.has(withoutConjunction(next, LONE_STOP_STEM)) || t.roles.has(next) || t.officeNouns.has(next) || isNumberWord(tokens, n);
    if (!closes && !lexicon.verbs.has(tokens, n) && !lexicon.narrativeVerbs.has(tokens, n) && !lexicon.predicates.has(tokens, n)) return null;
  }
  return { start: k, end: (k + 1) as TokenIndex, skip: given.skip } as TokenRange & { skip: number };
}

/** Conjunctions written glued to a word: ومحمد. */
const CONJUNCTIONS = conjunctionClitics;

/** Most adjectives between a title and the word read: "المدرب البرازيلي السابق". */
const TITLE_ADJECTIVES = 3;

/**
 * True when `r` is one word, no given name, right before a person the tables know: a noun in
 * construct with that person, not a name of its own ("ويتابع حساب ترامب على تويتر"، "أعلن محام ترمب").
 */
function beforeKnownPerson(tokens: TokenStream, t: MentionTables, r: TokenRange): boolean {
  if (r.end !== r.start + 1 || t.givenNames.matchAt(tokens, r.start)) return false;
  const n = tokens.next(r.start);
  if (n < 0 || !tokens.isWord(n)) return false;
  const known = t.known.matchAt(tokens, n);
  return known !== null && known.skip === 0 && known.entry.type === 'person';
}

/** True when word token `k` follows a title that is also a common noun (الفريق، اللاعب), past its adjectives and demonyms. */
function afterNounTitle(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  let j = tokens.previousWord(k);
  for (let n = 0; n < TITLE_ADJECTIVES && j >= 0 && (t.titleAdjectives.has(tokens.text(j)) || t.demonyms.has(tokens.text(j))); n++) j = tokens.previousWord(j);
  return j >= 0 && t.nounTitles.has(withoutCliticsBeforeArticle(tokens.text(j)));
}

/** Every person the rules of this file find in a document, as candidates for `mentionsOf`. */
export function findPeople(document: TextDocument, lexicon: SyntaxLexicon, out: Found[]): void {
  const { tokens } = document;
  const t = mentionTables(lexicon);
  // Where a namesake was read (مطار حيدر علييف): no reading inside it names a person either.
  // Marked token by token (a name is a few tokens long), so that the test stays constant work.
  let namesakes: Uint8Array | null = null;
  const inNamesake = (r: TokenRange): boolean => {
    if (namesakes === null) return false;
    for (let k = r.start; k < r.end; k++) if (namesakes[k] === 1) return true;
    return false;
  };
  const add = (r: (TokenRange & { skip?: number }) | null): void => {
    // (Nor does a name open with the head of a thing named after someone: "مدير برنامج حساب المواطن".)
    if (!r || r.end <= r.start || pronounApart(tokens, t, r) || beforeKnownPerson(tokens, t, r) || t.namesakeHeads.matchAt(tokens, r.start)?.clitic === 0) return;
    if (namesakeBefore(tokens, lexicon, t, r.start)) {
      namesakes ??= new Uint8Array(tokens.length);
      namesakes.fill(1, r.start, r.end);
      return;
    }
    if (inNamesake(r)) return;
    out.push({ start: r.start, end: r.end, skip: r.skip ?? 0, type: 'person', rank: RANK.person });
  };
  // A given name behind a clitic, unless the word is written as a stop word: "لصالح دونالد ترامب" is "in favour of".
  const givenAt = (j: TokenIndex): CliticMatch<string> | null => {
    const given = t.givenNames.matchAt(tokens, j);
    return given && given.skip > 0 && t.writtenStops.has(withoutMarks(writtenToken(tokens, j))) ? null : given;
  };
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const w = tokens.text(k);
    const title = t.titles.matchAt(tokens, k);
    if (title) {
      add(personAfterTitle(tokens, lexicon, title.end));
      continue;
    }
    const doctor = afterDoctor(tokens, k);
    if (doctor >= 0) {
      add(personNameAt(tokens, lexicon, doctor, true));
      continue;
    }
    if (officeBefore(tokens, t, k)) add(nameBeforeOffice(tokens, lexicon, t, k));
    if (t.roles.has(w)) {
      add(personAfterRole(tokens, lexicon, k));
      continue;
    }
    // A demonym before a name: "البرازيلي دودو سيلفا"، "الصربي يانكو تيبساروفيتش" (a foreign name of two
    // words at least: "والأرجنتيني ميسي" may be anything).
    // Behind a glued preposition a demonym is a noun, never an adjective: "هدف للصربي بوسكو يانكوفيتش".
    // (Not a country named as its demonym is: "دعاية للسعودية انتهكت قواعد".)
    const governed = governedDemonym(t, w);
    if (governed !== null && t.known.matchAt(tokens, k) === null) {
      const next = tokens.next(k) === tokens.nextWord(k) ? tokens.nextWord(k) : ((-1) as TokenIndex);
      if (next >= 0 && singularDemonym(t, governed) && t.givenNames.matchAt(tokens, next) === null && opensNameByContext(tokens, lexicon, t, next)) add(withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, next)));
    }
    if (t.demonyms.has(w) || t.demonyms.has(withoutConjunction(w))) {
      // A given name that is also a demonym opens a name before the word of its chain: "رئيس الهيئة تركي آل
      // الشيخ"، "تركي بن عبدالله" (the adjective "Turkish" takes no آل or بن after it).
      const chain = tokens.nextWord(k);
      if (t.givenNames.matchAt(tokens, k) !== null && chain >= 0 && tokens.next(k) === chain && t.joiners.has(tokens.text(chain))) {
        add(personNameAt(tokens, lexicon, k, false));
        continue;
      }
      // Punctuation between ends the phrase: "… النووي الإيراني. قرار منتظر" names no one.
      const next = tokens.next(k) === tokens.nextWord(k) ? tokens.nextWord(k) : ((-1) as TokenIndex);
      if (next >= 0 && t.givenNames.matchAt(tokens, next)?.skip === 0) {
        // One word after an indefinite demonym is another adjective of the noun before it, and so is a
        // given name that is also a common word: "بحار صيني مسلم"، "المراقب الصيني ضحى بحياته" (two
        // words are a name: "من أصل جزائري طاهر رحيمي"، "نواب أميركيون مارك زوكربرغ").
        const name = withoutSeeding(tokens, personNameAt(tokens, lexicon, next, true));
        const alone = name !== null && name.end === next + 1;
        // Nor is one after a demonym in the plural, which names a people: "بأن الفرنسيين أميل إلى" (more inclined).
        if (!(alone && (!isDefinite(withoutConjunction(w)) || t.ambiguousNames.has(tokens.text(next)) || !singularDemonym(t, w)))) add(name);
      }
      else if (next >= 0 && singularDemonym(t, w) && opensNameByContext(tokens, lexicon, t, next)) {
        if (demonymAsNoun(tokens, lexicon, t, k)) add(withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, next)) ?? loneNameAfterNationality(tokens, lexicon, t, next));
        // After an indefinite word the demonym is no adjective of it, and a name of two words follows it: "كما تأهل الإسباني طومي روبريدو".
        else if (afterIndefinite(tokens, k)) add(withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, next)));
      }
      continue;
    }
    // A kunya: "أبو أيوب المصري"، "وأبو السكر"، "لأبي الحسن المسعودي".
    const kunya = kunyaAt(tokens, lexicon, t, k);
    if (kunya) {
      add(kunya);
      continue;
    }
    if (t.kunyas.has(withoutConjunction(w))) continue;
    // The subject after a verb: "وأعرب داليما عن"، "وقال رمضان إن".
    const reporting = lexicon.verbs.has(tokens, k);
    if (reporting || lexicon.narrativeVerbs.has(tokens, k)) add(subjectAfterVerb(tokens, lexicon, t, k, reporting, t.copulaVerbs.has(withoutConjunction(w))));
    // A name on its own opens with a given name (with a clitic: ومحمد، لمحمد).
    const given = givenAt(k);
    if (given) {
      const prev = tokens.previousWord(k);
      // Right after another name word it is part of that name, read from there.
      if (prev >= 0 && givenAt(prev)) continue;
      // Right after a demonym it was read with it: "التشيلي فرناندو غونزاليز العاشر" (a seeding, not a regnal number).
      if (prev >= 0 && given.skip === 0 && tokens.nextWord(prev) === k && (t.demonyms.has(tokens.text(prev)) || t.demonyms.has(withoutConjunction(tokens.text(prev))))) continue;
      // Alone right after a number it is what is counted: "دفع 300 دينارا"، "16 ناديا" (Dinara, Nadia).
      add(personNameAt(tokens, lexicon, k, false) ?? (tokens.isNumeral(tokens.previous(k)) ? null : givenNameAlone(tokens, lexicon, t, k, given)));
      continue;
    }
    // An Arab chain with a first word no table lists: "سهل بن حنيف"، "بسر بن أرطأة" — not a noun
    // before a person known by his بن name: "لمنع هروب بن لادن"، "وجوه مؤيدي بن لادن".
    const next = tokens.nextWord(k);
    if (next >= 0 && t.links.sonOf.has(tokens.text(next)) && opensNameByContext(tokens, lexicon, t, k) && t.known.matchAt(tokens, next)?.entry.type !== 'person') {
      const name = personNameAt(tokens, lexicon, k, true);
      if (name && name.end > next + 1) add(name);
    }
  }
  // Speakers named by a reporting verb: "وقال بلير إن …", "وقال فانك".
  for (const m of speakerMentionsOf(document, lexicon)) {
    const e = m.entity;
    if (!e || m.kind !== 'verb') continue;
    // A quoted name or a body the speaker rules read as one is no person: "أعلنت الشرطة وقوع «حادث كبير»".
    if (e.named && e.kind !== 'person') continue;
    // A verb in the plural has its subject in it: "حتى أعلنوا قيام اتحادهم" names no one after it.
    if (PLURAL_VERB_END.test(tokens.text(m.at))) continue;
    const first = tokens.text(e.start);
    const firstGiven = t.givenNames.matchAt(tokens, e.start);
    // A noun with a nationality after it describes an unnamed source: "قال جنرال روسي"، "وقال ضابط أمريكي"
    // (after a given name the nationality may be a surname: see surnameLikeDemonym).
    if (!firstGiven && e.end === e.start + 1 && indefiniteDemonymAfter(tokens, t, e.start)) continue;
    // A description names a person when it opens with a given name, or is a family name with the
    // nisba ending alone after the verb: "وقال الظواهري" (not "وقال النادي"، "وكشف الدبلوماسي").
    if (!e.named && !firstGiven && !t.joiners.has(first)) {
      const next = tokens.nextWord(e.start);
      if (isNisba(tokens, t, e.start) && (next < 0 || !isDefinite(tokens.text(next))) && verbOpensClause(tokens, t, m.at)) add({ start: e.start, end: (e.start + 1) as TokenIndex });
      continue;
    }
    // A word no table lists must be able to open a name: "أكد حاجة صدام" names no حاجة; nor is
    // one word after an office or a source a name: "مسؤول كبير"، "ناطق عسكري".
    if (!firstGiven && !t.joiners.has(first) && !opensNameByContext(tokens, lexicon, t, e.start)) {
      if (loneSpeakerAt(tokens, lexicon, t, m.at, e.start)) add({ start: e.start, end: (e.start + 1) as TokenIndex });
      continue;
    }
    // A given name that is also a noun of office before its complement is the office: "أكد مساعد المدرب".
    if (officeBefore(tokens, t, e.start)) continue;
    const before = tokens.previousWord(e.start);
    if (!firstGiven && e.end === e.start + 1 && before >= 0 && (t.roles.has(tokens.text(before)) || t.officeNouns.has(tokens.text(before)) || lexicon.anonymous.matchAt(tokens, before))) continue;
    // After an unnamed source and its nationalities, a nationality that is also a given name and a word of rank
    // describe the source: "قال مسؤول تركي كبير"، "قال مسؤول سوري كبير" (تركي is also Turki).
    let source = before;
    while (source >= 0 && t.demonyms.has(tokens.text(source))) source = tokens.previousWord(source);
    if (source >= 0 && lexicon.anonymous.matchAt(tokens, source) && (source === before ? t.demonyms.has(first) : !firstGiven)) continue;
    // After a title that is also a common noun (الفريق "the team"), a name opens with a given name.
    if (!firstGiven && afterNounTitle(tokens, t, e.start)) continue;
    // One unlisted word after a verb is its subject only when the verb opens its clause: "كشف طبي" is an examination.
    if (!firstGiven && e.end === e.start + 1 && !verbOpensClause(tokens, t, m.at) && !(lexicon.verbs.has(tokens, m.at) && saidThat(tokens, lexicon, e.end))) continue;
    // A name that opens with a given name is read as one (an ambiguous one needs a sure second word: "وأضاف أمل كبير").
    const name = personNameAt(tokens, lexicon, e.start, !t.ambiguousNames.has(first));
    // Nor a broken plural مفاعل، مفاعيل: "أفادت مزاعم بأن"، "يكشف مخاوف إقالته".
    if (!firstGiven && name?.end === e.start + 1 && (headsNamedThing(tokens, lexicon, t, e.start) || MAFAL.test(first) || MAFAAIL.test(first) || peopleByTrade(t, first))) continue;
    if (name && (e.named || name.end > e.start + 1 || firstGiven)) add(name);
  }
}

/** True when an indefinite nationality adjective follows word token `k` right after it: "جنرال روسي"، "مسؤولة أمريكية". */
function indefiniteDemonymAfter(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const next = tokens.nextWord(k);
  if (next < 0 || tokens.next(k) !== next) return false;
  const w = tokens.text(next);
  return !isDefinite(w) && t.demonyms.has(w);
}

/** Most quotation marks between a noun of a work and its title: segmented corpora double them (بلقب " " أبو الإلكترون). */
const QUOTE_MARKS_BEFORE_TITLE = 2;

/**
 * True when the name starting at token `start` stands right after a head whose complement names a
 * thing after a person, a title between or not: the airport, university or prize is named, not
 * the person ("بمطار محمد الخامس"، "جامعة الملك فهد"، "جوائز أوسكار"), as after Saint ("معاهدة سان
 * ستيفانو"، "سان دييغو"); or in
 * quotation marks after a noun of a work, as its title ("رواية « قشتمر »"، "مسلسل " نصر الله "").
 * Without the marks a name after a work is its author's: "رواية نجيب محفوظ" keeps its person.
 * `headLetters`: fewest letters of the head, for a name read again, where a short head is as often a
 * verbal noun ("لتبرير سجن ستادلر", the jailing of).
 */
export function namesakeBefore(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, start: TokenIndex, headLetters = 0): boolean {
  let p = tokens.previous(start);
  // A title between: "جامعة الملك فهد"، "كأس الشيخ جاسم".
  const title = p >= 0 ? t.titles.matchAt(tokens, p) : null;
  if (title && tokens.next((title.end - 1) as TokenIndex) === start) p = tokens.previous(p);
  let quoted = false;
  // The quotation mark right before the name, which opens the title.
  const mark = p;
  for (let n = 0; n < QUOTE_MARKS_BEFORE_TITLE && p >= 0 && lexicon.isQuoteMark(tokens, p); n++) {
    quoted = true;
    p = tokens.previous(p);
  }
  if (p < 0 || !tokens.isWord(p)) return false;
  if (t.saintWords.has(tokens.text(p)) && !quoted) return true;
  const head = t.namesakeHeads.matchEndingAt(tokens, p);
  if (head !== null && head.entry.length >= headLetters) return true;
  // A title is short, closed within a few words ("رواية " أولاد حارتنا ""); a quoted sentence names the man:
  // "تقرير بعنوان " بن لادن مصمم على مهاجمة الداخل "".
  return quoted && quotedName(tokens, lexicon, mark) !== null && t.workNouns.matchEndingAt(tokens, p) !== null;
}

/**
 * True when a pronoun written apart follows a word of the name `r` or the name itself ("قول ه"،
 * "ابو ه"، "مساعد ه"): that word is a noun with its pronoun, and the words no name.
 */
function pronounApart(tokens: TokenStream, t: MentionTables, r: TokenRange): boolean {
  for (let p = r.start, k = tokens.next(r.start); k >= 0; p = k, k = tokens.next(k)) {
    // "عبد ه"، "جوليا نا" are the names عبده، جوليانا split as if they ended in a pronoun.
    if (tokens.isWord(k) && t.pronounsApart.has(tokens.text(k)) && t.givenNames.entriesOf(tokens.text(p) + tokens.text(k)).length === 0) return true;
    if (k >= r.end) return false;
  }
  return false;
}

/** Fewest letters of a lone speaker no table lists: "وقال شو إن" may be anything. */
const LONE_SPEAKER_LETTERS = 4;

/**
 * True when the one word at `k`, right after the reporting verb at `v` that opens its clause, is
 * the speaker's name though it reads like a verb or a plural (a loan name: تريباثي، تريشيه، or a
 * surname in ات: فرحات): a particle of reported speech or a colon follows it at once ("وقال
 * تريباثي إن"، "وأكد فرحات أن"، "وقال كينيدي :"), and it is no source (مسؤول), office, demonym,
 * sound plural (دبلوماسيون), known name, or word with the article, tanween, ه or a pronoun.
 */
function loneSpeakerAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, v: TokenIndex, k: TokenIndex): boolean {
  if (!lexicon.verbs.has(tokens, v) || tokens.nextWord(v) !== k || !verbOpensClause(tokens, t, v)) return false;
  const w = tokens.text(k);
  if (w.length < LONE_SPEAKER_LETTERS || isDefinite(w) || tokens.hasTanween(k) || writtenToken(tokens, k).endsWith('ه') || PRONOUN_ON_PREPOSITION.test(w)) return false;
  // (Nor a plural: "أفادت مزاعم بأن" — claims said.)
  if (isNameStop(tokens, t, k) || lexicon.anonymous.matchAt(tokens, k) || SOUND_PLURAL.test(w) || MAFAAIL.test(w) || peopleByTrade(t, w) || t.officeNouns.has(w) || t.roles.has(w) || t.demonyms.has(w)) return false;
  if (t.known.matchAt(tokens, k) || t.titles.matchAt(tokens, k) || lexicon.verbs.has(tokens, k) || lexicon.narrativeVerbs.has(tokens, k) || isNumberWord(tokens, k)) return false;
  const n = tokens.next(k);
  // A word shaped like a verb in the present is one before the bare أن ("وقال ينبغي أن نعمل"), a
  // name only before إن or a colon (see {@link verbShapedSpeaker}).
  // So after a medium told: "وقال تريباثي للصحفيين إن".
  if (VERB_PREFIX.test(w) && !tokens.isPunct(n, ':')) return speechOpensAfter(tokens, lexicon, k) || (tokens.isWord(n) && lexicon.isAddressee(tokens.text(n)) && speechOpensAfter(tokens, lexicon, n));
  // Or told a medium, a word in ا being the manner of speaking: "وقال بوريطة للصحفيين" (not "وأضاف متحدثا للصحفيين").
  return tokens.isPunct(n, ':') || (tokens.isWord(n) && (lexicon.speechParticles.has(tokens.text(n)) || (lexicon.isAddressee(tokens.text(n)) && !w.endsWith(ACCUSATIVE_ENDING))));
}

/**
 * True when the one word at `k`, which no table lists, heads a name right after it — a known body
 * or place, or a short quoted name: "وقال موقع تويتر إنه"، "كشف موقع «بيزنس إنسايدر» أن"، "فاز فيلم
 * «إنسيريايتد»". The word is a common noun in construct with that name (a site, a film), not a person.
 */
function headsNamedThing(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  const n = tokens.next(k);
  if (n < 0) return false;
  if (tokens.isWord(n)) {
    const m = t.known.matchAt(tokens, n);
    return m !== null && m.skip === 0 && m.entry.type !== 'person';
  }
  return quotedName(tokens, lexicon, n) !== null;
}

/**
 * People named in a list after a person: "بوش وشارون وبلير"، "لمياء طارق وعبير أحمد". A word
 * behind و right after a person's name is a name too when it can be one; `mentions` are the
 * document's mentions so far, in reading order. The و may stand apart ("يحيى شاهين و نور
 * الشريف", as typed text and segmented corpora write it), and a list of full names may run on
 * across commas ("مدحت صالح ، ومحمد منير ، وعلي الحجار"): there the name after و must open with
 * a given name.
 */
export function coordinatedPeople(tokens: TokenStream, lexicon: SyntaxLexicon, mentions: readonly Found[], out: Found[]): void {
  const t = mentionTables(lexicon);
  let end = -1;
  for (const m of mentions) {
    if (m.type !== 'person' || m.end <= end) continue;
    let at = m.end;
    // A surname alone is listed with surnames alone ("بوش وشارون وبلير"); after a full name only a given name follows.
    const surnames = tokens.wordsBetween(m.start, m.end) === 1;
    // A list may run on: "بوش وشارون وبلير وأولمرت".
    for (;;) {
      let k = tokens.next((at - 1) as TokenIndex);
      // A comma between full names: "مدحت صالح ، ومحمد منير".
      const comma = k >= 0 && tokens.isPunct(k, LIST_COMMAS);
      if (comma) k = tokens.next(k);
      if (k < 0 || !tokens.isWord(k)) break;
      let found: TokenIndex | null = null;
      let skip = 1;
      if (tokens.text(k) === WAW_ALONE) {
        const n = tokens.next(k);
        if (n >= 0 && tokens.isWord(n)) {
          found = personAfterAnd(tokens, lexicon, t, n, surnames && !comma, false);
          k = n;
          skip = 0;
        }
      } else found = personAfterAnd(tokens, lexicon, t, k, surnames && !comma, true);
      if (!found) break;
      out.push({ start: k, end: found, skip, type: 'person', rank: RANK.person - 1 });
      at = found;
    }
    end = at;
  }
}

/** The conjunction و written as a word of its own. */
const WAW_ALONE = conjunctionAnd;

/** Commas that may separate the names of a list. */
const LIST_COMMAS = '،,';

/**
 * The end of a name behind و at word token `k`, or null: with the و `attached` ("وشارون"،
 * "وعبير أحمد"), or after a و standing apart, when `k` is the name's own first word ("و عبير أحمد").
 */
function personAfterAnd(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, surnames: boolean, attached: boolean): TokenIndex | null {
  const w = tokens.text(k);
  const clitic = attached ? 1 : 0;
  if ((attached && !w.startsWith(conjunctionAnd)) || w.length <= LONE_NAME_LETTERS - 1 + clitic) return null;
  // وزير، وليد: the word itself, not و + a word.
  if (t.roles.has(w) || t.officeNouns.has(w) || t.stops.has(w) || t.titles.matchAt(tokens, k)) return null;
  const rest = w.slice(clitic);
  const given = t.givenNames.matchAt(tokens, k);
  if (given && given.skip === clitic) {
    // "والأمين العام": a given name before an adjective of office is the office.
    const after = tokens.nextWord((given.end - 1) as TokenIndex);
    if (after >= 0 && t.titleAdjectives.has(tokens.text(after))) return null;
    // "وفرج شلبي"، "وكيت بيكنسيل": the whole name after the first, read as its kind of name.
    if (given.end === k + 1 && t.foreignGiven.has(rest)) return loanNameEnd(tokens, lexicon, t, (k + 1) as TokenIndex, 1, true);
    const end = arabNameEnd(tokens, lexicon, t, k, given);
    // An Arab given name with a loan surname an Arab chain does not read, closed after it: "هاري كين، وجيسي
    // لينغارد، ورحيم ستيرلينغ."
    const surname = tokens.nextWord(k);
    if (end <= k + 1 && surname >= 0 && tokens.next(k) === surname && !t.givenNames.matchAt(tokens, surname) && surnameAfterGiven(tokens, lexicon, t, surname)) return (surname + 1) as TokenIndex;
    if (end > k + 1) return end as TokenIndex;
    // One that is also a common word names no one alone before reported speech or a body it is in construct with:
    // "عن القس برانسون، وآمل أن يدركوا" ("and I hope"), "رونالدو ونجم برشلونة ليونيل ميسي" ("and the star of").
    const n = tokens.nextWord(k);
    return t.ambiguousNames.has(rest) && n >= 0 && (lexicon.speechParticles.has(tokens.text(n)) || t.known.matchAt(tokens, n)?.entry.type === 'organization') ? null : ((k + 1) as TokenIndex);
  }
  // Nor a participle or plural مفاعل after a name: "ما بين مؤيد ومعارض".
  if (given || !surnames || isDefinite(rest) || t.stops.has(rest) || t.officeNouns.has(rest) || t.roles.has(rest) || t.demonyms.has(rest) || SOUND_PLURAL.test(rest) || MAFAAIL.test(rest)) return null;
  if (t.known.matchAt(tokens, k) || lexicon.verbs.has(tokens, k) || lexicon.narrativeVerbs.has(tokens, k) || lexicon.predicates.has(tokens, k) || t.titles.matchAt(tokens, k)) return null;
  if (t.organisationHeads.has(rest) || t.placeHeads.has(tokens, k) || t.descriptors.matchAt(tokens, k) || lexicon.anonymous.matchAt(tokens, k)) return null;
  if (!nameShaped(rest) || ELATIVE.test(rest) || tokens.hasTanween(k)) return null;
  // A surname in a list is followed by the next one, or ends the list: "بوش وشارون وبلير"، "… وشارون في".
  const next = tokens.next(k);
  if (next < 0 || tokens.isPunct(next)) return (k + 1) as TokenIndex;
  if (!tokens.isWord(next)) return null;
  const after = tokens.text(next);
  return t.stops.has(after) || after.startsWith(conjunctionAnd) ? ((k + 1) as TokenIndex) : null;
}

/** Endings and shapes a name word never has: a noun in ة/اء/ات, a pronoun suffix, a verb's prefix, an accusative in ا. */
function nameShaped(w: string): boolean {
  return w.length >= LONE_NAME_LETTERS && !/(?:ه|اء|ات|ا|ها|هم|كم|نا)$/u.test(w) && !/^س?[يت][^اوي]/u.test(w) && !VERBAL_NOUN.test(w);
}
