import type { ParsedNumber } from '../numbers/grammar.js';
import type { TokenStream } from '../numbers/tokens.js';
import { article, cliticsButKaf, conjunctionClitics, isCliticAlone, isDefinite, prepositionClitics, startsWithLetterOf, stemCandidates, withoutConjunction } from '../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import { goalCueBefore } from './kinds.js';
import { RELATIVE_ADJECTIVE } from '../syntax/units.js';

/** Years a plain four-digit number may be, when nothing says it counts something. */
const YEARS = { min: 1900, max: 2100 };

/**
 * True when number `n` is a plain integer that reads as a year ("2017"): such a
 * number is a figure only when a unit from the tables follows it ("2017 مقاتلاً").
 */
export function yearLike(tokens: TokenStream, n: ParsedNumber): boolean {
  const numeral = tokens.numeral(n.start);
  return n.end === n.start + 1 && numeral !== undefined && numeral.plainInteger && n.value >= YEARS.min && n.value <= YEARS.max;
}

/** Brackets and quotation marks a reference number may stand in: "المادة (20)", "القرار «2254»". */
const ENCLOSING = '(["«“';
/** What may follow a list marker at the start of a line: "2 -", "3)", "4.". */
const LIST_MARKS = '-)./:';

/**
 * True when number `n` can be a figure. Not: an ordinal (الثالث); a number
 * inside a time expression (خلال ستة أعوام، 30/11/2017); a reference after a word
 * such as المادة، رقم، الصفحة، الدقيقة ("المادة 25", "المادة (20)", "ص7"); part of a
 * name or set phrase (ربع النهائي، مجموعة العشرين، مدينة الخمس); a list marker at
 * the start of a line ("2 - …"); a footnote ("( 1 )").
 */
export function isFigure(c: ClaimContext, n: ParsedNumber): boolean {
  if (n.kind === 'ordinal' || c.inTime(n.start, n.end)) return false;
  return !afterReferenceWord(c, n) && !inIdiom(c, n) && !listMarker(c, n) && !footnote(c, n) && !code(c, n) && !beforeEraOrGrade(c, n) && !yearSpan(c, n) && !quotedModel(c, n) && !namedModel(c, n) && !goalMinute(c, n) && !constructWithoutNoun(c, n);
}

/** Values of a dual in the construct state: مئتي، ألفي، مليوني، ملياري. */
const CONSTRUCT_DUALS: ReadonlySet<number> = new Set([200, 2000, 2e6, 2e9]);
/** The folded ending of a dual in the construct state, which lost its ن: ألفي (ألفين). */
const CONSTRUCT_ENDING = 'ي';

/**
 * A dual in the construct state ("ألفي دولار", "مليوني توقيع") counts only the noun it governs, which
 * follows it in the genitive. With no such noun after it — punctuation, a definite word, a particle — the
 * word is a name: "وكان ألفي في المستشفى"، "والدا ألفي البالغ 23 شهرا"، "عائلة ألفي."
 */
function constructWithoutNoun(c: ClaimContext, n: ParsedNumber): boolean {
  if (!constructDual(c, n)) return false;
  return nameOfConstruct(c, n) || namedDuals(c).has(c.tokens.textId(n.start));
}

/** True when number `n` is one word, a dual in the construct state: ألفي، مليوني. */
function constructDual(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  return n.end === n.start + 1 && tokens.isWord(n.start) && CONSTRUCT_DUALS.has(n.value) && tokens.text(n.start).endsWith(CONSTRUCT_ENDING);
}

/** True when construct dual `n` governs no noun: punctuation, a definite word or a particle follows it. */
function nameOfConstruct(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  const next = tokens.next(n.start);
  if (next < 0 || !tokens.isWord(next)) return true;
  const w = tokens.text(next);
  // (A noun in the accusative is no sign: news writes "ملياري شخصا".)
  return isDefinite(w) || c.isStopWord(w);
}

const namedDualsOf = new WeakMap<ClaimContext, ReadonlySet<number>>();

/**
 * The words (by text number) that one place of the document shows to be a name: a construct dual that
 * governs no noun there is a name everywhere in the document ("الطفل ألفي إيفانز" beside "وكان ألفي في
 * المستشفى"). Read once per document, over its numbers.
 */
function namedDuals(c: ClaimContext): ReadonlySet<number> {
  let named = namedDualsOf.get(c);
  if (!named) {
    const found = new Set<number>();
    for (const n of c.numbers) if (constructDual(c, n) && nameOfConstruct(c, n)) found.add(c.tokens.textId(n.start));
    namedDualsOf.set(c, (named = found));
  }
  return named;
}

/** The last minute of a match, with extra time. */
const LAST_MINUTE = 120;
/** Most tokens of a bracket of goal minutes on either side of one: "(9 و28 و90+3)". */
const MINUTES_REACH = 8;

/** Signs between the minutes of a bracket: "(9، 28)", "(90+3)". */
const MINUTE_SIGNS = '+،,';

/** True when token `k` may stand in a bracket of minutes: a numeral, a glued و, a plus or a comma. */
function inMinutes(c: ClaimContext, k: TokenIndex): boolean {
  const { tokens } = c;
  return tokens.isNumeral(k) || tokens.isPunct(k, MINUTE_SIGNS) || (tokens.isWord(k) && isCliticAlone(tokens.text(k)));
}

/**
 * In a sentence of scoring, the minutes of the goals after a scorer's name: "سجلها الحدادي (51 و73)
 * وسوبرينو (90+1)". A bracket of whole numbers up to 120 (joined by و, a comma or a plus) right after a
 * word, with a word of `goalCues` before it, holds minutes, not figures.
 */
function goalMinute(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (!tokens.isNumeral(n.start) || n.end !== n.start + 1 || !Number.isInteger(n.value) || n.value > LAST_MINUTE) return false;
  let open = tokens.previous(n.start);
  for (let steps = 0; open >= 0 && steps < MINUTES_REACH && inMinutes(c, open); steps++) open = tokens.previous(open);
  let close = tokens.next(n.start);
  for (let steps = 0; close >= 0 && steps < MINUTES_REACH && inMinutes(c, close); steps++) close = tokens.next(close);
  if (!tokens.isPunct(open, '(') || !tokens.isPunct(close, ')')) return false;
  // Not a count in brackets: "من (5) بتقدير"، "لمدة (20) أسبوعاً" (a particle before, a unit after).
  const scorer = tokens.previous(open);
  const after = tokens.nextWord(close);
  if (scorer < 0 || !tokens.isWord(scorer) || c.isNumberToken(scorer) || c.isStopWord(tokens.text(scorer))) return false;
  // A unit behind a preposition counts nothing: "حولها دزيوبا (41) لهدف التعادل".
  const counted = after >= 0 && c.syntax.units.tableUnitAt(tokens, after) !== null && !startsWithLetterOf(prepositionClitics, tokens.text(after));
  return !counted && goalCueBefore(c, open);
}

/** Fewest letters of a model name or a reference word read behind a clitic ("لفرانس24"، "بدور"; not "لاف"، "بسن"). */
const MIN_STEM_BEHIND_CLITIC = 3;

/** A Latin letter: a word with one before a number names a product ("iOS 12"). */
const LATIN = /[A-Za-z]/u;

/**
 * "سوخوي 24", "لفرانس24", "إيل-20", "iOS 12", "كوفيد-19": a number right after the name of a model, a
 * channel or a product names it and counts nothing. The name is a word of `modelNames` (behind a
 * clitic), a Latin word that is no unit, or any word glued to the number by a hyphen.
 */
function namedModel(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  const k = tokens.previous(n.start);
  // "إيل-20", "تي-72": word, hyphen and number with no space between is one designation.
  if (tokens.isPunct(k, '-') && tokens.end(k) === tokens.start(n.start)) {
    // Not after a lone clitic, where the hyphen is a minus: "و-3,5% في لندن".
    const word = tokens.previous(k);
    return word >= 0 && tokens.isWord(word) && !c.isNumberToken(word) && !isCliticAlone(tokens.text(word)) && !c.isStopWord(tokens.text(word)) && tokens.end(word) === tokens.start(k);
  }
  if (k < 0 || !tokens.isWord(k) || c.isNumberToken(k)) return false;
  // A name before digits alone: a product's number ("Note 9", "سوخوي 24"), not a figure its owner holds
  // with its unit after ("Rihanna 89 متابعا", "سهم Apple 5%", "باعت بوينغ 300 طائرة").
  if (tokens.isForeign(k) && LATIN.test(tokens.text(k))) {
    return tokens.isNumeral(n.start) && n.end === n.start + 1 && !c.syntax.units.tableUnitAt(tokens, k) && !countedAfter(c, n);
  }
  // Behind a clitic only a name of three letters or more: "لفرانس24", but "لاف" is no إف.
  return stemCandidates(tokens.text(k), cliticsButKaf).some((w, i) => (i === 0 || w.length >= MIN_STEM_BEHIND_CLITIC) && c.lexicon.modelNames.has(w)) && !countedAfter(c, n);
}

/** True when a counted noun (a noun of the tables, a symbol, or a noun that is no nisba) follows number `n`. */
function countedAfter(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens, syntax } = c;
  const unit = syntax.units.unitAfter(tokens, (n.end - 1) as TokenIndex, (k) => c.isNumberToken(k));
  if (!unit || c.inTime(unit.start, unit.end)) return false;
  // A nisba after a model number describes the model: "إف 16 إسرائيلية".
  return unit.kind !== 'count' || syntax.units.tableUnitAt(tokens, unit.start) !== null || !RELATIVE_ADJECTIVE.test(tokens.text(unit.start));
}

/** Endings of verbs in the past, which no model name has: بلغوا، بلغت. */
const VERB_ENDING = /(?:وا|ت)$/u;

/** Most words of a quoted name before its model number: "فالكون 9", "كي جي 320". */
const MODEL_NAME_WORDS = 2;

/**
 * "صاروخ "فالكون 9"", "طائرات "أف 16"", "« كي جي 320 »": a number that closes a
 * short quotation of name words is part of the name (a model). Not when a word
 * of the quotation is a particle, a unit or an event ("«قتل 30»").
 */
function quotedModel(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens, syntax } = c;
  const close = tokens.next((n.end - 1) as TokenIndex);
  if (close < 0 || !tokens.isPunct(close) || !syntax.quoteMarks.has(tokens.text(close))) return false;
  let k = tokens.previous(n.start);
  for (let words = 0; k >= 0 && words <= MODEL_NAME_WORDS; k = tokens.previous(k)) {
    if (tokens.isPunct(k)) return words > 0 && syntax.quoteCloser.get(tokens.text(k)) === tokens.text(close);
    const word = tokens.text(k);
    if (!tokens.isWord(k) || c.isNumberToken(k) || c.isStopWord(word) || VERB_ENDING.test(word) || syntax.units.tableUnitAt(tokens, k) || syntax.predicates.matchAt(tokens, k)) return false;
    words++;
  }
  return false;
}

/** Most words of a phrase after a number that makes it a year or a grade ("قبل الميلاد", "ق.م."). */
const AFTER_PHRASE_WORDS = 2;
/** Most tokens read for it: two words, their dots and spaces ("ق.م."). */
const AFTER_PHRASE_TOKENS = 8;

/** "150 ق.م.", "630 هـ", "90 أوكتين": an era or a grade after the number (dots between letters are read past). */
function beforeEraOrGrade(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens, lexicon } = c;
  let phrase = '';
  let k = tokens.next((n.end - 1) as TokenIndex);
  for (let words = 0; k >= 0 && words < AFTER_PHRASE_WORDS && k - n.end <= AFTER_PHRASE_TOKENS; k = tokens.next(k)) {
    if (tokens.isPunct(k, '.')) continue;
    if (!tokens.isWord(k)) break;
    phrase = words === 0 ? tokens.text(k) : `${phrase} ${tokens.text(k)}`;
    words++;
    if (lexicon.notFigureAfter.has(phrase)) return true;
  }
  return false;
}

/** Years a span of years in a life or a reign may hold: "( 1882 - 1963 )", "(1849 - 1905)". */
const SPAN_YEARS = { min: 1000, max: 2100 };

/**
 * "الخطابي ( 1882 - 1963 )": two plain four-digit years in brackets joined by a
 * dash, the second later, are the span of a life or a reign ("من 1500 - 2000
 * قتيل" outside brackets stays a range).
 */
function yearSpan(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (!tokens.isPunct(tokens.previous(n.start), '(')) return false;
  const first = tokens.numeral(n.start);
  if (n.end !== n.start + 1 || !first?.plainInteger || n.value < SPAN_YEARS.min || n.value > SPAN_YEARS.max) return false;
  const dash = tokens.next(n.start);
  if (!tokens.isPunct(dash, '-–')) return false;
  const second = tokens.next(dash);
  const numeral = second >= 0 && tokens.isNumeral(second) ? tokens.numeral(second) : undefined;
  return numeral !== undefined && numeral.plainInteger && numeral.value > n.value && numeral.value <= SPAN_YEARS.max;
}

/** "#أم2431", "@وزارة2": digits glued to a word after a hash or at sign are a code. */
function code(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  const glued = (n.start - 1) as TokenIndex;
  return glued >= 0 && tokens.isWord(glued) && tokens.end(glued) === tokens.start(n.start) && tokens.isPunct((glued - 1) as TokenIndex, '#@');
}

/** The word before the number, looking past an opening bracket or quotation mark. */
function wordBefore(c: ClaimContext, n: ParsedNumber): TokenIndex {
  const { tokens } = c;
  const before = tokens.previous(n.start);
  if (tokens.isPunct(before, ENCLOSING)) return tokens.previousWord(before);
  // "دور الـ 16": the article written apart belongs to the number.
  if (tokens.isWord(before) && tokens.text(before) === article) return tokens.previousWord(before);
  return tokens.isWord(before) ? before : NO_TOKEN;
}

function afterReferenceWord(c: ClaimContext, n: ParsedNumber): boolean {
  const before = wordBefore(c, n);
  if (before < 0) return false;
  const word = c.tokens.text(before);
  // Behind a conjunction or a preposition: "ودور الـ16"، "بدور الـ 16"، "برقم 5" — a stem of three letters
  // or more: "وهو بسن الـ45" is a man's age, not the age limit of "سن 18".
  const reference = (w: string): boolean =>
    c.lexicon.notFigure.has(w) || stemCandidates(withoutConjunction(w), cliticsButKaf).some((s, i) => (i === 0 || s.length >= MIN_STEM_BEHIND_CLITIC) && c.lexicon.notFigure.has(s));
  if (reference(word)) return true;
  // A name between: "طراز امبراير 190", "رحلة مصر للطيران 804" (an indefinite word that is no noun of the tables).
  const twoBefore = c.tokens.previousWord(before);
  if (twoBefore >= 0 && reference(c.tokens.text(twoBefore)) && !isDefinite(word) && !c.isStopWord(word) && !c.syntax.units.tableUnitAt(c.tokens, before)) return true;
  // A definite number word after the head of a place name is the name: "مدينة الخمس".
  return c.lexicon.placeHeads.has(withoutConjunction(word)) && c.tokens.isWord(n.start) && isDefinite(c.tokens.text(n.start));
}

/** True when a set phrase covers the number: it starts at the number or at the word before it. */
function inIdiom(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens, lexicon } = c;
  for (const k of [n.start, tokens.previousWord(n.start)]) {
    const m = k >= 0 ? lexicon.numberIdioms.matchAt(tokens, k) : null;
    if (m && m.end >= n.end && m.start <= n.start) return true;
  }
  return false;
}

/** "2 - …", "3) …" at the start of a line: a list marker. */
function listMarker(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (!tokens.isNumeral(n.start) || n.end !== n.start + 1) return false;
  const before = (n.start - 1) as TokenIndex;
  const lineStart = n.start === 0 || tokens.hasLineBreak(before) || (before === 0 && tokens.isSpace(before));
  // "10-20" at the start of a line is a range, not the tenth item.
  const mark = tokens.next(n.start);
  return lineStart && tokens.isPunct(mark, LIST_MARKS) && !tokens.isNumeral(tokens.next(mark));
}

/** "( 1 )" with nothing counted after it: a footnote or a reference. */
function footnote(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (!tokens.isNumeral(n.start) || n.end !== n.start + 1) return false;
  const open = tokens.previous(n.start);
  const close = tokens.next(n.start);
  if (!tokens.isPunct(open, '(') || !tokens.isPunct(close, ')')) return false;
  // "(73) مركزا" counts centres; "( 1 )" then the end of the sentence, a particle, a definite word or a new
  // element after و ("مينا (40) وراداميل فالكاو (70)": match minutes) counts nothing.
  const after = tokens.next(close);
  if (after < 0 || !tokens.isWord(after)) return true;
  const word = tokens.text(after);
  return c.isStopWord(word) || isDefinite(word) || (word.length > 2 && conjunctionClitics.includes(word[0]!) && !c.syntax.units.tableUnitAt(tokens, after));
}

/** Number words that follow the noun they count, as adjectives: "شخص واحد", "غرفة واحدة", "قتيلان اثنان". */
const ADJECTIVE_NUMBERS = new Set([1, 2]);

/** True when number `n` is one word for one or two ("واحد", "اثنتان"), which follows the noun it counts. */
export function isAdjectiveNumber(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (n.end !== n.start + 1 || !tokens.isWord(n.start) || !ADJECTIVE_NUMBERS.has(n.value)) return false;
  const reading = tokens.reading(n.start);
  return reading !== null && !reading.definite && reading.senses.some((s) => s.type === 'unit');
}

/**
 * True for a number word with the article and nothing it counts or bounds:
 * "الثلاثة" (the three, a reference back), "الربع" (a quarter of the year, or of
 * something unsaid). "بنحو الثلث" keeps its bound and is a figure.
 */
export function definiteAlone(c: ClaimContext, n: ParsedNumber): boolean {
  const { tokens } = c;
  if (!tokens.isWord(n.start)) return false;
  return tokens.reading(n.start)?.definite === true;
}
