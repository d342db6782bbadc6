import type { Span, TokenRange } from '../text/coordinates.js';
import type { Grain } from './calendar.js';
import type { TimeUnit, VagueReach } from './lexicon/relative.js';

/**
 * What a time expression is.
 *
 * | kind | written | resolved to |
 * |---|---|---|
 * | `date` | 6 ديسمبر 2017، تموز 2014، 2014، 1436 هـ، 30/11/2017 | the day, month or year (a Hijri year as its Gregorian days) |
 * | `relative` | أمس، الثلاثاء، الخميس المقبل، الشهر الماضي، هذا العام | the day, week, month or year counted from publication |
 * | `period` | بين 2014 و2017، منذ 2011، النصف الأول من 2015، الصيف، الستينيات، القرن العشرين، الأشهر التسعة الماضية | its first and last day, month or year |
 * | `duration` | خمس سنوات، لمدة 3 أيام، منذ 40 عاما، قبل شهرين | a length (`duration`); anchored ones (منذ، قبل، بعد) also an interval |
 * | `set` | يوميا، كل أسبوع، سنويا، كل عامين | the interval of repetition (`duration`) |
 * | `vague` | مؤخرا، قريبا، حاليا، حتى الآن، آنذاك، منذ سنوات | the interval it allows: up to, at or from publication, or the time named before |
 * | `holiday` | رمضان، عيد الفطر، عيد الأضحى، موسم الحج، رأس السنة | its days in the year meant |
 * | `time` | 03:16 م، الساعة الثامنة مساءً، ظهر اليوم، صباح الأربعاء | the day with the hour: "2018-10-10T14:00" |
 *
 * Numbers inside any of these are not quantities: a claims reader skips them.
 */
export type TimeKind = 'date' | 'period' | 'relative' | 'duration' | 'time' | 'set' | 'vague' | 'holiday';

/** A time expression found in text. */
export interface DateMatch {
  /** As written (a glued و، ف، ب or ل before it left out: "وأمس" → "أمس"). */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** What it is: see {@link TimeKind}. */
  kind: TimeKind;
  /**
   * First day, month or year covered, when it can be resolved: "2014", "2014-08", "2017-11-30", "2018-10-10T14:00".
   * Years before the common era are ISO 8601 astronomical years, signed: "150 ق.م." is "-0149" (1 BC is "0000").
   */
  start?: string;
  /** Last day, month or year covered, when it can be resolved. */
  end?: string;
  /** Durations and sets: the length, or the interval of repetition, in ISO 8601: "P3Y", "PT1.5H", "P1Y1M21D". */
  duration?: string;
}

/** A time expression over tokens: the internal form the claims layer reads (through `timesOf`). */
export interface TimeExpression extends TokenRange {
  /** What it is: see {@link TimeKind}. */
  readonly kind: TimeKind;
  /** First day, month or year covered: "2014", "2014-08", "2017-11-30". */
  readonly from?: string;
  /** Last day, month or year covered. */
  readonly to?: string;
  /** Characters of a clitic glued to the first token and left out of the span (1 for the و of "وأمس"). */
  readonly skip?: number;
  /** Durations and sets: ISO 8601 length ("P3Y"). */
  readonly duration?: string;
  /** Durations: how many of the time unit ("خمس سنوات" → 5). */
  readonly count?: number;
  /** Durations: the unit counted. */
  readonly unit?: TimeUnit;
  /** A day-relative word merged with a written date ("أمس (31 تشرين الأول)"): its offset in days. */
  readonly dayOffset?: number;
  /** What it names: a day, a week, a month … (read by the refiners that combine expressions). */
  readonly grain?: Grain;
  /** A weekday (0 = Sunday) named by the expression, for "الجمعة من الأسبوع المقبل". */
  readonly weekday?: number;
  /** Vague times: how far they reach. */
  readonly reach?: VagueReach;
  /** A running total up to its end ("حتى الآن"، "حتى 10 مارس"): the claims it scopes are cumulative. */
  readonly cumulative?: boolean;
  /**
   * A piece that only means something with what follows it ("الأسبوع الثالث" of
   * "الأسبوع الثالث من هذا الشهر", "النصف الأول" of "النصف الأول من 2015"): its
   * ordinal (−1 for the last) and how many make the whole. Dropped when nothing completes it.
   */
  readonly share?: { readonly index: number; readonly parts: number; readonly grain: Grain };
  /**
   * The baseline a figure is compared with ("عن العام الماضي"، "مقارنة بعام 2015"),
   * or the start of a record ("أدنى مستوى منذ 2008"): not the period a figure in
   * its sentence is about.
   */
  readonly baseline?: boolean;
  /**
   * The publication day, on an expression naming a period under way ("العام
   * الجاري"، "الموسم الحالي"، "هذا الأسبوع"): a figure it scopes is a running
   * total up to that day.
   */
  readonly today?: string;
  /** True for a span written with both its ends ("من 4 إلى 22 يناير"، "2014-2018"): an opener before it (بين، من) belongs to it. */
  readonly twoEnded?: boolean;
  /** True when no year was written and the latest one not after publication was taken ("في مارس"): a deadline ("بحلول ديسمبر") moves it forward. */
  readonly inferred?: boolean;
  /** A piece that needs a neighbour to mean a time ("صباح" of "صباح الأربعاء"): dropped when no refiner completes it. */
  readonly partial?: boolean;
  /** A time named relative to the one before it (التالي، آنذاك): resolved by the anaphora refiner. */
  readonly anaphoric?: number;
  /** Clock times and parts of the day: hours and minutes, to be put on the day they belong to. */
  readonly clock?: { readonly from: string; readonly to: string };
}

/** `{ [key]: value }`, or nothing when the value is undefined: keeps optional fields absent rather than undefined. */
export function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The resolution fields of an expression, without undefined ones. */
export function resolutionOf(e: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  return { ...pick('from', e.from), ...pick('to', e.to) };
}

/**
 * The fields of `parts` in one new object, as `{ ...a, ...b, ... }` builds it: the same fields in
 * the same order, a later part's field overriding an earlier one in place. The rules build
 * thousands of expressions per text, and V8 (Node 20) takes a slow path, a few microseconds, when
 * a field is added to an object made by spreading another; copying the fields one by one onto an
 * object literal stays on the fast one.
 */
export function joined<A extends object, B extends object>(a: A, b: B): A & B;
export function joined<A extends object, B extends object, C extends object>(a: A, b: B, c: C): A & B & C;
export function joined<A extends object, B extends object, C extends object, D extends object>(a: A, b: B, c: C, d: D): A & B & C & D;
export function joined<A extends object, B extends object, C extends object, D extends object, E extends object>(a: A, b: B, c: C, d: D, e: E): A & B & C & D & E;
export function joined<A extends object, B extends object, C extends object, D extends object, E extends object, F extends object>(a: A, b: B, c: C, d: D, e: E, f: F): A & B & C & D & E & F;
export function joined(...parts: readonly object[]): object {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    const fields = part as Record<string, unknown>;
    for (const key in fields) out[key] = fields[key];
  }
  return out;
}
