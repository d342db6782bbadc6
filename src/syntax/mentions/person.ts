/**
 * Readers of a person's name at a given place: the name at a word (`personNameAt`: Arab names
 * with their بن/أبو/آل chains and family name, foreign names with their particles), after a
 * title (`personAfterTitle`), after a role and its description (`personAfterRole`). A name
 * stops at the verb, preposition, particle or punctuation that ends it. The recognizers that
 * decide where to read are in people.ts; speakers call these readers too.
 *
 * One concern per file in person/: word shapes (shapes.ts), where a name ends (stops.ts),
 * surnames of any shape (surnames.ts), foreign names (loan-name.ts), Arab names (arab-name.ts),
 * the reading at a word (name-at.ts), names in apposition (after-title.ts).
 */
export { personAfterRole, personAfterTitle } from './person/after-title.js';
export { personNameAt, type NameReading } from './person/name-at.js';
