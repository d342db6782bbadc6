/**
 * The three coordinate systems of the library, as types the compiler keeps apart.
 *
 * - {@link TextOffset}: a UTF-16 offset into the caller's string. Every span the
 *   library returns ({@link Span}) is in these units.
 * - {@link ShadowOffset}: an offset into the folded shadow copy (no diacritics,
 *   one alef, ASCII digits). Rules match here; `toOriginalSpan` maps back.
 * - {@link TokenIndex}: the index of a token of a document's token stream, where
 *   spaces and punctuation are tokens too — so `end - start` of a token range is
 *   not a number of words (count those with `TokenStream.wordsBetween`).
 *
 * Mixing them was the source of real bugs (a name "of up to three words" that was
 * measured in tokens): a function that takes one kind refuses the others.
 */

declare const coordinateKind: unique symbol;

/** A UTF-16 code-unit offset into the caller's string. */
export type TextOffset = number & { readonly [coordinateKind]: 'text' };

/** A UTF-16 code-unit offset into the shadow copy of a text. */
export type ShadowOffset = number & { readonly [coordinateKind]: 'shadow' };

/** The index of a token in a document's token stream. */
export type TokenIndex = number & { readonly [coordinateKind]: 'token' };

/** "No token": what navigation returns at the end of a line or of the text. */
export const NO_TOKEN = -1 as TokenIndex;

/** A half-open range of UTF-16 code-unit offsets into the caller's string: `input.slice(start, end)`. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/** Tokens `[start, end)` of a document's token stream. */
export interface TokenRange {
  /** The first token. */
  readonly start: TokenIndex;
  /** Just past the last token. */
  readonly end: TokenIndex;
}

/**
 * Converts a plain number that is known to index tokens (loop bounds, stored indices), for tests and
 * hand-built ranges. The library's own code casts instead (`(k + 1) as TokenIndex`): the cast costs
 * nothing at run time, while its 554 calls of this function cost 0.35 kB of the gzipped bundle.
 */
export const tokenIndex = (n: number): TokenIndex => n as TokenIndex;

/** Converts a plain number that is known to be a shadow offset (tests; the library casts, as for {@link tokenIndex}). */
export const shadowOffset = (n: number): ShadowOffset => n as ShadowOffset;
