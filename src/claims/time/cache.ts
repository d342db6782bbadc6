/**
 * The time slot's memo of one extraction (see `TimeCache`): a claim's time
 * costs constant work.
 */
import type { TimeExpression } from '../../dates/expression.js';
import { type TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';

/** What one extraction computes once for the time slot: per token, per sentence, per paragraph, per expression. */
export interface TimeCache {
  /** How many commas stand before each token: `commas[k]` counts tokens `[0, k)`. */
  readonly commas: Int32Array;
  /** The index in `c.times` of the first expression starting at or after each token. */
  readonly firstFrom: Int32Array;
  /** Whether the statement day test passed, by expression. */
  readonly statement: Map<TimeExpression, boolean>;
  /** Whether a sentence states a figure, by sentence (undefined until computed; arrays as long as the sentences, read at each claim). */
  readonly figures: (boolean | undefined)[];
  /** The last usable expression of a sentence, by sentence. */
  readonly lastOfSentence: (TimeExpression | null | undefined)[];
  /** The last usable expression of a paragraph, by paragraph. */
  readonly lastOfParagraph: Map<number, TimeExpression | null>;
  /** The first usable expression of the lead. */
  lead?: TimeExpression | null;
  /** The bounds of a running total, by expression. */
  readonly totals: Map<TimeExpression, { from?: string; to?: string }>;
  /** The time carried to each sentence from the figures up to it, by sentence. */
  readonly carried: (TimeExpression | null | undefined)[];
  /** Where the background phrase before an expression starts (-1 for none), by expression. */
  readonly background: Map<TimeExpression, number>;
}

const caches = new WeakMap<ClaimContext, TimeCache>();

export function cacheOf(c: ClaimContext): TimeCache {
  let cache = caches.get(c);
  if (!cache) {
    const n = c.tokens.length;
    const commas = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) commas[k + 1] = commas[k]! + (isComma(c, k) ? 1 : 0);
    const firstFrom = new Int32Array(n + 1);
    let i = c.times.length;
    for (let k = n; k >= 0; k--) {
      while (i > 0 && c.times[i - 1]!.start >= k) i--;
      firstFrom[k] = i;
    }
    const sentences = c.structure.sentences.length;
    const bySentence = <V>(): (V | undefined)[] => new Array<V | undefined>(sentences).fill(undefined);
    cache = {
      commas,
      firstFrom,
      statement: new Map(),
      figures: bySentence<boolean>(),
      lastOfSentence: bySentence<TimeExpression | null>(),
      lastOfParagraph: new Map(),
      totals: new Map(),
      carried: bySentence<TimeExpression | null>(),
      background: new Map(),
    };
    caches.set(c, cache);
  }
  return cache;
}

/** True for a comma token: a clause ends there. */
export function isComma(c: ClaimContext, k: number): boolean {
  const t = k as TokenIndex;
  return c.tokens.isPunct(t) && c.syntax.commas.has(c.tokens.text(t));
}
