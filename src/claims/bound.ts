/**
 * The bound slot: the words or sign before a figure ("أكثر من 3000", "> 30")
 * and the words after it and its unit ("3000 مقاتل على الأقل") that say what
 * interval the figure asserts.
 */
import type { Bound } from '../model.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './draft.js';
import { boundInterval, minMaxOf } from './interval.js';

/** Reads the bound around a single figure (a range has its own) and sets the claim's interval. */
export function readBound(c: ClaimContext, d: ClaimDraft): void {
  if (d.range) return;
  const { tokens, lexicon } = c;
  const previous = tokens.previousWord(d.number.start);
  // "فوق مستوى 4%"، "دون حاجز 100 دولار": a noun of level between the bound and its figure.
  const before =
    lexicon.boundsBefore.matchEndingAt(tokens, previous) ??
    (previous >= 0 && lexicon.boundLevelNouns.has(tokens.text(previous)) ? lexicon.boundsBefore.matchEndingAt(tokens, tokens.previousWord(previous)) : null);
  // A verb with its subject between ("تجاوز عدد الضحايا 50 شخصاً") bounds the figure; the claim still starts at the number.
  const verb = before ? null : boundVerbBefore(c, d.number.start);
  if (before) {
    d.bound = before.entry.bound;
    d.start = before.start;
    d.cliticSkip = before.clitic;
  } else if (verb) {
    d.bound = verb;
  } else {
    const symbol = symbolBefore(c, d.number.start);
    if (symbol) {
      d.bound = symbol.bound;
      d.start = symbol.start;
    }
  }
  // A bound after the unit agrees with one before, or stands alone: "3000 مقاتل على الأقل".
  const after = lexicon.boundsAfter.matchAt(tokens, tokens.nextWord((d.end - 1) as TokenIndex));
  // A verb's bound turns on a negation it may not carry ("لم تكن تتعدى ثلاثة في المئة على الأكثر"): the phrase after says it outright.
  const byVerb = verb !== null || before?.entry.verb === true;
  if (after && (d.bound === 'exact' || d.bound === after.entry.bound || (byVerb && after.entry.bound !== 'exact'))) {
    d.bound = after.entry.bound;
    d.end = after.end;
  }
  const { min, max } = minMaxOf(boundInterval(d.bound, d.number.value));
  d.min = min;
  d.max = max;
}

/**
 * The bound of an age, which its own shape reads (no unit slot): a bound phrase right before the number
 * ("أكثر من 60 عاما") or a bound verb with the owner between ("ألا يتجاوز عمر المتقدم 33 سنة"، "لا
 * يتجاوز عمره 40 سنة" → atMost). Null for an exact age. `start` is where the claim starts: the phrase,
 * or the number after a verb and its subject.
 */
export function ageBound(c: ClaimContext, numberStart: TokenIndex): { bound: Bound; start: TokenIndex; cliticSkip: number } | null {
  const before = c.lexicon.boundsBefore.matchEndingAt(c.tokens, c.tokens.previousWord(numberStart));
  if (before) return { bound: before.entry.bound, start: before.start, cliticSkip: before.clitic };
  const verb = boundVerbBefore(c, numberStart);
  return verb ? { bound: verb, start: numberStart, cliticSkip: 0 } : null;
}

/** Most words of a subject between a bound verb and its number: "تجاوز عدد الضحايا في المدينة 50". */
const SUBJECT_WORDS = 4;

/**
 * A bound verb with its subject between it and the number: "تجاوز عدد الضحايا 50
 * شخصاً", "ستتجاوز الحرارة الأحد 35 درجة". Reads back over the subject's words
 * (no punctuation, no other number) to a verb of the bound table.
 */
function boundVerbBefore(c: ClaimContext, numberStart: TokenIndex): Bound | null {
  const { tokens, lexicon } = c;
  let k = tokens.previousWord(numberStart);
  // A preposition right before the figure takes it: the verb must be one of that preposition ("يزيد
  // عدد سكانها على 300 ألف"), not a verb of an object ("وتعدى المستوطنون على 50 دونما").
  if (k >= 0 && c.isStopWord(tokens.text(k))) return verbOfPrepositionBefore(c, k);
  for (let words = 0; k >= 0 && words < SUBJECT_WORDS; words++) {
    if (c.isNumberToken(k)) return null;
    k = tokens.previousWord(k);
    if (k < 0) return null;
    const m = lexicon.boundsBefore.matchEndingAt(tokens, k);
    if (m) return m.entry.verb ? m.entry.bound : null;
  }
  return null;
}

/**
 * A bound verb of preposition `preposition` with its subject between: "التي يزيد عدد سكانها على 300
 * ألف" (more than), "لم يزد عدد القتلى عن 20" (at most). Reads back over at most {@link SUBJECT_WORDS}
 * words of the subject (no other number) to the verb.
 */
function verbOfPrepositionBefore(c: ClaimContext, preposition: TokenIndex): Bound | null {
  const { tokens, lexicon } = c;
  let k = tokens.previousWord(preposition);
  for (let words = 0; k >= 0 && words < SUBJECT_WORDS; words++) {
    if (c.isNumberToken(k)) return null;
    k = tokens.previousWord(k);
    if (k < 0) return null;
    const m = lexicon.boundVerbsBeforePreposition.matchEndingAt(tokens, k);
    if (m) return m.entry.prepositions.has(tokens.text(preposition)) ? m.entry.bound : null;
  }
  return null;
}

/** A comparison sign right before the number ("> 30", ">=30", "≤ 5"), with where it starts. */
function symbolBefore(c: ClaimContext, numberStart: TokenIndex): { bound: Bound; start: TokenIndex } | null {
  const { tokens, lexicon } = c;
  const k = tokens.previous(numberStart);
  if (!tokens.isPunct(k)) return null;
  // Two-character signs are two punctuation tokens: "<" then "=".
  const first = (k - 1) as TokenIndex;
  if (tokens.isPunct(first) && tokens.end(first) === tokens.start(k)) {
    const two = lexicon.boundSymbols.get(tokens.text(first) + tokens.text(k));
    if (two) return { bound: two.bound, start: first };
  }
  const one = lexicon.boundSymbols.get(tokens.text(k));
  return one ? { bound: one.bound, start: k } : null;
}
