/**
 * Sentences and paragraphs of a text, as lexeme ranges.
 */
import type { Lexemes } from '../numbers/lexemes.js';

const sentenceEnds = new Set(['.', '!', '?', '؟', '…', '!']);

/** Sentence and paragraph of every lexeme. */
export interface TextStructure {
  /** Sentence number of each lexeme. */
  readonly sentenceOf: Int32Array;
  /** Paragraph number of each lexeme. */
  readonly paragraphOf: Int32Array;
  /** Each sentence as lexemes `[start, end)`, without surrounding space. */
  readonly sentences: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

/** Splits lexemes into sentences (at . ! ? ؟ … and line breaks) and paragraphs (at line breaks). */
export function structureOf(lx: Lexemes): TextStructure {
  const sentenceOf = new Int32Array(lx.length);
  const paragraphOf = new Int32Array(lx.length);
  const sentences: Array<{ start: number; end: number }> = [];
  let sentence = 0;
  let paragraph = 0;
  let start = -1;
  let lastContent = -1;
  const close = (): void => {
    if (start >= 0) {
      sentences.push({ start, end: lastContent + 1 });
      sentence++;
    }
    start = -1;
  };
  for (let k = 0; k < lx.length; k++) {
    const type = lx.type(k);
    if (type === 'space' && lx.flag(k)) {
      sentenceOf[k] = sentence;
      paragraphOf[k] = paragraph;
      close();
      paragraph++;
      continue;
    }
    if (type !== 'space') {
      if (start < 0) start = k;
      lastContent = k;
    }
    sentenceOf[k] = sentence;
    paragraphOf[k] = paragraph;
    if (type === 'punct' && sentenceEnds.has(lx.text(k))) close();
  }
  close();
  return { sentenceOf, paragraphOf, sentences };
}
