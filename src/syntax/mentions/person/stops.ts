/**
 * Where a person's name ends: stop words and their look-alikes (على written علي، بأن written بان),
 * words that cannot belong to a name (roles, verbs, offices before their complement, number words),
 * what closes a name after its last word (punctuation, a particle, a verb of speech), and the test
 * of a word that may continue one.
 */
import { type TokenStream, writtenToken } from '../../../numbers/tokens.js';
import type { WordSense } from '../../../numbers/words.js';
import { article, articleStart, conjunctionAnd, isDefinite, withoutConjunction } from '../../../text/clitics.js';
import { type TokenIndex } from '../../../text/coordinates.js';
import { withoutMarks } from '../../../text/fold.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import { isQuote } from '../../noun-phrase.js';
import type { MentionTables } from '../tables.js';
import { ACCUSATIVE_ENDING, DERIVED_PAST, ELATIVE, GEMINATE, LAM_BEFORE_THREE, LOAN_NA, LOAN_YEH, NEGATED_VERB, NOUN_ENDING, PARTICIPLE, PAST_OF_THREE, PREPOSITION_BEFORE_HAMZA, PREPOSITION_PHRASE, PREPOSITIONS, PRONOUN, PRONOUN_ON_PREPOSITION, TA_MARBUTA, TANWEEN, VERBAL_NOUN, verbLike, WAW } from './shapes.js';

/** Most words of a person's name, joiners (بن، أبو، آل) not counted: "حمد بن خليفة آل ثاني" has three. */
export const NAME_WORDS = 4;

/** Alif with hamza above, which أين has and the loan name واين does not. */
const HAMZA_ABOVE = 'أ';

/**
 * True when word token `j` is a particle, preposition or pronoun, with or without a glued و
 * (ولا، وهو): it ends a name even where it is written like one (آن/أن، علي/على).
 */
export function isNameStop(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  // ولا، وهو: a stop behind a conjunction; فيصل، وليد are names, not ف + يصل.
  if (t.stops.has(w) || t.nameEndWords.has(w) || (!t.givenNames.starts(w) && t.stops.has(withoutConjunction(w, 2)))) return true;
  // A blessing after the name: "عبدالعزيز طيب الله ثراه" ends at عبدالعزيز.
  if (t.blessings.matchAt(tokens, j) !== null) return true;
  // A word that ends names behind و written with its hamza is و and that word, though the whole folds to a
  // name: "وأين لقيت" is not واين (Wayne), written so.
  if (w.startsWith(WAW) && t.nameEndWords.has(w.slice(1)) && writtenToken(tokens, j)[1] === HAMZA_ABOVE) return true;
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
  const written = withoutMarks(writtenToken(tokens, j));
  return spellings.includes(written) || !(t.nameSpellings.get(w) ?? []).includes(written);
}

/**
 * True when word token `j`, after the first word of a name, is على written علي (as many write it):
 * before a definite word, a noun in ة or a particle ("نجاد علي ضرورة"، "حصل علي كل"); not before
 * a name (صدام حسين علي المجيد reads on).
 */
export function aliAsPreposition(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (!t.links.ala.has(tokens.text(j))) return false;
  const next = tokens.nextWord(j);
  if (next < 0) return false;
  const w = tokens.text(next);
  // (No preposition follows على: "وقال أحمد علي في بيان" names أحمد علي.)
  return (isDefinite(w) && !w.startsWith(article)) || /[هة]$/u.test(w) || (t.stops.has(w) && !t.links.in.has(w)) || aliCompound(tokens, t, next);
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
export function aliBeforeDefinite(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  if (!t.links.ala.has(tokens.text(k))) return false;
  const next = tokens.nextWord(k);
  if (next < 0) return false;
  const w = tokens.text(next);
  if (t.stops.has(w) || aliCompound(tokens, t, next)) return true;
  return isDefinite(w) && !(w.startsWith(article) && w.endsWith('ي') && !w.endsWith('الي')) && t.known.matchAt(tokens, k) === null && !t.givenNames.matchAt(tokens, next);
}

/** True when word token `j` cannot be part of a person's name: it ends the name before it. */
export function endsName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (tokens.isForeign(j) || t.roles.has(w) || (t.demonyms.has(w) && !surnameLikeDemonym(tokens, t, j)) || t.titleAdjectives.has(w)) return true;
  if (t.organisationHeads.has(w) || isNumberWord(tokens, j)) return true;
  // The dual of a counted noun is a count, the object after the subject: "سجل رونالدو هدفين".
  if (lexicon.units.dualAt(tokens, j) && !t.givenNames.starts(w)) return true;
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
 * True when the demonym at word token `j` is a surname: indefinite and masculine, right after a given
 * name that is no common word, where an adjective would take the article as the name does ("بيتر
 * كينيون"، "يوسف روسي"، "جون كيني"; an adjective: "بيتر الكيني"; a noun and its adjective: "أميرة أردنية").
 */
function surnameLikeDemonym(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  // A feminine demonym agrees with a noun: "أميرة أردنية" is a Jordanian princess.
  if (isDefinite(tokens.text(j)) || writtenToken(tokens, j).endsWith(TA_MARBUTA)) return false;
  const before = tokens.previousWord(j);
  // A noun with tanween is no name: "جانٍ سعودي" is a Saudi offender.
  if (before < 0 || tokens.next(before) !== j || t.ambiguousNames.has(tokens.text(before)) || TANWEEN.test(writtenToken(tokens, before))) return false;
  const given = t.givenNames.matchAt(tokens, before);
  return given !== null && given.skip === 0 && given.end === before + 1;
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

/**
 * True when word token `j`, not the first of a name and without the article, may continue it:
 * not a word that ends names, not a verb, a noun with a pronoun, a noun in ة/اء/ات, an accusative
 * in ا (خطابا; `alif` allows it, as loan names end so: سولانا), a preposition glued to a particle
 * (بأن) or a known place or body. `loan` reads it as a word of a foreign name.
 */
export function continuesName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex, loan: boolean, alif: boolean): boolean {
  if (!tokens.isWord(j)) return false;
  const w = tokens.text(j);
  // In a foreign name a long word written أل is a loan word's, not the article: "داني ألفيس"، "بيدرو ألمودوفار".
  const definite = isDefinite(w) && !(loan && hamzaOpensLoanWord(tokens, j));
  if (w.length < 2 || definite || tokens.hasTanween(j) || isNameStop(tokens, t, j) || endsName(tokens, lexicon, t, j) || t.joiners.has(w)) return false;
  if (verbLike(w, loan) || VERBAL_NOUN.test(w) || DERIVED_PAST.test(w) || ELATIVE.test(w) || GEMINATE.test(w) || PARTICIPLE.test(w) || NEGATED_VERB.test(w) || (loan && t.officeNouns.has(w))) return false;
  if ((PREPOSITION_PHRASE.test(w) || (PREPOSITIONS.includes(w[0]!) && VERBAL_NOUN.test(w.slice(1)))) && !t.givenNames.starts(w)) return false;
  if (PRONOUN_ON_PREPOSITION.test(w) && w.length > 3) return false;
  if (w.length > 4 && PRONOUN.test(w) && !(loan && LOAN_NA.test(w))) return false;
  const written = writtenToken(tokens, j);
  if (nounEnding(tokens, t, j, loan)) return false;
  // ب or ل glued before a hamza is a preposition before a noun, never a name word: "ديبورا إيليس بأسلوب"، "غول لأسبوعية".
  if (PREPOSITION_BEFORE_HAMZA.test(written)) return false;
  if (w.endsWith(ACCUSATIVE_ENDING) && !alif) return false;
  if (PREPOSITIONS.includes(w[0]!) && t.stops.has(w.slice(1))) return false;
  const known = t.known.matchAt(tokens, j);
  return !known || known.entry.type === 'person';
}

/** Hamza seats that open a word written أل/إل where the article, which takes none, would stand. */
const HAMZA_ALEFS = 'أإ';
/** Fewest letters of a word written أل read as a loan word: أفعل verbs (ألمح، ألقى) are shorter. */
const HAMZA_LOAN_LETTERS = 5;
/** The plural أفعال written أل (ألعاب، ألوان، ألقاب): an Arabic noun, no loan word. */
const AFAAL_WITH_LAM = /^ال[^اوي]ا[^اوي]$/u;

/**
 * True when word token `j` looks definite only because it is written أل or إل with a hamza, as the article
 * never is: إلغاء، ألعاب، أليسون (folded, they open with ال).
 */
export function hamzaOnArticle(tokens: TokenStream, j: TokenIndex): boolean {
  const at = articleStart(tokens.text(j));
  return at >= 0 && hamzaWrittenAt(tokens, j, at);
}

/**
 * True when word token `j` is written with a hamza seat (أ or إ) at letter `at`, where its folded form has a bare
 * alef: the alef is no long vowel there ("التأهل" is تفعّل, not a hollow noun).
 */
export function hamzaWrittenAt(tokens: TokenStream, j: TokenIndex, at: number): boolean {
  const written = withoutMarks(writtenToken(tokens, j));
  return written.length === tokens.text(j).length && HAMZA_ALEFS.includes(written[at]!);
}

/**
 * A loan word that opens with فال, which reads as ف and the article (Valverde فالفيردي، Falcao فالكاو): four
 * letters or more after it, and no ending of an Arabic noun with the article behind ف (فالحكومة، فالمسؤولين).
 */
const FA_LOAN_WORD = /^فال\p{L}{4,}(?<![هة]|ون|ين|ات)$/u;

/**
 * True when word token `j` is written أل or إل with a hamza (see {@link hamzaOnArticle}) and is long enough
 * and not shaped as an Arabic plural to be a loan word: أليسون، ألمودوفار، ألفيس; or is a loan word written
 * فال ({@link FA_LOAN_WORD}).
 */
export function hamzaOpensLoanWord(tokens: TokenStream, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (FA_LOAN_WORD.test(w)) return true;
  const at = articleStart(w);
  if (at < 0 || w.length - at < HAMZA_LOAN_LETTERS || AFAAL_WITH_LAM.test(w.slice(at))) return false;
  return hamzaOnArticle(tokens, j);
}

/**
 * True when word token `j` ends as a noun does, in ة (folded to ه), اء or ات (عقوبة، لقاء، تدريبات).
 * With `loan`, a loan name's يه is no such ending (أوليفيه، تريشيه), unless written ة ("شيرين عادل مرتدية
 * غطاء") or it is أبي with its pronoun ("ابنة عم أبيه").
 */
export function nounEnding(tokens: TokenStream, t: MentionTables, j: TokenIndex, loan: boolean): boolean {
  const w = tokens.text(j);
  if (!NOUN_ENDING.test(w)) return false;
  return !(loan && LOAN_YEH.test(w) && !t.obliqueKunyas.has(w.slice(0, -1)) && !writtenToken(tokens, j).endsWith('ة'));
}

/** True when words `j` and the next both end in ا: an accusative noun and its adjective ("هجوما عنيفا"), not a name (سولانا). */
export function accusativePair(tokens: TokenStream, j: TokenIndex): boolean {
  const next = tokens.nextWord(j);
  return tokens.text(j).endsWith(ACCUSATIVE_ENDING) && next >= 0 && tokens.text(next).endsWith(ACCUSATIVE_ENDING) && tokens.text(next).length > 3;
}

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
  return tokens.text(n) !== BARE_AN || writtenToken(tokens, n).startsWith('إ');
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
export function numberAfter(tokens: TokenStream, end: TokenIndex): boolean {
  const n = tokens.next((end - 1) as TokenIndex);
  return n >= 0 && tokens.isWord(n) && isNumberWord(tokens, n);
}

/** True when a word behind a glued و follows word token `j`: "مارتا برزنيز وأنجب". */
export function wawAfter(tokens: TokenStream, j: TokenIndex): boolean {
  const n = tokens.next(j);
  return n >= 0 && tokens.isWord(n) && tokens.text(n).length > 1 && tokens.text(n).startsWith(WAW);
}

/** True when punctuation, a numeral or the end follows word token `j`. */
export function clauseEndsAfter(tokens: TokenStream, j: TokenIndex): boolean {
  const n = tokens.next(j);
  return n < 0 || tokens.isPunct(n) || tokens.isNumeral(n);
}

/** True when the name is closed right after word token `j`: punctuation, a number, a particle, a role or office, a verb of speech. */
export function closedAfterWord(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const n = tokens.next(j);
  if (n < 0 || tokens.isPunct(n) || tokens.isNumeral(n)) return true;
  if (!tokens.isWord(n)) return false;
  const next = tokens.text(n);
  // A medium told with ل closes it too: "قال تريباثي للصحفيين"، "قال تريشيه لصحيفة لوموند".
  // So does the next name of a list, a given name behind و: "وداني سيبايوس ولوكاس فاسكيز".
  const listed = next.startsWith(WAW) && (t.givenNames.matchAt(tokens, n)?.skip ?? 0) > 0;
  return listed || isNameStop(tokens, t, n) || t.roles.has(next) || t.officeNouns.has(next) || isNumberWord(tokens, n) || lexicon.verbs.has(tokens, n) || lexicon.speechParticles.has(next) || lexicon.isAddressee(next);
}

/** True when what follows token `end - 1` may close a name of one word: punctuation, the end, a particle, a verb, a number or a word behind و. */
export function closesLoneName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, end: TokenIndex): boolean {
  const n = tokens.next((end - 1) as TokenIndex);
  if (n < 0 || (tokens.isPunct(n) && !isQuote(tokens, lexicon, n)) || tokens.isNumeral(n)) return true;
  if (!tokens.isWord(n)) return false;
  return isNameStop(tokens, t, n) || tokens.text(n).startsWith(WAW) || isNumberWord(tokens, n) || lexicon.verbs.has(tokens, n) || lexicon.narrativeVerbs.has(tokens, n);
}

/** True when token `end` is a point written right after a word of one letter (the initial of "محمد ب."). */
export function initialPointAt(tokens: TokenStream, end: TokenIndex): boolean {
  const last = (end - 1) as TokenIndex;
  return tokens.isWord(last) && tokens.text(last).length === 1 && end < tokens.length && tokens.isPunct(end, '.') && tokens.end(last) === tokens.start(end);
}

/**
 * True when word token `j`, the second of a name, is no given name but shaped as a past verb (وضع،
 * عانق، سجل) and a given name that is no common word follows it: the first name did something to the
 * next ("ورامي وضع بشار تحت الضغط"، "وكان رونالدو عانق روني"), no one's three names ("كمال بشر أمين عام"
 * is a name and an office).
 */
export function verbBeforeName(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  if (!PAST_OF_THREE.test(tokens.text(j)) || t.givenNames.matchAt(tokens, j)) return false;
  const n = tokens.next(j);
  return n >= 0 && tokens.isWord(n) && t.givenNames.matchAt(tokens, n)?.skip === 0 && !t.ambiguousNames.has(tokens.text(n));
}

/**
 * True when word token `j` is ل glued to a noun of three radicals with its complement after it,
 * not a name: "السلطان عبد الحفيظ لشرح موقف والده"، "وخضع عباس لفحص طبي"، "وتحول صلاح لبطل قوي".
 * A Maghrebi family name is so shaped and stands apart after it: "فوزي لقجع ونظيره"، "لقجع في".
 */
export function lamBeforeNoun(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  if (!LAM_BEFORE_THREE.test(tokens.text(j)) || closedAfterWord(tokens, lexicon, t, j)) return false;
  const next = tokens.next(j);
  return tokens.isWord(next) && !tokens.text(next).startsWith(conjunctionAnd);
}

/** True when word token `j` is a number word as written (ثلاثة، والعشرين), not a name that reads as one behind a letter (باول is not ب + أول). */
export function isNumberWord(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && (r.prefix === '' || r.prefix === article || r.prefix === conjunctionAnd || r.prefix === conjunctionAnd + article);
}

/** Senses of a number word that count what follows: عشرة، مئة، ملايين (not على read as a ratio). */
const COUNTING_SENSES: ReadonlySet<WordSense['type']> = new Set<WordSense['type']>(['unit', 'teen', 'ten', 'hundred', 'scale']);

/** True when token `j` is a figure or a number word that counts the noun after it: "500 ريال"، "ملايين ريال". */
export function countedAfter(tokens: TokenStream, j: TokenIndex): boolean {
  if (j < 0) return false;
  if (tokens.type(j) === 'numeral') return true;
  const r = tokens.isWord(j) ? tokens.reading(j) : null;
  return r !== null && r.senses.some((s) => COUNTING_SENSES.has(s.type));
}

/** True when word token `j` is an ordinal with the article: السادس، الثاني. */
export function isOrdinal(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && r.prefix === article && r.senses.some((s) => s.type === 'ordinal');
}
