import type { TimeExpression } from '../dates/expression.js';
import type { TimeScope } from '../model.js';
import type { TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';

/**
 * The time slot: the time expression of the claim's sentence nearest to it
 * (times of day excluded), resolved to the period it names.
 */
export function readTime(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeScope | null {
  const sentenceIndex = c.sentenceOf(start);
  const sentence = c.structure.sentences[sentenceIndex]!;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of c.timesOfSentence(sentenceIndex)) {
    if (t.kind === 'time' || t.end <= sentence.start || t.start >= sentence.end) continue;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance >= 0 && distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (!best) return null;
  const span = c.span(best.start, best.end);
  return {
    text: c.textOf(span),
    span,
    ...(best.from !== undefined ? { start: best.from } : {}),
    ...(best.to !== undefined ? { end: best.to } : {}),
  };
}
