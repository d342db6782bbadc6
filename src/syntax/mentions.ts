/**
 * Mentions of people, organisations and places, from small recognizers run in order
 * (src/syntax/mentions/): known names (gazetteer, countries, places), organisations by their
 * head or descriptor, places by their head, people by context; then the names of people
 * found once are found again wherever the document repeats them, the surname alone included
 * ("… توني بلير …، وقال بلير").
 */
// The order of these imports is the order of the recognizers' code in a bundle, chosen for gzip (267 bytes less).
import type { EntityType } from '../names/gazetteer.js';
import type { NamesLexiconInput } from '../names/lexicon.js';
import { type TokenStream, writtenToken } from '../numbers/tokens.js';
import { accusativeNoun, ACCUSATIVE_ENDING, FAEEL, NISBA } from './mentions/person/shapes.js';
import { CliticPhraseTable, gameNear, isGameWord, mentionTables, RANK, writtenWithYa, type Found, type MentionTables } from './mentions/tables.js';
import { TextDocument } from '../numbers/document.js';
import { article, cliticsButKaf, conjunctionAnd, isDefinite, prepositionBi, prepositionLi, withoutArticle, withoutCliticsBeforeArticle, withoutConjunction } from '../text/clitics.js';
import { type Span, type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { requireOptions, requireString } from '../text/validate.js';
import { sameEntity } from '../names/similarity.js';
import { findPlacesByHead } from './mentions/place.js';
import { isNameStop, isNumberWord, isOrdinal } from './mentions/person/stops.js';
import { coordinatedPeople, findPeople, namesakeBefore, opensNameByContext } from './mentions/people.js';
import { descriptorAt, findKnownNames, placedBefore } from './mentions/known.js';
import { anyWordAfter, findOrganisations } from './mentions/organisation.js';
import { syntaxLexicon, type SyntaxLexicon, type SyntaxLexiconInput } from './lexicon.js';
import { surnameAfterGiven } from './mentions/person/surnames.js';
import { personNameAt } from './mentions/person.js';

export { personAfterRole, personAfterTitle, personNameAt, type NameReading } from './mentions/person.js';

/** A mention of a person, organisation or place. */
export interface EntityMention {
  /** As written. */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** Its entity key: `normalizeEntityName(text)`. */
  name: string;
  /** What it names, when known: from the tables, or from the context that found it. */
  type: EntityType | null;
  /**
   * On a place or person named inside a body's name, the span of that body: بيرزيت in جامعة بيرزيت has the span of
   * جامعة بيرزيت, السودان in حكومة السودان the span of the government. Absent on every other mention.
   */
  within?: Span;
}

/** Most words of a parenthesised abbreviation after a body's name: "(منظمة الصحة العالمية (WHO)". */
const ABBREVIATION_WORDS = 3;
/** God's name (folded), the last word of compound family names: الحمد الله، فضل الله. */
const GOD = 'الله';
/** Shortest surname found again alone: a two-letter word is too often something else. */
const SURNAME_LETTERS = 3;

/** Fewest letters of a loan surname that lengthens a listed one-word name: داسيلفا. */
const LOAN_SURNAME_LETTERS = 5;
/** A verb in the present, dual or plural, folded: يلعبان، يقولون. */
const PRESENT_DUAL_OR_PLURAL = /^[يت].{2,}(?:ان|ون)$/u;

/**
 * True when person `known`, found by the tables, opens person `read`, found by the rules, and the
 * chain of the name goes on after it with a joiner: "حمد بن جاسم" is listed, "حمد بن جاسم بن جبر آل
 * ثاني" is the name; or when the listed name is written as a given name followed by family names with
 * the article, as the rules read them on their own: "عبد الناصر" (Nasser) in "القيادي الحوثي عبدالناصر
 * الجنيدي" is another man's given name (not "النجم البرازيلي نيمار قادرا", a name and a predicate).
 */
function personChainGoesOn(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, known: Found, read: Found): boolean {
  if (known.type !== 'person' || read.type !== 'person' || known.end >= read.end || known.skip !== read.skip) return false;
  const next = tokens.next((known.end - 1) as TokenIndex);
  if (tokens.isWord(next) && t.joiners.has(tokens.text(next))) return true;
  // A listed name of one word with one long loan surname the rules read after it is the full name: "وقال نيمار
  // داسيلفا إن".
  if (known.end === known.start + 1 && read.end === next + 1 && tokens.isWord(next)) {
    const w = tokens.text(next);
    // As a surname after a given name reads, written without a clitic before it ("نيمار ومبابي"، "بومبيو لصحافيين"),
    // and no accusative noun, adjective or adverb: "نيمار قادرا"، "نيمار سريعا".
    // Nor after a surname the tables list alone ("وقال لافروف حينئذ"), nor a verb in the dual or plural ("نيمار يلعبان").
    const entry = t.known.matchAt(tokens, known.start)?.entry;
    const surname = entry !== undefined && entry.canonical.includes(' ') && !entry.canonical.startsWith(tokens.text(known.start).slice(known.skip));
    const accusative = accusativeNoun(w) || (w.endsWith(ACCUSATIVE_ENDING) && FAEEL.test(w.slice(0, -ACCUSATIVE_ENDING.length)));
    const bare = !surname && !cliticsButKaf.includes(w[0]!) && !accusative && !PRESENT_DUAL_OR_PLURAL.test(w);
    if (w.length >= LOAN_SURNAME_LETTERS && bare && !isDefinite(w) && t.known.matchAt(tokens, next) === null && surnameAfterGiven(tokens, lexicon, t, next)) return true;
  }
  if (t.givenNames.matchAt(tokens, known.start)?.end !== known.end || (personNameAt(tokens, lexicon, known.start, false)?.end ?? 0) < read.end) return false;
  for (let k = known.end; k < read.end; k++) if (tokens.isWord(k) && !isDefinite(tokens.text(k))) return false;
  return true;
}

/**
 * True when place `known`, found by the tables, is written as a given name that opens person
 * `read`, a longer name found by the rules, with a given name or a joiner next: "صلاح الدين أحمد ناجي الجبوري" is a man, "محافظة صلاح
 * الدين" and "صلاح الدين" alone the province.
 */
function placeOpensPersonName(tokens: TokenStream, t: MentionTables, known: Found, read: Found): boolean {
  if (known.type !== 'place' || read.type !== 'person' || known.skip !== 0 || read.skip !== 0 || known.end >= read.end) return false;
  if (t.givenNames.matchAt(tokens, known.start)?.end !== known.end) return false;
  // A second given name or a joiner makes the man: "بحيرة فيكتوريا تنجانيقا"، "بحيرة تشاد لأعالي النيل" stay lakes.
  const next = tokens.nextWord((known.end - 1) as TokenIndex);
  return next >= 0 && (t.joiners.has(tokens.text(next)) || t.givenNames.matchAt(tokens, next)?.skip === 0);
}

/** Reading order; of overlapping mentions the one that starts first stays, the longest and surest among equals. */
function resolve(found: Found[], keepsHead: (f: Found) => boolean = () => false, keepsLonger: (surer: Found, longer: Found) => boolean = () => false): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.rank - a.rank);
  const out: Found[] = [];
  for (const f of found) {
    // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && f.start < last.end) {
      // The same words found twice: the surer reading wins (a known place over a person's name), and keeps the body
      // the other read them as a place of ("حكومة السودان").
      if (f.start === last.start && f.end === last.end) {
        const surer = f.rank > last.rank ? f : last;
        const other = surer === f ? last : f;
        out[out.length - 1] = other.body && !surer.body && other.type === surer.type ? { ...surer, body: other.body } : surer;
      }
      // A surer mention nested in a rule's guess at its start: "شركة نوكيا" vs "نوكيا" keeps the known one.
      // A known body named by a head word alone stays inside the longer name it opens: "الاتحاد الدولي للشرطة" is not the club الاتحاد.
      // A known person's name that opens a longer name read by the rules is its start, not all of it:
      // "حمد بن جاسم" (listed) in "الشيخ حمد بن جاسم بن جبر آل ثاني" keeps the whole chain.
      else if (f.rank > last.rank && f.start === last.start && !(last.type === 'organization' && last.rank === RANK.organisation && keepsHead(f)) && !keepsLonger(f, last)) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * A known surname right after a person's name belongs to that name, beyond the words a name may
 * have ("جون بول مايكل سميث براون"): it is not a second person.
 */
function withoutRunOnSurnames(tokens: TokenStream, t: MentionTables, mentions: Found[]): Found[] {
  const out: Found[] = [];
  for (const m of mentions) {
    // Bounds checked: one read at index -1 slows this read for the whole process (see NumberTokens.kindOf).
    const before = out.length > 0 ? out[out.length - 1] : undefined;
    if (!(m.type === 'person' && m.rank === RANK.known && before?.type === 'person' && m.skip === 0 && tokens.nextWord((before.end - 1) as TokenIndex) === m.start)) {
      out.push(m);
      continue;
    }
    // After a given name alone it is that name's surname, where the reading of the name stopped at a
    // surname shaped like a verb: "الرئيس الأميركي دونالد ترمب رسالة" ("ترمب رسالة" reads as "throws a
    // message") is "دونالد ترمب". After a longer name it is left out: "جون بول مايكل سميث براون".
    if (before.end === before.start + 1 && t.givenNames.matchAt(tokens, before.start)?.end === before.end) out[out.length - 1] = { ...before, end: m.end };
  }
  return out;
}

/**
 * A person the document names by one word — the surname of a longer name it reads, or a one-word name
 * the tables list — read with one more word is that person before the next word of the clause, the
 * verb's object most often: "فذكر صلاح الاسم الصحيح" after "محمد صلاح"، "واستطاع رونالدو تسديد 62
 * هدفا" after "كريستيانو رونالدو" … "وقال رونالدو". Only where the two words stand nowhere else in the document as a name,
 * and the second is no given name, no listed name and no surname of the document: "محمد علي" … "علي
 * عبدالله صالح" keeps the chain of three, and a namesake named twice ("صلاح فضل" twice) stays whole.
 */
function withoutRunOnObjects(tokens: TokenStream, t: MentionTables, mentions: Found[]): Found[] {
  // How many mentions name someone by each word alone: the last word of a longer name, a given name too
  // ("محمد صلاح"), but not one a joiner takes ("عبد الله"، "بن سلمان"); a one-word name the tables list. Not
  // a given name read alone: "يوليا" … "يوليا سكريبال" is how a text names her again.
  const lone = new Map<string, number>();
  const pairs = new Map<string, number>();
  // The words that name someone alone somewhere in the document: "وقال صلاح".
  const alone = new Set<string>();
  const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = wordsOf(tokens, m);
    if (words.length === 1) alone.add(words[0]!);
    if (words.length === 2) count(pairs, words.join(' '));
    if (words.length > 1 && !t.joiners.has(words[words.length - 2]!)) count(lone, words[words.length - 1]!);
    else if (words.length === 1 && m.rank === RANK.known) count(lone, words[0]!);
  }
  return mentions.map((m) => {
    if (m.type !== 'person' || m.rank === RANK.known) return m;
    const words = wordsOf(tokens, m);
    const second = tokens.nextWord(m.start);
    // (The second word counts once for this very mention.)
    if (words.length !== 2 || (lone.get(words[1]!) ?? 0) > 1 || pairs.get(words.join(' ')) !== 1) return m;
    if (!lone.has(words[0]!)) return m;
    if (t.givenNames.matchAt(tokens, second) !== null || t.known.matchAt(tokens, second) !== null || t.joiners.has(words[1]!)) return m;
    // A given name opens a namesake's name as often ("محمود الخطيب" after "أحمد محمود"), unless the document
    // also names the person by it alone.
    if (t.givenNames.matchAt(tokens, m.start)?.end === m.start + 1 && !alone.has(words[0]!)) return m;
    return { ...m, end: (m.start + 1) as TokenIndex };
  });
}

/**
 * A person the tables list by a full name, found by the surname alone, with the word right before it that
 * spells the listed given name another way (the names matcher says so): that word opens the name. "جوستن
 * ترودو" (listed جاستن ترودو), "رفاييل نادال" (رافائيل نادال). A word another mention holds stays its own.
 */
function withGivenNameVariants(tokens: TokenStream, t: MentionTables, mentions: Found[]): Found[] {
  return mentions.map((m, i) => {
    if (m.type !== 'person' || m.rank !== RANK.known || m.skip !== 0 || m.end !== m.start + 1) return m;
    const before = tokens.previousWord(m.start);
    if (before < 0 || tokens.previous(m.start) !== before || (i > 0 && mentions[i - 1]!.end > before)) return m;
    const entry = t.known.matchAt(tokens, m.start)?.entry;
    if (!entry) return m;
    const surname = tokens.text(m.start);
    const word = writtenToken(tokens, before);
    for (const form of entry.forms) {
      const words = form.split(' ');
      if (words.length === 2 && foldWord(words[1]!) === surname && words[0] !== word && sameEntity(word, words[0]!)) return { ...m, start: before };
    }
    return m;
  });
}

/** "منظمة الصحة العالمية (WHO)": a short parenthesised name right after a body's name is a mention of it. */
function abbreviations(tokens: TokenStream, t: MentionTables, mentions: readonly Found[], out: Found[]): void {
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const open = tokens.next((m.end - 1) as TokenIndex);
    if (!tokens.isPunct(open, '(')) continue;
    let j = tokens.next(open);
    const start = j;
    let words = 0;
    while (tokens.isWord(j) && words < ABBREVIATION_WORDS) {
      words++;
      j = tokens.next(j);
    }
    // Not a phrase with the article that no head of a body opens, which describes: "أمام منتخب ألمانيا (متذيل
    // الترتيب)"، "هيئة تحرير الشام (النصرة سابقا)" ("(الحرس الوطني)" names one).
    const described = words > 1 && !t.organisationHeads.has(withoutArticle(tokens.text(start))) && anyWordAfter(tokens, open, j, (i) => isDefinite(tokens.text(i)));
    if (words > 0 && tokens.isPunct(j, ')') && !described) out.push({ start, end: (tokens.previous(j) + 1) as TokenIndex, skip: 0, type: 'organization', rank: RANK.organisation });
  }
}

/**
 * The people of a document found again where it repeats their names: the full name, and the
 * surname alone ("توني بلير" … "وقال بلير"), with the clitics a word takes.
 */
function repeatedPeople(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, mentions: readonly Found[], listed: readonly Found[], out: Found[]): void {
  const names = new Set<string>();
  // The words the text writes with the article, but for a name's after a joiner: "عبد الرزاق" is no common noun.
  const definite = new Set<string>();
  for (let k = 0 as TokenIndex; k < tokens.length; k++) if (!t.joiners.has(tokens.text(tokens.previousWord(k)))) definite.add(withoutCliticsBeforeArticle(tokens.text(k)));
  // A surname the text also writes with the article is a common noun, not found again alone, unless it is a nisba
  // written with ي (عشماوي / العشماوي); a noun in ى only folds like one ("ريبيكا دعوى مدنية" … "الدعوى").
  const common = (s: string | null, m: Found): string | null =>
    s !== null && !writtenWithYa(tokens, (m.end - 1) as TokenIndex) && definite.has(article + s) ? null : s;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = wordsOf(tokens, m);
    names.add(words.join(' '));
    // A family name written first, or a given name the person is called by: "كيم جونغ أون" … "يلتقي كيم"، "آبي أحمد" … "آبي"
    // (not after a joiner, which takes its word: "المهلب بن أبي صفرة").
    const lastWord = words[words.length - 1]!;
    if (words.length > 1 && t.namesAlone.has(words[0]!)) names.add(words[0]!);
    if (words.length > 1 && t.namesAlone.has(lastWord) && !t.joiners.has(words[words.length - 2]!)) names.add(lastWord);
    // A family name in الله is the two words: "رامي الحمد الله" is "الحمد الله" again, never "الله".
    if (words.length > 2 && words[words.length - 1] === GOD && !t.joiners.has(words[words.length - 2]!)) names.add(words.slice(-2).join(' '));
    // A compound surname joined by a hyphen is found again whole, never by its last part: "كون-بينديت".
    else if (!joinedByHyphen(tokens, m)) {
      const surname = common(surnameOf(tokens, t, m, words), m);
      if (surname !== null) names.add(surname);
      if (surname !== null && words.length > 2) addParticleSurname(t, words, names);
    }
  }
  // A person first named in a list by two words or more is found again too: "انفصال جيجي حديد وزين مالك" …
  // "أعلن زين مالك". A list is read more loosely, so its surname must also be no noun in ة (ه as words fold
  // it) nor the head of a place or body: "وأمين منطقة عسير" names no منطقة.
  for (const m of listed) {
    if (m.type !== 'person' || m.end - m.start < 2) continue;
    const words = wordsOf(tokens, m);
    names.add(words.join(' '));
    const surname = common(surnameOf(tokens, t, m, words), m);
    if (surname === null || surname.endsWith('ه') || t.placeHeadWords.has(surname)) continue;
    if (!t.organisationHeads.has(withoutArticle(surname)) && !t.descriptorWords.has(withoutArticle(surname))) names.add(surname);
    if (words.length > 2) addParticleSurname(t, words, names);
  }
  const from = out.length;
  foundAgain(tokens, names, 'person', RANK.person - 0.5, out, (m, k) => {
    // A surname with the article stays a surname only as written: الأسد, not والأسد read as a new word.
    if (m.end === k + 1 && isDefinite(tokens.text(k)) && m.skip > 0 && !tokens.text(k).slice(m.skip).startsWith(article)) return false;
    // Nor is a word written as a stop it folds alike with: after "خالد علي" … "وكتب علي", the
    // preposition of "وذلك على خلفية" is no third mention of him.
    // So behind a clitic: "لديك" is لدى with its pronoun, no ل + ديك.
    return !(m.end === k + 1 && isNameStop(tokens, t, k));
  });
  for (let i = from; i < out.length; i++) out[i] = withGivenNameBefore(tokens, lexicon, t, out[i]!);
}

/**
 * A surname found again with a listed given name right before it is the full name of a namesake, a
 * brother or the same person: "وزير الخارجية الفلسطيني، رياض المالكي" after "تركي المالكي", "أسامة
 * هوساوي، عمر هوساوي", behind its clitic too ("التصريح الأمني لجون برينان"). Only a word the tables list as a
 * given name ("لقاء ترامب" stays ترامب), and one that is also a common word (عمر "age", حياة "life", باسم "in
 * the name of") only bare and as an item of a list, between commas: "، عمر هوساوي،" but "المتحدث باسم
 * نتنياهو"، "وحياة هوكينغ"، "وفضل هاينكس إبقاء"، "لون الغندور".
 */
function withGivenNameBefore(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, m: Found): Found {
  if (m.skip > 0 || m.end !== m.start + 1) return m;
  const before = tokens.previousWord(m.start);
  if (before < 0 || tokens.previous(m.start) !== before || isNameStop(tokens, t, before)) return m;
  const given = t.givenNames.matchAt(tokens, before);
  if (!given) return unlistedGivenName(tokens, lexicon, t, m, before) ? { ...m, start: before, skip: 0 } : m;
  if (given.end !== before + 1) return m;
  // A common word must stand bare between commas, as a list's item does: "وفضل هاينكس إبقاء"، "من جهته، دان
  // روحاني الانسحاب" are verbs.
  if (t.ambiguousNames.has(tokens.text(before).slice(given.skip)) && !(given.skip === 0 && betweenCommas(tokens, lexicon, before, m.start))) return m;
  // A joiner or a given name before it makes the given name part of a longer chain, read by its own rules.
  const first = tokens.previousWord(before);
  if (first >= 0 && tokens.previous(before) === first && (t.joiners.has(tokens.text(first)) || t.givenNames.matchAt(tokens, first))) return m;
  return { ...m, start: before, skip: given.skip };
}

/**
 * True when word token `before`, which no table lists, is the given name of surname `m` found again: a word
 * that can open a name, in apposition between commas ("المتحدث باسم المنظمة، بهروز كمالوندي، أن"، "رئيس الوزراء،
 * إدوار فيليب،") — not a noun in construct with the surname, which stands elsewhere: "لقاء ترامب"، "حكم صدام"،
 * "ولم يعلن قيام الأسد،" (a verb's object, even set apart after: no comma before it).
 */
function unlistedGivenName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, m: Found, before: TokenIndex): boolean {
  const w = tokens.text(before);
  if (isDefinite(w) || tokens.hasTanween(before) || t.known.matchAt(tokens, before) !== null || t.titles.matchAt(tokens, before) !== null || t.roles.has(w) || t.demonyms.has(w)) return false;
  return betweenCommas(tokens, lexicon, before, m.start) && opensNameByContext(tokens, lexicon, t, before);
}

/**
 * True when the words from `first` to `last` stand between two commas of the punctuation lexicon, as an item
 * of a list or an apposition does: "، عمر هوساوي،".
 */
function betweenCommas(tokens: TokenStream, lexicon: SyntaxLexicon, first: TokenIndex, last: TokenIndex): boolean {
  const comma = (k: TokenIndex): boolean => k >= 0 && tokens.isPunct(k) && lexicon.commas.has(tokens.text(k));
  return comma(tokens.previous(first)) && comma(tokens.next(last));
}

/**
 * The last word of a person's name of two words or more that names him alone, or null: no word a joiner
 * takes (عبد الله، نصر الله، أبو بكر، بن زيد: no person "الله" where God is named), nor a joiner, a stop,
 * a given name or a demonym (a demonym that ends a kunya, أبو عبد الله التركي: "الشطر التركي" names no one),
 * nor a regnal number.
 */
function surnameOf(tokens: TokenStream, t: MentionTables, m: Found, words: readonly string[]): string | null {
  const last = words[words.length - 1]!;
  // A regnal number is no surname: after "البابا تواضروس الثاني", "المتهم الثاني" is the second accused.
  if (isOrdinal(tokens, (m.end - 1) as TokenIndex)) return null;
  // A family name a title or آل opens is its two words: "حسين الحاج حسن" … "على لسان الحاج حسن"، "تركي آل الشيخ" …
  // "وأضاف آل الشيخ".
  // So does بن before the last word, the family name a foreign, Maghrebi or Yemeni name keeps and the son a Gulf one
  // is called by: "حاتم بن عرفة" … "وعانى بن عرفة"، "محمد بن سلمان" … "وقال بن سلمان"، "أحمد عبيد بن دغر" … "وقال بن دغر"
  // (not after a joiner: "عبد الله بن زايد" is named so whole).
  if ((words.length > 2 && (t.titlesAsFamilyNames.has(words[words.length - 2]!) || t.familyWords.has(words[words.length - 2]!))) || (words.length > 2 && t.links.sonOf.has(words[words.length - 2]!) && !t.joiners.has(words[words.length - 3]!))) return `${words[words.length - 2]!} ${last}`;
  if (words.length < 2 || t.joiners.has(words[words.length - 2]!) || last.length < SURNAME_LETTERS) return null;
  return t.joiners.has(last) || t.stops.has(last) || t.givenNames.starts(last) || t.demonyms.has(last) ? null : last;
}

/**
 * A foreign surname with its particle, named again as the text names the person by it: "فنسنت فان غوخ" …
 * "أعمال فان غوخ"، "لفان غوخ" (the particle is part of the surname; the last word alone is found too).
 */
function addParticleSurname(t: MentionTables, words: readonly string[], names: Set<string>): void {
  const particle = words[words.length - 2]!;
  if (t.particles.has(particle)) names.add(`${particle} ${words[words.length - 1]!}`);
}

/** The words of mention `m` as the text writes them, without the clitic before the first. */
function wordsOf(tokens: TokenStream, m: Found): string[] {
  const words: string[] = [];
  for (let k = m.start; k < m.end; k++) if (tokens.isWord(k)) words.push(k === m.start ? tokens.text(k).slice(m.skip) : tokens.text(k));
  return words;
}

/** Every place in the text where one of `names` is written, with a clitic or not, that `accepts`, as mentions of `type`. */
function foundAgain(
  tokens: TokenStream,
  names: ReadonlySet<string>,
  type: 'person' | 'place' | 'organization',
  rank: number,
  out: Found[],
  accepts: (m: { start: TokenIndex; end: TokenIndex; skip: number }, k: TokenIndex) => boolean = () => true,
): void {
  if (names.size === 0) return;
  const table = new CliticPhraseTable([...names], (n) => [n]);
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    const m = table.matchAt(tokens, k);
    if (!m || !accepts(m, k)) continue;
    out.push({ start: m.start, end: m.end, skip: m.skip, type, rank });
    k = ((m.end - 1) as TokenIndex);
  }
}

/**
 * The places a head named in a document, found again where the text names them without it: "في
 * محافظة عمران" … "تجنيد أطفال في عمران" (a given name too, which alone would name no place). A single
 * word with the article is left alone: after its head it may be a common word (مدينة الخبر, "the news").
 * So are listed places that are also common words, once the text has read them as places: "في دوما
 * بالغوطة الشرقية" … "في دوما". Any other reading of the same words wins over this one.
 */
function repeatedPlaces(tokens: TokenStream, t: MentionTables, mentions: readonly Found[], out: Found[], inGame: () => boolean): void {
  const names = new Set<string>();
  const inContext = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const words = wordsOf(tokens, m);
    // Read by a head: a name no table lists, or a listed one that alone would be another word (عمران); or a
    // listed place that is also a common word, read in context ("في دوما بالغوطة الشرقية"، "محافظة البيضاء"),
    // of any length (عدن، لحج). A point of the compass is none ("بين الشمال والجنوب").
    const byHead = m.rank === RANK.place || (m.skip === 0 && t.placeHeads.matchEndingAt(tokens, tokens.previousWord(m.start)) !== null);
    const listed = t.known.entriesOf(words.join(' ')).some((e) => e.ambiguous);
    const one = words.length === 1 ? words[0]! : '';
    if (one && (t.stops.has(one) || t.compassPoints.has(withoutArticle(one)))) continue;
    const again = byHead && !(one && (isDefinite(one) || one.length < REPEATED_PLACE_LETTERS));
    if (!again && !listed) continue;
    // Nor one read after a head that is also a common noun: "مقاطعة مراسم التدشين" is a boycott.
    const head = tokens.previousWord(m.start);
    if (m.skip === 0 && head >= 0 && t.commonNounPlaceHeads.has(withoutConjunction(tokens.text(head)))) continue;
    (again ? names : inContext).add(words.join(' '));
  }
  foundAgain(tokens, names, 'place', REPEATED_PLACE_RANK, out);
  // One read in context only is found again where a preposition says it is a place: "في مالي"، "بمالي" — not
  // where it is the common word ("احتيال مالي" is financial fraud, "أمطار وسيول" floods). One with the article
  // is found again after a point of the compass too, or opening a line or clause ("شرق البيضاء"، "البيضاء..")
  // — not after a verb ("ونشر الخبر" is the news) nor, in a report of a game, where it is as often the club (العين).
  foundAgain(tokens, inContext, 'place', REPEATED_PLACE_RANK, out, (m, k) => {
    const clitics = tokens.text(k).slice(0, m.skip);
    const p = tokens.previousWord(k);
    const before = tokens.text(p);
    return clitics.includes(prepositionBi) || clitics.includes(prepositionLi) || t.links.in.has(before) || t.movePrepositions.has(before) ||
      (isDefinite(tokens.text(k).slice(m.skip)) && (p < 0 || tokens.previous(k) !== p || t.compassPoints.has(before)) && !inGame());
  });
}

/**
 * Clubs named by a word that is also a common word or a city (الهلال، النصر، الشباب، العين), found again in a
 * report of a game once the document has read the word as the club: "فاز الهلال على النصر" … "ويدخل الهلال
 * المباراة بمعنويات مرتفعة"، "إلا أن النصر لم يكن محظوظا". Not where the word is an adjective of the word
 * with the article before it ("اللاعبين الشباب") or a noun before its own nisba ("الوحدة الوطنية"), behind ب
 * ("بالتعاون مع"), nor an institutional head: الاتحاد alone is as often the federation the text named in full.
 * Any other reading of the same word wins over this one.
 */
function clubsFoundAgain(tokens: TokenStream, t: MentionTables, mentions: readonly Found[], out: Found[], inGame: () => boolean): void {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    // A club named in full names its short name too: "مانشستر سيتي" … "وتلقى سيتي خسارة".
    const whole = m.end === m.start + 1;
    const word = whole ? tokens.text(m.start).slice(m.skip) : tokens.text((m.end - 1) as TokenIndex);
    const club = t.clubs.entriesOf(word).length > 0;
    // One word: a club, a body named by a word with the article, not a head (الاتحاد), or by a longer word that
    // names no place ("فريق ميلان الإيطالي" … "قيادة ميلان"; روما is also the city, which clubsAgain reads, and a
    // short one is too often inside another word: شل in فشل); the last of several: a club's name without the
    // article, not an adjective that ends a body's name ("التحالف العربي" names no العربي).
    const entries = t.known.entriesOf(word);
    const bare = word.length >= SEEDED_BODY_LETTERS && entries.every((e) => e.type === 'organization');
    const seed = whole ? (word.startsWith(article) || club || bare) && !t.organisationHeads.has(withoutArticle(word)) : club && !word.startsWith(article);
    if (seed && (club || entries.some((e) => e.ambiguous === true))) names.add(word);
  }
  if (names.size === 0 || !inGame()) return;
  foundAgain(tokens, names, 'organization', REPEATED_CLUB_RANK, out, (m, k) => {
    if (m.end !== k + 1 || tokens.text(k).slice(0, m.skip).includes(prepositionBi)) return false;
    const prev = tokens.previous(k);
    if (prev >= 0 && tokens.isWord(prev) && isDefinite(tokens.text(prev)) && t.known.matchAt(tokens, prev) === null && t.clubs.matchAt(tokens, prev) === null) return false;
    const next = tokens.next(k);
    const after = next >= 0 && tokens.isWord(next) ? tokens.text(next) : '';
    return !(NISBA.test(after) && !t.demonyms.has(after));
  });
}

/** Fewest letters of a body's one-word name without the article found again in a report of a game: ميلان (not شل، كاف). */
const SEEDED_BODY_LETTERS = 4;

/** Below every other reading: a club found again only where nothing else reads the word. */
const REPEATED_CLUB_RANK = RANK.person / 4;

/**
 * Person mention `m` with the words joined to its last one by a hyphen written without spaces:
 * "كارلين-كرافت"، "مون جاي-إن" (a spaced dash, "ماكرون - ميركل", joins two names, and so does a hyphen
 * before a name the tables know).
 */
function withHyphenatedParts(tokens: TokenStream, t: MentionTables, m: Found): Found {
  // A name the tables know is whole: "قمة ترامب-كيم" joins two.
  if (t.known.matchAt(tokens, m.start)?.end === m.end) return m;
  let end = m.end;
  for (let n = 0; n < HYPHENATED_PARTS; n++) {
    const dash = end;
    const next = (end + 1) as TokenIndex;
    if (next >= tokens.length || !tokens.isPunct(dash, '-') || !tokens.isWord(next)) break;
    if (tokens.start(dash) !== tokens.end((dash - 1) as TokenIndex) || tokens.start(next) !== tokens.end(dash)) break;
    // Two known names so joined are two: "قمة ماكرون-ميركل".
    if (isNameStop(tokens, t, next) || isNumberWord(tokens, next) || t.known.matchAt(tokens, next) !== null) break;
    end = ((next + 1) as TokenIndex);
  }
  return end === m.end ? m : { ...m, end };
}

/** True when a hyphen joins two words of mention `m`: "كارلين-كرافت". */
function joinedByHyphen(tokens: TokenStream, m: Found): boolean {
  for (let k = m.start; k < m.end; k++) if (tokens.isPunct(k, '-')) return true;
  return false;
}

/** Most parts a hyphen joins to a name: "كارلين-كرافت", "جان-لوك". */
const HYPHENATED_PARTS = 2;

/**
 * The mentions without the short forms of bodies (`bodyShortForms`): "وقال التحالف في بيان" names no body —
 * a head alone, like الحكومة, is what the annotation guide calls an unnamed body. With `afterFullName`, those
 * the document names in full are kept: after "التحالف الدولي" the text's "التحالف" and "قوات التحالف" are
 * that coalition (its key, as the gazetteer's alias, joins them).
 */
function withoutShortForms(tokens: TokenStream, t: MentionTables, mentions: Found[], afterFullName: boolean): Found[] {
  const named = new Set<string>();
  for (const m of afterFullName ? mentions : []) {
    if (m.type !== 'organization') continue;
    const words = wordsOf(tokens, m);
    // The full name, or the name behind the forces that serve it: "قوات التحالف الدولي".
    const short = t.bodyShortForms.get(words.join(' ')) ?? t.bodyShortForms.get(words.slice(1).join(' '));
    if (short) for (const s of short) named.add(s);
  }
  return mentions.filter((m) => {
    if (m.type !== 'organization') return true;
    // Behind a clitic glued to the article too: "المتحدث الرسمي للتحالف" (ل + التحالف).
    const words = wordsOf(tokens, m);
    words[0] = withoutCliticsBeforeArticle(words[0]!);
    const name = words.join(' ');
    return !t.shortFormsOfBodies.has(name) || named.has(name);
  });
}

/** Fewest letters of a one-word place found again: a short word is as often part of a longer name (كاب تاون، ساو باولو). */
const REPEATED_PLACE_LETTERS = 4;
/** Below every other reading: a place found again only where nothing else reads the words. */
const REPEATED_PLACE_RANK = RANK.person / 4;

/** The mentions of a document, as token ranges, in reading order and not overlapping. */
export function mentionsOf(document: TextDocument, lexicon: SyntaxLexicon, demonyms = false, shortForms = false): readonly Found[] {
  const { tokens } = document;
  const t = mentionTables(lexicon);
  const found: Found[] = [];
  findKnownNames(tokens, lexicon, demonyms, found);
  findOrganisations(tokens, lexicon, found);
  findPlacesByHead(tokens, lexicon, found);
  findPeople(document, lexicon, found);
  // A compound surname joined by a hyphen is one name: "كريستينا كارلين-كرافت"، "جان-لوك غودار".
  for (let i = 0; i < found.length; i++) if (found[i]!.type === 'person') found[i] = withHyphenatedParts(tokens, t, found[i]!);
  // A person the tables know, or one named again, right after the head of a thing named after him is
  // that thing's namesake, not the person: "مسجد الحسن الثاني"، "مطار حيدر علييف" (findPeople reads the
  // rest so). After a head of three letters one named again is as often the man: "لتبرير سجن ستادلر".
  const namesake = (f: Found, headLetters = 0): boolean => f.type === 'person' && f.skip === 0 && namesakeBefore(tokens, lexicon, t, f.start, headLetters);
  // A one-word known body that is an institutional head (الاتحاد): the head of a longer name keeps it.
  const chainGoesOn = (known: Found, read: Found): boolean => personChainGoesOn(tokens, lexicon, t, known, read) || placeOpensPersonName(tokens, t, known, read);
  const keepsHead = (f: Found): boolean => f.type === 'organization' && f.end === f.start + 1 && t.organisationHeads.has(withoutArticle(tokens.text(f.start).slice(f.skip)));
  // Short forms go before the readings are resolved, so that a full name inside one is read: "بقوات التحالف
  // العربي" (قوات التحالف is a short form) names التحالف العربي.
  const first = withoutRunOnObjects(tokens, t, withGivenNameVariants(tokens, t, withoutRunOnSurnames(tokens, t, resolve(withoutShortForms(tokens, t, found.filter((f) => !namesake(f)), shortForms), keepsHead, chainGoesOn))));
  const more: Found[] = [...first];
  abbreviations(tokens, t, first, more);
  const listed: Found[] = [];
  coordinatedPeople(tokens, lexicon, first, listed);
  more.push(...listed);
  repeatedPeople(tokens, lexicon, t, first, listed, more);
  // Whether a word of the game is written in the text: searched once, and only when a rule asks.
  let game: boolean | undefined;
  const inGame = (): boolean => (game ??= gameInText(tokens, t));
  repeatedPlaces(tokens, t, first, more, inGame);
  clubsFoundAgain(tokens, t, first, more, inGame);
  const resolved = clubsAgain(tokens, lexicon, t, resolve(more.filter((f) => !namesake(f, NAMESAKE_HEAD_LETTERS)), keepsHead, chainGoesOn), inGame);
  // A company's name inside a product's names no body ("خدمة يوتيوب ميوزيك"، "ساعة أبل"); a man named by his father's
  // name after بن alone is named by both ("وقال الأمير بن طلال"); باسم before a known person is "on behalf of"
  // ("تحدث باسم مقتدى الصدر").
  return resolved.filter((m) => !insideProductName(tokens, t, m)).map((m) => withoutOnBehalfOf(tokens, t, withSonOfBefore(tokens, t, m)));
}

/**
 * Person mention `m` without a first word that is باسم ("on behalf of", also the given name Basim) where a
 * person the tables know follows it: "وتحدث باسم مقتدى الصدر" speaks for al-Sadr ("باسم يوسف" keeps his name).
 */
function withoutOnBehalfOf(tokens: TokenStream, t: MentionTables, m: Found): Found {
  if (m.type !== 'person' || m.skip !== 0 || !t.links.onBehalfOf.has(tokens.text(m.start))) return m;
  const rest = tokens.nextWord(m.start);
  const known = rest >= 0 && rest < m.end ? t.known.matchAt(tokens, rest) : null;
  return known !== null && known.skip === 0 && known.entry.type === 'person' && known.end === m.end ? { ...m, start: rest } : m;
}

/**
 * True when organisation mention `m` is its maker's name inside a product's: before a word of `productWords`
 * ("خدمة يوتيوب ميوزيك"، "متصفح غوغل كروم") or right after a noun of `productHeads` ("خرائط أبل"، "لساعة أبل").
 * Products are no entity, and the blind gold leaves the maker inside them unmarked.
 */
function insideProductName(tokens: TokenStream, t: MentionTables, m: Found): boolean {
  if (m.type !== 'organization') return false;
  const next = tokens.next((m.end - 1) as TokenIndex);
  if (tokens.isWord(next) && t.productWords.has(tokens.text(next))) return true;
  const before = tokens.previous(m.start);
  const head = m.skip === 0 && tokens.isWord(before) ? t.productHeads.matchAt(tokens, before) : null;
  return head !== null && tokens.next((head.end - 1) as TokenIndex) === m.start;
}

/**
 * Person mention `m` with بن right before it taken in, where no first name stands before بن: news names a
 * prince or a man of a known family by "son of" and his father's name alone — "وقال الأمير بن طلال" (Al-Waleed
 * bin Talal), "رؤية بن سلمان" (Mohammed bin Salman). A name opens with no such joiner (see `openingJoiners`),
 * so the recognizers read the name after it; after a first name the chain is read whole ("الوليد بن طلال").
 */
function withSonOfBefore(tokens: TokenStream, t: MentionTables, m: Found): Found {
  if (m.type !== 'person' || m.skip !== 0) return m;
  const sonOf = tokens.previous(m.start);
  if (sonOf < 0 || !tokens.isWord(sonOf) || !t.links.sonOf.has(tokens.text(sonOf))) return m;
  const before = tokens.previous(sonOf);
  if (before >= 0 && tokens.isWord(before) && t.givenNames.matchAt(tokens, before) !== null) return m;
  return { ...m, start: sonOf };
}

/**
 * The mentions with each one-word city that the document also names as its club (an organisation of
 * the same word: "فريق برشلونة"، "ليون الفرنسي") read as the club too, where nothing places it: "ونجح
 * برشلونة في تحويل تأخره"، "الهدف الخامس لبرشلونة". After a preposition but a match's ("في برشلونة"،
 * "إلى ليون"; "أمام ليون" is the club) or behind ب ("ببرشلونة") it stays the city. A one-word person no table
 * lists is the body of the same word too: "نادي ماريتيمو" … "وشارك ماريتيمو في" (see {@link clubAgain}).
 */
function clubsAgain(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, mentions: Found[], inGame: () => boolean): Found[] {
  const clubs = new Set<string>();
  for (const m of mentions) if (m.type === 'organization' && m.end === m.start + 1) clubs.add(tokens.text(m.start).slice(m.skip));
  // In a report of a game (a word of the game in it), a city the gazetteer also lists as its club is that
  // club after a player's move ("قادما من بورتو"); with a club named too, wherever nothing places it:
  // "فريقه ليفربول إلى فوز"، "رصيد برشلونة في الصدارة". The text is searched for a word of the game only
  // when such a city is in it.
  const listedClubs = new Set<string>();
  for (const m of mentions) {
    const word = m.type === 'place' && m.end === m.start + 1 ? tokens.text(m.start).slice(m.skip) : '';
    if (word !== '' && t.known.entriesOf(word).some((e) => e.type === 'organization')) listedClubs.add(word);
  }
  if (listedClubs.size > 0 && !inGame()) listedClubs.clear();
  if (clubs.size === 0 && listedClubs.size === 0) return mentions;
  const out: Found[] = [];
  // The last words of the people the text names in full.
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.end > m.start + 1).map((m) => tokens.text((m.end - 1) as TokenIndex)));
  for (const m of mentions) out.push(clubAgain(tokens, lexicon, t, clubs, listedClubs, surnames, m, out.at(-1)));
  return out;
}

/** True when a word of the game (`clubContextWords`) is written anywhere in the text: "مباراة"، "مدرب"، "لاعبي". */
function gameInText(tokens: TokenStream, t: MentionTables): boolean {
  for (let k = 0 as TokenIndex; k < tokens.length; k++) if (tokens.isWord(k) && isGameWord(t, tokens.text(k))) return true;
  return false;
}

/**
 * The mention `m` read as its club where {@link clubsAgain} says so; `before` is the mention read before it,
 * `clubs` the one-word bodies of the text, `listedClubs` its cities the gazetteer lists as clubs in a report of a game,
 * `surnames` the last words of its people named in full.
 */
function clubAgain(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, clubs: ReadonlySet<string>, listedClubs: ReadonlySet<string>, surnames: ReadonlySet<string>, m: Found, before: Found | undefined): Found {
  if (m.end !== m.start + 1) return m;
  const word = tokens.text(m.start).slice(m.skip);
  // A word the text names as a body by its head is that body where another rule read a person no table lists: after
  // "نادي ماريتيمو البرتغالي", "وشارك ماريتيمو في" is the club. Not a given name, nor the surname of a person the
  // text names in full, whose team or office the body is: "يورغن كلوب" … "فريق كلوب" … "وقال كلوب".
  if (m.type === 'person' && clubs.has(word) && !surnames.has(word) && !t.givenNames.matchAt(tokens, m.start) && t.known.matchAt(tokens, m.start)?.entry.type !== 'person') return { ...m, type: 'organization' };
  if (m.type !== 'place') return m;
  // (A capital the gazetteer lists as a club too: "ضد روما".)
  if (!listedClubs.has(word) && !t.known.entriesOf(word).some((e) => e.kind === 'city')) return m;
  // Near a word of the game, a city joined by و to a body right before it is a club of the same list:
  // "على ملاعب يوفنتوس وليفربول وبرشلونة وإشبيلية".
  const listed = before !== undefined && before.type === 'organization' && tokens.text(m.start).startsWith(conjunctionAnd) && tokens.previousWord(m.start) === before.end - 1;
  if (listed && clubs.size > 0 && gameNear(tokens, t, m.start)) return { ...m, type: 'organization' };
  if (!clubs.has(word) && !listedClubs.has(word)) return m;
  // Behind ب, where something is: "ببرشلونة".
  const clitics = tokens.text(m.start).slice(0, m.skip);
  if (clitics.includes(prepositionBi)) return m;
  const prev = tokens.previousWord(m.start);
  // A player's move names the club he leaves or joins (see `transferWords`): "قادما من بورتو"، "رحيل النجم المصري إلى ليفربول".
  if (prev >= 0 && listedClubs.has(word) && transferBefore(tokens, t, prev)) return { ...m, type: 'organization' };
  if (clubs.size === 0) return m;
  // (A verb of narration is a stop word too, but places nothing: "وسجّل ليفربول رقما قياسيا".)
  const afterVerb = prev >= 0 && (lexicon.verbs.has(tokens, prev) || lexicon.narrativeVerbs.has(tokens, prev));
  // In a text that reads the city as its club elsewhere, a preposition of a move names the club too: "الانتقال
  // إلى برشلونة"، "بفارق نقطتين عن ليفربول" (see `movePrepositions`).
  if (prev >= 0 && !afterVerb && placedBefore(tokens, t, prev) && !(clubs.has(word) && t.movePrepositions.has(withoutConjunction(tokens.text(prev))))) return m;
  // Near a word of the game, as the subject of a verb ("ونجح برشلونة"، "ويتطلع برشلونة") or behind ل ("الهدف
  // الخامس لبرشلونة"); not in a noun's construct, which is as often the city's ("أرض البصرة"، "ميناء جازان").
  const side = listedClubs.has(word) || gameNear(tokens, t, m.start) || afterVerb || clitics.includes(prepositionLi);
  return side ? { ...m, type: 'organization' } : m;
}

/** Most words between a word of a player's move and the preposition before the club: "رحيل النجم المصري إلى ليفربول". */
const TRANSFER_WORDS_BEFORE = 3;

/**
 * True when word token `prev`, right before a city, is a preposition of a move (a stop word but a
 * match's) with a word of a player's move (`transferWords`) at most {@link TRANSFER_WORDS_BEFORE} words
 * before it, in the same clause: "انتقاله من روما"، "المنتقل حديثا إلى برشلونة"؛ "انتقل الرئيس، ثم زار
 * برشلونة" has no preposition of the move.
 */
function transferBefore(tokens: TokenStream, t: MentionTables, prev: TokenIndex): boolean {
  const before = withoutConjunction(tokens.text(prev));
  if (!t.stops.has(before) || t.opponentWords.has(before)) return false;
  let j = prev;
  for (let n = 0; n <= TRANSFER_WORDS_BEFORE; n++) {
    const back = tokens.previous(j);
    if (back < 0 || !tokens.isWord(back)) return false;
    j = back;
    // With the article too: "الانتقال إلى برشلونة" as "انتقاله إلى برشلونة"; المنتقل is listed so.
    const w = withoutConjunction(tokens.text(j));
    if (t.transferWords.has(w) || t.transferWords.has(withoutArticle(w))) return true;
  }
  return false;
}

/** Fewest letters of a head before a name read again that makes it a namesake: مطار، جائزة (not سجن). */
const NAMESAKE_HEAD_LETTERS = 4;

/** Options of {@link findEntityMentions}. */
export interface MentionOptions {
  /** Tables that extend or replace the built-in ones: gazetteer entries, countries, places, given names, titles, heads. See `Lexicon`. */
  lexicon?: NamesLexiconInput & SyntaxLexiconInput;
  /**
   * Also report nationality adjectives standing alone (الأمريكي، السوريين) as mentions of their
   * country (type `place`). Off by default: an adjective is not a name, and NER corpora do not
   * mark them.
   */
  demonyms?: boolean;
  /**
   * Also report a body's short form (التحالف، قوات التحالف, see the `bodyShortForms` table) where the
   * text names the body in full (التحالف الدولي), as a mention of that body. Off by default: the
   * annotation guide counts a head alone as an unnamed body, like الحكومة, and its annotators leave it
   * unmarked.
   */
  shortForms?: boolean;
  /**
   * Report the places and people named inside a body's name too, each right after the body that
   * holds it and with the body's span as its `within`: جريدة فلسطين → the newspaper فلسطين and the place
   * فلسطين; جامعة بيرزيت → the body and the place بيرزيت; مؤسسة ياسر عرفات → the body and the person. A
   * club named after its city ("فاز برشلونة") names no city. A government or a municipality named by its place (see
   * `governingBodyHeads`) is the body, with the place inside it: حكومة السودان. On by default: a reader asking which places
   * a text names wants بيرزيت, and a nested annotation (Wojood) marks both. `false` gives a list that never
   * overlaps, as a flat annotation (ANERcorp, the guide of `docs/evaluation.md`) marks it and as a
   * highlighter needs.
   */
  nested?: boolean;
}

/** Where the head of a body's name ends: "جامعة بيرزيت". */
const SPACE = /\s/u;

/**
 * Finds mentions of people, organisations and places in Arabic text, in
 * reading order, with the places and people named inside a body's name right
 * after the body (their `within` is its span), and a government or municipality
 * named by its place as the body with the place inside (حكومة السودان;
 * `nested: false` gives the place alone, leaves the names inside bodies out,
 * and the list then never overlaps): known names (with a clitic: والعراق،
 * بسوريا; people news names by surname: بلير), people by context (after a
 * title or role, before an office, as the subject of a verb, in a list, opening
 * with a given name), organisations by their head or descriptor, places by
 * their head — and each person and head-named place again where the text
 * repeats the name alone (محافظة عمران … في عمران). A name in passing with no given name, title or verb around it,
 * and a surname alone that no table lists and the text did not give in full,
 * are not found.
 *
 * A span holds the name alone, as the annotation guide of `docs/evaluation.md` marks it: no title
 * before a person, no descriptor or word of kind before a body's own name (صحيفة الغارديان →
 * الغارديان، تنظيم داعش → داعش), and no adjective of standing after a body's nationality (وكالة
 * الأنباء الإيرانية الرسمية → وكالة الأنباء الإيرانية). A body's short form (التحالف) is no mention
 * of its own, unless `shortForms` asks for it after the body's full name.
 *
 * @param text - Arabic text.
 * @param options - `lexicon`: tables that extend the built-in gazetteer, titles and reporting verbs;
 *   `demonyms`, `shortForms`: also report nationality adjectives and bodies' short forms; `nested: false`:
 *   leave out the places and people named inside a body's name.
 * @returns The mentions, each with its entity key.
 * @throws TypeError when `text` is not a string, an option is not a boolean, or a table entry is malformed.
 *
 * @example
 * ```ts
 * findEntityMentions('وقال العقيد مايلز كيغنز إن التحالف درب قوات البيشمركة في العراق');
 * // [{ text: 'مايلز كيغنز', type: 'person', … }, { text: 'قوات البيشمركة', type: 'organization', … },
 * //  { text: 'العراق', type: 'place', … }]
 * findEntityMentions('قالت جامعة بيرزيت إن');
 * // [{ text: 'جامعة بيرزيت', type: 'organization', … }, { text: 'بيرزيت', type: 'place', within: { start: 5, end: 17 }, … }]
 * findEntityMentions('قالت جامعة بيرزيت إن', { nested: false });
 * // [{ text: 'جامعة بيرزيت', type: 'organization', … }]
 * ```
 */
export function findEntityMentions(text: string, options?: MentionOptions): EntityMention[] {
  requireString(text, 'findEntityMentions');
  requireOptions(options, 'findEntityMentions');
  const lexicon = syntaxLexicon('findEntityMentions', options?.lexicon);
  for (const flag of ['demonyms', 'shortForms', 'nested'] as const) {
    if (options?.[flag] !== undefined && typeof options[flag] !== 'boolean') throw new TypeError(`findEntityMentions: options.${flag} must be true or false, got ${typeof options[flag]}`);
  }
  // The mentions of `input`, which starts at offset `from` of `text`; with `nested`, after each body the places and
  // people named inside it, each `within` the body.
  const read = (input: string, from: number, nested?: boolean): EntityMention[] => {
    const document = new TextDocument(input);
    const { tokens } = document;
    const mentions: EntityMention[] = [];
    // The mention of `f`: its text, its span in `text`, its key and type.
    const mentionOf = (f: Found): EntityMention => {
      const span = tokens.span(f.start, f.end, f.skip);
      const mentionText = input.slice(span.start, span.end);
      return { text: mentionText, span: { start: span.start + from, end: span.end + from }, name: lexicon.names.key(mentionText), type: f.type };
    };
    for (const f of mentionsOf(document, lexicon, options?.demonyms, options?.shortForms)) {
      // A place that names a body of its own, with the body first: "حكومة السودان" → the government, then السودان in it.
      if (nested && f.body) {
        const body = mentionOf({ ...f.body, type: 'organization', rank: f.rank });
        mentions.push(body, { ...mentionOf(f), within: body.span });
        continue;
      }
      const mention = mentionOf(f);
      mentions.push(mention);
      if (nested && f.type === 'organization') {
        const prev = tokens.previousWord(f.start);
        mentions.push(...namedIn(mention, prev >= 0 && descriptorAt(tokens, mentionTables(lexicon), prev, withoutConjunction(tokens.text(prev)))));
      }
    }
    return mentions;
  };
  // The places and people named inside `body`, from its name read alone. Where that is the body again, the words after
  // its head name them ("جامعة بيرزيت" → بيرزيت), and a body read there is the same one by its bare name ("حركة حماس" →
  // حماس). A name that is the whole body is a place or person only after a descriptor left out of the body's span
  // (`named`): "جريدة فلسطين" → فلسطين, while "خسر تشلسي أمام ليفربول" names the club alone.
  const namedIn = (body: EntityMention, named: boolean): EntityMention[] => {
    const alone = read(body.text, body.span.start);
    const space = body.text.search(SPACE);
    const inside = alone.some((m) => m.type === 'organization' && m.text === body.text)
      ? space > 0 ? read(body.text.slice(space), body.span.start + space).filter((m) => m.type !== 'organization') : []
      : alone.filter((m) => m.type !== 'organization' && (named || m.text !== body.text));
    return inside.map((m) => ({ ...m, within: body.span }));
  };
  return read(text, 0, options?.nested ?? true);
}
