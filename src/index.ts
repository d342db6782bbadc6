/**
 * arabic-claims: turn Arabic news text into typed, source-anchored quantitative claims.
 *
 * @packageDocumentation
 */
export { findNumbers, parseArabicNumber, type NumberMatch } from './numbers/find.js';
export type { NumberKind } from './numbers/grammar.js';
export type { Span } from './text/shadow.js';
export { formatArabicNumber, type FormatOptions } from './numbers/format.js';
export { findDates, type DateMatch, type TimeKind } from './claims/dates.js';
