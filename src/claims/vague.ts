/**
 * Vague quantities with something counted after them: "عشرات الآلاف من
 * المدنيين", "مئات الأشخاص". The word gives the interval; there is no point value.
 */
import type { Claim } from '../model.js';
import { entityRef } from '../syntax/noun-phrase.js';
import { tokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { buildClaim } from './build.js';
import type { ClaimContext } from './context.js';
import { readModality } from './modality.js';
import { readPredicate } from './predicate.js';
import { readSpeaker } from './speaker.js';
import { ownerOfUnit } from './subject/owner-after.js';
import { readTime } from './time.js';
import { unitRef } from './unit.js';

const MIN = foldWord('من');

/** Every vague claim of the text, in reading order. */
export function vagueClaims(c: ClaimContext): Claim[] {
  const { tokens, lexicon, syntax } = c;
  const out: Claim[] = [];
  for (let k = tokenIndex(0); k < tokens.length; k++) {
    if (!tokens.isWord(k) || c.isNumberToken(k)) continue;
    const m = lexicon.vague.matchAt(tokens, k);
    if (!m) continue;
    // "مئات الأشخاص" (construct with a definite noun) or "عشرات الآلاف من المدنيين" (partitive).
    const head = tokens.nextWord(tokenIndex(m.end - 1));
    const partitive = head >= 0 && tokens.text(head) === MIN;
    const unit = syntax.units.tableUnitAt(tokens, partitive ? tokens.nextWord(head) : head, true);
    // "بضعة أسابيع" is a duration, not a figure.
    if (!unit || c.inTime(unit.start, unit.end) || lexicon.dates.durationUnit.has(tokens.text(tokenIndex(unit.end - 1)))) continue;
    const span = c.span(k, unit.end);
    const owner = ownerOfUnit(c, unit, false);
    out.push(
      buildClaim({
        span,
        text: c.textOf(span),
        value: null,
        min: m.entry.min,
        max: m.entry.max,
        bound: 'vague',
        unit: unitRef(c, unit, false),
        subject: owner ? entityRef(tokens, syntax, owner) : null,
        speaker: readSpeaker(c, k, unit.end),
        predicate: readPredicate(c, k, unit.end)?.entry ?? null,
        changeDetail: null,
        modality: readModality(c, k),
        time: readTime(c, k, unit.end),
        sentence: c.span(c.sentenceAround(k).start, c.sentenceAround(k).end),
      }),
    );
    k = unit.end;
  }
  return out;
}
