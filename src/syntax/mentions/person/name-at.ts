/**
 * The person's name at a word (`personNameAt`): it chooses between the Arab and the foreign
 * reading, checks the first word, and asks a name that stands on its own for a second word that is
 * surely a name.
 */
import { type TokenStream, writtenToken } from '../../../numbers/tokens.js';
import { article, isDefinite, withoutConjunction } from '../../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../../text/coordinates.js';
import { withoutMarks } from '../../../text/fold.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import { mentionTables, type MentionTables } from '../tables.js';
import { arabNameEnd } from './arab-name.js';
import { loanNameAt, loanNameEnd, readsAsLoanName } from './loan-name.js';
import { ACCUSATIVE_ENDING, DERIVED_PAST, FUTURE_VERB, GEMINATE, LAM_BEFORE_VERB, PAST_VERB, PREPOSITION_BEFORE_HAMZA, PREPOSITION_PHRASE, PREPOSITIONS, PRESENT_PREFIX, SHORT_VERB_LETTERS, SOUND_PLURAL, TA_MARBUTA, TRILITERAL_PAST, VERB_PREFIX, VERBAL_NOUN } from './shapes.js';
import { aliBeforeDefinite, clauseEndsAfter, closedAfterWord, closesLoneName, closesReportedSubject, continuesName, countedAfter, hamzaOpensLoanWord, initialPointAt, isNameStop, isOrdinal, lamBeforeNoun, numberAfter } from './stops.js';
import { surnameAfterGiven, wawSurname } from './surnames.js';

/** ت or ي and a plain alef opening a word: تايلور، يانيس (a verb in the present writes a hamza there: تأخذ، يأتي). */
const LOAN_ALEF_OPENING = /^[تي]ا/u;

/** Fewest letters of a name of one word no table lists, read after a title: عم، أب are nouns of kinship. */
const LONE_UNLISTED_LETTERS = 3;

/** How a name is read: after a title or role (`trusted`), or on its own, where it must open with a given name. */
export interface NameReading extends TokenRange {
  /** The first word is a given name of the tables. */
  readonly given: boolean;
  /** Shadow characters of a clitic on the first word that stay out of the name (the و of ومحمد). */
  readonly skip: number;
}

/**
 * The person's name starting at word token `k`: up to four name words, with the joiners
 * between them (أبو، بن، آل، عبد), ending at the first word that cannot belong to a name or
 * right after a family name with the article (بشار الأسد، نوري المالكي، عبدالله الثاني).
 * A name on its own (`trusted` false) must open with a given name of the tables, and one
 * that is also a common word (أمل، سعيد) must be followed by another name word. A name that
 * opens with a foreign given name, or with an unlisted word after a title (`trusted`), is read
 * as a foreign one: loan words and particles (خافيير سولانا، دومينيك دو فيلبان).
 *
 * @example personNameAt(tokens, lexicon, k, true) on "عادل الجبير في الرياض" → "عادل الجبير"
 */
export function personNameAt(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex, trusted: boolean): NameReading | null {
  const t = mentionTables(lexicon);
  if (!tokens.isWord(k)) return null;
  const givenMatch = t.givenNames.matchAt(tokens, k);
  const given = givenMatch !== null;
  if (!trusted && !given) return null;
  // A number word, behind a preposition too, counts what follows: "وفاز بثلاث جوائز أوسكار" (أوسكار is no surname there).
  if (!given && countedAfter(tokens, k)) return null;
  // A verb in the present or future opens no name: "سنواصل دعم"، "يحتاج".
  const opening = tokens.text(k);
  // (Not a loan name with a plain alef after its ت or ي, which no verb in the present has, a hamza seat aside:
  // "المغنية تايلور سويفت"; تأخذ keeps its hamza.)
  const loanAlef = LOAN_ALEF_OPENING.test(withoutMarks(writtenToken(tokens, k)));
  if (!given && opening.length > 3 && !loanAlef && (PRESENT_PREFIX.test(opening) || FUTURE_VERB.test(opening))) return null;
  // A single letter is an initial or an abbreviation (د.), not a name; a stop word spelled as one
  // is not the given name it folds to: "الرئيس الآن يواجه" (الآن "now", not آلان).
  if (opening.length < 2 || (givenMatch?.skip === 0 && isNameStop(tokens, t, k))) return null;
  const skip = givenMatch?.skip ?? 0;
  // An unlisted first word must be shaped like a name: not "الوزير إيضاحات"، "رئيس الدولة بحفظ"، "رئيس الجمهورية دعم".
  if (!given && !isDefinite(opening) && !t.joiners.has(withoutConjunction(opening)) && !opensAfterTitle(tokens, lexicon, t, k)) return null;
  // على written علي before a definite word or a noun: "علي التوالي"، "علي صدر صفحاتها".
  if (givenMatch && skip === 0 && (aliBeforeDefinite(tokens, t, k) || aliBeforeNationalName(tokens, lexicon, t, k))) return null;
  const loan = readsAsLoanName(tokens, lexicon, t, k, givenMatch, trusted);
  let end = loan ? loanNameAt(tokens, lexicon, t, k, givenMatch) : arabNameEnd(tokens, lexicon, t, k, givenMatch);
  if (end < 0) return null;
  // After a title, role or verb, an Arab given name takes a surname of any shape that closes the
  // name, as a foreign one does: "القس سعد سيروب بعد"، "التركي نظمي أفلوكا في".
  if (trusted && givenMatch && !loan && end === givenMatch.end && tokens.next((end - 1) as TokenIndex) === tokens.nextWord((end - 1) as TokenIndex)) {
    const after = tokens.nextWord((end - 1) as TokenIndex);
    if (after >= 0 && !t.givenNames.matchAt(tokens, after) && (surnameAfterGiven(tokens, lexicon, t, after) || (wawSurname(tokens, lexicon, t, after) && closedAfterWord(tokens, lexicon, t, after)))) {
      // One shaped like a verb in the future or present must end the clause: "محمد سيصل غدا" is no name.
      const verbShaped = VERB_PREFIX.test(tokens.text(after)) && tokens.text(after).length > 3;
      // So is one that closes a reporting verb's subject: "وقال نيمار سيلفا إن"، "وقال رحيم ستيرلنغ إن".
      if (!verbShaped || clauseEndsAfter(tokens, after) || closesReportedSubject(tokens, lexicon, t, k, after)) end = after + 1;
    }
  }
  // A title that is also a family name, right after a given name and closed after it: "وقال محمد السيد إن".
  if (givenMatch && !loan && end === givenMatch.end && tokens.next((end - 1) as TokenIndex) === tokens.nextWord((end - 1) as TokenIndex)) {
    const after = tokens.nextWord((end - 1) as TokenIndex);
    if (after >= 0 && t.titlesAsFamilyNames.has(tokens.text(after))) {
      // Or it opens a family name of two words, a given name closed after it: "اتهم حسين الحاج حسن، وزير الصناعة".
      const family = tokens.nextWord(after);
      if (closedAfterWord(tokens, lexicon, t, after)) end = after + 1;
      else if (family >= 0 && tokens.next(after) === family && t.givenNames.matchAt(tokens, family)?.skip === 0 && closedAfterWord(tokens, lexicon, t, family)) end = family + 1;
    }
  }
  // A lone word after a title that reads as something else: an accusative (جاهزاً، يومياً), a noun
  // with ة or a pronoun suffix (عبارة، بلاده) — unless it is a known name.
  if (end === k + 1 && !given && (tokens.hasTanween(k) || /[هة]$/u.test(tokens.text(k)))) return null;
  // Nor is a word of two letters no table lists that nothing closes: a noun of kinship ("ابنة عم أبيه"), not a name ("الأستاذ قو وهو").
  if (end === k + 1 && !given && opening.length < LONE_UNLISTED_LETTERS && !closesLoneName(tokens, lexicon, t, end as TokenIndex)) return null;
  // A surname given by its initial keeps its point: "محمد ب." (court and police news).
  if (end > k + 1 && initialPointAt(tokens, end as TokenIndex)) end++;
  // The second syllable of a name word written with a hyphen belongs to the name: "كيم جونغ-أون"، "مون جاي-إن".
  if (end > k + 1 && hyphenatedSyllableAt(tokens, t, end as TokenIndex)) end += 2;
  const range = { start: k, end: end as TokenIndex, given, skip };
  // A given name alone that a stop word is spelled like (بان for بأن، علي for على) is the stop
  // before a noun: "لبنانية بان حركة الطيران"، "البريطانية بان الاف المسلمين" (بان كي مون reads on).
  // So before a number: "ونوه وزير الدفاع بان ثلاثة من هؤلاء الضباط".
  if (end === k + 1 && skip === 0 && t.spelledStops.has(opening) && (!closesLoneName(tokens, lexicon, t, end as TokenIndex) || numberAfter(tokens, end as TokenIndex))) return null;
  // A given name behind a clitic (ومحمد) or on its own needs a second name word; one that is
  // also a common word (أمل، سعيد، علي for على) needs a second word that is surely a name.
  if (!trusted || skip > 0) {
    if (tokens.wordsBetween(range.start, range.end) < 2) return null;
    const first = tokens.text(k).slice(skip);
    // ناديه "his club" is not نادية: a given name in ة written with ه may be a noun with a pronoun.
    const pronoun = writtenToken(tokens, k).endsWith('ه') && givenMatch!.entry.endsWith(TA_MARBUTA);
    // لجان "committees" is not ل + جان: behind a preposition the next word must surely be a name.
    const preposition = skip > 0 && PREPOSITIONS.includes(tokens.text(k)[skip - 1]!);
    // علي and بان are also على and بأن as many write them: on their own, "علي مقر للحزب"، "علي هامش
    // المؤتمر" are the preposition unless a name word surely follows (علي حسن المجيد، علي بن).
    // (Written as the stop folds, without its hamza or ى: إيدي with its hamza is the name.)
    const stopSpelled = skip === 0 && t.spelledStops.has(first) && withoutMarks(writtenToken(tokens, k)) === first;
    if ((t.ambiguousNames.has(first) || pronoun || preposition || stopSpelled) && !secondIsName(tokens, lexicon, t, range, pronoun || preposition)) return null;
  }
  return range;
}

/** Most letters of a syllable after a hyphen in a name word: أون، إن، سونغ (a longer word is a name of its own: "نتنياهو-ليبرمان"). */
const HYPHENATED_SYLLABLE_LETTERS = 4;

/**
 * True when token `end` is a hyphen glued between the last word of a name and a short word that is
 * no given name nor a known name: the second syllable of a Korean given name ("كيم جونغ-أون"،
 * "مون جاي-إن"، "كيم هاك-سونغ"), not a second person ("قمة ترامب-كيم"، "لقاء عباس-هنية") nor a place
 * ("رالي باريس-داكار"، "خط بغداد-البصرة").
 */
function hyphenatedSyllableAt(tokens: TokenStream, t: MentionTables, end: TokenIndex): boolean {
  const last = (end - 1) as TokenIndex;
  const syllable = (end + 1) as TokenIndex;
  if (!tokens.isWord(last) || !tokens.isPunct(end, '-') || !tokens.isWord(syllable)) return false;
  if (tokens.end(last) !== tokens.start(end) || tokens.end(end) !== tokens.start(syllable)) return false;
  const w = tokens.text(syllable);
  if (w.length > HYPHENATED_SYLLABLE_LETTERS || isDefinite(w) || t.givenNames.matchAt(tokens, syllable) !== null) return false;
  // (A listed place that is also a word of narration is a syllable: "دومينيك ستروس-كان".)
  return t.known.matchAt(tokens, syllable) === null || t.stops.has(w);
}

/** True when the word after the first of `range` is a given name, a joiner or a nisba (الطاهات is not: العتيبي is). */
function secondIsName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, range: TokenRange, noNisba = false): boolean {
  // A given name of two words (نور الدين) is sure on its own.
  if ((t.givenNames.matchAt(tokens, range.start)?.end ?? 0) > range.start + 1) return true;
  const second = tokens.nextWord(range.start);
  if (second < 0 || second >= range.end) return false;
  const w = tokens.text(second);
  // A nisba (العتيبي) is sure unless the first word may be a noun with a pronoun: "ناديه الأصلي" is "his original club".
  // Not an ordinal (محفوظ الثاني "Mahfouz came second") nor a known person's surname (خليفة الزرقاوي "Zarqawi's successor").
  // Its stem has three letters at least: الهي (إلهي "divine": "نصر الهي") is no nisba.
  // Written with ى it is a noun: "إنقاذ حياة المرضى" (patients), "عيد الأضحى".
  const nisba = isDefinite(w) && w.startsWith(article) && w.endsWith('ي') && !withoutMarks(writtenToken(tokens, second)).endsWith('ى') && w.length - article.length >= NISBA_STEM_LETTERS && !isOrdinal(tokens, second) && t.known.matchAt(tokens, second)?.entry.type !== 'person';
  if (t.joiners.has(w) || (!noNisba && nisba)) return true;
  // So is a person's surname the tables know, where a name may open (after punctuation, a definite
  // title or a verb of saying, whose subject it is): "الأمين العام حسن نصرالله"، "البيت الأبيض، سارة
  // ساندرز"، "وأعلنت سارة ساندرز أن" — elsewhere the first word is a noun in construct with the surname:
  // "في حياة أينشتاين"، "وبدت آمال فيدرر"، "المتحدث باسم نتنياهو".
  const known = t.known.matchAt(tokens, second);
  const opens = opensAfterDefinite(tokens, t, range.start) || afterVerbOfSaying(tokens, lexicon, range.start);
  if (!noNisba && known?.skip === 0 && known.end === range.end && known.entry.type === 'person' && !isDefinite(w) && opens) return true;
  // A second given name is sure when it is no common word itself: "سلام شامل" is no name.
  return t.givenNames.matchAt(tokens, second)?.skip === 0 && !t.ambiguousNames.has(w);
}

/** True when a verb of saying stands right before token `k`: "وقال حسن نصرالله"، "وأعلنت سارة ساندرز". */
function afterVerbOfSaying(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  return p >= 0 && tokens.isWord(p) && lexicon.verbs.has(tokens, p);
}

/** Fewest letters of a nisba after its article: العلي، المصري (الهي is إلهي, an adjective). */
const NISBA_STEM_LETTERS = 3;

/** True when token `k` is a word without a clitic after punctuation, the start or a definite word that is no particle (a title or its adjective), and is no link (باسم). */
function opensAfterDefinite(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  if (t.links.onBehalfOf.has(tokens.text(k))) return false;
  const p = tokens.previous(k);
  return p < 0 || tokens.isPunct(p) || (tokens.isWord(p) && isDefinite(tokens.text(p)) && !t.stops.has(tokens.text(p)));
}

/** True when an unlisted word `j` after a title may open a name: shaped like a name word (see {@link continuesName}), an accusative in ا aside. */
function opensAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  // بأن، بحضور، بحلول: a preposition before a hamza or a ح opens a phrase, not a name (بلير، بوش، باول do).
  if (/^ب[أإح]/u.test(writtenToken(tokens, j)) || PREPOSITION_BEFORE_HAMZA.test(writtenToken(tokens, j))) return false;
  if (PREPOSITION_PHRASE.test(w) || SOUND_PLURAL.test(w) || PAST_VERB.test(w) || DERIVED_PAST.test(w) || GEMINATE.test(w) || LAM_BEFORE_VERB.test(w) || lamBeforeNoun(tokens, lexicon, t, j)) return false;
  // A past verb of three consonants, in the feminine too, or ending in ى: "الرئيس الحالي دفع ثمن"،
  // "الوزيرة الأميركية طرحت"، "الرئيس السوري سعى" (names so shaped are given names: حمد، رفعت، منى).
  // Before بن it opens a chain ("سهل بن حنيف"، "بسر بن أرطأة"), before punctuation it is a surname ("قال الوزير رزق «").
  const next = tokens.nextWord(j);
  const after = tokens.next(j);
  const named = (next >= 0 && t.joiners.has(tokens.text(next))) || after < 0 || tokens.isPunct(after);
  if ((TRILITERAL_PAST.test(w) && !named) || (w.length <= SHORT_VERB_LETTERS && writtenToken(tokens, j).endsWith('ى'))) return false;
  // ل or ب before a noun in construct with a definite word is a phrase: "النائب الأول لرئيس مجلس
  // الوزراء"، "المدير السابق لجهاز الاستخبارات" (a name after a title takes no article after ل).
  // So before the head of a body or a verbal noun: "عضو اللجنة التنظيمية لدول مجلس التعاون"، "زعيم الحزب لوقف إطلاق النار".
  const construct = next >= 0 && (t.organisationHeads.has(tokens.text(next)) || VERBAL_NOUN.test(tokens.text(next)));
  if (PREPOSITIONS.includes(w[0]!) && (t.officeNouns.has(w.slice(1)) || t.roles.has(w.slice(1)) || t.organisationHeads.has(w.slice(1)) || construct || (next >= 0 && tokens.text(next).startsWith(article) && !t.known.matchAt(tokens, next)))) return false;
  // A first word in ا is an accusative ("الملك ساكنا") unless a name word follows it: "فايرا فيكي فريبيرجا".
  const alif = next >= 0 && !tokens.text(next).endsWith(ACCUSATIVE_ENDING) && continuesName(tokens, lexicon, t, next, true, false);
  return continuesName(tokens, lexicon, t, j, true, alif);
}

/**
 * A foreign name of two words at least at word token `j`, right after a nationality that stands
 * for a person ("على الصربي يانكو تيبساروفيتش"، "اللاعب الكونغولي شاباني نوندا"، "البرازيلي دودو
 * سيلفا"): there a last word in ا is a name's (نوندا، سيلفا), not an accusative. Null when the
 * first word cannot open a name or no second word follows.
 */
export function nameAfterNationality(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): TokenRange | null {
  if (!tokens.isWord(j)) return null;
  const given = t.givenNames.matchAt(tokens, j);
  if (given && given.skip > 0) return null;
  if (!given && ((isDefinite(tokens.text(j)) && !hamzaOpensLoanWord(tokens, j)) || !opensAfterTitle(tokens, lexicon, t, j) || !readsAsLoanName(tokens, lexicon, t, j, null, true))) return null;
  const name = personNameAt(tokens, lexicon, j, true);
  const from = given ? given.end : ((j + 1) as TokenIndex);
  const end = given && !t.foreignGiven.has(tokens.text(j)) ? (name?.end ?? from) : loanNameEnd(tokens, lexicon, t, from, tokens.wordsBetween(j, from), true, given !== null);
  const longest = name && name.end > end ? name.end : end;
  return tokens.wordsBetween(j, longest as TokenIndex) > 1 ? { start: j, end: longest as TokenIndex } : null;
}

/**
 * True when word token `k` is علي before a nationality and a foreign name of two words: the
 * preposition of a result ("العيناوي علي الفرنسي سيدريك بيولين 7 / 6"), not علي with a nisba
 * family name (علي المصري).
 */
export function aliBeforeNationalName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): boolean {
  if (!t.links.ala.has(tokens.text(k))) return false;
  const next = tokens.nextWord(k);
  if (next < 0 || !t.demonyms.has(tokens.text(next)) || !tokens.text(next).startsWith(article)) return false;
  const after = tokens.nextWord(next);
  return after >= 0 && tokens.next(next) === after && nameAfterNationality(tokens, lexicon, t, after) !== null;
}
