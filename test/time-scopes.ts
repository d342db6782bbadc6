/** A test helper for the time slot: each claim's figure and its time scope. */
import { expect } from 'vitest';
import { extractQuantClaims } from '../src/index.js';

/** Each claim's figure and its time scope as [text, start, end, cumulative], its span checked against its text. */
export function scopes(text: string, publishedAt: string): Array<[string, string | undefined, string | undefined, boolean]> {
  return extractQuantClaims(text, { publishedAt }).map((c) => {
    if (c.time) expect(text.slice(c.time.span.start, c.time.span.end)).toBe(c.time.text);
    return [c.text, c.time?.start, c.time?.end, c.time?.cumulative === true];
  });
}
