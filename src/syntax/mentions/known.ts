/**
 * Known names: the gazetteer's bodies, every country and the places of the tables, matched as
 * whole words with their clitics only (والعراق، بسوريا، للبنان) — never inside another word
 * (القطار is not قطر) nor through folding vowels (بصورة is not البصرة). A name that is also a
 * common word (الخبر "the news", الهلال "the crescent") is a mention only after a head that
 * says what it is (مدينة الخبر، نادي الهلال).
 */
import { type TokenStream, writtenToken } from '../../numbers/tokens.js';
import { article, conjunctionAnd, conjunctionClitics, isDefinite, liArticle, prepositionBi, prepositionLi, withoutArticle, withoutCliticsBeforeArticle, withoutConjunction } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import { withoutMarks } from '../../text/fold.js';
import type { SyntaxLexicon } from '../lexicon.js';
import type { KnownName } from '../../names/normalize.js';
import { closedAfterWord, continuesName, countedAfter, isNameStop, isNumberWord } from './person/stops.js';
import { ACCUSATIVE_ENDING, AFAAL, CONSTRUCT_DUAL_ENDING, FEMININE_NISBA, MAFAAIL, TA_MARBUTA } from './person/shapes.js';
import { FEMININE } from './place.js';
import { familyNisba, gameNear, mentionTables, RANK, type CliticMatch, type Found, type MentionTables } from './tables.js';

/** The preposition ب or ل glued before a word before a place: "بجنوب مالي"، "لجمهورية الريف". */
const BY_OR_FOR = /^[بل](?=..)/u;

/**
 * An indefinite noun a nisba qualifies, folded: a plural in ات of four letters or more (طائرات، جنسيات، قوات;
 * not بات، مات، ذات), or one shaped أفعال or إفعال (`AFAAL`: أهداف، أطفال، إعلام) — not one in ء, which takes a
 * place in the construct: "في أنحاء سورية" (throughout Syria).
 */
const INDEFINITE_PLURAL = /^.{2,}ات$/u;

/** Tanween on the last letter: a country name takes none, so "فناناً إسبانياً" is an adjective and "دوماً" an adverb. */
const TANWEEN = /[\u064B-\u064D]ا?$/u;

/** Quotation marks that open and close the title of a newspaper or a programme. */
const OPENING_QUOTES = '«';
const CLOSING_QUOTES = '»';

/** The straight quotation mark, which opens and closes alike. */
const STRAIGHT_QUOTE = '"';

/**
 * True when the one-word city at `k` names its club: after a word of the game (`clubContextWords`) or
 * before a masculine nationality adjective, which agrees with النادي, not with a city (feminine):
 * "ليون الفرنسي"، "بورتو البرتغالي" are clubs, "مدينة ليون الفرنسية" is the city.
 */
function clubReading(tokens: TokenStream, t: MentionTables, k: TokenIndex, entry: KnownName): boolean {
  if (entry.kind !== 'city' && entry.kind !== 'capital' && entry.kind !== 'country') return false;
  // A country after a word of the game is its national team, which the country names as a place does
  // ("حارس مرمى النيجر"، "مباراة مصر أمام النيجر", as "فازت فرنسا"); only a masculine nationality after it
  // makes it a club named so ("موناكو الفرنسي").
  const prev = entry.kind === 'country' ? NO_TOKEN : tokens.previousWord(k);
  if (prev >= 0 && t.clubContextWords.has(withoutConjunction(tokens.text(prev)))) return true;
  // The pronoun written apart: "مضيف ه ليون" is مضيفه.
  const noun = prev >= 0 && t.pronounsApart.has(tokens.text(prev)) ? tokens.previousWord(prev) : NO_TOKEN;
  if (noun >= 0 && t.clubContextWords.has(withoutConjunction(tokens.text(noun)) + tokens.text(prev))) return true;
  // A city followed by its country in brackets is its club in a table of results: "بورتو ( البرتغال ) 2 -
  // صفر"، "ستيوا بوخارست ( رومانيا ) - ليون ( فرنسا )"; "زار بورتو ( البرتغال ) أمس" stays the city.
  if (entry.kind === 'city') {
    const close = countryInBrackets(tokens, t, tokens.next(k));
    const after = close >= 0 ? tokens.next(close) : close;
    if (close >= 0 && (tokens.isPunct(tokens.previous(k), '-') || tokens.isPunct(after, '-') || tokens.isNumeral(after) || (tokens.isWord(after) && isNumberWord(tokens, after)))) return true;
  }
  const next = tokens.nextWord(k);
  if (next < 0) return false;
  const w = tokens.text(next);
  // Written with ى it is no nationality: "الزاوية اليمنى" is the right corner.
  return w.startsWith(article) && w.endsWith('ي') && t.demonyms.has(w) && !writtenToken(tokens, next).endsWith('ى');
}

/** Clitics before a city that leave it free to name its club: و، ف، ل (لليفربول "for Liverpool"); the conjunctions among them join it to the city before. */
const CLUB_CLITICS = conjunctionClitics + prepositionLi;

/** Most cities read back along a list joined by و ("أربيل والبصرة وكربلاء"): the reading stays constant work. */
const COORDINATED_CITIES = 4;

/**
 * True when the one-word city at `k`, with no clitic but و/ف/ل and no preposition or place head before it,
 * stands near a word of the game (`clubContextWords`, behind و/ف، ب/لل and the article): a sports
 * report names the club by its city. "وسيفتقد برشلونة جهود مهاجمه في المباراة"، "المباراة بين
 * ليفربول وشيفلد" (a preposition of a match, `opponentWords`); "أقيمت المباراة في برشلونة" and
 * "فبمدينة مراكش" are the city.
 */
function sportsCity(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number, entry: KnownName, depth = 0): boolean {
  const prev = tokens.previousWord(k);
  // Behind و or ل the club too ("سجل الهدف الأول لليفربول"، "وليفربول"); behind ب the city is where ("ببرشلونة").
  if (skip > 0 && !CLUB_CLITICS.includes(tokens.text(k)[0]!)) return false;
  // A city joined by و to a city before it reads as that one does: "في أربيل والبصرة وكربلاء" are three
  // cities, "بين مانشستر وليفربول" two clubs.
  if (skip > 0 && conjunctionClitics.includes(tokens.text(k)[0]!) && prev >= 0 && depth < COORDINATED_CITIES) {
    // (A capital or a country before it is a place here: "في أبوظبي ودبي والعين".)
    const m = t.known.matchAt(tokens, prev);
    if (m !== null && m.end === prev + 1 && m.entry.type === 'place') return m.entry.kind === 'city' && sportsCity(tokens, t, prev, m.skip, m.entry, depth + 1);
  }
  if (entry.kind !== 'city' || (prev >= 0 && (placedBefore(tokens, t, prev) || t.namesakeHeads.matchEndingAt(tokens, prev) !== null))) return false;
  // A city that opens a dateline is the place: "دبي، الإمارات العربية المتحدة (CNN)"، "الأحساء: تعادل".
  if (datelineCity(tokens, t, k)) return false;
  return gameNear(tokens, t, k);
}

/**
 * True when word token `prev`, before a city, makes it the place: a stop word ("في برشلونة"، "إلى ليون") or a
 * place head ("مدينة ليون") — not a preposition of a match ("أمام ليون") nor a particle before a subject, which
 * leave it free to name its club ("أما ليفربول الذي يدربه كلوب"، "إن برشلونة").
 */
export function placedBefore(tokens: TokenStream, t: MentionTables, prev: TokenIndex): boolean {
  const before = withoutConjunction(tokens.text(prev));
  const free = t.opponentWords.has(before) || t.subjectFirstParticles.has(before);
  return (t.stops.has(before) && !free) || t.placeHeads.matchEndingAt(tokens, prev) !== null;
}

/** Most words between a word of the result and the preposition of the match before a side: "فاز الهلال السعودي على". */
const RESULT_BEFORE_OPPONENT = 3;

/**
 * True when word token `j` is a verb or noun of a game's result, or another word of the game (تعادل، مباراة), behind و/ف or not
 * (فاز is no ف + از); with `definite`, a word of the game with the article too ("المباراة بين"; right before a side it is
 * a noun the side qualifies: "الجماهير العربية").
 */
function gameResultAt(tokens: TokenStream, t: MentionTables, j: TokenIndex, definite: boolean): boolean {
  const word = tokens.text(j);
  const w = withoutConjunction(word);
  return t.gameResultWords.has(word) || t.gameResultWords.has(w) || t.clubContextWords.has(w) || (definite && t.clubContextWords.has(withoutArticle(w)));
}

/**
 * True when the one word at `k` (a club whose name is also a common word, or a city) stands where a
 * report of a game names a side, with a word of the game near (`gameNear`): right after a verb or noun
 * of the result ("فاز الهلال"، "تعادل النصر")، after a preposition of the match within
 * {@link RESULT_BEFORE_OPPONENT} words of one, past the other side and its nationality only ("فاز الهلال
 * السعودي على الشباب"، "مباراة بين الهلال"), or
 * joined by و to such a side ("بين الهلال والنصر"). "قال إن على الشباب أن يجتهدوا" stays the youth.
 */
function sideOfGame(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number, depth = 0): boolean {
  const prev = tokens.previousWord(k);
  if (prev < 0 || tokens.previous(k) !== prev) return false;
  if (skip > 0 && conjunctionClitics.includes(tokens.text(k)[0]!)) {
    const side = depth === 0 ? (t.known.matchAt(tokens, prev) ?? t.clubs.matchAt(tokens, prev)) : null;
    const before = tokens.previousWord(prev);
    // Or joined to a body its descriptor names: "فريقا الباطن والفيصلي"، "نادي الهلال والنصر".
    return side !== null && side.end === prev + 1 && (sideOfGame(tokens, t, prev, side.skip, 1) || (side.entry.type === 'organization' && before >= 0 && descriptorAt(tokens, t, before, '')));
  }
  if (gameResultAt(tokens, t, prev, false)) return gameNear(tokens, t, k);
  if (!t.opponentWords.has(withoutConjunction(tokens.text(prev)))) return false;
  let j = prev;
  for (let n = 0; n < RESULT_BEFORE_OPPONENT; n++) {
    j = tokens.previousWord(j);
    if (j < 0) return false;
    if (gameResultAt(tokens, t, j, true)) return gameNear(tokens, t, k);
    // Back over the other side and its nationality only: "إن على الشباب" after a game is no side.
    if (t.known.matchAt(tokens, j) === null && t.clubs.matchAt(tokens, j) === null && !t.demonyms.has(tokens.text(j))) return false;
  }
  return false;
}

/**
 * True when the club at `k`, named by a common word (`kind: 'club'`), is the club: after its descriptor
 * ("نادي الشباب"، "النادي الأهلي"), and in a report of a game (`gameNear`) after an office or a word of
 * the game ("لاعب الفتح"، "مرمى الشباب"), before its nationality ("التعاون السعودي") or as a side of
 * the game. "الاتفاق الإيراني"، "رابطة الشباب" and "الوحدة اليمنية" stay words.
 */
function clubNamed(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  const prev = tokens.previousWord(k);
  const w = prev >= 0 ? withoutConjunction(tokens.text(prev)) : '';
  if (prev >= 0 && descriptorAt(tokens, t, prev, w)) return true;
  // The word-level readings first; the window of the game is looked at only for them (sideOfGame looks itself).
  if (t.officeNouns.has(w) || t.clubContextWords.has(w) || demonymAfter(tokens, t, k)) return gameNear(tokens, t, k);
  return sideOfGame(tokens, t, k, skip);
}

/** True when word token `prev` (`w`, without و/ف) is a body's descriptor, with the article or without: نادي، النادي، وكالة أنباء. */
export function descriptorAt(tokens: TokenStream, t: MentionTables, prev: TokenIndex, w: string): boolean {
  const bare = withoutArticle(w);
  // A dual too, which names two clubs: "فريقا الباطن والفيصلي"، "فريقي الاتحاد والأهلي".
  return t.descriptors.matchEndingAt(tokens, prev) !== null || (bare !== w && t.descriptorWords.has(bare)) || t.descriptorWords.has(tokens.text(prev).replace(CONSTRUCT_DUAL_ENDING, ''));
}

/**
 * True when the city at `k` opens a dateline: a comma and its country follow it ("دبي، الإمارات العربية
 * المتحدة (CNN)"), or a colon ("سبق- الأحساء: تعادل فريق الفتح").
 */
function datelineCity(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const comma = tokens.next(k);
  if (tokens.isPunct(comma, ':')) return true;
  if (!tokens.isPunct(comma, COMMAS)) return false;
  const n = tokens.next(comma);
  const m = n >= 0 && tokens.isWord(n) ? t.known.matchAt(tokens, n) : null;
  return m !== null && m.skip === 0 && m.entry.kind === 'country';
}

/** The closing bracket when token `open` opens brackets around a country alone ("( البرتغال )"), or {@link NO_TOKEN}. */
function countryInBrackets(tokens: TokenStream, t: MentionTables, open: TokenIndex): TokenIndex {
  if (!tokens.isPunct(open, '(')) return NO_TOKEN;
  const inside = tokens.next(open);
  const m = tokens.isWord(inside) ? t.known.matchAt(tokens, inside) : null;
  if (m === null || m.skip !== 0 || m.entry.kind !== 'country') return NO_TOKEN;
  const close = tokens.next((m.end - 1) as TokenIndex);
  return tokens.isPunct(close, ')') ? close : NO_TOKEN;
}

/** Most tokens before a straight quotation mark read to tell whether it opens or closes. */
const QUOTE_WINDOW = 120;

/**
 * True when the straight quotation mark at `k` opens a quotation: an even number of them stand
 * before it on its line (within {@link QUOTE_WINDOW} tokens; beyond, it is not known to open).
 * In "عجرفة " إسرائيل" the mark before إسرائيل closes.
 */
function opensQuote(tokens: TokenStream, k: TokenIndex): boolean {
  let marks = 0;
  for (let j = tokens.previous(k), n = 0; j >= 0; j = tokens.previous(j), n++) {
    if (n >= QUOTE_WINDOW) return false;
    if (tokens.isPunct(j, STRAIGHT_QUOTE)) marks++;
  }
  return marks % 2 === 0;
}

/**
 * How a place between quotation marks reads: alone in « » it is a newspaper named after it (وقال
 * لـ « الشرق الأوسط » → "publication"); followed by one more word or a number before the closing
 * mark it opens a title (كتاب " مصر القديمة "، برنامج « نجم الخليج »، مسلسل " القاهرة 2000 " →
 * "title"); otherwise null.
 */
function quotedReading(tokens: TokenStream, start: TokenIndex, end: TokenIndex): 'publication' | 'title' | null {
  const open = tokens.previous(start);
  // A straight quotation mark opens and closes alike: it marks a title only, since a place alone
  // in it stays a place (مدينة "تل رفعت"): كتاب " مصر القديمة "، فيلم " الهند الأم ".
  const straight = tokens.isPunct(open, STRAIGHT_QUOTE);
  if (straight ? !opensQuote(tokens, open) : !tokens.isPunct(open, OPENING_QUOTES)) return null;
  const after = tokens.next((end - 1) as TokenIndex);
  if (tokens.isPunct(after, CLOSING_QUOTES)) return straight ? null : 'publication';
  // One more word, or a number ("القاهرة 2000" is a serial's title, "سخالين 2" a project's).
  const last = tokens.isNumeral(after) ? after : tokens.nextWord((end - 1) as TokenIndex);
  const close = last >= 0 ? tokens.next(last) : last;
  return last >= 0 && last === after && tokens.isPunct(close, straight ? STRAIGHT_QUOTE : CLOSING_QUOTES) ? 'title' : null;
}

/**
 * True when the known name `m`, written without a clitic, fills a quotation alone, as a
 * channel, paper or movement is written: "في مقابلة مع "العربية""، "لـ«الجزيرة»"، "وقالت "فتح"" (an ambiguous
 * body is the body there). Not after a noun that takes a namesake: "على ملعب "الاتحاد"" is the stadium.
 */
function quotedAlone(tokens: TokenStream, t: MentionTables, m: CliticMatch<KnownName>): boolean {
  const open = tokens.previous(m.start);
  const close = tokens.next((m.end - 1) as TokenIndex);
  return m.skip === 0 && t.namesakeHeads.matchEndingAt(tokens, tokens.previous(open)) === null &&
    (tokens.isPunct(open, STRAIGHT_QUOTE) ? opensQuote(tokens, open) && tokens.isPunct(close, STRAIGHT_QUOTE) : tokens.isPunct(open, OPENING_QUOTES) && tokens.isPunct(close, CLOSING_QUOTES));
}

/** The word a channel's web edition adds after a dot: العربية.نت، الجزيرة.نت. */
const WEB_EDITION = 'نت';

/**
 * The token after the web edition glued to the body whose name ends before token `end` ("العربية.نت": the
 * name runs through نت, and names the channel's site), else `end`.
 */
function webEditionEnd(tokens: TokenStream, end: TokenIndex): TokenIndex {
  const n = (end + 1) as TokenIndex;
  return tokens.isPunct(end, '.') && tokens.isWord(n) && tokens.text(n) === WEB_EDITION ? ((end + 2) as TokenIndex) : end;
}

/** Most words of a quoted title a place ends or stands inside: "ثرثرة فوق النيل" has three. */
const TITLE_WORDS = 5;

/**
 * True when the place at `start` stands inside quotation marks that give the title of a work of
 * fiction or art (`artWorkNouns`), after other words or alone: رواية " ثرثرة فوق النيل "، مسلسل
 * " على باب مصر "، رواية " القاهرة الجديدة ". Quoted words after no such noun ("حملة معادية
 * لروسيا"، "وصل إلى " القاهرة "") and a report's title ("بعنوان " الشغف تجاه العمل في الشرق
 * الأوسط "") stay places.
 */
function endsQuotedTitle(tokens: TokenStream, t: MentionTables, start: TokenIndex): boolean {
  const open = quoteOpening(tokens, tokens.previous(start));
  return open >= 0 && titleListAfterArtNoun(tokens, t, open);
}

/** Most quoted titles of a list read back to the noun of the works: "روايات " أ " و " ب " و " ج "". */
const TITLE_LIST_ITEMS = 8;

/** The word "and" written alone between two quoted titles: " الطريق " و " الشحاذ ". */
const AND_ALONE = 'و';

/** Commas, Arabic and Latin: they part two quoted titles of a list (" منظر للنيل " ، " الحياة في النيل ") and a dateline's city from its country. */
const COMMAS = '،,';

/**
 * The opening quotation mark of the quotation whose words run back from token `last` (at most
 * {@link TITLE_WORDS} of them), or {@link NO_TOKEN}: it is `last` itself when no word stands there.
 */
function quoteOpening(tokens: TokenStream, last: TokenIndex): TokenIndex {
  let open = last;
  let words = 0;
  while (open >= 0 && tokens.isWord(open) && words < TITLE_WORDS) {
    words++;
    open = tokens.previous(open);
  }
  return open >= 0 && (tokens.isPunct(open, OPENING_QUOTES) || (tokens.isPunct(open, STRAIGHT_QUOTE) && opensQuote(tokens, open))) ? open : NO_TOKEN;
}

/**
 * True when the quotation opened at `open` follows a noun of a work of fiction or art, itself or
 * as an item of a list of quoted titles that noun opens: in "روايات " اللص والكلاب " و " الشحاذ " و "
 * ثرثرة فوق النيل "" the last title is a novel's as much as the first, and so are "لوحات " منظر للنيل
 * " ، " الحياة في النيل "". A list of quoted slogans after no such noun stays as it is.
 */
function titleListAfterArtNoun(tokens: TokenStream, t: MentionTables, open: TokenIndex): boolean {
  for (let item = 0; item < TITLE_LIST_ITEMS; item++) {
    const before = tokens.previous(open);
    if (before < 0) return false;
    if (tokens.isWord(before) && t.artWorkNouns.matchEndingAt(tokens, before) !== null) return true;
    // The item before: its closing mark behind و or a comma.
    if (!(tokens.isPunct(before, COMMAS) || (tokens.isWord(before) && tokens.text(before) === AND_ALONE))) return false;
    const close = tokens.previous(before);
    const straight = tokens.isPunct(open, STRAIGHT_QUOTE);
    if (!(straight ? tokens.isPunct(close, STRAIGHT_QUOTE) && !opensQuote(tokens, close) : tokens.isPunct(close, CLOSING_QUOTES))) return false;
    const previousOpen = quoteOpening(tokens, tokens.previous(close));
    if (previousOpen < 0 || previousOpen === tokens.previous(close)) return false;
    open = previousOpen;
  }
  return false;
}

/**
 * True when the one-word place at `k` reads here as a common word: through a clitic that is part
 * of another word (كلاوس is a given name, not ك + لاوس; بليون is "billion", not ب + ليون), with
 * tanween, after a demonstrative or a relative pronoun, before "another" or a pronoun written
 * apart, or in a common phrase (مسقط رأس، صلاة المغرب).
 */
function commonReading(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  const word = tokens.text(k);
  if (skip > 0 && word[0] !== conjunctionAnd) {
    const name = t.givenNames.matchAt(tokens, k);
    if ((name && name.skip === 0 && name.end === k + 1) || isNumberWord(tokens, k)) return true;
  }
  if (TANWEEN.test(writtenToken(tokens, k))) return true;
  const prev = tokens.previousWord(k);
  const before = prev >= 0 ? withoutConjunction(tokens.text(prev)) : '';
  if (t.wordsBeforeCommonNoun.has(before)) return true;
  // لل keeps the whole word in the mention: "للنيل من" is ل + النيل.
  const stem = skip === 0 ? withoutCliticsBeforeArticle(word) : word.slice(skip);
  if (t.commonPlacesBefore.get(stem)?.has(before) === true) return true;
  const next = tokens.nextWord(k);
  if (next < 0) return false;
  // A pronoun written apart, as segmented text has it, makes the word a noun: "قطر ها" is قطرها
  // "its diameter", as no place takes a pronoun. One that also stands alone is the next clause's
  // subject: "وإيران وروسيا هما الحليفان".
  if (tokens.next(k) === next && t.pronounsApart.has(tokens.text(next)) && !t.stops.has(tokens.text(next))) return true;
  if (t.anotherWords.has(tokens.text(next))) return true;
  // A name that is also a common phrase is that phrase before a count: "تقضي المادة بعقوبة ثمانين جلدة" — not
  // where a word of place or a preposition names the town: "قتل في المقدادية شمال شرق بعقوبة ثلاثة مدنيين".
  const phraseWords = t.commonPlacesAfter.get(stem);
  if (phraseWords !== undefined && countedAfter(tokens, tokens.next(k)) && !t.wordsBeforePlace.has(before) && !(prev >= 0 && isNameStop(tokens, t, prev))) return true;
  return phraseWords?.has(tokens.text(next)) === true;
}

/**
 * True when the word at `prev` says the listed place at `k` is the place (`wordsBeforePlace`): a
 * state ("إمبراطورية مالي"، "جمهورية الريف"), or a point of the compass before a name without the
 * article ("جنوب مالي"); one with the article stays a word there ("جنوب الخبر").
 */
function placeWordBefore(tokens: TokenStream, t: MentionTables, k: TokenIndex, prev: TokenIndex): boolean {
  const w = withoutConjunction(tokens.text(prev)).replace(BY_OR_FOR, '');
  return t.wordsBeforePlace.has(w) && !(t.compassPoints.has(w) && isDefinite(withoutConjunction(tokens.text(k))));
}

/**
 * True when the word before token `k` is a head that says what kind of entity follows: a place
 * head (مدينة الخبر) or a state or point of the compass (إمبراطورية مالي، جنوب الصويرة); for a body a descriptor with or without the article (نادي الهلال، النادي
 * الأهلي), an institutional head, or an office in it (لاعب الهلال، مراسل الجزيرة، رئيس الأهلي).
 */
function headBefore(tokens: TokenStream, t: MentionTables, k: TokenIndex, place: boolean): boolean {
  const prev = tokens.previousWord(k);
  if (prev < 0) return false;
  if (place) return t.placeHeads.matchEndingAt(tokens, prev) !== null || placeWordBefore(tokens, t, k, prev);
  const w = withoutConjunction(tokens.text(prev));
  return descriptorAt(tokens, t, prev, w) || t.organisationHeads.has(w) || t.officeNouns.has(w) || t.roles.has(w);
}

/**
 * True when the country name at `k` is written as its own demonym and stands as an adjective:
 * السعودية، سورية after a definite noun ("العائلة المالكة السعودية"، "الديون السيادية السعودية")
 * or a quoted name ("صحيفة " الرياض " السعودية"), or joined to an adjective ("أصول عربية وسورية")
 * describe; "إلى السعودية" and "زار السعودية" name.
 */
function demonymAdjective(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  if (!t.demonyms.has(tokens.text(k).slice(skip))) return false;
  // After a body's quoted name it qualifies the body: "صحيفة « الحياة » السعودية" is a Saudi paper.
  const mark = tokens.previous(k);
  if (skip === 0 && (tokens.isPunct(mark, CLOSING_QUOTES) || (tokens.isPunct(mark, STRAIGHT_QUOTE) && !opensQuote(tokens, mark)))) {
    const open = quoteOpening(tokens, tokens.previous(mark));
    // The name of a body, after its descriptor: quoted words after no such head may be a phrase
    // the place is the complement of ("تجاوبها مع طلب" السعودية is the Saudi request).
    if (open >= 0 && open !== tokens.previous(mark) && headBefore(tokens, t, open, false)) return true;
  }
  // A dash may join it to another indefinite adjective: "جبهة لبنانية - سورية" (after a city, "دمشق - سورية", or
  // a definite word, "الولايات المتحدة - السعودية", it names).
  const dash = tokens.isPunct(mark, '-');
  const prev = tokens.previousWord(dash ? mark : k);
  if (prev < 0) return false;
  const p = tokens.text(prev);
  if (skip > 0) return /(?:ي|يه|ية)$/u.test(p) && !t.stops.has(p);
  // Right after a city it says where the city is: "مدينة جدة السعودية"، "صحيفة الرياض السعودية"; after a
  // country it is the next of a list ("قطر، السعودية"), after a body or a person their object ("دعت الأمم
  // المتحدة السعودية إلى"، "تحدى أردوغان السعودية").
  const adjacent = tokens.previous(k) === prev;
  const named = t.known.matchAt(tokens, prev);
  if (named !== null) return adjacent && named.entry.type === 'place' && named.entry.kind !== 'country';
  // After an indefinite nisba, a broken plural مفاعل or أفعال or a plural in ات it is their adjective too: "مواقع
  // عسكرية سورية"، "مصادر سورية"، "طائرات سورية"، "أهداف سورية" (Syrian sources, planes; "في سورية"، "زار سورية" name the country).
  // Indefinite itself, as an adjective of an indefinite noun is ("ووزير خارجية السعودية" is its minister).
  // The plural may be a word that stands where a speaker's name would ("قالت مصادر سورية"); a definite
  // stop word is no noun it qualifies ("التي السعودية").
  // So behind و: "في العراق ومناطق سورية" (the broken plural is tested as written too, for a و of its root: "وثائق").
  // And after an indefinite feminine noun written with ة: "عائلة سورية"، "مجموعات مسلحة سورية" (a Syrian family).
  const bare = withoutConjunction(p);
  return (!dash && isDefinite(p) && !t.stops.has(p)) || ((adjacent || dash) && !isDefinite(tokens.text(k)) && (FEMININE_NISBA.test(p) || MAFAAIL.test(p) || MAFAAIL.test(bare) || INDEFINITE_PLURAL.test(bare) || AFAAL.test(bare) || writtenToken(tokens, prev).endsWith(TA_MARBUTA)));
}

/** A group's name shaped as a nisba with the article, folded: الحوثي، الحوثيين، الحوثيون. */
const GROUP_NISBA = /^ال.{3,}(?:ي|يين|يون)$/u;

/** The ending of a definite noun of people a nisba may qualify: a plural (المتمردين، المسلحون) or a nisba (القيادي). */
const PEOPLE_NOUN = /(?:ين|ون|ي)$/u;

/**
 * True when the group at `k`, named by its nisba, qualifies the definite noun of people right before it:
 * "المتمردين الحوثيين" (Houthi rebels), "القيادي الحوثي" (a Houthi leader) describe men, and name no body;
 * "مواقع الحوثيين" (in the construct), "مع الحوثيين" and "قصف التحالف العربي الحوثيين" name it.
 */
function groupNisbaAdjective(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const prev = tokens.previous(k);
  if (!GROUP_NISBA.test(tokens.text(k)) || !tokens.isWord(prev)) return false;
  const p = tokens.text(prev);
  // A nisba after a definite word is that word's adjective, not a noun of people: "وقصف التحالف العربي الحوثيين".
  const before = tokens.previous(prev);
  if (p.endsWith('ي') && tokens.isWord(before) && isDefinite(tokens.text(before))) return false;
  return isDefinite(p) && PEOPLE_NOUN.test(p) && !t.stops.has(p) && t.known.matchAt(tokens, prev) === null;
}

/**
 * True when the country at `k`, written as its demonym with the accusative ا, follows an indefinite
 * accusative noun it qualifies: "اعتمد المجلس مشروعا روسيا" (a Russian draft), "دعما تركيا" — the
 * country would take no tanween ("زار روسيا"، "مشروعا لروسيا" stay Russia).
 */
function accusativeDemonym(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, skip: number): boolean {
  const w = tokens.text(k);
  if (skip > 0 || !w.endsWith(ACCUSATIVE_ENDING)) return false;
  const prev = tokens.previousWord(k);
  if (prev < 0 || tokens.previous(k) !== prev) return false;
  const p = tokens.text(prev);
  // A noun counted by a number from 11 to 99 is surely accusative, whatever its ending: "15 جنديا سوريا"،
  // "25 زعيما كاتالونيا" (Syrian soldiers, Catalan leaders). After one, a place in يا is a nisba in the
  // accusative though the tables list no demonym of it (كاتالوني).
  const before = tokens.previous(prev);
  const counted = countedAfter(tokens, before);
  const stem = w.slice(0, -ACCUSATIVE_ENDING.length);
  if (!t.demonyms.has(stem) && !(counted && stem.endsWith('ي'))) return false;
  // Written with its alef, not a folded hamza: "مرفأ إيطاليا" is a port of Italy.
  if (!writtenToken(tokens, prev).endsWith(ACCUSATIVE_ENDING)) return false;
  if (p.length <= ACCUSATIVE_NOUN_LETTERS || !p.endsWith(ACCUSATIVE_ENDING) || (!counted && NOT_ACCUSATIVE_NOUN.test(p)) || isDefinite(p) || t.stops.has(p) || t.stops.has(withoutConjunction(p))) return false;
  // A participle of the pattern مفاعل takes the country as its object: "مطالبا تركيا باحترام" — not a noun so
  // shaped that a number counts: "55 مواطنا بريطانيا" are British citizens.
  if (!counted && MAFAAIL.test(p.slice(0, -ACCUSATIVE_ENDING.length))) return false;
  // Nor a given name in يا: "سكريبال وابنته يوليا".
  return t.known.matchAt(tokens, prev) === null && !t.givenNames.matchAt(tokens, prev) && !lexicon.verbs.has(tokens, prev) && !lexicon.narrativeVerbs.has(tokens, prev);
}

/**
 * Words in ا that are no accusative noun: a long vowel before it (a plural فعايا too: "ضحايا إندونيسيا"), a pronoun
 * (تشنها، جانبهما), a dual (حملتا، حليفتاها). Not يا after a consonant: a nisba noun in the accusative ends so
 * ("تنقذ جنديا تركيا" is a Turkish soldier), and a place in يا before a demonym is read as the place it is.
 */
const NOT_ACCUSATIVE_NOUN = /(?:[او]ا|[اوي]يا|ها|ما|تا)$/u;

/** Fewest letters of an accusative noun before a demonym: دعما، مشروعا (not a particle: إذا، كما). */
const ACCUSATIVE_NOUN_LETTERS = 3;

/**
 * True when the place at `k` is shaped like a nisba adjective with the article (الرمادي "the
 * grey") and follows a definite noun it can qualify: "الدخان الرمادي" is grey smoke, while "في
 * الرمادي"، "محافظة الأنبار والرمادي" and "قصف الرمادي" name the city.
 */
function nisbaAdjective(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  const w = tokens.text(k);
  if (skip > 0 || !w.startsWith(article) || !w.endsWith('ي')) return false;
  const prev = tokens.previousWord(k);
  // Punctuation between them parts them: "الأنبار ، الرمادي".
  if (prev < 0 || tokens.previous(k) !== prev) return false;
  // The noun may bear a clitic: "يظهر باللون الرمادي" is grey.
  const p = withoutCliticsBeforeArticle(tokens.text(prev));
  return p.startsWith(article) && !t.stops.has(p) && t.known.matchAt(tokens, prev) === null && !t.placeHeads.has(tokens, prev) && !t.titles.matchAt(tokens, prev);
}

/** True when a demonym follows token `k`: "النصر العماني"، "الأهلي المصري" name the club of that country. */
function demonymAfter(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const next = tokens.nextWord(k);
  return next >= 0 && t.demonyms.has(tokens.text(next)) && tokens.text(next).startsWith(article);
}

/**
 * True when the one word at `k`, a city the tables list, stands as the city: after a place head ("في
 * مدينة ليون"، "بمدينة فالنسيا") or before a feminine nationality adjective, which agrees with the city
 * ("ليون الفرنسية"; the club takes the masculine: "ليون الفرنسي").
 */
function cityPlaced(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  if (!t.known.entriesOf(tokens.text(k).slice(skip)).some((e) => e.kind === 'city')) return false;
  const prev = tokens.previousWord(k);
  if (prev >= 0 && t.placeHeads.matchEndingAt(tokens, prev) !== null) return true;
  const next = tokens.nextWord(k);
  return next >= 0 && t.demonyms.has(tokens.text(next)) && tokens.text(next).endsWith(FEMININE);
}

/**
 * True when a listed place that is no common word stands next to token `k`, joined by و: "والجزائر
 * ومالي". Segmented text writes و apart, and the place it joins is one word further: "بكين و سيول"،
 * "طهران و مشهد"، "صفد و حيفا و الناصرة".
 */
function besidePlace(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const sure = (j: TokenIndex): boolean => {
    const m = j >= 0 ? t.known.matchAt(tokens, j) : null;
    return m !== null && m.entry.type === 'place' && !m.entry.ambiguous;
  };
  const andApart = (j: TokenIndex): boolean => j >= 0 && tokens.text(j) === conjunctionAnd;
  const prev = tokens.previousWord(k);
  const next = tokens.nextWord(k);
  const before = (andApart(prev) && sure(tokens.previousWord(prev))) || (tokens.text(k).startsWith(conjunctionAnd) && sure(prev));
  const after = (andApart(next) && sure(tokens.nextWord(next))) || (next >= 0 && tokens.text(next).startsWith(conjunctionAnd) && sure(next));
  // A feature's head with the article is the feature, a common noun, beside one place: "مدينة طبريا والبحيرة" is
  // Tiberias and its lake. Within a list of places it is one of them: "بمحافظات الإسكندرية والبحيرة وكفر الشيخ" (Egypt's
  // governorate البحيرة, which its head names too: "محافظة البحيرة").
  if (t.featureHeadWords.has(withoutArticle(withoutConjunction(tokens.text(k))))) return before && after;
  return before || after;
}

/** Most points of the compass in a row after a place: "جنوب شرق". */
const COMPASS_RUN = 2;

/** Marks after the place that opens a dateline: "سيول - رويترز"، "المفرق ( بترا )". */
const DATELINE_MARKS = '-–(';

/**
 * True when what follows the one-word place at `k` (that is also a common word) says it is a
 * place: a point of the compass and a listed place it lies from ("وفي الصويرة جنوب شرق بغداد"،
 * "مشهد شمال شرق إيران"), after في the في or ب of a listed place it lies in ("في دوما بالغوطة الشرقية"),
 * or, opening a line, the dash or bracket of a dateline ("سيول - وص ف"). "الخبر جنوب" and "الخبر:" stay
 * words, and so does an adjective after its noun ("الأحياء الجديدة شرقي القاهرة"); a nationality adjective
 * after the name is no evidence ("العمارة الصينية" is architecture).
 */
function placedByContext(tokens: TokenStream, t: MentionTables, k: TokenIndex): boolean {
  const after = tokens.next(k);
  if (tokens.isPunct(after, DATELINE_MARKS)) return tokens.previous(k) === NO_TOKEN;
  let j = tokens.nextWord(k);
  if (j < 0 || tokens.next(k) !== j) return false;
  // A definite word after a definite noun qualifies it: "الأحياء الجديدة شرقي القاهرة" are new districts.
  const prev = tokens.previous(k);
  if (isDefinite(tokens.text(k)) && tokens.isWord(prev) && isDefinite(tokens.text(prev)) && !t.stops.has(tokens.text(prev))) return false;
  let run = 0;
  while (j >= 0 && run < COMPASS_RUN && t.compassPoints.has(tokens.text(j))) {
    run++;
    j = tokens.nextWord(j);
  }
  if (j < 0) return false;
  // Or, for a name without the article after في, في or ب and the listed place it lies in: "في دوما بالغوطة
  // الشرقية"، "في دوما في الغوطة الشرقية" (not a noun or an adjective that is no place: "تصوير مشهد بالمجر"،
  // "أطماعا مالية في السعودية"; the adverb دوما "always" takes no في before it).
  let skip = 0;
  if (run === 0) {
    const w = tokens.text(j);
    if (isDefinite(tokens.text(k)) || !t.links.in.has(tokens.text(tokens.previousWord(k)))) return false;
    if (t.links.in.has(w)) j = tokens.nextWord(j);
    else if (w.startsWith(prepositionBi)) skip = prepositionBi.length;
    else return false;
  }
  const m = j >= 0 ? t.known.matchAt(tokens, j) : null;
  // (A name of two words is no common word: "الغوطة الشرقية".)
  return m !== null && m.skip === skip && m.entry.type === 'place' && (!m.entry.ambiguous || m.end > j + 1);
}

/**
 * True when the listed place at word `k`, also a word, ends in ا as an adverb does and a preposition stands before it,
 * which no adverb follows: "الهجوم الكيماوي في دوما"، "إلى دوما" (دوما "always" never after one).
 */
function adverbAfterPreposition(tokens: TokenStream, t: MentionTables, k: TokenIndex, skip: number): boolean {
  // (Not behind a clitic: باكرا is "early", not ب and أكرا.)
  if (skip > 0 || !tokens.text(k).endsWith('ا')) return false;
  const p = tokens.text(tokens.previousWord(k));
  return t.links.in.has(p) || t.movePrepositions.has(p);
}

/** True when word token `k` is written as one of `entry`'s forms, marks aside (باول, not بأول). */
function writtenAsForm(tokens: TokenStream, k: TokenIndex, entry: KnownName): boolean {
  const written = withoutMarks(writtenToken(tokens, k));
  return entry.forms.some((f) => withoutMarks(f) === written);
}

/**
 * The place written as و and a listed place at word `k`, itself a listed place's name, when a place
 * stands right before it: "بين مكة وجدة" names Mecca and Jeddah (وجدة alone is Oujda), "الرياض وجدة".
 */
function conjoinedPlace(tokens: TokenStream, t: MentionTables, k: TokenIndex): CliticMatch<KnownName> | null {
  const w = tokens.text(k);
  if (!w.startsWith(conjunctionAnd) || w.length - conjunctionAnd.length < 2) return null;
  const entry = t.known.entriesOf(w.slice(conjunctionAnd.length)).find((e) => e.type === 'place');
  const prev = tokens.previousWord(k);
  if (entry === undefined || prev < 0 || tokens.previous(k) !== prev || t.known.matchAt(tokens, prev)?.entry.type !== 'place') return null;
  return { entry, start: k, end: (k + 1) as TokenIndex, skip: conjunctionAnd.length };
}

/** The known name at word token `k`, or null. */
export function knownAt(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): Found | null {
  const t = mentionTables(lexicon);
  const whole = t.known.matchAt(tokens, k) ?? t.known.matchGlued(tokens, k) ?? t.clubs.matchAt(tokens, k);
  const m = whole && whole.skip === 0 && whole.end === k + 1 ? (conjoinedPlace(tokens, t, k) ?? whole) : whole;
  if (!m) return null;
  // Most readings below hold for a name of one word only.
  const oneWord = m.end === k + 1;
  // جدة written جده is "his grandfather", وجدة written وجده "he found him": a name whose ة is written ه
  // reads as a pronoun, and is a mention only in context, like a common word.
  // A word with the article takes no pronoun: البصره is البصرة.
  const pronoun = oneWord && !isDefinite(tokens.text(k)) && tokens.text(k).endsWith('ه') && writtenToken(tokens, k).endsWith('ه');
  // A listed name that is also a word of narration (كان, Cannes and "was") is read only after a head that names
  // the place: "مهرجان كان"، "مدينة كان" — not "وكان الأمريكي أغاسي" (a club before its demonym), "فكان".
  const narration = oneWord && t.stops.has(tokens.text(k).slice(m.skip));
  const fits = (e: KnownName): boolean =>
    e.ambiguous && narration ? e.type === 'place' && m.skip === 0 && headBefore(tokens, t, k, true) :
    e.kind === 'club' && oneWord ? clubNamed(tokens, t, k, m.skip) :
    // A club named by its city is the city after a place head or before a feminine nationality: "بمدينة ليون الفرنسية".
    e.type === 'organization' && e.ambiguous && oneWord && cityPlaced(tokens, t, k, m.skip) ? false :
    !(e.ambiguous || (pronoun && e.canonical.endsWith('ة'))) ||
    headBefore(tokens, t, k, e.type === 'place') ||
    (e.type === 'organization' && ((oneWord && (creditedInBrackets(tokens, k) || toldMedium(tokens, lexicon, k) || demonymAfter(tokens, t, k))) || quotedAlone(tokens, t, m) || webEditionEnd(tokens, m.end) > m.end)) ||
    (e.type === 'place' && (besidePlace(tokens, t, k) || (oneWord && (placedByContext(tokens, t, k) || adverbAfterPreposition(tokens, t, k, m.skip) ||
      // A city that is also a word, read as its club in a report of the game: "الريان القطري"، "ضيفه العين الإماراتي"
      // (not a region, "في الشمال السوري"، "البقاع اللبناني").
      (clubReading(tokens, t, k, e) && gameNear(tokens, t, k)))))) ||
    // A club or city that is also a word, named as a side of the game: "فاز الهلال على الشباب"، "تعادل العين".
    (oneWord && (e.type === 'organization' || e.kind === 'city') && sideOfGame(tokens, t, k, m.skip));
  let entry: KnownName | undefined = m.entry;
  // One word may name several entities (قنا the agency and the city; برشلونة the club and the city): the first the context allows.
  if (oneWord && !fits(entry)) entry = t.known.entriesOf(tokens.text(k).slice(m.skip)).find(fits) ?? t.known.entriesOf(stemOf(tokens.text(k), m.skip)).find(fits);
  if (!entry) return null;
  // A name of two letters that is also a word reads through no clitic but و: "وفي حال فشل المصري" (failed) is not
  // ف + شل ("طهران وقم" is Qom).
  if (entry.ambiguous && m.skip > 0 && oneWord && tokens.text(k)[0] !== conjunctionAnd && tokens.text(k).length - m.skip < CLITIC_NAME_LETTERS) return null;
  // A known person's one word that folds like a stop word is the stop unless written as the name is: "قام بأول
  // زيارة" (his first) is not باول (Powell), written so.
  if (entry.type === 'person' && oneWord && m.skip === 0 && t.stops.has(tokens.text(k)) && !writtenAsForm(tokens, k, entry)) return null;
  // (A club named by a common word is read after its descriptor: "النادي الأهلي".)
  if (entry.type === 'organization' && !entry.ambiguous && oneWord && m.skip === 0 && groupNisbaAdjective(tokens, t, k)) return null;
  if (entry.type === 'place' && oneWord && (demonymAdjective(tokens, t, k, m.skip) || commonReading(tokens, t, k, m.skip) || nisbaAdjective(tokens, t, k, m.skip) || accusativeDemonym(tokens, lexicon, t, k, m.skip))) return null;
  // A place named like a person, and a surname after it: "صلاح الدين دميرتاش"، "صلاح الدين البيطار" name a
  // man (the province is "محافظة صلاح الدين", "في صلاح الدين شمال بغداد").
  if (entry.type === 'place' && m.skip === 0 && surnameAfterGivenPlace(tokens, lexicon, t, k, m.end)) return null;
  // A title is not part of a place's or a body's name: الرئيس الأمريكي is an office.
  if (lexicon.titles.matchAt(tokens, k)) return null;
  // A bare place name right after a title is the name of the person it titles: "الملكة صوفيا".
  if (entry.type === 'place' && oneWord && m.skip === 0 && !isDefinite(tokens.text(k)) && titleBefore(tokens, lexicon, k)) return null;
  const quoted = entry.type === 'place' ? quotedReading(tokens, m.start, m.end) : null;
  if (quoted === 'title' || (entry.type === 'place' && endsQuotedTitle(tokens, t, m.start))) return null;
  const type = entry.type === 'place' && (quoted === 'publication' || creditAfterDateline(tokens, t, m.start, m.end) || (oneWord && clubReading(tokens, t, k, entry)) || (oneWord && sportsCity(tokens, t, k, m.skip, entry)) || (oneWord && entry.kind === 'city' && sideOfGame(tokens, t, k, m.skip))) ? 'organization' : entry.type;
  return { start: m.start, end: type === 'organization' ? webEditionEnd(tokens, m.end) : m.end, skip: m.skip, type, rank: RANK.known };
}

/** Fewest letters of an ambiguous known name read behind a clitic: شل alone, never in فشل. */
const CLITIC_NAME_LETTERS = 3;

/**
 * True when the place at tokens `[k, end)` is also a given name (صلاح الدين، فيكتوريا) written as one and a
 * surname follows it: an unlisted word that may go on a name (دميرتاش، سكريبال), or a masculine nisba with
 * the article that is no nationality, point of the compass, known place or body (الأيوبي).
 */
function surnameAfterGivenPlace(tokens: TokenStream, lexicon: SyntaxLexicon, t: MentionTables, k: TokenIndex, end: TokenIndex): boolean {
  const given = t.givenNames.matchAt(tokens, k);
  if (given === null || given.skip !== 0 || given.end !== end) return false;
  const n = tokens.next((end - 1) as TokenIndex);
  if (n < 0 || !tokens.isWord(n) || isNameStop(tokens, t, n) || t.known.matchAt(tokens, n) !== null) return false;
  const w = tokens.text(n);
  // Not a word behind و, which goes on the sentence: "مهاجم ليون والمنتخب".
  if (withoutConjunction(w) !== w) return false;
  // An unlisted word that goes on an Arab name too (not a verbal noun in ت: "إلى توسيع"), and the name
  // closed after it (not a noun in construct: "وسيفتقد ليون جهود مهاجمه").
  // Of four letters or more: "من فوق قمة فيكتوريا نطل إلى" (a verb, "we look").
  if (!isDefinite(w)) return w.length >= SURNAME_AFTER_PLACE_LETTERS && continuesName(tokens, lexicon, t, n, false, false) && closedAfterWord(tokens, lexicon, t, n);
  // A nisba family name, not a nationality or the adjective of the place: الأيوبي (not العراقية، الشمالي).
  return NISBA_FAMILY.test(w) && !t.demonyms.has(w) && !t.compassPoints.has(withoutArticle(w)) && !t.titleAdjectives.has(w);
}

/** Fewest letters of an unlisted surname after a place named like a person: سويت (نطل is a verb). */
const SURNAME_AFTER_PLACE_LETTERS = 4;

/** A masculine nisba with the article, as family names take it: الأيوبي، الحسيني. */
const NISBA_FAMILY = /^ال.{3,}ي$/u;

/**
 * True when the place at tokens `[start, end)` follows a dateline's dash and comes before a colon:
 * the newspaper a story is credited to, "دبي - الخليج : أعطت الأسواق …" (the daily الخليج), while
 * the dateline's place opens the line. "بغداد - رويترز" names an agency, and a place alone after a
 * heading's dash ("للمزيد - الشرق الأوسط :") stays a place.
 */
function creditAfterDateline(tokens: TokenStream, t: MentionTables, start: TokenIndex, end: TokenIndex): boolean {
  const dash = tokens.previous(start);
  if (!tokens.isPunct(dash, DATELINE_DASHES) || !tokens.isPunct(tokens.next((end - 1) as TokenIndex), ':')) return false;
  const city = tokens.previousWord(dash);
  const m = city >= 0 ? t.known.matchAt(tokens, city) : null;
  return m !== null && m.entry.type === 'place' && m.skip === 0 && m.end === city + 1 && tokens.previous(city) === NO_TOKEN;
}

/** The dashes after a dateline's place: "دبي - الخليج". */
const DATELINE_DASHES = '-–';

/**
 * True when the word at `k` stands alone in brackets, or before a dash in them: the outlet a story
 * or a photo is credited to, "( الجزيرة )"، "( الجزيرة - أرشيف )".
 */
function creditedInBrackets(tokens: TokenStream, k: TokenIndex): boolean {
  return tokens.isPunct(tokens.previous(k), '(') && tokens.isPunct(tokens.next(k), ')-–');
}

/**
 * True when the word at `k` is a body behind ل that reported speech follows at once: the medium a
 * speaker told, "وقال الجميل للجزيرة إن"، "قال في تصريحات للجزيرة إنه" (an island is told nothing).
 */
function toldMedium(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): boolean {
  const n = tokens.next(k);
  return tokens.text(k).startsWith(prepositionLi) && tokens.isWord(n) && lexicon.speechParticles.has(tokens.text(n));
}

/** True when a title ends at the word before token `k`: الملكة، السيد، صاحب السمو. */
function titleBefore(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): boolean {
  const prev = tokens.previousWord(k);
  return prev >= 0 && lexicon.titles.matchEndingAt(tokens, prev) !== null;
}

/** The folded stem a clitic match looked up: والعراق → العراق (skip 1), لبغداد → بغداد. */
function stemOf(word: string, skip: number): string {
  const rest = word.slice(skip);
  return rest.startsWith(prepositionLi) && word.startsWith(liArticle) ? `${article[0]!}${rest}` : rest;
}

/** Nationality adjectives standing alone, as mentions of their country: الأمريكي، السوريين. */
export function demonymAt(tokens: TokenStream, lexicon: SyntaxLexicon, k: TokenIndex): Found | null {
  const t = mentionTables(lexicon);
  if (!tokens.isWord(k)) return null;
  const word = tokens.text(k);
  if (t.demonyms.has(word)) return { start: k, end: (k + 1) as TokenIndex, skip: 0, type: 'place', rank: RANK.place };
  const bare = withoutConjunction(word);
  if (bare !== word && t.demonyms.has(bare)) return { start: k, end: (k + 1) as TokenIndex, skip: 1, type: 'place', rank: RANK.place };
  return null;
}

/** Every known name of a document (and every demonym, with `demonyms`), as candidates for `mentionsOf`. */
export function findKnownNames(tokens: TokenStream, lexicon: SyntaxLexicon, demonyms: boolean, out: Found[]): void {
  const t = mentionTables(lexicon);
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    let known = knownAt(tokens, lexicon, k);
    // A descriptor the tables list with a body's name, for its key, is no part of the mention, as after any
    // descriptor: "وكالة الأناضول" → الأناضول, "صحيفة الشرق الأوسط" → الشرق الأوسط when both are listed forms.
    // So is a word of the group's kind: "تنظيم داعش" → داعش (see `kindWords`).
    const first = known !== null ? tokens.text(k).slice(known.skip) : '';
    const rest = known?.type === 'organization' && known.end > k + 1 && (t.descriptorWords.has(first) || t.kindWords.has(first)) ? tokens.nextWord(k) : NO_TOKEN;
    if (rest >= 0) {
      const inner = t.known.matchAt(tokens, rest);
      if (inner !== null && inner.skip === 0 && inner.end === known!.end && inner.entry === t.known.matchAt(tokens, k)?.entry) known = { ...known!, start: rest, skip: 0 };
      // After a word of kind, one family's nisba names the group: "جماعة الحوثي" → الحوثي.
      else if (t.kindWords.has(first) && known!.end === rest + 1 && familyNisba(tokens, t, rest)) known = { ...known!, start: rest, skip: 0 };
    }
    if (known) {
      // A movement's national society keeps the country's adjective: "الهلال الأحمر اليمني" (see `nationalSocieties`).
      const society = known.type === 'organization' ? t.nationalSocieties.matchAt(tokens, known.start) : null;
      const adjective = society !== null && society.end === known.end ? tokens.next((known.end - 1) as TokenIndex) : NO_TOKEN;
      if (adjective >= 0 && tokens.isWord(adjective) && isDefinite(tokens.text(adjective)) && t.demonyms.has(tokens.text(adjective))) known = { ...known, end: (adjective + 1) as TokenIndex };
      out.push(known);
      // Forces before a longer body's name that opens inside theirs serve that body, read too (the two are resolved
      // later): "بقوات التحالف العربي" holds قوات التحالف (a short form) and التحالف العربي.
      const next = tokens.nextWord(known.start);
      if (!t.forcesOfBodies.has(first) || next < 0 || next >= known.end || (t.known.matchAt(tokens, next)?.end ?? 0) <= known.end) k = ((known.end - 1) as TokenIndex);
      continue;
    }
    const demonym = demonyms ? demonymAt(tokens, lexicon, k) : null;
    if (demonym) out.push(demonym);
  }
}
