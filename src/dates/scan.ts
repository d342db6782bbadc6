/**
 * Scanning a document for time expressions: the recognizers at each position,
 * then the refiners over what they found.
 */
import type { TextDocument } from '../numbers/document.js';
import { tokenIndex, type TokenIndex } from '../text/coordinates.js';
import { isoDay } from './calendar.js';
import type { TimeExpression } from './expression.js';
import type { DatesLexicon } from './lexicon.js';
import type { DateContext } from './recognizers/context.js';
import { timeRecognizers } from './recognizers/index.js';
import { timeRefiners } from './refiners/index.js';

/**
 * The time expressions of tokens `[0, endToken)`, resolved against `reference`.
 * Linear: each recognizer does constant work at a position, and a position
 * inside an expression already read is not tried again.
 */
export function scanTimes(document: TextDocument, lexicon: DatesLexicon, reference: Date | undefined, endToken: number = document.tokens.length): TimeExpression[] {
  const { tokens } = document;
  const context: DateContext = { document, tokens, lexicon, reference };
  const found: TimeExpression[] = [];
  let k = tokenIndex(0);
  while (k < endToken) {
    const t = tokens.type(k);
    if (t !== 'word' && t !== 'numeral' && t !== 'rejected') {
      k++;
      continue;
    }
    const expression = recognizeAt(context, k);
    if (expression) {
      found.push(expression);
      k = expression.end;
    } else k++;
  }
  return timeRefiners.reduce<TimeExpression[]>((all, refiner) => refiner.refine(context, all), found);
}

function recognizeAt(context: DateContext, k: TokenIndex): TimeExpression | null {
  for (const recognizer of timeRecognizers) {
    const e = recognizer.read(context, k);
    if (e) return e;
  }
  return null;
}

/** The time expressions of a whole document, resolved against `reference`, computed once per document and reference. */
export function timesOf(document: TextDocument, lexicon: DatesLexicon, reference: Date | undefined): readonly TimeExpression[] {
  const byReference = document.analysis(lexicon.timesKey, () => new Map<string, readonly TimeExpression[]>());
  const key = reference ? isoDay(reference) : '';
  let times = byReference.get(key);
  if (times === undefined) {
    times = scanTimes(document, lexicon, reference);
    byReference.set(key, times);
  }
  return times;
}
