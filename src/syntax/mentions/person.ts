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
import { isDefinite } from '../../text/clitics.js';
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
const OPENING_JOINERS = new Set(['ابو', 'عبد', 'ابي', 'ابا'].map(foldWord));
const FI = foldWord('في');
const BISM = foldWord('باسم');
/** A conjunction glued to a word: ومحمد starts a second name, not the second word of the first. */
const WAW = 'و';

/** How a name is read: after a title or role (`trusted`), or on its own, where it must open with a given name. */
export interface NameReading extends TokenRange {
  /** The first word is a given name of the tables. */
  readonly given: boolean;
  /** Shadow characters of a clitic on the first word that stay out of the name (the و of ومحمد). */
  readonly skip: number;
}

/** True when word token `j` cannot be part of a person's name: it ends the name before it. */
function endsName(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, j: TokenIndex): boolean {
  const w = tokens.text(j);
  if (tokens.isForeign(j) || t.stops.has(w) || t.roles.has(w) || t.demonyms.has(w) || t.titleAdjectives.has(w)) return true;
  if (t.organisationHeads.has(w) || tokens.reading(j) !== null) return true;
  if (lexicon.titles.matchAt(tokens, j) || lexicon.verbs.has(tokens, j) || lexicon.fromVerbs.has(tokens, j) || lexicon.predicates.has(tokens, j)) return true;
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
  let j = k;
  let words = 0;
  let end = -1;
  let afterJoiner = false;
  while (tokens.isWord(j) && words < NAME_WORDS) {
    const w = tokens.text(j);
    if (t.joiners.has(w)) {
      if (words === 0 && !OPENING_JOINERS.has(w)) break;
      afterJoiner = true;
      j = tokens.next(j);
      continue;
    }
    const nameWord = j === k ? givenMatch : t.givenNames.matchAt(tokens, j);
    if (!(nameWord && (nameWord.skip === 0 || j === k)) && endsName(tokens, lexicon, t, j)) break;
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
  while (tokens.isWord(j) && (t.titleAdjectives.has(tokens.text(j)) || t.demonyms.has(tokens.text(j)))) j = tokens.next(j);
  if (tokens.isWord(j) && tokens.text(j) === FI) {
    let a = tokens.next(j);
    while (tokens.isWord(a) && isDefinite(tokens.text(a))) a = tokens.next(a);
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
    if (isDefinite(w) || w === BISM || t.roles.has(w)) {
      j = tokens.next(j);
      words++;
      continue;
    }
    break;
  }
  if (words === 0 || !tokens.isWord(j)) return null;
  return personNameAt(tokens, lexicon, j, true);
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
    const title = lexicon.titles.matchAt(tokens, k);
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
    if (!e?.named || m.kind !== 'verb') continue;
    const name = personNameAt(tokens, lexicon, e.start, true);
    if (name && name.end <= e.end) add(name);
  }
}
