/**
 * Figures written without a number: a bound phrase before a singular counted
 * noun or a word of a multiple ("أكثر من نقطة" is more than one point, "أكثر من
 * ضعف ما أنتجه" more than twice), and an age written as an ordinal ("طفل في
 * السادسة من العمر" is six years old).
 */
import type { Bound, Claim, ClaimUnit } from '../model.js';
import { opensPhrase } from '../syntax/phrases.js';
import { type TokenIndex } from '../text/coordinates.js';
import { buildClaim } from './build.js';
import type { ClaimContext } from './context.js';
import { readModality } from './modality.js';
import { readPredicate } from './predicate.js';
import { readSpeaker } from './speaker.js';
import { readTime } from './time.js';
import { percentagePoints, unitRef } from './unit.js';


/** Every bounded figure with no number: "أكثر من نقطة", "أكثر من ضعف". */
export function boundedWordClaims(c: ClaimContext): Claim[] {
  const { tokens, lexicon, syntax } = c;
  const out: Claim[] = [];
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    // Bound phrases are a phrase table: a word that opens no phrase opens no bound.
    if (!opensPhrase(tokens, k) || c.isNumberToken(k)) continue;
    const bound = lexicon.boundsBefore.matchAt(tokens, k);
    if (!bound || bound.entry.verb) continue;
    const word = tokens.nextWord((bound.end - 1) as TokenIndex);
    if (word < 0 || c.isNumberToken(word) || c.inTime(word, (word + 1) as TokenIndex)) continue;
    const text = tokens.text(word);
    const multiple = lexicon.multipleWords.get(text);
    const unit = multiple ? null : syntax.units.tableUnitAt(tokens, word);
    // The singular itself ("نقطة", not "نقاط" or "نقطتين"): one of the noun.
    const single = unit && unit.kind === 'count' && unit.end === word + 1 && text === unit.lemma ? unit : null;
    if (!multiple && !single) continue;
    const value = multiple ? multiple.value : 1;
    const claimUnit: ClaimUnit = single
      ? percentagePoints(c, k, unitRef(c, single, false))
      : { text: c.textOf(c.span(word, (word + 1) as TokenIndex)), lemma: text, singular: multiple!.phrase, kind: 'fraction' };
    out.push(wordClaim(c, k, (word + 1) as TokenIndex, value, bound.entry.bound, claimUnit, bound.clitic));
    k = word;
  }
  return out;
}

/** An exact or bounded claim over `[start, end)` whose figure is a word. */
export function wordClaim(c: ClaimContext, start: TokenIndex, end: TokenIndex, value: number, bound: Bound, unit: ClaimUnit | null, skip = 0): Claim {
  const span = c.span(start, end, skip);
  const sentence = c.sentenceAround(start);
  const lower = bound === 'moreThan' || bound === 'atLeast';
  const upper = bound === 'lessThan' || bound === 'atMost';
  return buildClaim({
    span,
    text: c.textOf(span),
    value,
    min: upper ? null : value,
    max: lower ? null : value,
    bound,
    unit,
    subject: null,
    speaker: readSpeaker(c, start, end),
    predicate: readPredicate(c, start, end)?.entry ?? null,
    changeDetail: null,
    modality: readModality(c, start),
    time: readTime(c, start, end),
    sentence: c.span(sentence.start, sentence.end),
  });
}

/**
 * "طفل في السادسة من العمر": an ordinal, من and a word of age is a person's age.
 * Returns the token of the word of age, or -1.
 */
export function ordinalAgeAt(c: ClaimContext, start: TokenIndex, end: TokenIndex): TokenIndex {
  const { tokens, lexicon } = c;
  const of = tokens.nextWord((end - 1) as TokenIndex);
  if (of < 0 || !c.lexicon.links.of.has(tokens.text(of))) return (-1) as TokenIndex;
  const cue = tokens.nextWord(of);
  return cue >= 0 && lexicon.ageCues.has(tokens, cue) && start >= 0 ? cue : ((-1) as TokenIndex);
}
