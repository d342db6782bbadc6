import type { Span } from './text/coordinates.js';

/**
 * How a claim bounds its figure.
 *
 * | bound | written | interval |
 * |---|---|---|
 * | `exact` | 801 مدنياً | [v, v] |
 * | `approximate` | نحو 3500، حوالي، قرابة | [v − 10%, v + 10%] |
 * | `atLeast` | ما لا يقل عن 801، 801 على الأقل | [v, ∞) |
 * | `atMost` | ما لا يزيد على، لا يتجاوز، حتى | (−∞, v] |
 * | `moreThan` | أكثر من 4.5 مليون، ما يزيد على | (v, ∞) |
 * | `lessThan` | أقل من 3000، ما يقل عن | (−∞, v) |
 * | `range` | بين 15 و20 ألف | [min, max], no point value |
 * | `vague` | عشرات الآلاف، بضعة | [min, max] of the word, no point value |
 */
export type Bound = 'exact' | 'approximate' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'range' | 'vague';

/**
 * What kind of thing a unit measures. `count` is people and things (مقاتل، طائرة);
 * `score` the goals or points of one side of a result (فاز 3-1); `rank` a place
 * in an order (المركز الثالث); `age` a person's age in years (45 عاماً).
 */
export type UnitKind =
  | 'count'
  | 'area'
  | 'length'
  | 'mass'
  | 'volume'
  | 'currency'
  | 'percent'
  | 'fraction'
  | 'temperature'
  | 'energy'
  | 'power'
  | 'speed'
  | 'duration'
  | 'score'
  | 'rank'
  | 'age';

/**
 * Whether the text asserts a figure: `asserted` (قُتل 300), `denied` (نفى مقتل 300،
 * لم يُقتل أي), `projected` as expected or planned (من المتوقع أن يصل إلى 500،
 * تعتزم بناء 500 وحدة، سيبلغ), or `hedged` (قد يصل، يُعتقد أن). Alignment never
 * counts a denied or projected figure as confirming an asserted one.
 */
export type Modality = 'asserted' | 'denied' | 'projected' | 'hedged';

/** What kind of source a speaker is. */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'outlet';

/**
 * What a figure says about a change, beyond its direction (`Claim.change`).
 *
 * - "ارتفع المؤشر بنسبة 3.5%" → `{ direction: 'up', figure: 'amount', relative: true, base: null }`
 * - "تراجع 120 نقطة" → `{ direction: 'down', figure: 'amount', relative: false, base: null }`
 * - "ارتفع عدد الوفيات من 50 إلى 73" (the claim of 73) → `{ direction: 'up', figure: 'level', relative: false, base: 50 }`
 */
export interface ChangeDetail {
  /** Up or down. */
  direction: 'up' | 'down';
  /** `amount`: the figure is the size of the change; `level`: the figure is the value reached. */
  figure: 'amount' | 'level';
  /** True for a change in percent of what it changes (بنسبة 3.5%); false for one in the figure's own unit (120 نقطة). */
  relative: boolean;
  /** The value the change starts from, where the text gives it (من 50 إلى 73 → 50); else null. */
  base: number | null;
}

/** What is counted or measured. */
export interface ClaimUnit {
  /**
   * The unit as written: "مقاتلاً", "كيلومتر مربع", "%". Empty when the text leaves it unsaid and
   * the kind implies it: "الأولى عربيا" is a rank (lemma مرتبة) with no word for it.
   */
  text: string;
  /** Its singular, folded form: مقاتل، كيلومتر مربع، دولار. */
  lemma: string;
  /** What it measures. */
  kind: UnitKind;
  /** ISO 4217 code for currencies ("USD"). */
  currency?: string;
  /** The singular as a person reads it (not folded): قوة، إصابة، دولار. */
  singular: string;
  /** For a rate, what the figure is per: "60 دولاراً للبرميل" → برميل; "كيلومتر في الساعة" → ساعة. */
  per?: string;
}

/** A mention of a person, body or place in the text. */
export interface EntityRef {
  /** The mention as written. */
  text: string;
  /** Where it is: `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** The entity key of the mention: `normalizeEntityName(text)`, equal for every spelling of one entity. */
  name: string;
  /** For a speaker: a person, an organisation, an unnamed source (مصادر أمنية) or the outlet itself (its dateline). */
  kind?: SpeakerKind;
  /** For a speaker: the title or office the text gives (المتحدث باسم الوزارة، وزير الخارجية). */
  role?: string;
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
  /** What the figure says about that change: its size or the level reached, relative or absolute, from what base. */
  changeDetail: ChangeDetail | null;
  /** Whether the text asserts, denies, projects or hedges the figure. */
  modality: Modality;
  /** The period the claim covers. */
  time: TimeScope | null;
  /** The sentence the claim is in. */
  sentence: Span;
}
