/**
 * Surnames read where their shape alone would stop a name: after a foreign given name (بالاك،
 * ويلكس، يرلكاب), after an unlisted first word read after a title (ناميك تان), and nisba family
 * names (الأنصاري، المريخي).
 */
import { type TokenStream, writtenToken } from '../../../numbers/tokens.js';
import { article, isDefinite } from '../../../text/clitics.js';
import { type TokenIndex } from '../../../text/coordinates.js';
import { withoutMarks } from '../../../text/fold.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import type { MentionTables } from '../tables.js';
import { ACCUSATIVE_ENDING, ARTICLE_SHAPED_LOAN, PRESENT_HOLLOW, DERIVED_IMPERFECT, DERIVED_PAST, ELATIVE, FEMININE_OR_PLURAL_ENDING, FEMININE_PLURAL_ENDING, FORM_V, FUTURE_VERB, GEMINATE, IMPERFECT_PREFIX, LAM_BEFORE_VERB, LONG_VOWELS, NEGATED_VERB, PARTICIPLE, PAST_VERB, POSSESSIVE, PREPOSITION_BEFORE_HAMZA, PREPOSITION_PHRASE, PREPOSITIONS, PRESENT_OF_THREE, PRONOUN, PRONOUN_ON_PREPOSITION, SOUND_PLURAL, TA_MARBUTA, TAFIL, TRILITERAL_PAST, VERBAL_NOUN, verbLike, WAW, WEAK_VERBAL_NOUN } from './shapes.js';
import { clauseEndsAfter, closedAfterWord, closesReportedSubject, endsName, isNameStop } from './stops.js';

/** Letters of ب with the article before the stem of a word shaped like one: بالتذكير → تذكير. */
const ARTICLE_AFTER_BI = 3;

/** Fewest letters of a foreign surname that opens with و: "وايت" (وقت is a conjunction and a noun). */
const WAW_SURNAME_LETTERS = 4;

/**
 * True when word token `j`, right after a foreign given name, is its surname though it reads as ب
 * or ك with the article: "مايكل بالاك عن"، "رامون كالديرون يشغل"، "ميشلين كالمي راي" — a word of
 * five letters at least no table knows, not a particle, and not before a word with the article
 * (which would make it a phrase: "جون بالقرب من"، "ماري كالمعتاد" are rare, "بالنسبة للرئيس" not).
 */
export function articleShapedSurname(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const written = withoutMarks(writtenToken(tokens, j));
  if (!ARTICLE_SHAPED_LOAN.test(written) || tokens.hasTanween(j) || isNameStop(tokens, t, j) || t.known.matchAt(tokens, j) !== null) return false;
  // Nor ب with the article before a verbal noun: "اكتفى مكتب كيلي بالتذكير بأن" (تذكير is تفعيل).
  if (VERBAL_NOUN.test(tokens.text(j).slice(ARTICLE_AFTER_BI))) return false;
  const next = tokens.nextWord(j);
  return next < 0 || !isDefinite(tokens.text(next));
}

/**
 * True when word token `j`, right after a foreign given name, is a surname that opens with و and
 * a long vowel — W, V: "آشلي ويلكس"، "أوبرا وينفري"، "بوب وودورد"، "ستيوارت وايت" — not the
 * conjunction before a verb, a particle or a known place or body ("جون ويقول"، "بول وأنا").
 */
export function wawSurname(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  // An Arab family name in و and ي (written so, not ى) is one too, where what follows و is no given name and
  // the name is closed after it: "محمد وهبي رئيس الشركة" (not "وكويكي سانشيز"، "سلام ونتمنى").
  const nisba = w.endsWith('ي') && withoutMarks(writtenToken(tokens, j)).endsWith('ي') && !t.givenNames.starts(w.slice(1)) && t.known.matchAt(tokens, j) === null && closedAfterWord(tokens, lexicon, t, j);
  if (w.length < WAW_SURNAME_LETTERS || w[0] !== WAW || !(LONG_VOWELS.includes(w[1]!) || nisba) || isDefinite(w.slice(1)) || tokens.hasTanween(j)) return false;
  if (isNameStop(tokens, t, j) || t.stops.has(w.slice(1)) || lexicon.verbs.has(tokens, j) || lexicon.narrativeVerbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return false;
  // "أوبرا وأصدقاؤها": a noun with a pronoun is the conjunction's.
  if (PRONOUN.test(w) || PRONOUN_ON_PREPOSITION.test(w) || /[هة]$/u.test(writtenToken(tokens, j)) || t.givenNames.starts(w.slice(1))) return false;
  // A stem shaped like a verb is the conjunction and a verb ("جون ويبتسم للكاميرا") unless the name closes right
  // after it, with punctuation, a particle or a verb of speech: "وقال رئيس الوكالة روب وينرايت: …".
  if (verbLike(w.slice(1), false) && !closedAfterWord(tokens, lexicon, t, j)) return false;
  // (A person the tables list behind the conjunction is another person: "رونالدو وإيسكو".)
  const known = t.known.matchAt(tokens, j);
  return !known || (known.entry.type === 'person' && known.skip === 0);
}

/**
 * True when word token `j`, right after a foreign given name, is its surname though it is shaped
 * like a verb, a noun with a pronoun or in ا ("حمزة يرلكاب ،"، "لويس هورنا 6"، "كين لاي رئيس"،
 * "ناميك تان ان"): no table lists it as a word (a particle, a verb of speech, an office, a
 * known place or body), it has no article or tanween, and the name is closed right after it —
 * punctuation, a number, a particle, a role or office, a verb of speech — so "قال جون يجب أن" stays "جون".
 */
export function surnameAfterGiven(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (w.length < 2 || isDefinite(w) || tokens.hasTanween(j) || isNameStop(tokens, t, j) || endsName(tokens, lexicon, t, j) || t.joiners.has(w)) return false;
  if (t.officeNouns.has(w) || PRONOUN_ON_PREPOSITION.test(w) || PREPOSITION_PHRASE.test(w) || (w.length > 3 && NEGATED_VERB.test(w)) || lexicon.anonymous.matchAt(tokens, j)) return false;
  if (lexicon.narrativeVerbs.has(tokens, j) || (PREPOSITIONS.includes(w[0]!) && t.stops.has(w.slice(1)))) return false;
  // Nor a plural of a verbal noun تفعيلات, the object after the name: "أصدر البابا فرانسيس تعليمات".
  if (w.endsWith(FEMININE_PLURAL_ENDING) && TAFIL.test(w.slice(0, -FEMININE_PLURAL_ENDING.length))) return false;
  // A noun in ة is no foreign surname: "ايفو مباشرة".
  if (writtenToken(tokens, j).endsWith(TA_MARBUTA)) return false;
  // Nor is the subject's state, a derived participle in the accusative, or a verbal noun with his pronoun:
  // "وظهر رونالدو متحدثا إلى الصحفيين"، "وفقد رونالدو تركيزه" (a loan surname has neither shape: موراتا، مورينيو).
  // Nor a preposition glued before a hamza on alif, which no name begins with: "رونالدو بألم"، "ميسي لأسباب".
  if (PREPOSITION_BEFORE_HAMZA.test(writtenToken(tokens, j))) return false;
  const bare = w.replace(POSSESSIVE, '');
  if ((w.endsWith(ACCUSATIVE_ENDING) && PARTICIPLE.test(w.slice(0, -1))) || (bare !== w && VERBAL_NOUN.test(bare))) return false;
  // Nor a noun with her or their pronoun, what the person did or felt: "وأعلنت الفنانة زينة حصولها على
  // الجائزة"، "وأبدت جنيفر لورانس استياءها" (a surname in ه, تريشيه، شحاته, keeps one letter only).
  if (w.length - bare.length > 1 && bare.length > 2) return false;
  const known = t.known.matchAt(tokens, j);
  if (known && known.entry.type !== 'person') return false;
  // A known person's name word after a given name is that name's family, closed or not: "ودافعت إيفانكا
  // ترامب بنفسها"، "زوجته ميلانيا ترامب".
  if (known && known.skip === 0 && known.end === j + 1) return true;
  // One shaped like a verb in the present or future is the verb whose subject the name is unless
  // the clause ends after it: "آريين روبن يكمل بعضهم"، "أليكس سيكون له دور"، "هيو غرانت يتوصل إلى"، "كريستيانو يميل إلى"
  // (but "حمزة يرلكاب ،").
  // A surname the tables know is none: "دونالد ترمب في".
  // So does reported speech: "وقال هاكان يلدز إن الاتفاق صامد"، "وقال هاكان يلدز في بيان" (see {@link closesReportedSubject}).
  if (!known && (PRESENT_OF_THREE.test(w) || PRESENT_HOLLOW.test(w) || DERIVED_IMPERFECT.test(w) || (FUTURE_VERB.test(w) && t.stops.has(w.slice(1))))) return clauseEndsAfter(tokens, j) || closesReportedSubject(tokens, lexicon, t, tokens.previousWord(j), j);
  return closedAfterWord(tokens, lexicon, t, j);
}

/**
 * True when word token `j`, right after an unlisted first word read after a title or role, is its
 * surname though no continuing word would be: not shaped as a verb, an elative, a plural or a verbal
 * noun, with no article, pronoun, ة, ات or accusative ا, no name the tables know ("محام ترمب"), and
 * closed after it by punctuation or a particle of reported speech ("المتحدث باسم الخارجية ناميك تان
 * ان بلاده") — not "وكان ليهي يرد على"، "الرئيس عباس ضيفه في" nor "الرئيس بوش خطابا ،".
 */
export function surnameAfterUnlisted(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (w.endsWith(ACCUSATIVE_ENDING) || PRONOUN.test(w) || FEMININE_OR_PLURAL_ENDING.test(writtenToken(tokens, j)) || isDefinite(w) || t.known.matchAt(tokens, j) !== null) return false;
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
export function afterTitleWord(tokens: TokenStream, k: TokenIndex): boolean {
  const p = tokens.previous(k);
  return p >= 0 && tokens.isWord(p) && isDefinite(tokens.text(p));
}

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
export function familyNisba(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  const bare = w.slice(article.length);
  // Written with ى it is a noun, not a nisba: "عباس دخل المستشفى"; so is a verbal noun تفعّل of a weak root: التخلي، التحدي.
  if (!withoutMarks(writtenToken(tokens, j)).endsWith('ي') || WEAK_VERBAL_NOUN.test(bare)) return false;
  return chainNisba(t, w) && t.known.matchAt(tokens, j) === null && !t.stops.has(w) && !t.genericBodyWords.has(w) && !t.officeNouns.has(bare) && !t.descriptorWords.has(bare);
}
