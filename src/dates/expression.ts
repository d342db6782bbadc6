import type { Span, TokenRange } from '../text/coordinates.js';
import type { TimeUnit } from './lexicon/relative.js';

/** What a time expression is. */
export type TimeKind = 'date' | 'period' | 'relative' | 'duration' | 'time';

/** A time expression found in text. */
export interface DateMatch {
  /** As written. */
  text: string;
  /** `input.slice(span.start, span.end) === text`. */
  span: Span;
  /** `date`: a day, month or year; `period`: from one to another; `relative`: أمس، الثلاثاء; `duration`: خلال ستة أعوام; `time`: a time of day. */
  kind: TimeKind;
  /** First day, month or year covered, when it can be resolved. */
  start?: string;
  /** Last day, month or year covered, when it can be resolved. */
  end?: string;
}

/** A time expression over tokens (the internal form the claims layer reads). */
export interface TimeExpression extends TokenRange {
  readonly kind: TimeKind;
  /** First day, month or year covered: "2014", "2014-08", "2017-11-30". */
  readonly from?: string;
  /** Last day, month or year covered. */
  readonly to?: string;
  /** Durations: how many of the time unit ("خمس سنوات" → 5). */
  readonly count?: number;
  /** Durations: the unit counted. */
  readonly unit?: TimeUnit;
  /** A day-relative word merged with a written date ("أمس (31 تشرين الأول)"): its offset in days. */
  readonly dayOffset?: number;
}

/** `{ [key]: value }`, or nothing when the value is undefined: keeps optional fields absent rather than undefined. */
export function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
