/**
 * The rules of a number in running text that look before the expression: a
 * mark that opens it ("(15) ألف") and a word that makes واحد a pronoun
 * ("كل واحد"). The grammar (./grammar.ts) reads an expression from its first
 * token on; the document reads each number of a text through these rules.
 * `parseArabicNumber` does not: its expression has nothing before it, so
 * neither rule can apply there, and a bundle of that function alone leaves
 * them and their table out.
 */
import { type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { parseNumberAt, type ParsedNumber } from './grammar.js';
import { pronounOneAfter } from './lexicon.js';
import type { TokenStream } from './tokens.js';

/** The words before which واحد is a pronoun, not a count (أي واحد، كل واحد). */
const pronounHeads: ReadonlySet<string> = /* @__PURE__ */ new Set(pronounOneAfter.map(foldWord));

/**
 * Reads the longest number expression at token `i` of running text: the
 * expression of {@link parseNumberAt}, or one enclosed in marks before its
 * scale word, and no number where واحد is the pronoun.
 */
export function parseNumberInText(tokens: TokenStream, i: TokenIndex): ParsedNumber | null {
  const enclosed = enclosedBeforeScale(tokens, i);
  if (enclosed) return enclosed;
  const parsed = parseNumberAt(tokens, i);
  // "أي واحد تفضل" (which one), "كل واحد منهم" (each one): the pronoun, not a count. (الأول after كل is an ordinal.)
  if (parsed && parsed.kind !== 'ordinal' && parsed.end === ((i + 1) as TokenIndex) && parsed.value === 1 && tokens.reading(i)?.prefix === '') {
    const p = tokens.previous(i);
    if (p >= 0 && pronounHeads.has(tokens.text(p))) return null;
  }
  return parsed;
}

/** Opening marks, and at the same place in the second string the marks that close them around a figure. */
const openingMarks = '([«"“”';
const closingMarks = ')]»"””';

/**
 * A numeral set in brackets or quotation marks with its scale word after
 * them, as some papers print figures: "(15) ألف" is 15000, "«4.5» مليون"
 * 4.5 million. The expression starts at the opening mark so that its text
 * stays balanced. Null when the numeral at `i` is not so set, or is a
 * fraction (3/4).
 */
function enclosedBeforeScale(tokens: TokenStream, i: TokenIndex): ParsedNumber | null {
  const open = (i - 1) as TokenIndex;
  const close = (i + 1) as TokenIndex;
  const mark = tokens.isNumeral(i) && tokens.isPunct(open) ? openingMarks.indexOf(tokens.text(open)) : -1;
  const numeral = tokens.numeral(i);
  if (mark < 0 || numeral!.kind === 'fraction' || !tokens.isPunct(close, closingMarks[mark]!)) return null;
  const k = tokens.next(close);
  const scale = k >= 0 && tokens.isWord(k) ? tokens.reading(k) : null;
  if (scale === null || scale.prefix !== '' || scale.sense.scale === undefined || scale.sense.scale.number === 'dual') return null;
  const value = (numeral!.decimalReading ?? numeral!.value) * scale.sense.scale.value;
  return { start: open, end: (k + 1) as TokenIndex, value, kind: Number.isInteger(value) ? 'cardinal' : 'decimal' };
}
