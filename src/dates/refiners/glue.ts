/**
 * What may stand between two expressions a refiner joins, read over tokens.
 */
import type { TokenStream } from '../../numbers/tokens.js';
import type { TokenIndex } from '../../text/coordinates.js';

/** True when only spaces on one line and marks of `marks` stand in `[from, to)`. */
export function onlyGlue(tokens: TokenStream, from: TokenIndex, to: TokenIndex, marks: string, words: ReadonlySet<string> = NO_WORDS): boolean {
  for (let k = from; k < to; k++) {
    if (tokens.isSpace(k) && !tokens.hasLineBreak(k)) continue;
    if (tokens.isPunct(k, marks)) continue;
    if (tokens.isWord(k) && words.has(tokens.text(k))) continue;
    return false;
  }
  return true;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Most tokens between two expressions a refiner joins: keeps every join constant work. */
export const GLUE_REACH = 6;
