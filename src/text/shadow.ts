import { DELETE, EXPAND, combiningTable, foldTable } from './fold.js';

/** A half-open range of UTF-16 code-unit offsets: `input.slice(start, end)`. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

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
  /** For each shadow code unit, the original offset of the character it came from. */
  readonly starts: Uint32Array;
  /** For each shadow code unit, the original offset just past that character (and its marks). */
  readonly ends: Uint32Array;
}

/**
 * Builds the shadow copy of `input` in one pass.
 *
 * A character can vanish (diacritics), stay one unit, or grow (NFKC turns the
 * ligature U+FDFA into 18 characters): every shadow unit records the original
 * character it came from, so spans survive all three.
 */
export function createShadow(input: string): ShadowText {
  const n = input.length;
  let capacity = n + 16;
  let buffer = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let length = 0;

  const push = (code: number, start: number, end: number): void => {
    if (length === capacity) {
      capacity *= 2;
      const b = new Uint16Array(capacity);
      b.set(buffer);
      buffer = b;
      const s = new Uint32Array(capacity);
      s.set(starts);
      starts = s;
      const e = new Uint32Array(capacity);
      e.set(ends);
      ends = e;
    }
    buffer[length] = code;
    starts[length] = start;
    ends[length] = end;
    length++;
  };

  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const folded = foldTable[code]!;
    if (folded === DELETE && code !== 0) {
      // A mark right after a kept character belongs to it: widen that character's end.
      if (combiningTable[code] === 1 && length > 0 && ends[length - 1] === i) ends[length - 1] = i + 1;
      continue;
    }
    if (folded === EXPAND) {
      const expansion = input[i]!.normalize('NFKC');
      for (let k = 0; k < expansion.length; k++) {
        const c = expansion.charCodeAt(k);
        const f = foldTable[c]!;
        if (f === DELETE || f === EXPAND) continue;
        push(f, i, i + 1);
      }
      continue;
    }
    push(folded, i, i + 1);
  }

  let text = '';
  // fromCharCode with a spread is fastest in chunks that stay under the argument limit.
  const chunk = 8192;
  for (let i = 0; i < length; i += chunk) {
    text += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + chunk)) as unknown as number[]);
  }
  return { original: input, text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/**
 * Translates a shadow range `[start, end)` (non-empty) into a span of the original string.
 */
export function toOriginalSpan(shadow: ShadowText, start: number, end: number): Span {
  return { start: shadow.starts[start]!, end: shadow.ends[end - 1]! };
}
