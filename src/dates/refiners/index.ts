/**
 * Refiners run after the recognizers, in this order, over all expressions of a
 * text: each drops, merges, widens or resolves expressions, and each is linear
 * in their number (it looks at an expression and its neighbours only).
 */
import type { TimeExpression } from '../expression.js';
import type { DateContext } from '../recognizers/context.js';
import { anchorTimes } from './anchor-times.js';
import { dropOverlapped } from './drop-overlapped.js';
import { dropPartial } from './drop-partial.js';
import { followWeekdays } from './follow-weekdays.js';
import { composeShares } from './compose-shares.js';
import { narrowParts } from './narrow-parts.js';
import { joinRanges } from './join-ranges.js';
import { openPeriods } from './open-periods.js';
import { mergeSameMoment } from './merge-same-moment.js';
import { markBaselines } from './mark-baselines.js';
import { resolveAnaphora, resolveAnaphoricWholes } from './resolve-anaphora.js';
import { dropAges } from './drop-ages.js';

/** A pass over the expressions of a text. */
export interface TimeRefiner {
  /** What it does, for debugging and tests. */
  readonly name: string;
  refine(context: DateContext, expressions: readonly TimeExpression[]): TimeExpression[];
}

export const timeRefiners: readonly TimeRefiner[] = [
  dropAges,
  mergeSameMoment,
  followWeekdays,
  resolveAnaphoricWholes,
  composeShares,
  narrowParts,
  joinRanges,
  openPeriods,
  resolveAnaphora,
  anchorTimes,
  markBaselines,
  dropPartial,
  dropOverlapped,
];
