/** Helpers of the aligned plain-text tables. */
import type { TimeScope } from '../../index.js';

/** A cell of `width` columns: padded, or cut with … so that the next column keeps its place. */
export const pad = (s: string, width: number): string => (s.length >= width ? `${s.slice(0, width - 2)}… ` : s + ' '.repeat(width - s.length));

/** A time scope as people read it: "2014-08..2017-10", "2017-12-05", or the words when undated. */
export function timeText(time: Pick<TimeScope, 'text' | 'start' | 'end'> | null): string {
  if (!time) return '';
  if (time.start && time.end && time.start !== time.end) return `${time.start}..${time.end}`;
  return time.start ?? time.end ?? time.text;
}
