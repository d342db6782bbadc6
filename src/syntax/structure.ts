/**
 * Sentences and paragraphs of a document, as token ranges.
 */
import type { TextDocument } from '../numbers/document.js';
import type { TokenStream } from '../numbers/tokens.js';
import { type TokenIndex, type TokenRange } from '../text/coordinates.js';
import type { SyntaxLexicon } from './lexicon.js';

/** Sentence and paragraph of every token. */
export interface TextStructure {
  /** Sentence number of each token. */
  readonly sentenceOf: Int32Array;
  /** Paragraph number of each token. */
  readonly paragraphOf: Int32Array;
  /** Each sentence as tokens `[start, end)`, without surrounding space. */
  readonly sentences: readonly TokenRange[];
}

/**
 * The sentences (ended by the `sentenceEnds` marks and by line breaks) and
 * paragraphs (ended by line breaks) of a document, computed once per document.
 */
export function structureOf(document: TextDocument, lexicon: SyntaxLexicon): TextStructure {
  return document.analysis(lexicon.structureKey, () => split(document, lexicon));
}

function split(document: TextDocument, lexicon: SyntaxLexicon): TextStructure {
  const { tokens } = document;
  const sentenceOf = new Int32Array(tokens.length);
  const paragraphOf = new Int32Array(tokens.length);
  const sentences: TokenRange[] = [];
  let sentence = 0;
  let paragraph = 0;
  let start = -1;
  let lastContent = -1;
  const close = (): void => {
    if (start >= 0) {
      sentences.push({ start: start as TokenIndex, end: (lastContent + 1) as TokenIndex });
      sentence++;
    }
    start = -1;
  };
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (tokens.hasLineBreak(k)) {
      sentenceOf[k] = sentence;
      paragraphOf[k] = paragraph;
      close();
      paragraph++;
      continue;
    }
    if (!tokens.isSpace(k)) {
      if (start < 0) start = k;
      lastContent = k;
    }
    sentenceOf[k] = sentence;
    paragraphOf[k] = paragraph;
    if (tokens.isPunct(k) && lexicon.sentenceEnds.has(tokens.text(k)) && !abbreviationStop(tokens, k)) close();
  }
  close();
  return { sentenceOf, paragraphOf, sentences };
}

/** True when tokens `a` and `b` are in the same sentence. */
export function sameSentence(structure: TextStructure, a: TokenIndex, b: TokenIndex): boolean {
  return structure.sentenceOf[a] === structure.sentenceOf[b];
}

/**
 * True for a full stop that ends an abbreviation or an initial, not a sentence: after a one-letter
 * word that follows no number, with a word after it on the same line ("وقال د. محمد معيط"، "أ. ف.
 * ب"). After a number the letter is a mark that may end a sentence ("في عام 2003 م. وقال").
 */
function abbreviationStop(tokens: TokenStream, k: TokenIndex): boolean {
  if (tokens.text(k) !== '.') return false;
  const letter = tokens.previous(k);
  if (letter !== k - 1 || !tokens.isWord(letter) || tokens.text(letter).length !== 1) return false;
  const before = tokens.previous(letter);
  return !(before >= 0 && (tokens.isNumeral(before) || tokens.reading(before) !== null)) && tokens.isWord(tokens.next(k));
}
