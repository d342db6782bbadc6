/**
 * Figures that are not counts: the two sides of a match score, a rank, a
 * person's age. Each reads a shape of its own and builds its claims with the
 * same slot rules as the rest.
 */
import type { ClaimUnit } from '../model.js';
import type { ParsedNumber } from '../numbers/grammar.js';
import { conjunctionAnd, isDefinite, withoutArticle, withoutCliticsBeforeArticle } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { PhraseTable } from '../syntax/phrases.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';

/** Most words between a score cue and the score: "بفوزها على بولندا 3-0", "خسارتها المباراة الأولى أمام اليابان 1-2". */
const SCORE_CUE_WORDS = 12;
/** The largest number a side of a match score shows; "10-20" is a range. */
const SCORE_MAX = 20;
/** Signs between the two sides of a score. */
const SCORE_SIGNS = '-:–';

/** A score's two sides: the numbers, and the unit both count. */
export interface ScoreReading {
  readonly first: ParsedNumber;
  readonly second: ParsedNumber;
}

/**
 * "فاز 3-1", "بنتيجة 2:2", "1 - صفر": two numerals (or صفر) joined by a dash or colon, with a word of
 * a match before them in the sentence, are the two sides of a score — two
 * figures, not a range from 1 to 3.
 */
export function scoreAt(c: ClaimContext, i: number): ScoreReading | null {
  const { tokens } = c;
  const n = c.numbers[i]!;
  const m = c.numbers[i + 1];
  if (!m || !scoreSide(c, n)) return null;
  const sign = tokens.next(n.start);
  // "هزم مصر 3 -1": the dash glued to the second side was read as its minus, one numeral "-1".
  const glued = sign === m.start && m.value < 0 && SCORE_SIGNS.includes(tokens.text(sign)[0]!);
  if (!glued && (!tokens.isPunct(sign, SCORE_SIGNS) || tokens.next(sign) !== m.start)) return null;
  const second = glued ? { ...m, value: -m.value } : m;
  if (!scoreSide(c, second) || n.value > SCORE_MAX || second.value > SCORE_MAX || !Number.isInteger(n.value) || !Number.isInteger(second.value)) return null;
  return matchCueBefore(c, n.start) ? { first: n, second } : null;
}

/** A possessive pronoun after a noun or a verb's object: "فوزه", "تغلبها", "سجلهما". */
const POSSESSIVE = /(?:هما|ها|ه)$/u;

/** A word of `words` behind the article or before a possessive: "بعد الفوز 3-0", "إثر تغلبه على مضيفه 4-1". */
function cueWord(words: ReadonlySet<string>, word: string): boolean {
  const bare = withoutArticle(word);
  return words.has(bare) || (POSSESSIVE.test(bare) && words.has(bare.replace(POSSESSIVE, '')));
}

/**
 * True when a cue stands in the sentence within {@link SCORE_CUE_WORDS} words before token `k`: a word
 * of `words` (behind the article or before a possessive) or a phrase of `phrases`.
 */
function cueBefore(c: ClaimContext, k: TokenIndex, words: ReadonlySet<string>, phrases: PhraseTable<string> | null): boolean {
  const { tokens } = c;
  const sentence = c.sentenceOf(k);
  for (let j = (k - 1) as TokenIndex, seen = 0; j >= 0 && j >= k - SEARCH_REACH && seen < SCORE_CUE_WORDS && c.sentenceOf(j) === sentence; j--) {
    if (!tokens.isWord(j)) continue;
    seen++;
    if (cueWord(words, tokens.text(j)) || phrases?.has(tokens, j)) return true;
  }
  return false;
}

/** True when a word of a match stands in the sentence before token `k`: "فاز 3-1", "خلال الفوز 3-0". */
export function matchCueBefore(c: ClaimContext, k: TokenIndex): boolean {
  return cueBefore(c, k, c.lexicon.scoreCueWords, c.lexicon.scoreCues);
}

/** True when a word of scoring stands in the sentence before token `k`: "سجلها الحدادي (51 و73)". */
export function goalCueBefore(c: ClaimContext, k: TokenIndex): boolean {
  return cueBefore(c, k, c.lexicon.goalCueWords, null);
}

/** A side of a score: one numeral, or the word for nothing ("صفر-4", "1 - صفر", "صفر-صفر"). */
function scoreSide(c: ClaimContext, n: ParsedNumber): boolean {
  return n.end === n.start + 1 && (c.tokens.isNumeral(n.start) || (n.value === 0 && c.tokens.isWord(n.start)));
}

/**
 * The unit of one side of a score, written at word `k` less `skip` letters of a glued clitic,
 * read as the score noun of `kindUnits` (هدف); none when the table names none.
 */
export function scoreUnit(c: ClaimContext, k: TokenIndex, skip = 0): ClaimUnit | null {
  const goal = c.lexicon.kindUnits.get('score');
  if (!goal) return null;
  // "برباعية": the unit is written as the claim is, without the glued ب.
  const text = c.textOf(c.span(k, (k + 1) as TokenIndex, skip));
  return { text, lemma: goal.lemma, singular: goal.singular, kind: 'score' };
}

/**
 * "المركز الثالث", "بالمرتبة الأولى", "للمركز الثاني" (ل before the article is
 * written لل), "إعصار من الدرجة الرابعة": an ordinal after a rank head is a
 * rank. Returns the head, or -1.
 */
export function rankHeadBefore(c: ClaimContext, n: ParsedNumber): TokenIndex {
  if (n.kind !== 'ordinal') return (-1) as TokenIndex;
  const { tokens, lexicon } = c;
  const head = tokens.previousWord(n.start);
  if (head < 0) return (-1) as TokenIndex;
  if (lexicon.rankHeads.has(tokens, head) || lexicon.rankHeadWords.has(withoutCliticsBeforeArticle(tokens.text(head)))) return head;
  // "من الدرجة الرابعة", "والدرجة الخامسة": a category after من or a glued و.
  const word = tokens.text(head);
  if (lexicon.categoryHeads.has(word)) return lexicon.links.of.has(tokens.text(tokens.previousWord(head))) ? head : ((-1) as TokenIndex);
  return word.startsWith(AND) && lexicon.categoryHeads.has(word.slice(1)) ? head : ((-1) as TokenIndex);
}

const AND = conjunctionAnd;

/**
 * A person's age: a number of years in brackets ("جون سميث (45 عاماً)"), or
 * after a word of age ("البالغ من العمر 45 عاماً", "عمره 45 عاماً"). Returns the
 * token of the noun of years, or -1. An age limit in a rule ("سن الـ18") has no
 * noun of years and is not read here.
 */
export function ageNounAfter(c: ClaimContext, n: ParsedNumber): TokenIndex {
  const { tokens, lexicon } = c;
  // "رونالدو 33) عاما)": brackets printed mirrored, as text copied from right-to-left layout often has them.
  const close = tokens.next((n.end - 1) as TokenIndex);
  const mirrored = close >= 0 && tokens.isPunct(close, ')') && !tokens.isPunct(tokens.previous(n.start), '(');
  const noun = mirrored ? tokens.nextWord(close) : tokens.nextWord((n.end - 1) as TokenIndex);
  if (noun < 0 || lexicon.dates.durationUnit.get(tokens.text(noun)) !== 'year') return (-1) as TokenIndex;
  if (mirrored) return tokens.isPunct(tokens.next(noun), '()') ? noun : ((-1) as TokenIndex);
  const before = tokens.previous(n.start);
  const bracketed = tokens.isPunct(before, '(') && tokens.isPunct(tokens.next(noun), ')');
  let cue = false;
  for (let k = before, words = 0; k >= 0 && words < 3 && !cue; k = tokens.previous(k)) {
    if (!tokens.isWord(k)) break;
    words++;
    cue = lexicon.ageCues.has(tokens, k);
  }
  return bracketed || cue ? noun : ((-1) as TokenIndex);
}

/**
 * "هدفه رقم 23", "الهدف رقم 20", "للنقطة رقم 57": a counted noun, رقم, and a
 * number — the goal or point that makes so many, a count of that noun. Returns
 * the noun's unit and token, or null ("المادة رقم 5" is a reference: مادة counts
 * nothing).
 */
export function serialHeadBefore(c: ClaimContext, n: ParsedNumber): { unit: ClaimUnit; head: TokenIndex } | null {
  const { tokens, lexicon, syntax } = c;
  const marker = tokens.previousWord(n.start);
  if (marker < 0 || !lexicon.serialMarkers.has(tokens, marker)) return null;
  const head = tokens.previousWord(marker);
  const unit = head >= 0 ? syntax.units.tableUnitAt(tokens, head, true) : null;
  if (!unit || !lexicon.serialUnits.has(unit.lemma) || tokens.nextWord((unit.end - 1) as TokenIndex) !== marker) return null;
  return { unit: { text: c.textOf(c.span(head, unit.end)), lemma: unit.lemma, singular: unit.singular, kind: 'count' }, head };
}

/**
 * A rank written with a superlative or a scope, with no head noun: "ثاني أفضل
 * هداف", "أقوى ثالث إعصار" (an ordinal beside a superlative of the form أفعل,
 * before a noun), "الأولى أوروبيا" (an ordinal and where the rank holds).
 * Returns the tokens of the claim and the noun ranked, or null.
 */
export function rankByShape(c: ClaimContext, n: ParsedNumber): { start: TokenIndex; end: TokenIndex; noun: TokenIndex } | null {
  if (n.kind !== 'ordinal') return null;
  const { tokens, lexicon } = c;
  const after = tokens.nextWord((n.end - 1) as TokenIndex);
  if (after >= 0 && lexicon.rankScopes.has(tokens, after)) return { start: n.start, end: (after + 1) as TokenIndex, noun: (-1) as TokenIndex };
  // "ثاني أفضل هداف": ordinal, superlative, noun.
  if (after >= 0 && superlative(c, after)) {
    const noun = tokens.nextWord(after);
    if (noun >= 0 && rankedNoun(c, noun)) return { start: n.start, end: (noun + 1) as TokenIndex, noun };
  }
  // "أقوى ثالث إعصار": superlative, ordinal, noun.
  const before = tokens.previousWord(n.start);
  if (before >= 0 && superlative(c, before) && after >= 0 && rankedNoun(c, after)) return { start: before, end: (after + 1) as TokenIndex, noun: after };
  return null;
}

/** A superlative of the form أفعل, folded: افضل، اكبر، اقوي (four letters after أ, no number word or particle). */
const SUPERLATIVE = /^ا\p{L}{3}$/u;

function superlative(c: ClaimContext, k: TokenIndex): boolean {
  const word = c.tokens.text(k);
  return SUPERLATIVE.test(word) && !c.isStopWord(word) && c.tokens.reading(k) === null && !c.isNumberToken(k);
}

/** An indefinite noun a rank may be of: "هداف", "إعصار". */
function rankedNoun(c: ClaimContext, k: TokenIndex): boolean {
  const word = c.tokens.text(k);
  return word.length >= 3 && !c.isStopWord(word) && !c.isNumberToken(k) && !isDefinite(word) && !c.tokens.isForeign(k);
}
