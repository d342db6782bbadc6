/**
 * Figures typed without the space before their noun: "قتل 2150عراقيا"،
 * "مسافة 40كم". The numbers layer leaves digits glued to letters out (they
 * are codes as often as figures: "١٨٠ميلي", "A320"); a claim takes them back
 * when the glued word is what figures count — a unit of the tables (كم،
 * ريالا، متر) or an indefinite noun in the accusative (عراقيا، شخصا، مواطنا).
 */
import { article } from '../text/clitics.js';
import type { TextDocument } from '../numbers/document.js';
import type { ParsedNumber } from '../numbers/grammar.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { SyntaxLexicon } from '../syntax/lexicon.js';

/** Fewest letters of a glued accusative noun: شخصا has four; "2015م" or "1436هـ" are years. */
const MIN_COUNTED_LETTERS = 4;
const ALEF = 'ا';
const TANWEEN_FATH = '\u064B';

/** The numbers of `document`, with the glued figures among them, in reading order. */
export function withGluedFigures(document: TextDocument, syntax: SyntaxLexicon): readonly ParsedNumber[] {
  const { tokens } = document;
  let glued: ParsedNumber[] | null = null;
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (tokens.type(k) !== 'rejected') continue;
    const numeral = tokens.numeral(k);
    const word = (k + 1) as TokenIndex;
    if (!numeral?.gluedToLetters || !numeral.plainInteger || !tokens.isWord(word) || gluedBefore(document, k)) continue;
    if (!countsFigure(document, syntax, word)) continue;
    (glued ??= []).push({ start: k, end: word, value: numeral.value, kind: 'cardinal' });
  }
  if (glued === null) return document.numbers;
  return [...document.numbers, ...glued].sort((a, b) => a.start - b.start);
}

/** True when the digits at `k` are glued to a word or a Latin code before them too ("F16ط"): a code. */
function gluedBefore(document: TextDocument, k: TokenIndex): boolean {
  const { tokens } = document;
  const before = (k - 1) as TokenIndex;
  return before >= 0 && !tokens.isSpace(before) && !tokens.isPunct(before);
}

/** True when word `k` is a unit of the tables or an indefinite accusative noun. */
function countsFigure(document: TextDocument, syntax: SyntaxLexicon, k: TokenIndex): boolean {
  const { tokens } = document;
  if (syntax.units.tableUnitAt(tokens, k) !== null) return true;
  const word = tokens.text(k).replace(TANWEEN_FATH, '');
  return word.length >= MIN_COUNTED_LETTERS && word.endsWith(ALEF) && !word.startsWith(article) && !syntax.units.isStopWord(word);
}
