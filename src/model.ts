import type { Span } from './text/shadow.js';

/**
 * How a claim bounds its figure.
 *
 * | bound | written | interval |
 * |---|---|---|
 * | `exact` | 801 مدنياً | [v, v] |
 * | `approximate` | نحو 3500، حوالي، قرابة | [v, v], to be read loosely |
 * | `atLeast` | ما لا يقل عن 801، 801 على الأقل | [v, ∞) |
 * | `atMost` | ما لا يزيد على، لا يتجاوز، حتى | (−∞, v] |
 * | `moreThan` | أكثر من 4.5 مليون، ما يزيد على | (v, ∞) |
 * | `lessThan` | أقل من 3000، ما يقل عن | (−∞, v) |
 * | `range` | بين 15 و20 ألف | [min, max], no point value |
 * | `vague` | عشرات الآلاف، بضعة | [min, max] of the word, no point value |
 */
export type Bound = 'exact' | 'approximate' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'range' | 'vague';

/** What kind of thing a unit measures. */
export type UnitKind = 'count' | 'area' | 'length' | 'mass' | 'volume' | 'currency' | 'percent' | 'fraction';

/** What is counted or measured. */
export interface ClaimUnit {
  /** The unit as written: "مقاتلاً", "كيلومتر مربع", "%". */
  text: string;
  /** Its singular, folded form: مقاتل، كيلومتر مربع، دولار. */
  lemma: string;
  /** What it measures. */
  kind: UnitKind;
  /** ISO 4217 code for currencies ("USD"). */
  currency?: string;
}

/** A mention of a person, body or place in the text. */
export interface EntityRef {
  /** The mention as written. */
  text: string;
  /** Where it is: `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** The entity key of the mention: `normalizeEntityName(text)`, equal for every spelling of one entity. */
  name: string;
}

/** The period a claim covers. */
export interface TimeScope {
  /** The time expression as written: "بين آب/ أغسطس 2014 وتشرين الأول/ أكتوبر 2017". */
  text: string;
  /** Where it is. */
  span: Span;
  /** First day, month or year covered: "2014-08". */
  start?: string;
  /** Last day, month or year covered: "2017-10". */
  end?: string;
  /**
   * True for a running total up to `end` ("حتى الآن"، "حتى 10 مارس"، "منذ بداية
   * العام"): the figure counts everything up to then, not what happened on that day.
   */
  cumulative?: boolean;
}

/** A quantitative claim: a figure, its bound, what it counts, whose, who says so, when and where in the text. */
export interface Claim {
  /** Stable identifier: the same input gives the same ids. */
  id: string;
  /** The whole quantity expression as written, bound words and unit included: "ما لا يقل عن 801 مدنياً". */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** The point value; null for `range` and `vague`. */
  value: number | null;
  /** Lower end of the interval the claim asserts; null when open. */
  min: number | null;
  /** Upper end of the interval the claim asserts; null when open. */
  max: number | null;
  /** How the figure is bounded. */
  bound: Bound;
  /** What is counted or measured, or null when the text does not say. */
  unit: ClaimUnit | null;
  /** Whose quantity it is: داعش in "3000 مقاتل من داعش". */
  subject: EntityRef | null;
  /** Who asserts it: a named person or body, or the description the text gives. */
  speaker: EntityRef | null;
  /** The event, as a folded stem from the predicate table: قتل، درب، حرر، خفض. */
  predicate: string | null;
  /** Direction of a change the predicate states (ارتفع up, انخفض/خفض down), else null. */
  change: 'up' | 'down' | null;
  /** The period the claim covers. */
  time: TimeScope | null;
  /** The sentence the claim is in. */
  sentence: Span;
}
