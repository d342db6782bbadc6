import { DELETE, EXPAND, combiningTable, foldTable } from './fold.js';
import type { ShadowOffset, Span } from './coordinates.js';

export type { Span } from './coordinates.js';

/** Offsets by shadow code unit: a plain array for short texts (cheap to allocate), a typed array for long ones (compact). */
export type OffsetTable = ArrayLike<number>;

/**
 * A normalised copy of a text with a map back to the caller's string.
 *
 * Rules match on {@link ShadowText.text}; every span handed to the caller is
 * translated with {@link toOriginalSpan}, so it indexes the original exactly.
 */
export interface ShadowText {
  /** The caller's string, unchanged. */
  readonly original: string;
  /** The folded copy: no diacritics, tatweel or format characters; one alef, ي, ه; ASCII digits. */
  readonly text: string;
  /**
   * For each shadow code unit, the original offset of the character it came from.
   * May run past the end of the text (short texts that fold one to one share one table).
   */
  readonly starts: OffsetTable;
  /** For each shadow code unit, the original offset just past that character (and its marks); may run past the end too. */
  readonly ends: OffsetTable;
  /**
   * True when {@link text} is the caller's string left unfolded (see {@link unfoldedShadow}):
   * its letters fold one to one, and whoever reads it folds each letter as it compares it.
   */
  readonly unfolded?: boolean;
}

/**
 * Below this length the shadow's tables are plain arrays: allocating a typed
 * array costs about a microsecond, which dominated parsing one short figure
 * (`parseArabicNumber('ثلاثة آلاف')`); above it, typed arrays halve the memory.
 */
const SHORT_TEXT = 512;

/** The first code unit of the Arabic block: every fold of a letter lands at or above it, every other fold (a space, a digit, a sign) below. */
const ARABIC = 0x0600;

/**
 * Builds the shadow copy of `input` in one pass.
 *
 * A character can vanish (diacritics), stay one unit, or grow (NFKC turns the
 * ligature U+FDFA into 18 characters): every shadow unit records the original
 * character it came from, so spans survive all three.
 */
export function createShadow(input: string): ShadowText {
  return input.length <= SHORT_TEXT ? createShortShadow(input) : createLongShadow(input);
}

/**
 * Offset tables for a short text that folds one code unit to one (ثلاثة → ثلاثه،
 * ٣٠٠٠ → 3000, no marks to drop, nothing to expand): shadow unit `i` comes from
 * original unit `i`, so every such text shares these two tables.
 */
const identityStarts: readonly number[] = Array.from({ length: SHORT_TEXT }, (_, i) => i);
const identityEnds: readonly number[] = Array.from({ length: SHORT_TEXT }, (_, i) => i + 1);

/**
 * The shadow of a short text whose folding changes nothing but letters, one to
 * one (أربعة → اربعه، إحدى و500 → احدي و500), left unfolded: the text is the
 * caller's string, marked {@link ShadowText.unfolded}, and shadow unit `i` is
 * original unit `i`. Every other unit folds to itself, and a letter folds to a
 * letter, so the tokens and the numerals are those of the folded copy; a reader
 * that folds each letter as it compares it ({@link foldTable} leaves a folded
 * letter as it is) reads it as it would read the copy, which a cell of a column
 * of figures ("ثلاثة آلاف وخمسمئة") then never makes.
 *
 * Null for a long text. The caller checks every unit with {@link foldedInPlace}
 * (it does so while it reads them: see `readUnfoldedTokens`) and uses
 * the shadow only when none is -1.
 */
export function unfoldedShadow(input: string): ShadowText | null {
  return input.length > SHORT_TEXT ? null : { original: input, text: input, starts: identityStarts, ends: identityEnds, unfolded: true };
}

/**
 * The fold of code unit `code` when an unfolded shadow may keep it as written:
 * the unit itself, or for a letter the letter it folds to (أ → ا، ة → ه).
 * -1 for a mark to drop, a form to expand, a digit or a space of another kind
 * to fold (٣ → 3), and U+0000, which folding keeps in the copy but drops from
 * a word.
 */
export function foldedInPlace(code: number): number {
  const folded = foldTable[code]!;
  return folded === DELETE || folded === EXPAND || (folded !== code && folded < ARABIC) ? -1 : folded;
}

/**
 * The shadow of a short text. Most short texts (a figure, a cell of a table)
 * fold one unit to one and share the identity tables; the others are built
 * in growable plain arrays: no typed array to allocate, no counting pass.
 */
function createShortShadow(input: string): ShadowText {
  const n = input.length;
  // Allocated at the first unit that folds, with the units before it.
  let units: number[] | null = null;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const folded = foldTable[code]!;
    if (folded === code) {
      if (units !== null) units[i] = code;
      continue;
    }
    // A mark to drop or a form to expand: the offsets no longer run one to one.
    if (folded === DELETE || folded === EXPAND) return createPlainShadow(input);
    if (units === null) {
      units = new Array<number>(n);
      for (let k = 0; k < i; k++) units[k] = input.charCodeAt(k);
    }
    units[i] = folded;
  }
  const text = units === null ? input : String.fromCharCode.apply(null, units);
  return { original: input, text, starts: identityStarts, ends: identityEnds };
}

/**
 * The shadow copy in plain arrays at any length, for a caller that reads one
 * string and keeps nothing (`parseArabicNumber`): the same text and offsets
 * as {@link createShadow}, without the typed-array builder for long texts,
 * which a bundle of that function alone then leaves out. Such a caller tries
 * {@link unfoldedShadow} first: most of its strings need no copy.
 */
export function createPlainShadow(input: string): ShadowText {
  const n = input.length;
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const folded = foldTable[code]!;
    if (folded === DELETE && code !== 0) {
      // A mark right after a kept character belongs to it: widen that character's end.
      const last = ends.length - 1;
      if (combiningTable[code] === 1 && last >= 0 && ends[last] === i) ends[last] = i + 1;
      continue;
    }
    if (folded !== EXPAND) {
      units.push(folded);
      starts.push(i);
      ends.push(i + 1);
      continue;
    }
    const expansion = input[i]!.normalize('NFKC');
    for (let k = 0; k < expansion.length; k++) {
      const f = foldTable[expansion.charCodeAt(k)]!;
      if (f === DELETE || f === EXPAND) continue;
      units.push(f);
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { original: input, text: String.fromCharCode.apply(null, units), starts, ends };
}

/** The shadow of a long text in typed arrays sized to the input (grown only when NFKC lengthens it). */
function createLongShadow(input: string): ShadowText {
  const n = input.length;
  let capacity = n + 16;
  let buffer = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let length = 0;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const folded = foldTable[code]!;
    if (folded === DELETE && code !== 0) {
      changed = true;
      if (combiningTable[code] === 1 && length > 0 && ends[length - 1] === i) ends[length - 1] = i + 1;
      continue;
    }
    if (folded !== EXPAND && length < capacity) {
      if (folded !== code) changed = true;
      buffer[length] = folded;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
      continue;
    }
    changed = true;
    const expansion = folded === EXPAND ? input[i]!.normalize('NFKC') : String.fromCharCode(folded);
    for (let k = 0; k < expansion.length; k++) {
      const f = foldTable[expansion.charCodeAt(k)]!;
      if (f === DELETE || f === EXPAND) continue;
      if (length === capacity) {
        // NFKC lengthened the text (U+FDFA is 18 characters): grow all three tables together.
        capacity *= 2;
        buffer = grow(buffer, new Uint16Array(capacity));
        starts = grow(starts, new Uint32Array(capacity));
        ends = grow(ends, new Uint32Array(capacity));
      }
      buffer[length] = f;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
    }
  }
  return {
    original: input,
    text: changed ? utf16Decoder.decode(buffer.subarray(0, length)) : input,
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
  };
}

interface Utf16Decoder {
  decode(input: Uint16Array): string;
}

// TextDecoder is a web standard (browsers, edge runtimes, Node) and the fastest way to turn many code units into
// a string; it is not in the ES library types, so it is looked up on globalThis, with a portable fallback.
// Marked pure: a bundle that never builds a long shadow (parseArabicNumber alone) leaves it out.
const utf16Decoder: Utf16Decoder = /* @__PURE__ */ (() => {
  const DecoderClass = (globalThis as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
  return DecoderClass !== undefined
    ? new DecoderClass('utf-16le')
    : {
        decode(units: Uint16Array): string {
          let out = '';
          for (let i = 0; i < units.length; i += 8192) {
            out += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + 8192)));
          }
          return out;
        },
      };
})();

function grow<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Translates a non-empty shadow range `[start, end)` into a span of the original string. */
export function toOriginalSpan(shadow: ShadowText, start: ShadowOffset, end: ShadowOffset): Span {
  return { start: shadow.starts[start]!, end: shadow.ends[end - 1]! };
}
