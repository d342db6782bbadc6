import { requireString } from '../text/validate.js';
import { type Span, type TokenIndex } from '../text/coordinates.js';
import { createPlainShadow } from '../text/shadow.js';
import { TextDocument } from './document.js';
import { parseNumberAt, type NumberKind, type ParsedNumber } from './grammar.js';
import { NumberTokens, readUnfoldedTokens, type TokenStream } from './tokens.js';

/** A number expression found in running text. */
export interface NumberMatch {
  /** The expression exactly as written: `input.slice(span.start, span.end)`. */
  text: string;
  /** UTF-16 offsets into the caller's string. */
  span: Span;
  /** The value. Fractions are floating point (ثلث → 0.333…). */
  value: number;
  /**
   * `cardinal` for integers, `decimal` for non-integers written with a decimal
   * point, `fraction` for fractions and ratios (ثلث، ثلاثة أرباع، ٣/٤، ١ على ٣),
   * `ordinal` for ordinals (الثالث، الحادي عشر).
   */
  kind: NumberKind;
  /**
   * The exact integer as decimal digits, when it is written in digits and lies
   * beyond `Number.MAX_SAFE_INTEGER` (2^53 − 1), where `value` is only the
   * nearest double: `9007199254740993` has `value` 9007199254740992 and
   * `exact` `"9007199254740993"`. Absent otherwise. `BigInt(m.exact)` gives
   * the exact value.
   */
  exact?: string;
}

/** The number expressions of a document as the caller sees them. */
function numberMatches(document: TextDocument): NumberMatch[] {
  const { tokens } = document;
  return document.numbers.map((parsed) => {
    const span = tokens.span(parsed.start, parsed.end);
    const match: NumberMatch = { text: document.original.slice(span.start, span.end), span, value: parsed.value, kind: parsed.kind };
    if (Number.isInteger(parsed.value) && !Number.isSafeInteger(parsed.value)) {
      const exact = exactDigits(tokens, parsed);
      if (exact !== null) match.exact = exact;
    }
    return match;
  });
}

/** The digits of an integer written as one numeral (any grouping), without leading zeros, or null. */
function exactDigits(tokens: TokenStream, parsed: ParsedNumber): string | null {
  if (parsed.end !== parsed.start + 1) return null;
  const numeral = tokens.numeral(parsed.start);
  if (numeral === undefined || numeral.kind !== 'cardinal') return null;
  const digits = numeral.digits.replace(/^0+(?=\d)/u, '');
  return parsed.value < 0 ? `-${digits}` : digits;
}

/**
 * Finds every number expression in Arabic running text, in reading order.
 *
 * Matches never overlap; at each position the longest expression wins
 * ("ثلاثة آلاف وخمسمئة" is one match, 3500). Reads digits in the ASCII,
 * Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) scripts; number words in
 * every gender and case; digits mixed with scale words ("4.5 مليون"،
 * "سبعة ملايين و500 ألف"); fractions (نصف، ثلث، ثلاثة أرباع، مليون ونصف);
 * ordinals (الأول … العاشر، الحادي عشر، الخامس والعشرون); negatives (سالب ٥، -5).
 *
 * **Separators.** A separator followed by exactly three digits groups
 * thousands: `1,234,567`, `١٬٢٣٤`, `١،٢٣٤`, `1 234 567`. A dot followed by
 * exactly three digits is also grouping, as Arabic news writes it: `125.000`
 * is 125000 and `52.200` is 52200 — unless a scale word follows, when it is a
 * decimal: `4.500 مليون` is 4500000 and `22.000 ألف` is 22000. Any other dot,
 * and `٫`, is a decimal point; with Eastern digits the comma is a decimal point
 * too (`٠,٠٨` is 0.08). Dotted runs that go on (`192.168.1.2`, `30.11.2017`)
 * and slashed dates (`5/17/2018`) are read as separate numbers. Groups
 * separated by ر come integer part last, as some papers print them:
 * `935ر6 مليون` is 6.935 million, `5ر15` is 15.5, `000ر22` is 22000. A
 * numeral in brackets or quotation marks followed by a scale word is one
 * expression from the opening mark: `(15) ألف` is 15000.
 *
 * **Not numbers.** Words that merely contain number letters (ستار، عشيرة);
 * digits glued to the letters after them ("١٨٠ميلي"), unless the letters are
 * a scale word with a missing space ("120مليار" is 120 billion); digits to a Latin code
 * ("A320", "F-16"); plural scales alone (آلاف، ملايين: vague, left to the
 * claims layer). Digits behind an Arabic word are read without it: the
 * clitic of "بـ3000" and "و500", the missing space of "عام2014".
 * Years and dates are numbers here; the claims layer treats them as dates.
 *
 * Spans index the caller's string: `input.slice(m.span.start, m.span.end) === m.text`.
 * Never throws on a string; linear in its length.
 *
 * @param text - Arabic text.
 * @returns The number expressions, in reading order.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * findNumbers('درّب التحالف 125.000 عنصر، ومنهم 22.000 ألف من البشمركة');
 * // [{ text: '125.000', value: 125000, kind: 'cardinal', span: { start: 13, end: 20 } },
 * //  { text: '22.000 ألف', value: 22000, kind: 'cardinal', span: { start: 33, end: 43 } }]
 * ```
 */
export function findNumbers(text: string): NumberMatch[] {
  requireString(text, 'findNumbers');
  return numberMatches(new TextDocument(text));
}

/**
 * Returns the value of a text that is exactly one number expression, or
 * `null` when it is not one.
 *
 * Surrounding white space and one leading clitic (و، ب، ل، ف، بـ) are allowed:
 * `parseArabicNumber('وثلاثة آلاف')` is 3000. Ordinals give their position
 * (`الحادي عشر` → 11). The separator rules are those of {@link findNumbers}.
 *
 * @param text - The expression, e.g. `"ثلاثة آلاف وخمسمئة"`, `"٤٫٥ مليون"`, `"125.000"`.
 * @returns The value, or `null`.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * parseArabicNumber('سبعة ملايين و500 ألف'); // 7500000
 * parseArabicNumber('ما لا يقل عن'); // null
 * ```
 */
export function parseArabicNumber(text: string): number | null {
  requireString(text, 'parseArabicNumber');
  // A cell of a column of figures rarely needs the folded copy: its letters are folded as they are read,
  // and its words cut and looked up in the same pass.
  const tokens = readUnfoldedTokens(text) ?? new NumberTokens(createPlainShadow(text));
  let first = 0 as TokenIndex;
  while (first < tokens.length && tokens.isSpace(first)) first++;
  let last = (tokens.length - 1) as TokenIndex;
  while (last >= first && tokens.isSpace(last)) last--;
  if (first > last) return null;
  // A clitic glued to digits (بـ3000، و500) is not part of the number; one written apart is not a clitic
  // (the token after a word is glued to it: a space between would be a token of its own).
  const digits = (first + 1) as TokenIndex;
  if (tokens.isWord(first) && digits <= last && tokens.isNumeral(digits) && tokens.end(first) - tokens.start(first) <= 3) {
    first = digits;
  }
  const parsed = parseNumberAt(tokens, first);
  if (!parsed || parsed.end !== last + 1 || !Number.isFinite(parsed.value)) return null;
  return parsed.value;
}
