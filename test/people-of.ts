/** A test helper for the person-mention rules: the people `findEntityMentions` finds in a text. */
import { expect } from 'vitest';
import { findEntityMentions } from '../src/syntax/mentions.js';

/** The person mentions of `text`, as written, each checked against its span. */
export function peopleOf(text: string): string[] {
  return findEntityMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => {
      expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      return m.text;
    });
}
