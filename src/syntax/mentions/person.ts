/**
 * People by context: a name after a title or office (الرئيس جاك شيراك، اللاعب البرازيلي
 * رونالدو), a name in apposition to a role (وزير الخارجية عادل الجبير), a name that opens
 * with a known given name (محمد الطاهات، جورج بوش), a chain of بن/أبو/آل (حمد بن خليفة آل
 * ثاني), and the subject of a reporting verb (وقال بلير). A name stops at the verb,
 * preposition, particle or punctuation that ends it.
 *
 * `personNameAt` and `personAfterRole` are the readers other rules (speakers) can call.
 */
import type { TextDocument } from '../../numbers/document.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { article, isDefinite, withoutConjunction } from '../../text/clitics.js';
import { NO_TOKEN, tokenIndex, type TokenIndex, type TokenRange } from '../../text/coordinates.js';
import { foldWord } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import { quotedName } from '../noun-phrase.js';
import { speakerMentionsOf } from '../speakers.js';
import { mentionTables, RANK, type Found, type MentionTables } from './tables.js';

/** Most words of a person's name, joiners (بن، أبو، آل) not counted: "حمد بن خليفة آل ثاني" has three. */
const NAME_WORDS = 4;
/** Most words of the description between a role and the name in apposition: "نائب رئيس الوزراء الإسرائيلي". */
const ROLE_WORDS = 6;
/** Joiners that may open a name: أبو بكر، عبد الله (بن and آل follow a name). */
const OPENING_JOINERS = /* @__PURE__ */ new Set(['ابو', 'عبد', 'ابي', 'ابا'].map(foldWord));
const FI = /* @__PURE__ */ foldWord('في');
/** The word of a kunya: أبو أيوب. */
const KUNYA = /* @__PURE__ */ new Set([foldWord('أبو')]);
const ALI = /* @__PURE__ */ foldWord('علي');
/** Letters that open the present tense of a verb: يحتاج، تجاوز (a name after a title is not one). */
const PRESENT_PREFIX = /^[يت]/u;
const BISM = /* @__PURE__ */ foldWord('باسم');
/** A conjunction glued to a word: ومحمد starts a second name, not the second word of the first. */
const WAW = 'و';

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
  if (t.stops.has(w) || (!t.givenNames.starts(w) && t.stops.has(withoutConjunction(w, 2)))) return true;
  // على folds to علي: written with ى it is the preposition, never the name.
  return w === ALI && tokens.originalText(j, tokenIndex(j + 1)).endsWith('ى');
}

/** True when word token `j` cannot be part of a person's name: it ends the name before it. */
function endsName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (tokens.isForeign(j) || t.roles.has(w) || t.demonyms.has(w) || t.titleAdjectives.has(w)) return true;
  if (t.organisationHeads.has(w) || isNumberWord(tokens, j)) return true;
  if (t.titles.matchAt(tokens, j) || lexicon.verbs.has(tokens, j) || lexicon.fromVerbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return true;
  if (t.placeHeads.matchAt(tokens, j) || t.descriptors.matchAt(tokens, j)) return true;
  // "محمد ومحمود": a glued و starts the next name (unless the word is a name itself: وليد، وائل).
  if (w.length > 3 && w.startsWith(WAW) && !t.givenNames.starts(w)) return true;
  return false;
}

/**
 * The person's name starting at word token `k`: up to four name words, with the joiners
 * between them (أبو، بن، آل، عبد), ending at the first word that cannot belong to a name or
 * right after a family name with the article (بشار الأسد، نوري المالكي، عبدالله الثاني).
 * A name on its own (`trusted` false) must open with a given name of the tables, and one
 * that is also a common word (أمل، سعيد) must be followed by another name word.
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
  // A single letter is an initial or an abbreviation (د.), not a name.
  if (opening.length < 2) return null;
  let j = k;
  let words = 0;
  let end = -1;
  let afterJoiner = false;
  let joiners = 0;
  const firstGiven = given || t.joiners.has(withoutConjunction(tokens.text(k)));
  const kunya = KUNYA.has(withoutConjunction(tokens.text(k)));
  // Every word so far is a given name or a joiner: the chain of a full Arab name (حمد بن خليفة).
  let allGiven = firstGiven;
  while (tokens.isWord(j) && words < NAME_WORDS) {
    // The first word may carry a conjunction before a joiner: "وأبو أيوب".
    const w = j === k && t.joiners.has(withoutConjunction(tokens.text(j))) ? withoutConjunction(tokens.text(j)) : tokens.text(j);
    if (isNameStop(tokens, t, j) && !(j === k && givenMatch && givenMatch.skip > 0)) break;
    // A preposition glued to the article (للجزيرة، بالفوز) starts what follows the name.
    if (j > k && isDefinite(w) && !w.startsWith(article) && !afterJoiner) break;
    // After two words, a third is a name word only as a given name (a patronymic: محمد حسني مبارك),
    // after a joiner, or as the family name after given names: "بيتر كلارك بلقاء" ends at كلارك,
    // "جورج بوش الأزمة" at بوش, "محمد حسني مبارك" and "جون بول سميث" go on.
    if (words >= 2 && !afterJoiner && !t.givenNames.matchAt(tokens, j) && !t.joiners.has(w) && !(allGiven && (isDefinite(w) || secondWordFits(tokens, j, true)))) break;
    // The second word of a name: not a verb in the present (فارس تزايد، سارة تلد), not a noun with a
    // pronoun (موسى معهم), and after a first word that is no given name (a surname: الرئيس بوش حالة)
    // not a word with ة or the article.
    if (words === 1 && !afterJoiner && !t.givenNames.matchAt(tokens, j) && !t.joiners.has(w) && !secondWordFits(tokens, j, firstGiven)) break;
    if (t.joiners.has(w)) {
      if ((words === 0 && !OPENING_JOINERS.has(w)) || ++joiners > NAME_WORDS) break;
      afterJoiner = true;
      j = tokens.next(j);
      continue;
    }
    const nameWord = j === k ? givenMatch : t.givenNames.matchAt(tokens, j);
    // A regnal number closes the name: محمد السادس، عبدالله الثاني.
    if (words > 0 && !afterJoiner && isDefinite(w) && w.startsWith(article) && isOrdinal(tokens, j)) {
      end = j + 1;
      break;
    }
    // A kunya may end in a nisba that is also a demonym: أبو حمزة المصري، أبو عبد الله التركي.
    if (kunya && words > 0 && !afterJoiner && t.demonyms.has(w) && w.startsWith(article)) {
      end = j + 1;
      break;
    }
    // After a joiner any word but a particle belongs to the name: آل ثاني (ثاني also reads "second").
    if (!afterJoiner && !(nameWord && (nameWord.skip === 0 || j === k)) && endsName(tokens, lexicon, t, j)) break;
    if (isDefinite(w)) {
      // A name opens with a given name (الحسن، الوليد) or a joiner, never with the article.
      if (words === 0 && !afterJoiner && !nameWord) break;
      if (t.known.matchAt(tokens, j)?.entry.type === 'place' && !afterJoiner) break;
      end = j + 1;
      words++;
      // A family name with the article closes the name; after a joiner it is the joined word (أبو الغيط).
      if (!afterJoiner && words > 1) break;
      afterJoiner = false;
      j = tokens.next(j);
      continue;
    }
    if (!nameWord && !t.joiners.has(w)) allGiven = false;
    if (nameWord && nameWord.end > j + 1) {
      // A given name of two words: جان بيير.
      end = nameWord.end;
      words += 2;
      afterJoiner = false;
      j = tokens.next(tokenIndex(nameWord.end - 1));
      continue;
    }
    end = j + 1;
    words++;
    afterJoiner = false;
    j = tokens.next(j);
  }
  if (end < 0) return null;
  // A lone word after a title that reads as something else: an accusative (جاهزاً، يومياً), a noun
  // with ة or a pronoun suffix (عبارة، بلاده) — unless it is a known name.
  if (end === k + 1 && !given && (tokens.hasTanween(k) || /[هة]$/u.test(tokens.text(k)))) return null;
  const skip = givenMatch?.skip ?? 0;
  const range = { start: k, end: tokenIndex(end), given, skip };
  // A given name behind a clitic (ومحمد) or on its own needs a second name word; one that is
  // also a common word (أمل، سعيد، علي for على) needs a second word that is surely a name.
  if (!trusted || skip > 0) {
    if (tokens.wordsBetween(range.start, range.end) < 2) return null;
    const first = tokens.text(k).slice(skip);
    if (t.ambiguousNames.has(first) && !secondIsName(tokens, t, range)) return null;
  }
  return range;
}

/** True when the word after the first of `range` is a given name, a joiner or a nisba (الطاهات is not: العتيبي is). */
function secondIsName(tokens: TokenStream, t: MentionTables, range: TokenRange): boolean {
  // A given name of two words (نور الدين) is sure on its own.
  if ((t.givenNames.matchAt(tokens, range.start)?.end ?? 0) > range.start + 1) return true;
  const second = tokens.nextWord(range.start);
  if (second < 0 || second >= range.end) return false;
  const w = tokens.text(second);
  return t.joiners.has(w) || t.givenNames.matchAt(tokens, second)?.skip === 0 || (isDefinite(w) && w.endsWith('ي'));
}

/**
 * The name after a title (the token after its last word is `from`): past the adjectives and
 * demonyms that qualify the title (الرئيس الأمريكي السابق), an affiliation (العقيد في الجيش
 * الأمريكي) and quotation marks (العقيد “ريان ديلون”).
 */
export function personAfterTitle(tokens: TokenStream, lexicon: SyntaxLexicon, from: TokenIndex): TokenRange | null {
  const t = mentionTables(lexicon);
  let j = tokens.next(tokenIndex(from - 1));
  for (let n = 0; n < ROLE_WORDS && tokens.isWord(j) && (t.titleAdjectives.has(tokens.text(j)) || t.demonyms.has(tokens.text(j))); n++) j = tokens.next(j);
  if (tokens.isWord(j) && tokens.text(j) === FI) {
    let a = tokens.next(j);
    for (let n = 0; n < ROLE_WORDS && tokens.isWord(a) && isDefinite(tokens.text(a)); n++) a = tokens.next(a);
    j = a;
  }
  if (j < 0) return null;
  const quoted = quotedName(tokens, lexicon, j);
  if (quoted) return quoted;
  return personNameAt(tokens, lexicon, j, true);
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
    if (t.stops.has(w) && w !== BISM) break;
    const known = t.known.matchAt(tokens, j);
    if (known && known.skip === 0 && !isDefinite(w)) {
      j = tokens.next(tokenIndex(known.end - 1));
      words++;
      continue;
    }
    // A title after the description introduces the name: "نائب قائد التحالف … الميجر جنرال فيلكس جيدني".
    const title = t.titles.matchAt(tokens, j);
    if (title) return words > 0 ? personAfterTitle(tokens, lexicon, title.end) : null;
    // Only the bare article (or ل + article) continues the description: والدعم starts a second one.
    if (((isDefinite(w) && (w.startsWith(article) || w.startsWith('لل'))) || w === BISM || t.roles.has(w)) && !t.demonyms.has(w)) {
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
  return personNameAt(tokens, lexicon, j, true);
}

/** True when word token `j` is a number word as written (ثلاثة، والعشرين), not a name that reads as one behind a letter (باول is not ب + أول). */
export function isNumberWord(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && (r.prefix === '' || r.prefix === 'ال' || r.prefix === 'و' || r.prefix === 'وال');
}

/** True when word token `j` is an ordinal with the article: السادس، الثاني. */
function isOrdinal(tokens: TokenStream, j: TokenIndex): boolean {
  const r = tokens.reading(j);
  return r !== null && r.prefix === 'ال' && r.senses.some((s) => s.type === 'ordinal');
}

/** Pronoun suffixes: معهم، لإقناعهم، عنها. */
const PRONOUN = /(?:هم|هما|ها|كم|نا)$/u;
/** The future prefix on a verb in the present: سيكون، ستبدأ. */
const FUTURE_VERB = /^س[يتن]/u;

/** True when word token `j` may be the second word of a name whose first word is a given name or not (`afterGiven`). */
function secondWordFits(tokens: TokenStream, j: TokenIndex, afterGiven: boolean): boolean {
  const w = tokens.text(j);
  if (w.length > 3 && (PRESENT_PREFIX.test(w) || FUTURE_VERB.test(w))) return false;
  if (w.length > 4 && PRONOUN.test(w)) return false;
  if (tokens.hasTanween(j)) return false;
  if (afterGiven) return true;
  return !isDefinite(w) && !/[هة]$/u.test(w);
}

/**
 * True when word token `k` is a family name with the article and the nisba ending (الظواهري،
 * الساعدي): not a demonym, an adjective after a title, a known place or a generic word.
 */
function isNisba(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const w = tokens.text(k);
  return (
    w.startsWith('ال') &&
    w.length > 5 &&
    w.endsWith('ي') &&
    !t.demonyms.has(w) &&
    !t.titleAdjectives.has(w) &&
    !t.genericBodyWords.has(w) &&
    !t.stops.has(w) &&
    t.known.matchAt(tokens, k) === null
  );
}

/** "د. محمد": the abbreviation of دكتور, a one-letter word and a full stop before the name. */
function afterDoctor(tokens: TokenStream, k: TokenIndex): TokenIndex {
  const dot = tokens.next(k);
  return tokens.text(k) === 'د' && tokens.isPunct(dot, '.') ? tokens.next(dot) : NO_TOKEN;
}

/** Every person the rules of this file find in a document, as candidates for `mentionsOf`. */
export function findPeople(document: TextDocument, lexicon: SyntaxLexicon, out: Found[]): void {
  const { tokens } = document;
  const t = mentionTables(lexicon);
  const add = (r: (TokenRange & { skip?: number }) | null): void => {
    if (r && r.end > r.start) out.push({ start: r.start, end: r.end, skip: r.skip ?? 0, type: 'person', rank: RANK.person });
  };
  for (let k = tokenIndex(0); k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
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
    if (t.roles.has(tokens.text(k))) {
      add(personAfterRole(tokens, lexicon, k));
      continue;
    }
    // A demonym before a given name: "والأرجنتيني ميسي" is no name, "البرازيلي دودو سيلفا" is one.
    if (t.demonyms.has(tokens.text(k)) || t.demonyms.has(withoutConjunction(tokens.text(k)))) {
      const next = tokens.nextWord(k);
      if (next >= 0 && t.givenNames.matchAt(tokens, next)?.skip === 0) add(personNameAt(tokens, lexicon, next, true));
      continue;
    }
    // A kunya: "أبو أيوب المصري"، "وأبو السكر".
    if (KUNYA.has(withoutConjunction(tokens.text(k)))) {
      const next = tokens.nextWord(k);
      if (next >= 0 && !isNameStop(tokens, t, next) && !endsName(tokens, lexicon, t, next) && !t.known.matchAt(tokens, k)) {
        const name = personNameAt(tokens, lexicon, k, true);
        if (name && name.end > next) add({ start: k, end: name.end, skip: tokens.text(k).length - foldWord('ابو').length });
      }
      continue;
    }
    // A name on its own opens with a given name (with a clitic: ومحمد، لمحمد).
    const given = t.givenNames.matchAt(tokens, k);
    if (given) {
      const prev = tokens.previousWord(k);
      // Right after another name word it is part of that name, read from there.
      if (prev >= 0 && t.givenNames.matchAt(tokens, prev)) continue;
      add(personNameAt(tokens, lexicon, k, false));
    }
  }
  // Speakers named by a reporting verb: "وقال بلير إن …", "وقال فانك".
  for (const m of speakerMentionsOf(document, lexicon)) {
    const e = m.entity;
    if (!e || m.kind !== 'verb') continue;
    const first = tokens.text(e.start);
    // A description ("نصر الله" reads as a construct) names a person when it opens with a given name.
    if (!e.named && !t.givenNames.matchAt(tokens, e.start) && !t.joiners.has(first)) {
      // "وقال الظواهري": a nisba alone after the verb.
      if (isNisba(tokens, t, e.start) && tokens.nextWord(e.start) < 0 ? true : isNisba(tokens, t, e.start) && !isDefinite(tokens.text(tokens.nextWord(e.start)))) {
        add({ start: e.start, end: tokenIndex(e.start + 1) });
      }
      continue;
    }
    // A name that opens with a given name is read as one (an ambiguous one needs a sure second word: "وأضاف أمل كبير").
    const name = personNameAt(tokens, lexicon, e.start, !t.ambiguousNames.has(first));
    if (name && name.end <= Math.max(e.end, name.end) && (e.named || name.end > e.start + 1 || t.givenNames.matchAt(tokens, e.start))) add(name);
  }
}
