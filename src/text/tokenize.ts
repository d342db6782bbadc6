/**
 * Coarse tokens of the shadow text: letter runs, digit runs, white space and
 * single punctuation characters. Later stages combine them (a numeral is
 * digits and separators; a phrase is words and spaces).
 */

/** What a token is made of. */
export type TokenType = 'word' | 'digits' | 'space' | 'punct';

/** One token of the shadow text. Offsets index the shadow, not the original. */
export interface Token {
  /** Kind of run. */
  readonly type: TokenType;
  /** Shadow offset of the first code unit. */
  readonly start: number;
  /** Shadow offset just past the last code unit. */
  readonly end: number;
  /** The shadow text of the token. */
  readonly text: string;
  /** True when the word contains a Latin letter (codes such as "A320" are not numbers). */
  readonly latin: boolean;
}

const enum CharClass {
  Other = 0,
  Arabic = 1,
  Latin = 2,
  Digit = 3,
  Space = 4,
}

const letterPattern = /\p{L}|\p{M}/u;

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = CharClass.Digit;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = CharClass.Latin;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = CharClass.Latin;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0x1680, 0x2028, 0x2029, 0x3000]) table[c] = CharClass.Space;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = CharClass.Space;
  for (let c = 0xc0; c < 0xd800; c++) {
    if (table[c] !== CharClass.Other) continue;
    if (!letterPattern.test(String.fromCharCode(c))) continue;
    // Arabic-script blocks; every other script is lumped with Latin (not a number context).
    const arabic = (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
    table[c] = arabic ? CharClass.Arabic : CharClass.Latin;
  }
  for (let c = 0xf900; c < 0x10000; c++) {
    if (letterPattern.test(String.fromCharCode(c))) table[c] = CharClass.Latin;
  }
  return table;
}

const classTable = buildClassTable();

/** True for an Arabic-script letter of the shadow text. */
export function isArabicLetter(code: number): boolean {
  return classTable[code] === CharClass.Arabic;
}

/** True for any letter (Arabic, Latin or another script). */
export function isLetter(code: number): boolean {
  const c = classTable[code];
  return c === CharClass.Arabic || c === CharClass.Latin;
}

/** True for an ASCII digit (the shadow has folded every digit script to ASCII). */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for white space (the shadow has folded no-break spaces to U+0020). */
export function isSpace(code: number): boolean {
  return classTable[code] === CharClass.Space;
}

/** Token types in the order {@link scanToken} encodes them. */
export const tokenTypes: readonly TokenType[] = ['word', 'digits', 'space', 'punct'];

/** The index of each type in {@link tokenTypes}, as {@link scanToken} encodes it. */
export const SCANNED_WORD = 0;
export const SCANNED_DIGITS = 1;
export const SCANNED_SPACE = 2;
export const SCANNED_PUNCT = 3;

/**
 * Scans one token starting at `i` without allocating: returns
 * `end * 8 + typeIndex * 2 + latin`, where `typeIndex` indexes
 * {@link tokenTypes}. Lets later stages build their own objects in one pass.
 */
export function scanToken(text: string, i: number): number {
  const n = text.length;
  const cls = classTable[text.charCodeAt(i)]!;
  if (cls === CharClass.Arabic || cls === CharClass.Latin) {
    let latin = cls === CharClass.Latin ? 1 : 0;
    i++;
    while (i < n) {
      const c = classTable[text.charCodeAt(i)]!;
      if (c === CharClass.Arabic) i++;
      else if (c === CharClass.Latin) {
        latin = 1;
        i++;
      } else break;
    }
    return i * 8 + latin;
  }
  if (cls === CharClass.Digit || cls === CharClass.Space) {
    i++;
    while (i < n && classTable[text.charCodeAt(i)] === cls) i++;
    return i * 8 + (cls === CharClass.Digit ? 2 : 4);
  }
  // Keep a surrogate pair together so no span splits a character.
  const code = text.charCodeAt(i);
  return (i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1)) * 8 + 6;
}

/** Splits shadow text into tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const packed = scanToken(text, i);
    const end = Math.floor(packed / 8);
    tokens.push({ type: tokenTypes[(packed & 7) >> 1]!, start: i, end, text: text.slice(i, end), latin: (packed & 1) === 1 });
    i = end;
  }
  return tokens;
}
