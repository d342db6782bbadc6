import type { ParsedNumber } from '../numbers/grammar.js';
import type { TokenStream } from '../numbers/tokens.js';
import { withoutConjunction } from '../text/clitics.js';
import type { ClaimContext } from './context.js';

/** Years a plain four-digit number may be, when nothing says it counts something. */
const YEARS = { min: 1900, max: 2100 };

/**
 * True when number `n` is a plain integer that reads as a year ("2017"): such a
 * number is a figure only when a unit from the tables follows it ("2017 مقاتلاً").
 */
export function yearLike(tokens: TokenStream, n: ParsedNumber): boolean {
  const numeral = tokens.numeral(n.start);
  return n.end === n.start + 1 && numeral !== undefined && numeral.plainInteger && n.value >= YEARS.min && n.value <= YEARS.max;
}

/**
 * True when number `n` can be a figure: not an ordinal (الثالث), not inside a
 * time expression (خلال ستة أعوام، 30/11/2017), and not a reference number after
 * a word such as المادة، رقم، الصفحة ("المادة 25", "والصفحة 12").
 */
export function isFigure(c: ClaimContext, n: ParsedNumber): boolean {
  if (n.kind === 'ordinal' || c.inTime(n.start, n.end)) return false;
  const before = c.tokens.previousWord(n.start);
  if (before < 0) return true;
  const word = c.tokens.text(before);
  return !c.lexicon.notFigure.has(word) && !c.lexicon.notFigure.has(withoutConjunction(word));
}
