/**
 * Figures of nothing: a text that says there were no dead states a figure of
 * 0, denied — "أكدت السلطات عدم وجود قتلى", "ليس هناك قتلى", "لم تسجل حتى الآن
 * أي حالة وفاة". The counted noun must be a unit of the tables: "ليس هناك شك"
 * counts nothing.
 */
import type { Claim } from '../model.js';
import type { UnitReading } from '../syntax/units.js';
import { opensPhrase } from '../syntax/phrases.js';
import { isDefinite } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import { buildClaim } from './build.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';
import { readPredicate } from './predicate.js';
import { readSpeaker } from './speaker.js';
import { readTime } from './time.js';
import { unitRef } from './unit.js';

/** Most words between a phrase of none and its noun: "ليس هناك على ما يبدو أشخاص". */
const NONE_GAP_WORDS = 4;

/** Every figure of nothing in the text, in reading order. */
export function zeroClaims(c: ClaimContext): Claim[] {
  const { tokens, lexicon } = c;
  const out: Claim[] = [];
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    // Phrases of none and words of any are phrase tables: a word that opens no phrase is neither.
    if (!opensPhrase(tokens, k)) continue;
    const none = lexicon.nonePhrases.matchAt(tokens, k);
    if (none) {
      const unit = countedAfter(c, none.end, NONE_GAP_WORDS);
      if (unit) {
        out.push(zeroClaim(c, k, unit, none.clitic));
        k = ((unit.end - 1) as TokenIndex);
      }
      continue;
    }
    // "لم تسجل أي حالة وفاة": any, after a negation.
    const any = lexicon.anyWords.matchAt(tokens, k);
    if (!any) continue;
    const unit = countedAfter(c, any.end, 0);
    // "لم يشاهد أي فرد منهم": none of a group already counted, no figure of its own.
    const partOf = unit ? lexicon.elisionAfter.has(tokens, tokens.nextWord((unit.end - 1) as TokenIndex)) : false;
    if (unit && !partOf && negatedBefore(c, k)) {
      out.push(zeroClaim(c, k, unit, any.clitic));
      k = ((unit.end - 1) as TokenIndex);
    }
  }
  return out;
}

/** Most words between a negation and the "any" it governs: "لم تسجل حتى الآن أي حالة". */
const NEGATION_GAP_WORDS = 3;

/** True when a negation (لم، لا، ليس، نفى …) stands a few words before `k` in its sentence. */
function negatedBefore(c: ClaimContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = c;
  const sentence = c.sentenceOf(k);
  let j = tokens.previous(k);
  for (let words = 0; j >= 0 && words <= NEGATION_GAP_WORDS && k - j <= SEARCH_REACH && c.sentenceOf(j) === sentence; j = tokens.previous(j)) {
    if (!tokens.isWord(j)) continue;
    if (lexicon.modalityCues.matchEndingAt(tokens, j)?.entry.modality === 'denied') return true;
    words++;
  }
  return false;
}

/** The indefinite table count noun within `gap` words after token `from` in its sentence, or null. */
function countedAfter(c: ClaimContext, from: TokenIndex, gap: number): UnitReading | null {
  const { tokens, syntax } = c;
  const sentence = c.sentenceOf((from - 1) as TokenIndex);
  let k = tokens.nextWord((from - 1) as TokenIndex);
  for (let words = 0; k >= 0 && words <= gap && c.sentenceOf(k) === sentence; words++, k = tokens.nextWord(k)) {
    if (c.isNumberToken(k)) return null;
    const unit = syntax.units.tableUnitAt(tokens, k);
    if (unit) return unit.kind === 'count' && !isDefinite(tokens.text(k)) && !c.inTime(unit.start, unit.end) ? unit : null;
  }
  return null;
}

function zeroClaim(c: ClaimContext, start: TokenIndex, unit: UnitReading, clitic: number): Claim {
  const span = c.span(start, unit.end, clitic);
  const sentence = c.sentenceAround(start);
  return buildClaim({
    span,
    text: c.textOf(span),
    value: 0,
    min: 0,
    max: 0,
    bound: 'exact',
    unit: unitRef(c, unit, false),
    subject: null,
    speaker: readSpeaker(c, start, unit.end),
    predicate: readPredicate(c, start, unit.end)?.entry ?? null,
    changeDetail: null,
    modality: 'denied',
    time: readTime(c, start, unit.end),
    sentence: c.span(sentence.start, sentence.end),
  });
}
