/**
 * Names read in apposition: after a title and the adjectives that qualify it (`personAfterTitle`:
 * "العقيد في الجيش الأمريكي ريان ديلون") and after a role with its complement (`personAfterRole`:
 * "وزير الخارجية عادل الجبير").
 */
import type { TokenStream } from '../../../numbers/tokens.js';
import { article, isDefinite, liArticle, withoutCliticsBeforeArticle } from '../../../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../../../text/coordinates.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import { isQuote, quotedName } from '../../noun-phrase.js';
import { mentionTables, type MentionTables } from '../tables.js';
import { nameAfterNationality, type NameReading, personNameAt } from './name-at.js';
import { ACTIVE_PLURAL, PREPOSITION_ON_NOUN } from './shapes.js';
import { isNameStop, isOrdinal } from './stops.js';

/** Most words of the description between a role and the name in apposition: "نائب رئيس الوزراء الإسرائيلي". */
const ROLE_WORDS = 6;

/**
 * The name after a title (the token after its last word is `from`): past the adjectives and
 * demonyms that qualify the title (الرئيس الأمريكي السابق), an affiliation (العقيد في الجيش
 * الأمريكي) and quotation marks (العقيد “ريان ديلون”).
 */
export function personAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, from: TokenIndex): TokenRange | null {
  const t = mentionTables(lexicon);
  let j = tokens.next((from - 1) as TokenIndex);
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
  // A participle's sound plural after the title says how the people of the sentence act, and names no one:
  // "دافع آخرون عن اللاعب قائلين إنه" (a name so shaped is listed: زين العابدين).
  if (name !== null && name.end === j + 1 && given === null && ACTIVE_PLURAL.test(tokens.text(j))) return null;
  // Nor one behind ب or ك on a noun of three radicals, the verb's complement: "وطالب الوزير بفرض رسوم".
  if (given === null && PREPOSITION_ON_NOUN.test(tokens.text(j))) return null;
  if (!(given && given.skip === 0) && t.nounTitles.has(withoutCliticsBeforeArticle(tokens.text((from - 1) as TokenIndex)))) {
    // Or with one word no table lists that punctuation or a particle sets apart: "تصدى لها الحارس
    // هيلتون ،"; "صفوف الفريق طالت كافو" has two words, neither a given name.
    if (!name || isDefinite(tokens.text(j))) return null;
    // A nationality makes the noun a person, and two name words after it a name: "اللاعب الكونغولي
    // شاباني نوندا"، "العداء الكيني بونغي ويلفريد" ("الفريق الكونغولي" before one word stays a team).
    const team = t.teamNounTitles.has(withoutCliticsBeforeArticle(tokens.text((from - 1) as TokenIndex)));
    if (nationality && !team) {
      const foreign = withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, j));
      if (foreign) return foreign;
    }
    // After إن or أن the noun is the subject of what is said, and one word after it its predicate: "وأكد أن
    // الفريق قادر على الفوز", "إن المدرب سعيد".
    const particle = tokens.previousWord((from - 1) as TokenIndex);
    if (particle >= 0 && lexicon.speechParticles.has(tokens.text(particle))) return null;
    const closed = (end: TokenIndex): boolean => {
      const after = tokens.next((end - 1) as TokenIndex);
      return after < 0 || (tokens.isPunct(after) && !isQuote(tokens, lexicon, after)) || (tokens.isWord(after) && isNameStop(tokens, t, after));
    };
    // A foreign name of two words or more that punctuation or a particle closes, without a nationality:
    // "ضم اللاعب غاريث بيل، نجم ريال مدريد" (not after a team: "صفوف الفريق طالت كافو").
    if (!team) {
      const foreign = withoutSeeding(tokens, nameAfterNationality(tokens, lexicon, t, j));
      if (foreign && closed(foreign.end)) return foreign;
    }
    return name.end === j + 1 && closed(name.end) ? name : null;
  }
  return beforeItsObject(tokens, lexicon, t, name) || beforeTitle(tokens, t, name) ? null : name;
}

/**
 * True when a word of the quoted range is a name stop with the article (الحالي، الذي), or its first word is one
 * (a quoted sentence: "الرئيس التركي "علينا تخفيض معدلات الفائدة""): "واي أو" and "إمام" stay names.
 */
function quotedHasStop(tokens: TokenStream, t: MentionTables, range: TokenRange): boolean {
  for (let k = range.start; k < range.end; k++) if (tokens.isWord(k) && (isDefinite(tokens.text(k)) || k === range.start) && isNameStop(tokens, t, k)) return true;
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
  const end = tokens.previous(last) >= range.start ? ((tokens.previousWord(last) + 1) as TokenIndex) : last;
  return tokens.wordsBetween(range.start, end) > 1 ? { ...range, end } : range;
}

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
      j = tokens.next((known.end - 1) as TokenIndex);
      words++;
      continue;
    }
    // A title after the description introduces the name: "نائب قائد التحالف … الميجر جنرال فيلكس جيدني".
    const title = t.titles.matchAt(tokens, j);
    if (title) return words > 0 ? personAfterTitle(tokens, lexicon, title.end) : null;
    // Only the bare article (or ل + article) continues the description: والدعم starts a second one. A
    // nationality after a complement goes on to a field in ل after it: "وزير الدولة الإماراتي للشؤون الخارجية أنور
    // قرقاش" (not to a name that opens like the article: "المدير الفني البرازيلي ألبيرتو فالينتيم").
    const field = words > 0 && tokens.isWord(tokens.next(j)) && tokens.text(tokens.next(j)).startsWith(liArticle);
    if (((isDefinite(w) && (w.startsWith(article) || w.startsWith(liArticle))) || t.links.onBehalfOf.has(w) || t.roles.has(w)) && (field || !t.demonyms.has(w))) {
      j = tokens.next(j);
      words++;
      continue;
    }
    break;
  }
  // Demonyms after the description qualify it: "رئيس الوزراء البريطاني توني بلير". After a role without
  // the article or a complement they make an indefinite phrase, which no name is set beside: in "مسؤول صيني
  // كبير" (a senior Chinese official) the word after is one more adjective.
  const indefinite = words === 0 && !isDefinite(tokens.text(k));
  for (let n = 0; n < ROLE_WORDS && tokens.isWord(j) && (t.demonyms.has(tokens.text(j)) || t.titleAdjectives.has(tokens.text(j))); n++) {
    j = tokens.next(j);
    words++;
  }
  // The name may stand between commas after it: "قالت وزيرة التخطيط المصرية، هالة السعيد، إن".
  const isComma = (i: TokenIndex): boolean => tokens.isPunct(i) && lexicon.commas.has(tokens.text(i));
  const comma = words > 0 && isComma(j);
  if (comma) j = tokens.next(j);
  if (words === 0 || indefinite || !tokens.isWord(j)) return null;
  // Right after باسم the word is whom the role speaks for, a person only by a name the tables know: "المتحدث باسم
  // أغاديس" is the town's, "المتحدث باسم محمد بن سلمان" names the prince.
  const name = personNameAt(tokens, lexicon, j, !t.links.onBehalfOf.has(tokens.text(tokens.previous(j))));
  if (comma && (!name || !isComma(tokens.next((name.end - 1) as TokenIndex)))) return null;
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
