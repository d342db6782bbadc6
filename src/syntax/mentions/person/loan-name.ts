/**
 * Foreign names: loan words up to four with particles between them (دومينيك دو فيلبان), given
 * names (جون بول سميث), a regnal number (جيمس الأول), stopping at the first word that reads as a
 * noun, verb or phrase ("خافيير سولانا خلال").
 */
import type { TokenStream } from '../../../numbers/tokens.js';
import { article, conjunctionAnd, isDefinite, withoutConjunction } from '../../../text/clitics.js';
import { type TokenIndex } from '../../../text/coordinates.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import { gameNear, type CliticMatch, type MentionTables } from '../tables.js';
import { ACCUSATIVE_ENDING, accusativeNoun, DUAL_OF_THREE, FAEEL, FIAAL, gluedPreposition, MAFAAIL, MAFAL, NOUN_OR_VERB_SHAPE, PREPOSITIONS, purposeVerb, SHORT_VERB_OR_ACCUSATIVE, THIRD_WORD_NOUN, VERBAL_NOUN } from './shapes.js';
import { accusativePair, aliAsPreposition, closedAfterWord, continuesName, endsName, hamzaOpensLoanWord, isNameStop, isOrdinal, NAME_WORDS, officeBefore, verbBeforeName, wawAfter } from './stops.js';
import { afterTitleWord, articleShapedSurname, familyNisba, surnameAfterGiven, surnameAfterUnlisted, wawSurname } from './surnames.js';

/** The ending of an adverb from a nisba: غيابيا، رسميا، يوميا. */
const ADVERB_IN_YA = 'يا';

/** Fewest letters of a loan name's third word in ا: سيلفا (عرضا، دعما are shorter, and shaped as nouns). */
const LATER_LOAN_ALIF_LETTERS = 5;

/** Fewest letters of an accusative فعال read as no surname after a given name: قرارا، مثالا (not دادا). */
const ACCUSATIVE_FIAAL_LETTERS = 5;

/** True when a preposition an adjective takes follows word token `p`: "غريبا عن"، "مزيدا من"، "كثيرا في". */
function prepositionAfter(tokens: TokenStream, t: MentionTables, p: TokenIndex): boolean {
  const n = tokens.next(p);
  return tokens.isWord(n) && (t.movePrepositions.has(tokens.text(n)) || t.subjectClosers.has(tokens.text(n)));
}

/** Fewest letters of a loan name's word after its first two: "كوفي أنان حث" stops. */
const LATER_LOAN_LETTERS = 4;

/** Fewest letters of such a word where punctuation closes it: "فيلار مير ." (خان، راي). */
const SHORT_LOAN_LETTERS = 3;

/** Marks that open a gloss rather than close a name: "جهاز شين بيت (استخبارات)". */
const OPENING_MARKS = '([«';

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
  let j = tokens.next((from - 1) as TokenIndex);
  while (tokens.isWord(j) && words < NAME_WORDS) {
    let p = j;
    for (let n = 0; n < PARTICLES_IN_A_ROW && tokens.isWord(p) && t.particles.has(tokens.text(p)); n++) p = tokens.next(p);
    if (!tokens.isWord(p) || isNameStop(tokens, t, p) || aliAsPreposition(tokens, t, p)) break;
    const w = tokens.text(p);
    // A regnal number follows given names or one word (جيمس الأول، خوان كارلوس الأول، البطريرك ثيوفيلوس الثالث); after a surname it is a
    // player's seeding or rank: "فرناندو غونزاليز الثالث بتغلبه على مولر" ends at غونزاليز.
    // In a report of a game a player has none: "قبل أن يضيف مارسيلو الثالث" is the third goal.
    if (p === j && w.startsWith(article) && isOrdinal(tokens, p)) return (lastGiven || words === 1) && !gameNear(tokens, t, p) ? ((p + 1) as TokenIndex) : end;
    const given = t.givenNames.matchAt(tokens, p);
    // A given name that is also a common word continues a name only as a name word would: "فيرغسون خليفة له" stops.
    if (given && given.skip === 0 && !officeBefore(tokens, t, p) && !(t.ambiguousNames.has(w) && !continuesName(tokens, lexicon, t, p, true, alif))) {
      end = given.end;
      words += tokens.wordsBetween(p, given.end);
      slots++;
      lastGiven = true;
      j = tokens.next((given.end - 1) as TokenIndex);
      continue;
    }
    // A given name behind و is a second person of a list, however short: "كيم وشي توصلا إلى توافق" (a name
    // that opens with و as written, وليام، is read above as the given name it is).
    if (w.startsWith(conjunctionAnd) && t.givenNames.entriesOf(w.slice(conjunctionAnd.length)).length > 0) break;
    // Right after a given name one is a surname only where the name is closed after it: "الإمبراطور شون لفيضان هائل" stops at
    // شون, "تزوج مارتا برزنيز وأنجب" reads on.
    if (gluedPreposition(t, w) && (slots >= 2 || (givenOnly && !closedAfterWord(tokens, lexicon, t, p) && !wawAfter(tokens, p)))) break;
    // A nisba family name closes a name whose one word so far no table lists, read after a title or role:
    // "رئيس وزراء الإقليم نتشيرفان البارزاني"، "الصحفي دندراوي الهواري". After a foreign given name a
    // nisba is as often an adjective of what the name names: "برنامج ليو التجاري"، "شون الإيجابي".
    if (!givenFirst && words === 1 && p === j && familyNisba(tokens, t, p)) {
      end = ((p + 1) as TokenIndex);
      break;
    }
    // A surname follows given names, one (جون) or two (جان كلود تريشيه، خوان ميغيل فيلار): so shaped or not, it closes the name.
    const second = p === j && ((surnameNext && p === tokens.next((from - 1) as TokenIndex)) || (givenOnly && words === 2));
    const surname =
      (second && (surnameAfterGiven(tokens, lexicon, t, p) || wawSurname(tokens, lexicon, t, p) || articleShapedSurname(tokens, t, p))) ||
      (!givenFirst && words === 1 && p === j && afterTitleWord(tokens, (from - 1) as TokenIndex) && surnameAfterUnlisted(tokens, lexicon, t, p));
    // A third word in ا closed right after it is a loan name's, not an accusative: "انيبال كافاكو سيلفا في".
    // So is a second one that punctuation closes, shaped as no accusative noun nor an adverb in يا: "وقال تاتسومي
    // كيميشيما، رئيس" ("ألقى الرئيس بوش خطابا،" is the object: خطابا is shaped فعال; "عياري غيابيا." an adverb).
    const punctuated = words === 1 && p === j && tokens.isPunct(tokens.next(p)) && !accusativeNoun(w) && !FIAAL.test(w.slice(0, -1)) && !w.endsWith(ADVERB_IN_YA);
    const loanAlif = alif || ((words >= 2 || punctuated) && w.length >= LATER_LOAN_ALIF_LETTERS && closedAfterWord(tokens, lexicon, t, p));
    if (!(surname || continuesName(tokens, lexicon, t, p, true, loanAlif)) || accusativePair(tokens, p) || (words === 1 && verbBeforeName(tokens, t, p))) break;
    // Nor a short verb or accusative, shaped as no loan surname: "مونيكا جرت إلى"، "ترامب وكيم زخما منذ".
    if (SHORT_VERB_OR_ACCUSATIVE.test(w) && t.known.matchAt(tokens, p) === null) break;
    // Nor, after a given name, an accusative of the noun فعال: "وقعت القاضية تايلور قرارا يمنع"، "أصبح كريستيانو
    // مثالا للانضباط" (a loan surname so shaped is rare; سامبا، كاجودا have other stems), nor of the adjective فعيل
    // before the preposition it takes: "ولا يعد لوكا غريبا عن"، "كريس مزيدا من" (a surname so shaped is followed by
    // what the sentence goes on with: "السيد سام نزيما كان"، "ستيفاني صليبا وإبراهيم").
    if (words === 1 && w.length >= ACCUSATIVE_FIAAL_LETTERS && w.endsWith(ACCUSATIVE_ENDING) && ((!surname && FIAAL.test(w.slice(0, -1))) || (FAEEL.test(w.slice(0, -1)) && prepositionAfter(tokens, t, p)))) break;
    // Nor the plural مفاعل, the object after the name: "حضور البابا فرانسيس مراسم التطويب".
    if (!surname && MAFAAIL.test(w)) break;
    // After two words a third is a name word only when it is long and shaped like one: "كوفي أنان حث"، "بوتين ضابط"، "أنان بانسحاب".
    // Nor is ل before a verb: "ويسلي شنايدر لينفرد بالمرمى".
    // A short one is a name word only after a given name and where punctuation closes it: "خوان ميغيل فيلار مير ."، "طارق عظيم خان ،".
    const short = w.length < LATER_LOAN_LETTERS && !(givenFirst && w.length >= SHORT_LOAN_LETTERS && tokens.isPunct(tokens.next(p)) && !tokens.isPunct(tokens.next(p), OPENING_MARKS));
    if (words >= 2 && !surname && (short || NOUN_OR_VERB_SHAPE.test(w) || purposeVerb(w) || (PREPOSITIONS.includes(w[0]!) && VERBAL_NOUN.test(w.slice(1))))) break;
    // Nor a noun of the pattern فعال or a dual of three radicals: "أنطونيو مارتينيز جناح روسيا"،
    // "ماركوس راشفورد هدفين"، "هاري كين هداف توتنهام".
    if (words >= 2 && (FIAAL.test(w) || DUAL_OF_THREE.test(w))) break;
    // Nor the other shapes of common nouns and verbs a loan name's third word never takes (مبلغ، خسائر،
    // استقرت، هاتفيا), nor an accusative noun (قانونا، مرسوما): "مايكل كوهين مبلغ"، "جو ليبرمان قانونا".
    if (words >= 2 && !surname && (MAFAL.test(w) || THIRD_WORD_NOUN.test(w) || accusativeNoun(w))) break;
    end = ((p + 1) as TokenIndex);
    words++;
    slots++;
    lastGiven = false;
    givenOnly = false;
    j = tokens.next(p);
  }
  return end;
}

/** True when the name at `k` reads as a foreign one: it opens with a foreign given name, or with an unlisted, indefinite word after a title. */
export function readsAsLoanName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, given: CliticMatch<string> | null, trusted: boolean): boolean {
  // "سهل بن حنيف": a joiner after the first word makes an Arab chain.
  const next = tokens.nextWord(given ? ((given.end - 1) as TokenIndex) : k);
  if (next >= 0 && t.joiners.has(tokens.text(next))) return false;
  if (given) return t.foreignGiven.has(tokens.text(k).slice(given.skip));
  const w = tokens.text(k);
  return trusted && (!isDefinite(w) || hamzaOpensLoanWord(tokens, k)) && !t.joiners.has(withoutConjunction(w)) && !isNameStop(tokens, t, k) && !endsName(tokens, lexicon, t, k);
}

/** The end of a foreign name at `k` (its first word a foreign given name or an unlisted word after a title), or -1. */
export function loanNameAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, given: CliticMatch<string> | null): number {
  if (!given && (isNameStop(tokens, t, k) || endsName(tokens, lexicon, t, k))) return -1;
  // An accusative in ا after a surname alone reads as an object ("الرئيس بوش خطابا"); after a given name, as a name (خافيير سولانا).
  const from = given ? given.end : ((k + 1) as TokenIndex);
  return loanNameEnd(tokens, lexicon, t, from, tokens.wordsBetween(k, from), given !== null);
}
