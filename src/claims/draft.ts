import type { Bound, ClaimUnit } from '../model.js';
import type { ParsedNumber } from '../numbers/grammar.js';
import type { PredicateEntry } from '../syntax/lexicon/predicates.js';
import type { UnitReading } from '../syntax/units.js';
import type { TokenIndex, TokenRange } from '../text/coordinates.js';

/** A range read at a number: "بين 15 و20 ألف", "من 10 إلى 20", "10-20". */
export interface RangeReading {
  /** Where the range starts: its opener (بين) or its first number. */
  readonly start: TokenIndex;
  /** The number of the second end. */
  readonly second: ParsedNumber;
  readonly low: number;
  readonly high: number;
}

/** The predicate of a claim and where it stands. */
export interface PredicateReading {
  readonly entry: PredicateEntry;
  readonly at: TokenIndex;
}

/**
 * A claim while its slots are read, one rule after another: the figure and its
 * range, the unit, the subject, the bound, the predicate. Each slot rule reads
 * the context and fills its fields; `buildClaim` turns the draft into a Claim.
 */
export interface ClaimDraft {
  /** The number the claim is read at (the first end of a range). */
  readonly number: ParsedNumber;
  /** The last number of the claim: the second end of a range, else `number`. */
  last: ParsedNumber;
  range: RangeReading | null;
  /** Tokens the claim covers so far. */
  start: TokenIndex;
  end: TokenIndex;
  /** Shadow characters of a glued conjunction at `start` that stay out of the claim ("وأكثر من"). */
  cliticSkip: number;
  bound: Bound;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The unit read after (or before) the figure. */
  unit: UnitReading | null;
  /** True when the unit follows a partitive من: "13 من كبار مساعديه". */
  partitive: boolean;
  /** The unit as the claim reports it (a fraction names its own unit). */
  unitRef: ClaimUnit | null;
  /** Whose quantity it is. */
  subject: TokenRange | null;
  predicate: PredicateReading | null;
}

/** A fresh draft for the figure at `number`. */
export function draftAt(number: ParsedNumber): ClaimDraft {
  return {
    number,
    last: number,
    range: null,
    start: number.start,
    end: number.end,
    cliticSkip: 0,
    bound: 'exact',
    value: number.value,
    min: number.value,
    max: number.value,
    unit: null,
    partitive: false,
    unitRef: null,
    subject: null,
    predicate: null,
  };
}

/** True when the draft's figure is a fraction standing alone ("ثلث", "ثلاثة أرباع"), not a range. */
export function isFraction(draft: ClaimDraft): boolean {
  return draft.number.kind === 'fraction' && draft.range === null;
}
