import type { TextDocument } from '../../numbers/document.js';
import type { ParsedNumber } from '../../numbers/grammar.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import type { TimeExpression } from '../expression.js';
import type { DatesLexicon } from '../lexicon.js';

/** What every recognizer reads: the document, its tokens, the compiled tables and the reference date. */
export interface DateContext {
  readonly document: TextDocument;
  readonly tokens: TokenStream;
  readonly lexicon: DatesLexicon;
  /** The publication date relative words resolve against, if known. */
  readonly reference: Date | undefined;
}

/**
 * A small rule that reads one kind of time expression starting at token `k`,
 * or returns null. Each does a constant amount of work at a position (a few
 * tokens of lookahead), so scanning a whole text stays linear.
 */
export interface TimeRecognizer {
  /** What it reads, for debugging and tests. */
  readonly name: string;
  /** The expression starting at `k`, if this rule reads one there. */
  read(context: DateContext, k: TokenIndex): TimeExpression | null;
}

/** The plain integer value of the digits at token `k` (glued ones too: "2017آخر"), or null. */
export function plainInteger(tokens: TokenStream, k: TokenIndex): number | null {
  if (k < 0 || k >= tokens.length) return null;
  const n = tokens.numeral(k);
  return n && n.plainInteger ? n.value : null;
}

/** The number expression starting at token `k`, if any. */
export function numberStartingAt(document: TextDocument, k: TokenIndex): ParsedNumber | undefined {
  const n = document.numberAt(k);
  return n && n.start === k ? n : undefined;
}

/** True when word `k`, or its stem behind a glued و/ف, starts a named time (a month, weekday or relative word). */
export function mayStartNamedTime(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  if (!tokens.isWord(k)) return false;
  const word = tokens.text(k);
  return lexicon.firstWords.has(word) || (word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && lexicon.firstWords.has(tokens.tail(k)));
}

/** The word after a day word (يوم الثلاثاء → الثلاثاء), or `k` itself. */
export function afterDayWord(context: DateContext, k: TokenIndex): TokenIndex {
  const { tokens, lexicon } = context;
  if (!lexicon.dayWords.has(tokens.text(k))) return k;
  const next = tokens.nextWord(k);
  return next === NO_TOKEN ? k : next;
}
