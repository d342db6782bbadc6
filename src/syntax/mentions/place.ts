/**
 * Places by their head: a name after مدينة، بلدة، قرية، محافظة، ولاية … is a place even when no
 * table lists it ("قرية بيت أمر"، "ولاية ميريلاند"); the head stays out of the mention.
 */
import { type TokenStream, writtenToken } from '../../numbers/tokens.js';
import { foldWord } from '../../text/fold.js';
import { article, conjunctionAnd, isDefinite, liArticle, prepositionLi, withoutArticle, withoutConjunction } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { AFAAL, ELATIVE, LOAN_NA, SHORT_PRESENT_VERB, TA_MARBUTA } from './person/shapes.js';
import { isNameStop, isNumberWord } from './person/stops.js';
import { endsWithAny, mentionTables, RANK, withGoverningBody, type Found, type MentionTables } from './tables.js';

/** A noun with a possessive pronoun: مساحتها، سكانه. */
const PRONOUN_SUFFIX = /(?:ها|هم|هما|نا|كم)$/u;

/**
 * A plural noun where a genitive stands (after a head, after ل): in ات، ين (المنتجات، اللاجئين), or فعول with the
 * article (الشؤون، الفنون، للسجون). The sound plural's nominative ون stands in no genitive, so a longer word so
 * ending there is a name: "قرية اليامون"، "مخيم الجلزون"، "حي الزيتون".
 */
export const PLURAL_ENDING = /(?:ات|ين)$|^.{4}ون$/u;

/** A word in نا longer than this may be a loan name rather than a noun with "our": لاغونا (not قرانا). */
const LOAN_NA_LETTERS = 4;

/** The letter after و that opens loan names (ويست، ويلز), and no second head behind و. */
const LOAN_WAW_YA = 'ي';

/** Fewest letters of a place no table lists. */
const PLACE_LETTERS = 2;

/** The folded ending of a feminine word: a head (مدينة، مقاطعة), a nationality adjective (الفرنسية). */
export const FEMININE = 'ه';

/**
 * A feminine word shaped as an adjective or a noun rather than a place's name, folded: a participle or a word behind a
 * clitic (منكوبة، مجاورة، لمدة، بمحاذاة، واحدة، كمدينة), إفعالة (إضافة), فاعلة (ثانية، رابعة، خاضعة), فعيلة (صغيرة، جديدة), a
 * word of three letters (حرة، مرة) and a nisba (ساحلية).
 */
const TA_ADJECTIVE = /^(?:[مبلوإك]|.ا|..ي.ه$|..ه$)|يه$/u;

/** The ending of a masculine sound plural or a dual in the genitive: لاجئين، مدينتين. */
const YN_ENDING = 'ين';

/** The ending of a feminine elative, an adjective of a place: الكبرى، الوسطى، السفلى. */
const ELATIVE_ENDING = 'ى';

/**
 * True when the word at `k`, after a bare word, is its genitive rather than its adjective: definite,
 * no stop word with or without its article (a day, "ولاية بورنو العام الماضي"), no adjective's
 * ending, no nationality and no place the tables list.
 */
function constructAfter(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const w = tokens.text(k);
  if (!isDefinite(w) || t.stops.has(w) || t.stops.has(withoutArticle(w)) || t.demonyms.has(w)) return false;
  if (endsWithAny(w, t.describingEndings) || w.endsWith(ELATIVE_ENDING)) return false;
  return t.known.matchAt(tokens, k)?.entry.type !== 'place';
}

/** The place named after the place head `headWord` (folded) that ends before token `from`, or null. */
export function placeAfterHead(tokens: TokenStream, lexicon: SyntaxLexicon, from: TokenIndex, headWord: string): Found | null {
  const t = mentionTables(lexicon);
  const j = tokens.next((from - 1) as TokenIndex);
  if (!tokens.isWord(j) || tokens.isForeign(j)) return null;
  const w = tokens.text(j);
  // A letter alone is an initial or a split word ("محافظة ا ل انبار"), never a place.
  if (w.length < PLACE_LETTERS) return null;
  // A word that opens a two-word name opens it here, though it is also a verb or a stop word: "قرية عين حوض" (عيّن "appointed").
  const second = tokens.nextWord(j);
  if (t.placeNameOpeners.has(w) && second >= 0 && !t.stops.has(tokens.text(second))) return { start: j, end: (second + 1) as TokenIndex, skip: 0, type: 'place', rank: RANK.place };
  if (t.stops.has(w) || t.demonyms.has(w) || t.titleAdjectives.has(w) || isNumberWord(tokens, j) || t.genericBodyWords.has(w)) return null;
  if (t.known.matchAt(tokens, j)) return null; // the known-names recognizer reads it, head or not
  // The head of a named building behind و is a second head that shares the name: "مدينة وميناء الحديدة"، "مدينة ومطار
  // الحديدة" (not a name that opens with و: "مدينة ويست هوليوود").
  if (w.startsWith(conjunctionAnd) && (t.namesakeHeads.matchAt(tokens, j)?.clitic ?? 0) > 0) return null;
  // So is any word behind و before a listed place: "مدينة وريف حلب"، "محافظة وريف إدلب" (the city and the countryside
  // of Aleppo); not a word that opens a two-word place name ("محافظة وادي حضرموت") or a loan name in وي ("لمدينة ويست
  // هوليوود"; a second head seldom opens so), nor a name before a place behind a preposition, where it lies:
  // "بمدينة ورسيستر بإنجلترا".
  const after = tokens.next(j);
  const listedAfter = tokens.isWord(after) ? t.known.matchAt(tokens, after) : null;
  if (w.startsWith(conjunctionAnd) && w[1] !== LOAN_WAW_YA && !t.placeNameOpeners.has(w) && listedAfter?.skip === 0 && listedAfter.entry.type === 'place') return null;
  // A person's name after ولاية is a term of office: "ولاية صالح الأخيرة".
  if (t.givenNames.matchAt(tokens, j)) return null;
  if (lexicon.verbs.has(tokens, j) || lexicon.predicates.has(tokens, j) || lexicon.units.isStopWord(w)) return null;
  // A pronoun written apart, as segmented text has it, makes a verb or a noun of the word: "مدينة
  // يقطن ها 14 مليون" is "a city 14 million inhabit".
  if (tokens.isWord(after) && t.pronounsApart.has(tokens.text(after)) && !t.stops.has(tokens.text(after))) return null;
  // A preposition with the article opens no name: "مخيم للاجئين"، "مدينة للعيش".
  if (w.startsWith(liArticle)) return null;
  // A title is an office, not a place: "ولاية الرئيس ماكرون" is his term; so is a body's head or an office
  // after it: "تمديد ولاية فريق الخبراء"، "ولاية مجلس الأمناء"، "ولاية رئيس الوزراء".
  if (lexicon.titles.matchAt(tokens, j) || t.organisationHeads.has(w) || t.descriptorWords.has(w) || t.officeNouns.has(w)) return null;
  // Nor a verb of narration, of a relative clause: "وهي مدينة يبلغ عمرها ألفي سنة" (the reporting verbs were left
  // out above); nor a short verb in the present before its preposition: "بالقرب من بلدة تقع على حدود البلاد" (تقع، تضم، يقع).
  if (!isDefinite(w) && lexicon.narrativeVerbs.has(tokens, j)) return null;
  if (SHORT_PRESENT_VERB.test(w) && tokens.isWord(after) && isNameStop(tokens, t, after)) return null;
  // After a head that is also a common noun, a word with the article is its complement: "ولاية
  // البرلمان" (its term)، "مقاطعة المغني" (a boycott); the tables' places were read before.
  if (isDefinite(w) && t.commonNounPlaceHeads.has(headWord)) return null;
  // A bare word after حي is its adjective: "حي فقير"; "حي الجمالية" names the quarter.
  if (!isDefinite(w) && t.placeHeadsBeforeDefinite.has(headWord)) return null;
  // After a feminine head, a bare word right before a definite one that does not describe the place
  // opens a construct, and the head is a common noun: "مقاطعة كأس العالم" is a boycott of the World
  // Cup, "تشير ناحية مركب الصيد" points toward the fishing boat. An adjective agrees with the head
  // ("مدينة زادار الكرواتية"، "مدينة سابورتو الكبرى"), and a day ends the phrase ("بلدة بانياس
  // الأحد"); after a masculine head the adjective has no ending ("إقليم سيلاكاب القريب").
  if (!isDefinite(w) && headWord.endsWith(FEMININE) && second >= 0 && after === second && constructAfter(tokens, t, second)) return null;
  // One word: a definite one (مدينة الصدر) or a bare one that is not an adjective (مدينة كبيرة) nor a
  // noun with a pronoun (منطقة مساحتها); a head with the article names no place (بلدية المنطقة).
  // A loan name may end in نا after a long vowel, as no noun with "our" after its head does: "إقليم لاغونا"، "مدينة سيينا"
  // (written so, not after a hamza: "محافظة بدأنا فيها" is a verb).
  const loanNa = w.length > LOAN_NA_LETTERS && LOAN_NA.test(writtenToken(tokens, j));
  // A word in ة names the place after a masculine head, whose adjective has no ة ("مخيم بلاطة"، "إقليم غزنة"), unless
  // behind the preposition ل ("في مخيم لوكالة فرانس برس"); after a feminine head, unless shaped as an adjective or a
  // noun that agrees: "قرية طلوزة"، "قرية عرابة" (not "قرية صغيرة"، "مدينة ساحلية"، "ولاية ثانية"، "مدينة منكوبة").
  // (After a feminine head written with ة: "قرية أجداده" is his forefathers' village.)
  const taName = w.endsWith(FEMININE) && (headWord.endsWith(FEMININE) ? writtenToken(tokens, j).endsWith(TA_MARBUTA) && !TA_ADJECTIVE.test(w) : !w.startsWith(prepositionLi));
  // A word in ين names the place after a feminine head, whose adjective would be feminine and singular: "قرية حطين"،
  // "بلدة هجين"، "مدينة تيانجين" (after a masculine head it is a plural of what the place holds: "مخيم لاجئين").
  const ynName = headWord.endsWith(FEMININE) && w.endsWith(YN_ENDING) && !w.startsWith(prepositionLi);
  if (!isDefinite(w) && ((endsWithAny(w, t.describingEndings) && !taName && !ynName) || (PRONOUN_SUFFIX.test(w) && !loanNa))) return null;
  // A head with the article is the head's complement: "مخيم المدينة" is the city's camp.
  if (isDefinite(w) && (t.placeHeads.has(tokens, j) || t.placeHeadWords.has(withoutArticle(w)))) return null;
  // A plural names no place: "مدينة الملاهي" may, "جزر المنتجات" and "مخيم اللاجئين" do not; nor does a broken
  // plural أفعال, bare or with the article: "مدينة أشباح"، "مدينة الأشباح" (a ghost town).
  // (Folded, ألعاب starts like the article: tested as written too.)
  if ((isDefinite(w) && PLURAL_ENDING.test(w)) || AFAAL.test(w) || AFAAL.test(withoutArticle(w))) return null;
  return { start: j, end: (j + 1) as TokenIndex, skip: 0, type: 'place', rank: RANK.place };
}

/**
 * The natural feature a feature head at `k` opens, head included, or null: a listed place after
 * it ("نهر النيجر"، "بحيرة تشاد"، "لخليج هونغ كونغ"), or after a head that takes a name of its own a
 * word with the article that names nothing else ("نهر اللؤلؤ"). "بحر الأسبوع" ("within the week")
 * and "نهر جارف" name nothing.
 */
function featureAt(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex): Found | null {
  const head = t.featureHeads.matchAt(tokens, k);
  if (!head) return null;
  const j = tokens.next((head.end - 1) as TokenIndex);
  if (!tokens.isWord(j) || tokens.isForeign(j)) return null;
  const known = t.known.matchAt(tokens, j);
  // A body's name after the head is the feature's own: "نهر التايمز" is no newspaper.
  if (known?.entry.type === 'place') return known.skip > 0 ? null : { start: k, end: known.end, skip: head.clitic, type: 'place', rank: RANK.known };
  const w = tokens.text(j);
  if (!t.featureHeadsBeforeOwnName.has(foldWord(head.entry)) || !isDefinite(w) || w.startsWith(liArticle) || w.length <= PLACE_LETTERS + article.length) return null;
  if (t.stops.has(w) || t.demonyms.has(w) || t.titleAdjectives.has(w) || PLURAL_ENDING.test(w) || t.placeHeads.has(tokens, j) || t.genericBodyWords.has(w)) return null;
  if (lexicon.verbs.has(tokens, j) || lexicon.predicates.has(tokens, j) || lexicon.units.isStopWord(w) || lexicon.titles.matchAt(tokens, j) || isNumberWord(tokens, j)) return null;
  // After a simile the head and its word are a metaphor: "وكأنه نهر الخير يتدفق"، "كأنها بحيرة الدموع".
  const before = tokens.previous(k);
  if (head.clitic === 0 && before >= 0 && tokens.isWord(before) && t.simileWords.has(withoutConjunction(tokens.text(before)))) return null;
  return { start: k, end: (j + 1) as TokenIndex, skip: head.clitic, type: 'place', rank: RANK.place };
}

/** Senses of a number word that count or rank the noun after it (not على read as a ratio, nor و). */
const COUNTING_SENSES: ReadonlySet<string> = new Set(['unit', 'teen', 'ten', 'hundred', 'scale', 'ordinal']);
/** Letters of an elative أفعل: أكثر، أكبر (a word of three so shaped is a noun: ابن). */
const ELATIVE_LETTERS = 4;

/** True when word token `k` comes right after a number, a number word or an elative: "أول مدينة"، "11 مدينة"، "أكثر محافظة". */
function countedOrCompared(tokens: TokenStream, k: TokenIndex): boolean {
  const prev = tokens.previous(k);
  if (prev < 0) return false;
  if (tokens.numeral(prev) !== undefined) return true;
  if (!tokens.isWord(prev)) return false;
  const reading = tokens.reading(prev);
  const w = tokens.text(prev);
  return (reading?.prefix === '' && reading.senses.some((s) => COUNTING_SENSES.has(s.type))) || (w.length === ELATIVE_LETTERS && ELATIVE.test(w));
}

/** Every place the heads of the tables introduce, as candidates for `mentionsOf`. */
export function findPlacesByHead(tokens: TokenStream, lexicon: SyntaxLexicon, out: Found[]): void {
  const t = mentionTables(lexicon);
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const feature = featureAt(tokens, lexicon, t, k);
    if (feature) {
      out.push(feature);
      k = ((feature.end - 1) as TokenIndex);
    }
  }
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const head = t.placeHeads.matchAt(tokens, k);
    if (!head) continue;
    // A head counted, ranked or compared is a common noun, and a clause follows it: "أول مدينة تنفد فيها
    // المياه"، "11 مدينة"، "مواقف أكثر محافظة وعارض" (محافظة "conservative").
    if (head.clitic === 0 && countedOrCompared(tokens, k)) continue;
    // "من ناحية المبدأ" is "in principle": no district follows.
    if (t.sidePhrases.matchEndingAt(tokens, (head.end - 1) as TokenIndex)) continue;
    // بلده "his country" is not بلدة "town": a head whose ة is written ه reads as a noun with a pronoun.
    const last = tokens.originalText((head.end - 1) as TokenIndex, head.end);
    if (last.endsWith('ه') && tokens.text((head.end - 1) as TokenIndex).endsWith('ه')) continue;
    const headWord = foldWord(head.entry);
    const place = placeAfterHead(tokens, lexicon, head.end, headWord);
    if (place) out.push(withGoverningBody(t, headWord, k, head.clitic, place));
    else if (t.governingBodyHeads.has(headWord)) {
      // A place the tables list after a governing head, which the known-names recognizer reads: "بلدية نابلس".
      const j = tokens.next((head.end - 1) as TokenIndex);
      const known = j >= 0 ? t.known.matchAt(tokens, j) : null;
      if (known && known.skip === 0 && known.entry.type === 'place') out.push(withGoverningBody(t, headWord, k, head.clitic, { start: j, end: known.end, skip: 0, type: 'place', rank: RANK.place }));
    }
    k = ((head.end - 1) as TokenIndex);
  }
}
