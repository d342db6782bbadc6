import type { ShadowOffset } from '../text/coordinates.js';
import type { ShadowText } from '../text/shadow.js';
import { isDigit, isLetter } from '../text/tokenize.js';

/** A run of digits with its separators, read from the shadow text. */
export interface Numeral {
  /** Shadow offset of the first character (the sign, if any). */
  readonly start: ShadowOffset;
  /** Shadow offset just past the numeral. */
  readonly end: ShadowOffset;
  /** The value under the news convention (125.000 is 125000). */
  readonly value: number;
  /**
   * When the numeral is `digits.ddd` with a dot and nothing else, the decimal
   * reading (125.000 → 125, 4.500 → 4.5). A following scale word selects it:
   * "22.000 ألف" is 22000 and "4.500 مليون" is 4.5 million.
   */
  readonly decimalReading: number | null;
  /** How it is written. */
  readonly kind: 'cardinal' | 'decimal' | 'fraction';
  /** True when the numeral is an unsigned integer written without separators (a year, a count). */
  readonly plainInteger: boolean;
  /** The digits of the integer part, for decimals spelled out after فاصلة. */
  readonly digits: string;
  /**
   * True when letters follow the digits with no space ("١٨٠ميلي", "2017آخر"): not
   * a figure (a code, a unit typed without a space), but still readable as a year.
   */
  readonly gluedToLetters: boolean;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const ARABIC_COMMA = 0x060c;
const ARABIC_DECIMAL = 0x066b;
const ARABIC_THOUSANDS = 0x066c;
const SPACE = 0x20;
const SLASH = 0x2f;
const MINUS = 0x2d;
const PLUS = 0x2b;
const CARET = 0x5e;
/** ر, the separator of reversed digit groups (935ر6). */
const REH = 0x0631;

function digitRunEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** True when the original character behind shadow offset `i` is an Eastern (Arabic-Indic or Persian) digit. */
function isEasternDigit(shadow: ShadowText, i: number): boolean {
  const code = shadow.original.charCodeAt(shadow.starts[i]!);
  return (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/** Exactly three digits at `i`, not followed by a fourth. */
function threeDigitGroup(text: string, i: number): boolean {
  return digitRunEnd(text, i) === i + 3;
}

/** Digits whose integer value is always exact in a double (below 2^53). */
const EXACT_DIGITS = 15;

function toNumber(sign: number, intDigits: string, fracDigits: string): number {
  let v = 0;
  if (intDigits.length + fracDigits.length <= EXACT_DIGITS) {
    // The digits as one exact integer divided once by an exact power of ten: one correctly rounded
    // operation, so the same double as Number('int.frac'), without building that string.
    for (let i = 0; i < intDigits.length; i++) v = v * 10 + intDigits.charCodeAt(i) - 0x30;
    for (let i = 0; i < fracDigits.length; i++) v = v * 10 + fracDigits.charCodeAt(i) - 0x30;
    v /= 10 ** fracDigits.length;
  } else {
    v = Number(fracDigits.length > 0 ? `${intDigits || '0'}.${fracDigits}` : intDigits || '0');
  }
  return sign < 0 ? -v : v;
}

/**
 * True when a numeral may start at shadow offset `i`: a digit, or a sign or a
 * leading decimal point directly followed by a digit.
 */
export function numeralCanStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigit(c)) return true;
  if ((c === MINUS || c === PLUS || c === DOT || c === ARABIC_DECIMAL) && isDigit(text.charCodeAt(i + 1))) {
    const prev = text.charCodeAt(i - 1);
    // "2014-2017" is two numbers; "كوفيد-19" is a name.
    return i === 0 || !(isDigit(prev) || isLetter(prev) || prev === DOT || prev === COMMA);
  }
  return false;
}

/**
 * Scans the numeral starting at shadow offset `start` (where
 * {@link numeralCanStart} holds).
 *
 * Digits with letters glued after them ("١٨٠ميلي") come back with
 * `gluedToLetters`; the caller decides what they may still be.
 */
export function scanNumeral(shadow: ShadowText, start: ShadowOffset): Numeral {
  const text = shadow.text;
  // A run that continues a dotted or slashed sequence (the "168" of 192.168.1.2, the "17" of 5/17/2018)
  // is a plain integer: its separators belong to the code or date, not to a decimal.
  const before = text.charCodeAt(start - 1);
  if (
    (before === DOT || before === COMMA || before === SLASH || before === ARABIC_DECIMAL || before === ARABIC_COMMA) &&
    isDigit(text.charCodeAt(start - 2)) &&
    isDigit(text.charCodeAt(start))
  ) {
    const e = digitRunEnd(text, start);
    return finish(shadow, start, e, 1, text.slice(start, e), '', null, 'cardinal', true);
  }
  let i: number = start;
  let sign = 1;
  const first = text.charCodeAt(i);
  if (first === MINUS || first === PLUS) {
    sign = first === MINUS ? -1 : 1;
    i++;
  }
  const intStart: number = i;
  let intDigits = '';
  let fracDigits = '';
  let grouped = false;
  let decimalReading: number | null = null;
  let kind: Numeral['kind'] = 'cardinal';

  if (text.charCodeAt(i) === DOT || text.charCodeAt(i) === ARABIC_DECIMAL) {
    // ".77" and "٫٧٧": a decimal with no integer part.
    const e = digitRunEnd(text, i + 1);
    fracDigits = text.slice(i + 1, e);
    i = e;
    kind = 'decimal';
  } else if (text.charCodeAt(digitRunEnd(text, i)) === REH && isDigit(text.charCodeAt(digitRunEnd(text, i) + 1))) {
    return scanRehNumeral(shadow, start, sign, i);
  } else {
    const firstEnd = digitRunEnd(text, i);
    intDigits = text.slice(i, firstEnd);
    i = firstEnd;
    const eastern = isEasternDigit(shadow, intStart);
    // Thousands grouping: the first group has 1–3 digits, every later group exactly 3, one separator throughout.
    let groupSep = -1;
    let groupCount = 0;
    const firstRunLength = intDigits.length;
    // A first group of zeros groups nothing: "0.002" is a decimal, never 0002.
    if (intDigits.length <= 3 && !/^0+$/u.test(intDigits)) {
      for (;;) {
        const sep = text.charCodeAt(i);
        const candidate =
          sep === ARABIC_THOUSANDS || sep === ARABIC_COMMA || sep === SPACE || sep === DOT || (sep === COMMA && !eastern);
        if (!candidate || (groupSep !== -1 && sep !== groupSep) || !threeDigitGroup(text, i + 1)) break;
        // A space groups only digits of one script, and never a lone digit before a year ("في 3 2017").
        if (sep === SPACE && isEasternDigit(shadow, i + 1) !== eastern) break;
        groupSep = sep;
        intDigits += text.slice(i + 1, i + 4);
        i += 4;
        groupCount++;
        grouped = true;
      }
    }
    // Decimal part.
    const sep = text.charCodeAt(i);
    // The Arabic comma glued between digits is a decimal comma too, as BBC Arabic writes it: "9،5 ملايين نسمة"،
    // "18،5 في المئة" (a list separator has a space after it: "5، 6").
    const isDecimalSep =
      sep === ARABIC_DECIMAL ||
      (sep === DOT && groupSep !== DOT) ||
      (sep === COMMA && groupSep !== COMMA && groupSep !== DOT) ||
      (sep === ARABIC_COMMA && groupSep === -1);
    if (isDecimalSep && isDigit(text.charCodeAt(i + 1))) {
      const e = digitRunEnd(text, i + 1);
      fracDigits = text.slice(i + 1, e);
      i = e;
      kind = 'decimal';
    }
    // A dotted run that goes on (192.168.1.2, 30.11.2017, 1,2,3) is a code, a date or a list:
    // keep only the first run of digits and let the caller read the rest as numbers of their own.
    const after = text.charCodeAt(i);
    if ((after === DOT || after === COMMA || after === ARABIC_DECIMAL || after === ARABIC_COMMA) && isDigit(text.charCodeAt(i + 1))) {
      const firstRunEnd = digitRunEnd(text, intStart);
      return finish(shadow, start, firstRunEnd, sign, text.slice(intStart, firstRunEnd), '', null, 'cardinal', sign === 1);
    }
    // The news convention: one dot followed by exactly three digits is grouping (125.000),
    // unless a scale word follows, which the grammar decides with `decimalReading`.
    if (groupSep === DOT && groupCount === 1 && !fracDigits) {
      decimalReading = toNumber(sign, intDigits.slice(0, firstRunLength), intDigits.slice(firstRunLength));
    }
  }

  // Scientific notation and powers: 1e10, 12.32e+14, ١,١^٢٣, ٢,٥^-١.
  let exponent: { op: 'e' | '^'; value: number } | null = null;
  const op = text.charCodeAt(i);
  if ((op === 0x65 || op === 0x45 || op === CARET) && (fracDigits || intDigits)) {
    let k = i + 1;
    let expSign = 1;
    while (text.charCodeAt(k) === MINUS || text.charCodeAt(k) === PLUS) {
      if (text.charCodeAt(k) === MINUS) expSign = -expSign;
      k++;
    }
    if (isDigit(text.charCodeAt(k))) {
      let e = digitRunEnd(text, k);
      let expText = text.slice(k, e);
      // A power's exponent may itself be a decimal with the writer's decimal comma.
      if (op === CARET && (text.charCodeAt(e) === COMMA || text.charCodeAt(e) === DOT) && isDigit(text.charCodeAt(e + 1))) {
        const e2 = digitRunEnd(text, e + 1);
        expText += `.${text.slice(e + 1, e2)}`;
        e = e2;
      }
      exponent = { op: op === CARET ? '^' : 'e', value: expSign * Number(expText) };
      i = e;
    }
  }

  // Slash fractions: 3/4, ١١/١٠, and mixed "1 4/5". Three parts (5/17/2018) are a date.
  if (!exponent && !fracDigits && !grouped && text.charCodeAt(i) === SLASH && isDigit(text.charCodeAt(i + 1))) {
    const denEnd = digitRunEnd(text, i + 1);
    const denominator = Number(text.slice(i + 1, denEnd));
    const numerator = Number(intDigits);
    const isDate = text.charCodeAt(denEnd) === SLASH || (intDigits.length === 4 && denEnd - i - 1 >= 2);
    if (!isDate && denominator !== 0 && !isLetter(text.charCodeAt(denEnd))) {
      return finish(shadow, start, denEnd, 1, intDigits, '', null, 'fraction', false, (sign * numerator) / denominator);
    }
  }
  // Mixed number: "1 4/5" (one space, a proper fraction after it).
  if (!exponent && !fracDigits && !grouped && text.charCodeAt(i) === SPACE && isDigit(text.charCodeAt(i + 1))) {
    const numEnd = digitRunEnd(text, i + 1);
    if (text.charCodeAt(numEnd) === SLASH && isDigit(text.charCodeAt(numEnd + 1))) {
      const denEnd = digitRunEnd(text, numEnd + 1);
      const numerator = Number(text.slice(i + 1, numEnd));
      const denominator = Number(text.slice(numEnd + 1, denEnd));
      if (denominator > numerator && text.charCodeAt(denEnd) !== SLASH && !isLetter(text.charCodeAt(denEnd))) {
        const whole = Number(intDigits) + numerator / denominator;
        return finish(shadow, start, denEnd, 1, intDigits, '', null, 'fraction', false, sign * whole);
      }
    }
  }

  let value = toNumber(sign, intDigits, fracDigits);
  if (exponent) {
    // Build "1.2e-3" as a string for e-notation so the result is the nearest double, not a product of two roundings.
    value =
      exponent.op === 'e'
        ? Number(`${sign < 0 ? '-' : ''}${intDigits || '0'}.${fracDigits || '0'}e${exponent.value}`)
        : sign * Math.abs(value) ** exponent.value;
    kind = 'decimal';
  }
  return finish(shadow, start, i, sign, intDigits, fracDigits, decimalReading, kind, !grouped && !fracDigits && !exponent && sign === 1, value);
}

/**
 * Digits separated by ر, as some Gulf and Egyptian papers print them: the
 * groups come in reverse, the integer part last. "935ر6 مليون" is 6.935
 * million, "5ر15 درجة" 15.5 degrees, "85ر1 م" 1.85 m, "000ر22" 22000 and
 * "540ر999ر45" 45999540. Once reversed the groups follow the news convention
 * of {@link scanNumeral}: "6.935" is 6935, or 6.935 before a scale word.
 */
function scanRehNumeral(shadow: ShadowText, start: ShadowOffset, sign: number, at: number): Numeral {
  const text = shadow.text;
  const groups: string[] = [];
  let i = at;
  for (;;) {
    const e = digitRunEnd(text, i);
    groups.push(text.slice(i, e));
    i = e;
    if (text.charCodeAt(i) !== REH || !isDigit(text.charCodeAt(i + 1))) break;
    i++;
  }
  groups.reverse();
  const [integer, ...rest] = groups as [string, ...string[]];
  // Every group after the integer part three digits long: thousands (000ر22، 540ر999ر45).
  const thousands = integer.length <= 3 && rest.every((g) => g.length === 3);
  if (thousands) {
    const digits = integer + rest.join('');
    const decimalReading = rest.length === 1 ? toNumber(sign, integer, rest[0]!) : null;
    return finish(shadow, start, i, sign, digits, '', decimalReading, 'cardinal', false);
  }
  if (rest.length === 1) return finish(shadow, start, i, sign, integer, rest[0]!, null, 'decimal', false);
  // Three groups that are neither: keep the first run as a number of its own.
  const firstEnd = digitRunEnd(text, at);
  return finish(shadow, start, firstEnd, sign, text.slice(at, firstEnd), '', null, 'cardinal', sign === 1);
}

function finish(
  shadow: ShadowText,
  start: ShadowOffset,
  end: number,
  sign: number,
  intDigits: string,
  fracDigits: string,
  decimalReading: number | null,
  kind: Numeral['kind'],
  plainInteger: boolean,
  value: number = toNumber(sign, intDigits, fracDigits),
): Numeral {
  const gluedToLetters = isLetter(shadow.text.charCodeAt(end));
  return { start, end: end as ShadowOffset, value, decimalReading, kind, plainInteger, digits: intDigits, gluedToLetters };
}
