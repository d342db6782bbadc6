import type { Bound, ChangeDetail, Claim, ClaimUnit, EntityRef, Modality, TimeScope } from '../model.js';
import type { PredicateEntry } from '../syntax/lexicon/predicates.js';
import type { Span } from '../text/coordinates.js';

/** Everything a claim says, in the caller's coordinates. */
export interface ClaimParts {
  readonly span: Span;
  readonly text: string;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly bound: Bound;
  readonly unit: ClaimUnit | null;
  readonly subject: EntityRef | null;
  readonly speaker: EntityRef | null;
  readonly predicate: PredicateEntry | null;
  readonly changeDetail: ChangeDetail | null;
  readonly modality: Modality;
  readonly time: TimeScope | null;
  readonly sentence: Span;
}

/** The one place a Claim is made: its id from its span, every field in the model's order. */
export function buildClaim(parts: ClaimParts): Claim {
  return {
    id: `c${parts.span.start}-${parts.span.end}`,
    text: parts.text,
    span: parts.span,
    value: parts.value,
    min: parts.min,
    max: parts.max,
    bound: parts.bound,
    unit: parts.unit,
    subject: parts.subject,
    speaker: parts.speaker,
    predicate: parts.predicate?.stem ?? null,
    change: parts.predicate?.change ?? null,
    changeDetail: parts.changeDetail,
    modality: parts.modality,
    time: parts.time,
    sentence: parts.sentence,
  };
}
