/**
 * Claims written by hand, for the alignment rules that need no extractor to show them: every
 * field a claim has, with the ones a test does not set left empty.
 */
import type { Bound, Claim, ClaimUnit, UnitKind } from '../src/model.js';

let serial = 0;
/** A claim written by hand, for rules the extractor is not needed to show. */
export function claim(value: number | null, unit: string | null, more: Partial<Claim> & { kind?: UnitKind; currency?: string } = {}): Claim {
  const { kind, currency, ...rest } = more;
  const u: ClaimUnit | null = unit === null ? null : { text: unit, lemma: unit, singular: unit, kind: kind ?? 'count', ...(currency ? { currency } : {}) };
  const bound: Bound = more.bound ?? 'exact';
  return {
    id: `c${serial++}`,
    text: `${value ?? ''} ${unit ?? ''}`.trim(),
    span: { start: 0, end: 1 },
    value: bound === 'range' || bound === 'vague' ? null : value,
    min: value,
    max: value,
    bound,
    unit: u,
    subject: null,
    speaker: null,
    predicate: null,
    change: null,
    changeDetail: null,
    modality: 'asserted',
    time: null,
    sentence: { start: 0, end: 1 },
    ...rest,
  };
}
