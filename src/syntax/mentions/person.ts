/**
 * Readers of a person's name at a given place: the name at a word (`personNameAt`: Arab names
 * with their بن/أبو/آل chains and family name, foreign names with their particles), after a
 * title (`personAfterTitle`), after a role and its description (`personAfterRole`). A name
 * stops at the verb, preposition, particle or punctuation that ends it. The recognizers that
 * decide where to read are in people.ts; speakers call these readers too.
 */
import type { TokenStream } from '../../numbers/tokens.js';
import { article, conjunctionAnd, isDefinite, liArticle, prepositionClitics, withoutCliticsBeforeArticle, withoutConjunction } from '../../text/clitics.js';
import { tokenIndex, type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { withoutMarks } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { isQuote, quotedName } from '../noun-phrase.js';
import { mentionTables, type CliticMatch, type MentionTables } from './tables.js';

/** Fewest letters of a name of one word no table lists, read after a title: عم، أب are nouns of kinship. */
const LONE_UNLISTED_LETTERS = 3;
/** Most words of a person's name, joiners (بن، أبو، آل) not counted: "حمد بن خليفة آل ثاني" has three. */
const NAME_WORDS = 4;
/** Most words of the description between a role and the name in apposition: "نائب رئيس الوزراء الإسرائيلي". */
const ROLE_WORDS = 6;
/** Letters that open the present tense of a verb: يحتاج، تجاوز (a name after a title is not one). */
export const PRESENT_PREFIX = /^[يت]/u;
/** Alif with hamza above, which أين has and the loan name واين does not. */
const HAMZA_ABOVE = 'أ';
/** A conjunction glued to a word: ومحمد starts a second name, not the second word of the first. */
const WAW = conjunctionAnd;

/** How a name is read: after a title or role (`trusted`), or on its own, where it must open with a given name. */
export interface NameReading extends TokenRange {
  /** The first word is a given name of the tables. */
  readonly given: boolean;
  /** Shadow characters of a clitic on the first word that stay out of the name (the و of ومحمد). */
  readonly skip: number;
}

/**
 * True when word token `j` is a particle, preposition or pronoun, with or without a glued و
 * (ولا، وهو): it ends a name even where it is written like one (آن/أن، علي/على).
 */
export function isNameStop(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  // ولا، وهو: a stop behind a conjunction; فيصل، وليد are names, not ف + يصل.
  if (t.stops.has(w) || t.nameEndWords.has(w) || (!t.givenNames.starts(w) && t.stops.has(withoutConjunction(w, 2)))) return true;
  // A word that ends names behind و written with its hamza is و and that word, though the whole folds to a
  // name: "وأين لقيت" is not واين (Wayne), written so.
  if (w.startsWith(WAW) && t.nameEndWords.has(w.slice(1)) && tokens.originalText(j, tokenIndex(j + 1))[1] === HAMZA_ABOVE) return true;
  return spelledAsStop(tokens, t, j);
}

/**
 * True when word token `j` folds to a given name and a stop word alike and is written as the
 * stop word: على folds to علي, بأن to بان, الآن to آلان — written so, or as neither (الان), it is
 * the preposition, the particle or the adverb, never the name.
 */
export function spelledAsStop(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  const spellings = t.spelledStops.get(w);
  if (spellings === undefined) return false;
  const written = withoutMarks(tokens.originalText(j, tokenIndex(j + 1)));
  return spellings.includes(written) || !(t.nameSpellings.get(w) ?? []).includes(written);
}

/**
 * True when word token `j`, after the first word of a name, is على written علي (as many write it):
 * before a definite word, a noun in ة or a particle ("نجاد علي ضرورة"، "حصل علي كل"); not before
 * a name (صدام حسين علي المجيد reads on).
 */
function aliAsPreposition(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (!t.links.ala.has(tokens.text(j))) return false;
  const next = tokens.nextWord(j);
  if (next < 0) return false;
  const w = tokens.text(next);
  return (isDefinite(w) && !w.startsWith(article)) || /[هة]$/u.test(w) || t.stops.has(w) || aliCompound(tokens, t, next);
}

/**
 * True when word token `next`, after علي, makes a compound preposition with على: a noun of the
 * table (علي هامش، علي رأس) or a verbal noun (علي استئناف) — not a given name.
 */
function aliCompound(tokens: TokenStream, t: MentionTables, next: TokenIndex): boolean {
  const w = tokens.text(next);
  // With the article too: "علي المدى الطويل" (written المدي, it reads as a nisba family name).
  const noun = t.nounsAfterAla.has(w) || (w.startsWith(article) && t.nounsAfterAla.has(w.slice(article.length)));
  return (noun || VERBAL_NOUN.test(w)) && t.givenNames.matchAt(tokens, next)?.skip !== 0;
}

/** True when word token `k` is علي before a definite word that no name has ("علي التوالي"، "علي المعارك"), a particle or كل: the preposition. */
function aliBeforeDefinite(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  if (!t.links.ala.has(tokens.text(k))) return false;
  const next = tokens.nextWord(k);
  if (next < 0) return false;
  const w = tokens.text(next);
  if (t.stops.has(w) || aliCompound(tokens, t, next)) return true;
  return isDefinite(w) && !(w.startsWith(article) && w.endsWith('ي') && !w.endsWith('الي')) && t.known.matchAt(tokens, k) === null && !t.givenNames.matchAt(tokens, next);
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

/** True when word token `j` cannot be part of a person's name: it ends the name before it. */
export function endsName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (tokens.isForeign(j) || t.roles.has(w) || t.demonyms.has(w) || t.titleAdjectives.has(w)) return true;
  if (t.organisationHeads.has(w) || isNumberWord(tokens, j)) return true;
  if (t.titles.matchAt(tokens, j) || lexicon.verbs.has(tokens, j) || lexicon.fromVerbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return true;
  if (lexicon.narrativeVerbs.has(tokens, j) && !t.givenNames.starts(w)) return true;
  if (t.placeHeads.matchAt(tokens, j) || t.descriptors.matchAt(tokens, j)) return true;
  // "محمد ومحمود": a glued و starts the next name (unless the word is a name itself: وليد، وائل).
  if (w.length > 3 && w.startsWith(WAW) && !t.givenNames.starts(w)) return true;
  // A noun of office that is no given name ends a name even when no complement is read after it:
  // "سهيل بن عمرو مفاوض قريش" (مساعد، أمير are names too: those end it only before their complement);
  // before a given name it is a word of the name: "خالد شيخ محمد".
  // An office in the construct of the dual or plural before its complement: "جلال محمود عضوي لجنة الكرة" (the two members of).
  if (w.length > 3 && w.endsWith('ي') && t.officeNouns.has(w.slice(0, -1)) && !t.givenNames.starts(w) && tokens.nextWord(j) === tokens.next(j) && tokens.nextWord(j) >= 0) return true;
  if (t.officeNouns.has(w) && !t.givenNames.starts(w)) {
    const next = tokens.nextWord(j);
    if (next < 0 || t.givenNames.matchAt(tokens, next)?.skip !== 0) return true;
  }
  return officeBefore(tokens, t, j);
}

/**
 * True when word token `j` is a noun of office followed by its complement: "… مساعد وزيرة
 * الخارجية"، "… ملك البحرين" (مساعد is also a given name; before a definite word it is the office).
 */
export function officeBefore(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (!t.officeNouns.has(tokens.text(j))) return false;
  const next = tokens.nextWord(j);
  if (next < 0) return false;
  const w = tokens.text(next);
  if (isDefinite(w) || t.roles.has(w) || t.officeNouns.has(w) || t.organisationHeads.has(w) || t.known.matchAt(tokens, next) !== null) return true;
  // A title after it is its complement's: "برادران رفيعي مساعد آية الله طبسي".
  if (t.descriptors.matchAt(tokens, next) || t.titles.matchAt(tokens, next)?.skip === 0) return true;
  // A construct of two: "ولي عهد أبوظبي"، "حارس مرمى المنتخب" — not a particle between: "رائف نجم ان المنبر".
  const after = tokens.nextWord(next);
  return after >= 0 && !isNameStop(tokens, t, next) && !NOUN_ENDING.test(w) && (isDefinite(tokens.text(after)) || t.known.matchAt(tokens, after) !== null) && !t.givenNames.starts(w);
}

/** Long vowels: a foreign name takes one where a verb's prefix takes a consonant (تيفيز، تستعد). */
const LONG_VOWELS = 'اوي';
/** The prefix of a verb in the present or future, as a loan name may begin: ت، ي، ست، سي. */
const VERB_PREFIX = /^س?[يت]/u;
/** Endings of a noun, never of a name word after the first: ة (folded to ه), اء, ات (عقوبة، لقاء، تدريبات). */
const NOUN_ENDING = /(?:ه|اء|ات)$/u;
/** ب or ل glued before a hamza on alif: بأسلوب، لأسبوعية، بإطلاق — no name begins so. */
const PREPOSITION_BEFORE_HAMZA = /^[بل][أإ]/u;
/** A loan name may end in يه: أوليفيه، تريزيغيه. */
const LOAN_YEH = /يه$/u;
/** The pronoun "us" as a word ends (البنا ends so as a name). */
const NA = 'نا';
/** A loan name may end in نا after a long vowel: سولانا، لونا. */
const LOAN_NA = /[اوي]نا$/u;
/**
 * Shapes of verbal nouns, never a name word: افتعال (اجتماع، اعتقال)، انفعال (انسحاب)، استفعال
 * (استقبال)، إفعال (إعلان) and تفعيل (تصريح). A long vowel in their consonant places makes a loan
 * name instead: أوباما، إيفانوف.
 */
export const VERBAL_NOUN = /^(?:ا[^اوي]ت[^اوي]ا[^اوي]|ان[^اوي]{2}ا[^اوي]|است[^اوي]{2}ا[^اوي]|ا[^اوي]{2}ا[^اوي]$|ت[^اوي]{2}ي[^اوي]$)/u;
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
/** A participle of the derived forms: متحمس، مستشار، منتخب — a noun or adjective, not a name. */
const PARTICIPLE = /^م(?:ت|ست)[^اوي]|^من[^اوي]ت/u;
/** A verbal noun of form V of a weak root, without the article: تخلي، تحدي، تصدي — no nisba. */
const WEAK_VERBAL_NOUN = /^ت[^اوي]{2}ي$/u;
/** A sound plural of the active participle فاعل: عائدين، لاعبون، حاضرين (SOUND_PLURAL reads the derived forms' and the nisbas'). */
const ACTIVE_PLURAL = /^[^اوي]ا[^اوي]{2}(?:ين|ون)$/u;
/** A broken plural of the pattern أفاعيل: أحاديث، أساليب — never a name. */
const BROKEN_PLURAL = /^ا[^اوي]ا[^اوي]ي[^اوي]$/u;
/** Pronouns on a preposition or noun: معهم، فيهم، لهن. */
const PRONOUN_ON_PREPOSITION = /(?:هم|هن|هما|كم|كن)$/u;
/**
 * Shapes of common nouns and verbs that are never the third word of a name, nor a loan name's:
 * مفعول (مشروع)، فاعل (ضابط) and its accusative (قادما، ثالثا)، a past verb in ت (حملت), the
 * accusative of فعل (عرضا، دعما: "أستريد ستوكيلبيرغر عرضا"), the participle مفاعل ("ستيفن بينار
 * محاصر بين"), the broken plural فعاليل ("عبدالسلام جمعة جماهير العنابي") and the verb or verbal
 * noun تفاعل ("الجنرال جيمس جونز توافر الشروط"، "تبادل").
 */
const NOUN_OR_VERB_SHAPE = /^(?:م[^اوي]{2}و[^اوي]|[^اوي]ا[^اوي]{2}ا?|[^اوي]{3}[تا]|م[^اوي]ا[^اوي]{2}|[^اوي]{2}ا[^اوي]ي[^اوي]|ت.ا[^اوي]{2})$/u;
/** Fewest letters of a loan name's third word in ا: سيلفا (عرضا، دعما are shorter, and shaped as nouns). */
const LATER_LOAN_ALIF_LETTERS = 5;
/** Fewest letters of a loan name's word after its first two: "كوفي أنان حث" stops. */
const LATER_LOAN_LETTERS = 4;
/** Fewest letters of such a word where punctuation closes it: "فيلار مير ." (خان، راي). */
const SHORT_LOAN_LETTERS = 3;
/** Marks that open a gloss rather than close a name: "جهاز شين بيت (استخبارات)". */
const OPENING_MARKS = '([«';
/** A verb negated with لا glued to it: لايؤمن، لاتزال. */
const NEGATED_VERB = /^لا[يت]/u;
/** Prepositions written glued to the next word: بأن، لبحث. */
const PREPOSITIONS = prepositionClitics;

/**
 * True when word `w` reads as a verb in the present or future (يحتاج، ستبدأ). In a loan name a
 * long vowel after those letters makes a name: تيفيز، تورسونوف، ستانيشيف.
 */
function verbLike(w: string, loan: boolean): boolean {
  if (!loan) return w.length > 3 && (PRESENT_PREFIX.test(w) || FUTURE_VERB.test(w));
  // A loan word in a bare ا after a consonant is no verb in the present: سيلفا، تيخادا (سيلعبوا ends in وا).
  if (w.length > 4 && w.endsWith('ا') && !w.endsWith('وا')) return false;
  const m = VERB_PREFIX.exec(w);
  if (!m) return false;
  return w.length <= 4 || !LONG_VOWELS.includes(w[m[0].length]!);
}

/**
 * True when word token `j`, not the first of a name and without the article, may continue it:
 * not a word that ends names, not a verb, a noun with a pronoun, a noun in ة/اء/ات, an accusative
 * in ا (خطابا; `alif` allows it, as loan names end so: سولانا), a preposition glued to a particle
 * (بأن) or a known place or body. `loan` reads it as a word of a foreign name.
 */
export function continuesName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex, loan: boolean, alif: boolean): boolean {
  if (!tokens.isWord(j)) return false;
  const w = tokens.text(j);
  if (w.length < 2 || isDefinite(w) || tokens.hasTanween(j) || isNameStop(tokens, t, j) || endsName(tokens, lexicon, t, j) || t.joiners.has(w)) return false;
  if (verbLike(w, loan) || VERBAL_NOUN.test(w) || ELATIVE.test(w) || GEMINATE.test(w) || PARTICIPLE.test(w) || NEGATED_VERB.test(w) || (loan && t.officeNouns.has(w))) return false;
  if ((PREPOSITION_PHRASE.test(w) || (PREPOSITIONS.includes(w[0]!) && VERBAL_NOUN.test(w.slice(1)))) && !t.givenNames.starts(w)) return false;
  if (PRONOUN_ON_PREPOSITION.test(w) && w.length > 3) return false;
  if (w.length > 4 && PRONOUN.test(w) && !(loan && LOAN_NA.test(w))) return false;
  // A loan name ends in يه (أوليفيه), a noun or participle in ية folds so: "شيرين عادل مرتدية غطاء".
  const written = tokens.originalText(j, tokenIndex(j + 1));
  // Not "his father", أبي with its pronoun: "ابنة عم أبيه".
  if (NOUN_ENDING.test(w) && !(loan && LOAN_YEH.test(w) && !t.obliqueKunyas.has(w.slice(0, -1)) && !written.endsWith('ة'))) return false;
  // ب or ل glued before a hamza is a preposition before a noun, never a name word: "ديبورا إيليس بأسلوب"، "غول لأسبوعية".
  if (PREPOSITION_BEFORE_HAMZA.test(written)) return false;
  if (w.endsWith('ا') && !alif) return false;
  if (PREPOSITIONS.includes(w[0]!) && t.stops.has(w.slice(1))) return false;
  const known = t.known.matchAt(tokens, j);
  return !known || known.entry.type === 'person';
}

/** True when words `j` and the next both end in ا: an accusative noun and its adjective ("هجوما عنيفا"), not a name (سولانا). */
function accusativePair(tokens: TokenStream, j: TokenIndex): boolean {
  const next = tokens.nextWord(j);
  return tokens.text(j).endsWith('ا') && next >= 0 && tokens.text(next).endsWith('ا') && tokens.text(next).length > 3;
}

/** Most particles in a row inside a European name: "دو لا" in جان مارك دو لا سابليير. */
const PARTICLES_IN_A_ROW = 2;

/**
 * The end of a foreign name whose first word ends before `from` (`words` words so far): loan
 * words up to four, with particles between them (دومينيك دو فيلبان), given names (جون بول سميث)
 * and a regnal number (جيمس الأول). "خافيير سولانا خلال" ends at سولانا, "تيري رود لارسن" runs on.
 */
export function loanNameEnd(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, from: TokenIndex, words: number, alif: boolean, givenFirst = alif): TokenIndex {
  const surnameNext = givenFirst && words === 1;
  let end = from;
  // Name words so far, a given name of two words (جان كلود) counted once.
  let slots = 1;
  // The last word read is a given name (true of the first word when `givenFirst`), and so is every word before.
  let lastGiven = givenFirst;
  let givenOnly = givenFirst;
  let j = tokens.next(tokenIndex(from - 1));
  while (tokens.isWord(j) && words < NAME_WORDS) {
    let p = j;
    for (let n = 0; n < PARTICLES_IN_A_ROW && tokens.isWord(p) && t.particles.has(tokens.text(p)); n++) p = tokens.next(p);
    if (!tokens.isWord(p) || isNameStop(tokens, t, p) || aliAsPreposition(tokens, t, p)) break;
    const w = tokens.text(p);
    // A regnal number follows given names or one word (جيمس الأول، خوان كارلوس الأول، البطريرك ثيوفيلوس الثالث); after a surname it is a
    // player's seeding or rank: "فرناندو غونزاليز الثالث بتغلبه على مولر" ends at غونزاليز.
    if (p === j && w.startsWith(article) && isOrdinal(tokens, p)) return lastGiven || words === 1 ? tokenIndex(p + 1) : end;
    const given = t.givenNames.matchAt(tokens, p);
    // A given name that is also a common word continues a name only as a name word would: "فيرغسون خليفة له" stops.
    if (given && given.skip === 0 && !officeBefore(tokens, t, p) && !(t.ambiguousNames.has(w) && !continuesName(tokens, lexicon, t, p, true, alif))) {
      end = given.end;
      words += tokens.wordsBetween(p, given.end);
      slots++;
      lastGiven = true;
      j = tokens.next(tokenIndex(given.end - 1));
      continue;
    }
    // Right after a given name one is a surname only where the name is closed after it: "الإمبراطور شون لفيضان هائل" stops at
    // شون, "تزوج مارتا برزنيز وأنجب" reads on.
    if (gluedPreposition(t, w) && (slots >= 2 || (givenOnly && !closedAfterWord(tokens, lexicon, t, p) && !wawAfter(tokens, p)))) break;
    // A nisba family name closes a name whose one word so far no table lists, read after a title or role:
    // "رئيس وزراء الإقليم نتشيرفان البارزاني"، "الصحفي دندراوي الهواري". After a foreign given name a
    // nisba is as often an adjective of what the name names: "برنامج ليو التجاري"، "شون الإيجابي".
    if (!givenFirst && words === 1 && p === j && familyNisba(tokens, t, p)) {
      end = tokenIndex(p + 1);
      break;
    }
    // A surname follows given names, one (جون) or two (جان كلود تريشيه، خوان ميغيل فيلار): so shaped or not, it closes the name.
    const second = p === j && ((surnameNext && p === tokens.next(tokenIndex(from - 1))) || (givenOnly && words === 2));
    const surname =
      (second && (surnameAfterGiven(tokens, lexicon, t, p) || wawSurname(tokens, lexicon, t, p) || articleShapedSurname(tokens, t, p))) ||
      (!givenFirst && words === 1 && p === j && afterTitleWord(tokens, tokenIndex(from - 1)) && surnameAfterUnlisted(tokens, lexicon, t, p));
    // A third word in ا closed right after it is a loan name's, not an accusative: "انيبال كافاكو سيلفا في".
    const loanAlif = alif || (words >= 2 && w.length >= LATER_LOAN_ALIF_LETTERS && closedAfterWord(tokens, lexicon, t, p));
    if (!(surname || continuesName(tokens, lexicon, t, p, true, loanAlif)) || accusativePair(tokens, p) || (words === 1 && verbBeforeName(tokens, t, p))) break;
    // After two words a third is a name word only when it is long and shaped like one: "كوفي أنان حث"، "بوتين ضابط"، "أنان بانسحاب".
    // Nor is ل before a verb: "ويسلي شنايدر لينفرد بالمرمى".
    // A short one is a name word only after a given name and where punctuation closes it: "خوان ميغيل فيلار مير ."، "طارق عظيم خان ،".
    const short = w.length < LATER_LOAN_LETTERS && !(givenFirst && w.length >= SHORT_LOAN_LETTERS && tokens.isPunct(tokens.next(p)) && !tokens.isPunct(tokens.next(p), OPENING_MARKS));
    if (words >= 2 && !surname && (short || NOUN_OR_VERB_SHAPE.test(w) || purposeVerb(w) || (PREPOSITIONS.includes(w[0]!) && VERBAL_NOUN.test(w.slice(1))))) break;
    // Nor a noun of the pattern فعال or a dual of three radicals: "أنطونيو مارتينيز جناح روسيا"،
    // "ماركوس راشفورد هدفين"، "هاري كين هداف توتنهام".
    if (words >= 2 && (FIAAL.test(w) || DUAL_OF_THREE.test(w))) break;
    end = tokenIndex(p + 1);
    words++;
    slots++;
    lastGiven = false;
    givenOnly = false;
    j = tokens.next(p);
  }
  return end;
}

/** A noun of the pattern فعال: جناح، قرار، كبار، شباك (a given name so shaped is listed: جمال، نزار). */
const FIAAL = /^[^اوي]{2}ا[^اوي]$/u;
/** A dual or plural of three radicals: هدفين، شهرين. */
const DUAL_OF_THREE = /^[^اوي]{3}ين$/u;
/** Fewest letters of a word with a preposition glued to it that ends a name: بفوز، لغزو (بري is a surname). */
const GLUED_PREPOSITION_LETTERS = 4;

/**
 * True when word `w`, after two words of a name, is a preposition glued to a noun: "مصطفى عبد الله
 * بفوز"، "جدعون عيزرا لراديو"، "توماس روزيكي بجوار"، "سلفادور دالي لعرض". A third name word so
 * written is rare, and then a loan name's with a long vowel after its first letter (جورج دبليو
 * بوش) or a given name; a second word may be a surname (إميل لحود، عزمي بشارة).
 */
function gluedPreposition(t: MentionTables, w: string): boolean {
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
const ARTICLE_SHAPED_LOAN = /^[بك]ال(?=[^أإآءعةه]*[اوي][^اوي])[^أإآءع]{2,}$/u;

/**
 * True when word token `j`, right after a foreign given name, is its surname though it reads as ب
 * or ك with the article: "مايكل بالاك عن"، "رامون كالديرون يشغل"، "ميشلين كالمي راي" — a word of
 * five letters at least no table knows, not a particle, and not before a word with the article
 * (which would make it a phrase: "جون بالقرب من"، "ماري كالمعتاد" are rare, "بالنسبة للرئيس" not).
 */
function articleShapedSurname(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const written = withoutMarks(tokens.originalText(j, tokenIndex(j + 1)));
  if (!ARTICLE_SHAPED_LOAN.test(written) || tokens.hasTanween(j) || isNameStop(tokens, t, j) || t.known.matchAt(tokens, j) !== null) return false;
  const next = tokens.nextWord(j);
  return next < 0 || !isDefinite(tokens.text(next));
}

/** Fewest letters of a foreign surname that opens with و: "وايت" (وقت is a conjunction and a noun). */
const WAW_SURNAME_LETTERS = 4;

/**
 * True when word token `j`, right after a foreign given name, is a surname that opens with و and
 * a long vowel — W, V: "آشلي ويلكس"، "أوبرا وينفري"، "بوب وودورد"، "ستيوارت وايت" — not the
 * conjunction before a verb, a particle or a known place or body ("جون ويقول"، "بول وأنا").
 */
function wawSurname(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (w.length < WAW_SURNAME_LETTERS || w[0] !== WAW || !LONG_VOWELS.includes(w[1]!) || isDefinite(w.slice(1)) || tokens.hasTanween(j)) return false;
  if (isNameStop(tokens, t, j) || t.stops.has(w.slice(1)) || lexicon.verbs.has(tokens, j) || lexicon.narrativeVerbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return false;
  // "أوبرا وأصدقاؤها": a noun with a pronoun is the conjunction's.
  if (verbLike(w.slice(1), false) || PRONOUN.test(w) || PRONOUN_ON_PREPOSITION.test(w) || /[هة]$/u.test(tokens.originalText(j, tokenIndex(j + 1))) || t.givenNames.starts(w.slice(1))) return false;
  const known = t.known.matchAt(tokens, j);
  return !known || known.entry.type === 'person';
}

/**
 * True when word token `j`, right after a foreign given name, is its surname though it is shaped
 * like a verb, a noun with a pronoun or in ا ("حمزة يرلكاب ،"، "لويس هورنا 6"، "كين لاي رئيس"،
 * "ناميك تان ان"): no table lists it as a word (a particle, a verb of speech, an office, a
 * known place or body), it has no article or tanween, and the name is closed right after it —
 * punctuation, a number, a particle, a role or office, a verb of speech — so "قال جون يجب أن" stays "جون".
 */
function surnameAfterGiven(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (w.length < 2 || isDefinite(w) || tokens.hasTanween(j) || isNameStop(tokens, t, j) || endsName(tokens, lexicon, t, j) || t.joiners.has(w)) return false;
  if (t.officeNouns.has(w) || PRONOUN_ON_PREPOSITION.test(w) || PREPOSITION_PHRASE.test(w) || (w.length > 3 && NEGATED_VERB.test(w)) || lexicon.anonymous.matchAt(tokens, j)) return false;
  if (lexicon.narrativeVerbs.has(tokens, j) || (PREPOSITIONS.includes(w[0]!) && t.stops.has(w.slice(1)))) return false;
  // A noun in ة is no foreign surname: "ايفو مباشرة".
  if (tokens.originalText(j, tokenIndex(j + 1)).endsWith('ة')) return false;
  const known = t.known.matchAt(tokens, j);
  if (known && known.entry.type !== 'person') return false;
  // One shaped like a verb in the present or future is the verb whose subject the name is unless
  // the clause ends after it: "آريين روبن يكمل بعضهم"، "أليكس سيكون له دور" (but "حمزة يرلكاب ،").
  // A surname the tables know is none: "دونالد ترمب في".
  // So does reported speech: "وقال هاكان يلدز إن الاتفاق صامد"، "وقال هاكان يلدز في بيان" (see {@link closesReportedSubject}).
  if (!known && (PRESENT_OF_THREE.test(w) || (FUTURE_VERB.test(w) && t.stops.has(w.slice(1))))) return clauseEndsAfter(tokens, j) || closesReportedSubject(tokens, lexicon, t, tokens.previousWord(j), j);
  return closedAfterWord(tokens, lexicon, t, j);
}

/**
 * True when word token `j`, right after an unlisted first word read after a title or role, is its
 * surname though no continuing word would be: not shaped as a verb, an elative, a plural or a verbal
 * noun, with no article, pronoun, ة, ات or accusative ا, no name the tables know ("محام ترمب"), and
 * closed after it by punctuation or a particle of reported speech ("المتحدث باسم الخارجية ناميك تان
 * ان بلاده") — not "وكان ليهي يرد على"، "الرئيس عباس ضيفه في" nor "الرئيس بوش خطابا ،".
 */
function surnameAfterUnlisted(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (w.endsWith('ا') || PRONOUN.test(w) || FEMININE_OR_PLURAL_ENDING.test(tokens.originalText(j, tokenIndex(j + 1))) || isDefinite(w) || t.known.matchAt(tokens, j) !== null) return false;
  if (TRILITERAL_PAST.test(w) || PAST_VERB.test(w) || DERIVED_PAST.test(w) || FORM_V.test(w) || ELATIVE.test(w) || GEMINATE.test(w) || SOUND_PLURAL.test(w) || VERBAL_NOUN.test(w)) return false;
  if (PREPOSITION_PHRASE.test(w) || LAM_BEFORE_VERB.test(w) || FUTURE_VERB.test(w) || IMPERFECT_PREFIX.test(w) || PREPOSITIONS.includes(w[0]!)) return false;
  // Closed by punctuation or reported speech only: "وكان ليهي يرد على"، "خاشقجي يعيش في" are a verb.
  const n = tokens.next(j);
  if (!(clauseEndsAfter(tokens, j) || (tokens.isWord(n) && lexicon.speechParticles.has(tokens.text(n))))) return false;
  return surnameAfterGiven(tokens, lexicon, t, j) || wawSurname(tokens, lexicon, t, j);
}

/**
 * True when the word before token `k` has the article — a title, its adjective or demonym, a role's
 * complement ("المتحدث باسم الخارجية التركية ناميك") — not a verb whose subject `k` may be a common
 * noun ("ويعتبر مذاق تشوهاي ،"، "أظهر لقاح تجريبي ،").
 */
function afterTitleWord(tokens: TokenStream, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  return p >= 0 && tokens.isWord(p) && isDefinite(tokens.text(p));
}

/** The feminine ة (or its ه) or the plural ات ending a word as written: no surname ends so. */
const FEMININE_OR_PLURAL_ENDING = /(?:[هة]|ات)$/u;

/** The ي that opens an imperfect verb: "يرد"، "يعيش". */
const IMPERFECT_PREFIX = /^ي/u;

/** A verb or verbal noun of form V: تجنب، تقدم (تاو، تان have a long vowel). */
const FORM_V = /^ت[^اوي]{3}$/u;

/**
 * A verb in the present of three radicals and no long vowel: يكمل، تعود (يونغ، يستي، تشاو have
 * one, as loan names do). With the future س, only a verb the tables list is sure (سيكون).
 */
const PRESENT_OF_THREE = /^[يت][^اوي]{3}$/u;

/** The bare particle أن (folded), which also follows a verb of ability or need: "يمكن أن"، "يجب أن". */
const BARE_AN = 'ان';

/**
 * True when a particle of reported speech follows word token `j`, so a reporting verb's subject ends
 * at `j`: "وقال هاكان يلدز إن"، "وأكد حزب تقدم أنه". Not the bare أن, which also follows a verb
 * of ability or need ("قال جون يمكن أن"); إن written with its hamza below, as after قال, does not.
 */
export function speechOpensAfter(tokens: TokenStream, lexicon: SyntaxLexicon, j: TokenIndex): boolean {
  const n = tokens.next(j);
  if (n < 0 || !tokens.isWord(n) || !lexicon.speechParticles.has(tokens.text(n))) return false;
  return tokens.text(n) !== BARE_AN || tokens.originalText(n, tokenIndex(n + 1)).startsWith('إ');
}

/**
 * True when the name whose last word is token `j`, and whose first is token `k`, closes a reporting verb's
 * subject: punctuation or a particle of reported speech follows ("وقال حزب تقدم إن"، "وقال هاكان يلدز
 * إن"), or a preposition and a statement with a reporting verb before the name ("وقال حزب تقدم في بيان").
 * A verb so shaped takes its complement instead: "شركة تعمل في مجال النقل"، "قالت شركة تعمل في مجال النقل إن".
 */
export function closesReportedSubject(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, j: TokenIndex, byPunctuation = true): boolean {
  // Punctuation closes it as well (unless `byPunctuation` is false): "فشركة تندر، مثلا" (a relative clause goes on to its complement).
  const after = tokens.next(j);
  if (after < 0 || (byPunctuation && tokens.isPunct(after)) || speechOpensAfter(tokens, lexicon, j)) return true;
  if (k < 0) return false;
  const before = tokens.previous(k);
  if (before < 0 || !tokens.isWord(before) || !lexicon.verbs.has(tokens, before)) return false;
  if (!tokens.isWord(after) || !t.stops.has(tokens.text(after))) return false;
  const document = tokens.next(after);
  const match = document >= 0 && tokens.isWord(document) ? lexicon.documents.matchAt(tokens, document) : null;
  return match !== null && match.clitic === 0;
}

/** True when a number in words follows the token before `end` (a figure may be an age: "الإمام علي 63 سنة"). */
function numberAfter(tokens: TokenStream, end: TokenIndex): boolean {
  const n = tokens.next(tokenIndex(end - 1));
  return n >= 0 && tokens.isWord(n) && isNumberWord(tokens, n);
}

/** True when a word behind a glued و follows word token `j`: "مارتا برزنيز وأنجب". */
function wawAfter(tokens: TokenStream, j: TokenIndex): boolean {
  const n = tokens.next(j);
  return n >= 0 && tokens.isWord(n) && tokens.text(n).length > 1 && tokens.text(n).startsWith(WAW);
}

/** True when punctuation, a numeral or the end follows word token `j`. */
function clauseEndsAfter(tokens: TokenStream, j: TokenIndex): boolean {
  const n = tokens.next(j);
  return n < 0 || tokens.isPunct(n) || tokens.isNumeral(n);
}

/** True when the name is closed right after word token `j`: punctuation, a number, a particle, a role or office, a verb of speech. */
function closedAfterWord(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const n = tokens.next(j);
  if (n < 0 || tokens.isPunct(n) || tokens.isNumeral(n)) return true;
  if (!tokens.isWord(n)) return false;
  const next = tokens.text(n);
  return isNameStop(tokens, t, n) || t.roles.has(next) || t.officeNouns.has(next) || isNumberWord(tokens, n) || lexicon.verbs.has(tokens, n) || lexicon.speechParticles.has(next);
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
  // A verb in the present or future opens no name: "سنواصل دعم"، "يحتاج".
  const opening = tokens.text(k);
  if (!given && opening.length > 3 && (PRESENT_PREFIX.test(opening) || FUTURE_VERB.test(opening))) return null;
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
  if (trusted && givenMatch && !loan && end === givenMatch.end && tokens.next(tokenIndex(end - 1)) === tokens.nextWord(tokenIndex(end - 1))) {
    const after = tokens.nextWord(tokenIndex(end - 1));
    if (after >= 0 && !t.givenNames.matchAt(tokens, after) && (surnameAfterGiven(tokens, lexicon, t, after) || (wawSurname(tokens, lexicon, t, after) && closedAfterWord(tokens, lexicon, t, after)))) {
      // One shaped like a verb in the future or present must end the clause: "محمد سيصل غدا" is no name.
      const verbShaped = VERB_PREFIX.test(tokens.text(after)) && tokens.text(after).length > 3;
      if (!verbShaped || clauseEndsAfter(tokens, after)) end = after + 1;
    }
  }
  // A lone word after a title that reads as something else: an accusative (جاهزاً، يومياً), a noun
  // with ة or a pronoun suffix (عبارة، بلاده) — unless it is a known name.
  if (end === k + 1 && !given && (tokens.hasTanween(k) || /[هة]$/u.test(tokens.text(k)))) return null;
  // Nor is a word of two letters no table lists that nothing closes: a noun of kinship ("ابنة عم أبيه"), not a name ("الأستاذ قو وهو").
  if (end === k + 1 && !given && opening.length < LONE_UNLISTED_LETTERS && !closesLoneName(tokens, lexicon, t, tokenIndex(end))) return null;
  // A surname given by its initial keeps its point: "محمد ب." (court and police news).
  if (end > k + 1 && initialPointAt(tokens, tokenIndex(end))) end++;
  const range = { start: k, end: tokenIndex(end), given, skip };
  // A given name alone that a stop word is spelled like (بان for بأن، علي for على) is the stop
  // before a noun: "لبنانية بان حركة الطيران"، "البريطانية بان الاف المسلمين" (بان كي مون reads on).
  // So before a number: "ونوه وزير الدفاع بان ثلاثة من هؤلاء الضباط".
  if (end === k + 1 && skip === 0 && t.spelledStops.has(opening) && (!closesLoneName(tokens, lexicon, t, tokenIndex(end)) || numberAfter(tokens, tokenIndex(end)))) return null;
  // A given name behind a clitic (ومحمد) or on its own needs a second name word; one that is
  // also a common word (أمل، سعيد، علي for على) needs a second word that is surely a name.
  if (!trusted || skip > 0) {
    if (tokens.wordsBetween(range.start, range.end) < 2) return null;
    const first = tokens.text(k).slice(skip);
    // ناديه "his club" is not نادية: a given name in ة written with ه may be a noun with a pronoun.
    const pronoun = /ه$/u.test(tokens.originalText(k, tokenIndex(k + 1))) && givenMatch!.entry.endsWith('ة');
    // لجان "committees" is not ل + جان: behind a preposition the next word must surely be a name.
    const preposition = skip > 0 && PREPOSITIONS.includes(tokens.text(k)[skip - 1]!);
    // علي and بان are also على and بأن as many write them: on their own, "علي مقر للحزب"، "علي هامش
    // المؤتمر" are the preposition unless a name word surely follows (علي حسن المجيد، علي بن).
    // (Written as the stop folds, without its hamza or ى: إيدي with its hamza is the name.)
    const stopSpelled = skip === 0 && t.spelledStops.has(first) && withoutMarks(tokens.originalText(k, tokenIndex(k + 1))) === first;
    if ((t.ambiguousNames.has(first) || pronoun || preposition || stopSpelled) && !secondIsName(tokens, t, range, pronoun || preposition)) return null;
  }
  return range;
}

/**
 * True when word token `j`, the second of a name, is no given name but shaped as a past verb (وضع،
 * عانق، سجل) and a given name that is no common word follows it: the first name did something to the
 * next ("ورامي وضع بشار تحت الضغط"، "وكان رونالدو عانق روني"), no one's three names ("كمال بشر أمين عام"
 * is a name and an office).
 */
function verbBeforeName(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (!PAST_OF_THREE.test(tokens.text(j)) || t.givenNames.matchAt(tokens, j)) return false;
  const n = tokens.next(j);
  return n >= 0 && tokens.isWord(n) && t.givenNames.matchAt(tokens, n)?.skip === 0 && !t.ambiguousNames.has(tokens.text(n));
}

/** A past verb of three radicals, of form I or III: وضع، سجل، عانق، قابل. */
const PAST_OF_THREE = /^[^ا]ا?[^اوي]{2}$/u;

/** True when token `end` is a point written right after a word of one letter (the initial of "محمد ب."). */
function initialPointAt(tokens: TokenStream, end: TokenIndex): boolean {
  const last = tokenIndex(end - 1);
  return tokens.isWord(last) && tokens.text(last).length === 1 && end < tokens.length && tokens.isPunct(end, '.') && tokens.end(last) === tokens.start(end);
}

/** True when what follows token `end - 1` may close a name of one word: punctuation, the end, a particle, a verb, a number or a word behind و. */
function closesLoneName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, end: TokenIndex): boolean {
  const n = tokens.next(tokenIndex(end - 1));
  if (n < 0 || (tokens.isPunct(n) && !isQuote(tokens, lexicon, n)) || tokens.isNumeral(n)) return true;
  if (!tokens.isWord(n)) return false;
  return isNameStop(tokens, t, n) || tokens.text(n).startsWith(WAW) || isNumberWord(tokens, n) || lexicon.verbs.has(tokens, n) || lexicon.narrativeVerbs.has(tokens, n);
}

/** True when the name at `k` reads as a foreign one: it opens with a foreign given name, or with an unlisted, indefinite word after a title. */
function readsAsLoanName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, given: CliticMatch<string> | null, trusted: boolean): boolean {
  // "سهل بن حنيف": a joiner after the first word makes an Arab chain.
  const next = tokens.nextWord(given ? tokenIndex(given.end - 1) : k);
  if (next >= 0 && t.joiners.has(tokens.text(next))) return false;
  if (given) return t.foreignGiven.has(tokens.text(k).slice(given.skip));
  const w = tokens.text(k);
  return trusted && !isDefinite(w) && !t.joiners.has(withoutConjunction(w)) && !isNameStop(tokens, t, k) && !endsName(tokens, lexicon, t, k);
}

/** The end of a foreign name at `k` (its first word a foreign given name or an unlisted word after a title), or -1. */
export function loanNameAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, given: CliticMatch<string> | null): number {
  if (!given && (isNameStop(tokens, t, k) || endsName(tokens, lexicon, t, k))) return -1;
  // An accusative in ا after a surname alone reads as an object ("الرئيس بوش خطابا"); after a given name, as a name (خافيير سولانا).
  const from = given ? given.end : tokenIndex(k + 1);
  return loanNameEnd(tokens, lexicon, t, from, tokens.wordsBetween(k, from), given !== null);
}

/** The end of an Arab name at `k` (see {@link personNameAt}), or -1. */
export function arabNameEnd(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, givenMatch: CliticMatch<string> | null): number {
  const given = givenMatch !== null;
  let j = k;
  let words = 0;
  let end = -1;
  let afterJoiner = false;
  let joiners = 0;
  // Links of a Mauritanian chain read so far (ولد).
  let patronyms = 0;
  const firstGiven = given || t.joiners.has(withoutConjunction(tokens.text(k)));
  const kunya = t.kunyas.has(withoutConjunction(tokens.text(k)));
  // Every word so far is a given name or a joiner: the chain of a full Arab name (حمد بن خليفة).
  let allGiven = firstGiven;
  // Name words so far, a given name of two words (عبد الله، نور الدين) counted once.
  let slots = 0;
  while (tokens.isWord(j) && words < NAME_WORDS) {
    // ولد between two names of a Mauritanian chain joins them as بن does: "حضية ولد سلامة ولد النفاع".
    if (words > 0 && !afterJoiner && patronymAt(tokens, lexicon, t, j, patronyms > 0)) {
      afterJoiner = true;
      joiners++;
      patronyms++;
      j = tokens.next(j);
      continue;
    }
    // The first word may carry a conjunction before a joiner: "وأبو أيوب".
    const w = j === k && t.joiners.has(withoutConjunction(tokens.text(j))) ? withoutConjunction(tokens.text(j)) : tokens.text(j);
    if (isNameStop(tokens, t, j) && !(j === k && givenMatch && givenMatch.skip > 0)) break;
    if (j > k && !afterJoiner && aliAsPreposition(tokens, t, j)) break;
    // A preposition glued to the article (للجزيرة، بالفوز) starts what follows the name.
    if (j > k && isDefinite(w) && !w.startsWith(article) && !afterJoiner) break;
    // And so does one glued to a noun after two name words: "مصطفى عبد الله بفوز"، "أسامة حسني لغزو".
    if (slots >= 2 && !afterJoiner && gluedPreposition(t, w)) break;
    // A later word is a given name only as written, without a preposition glued to it: "أبو خوصة بفرح" ends at خوصة.
    const later = j === k ? null : t.givenNames.matchAt(tokens, j);
    const nameWord = j === k ? givenMatch : later && (later.skip === 0 || !PREPOSITIONS.includes(tokens.text(j)[0]!)) ? later : null;
    // After two words, a third is a name word only as a given name (a patronymic: محمد حسني مبارك),
    // after a joiner, or as the family name after given names: "بيتر كلارك بلقاء" ends at كلارك,
    // "جورج بوش الأزمة" at بوش, "محمد حسني مبارك" and "جون بول سميث" go on, "صدام حسين عقوبة" stops.
    // A بن chain ends in a nisba as well: "سهل بن حنيف الأنصاري"، "عمرو بن ود العامري".
    // So does a name of a given name and a second word, in a nisba family name: "محمد مقلد المريخي".
    if (words >= 2 && !afterJoiner && !nameWord && !t.joiners.has(w) && !(allGiven && (isDefinite(w) || thirdWordFits(tokens, lexicon, t, j))) && !((joiners > 0 || (given && words === 2)) && familyNisba(tokens, t, j))) break;
    // The second word of a name: not a verb in the present (فارس تزايد، سارة تلد), not a noun with a
    // pronoun (موسى معهم), and after a first word that is no given name (a surname: الرئيس بوش حالة)
    // not a word with ة or the article.
    if (words === 1 && !afterJoiner && !nameWord && !t.joiners.has(w) && (!secondWordFits(tokens, t, j, firstGiven) || lamBeforeNoun(tokens, lexicon, t, j) || verbBeforeName(tokens, t, j))) break;
    // Right after the first word, ال written apart (segmented text) is the article of what follows: "و انتشر علي ال تتابع"،
    // "قلاوون ال ي"; after a chain it is آل written without its madda: "حمد بن فيصل ال ثاني"، "عبد العزيز ال سعود".
    if (words === 1 && joiners === 0 && w === article && withoutMarks(tokens.originalText(j, tokenIndex(j + 1))) === article) break;
    // "زيان ابن أخيه"، "ابن عمه": a kinship noun with a pronoun after a joiner is no name.
    if (afterJoiner && !nameWord && !isDefinite(w) && /ه$/u.test(tokens.originalText(j, tokenIndex(j + 1))) && w.length > 2) break;
    if (t.joiners.has(w)) {
      if ((words === 0 && !t.openingJoiners.has(w)) || ++joiners > NAME_WORDS) break;
      afterJoiner = true;
      j = tokens.next(j);
      continue;
    }
    // A regnal number closes the name: محمد السادس، عبدالله الثاني.
    if (words > 0 && !afterJoiner && isDefinite(w) && w.startsWith(article) && isOrdinal(tokens, j)) {
      end = j + 1;
      break;
    }
    // A kunya may end in a nisba that is also a demonym: أبو حمزة المصري، أبو عبد الله التركي.
    // After a kunya and its name (أبو عبد الله، أبو حميد), only a given name, a joiner or a nisba
    // follows: "ويشعر أبو عبد الله بحزن"، "ويردد أبو عبد الله الآية" end before the next word.
    if (kunya && words > 0 && !afterJoiner && !nameWord && !t.joiners.has(w) && !(isDefinite(w) && w.startsWith(article) && w.endsWith('ي'))) break;
    // So may a name of given names: a nisba family name that is also a demonym, right after them, in
    // the masculine (فيصل السويدي، محمد المصري); the feminine or a plural describes what follows.
    if ((kunya || (allGiven && givenMatch !== null && !t.foreignGiven.has(tokens.text(k).slice(givenMatch.skip)))) && words > 0 && !afterJoiner && t.demonyms.has(w) && w.startsWith(article) && (kunya || w.endsWith('ي'))) {
      end = j + 1;
      break;
    }
    // After a joiner any word but a particle belongs to the name: آل ثاني (ثاني also reads "second").
    if (!afterJoiner && !(nameWord && (nameWord.skip === 0 || j === k) && (j === k || !officeBefore(tokens, t, j))) && endsName(tokens, lexicon, t, j)) break;
    if (isDefinite(w)) {
      // A name opens with a given name (الحسن، الوليد) or a joiner, never with the article.
      if (words === 0 && !afterJoiner && !nameWord) break;
      // A sound plural with the article is what follows the name: "التقى خالد حسين المتظاهرين".
      // So is one of the pattern فاعلين after two name words: "سالم مسعود العائدين من الإيقاف" (زين
      // العابدين is a given name of two words; الشاهين, a given name, is a family name).
      if (words > 0 && !afterJoiner && (SOUND_PLURAL.test(w.slice(article.length)) || (words >= 2 && ACTIVE_PLURAL.test(w.slice(article.length)) && t.givenNames.entriesOf(w.slice(article.length)).length === 0))) break;
      // A participle or noun of place of the derived forms written with ى is no family name: "رمضان علاء الدين المتوفى
      // عام 751"، "المستشفى"، "الملتقى" (a nisba in ى, as Egyptian papers write ي, is one: "هاني الملقى"، "محمد البلتاجى").
      if (words > 0 && !afterJoiner && !nameWord && DERIVED_IN_YA.test(w.slice(article.length)) && withoutMarks(tokens.originalText(j, tokenIndex(j + 1))).endsWith('ى')) break;
      // An office with its adjective after the name: "عمرو موسى الأمين العام"، "… المدير العام".
      if (words > 0 && !afterJoiner && t.titleAdjectives.has(tokens.text(tokens.nextWord(j)))) break;
      // Nor is a known place or body with the article: "سهام الجزيرة" (the arrows of Al-Jazeera, the club).
      const known = t.known.matchAt(tokens, j);
      if (known && known.entry.type !== 'person' && !afterJoiner) break;
      end = j + 1;
      words++;
      slots++;
      // A family name with the article closes the name; after a joiner it is the joined word (أبو الغيط).
      // A given name with the article before another definite word is a patronymic of a Gulf name,
      // which runs on to the family name: "جابر الأحمد الجابر الصباح"، "ناصر المحمد الأحمد الصباح".
      if (!afterJoiner && words > 1 && !(allGiven && definitePatronymic(tokens, t, j))) break;
      afterJoiner = false;
      j = tokens.next(j);
      continue;
    }
    // A known place or body after a name is not part of it: "… حسين العراق"، "… بوش واشنطن".
    if (words > 0 && !afterJoiner && !nameWord && t.known.matchAt(tokens, j) !== null && t.known.matchAt(tokens, j)!.entry.type !== 'person') break;
    if (!nameWord && !t.joiners.has(w)) allGiven = false;
    if (nameWord && nameWord.end > j + 1) {
      // A given name of two words: جان بيير.
      end = nameWord.end;
      words += 2;
      slots++;
      afterJoiner = false;
      j = tokens.next(tokenIndex(nameWord.end - 1));
      continue;
    }
    end = j + 1;
    words++;
    slots++;
    afterJoiner = false;
    j = tokens.next(j);
  }
  return end;
}

/**
 * True when word token `j` is a word of `patronym` (ولد, "son of") inside an Arab name, with a name word right after it: a given name, with the article or not ("ولد محمد الحبيب"، "ولد المختار"),
 * or a word that may continue a name before the next link ("ولد سلامة ولد النفاع") or, in a chain
 * (`chained`: a link was read before), closed after it by punctuation, a particle or a word behind و
 * ("أحمد ولد محمد ولد داف والمصطفى"). Elsewhere ولد is the verb "was born": "محمد ولد عام 1950"، "محمد ولد في
 * القاهرة"، "جورج ولد بوش".
 */
function patronymAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex, chained: boolean): boolean {
  const w = tokens.text(j);
  if (!t.links.patronym.has(w)) return false;
  const n = tokens.next(j);
  if (n < 0 || !tokens.isWord(n)) return false;
  const name = tokens.text(n);
  if (t.givenNames.matchAt(tokens, n)?.skip === 0 || (name.startsWith(article) && t.givenNames.entriesOf(name.slice(article.length)).length > 0)) return true;
  if (!(name.startsWith(article) && name.length > article.length + 2) && !continuesName(tokens, lexicon, t, n, false, true)) return false;
  const after = tokens.next(n);
  if (after >= 0 && tokens.isWord(after) && t.links.patronym.has(tokens.text(after))) return true;
  return chained && (closedAfterWord(tokens, lexicon, t, n) || wawAfter(tokens, n));
}

/** A participle or noun of place of the derived forms in ى (folded ي): متوفي، مستشفي، ملتقي، منتدي. */
export const DERIVED_IN_YA = /^م[^اوي]?ت[^ا]*ي$/u;

/** True when word token `j` is a given name with the article (الأحمد، الجابر، المبارك) and a word with the article follows it. */
function definitePatronymic(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (!w.startsWith(article) || t.givenNames.entriesOf(w.slice(article.length)).length === 0 || t.ambiguousNames.has(w.slice(article.length))) return false;
  const next = tokens.next(j);
  return next >= 0 && tokens.isWord(next) && tokens.text(next).startsWith(article) && !t.titleAdjectives.has(tokens.text(next)) && !t.demonyms.has(tokens.text(next));
}

/** True when the word after the first of `range` is a given name, a joiner or a nisba (الطاهات is not: العتيبي is). */
function secondIsName(tokens: TokenStream, t: MentionTables, range: TokenRange, noNisba = false): boolean {
  // A given name of two words (نور الدين) is sure on its own.
  if ((t.givenNames.matchAt(tokens, range.start)?.end ?? 0) > range.start + 1) return true;
  const second = tokens.nextWord(range.start);
  if (second < 0 || second >= range.end) return false;
  const w = tokens.text(second);
  // A nisba (العتيبي) is sure unless the first word may be a noun with a pronoun: "ناديه الأصلي" is "his original club".
  // Not an ordinal (محفوظ الثاني "Mahfouz came second") nor a known person's surname (خليفة الزرقاوي "Zarqawi's successor").
  // Its stem has three letters at least: الهي (إلهي "divine": "نصر الهي") is no nisba.
  const nisba = isDefinite(w) && w.startsWith(article) && w.endsWith('ي') && w.length - article.length >= NISBA_STEM_LETTERS && !isOrdinal(tokens, second) && t.known.matchAt(tokens, second)?.entry.type !== 'person';
  if (t.joiners.has(w) || (!noNisba && nisba)) return true;
  // So is a person's surname the tables know, where a name may open (after punctuation or a definite
  // title): "الأمين العام حسن نصرالله"، "البيت الأبيض، سارة ساندرز" — elsewhere the first word is a
  // noun in construct with the surname: "في حياة أينشتاين"، "وبدت آمال فيدرر"، "المتحدث باسم نتنياهو".
  const known = t.known.matchAt(tokens, second);
  if (!noNisba && known?.skip === 0 && known.end === range.end && known.entry.type === 'person' && !isDefinite(w) && opensAfterDefinite(tokens, t, range.start)) return true;
  // A second given name is sure when it is no common word itself: "سلام شامل" is no name.
  return t.givenNames.matchAt(tokens, second)?.skip === 0 && !t.ambiguousNames.has(w);
}

/** Fewest letters of a nisba after its article: العلي، المصري (الهي is إلهي, an adjective). */
const NISBA_STEM_LETTERS = 3;

/** True when token `k` is a word without a clitic after punctuation, the start or a definite word that is no particle (a title or its adjective), and is no link (باسم). */
function opensAfterDefinite(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  if (t.links.onBehalfOf.has(tokens.text(k))) return false;
  const p = tokens.previous(k);
  return p < 0 || tokens.isPunct(p) || (tokens.isWord(p) && isDefinite(tokens.text(p)) && !t.stops.has(tokens.text(p)));
}

/**
 * The name after a title (the token after its last word is `from`): past the adjectives and
 * demonyms that qualify the title (الرئيس الأمريكي السابق), an affiliation (العقيد في الجيش
 * الأمريكي) and quotation marks (العقيد “ريان ديلون”).
 */
export function personAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, from: TokenIndex): TokenRange | null {
  const t = mentionTables(lexicon);
  let j = tokens.next(tokenIndex(from - 1));
  let nationality = false;
  let field = false;
  for (let n = 0; n < ROLE_WORDS && tokens.isWord(j); n++) {
    const w = tokens.text(j);
    if (t.demonyms.has(w)) nationality = true;
    else if (fieldAdjective(tokens, t, j)) field = true;
    else if (!t.titleAdjectives.has(w)) break;
    j = tokens.next(j);
  }
  // After an adjective of field ("الخبير الاقتصادي") the name opens with a given name: "الشيخ الخراساني أمين المجمع" names no أمين.
  if (field && !nationality && !(tokens.isWord(j) && t.givenNames.matchAt(tokens, j)?.skip === 0 && !t.officeNouns.has(tokens.text(j)))) return null;
  if (tokens.isWord(j) && t.links.in.has(tokens.text(j))) {
    const first = tokens.next(j);
    let a = first;
    for (let n = 0; n < ROLE_WORDS && tokens.isWord(a) && isDefinite(tokens.text(a)); n++) a = tokens.next(a);
    // "الخبير في شؤون": an affiliation is definite; without one, في starts what follows.
    if (a === first) return null;
    j = a;
  }
  if (j < 0) return null;
  const quoted = quotedName(tokens, lexicon, j);
  // A quoted name holds no stop word with the article: "المؤلف " سيد عصر الإرهاب الحالي "" is a phrase.
  if (quoted) return quotedHasStop(tokens, t, quoted) ? null : quoted;
  // A title that is also a common noun (الفريق "the team") is followed by a name only when it opens with a given name.
  const given = t.givenNames.matchAt(tokens, j);
  const name = personNameAt(tokens, lexicon, j, true);
  if (!(given && given.skip === 0) && t.nounTitles.has(withoutCliticsBeforeArticle(tokens.text(tokenIndex(from - 1))))) {
    // Or with one word no table lists that punctuation or a particle sets apart: "تصدى لها الحارس
    // هيلتون ،"; "صفوف الفريق طالت كافو" has two words, neither a given name.
    if (!name || isDefinite(tokens.text(j))) return null;
    // A nationality makes the noun a person, and two name words after it a name: "اللاعب الكونغولي
    // شاباني نوندا"، "العداء الكيني بونغي ويلفريد" ("الفريق الكونغولي" before one word stays a team).
    if (nationality && !t.teamNounTitles.has(withoutCliticsBeforeArticle(tokens.text(tokenIndex(from - 1))))) {
      const foreign = withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, j));
      if (foreign) return foreign;
    }
    if (name.end !== j + 1) return null;
    const after = tokens.next(tokenIndex(name.end - 1));
    return after < 0 || (tokens.isPunct(after) && !isQuote(tokens, lexicon, after)) || (tokens.isWord(after) && isNameStop(tokens, t, after)) ? name : null;
  }
  return beforeItsObject(tokens, lexicon, t, name) || beforeTitle(tokens, t, name) ? null : name;
}

/** True when a word of the quoted range is a name stop with the article (الحالي، الذي): "واي أو" and "إمام" stay names. */
function quotedHasStop(tokens: TokenStream, t: MentionTables, range: TokenRange): boolean {
  for (let k = range.start; k < range.end; k++) if (tokens.isWord(k) && isDefinite(tokens.text(k)) && isNameStop(tokens, t, k)) return true;
  return false;
}

/**
 * True when word token `j` is an adjective of field after a title, with the article and the
 * nisba ending: "الخبير الاقتصادي أمين فارس"، "المحلل المالي"، "المؤرخ الفني الألماني" — not a
 * known place or body, a particle, or an adjective of office (those are read already).
 */
function fieldAdjective(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  return w.startsWith(article) && /ي$/u.test(w) && w.length > 5 && !t.stops.has(w) && t.known.matchAt(tokens, j) === null && !t.givenNames.matchAt(tokens, j);
}

/**
 * The name `range` without an ordinal at its end when a nationality introduces it: there the
 * ordinal is a player's seeding, not a regnal number ("التشيلي فرناندو غونزاليز العاشر على
 * التشيكي"، "التشيكية نيكول فايديسوفا التاسعة"); a king is introduced by his title (الملك عبد الله الثاني).
 */
export function withoutSeeding(tokens: TokenStream, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  const last = tokens.previous(range.end);
  if (last <= range.start || !tokens.isWord(last) || !isOrdinal(tokens, last)) return range;
  const end = tokens.previous(last) >= range.start ? tokenIndex(tokens.previousWord(last) + 1) : last;
  return tokens.wordsBetween(range.start, end) > 1 ? { ...range, end } : range;
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
  if (!given && (isDefinite(tokens.text(j)) || !opensAfterTitle(tokens, lexicon, t, j) || !readsAsLoanName(tokens, lexicon, t, j, null, true))) return null;
  const name = personNameAt(tokens, lexicon, j, true);
  const from = given ? given.end : tokenIndex(j + 1);
  const end = given && !t.foreignGiven.has(tokens.text(j)) ? (name?.end ?? from) : loanNameEnd(tokens, lexicon, t, from, tokens.wordsBetween(j, from), true, given !== null);
  const longest = name && name.end > end ? name.end : end;
  return tokens.wordsBetween(j, tokenIndex(longest)) > 1 ? { start: j, end: tokenIndex(longest) } : null;
}

/** True when an unlisted word `j` after a title may open a name: shaped like a name word (see {@link continuesName}), an accusative in ا aside. */
function opensAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  // بأن، بحضور، بحلول: a preposition before a hamza or a ح opens a phrase, not a name (بلير، بوش، باول do).
  if (/^ب[أإح]/u.test(tokens.originalText(j, tokenIndex(j + 1))) || PREPOSITION_BEFORE_HAMZA.test(tokens.originalText(j, tokenIndex(j + 1)))) return false;
  if (PREPOSITION_PHRASE.test(w) || SOUND_PLURAL.test(w) || PAST_VERB.test(w) || DERIVED_PAST.test(w) || GEMINATE.test(w) || LAM_BEFORE_VERB.test(w) || lamBeforeNoun(tokens, lexicon, t, j)) return false;
  // A past verb of three consonants, in the feminine too, or ending in ى: "الرئيس الحالي دفع ثمن"،
  // "الوزيرة الأميركية طرحت"، "الرئيس السوري سعى" (names so shaped are given names: حمد، رفعت، منى).
  // Before بن it opens a chain ("سهل بن حنيف"، "بسر بن أرطأة"), before punctuation it is a surname ("قال الوزير رزق «").
  const next = tokens.nextWord(j);
  const after = tokens.next(j);
  const named = (next >= 0 && t.joiners.has(tokens.text(next))) || after < 0 || tokens.isPunct(after);
  if ((TRILITERAL_PAST.test(w) && !named) || (w.length <= SHORT_VERB_LETTERS && tokens.originalText(j, tokenIndex(j + 1)).endsWith('ى'))) return false;
  // ل or ب before a noun in construct with a definite word is a phrase: "النائب الأول لرئيس مجلس
  // الوزراء"، "المدير السابق لجهاز الاستخبارات" (a name after a title takes no article after ل).
  // So before the head of a body or a verbal noun: "عضو اللجنة التنظيمية لدول مجلس التعاون"، "زعيم الحزب لوقف إطلاق النار".
  const construct = next >= 0 && (t.organisationHeads.has(tokens.text(next)) || VERBAL_NOUN.test(tokens.text(next)));
  if (PREPOSITIONS.includes(w[0]!) && (t.officeNouns.has(w.slice(1)) || t.roles.has(w.slice(1)) || t.organisationHeads.has(w.slice(1)) || construct || (next >= 0 && tokens.text(next).startsWith(article) && !t.known.matchAt(tokens, next)))) return false;
  // A first word in ا is an accusative ("الملك ساكنا") unless a name word follows it: "فايرا فيكي فريبيرجا".
  const alif = next >= 0 && !tokens.text(next).endsWith('ا') && continuesName(tokens, lexicon, t, next, true, false);
  return continuesName(tokens, lexicon, t, j, true, alif);
}

/** ل glued to a noun of three radicals and no long vowel: لشرح، لفحص، لبطل (لحود، لمين، لطفي have one). */
const LAM_BEFORE_THREE = /^ل[^اوي]{3}$/u;

/**
 * True when word token `j` is ل glued to a noun of three radicals with its complement after it,
 * not a name: "السلطان عبد الحفيظ لشرح موقف والده"، "وخضع عباس لفحص طبي"، "وتحول صلاح لبطل قوي".
 * A Maghrebi family name is so shaped and stands apart after it: "فوزي لقجع ونظيره"، "لقجع في".
 */
function lamBeforeNoun(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  if (!LAM_BEFORE_THREE.test(tokens.text(j)) || closedAfterWord(tokens, lexicon, t, j)) return false;
  const next = tokens.next(j);
  return tokens.isWord(next) && !tokens.text(next).startsWith(conjunctionAnd);
}
/** ل of purpose glued to a verb in the present of three radicals: ليقرر، لتحقق (ليبرمان، ليفني have a long vowel). */
const LAM_BEFORE_VERB = /^ل[يت][^اوي]{3}$/u;

/** A past verb of three consonants in the feminine: ظهرت، صدمت، شملت (given names so shaped are listed: رفعت، عزت). */
const FEMININE_PAST = /^[^اوي]{3}ت$/u;
/** The written endings of most women's names: ماجدة، هيفاء، رشا، سلمى. */
const FEMININE_ENDING = /(?:[ةاى]|اء)$/u;

/** A past verb of three consonants, or in the feminine with ت: دفع، صرف، طرحت، بلغت — no name's first word after a title. */
const TRILITERAL_PAST = /^[^اوي]{3}ت?$/u;
/** Most letters of a verb in ى no name table lists: سعى، مضى، أعطى. */
const SHORT_VERB_LETTERS = 4;

/**
 * A word of three letters whose last two are one letter doubled: a verb of a doubled root or of
 * form II written without its shadda (كرر، شدد، حدد، جدد) or a noun (عدد، مدد) — never a name.
 */
export const GEMINATE = /^[^اوي]([^اوي])\1$/u;

/** Past verbs of forms VIII and VII: امتنع، اعتبر، انسحب — no name's first word after a title ("الرئيس الأميركي امتنع عن"). */
const DERIVED_PAST = /^(?:ا[^اوي]ت[^اوي]{2}|ان[^اوي]{3})$/u;

/** Past verbs of the derived forms ending in a weak letter: استدعى، اشترى، تولى — no name's first word. */
const PAST_VERB = /^(?:است[^اوي]{2}|ا[^اوي]ت[^اوي]|ت[^اوي]{2})ي$/u;

/**
 * The name in apposition to a role at word token `k`: the role, its complement (definite
 * words, ل + definite, باسم, known places and bodies, further roles), then the name:
 * "وزير الخارجية عادل الجبير"، "الأمين العام للأمم المتحدة كوفي أنان"، "رئيس الاتحاد برند
 * جوتشولك". Null when no name follows the description.
 */
export function personAfterRole(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): TokenRange | null {
  const t = mentionTables(lexicon);
  if (!tokens.isWord(k) || !t.roles.has(tokens.text(k))) return null;
  let j = tokens.next(k);
  let words = 0;
  while (tokens.isWord(j) && words < ROLE_WORDS) {
    const w = tokens.text(j);
    if (t.stops.has(w) && !t.links.onBehalfOf.has(w)) break;
    const known = t.known.matchAt(tokens, j);
    if (known && known.skip === 0 && !isDefinite(w) && known.entry.type !== 'person') {
      j = tokens.next(tokenIndex(known.end - 1));
      words++;
      continue;
    }
    // A title after the description introduces the name: "نائب قائد التحالف … الميجر جنرال فيلكس جيدني".
    const title = t.titles.matchAt(tokens, j);
    if (title) return words > 0 ? personAfterTitle(tokens, lexicon, title.end) : null;
    // Only the bare article (or ل + article) continues the description: والدعم starts a second one.
    if (((isDefinite(w) && (w.startsWith(article) || w.startsWith(liArticle))) || t.links.onBehalfOf.has(w) || t.roles.has(w)) && !t.demonyms.has(w)) {
      j = tokens.next(j);
      words++;
      continue;
    }
    break;
  }
  // Demonyms after the description qualify it: "رئيس الوزراء البريطاني توني بلير".
  for (let n = 0; n < ROLE_WORDS && tokens.isWord(j) && (t.demonyms.has(tokens.text(j)) || t.titleAdjectives.has(tokens.text(j))); n++) {
    j = tokens.next(j);
    words++;
  }
  if (words === 0 || !tokens.isWord(j)) return null;
  const name = personNameAt(tokens, lexicon, j, true);
  return beforeItsObject(tokens, lexicon, t, name) ? null : name;
}

/**
 * True when `name`, read after a title or role, is one word no table lists with a definite noun
 * right after it: the word is the verb whose subject the title is, or a noun in construct, and
 * the noun its object or complement — "الرئيس الأميركي منح الأوروبيين"، "النائب العام نتائج
 * التحقيقات"، "رئيس الجمهورية دعم فرنسا". A name is followed by a verb, a particle or punctuation
 * ("الرئيس شيراك الثلاثاء": a day is a stop word, not an object).
 */
function beforeItsObject(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, name: NameReading | TokenRange | null): boolean {
  if (!name || name.end !== name.start + 1 || t.givenNames.matchAt(tokens, name.start) || t.known.matchAt(tokens, name.start)) return false;
  const n = tokens.next(name.start);
  if (n < 0 || !tokens.isWord(n)) return false;
  const w = tokens.text(n);
  if (isNameStop(tokens, t, n) || t.demonyms.has(w) || t.titleAdjectives.has(w) || isOrdinal(tokens, n) || lexicon.verbs.has(tokens, n) || lexicon.narrativeVerbs.has(tokens, n)) return false;
  return w.startsWith(article) || (t.known.matchAt(tokens, n)?.entry.type === 'place' && t.known.matchAt(tokens, n)?.skip === 0);
}

/**
 * True when `name`, read after a title, is one word with a second title right after it: an
 * adjective between the titles, the name after the second ("ولي العهد الأمين الشيخ تميم بن حمد").
 */
function beforeTitle(tokens: TokenStream, t: MentionTables, name: TokenRange | null): boolean {
  if (!name || name.end !== name.start + 1) return false;
  const n = tokens.next(name.start);
  return n >= 0 && tokens.isWord(n) && t.titles.matchAt(tokens, n)?.skip === 0;
}

/** True when word token `j` is a number word as written (ثلاثة، والعشرين), not a name that reads as one behind a letter (باول is not ب + أول). */
export function isNumberWord(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && (r.prefix === '' || r.prefix === article || r.prefix === conjunctionAnd || r.prefix === conjunctionAnd + article);
}

/** True when word token `j` is an ordinal with the article: السادس، الثاني. */
function isOrdinal(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && r.prefix === article && r.senses.some((s) => s.type === 'ordinal');
}

/** Pronoun suffixes: معهم، لإقناعهم، عنها. */
export const PRONOUN = /(?:هم|هما|ها|كم|نا)$/u;
/** The future prefix on a verb in the present: سيكون، ستبدأ. */
export const FUTURE_VERB = /^س[يتن]/u;

/** Fewest letters of a family name without the article after two given names: "محمد حسني مبارك"، "سهيل إدريس نشر" stops. */
const THIRD_WORD_LETTERS = 4;

/** True when word `w` is a nisba with the article that may close a بن chain (الأنصاري), not an adjective of office (السابق) or a demonym. */
function chainNisba(t: MentionTables, w: string): boolean {
  return w.startsWith(article) && w.endsWith('ي') && w.length > 5 && !t.titleAdjectives.has(w) && !t.demonyms.has(w);
}

/**
 * True when word token `j` is a nisba that may close a name as its family name (الأنصاري، المريخي),
 * written with ي:
 * no known place or body, particle, generic word of a body (الوطني), noun of office or trade
 * (الدبلوماسي) or descriptor (النادي).
 */
function familyNisba(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  const bare = w.slice(article.length);
  // Written with ى it is a noun, not a nisba: "عباس دخل المستشفى"; so is a verbal noun تفعّل of a weak root: التخلي، التحدي.
  if (!withoutMarks(tokens.originalText(j, tokenIndex(j + 1))).endsWith('ي') || WEAK_VERBAL_NOUN.test(bare)) return false;
  return chainNisba(t, w) && t.known.matchAt(tokens, j) === null && !t.stops.has(w) && !t.genericBodyWords.has(w) && !t.officeNouns.has(bare) && !t.descriptorWords.has(bare);
}

/** The ل of purpose: لِ before a verb in the present ("وجاء فوز عبد الفتاح ليعوض"، "لتؤكد"). */
const PURPOSE_LAM = 'ل';

/** True when word `w` is ل before a verb in the present, read as an Arab name's word would be (a loan surname may open so: جوزيف ليبرمان; not a third word). */
function purposeVerb(w: string): boolean {
  return w.startsWith(PURPOSE_LAM) && verbLike(w.slice(1), false);
}

/** True when word token `j`, indefinite and no given name, may be the family name after two given names. */
function thirdWordFits(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  return w.length >= THIRD_WORD_LETTERS && !NOUN_OR_VERB_SHAPE.test(w) && !SOUND_PLURAL.test(w) && !purposeVerb(w) && continuesName(tokens, lexicon, t, j, false, false);
}

/** True when word token `j` may be the second word of a name whose first word is a given name or not (`afterGiven`). */
function secondWordFits(tokens: TokenStream, t: MentionTables, j: TokenIndex, afterGiven: boolean): boolean {
  const w = tokens.text(j);
  if (w.length > 3 && (PRESENT_PREFIX.test(w) || FUTURE_VERB.test(w))) return false;
  // A word with the article bears no pronoun: البنا، المهنا end in نا as family names (الحكم، الأهم
  // end in كم، هم as common words do, and stay out).
  if (w.length > 4 && PRONOUN.test(w) && !(w.startsWith(article) && w.endsWith(NA))) return false;
  if (tokens.hasTanween(j)) return false;
  // An accusative or a verbal noun after the subject: "عباس اجتماعا"، "بوش لقاء"، "سالم تدريبات"،
  // "صدام بارتكاب"، "محمد أحاديث"، "نزار مرتين"، "موسى معهم".
  if (!isDefinite(w) && (/(?:اء|ات|ا)$/u.test(w) || SOUND_PLURAL.test(w) || BROKEN_PLURAL.test(w) || PRONOUN_ON_PREPOSITION.test(w))) return false;
  if (!isDefinite(w) && PREPOSITIONS.includes(w[0]!) && (t.stops.has(w.slice(1)) || /[هة]$/u.test(w) || VERBAL_NOUN.test(w.slice(1)) || purposeVerb(w))) return false;
  // A past verb or an elative after a given name is what it did or is, not its family name: "وكان
  // عباس أدخل للمستشفى"، "سجل صلاح أكبر عدد"، "أكد أن كيم جدد التزامه" (given names so shaped
  // are listed: أحمد، أشرف). A verb in the feminine agrees with a woman's name before it: "وكانت
  // هيفاء صدمت جمهورها" ("أحمد فتفت" is a man's name and surname).
  if (!isDefinite(w) && (ELATIVE.test(w) || GEMINATE.test(w) || (FEMININE_PAST.test(w) && FEMININE_ENDING.test(tokens.originalText(tokens.previousWord(j), tokenIndex(tokens.previousWord(j) + 1)))))) return false;
  // A definite plural of a verbal noun or participle is an object, not a family name: "حمدان الإجراءات"، "صبري المحادثات" (الطاهات is a name).
  if (isDefinite(w) && /^(?:الم|الا|الت).{3,}ات$/u.test(w)) return false;
  if (afterGiven) return true;
  return !isDefinite(w) && !/[هة]$/u.test(w);
}

