/**
 * Arab names: given names with their joiners (بن، أبو، آل، عبد), Mauritanian ولد chains, Gulf
 * patronymics with the article (جابر الأحمد الجابر الصباح) and the family name that closes them
 * (بشار الأسد، محمد السادس).
 */
import { type TokenStream, writtenToken } from '../../../numbers/tokens.js';
import { article, isDefinite, withoutArticle, withoutConjunction } from '../../../text/clitics.js';
import { type TokenIndex } from '../../../text/coordinates.js';
import { withoutMarks } from '../../../text/fold.js';
import type { SyntaxLexicon } from '../../lexicon.js';
import type { CliticMatch, MentionTables } from '../tables.js';
import { accusativeNoun, ACTIVE_PLURAL, BARE_TRILITERAL, BROKEN_PLURAL, DERIVED_IN_YA, DERIVED_PAST, ELATIVE, FEMININE_ENDING, FEMININE_NISBA, FEMININE_PAST, FUTURE_VERB, GEMINATE, gluedPreposition, MAFAL, NA, NOUN_OR_VERB_SHAPE, PLURAL_NISBA, PREPOSITIONS, PRESENT_PREFIX, PRONOUN, PRONOUN_ON_PREPOSITION, purposeVerb, SOUND_PLURAL, THIRD_WORD_NOUN, VERBAL_NOUN } from './shapes.js';
import { aliAsPreposition, closedAfterWord, continuesName, endsName, isNameStop, isOrdinal, lamBeforeNoun, NAME_WORDS, officeBefore, verbBeforeName, wawAfter } from './stops.js';
import { familyNisba } from './surnames.js';

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
    // After a joiner a stop word that is a word of content names the son or the father: "علي بن أبي طالب"،
    // "أبو طالب" (طالب "demanded"), "بن صباح" (صباح "morning"); a particle there still ends the name.
    if (isNameStop(tokens, t, j) && !(j === k && givenMatch && givenMatch.skip > 0) && !(afterJoiner && w.length >= JOINED_STOP_LETTERS && t.stops.has(w))) break;
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
    if (words >= 2 && !afterJoiner && !nameWord && !t.joiners.has(w) && !(allGiven && (definiteFamilyName(w) || thirdWordFits(tokens, lexicon, t, j))) && !((joiners > 0 || (given && words === 2)) && familyNisba(tokens, t, j))) break;
    // The second word of a name: not a verb in the present (فارس تزايد، سارة تلد), not a noun with a
    // pronoun (موسى معهم), and after a first word that is no given name (a surname: الرئيس بوش حالة)
    // not a word with ة or the article.
    // Nor a counted noun of the unit tables, the verb's object: "سجل صلاح هدف الفراعنة الأول".
    if (words === 1 && !afterJoiner && !nameWord && !t.joiners.has(w) && (!secondWordFits(tokens, t, j, firstGiven) || lamBeforeNoun(tokens, lexicon, t, j) || verbBeforeName(tokens, t, j) || lexicon.units.tableUnitAt(tokens, j) !== null)) break;
    // Right after the first word, ال written apart (segmented text) is the article of what follows: "و انتشر علي ال تتابع"،
    // "قلاوون ال ي"; after a chain it is آل written without its madda: "حمد بن فيصل ال ثاني"، "عبد العزيز ال سعود".
    if (words === 1 && joiners === 0 && w === article && withoutMarks(writtenToken(tokens, j)) === article) break;
    // "زيان ابن أخيه"، "ابن عمه": a kinship noun with a pronoun after a joiner is no name.
    if (afterJoiner && !nameWord && !isDefinite(w) && writtenToken(tokens, j).endsWith('ه') && w.length > 2) break;
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
    // the masculine (فيصل السويدي، محمد المصري); the feminine or a plural describes what follows, and so does one
    // before a given name, the nationality of the name after it: "فضل الألماني يورغن كلوب" (the German preferred).
    if ((kunya || (allGiven && givenMatch !== null && !t.foreignGiven.has(tokens.text(k).slice(givenMatch.skip)))) && words > 0 && !afterJoiner && t.demonyms.has(w) && w.startsWith(article) && (kunya || w.endsWith('ي')) && !givenNameAfter(tokens, t, j)) {
      end = j + 1;
      break;
    }
    // After a joiner any word but a particle belongs to the name: آل ثاني (ثاني also reads "second").
    if (!afterJoiner && !(nameWord && (nameWord.skip === 0 || j === k) && (j === k || !officeBefore(tokens, t, j))) && endsName(tokens, lexicon, t, j)) break;
    if (isDefinite(w)) {
      // A name opens with a given name (الحسن، الوليد) or a joiner, never with the article.
      if (words === 0 && !afterJoiner && !nameWord) break;
      // A noun an ordinal qualifies is what follows the name: "أحرز صلاح الهدف الثاني"، "احتل محمد المركز الأول".
      if (words > 0 && !afterJoiner && !nameWord) {
        const next = tokens.next(j);
        if (next >= 0 && tokens.isWord(next) && tokens.text(next).startsWith(article) && isOrdinal(tokens, next)) break;
      }
      // A sound plural with the article is what follows the name: "التقى خالد حسين المتظاهرين".
      // So is one of the pattern فاعلين after two name words: "سالم مسعود العائدين من الإيقاف" (زين
      // العابدين is a given name of two words; الشاهين, a given name, is a family name).
      if (words > 0 && !afterJoiner && (SOUND_PLURAL.test(w.slice(article.length)) || (words >= 2 && ACTIVE_PLURAL.test(w.slice(article.length)) && t.givenNames.entriesOf(w.slice(article.length)).length === 0))) break;
      // A participle or noun of place of the derived forms written with ى is no family name: "رمضان علاء الدين المتوفى
      // عام 751"، "المستشفى"، "الملتقى" (a nisba in ى, as Egyptian papers write ي, is one: "هاني الملقى"، "محمد البلتاجى").
      if (words > 0 && !afterJoiner && !nameWord && DERIVED_IN_YA.test(w.slice(article.length)) && withoutMarks(writtenToken(tokens, j)).endsWith('ى')) break;
      // An office with its adjective after the name: "عمرو موسى الأمين العام"، "… المدير العام".
      if (words > 0 && !afterJoiner && t.titleAdjectives.has(tokens.text(tokens.nextWord(j)))) break;
      // Nor is a known place or body with the article: "سهام الجزيرة" (the arrows of Al-Jazeera, the club).
      const known = t.known.matchAt(tokens, j);
      if (known && known.entry.type !== 'person' && !afterJoiner) break;
      // Nor the head of a body or a place with the article, the noun the first word governs: "بأن ملاك النادي
      // سيفعلون" (the club's owners), "أمل الحزب" (the party's hope).
      const stem = w.slice(article.length);
      if (words > 0 && !afterJoiner && !nameWord && w.startsWith(article) && (t.descriptorWords.has(stem) || t.organisationHeads.has(stem) || t.placeHeadWords.has(stem))) break;
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
      j = tokens.next((nameWord.end - 1) as TokenIndex);
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

/** True when word token `j` is a given name with the article (الأحمد، الجابر، المبارك) and a word with the article follows it. */
function definitePatronymic(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (!w.startsWith(article) || t.givenNames.entriesOf(w.slice(article.length)).length === 0 || t.ambiguousNames.has(w.slice(article.length))) return false;
  const next = tokens.next(j);
  return next >= 0 && tokens.isWord(next) && tokens.text(next).startsWith(article) && !t.titleAdjectives.has(tokens.text(next)) && !t.demonyms.has(tokens.text(next));
}

/**
 * True when the folded word `w` has the article and may be the family name after given names (محمد
 * حسني المبارك) — not a feminine nisba nor a verbal noun إفعال, what the name's owner does: "عودة فضل
 * شاكر الغنائية"، "وقال المخرج ياسر سامي الإخراج صعب"; nor a plural nisba, the people the name addresses:
 * "وخاطبت هند صبري السعوديات".
 */
function definiteFamilyName(w: string): boolean {
  const stem = withoutArticle(w);
  return isDefinite(w) && !FEMININE_NISBA.test(stem) && !PLURAL_NISBA.test(stem) && !VERBAL_NOUN.test(stem);
}

/** Fewest letters of a stop word read as a name after a joiner: طالب، صباح (not من، في، عن). */
const JOINED_STOP_LETTERS = 4;

/** Fewest letters of a family name without the article after two given names: "محمد حسني مبارك"، "سهيل إدريس نشر" stops. */
const THIRD_WORD_LETTERS = 4;

/**
 * True when word token `j`, indefinite and no given name, may be the family name after two given names —
 * not a past verb of a derived form, what the man did: "المخرج إسماعيل فاروق انطلق تصويره"، "اعتبر"; nor
 * a noun مفعل, what he took: "وتولى إيهاب جلال منصب المدير الفني".
 */
function thirdWordFits(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  return (
    w.length >= THIRD_WORD_LETTERS &&
    !NOUN_OR_VERB_SHAPE.test(w) &&
    !THIRD_WORD_NOUN.test(w) &&
    !MAFAL.test(w) &&
    !DERIVED_PAST.test(w) &&
    !accusativeNoun(w) &&
    !SOUND_PLURAL.test(w) &&
    !purposeVerb(w) &&
    continuesName(tokens, lexicon, t, j, false, false)
  );
}

/** True when word token `j` may be the second word of a name whose first word is a given name or not (`afterGiven`). */
function secondWordFits(tokens: TokenStream, t: MentionTables, j: TokenIndex, afterGiven: boolean): boolean {
  const w = tokens.text(j);
  if (w.length > 3 && (PRESENT_PREFIX.test(w) || FUTURE_VERB.test(w))) return false;
  // A word with the article bears no pronoun: البنا، المهنا end in نا as family names (الحكم، الأهم
  // end in كم، هم as common words do, and stay out).
  if (w.length > 4 && PRONOUN.test(w) && !(w.startsWith(article) && w.endsWith(NA))) return false;
  if (tokens.hasTanween(j)) return false;
  // A known or given name behind a glued preposition is what the sentence says of the person: "مقارنة صلاح برونالدو"
  // (a family name the tables list as written is read as one, بسام، بطرس; and an alif after the letter, as many loan
  // surnames open, keeps the word whole: "ميشال باشلي").
  if (PREPOSITIONS.includes(w[0]!) && w[1] !== BARE_ALIF && ((t.known.matchAt(tokens, j)?.skip ?? 0) > 0 || (t.givenNames.matchAt(tokens, j)?.skip ?? 0) > 0)) return false;
  // An accusative or a verbal noun after the subject: "عباس اجتماعا"، "بوش لقاء"، "سالم تدريبات"،
  // "صدام بارتكاب"، "محمد أحاديث"، "نزار مرتين"، "موسى معهم".
  // So are a verbal noun and the plural أفعال, which fold alike: "ونفى حمدي ارتكاب أي مخالفة"، "وأحرز صلاح أهداف الفريق".
  if (!isDefinite(w) && (/(?:اء|ات|ا)$/u.test(w) || SOUND_PLURAL.test(w) || BROKEN_PLURAL.test(w) || VERBAL_NOUN.test(w) || PRONOUN_ON_PREPOSITION.test(w))) return false;
  if (!isDefinite(w) && PREPOSITIONS.includes(w[0]!) && (t.stops.has(w.slice(1)) || /[هة]$/u.test(w) || VERBAL_NOUN.test(w.slice(1)) || purposeVerb(w))) return false;
  // A bare word of three radicals before a numeral is a past verb and its count: "وليد لعب 5 مباريات"، "ماجد سجل 3 أهداف".
  if (BARE_TRILITERAL.test(w) && tokens.isNumeral(tokens.next(j))) return false;
  // A past verb or an elative after a given name is what it did or is, not its family name: "وكان
  // عباس أدخل للمستشفى"، "سجل صلاح أكبر عدد"، "أكد أن كيم جدد التزامه" (given names so shaped
  // are listed: أحمد، أشرف). A verb in the feminine agrees with a woman's name before it: "وكانت
  // هيفاء صدمت جمهورها" ("أحمد فتفت" is a man's name and surname).
  if (!isDefinite(w) && (ELATIVE.test(w) || GEMINATE.test(w) || (FEMININE_PAST.test(w) && FEMININE_ENDING.test(tokens.originalText(tokens.previousWord(j), (tokens.previousWord(j) + 1) as TokenIndex))))) return false;
  // A definite plural of a verbal noun or participle is an object, not a family name: "حمدان الإجراءات"، "صبري المحادثات" (الطاهات is a name).
  if (isDefinite(w) && /^(?:الم|الا|الت).{3,}ات$/u.test(w)) return false;
  // A feminine nisba describes the noun the name owns, as after two given names (see definiteFamilyName):
  // "رؤية بن سلمان الاقتصادية"، "حكومة نتنياهو اليمينية".
  if (w.startsWith(article) && FEMININE_NISBA.test(withoutArticle(w))) return false;
  if (afterGiven) return true;
  return !isDefinite(w) && !/[هة]$/u.test(w);
}

/** True when the word after word token `j` opens a given name as written: "الألماني يورغن". */
function givenNameAfter(tokens: TokenStream, t: MentionTables, j: TokenIndex): boolean {
  const next = tokens.next(j);
  return tokens.isWord(next) && t.givenNames.matchAt(tokens, next)?.skip === 0;
}

/** Alif as folded text writes it, with or without its hamza: the second letter of باشلي، كافاني. */
const BARE_ALIF = 'ا';
