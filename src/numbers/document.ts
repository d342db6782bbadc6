/**
 * The document model: one text read once, shared by every layer above.
 *
 * A document holds the caller's string, its shadow copy with the offset map,
 * the token stream and the number expressions. Higher layers attach their own
 * analyses (sentence structure, speaker mentions, time expressions) through
 * {@link TextDocument.analysis}, computed on first use and kept for the rest
 * of the call, so that claims, dates and entity mentions of one text never
 * read it twice — and no lower layer needs to know the higher ones.
 */
import { type TokenIndex } from '../text/coordinates.js';
import { createShadow, type ShadowText } from '../text/shadow.js';
import { parseNumberInText } from './context.js';
import type { ParsedNumber } from './grammar.js';
import { TokenStream } from './tokens.js';

/** A key for one kind of analysis attached to a document; `T` is what the analysis computes. */
export class AnalysisKey<T> {
  /** For the type only: the value this key stores. */
  declare readonly value?: T;
  /** @param name - What the analysis is, for debugging. */
  constructor(readonly name: string) {}
}

/** One text, read once: shadow, tokens, numbers, and the analyses of the layers above. */
export class TextDocument {
  /** The caller's string. */
  readonly original: string;
  /** The folded copy and its map back to `original`. */
  readonly shadow: ShadowText;
  /** The tokens of the shadow copy. */
  readonly tokens: TokenStream;
  private numbers_: readonly ParsedNumber[] | undefined;
  private numberAt_: Int32Array | undefined;
  private readonly analyses = new Map<AnalysisKey<unknown>, unknown>();

  constructor(text: string) {
    this.original = text;
    this.shadow = createShadow(text);
    this.tokens = new TokenStream(this.shadow);
  }

  /** Every number expression, in reading order, not overlapping (token ranges). */
  get numbers(): readonly ParsedNumber[] {
    this.numbers_ ??= readNumbers(this.tokens);
    return this.numbers_;
  }

  /** The index in {@link numbers} of the number covering token `k`, or -1. */
  numberIndexAt(k: TokenIndex): number {
    if (this.numberAt_ === undefined) {
      const at = new Int32Array(this.tokens.length).fill(-1);
      this.numbers.forEach((n, i) => at.fill(i, n.start, n.end));
      this.numberAt_ = at;
    }
    return k >= 0 && k < this.tokens.length ? this.numberAt_[k]! : -1;
  }

  /** The number covering token `k`, if any. */
  numberAt(k: TokenIndex): ParsedNumber | undefined {
    const i = this.numberIndexAt(k);
    return i >= 0 ? this.numbers[i] : undefined;
  }

  /** The analysis stored under `key`, computed by `compute` on first use. */
  analysis<T>(key: AnalysisKey<T>, compute: (document: TextDocument) => T): T {
    if (this.analyses.has(key)) return this.analyses.get(key) as T;
    const value = compute(this);
    this.analyses.set(key, value);
    return value;
  }
}

/** Reads every number expression of a token stream, longest first at each position. */
function readNumbers(tokens: TokenStream): ParsedNumber[] {
  const numbers: ParsedNumber[] = [];
  let i = 0 as TokenIndex;
  while (i < tokens.length) {
    // Null at a space or a mark: an expression starts at a word or a numeral.
    const parsed = parseNumberInText(tokens, i);
    if (parsed && Number.isFinite(parsed.value)) {
      numbers.push(parsed);
      i = parsed.end;
    } else i++;
  }
  return numbers;
}

