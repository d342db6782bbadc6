/**
 * Refiners run after the recognizers, in this order, over all expressions of a
 * text: each merges, widens or drops expressions, and each is linear in their
 * number.
 */
import type { TimeExpression } from '../expression.js';
import type { DateContext } from '../recognizers/context.js';
import { mergeSameMoment } from './merge-same-moment.js';
import { dropOverlapped } from './drop-overlapped.js';
import { openPeriods } from './open-periods.js';

/** A pass over the expressions of a text. */
export interface TimeRefiner {
  /** What it does, for debugging and tests. */
  readonly name: string;
  refine(context: DateContext, expressions: readonly TimeExpression[]): TimeExpression[];
}

export const timeRefiners: readonly TimeRefiner[] = [mergeSameMoment, openPeriods, dropOverlapped];
