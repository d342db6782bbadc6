/**
 * Noun phrases for subjects and speakers, read without a part-of-speech
 * tagger from what Arabic marks on the surface: the article ال, the construct
 * chain (indefinite heads followed by a definite noun: أفراد قوات الأمن),
 * quotation marks around names.
 */
import type { Lexemes } from '../numbers/lexemes.js';
import type { ShadowText } from '../text/shadow.js';
import { toOriginalSpan } from '../text/shadow.js';
import { normalizeEntityName } from '../names/normalize.js';
import type { EntityRef } from '../model.js';

/** Lexemes `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

const quoteMarks = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);

/** True when lexeme `k` is a quotation mark. */
export function isQuote(lx: Lexemes, k: number): boolean {
  return k >= 0 && k < lx.length && lx.type(k) === 'punct' && quoteMarks.has(lx.text(k));
}

const definitePattern = /^[وفبكل]?(?:ال|لل)/u;

/** True for a word with the article, behind a clitic or not (الدعم، والدعم، للاستراتيجية). */
export function isDefinite(word: string): boolean {
  return definitePattern.test(word);
}

/** Next non-space lexeme after `k` on the same line, or -1. */
export function nextToken(lx: Lexemes, k: number): number {
  let j = k + 1;
  while (j < lx.length && lx.type(j) === 'space' && !lx.flag(j)) j++;
  return j < lx.length && lx.type(j) !== 'space' ? j : -1;
}

/**
 * A short quoted name starting at the quotation mark `k` ("“داعش”", "«ايرورز»"):
 * the words inside, when there are one to four of them and the quote closes.
 */
export function quotedName(lx: Lexemes, k: number): Range | null {
  if (!isQuote(lx, k)) return null;
  let j = nextToken(lx, k);
  const start = j;
  let words = 0;
  while (j >= 0 && lx.type(j) === 'word' && words < 5) {
    words++;
    const n = nextToken(lx, j);
    if (isQuote(lx, n)) return words <= 4 ? { start, end: j + 1 } : null;
    j = n;
  }
  return null;
}

/**
 * The noun phrase starting at word lexeme `k`: a construct chain of at most two
 * indefinite heads ending in a definite noun (قوات الأمن، أفراد قوات الأمن), then
 * the definite adjectives after it (العراقية). A lone indefinite word is a name
 * (داعش). `isStop` words end the phrase before they start it.
 */
export function nounPhraseAt(lx: Lexemes, k: number, isStop: (word: string) => boolean): Range | null {
  const quoted = quotedName(lx, k);
  if (quoted) return quoted;
  if (k < 0 || lx.type(k) !== 'word' || lx.flag(k) || isStop(lx.text(k))) return null;
  let end = k + 1;
  if (!isDefinite(lx.text(k))) {
    // Up to two indefinite heads, then a definite noun, or the first word alone.
    let j = nextToken(lx, k);
    let heads = 1;
    while (j >= 0 && lx.type(j) === 'word' && !isDefinite(lx.text(j)) && heads < 2 && !isStop(lx.text(j))) {
      heads++;
      j = nextToken(lx, j);
    }
    // A construct can end in a quoted name: تنظيم “داعش”.
    const name = quotedName(lx, j);
    if (name && heads === 1) return { start: k, end: nextToken(lx, name.end - 1) + 1 };
    if (j < 0 || lx.type(j) !== 'word' || !isDefinite(lx.text(j)) || isStop(lx.text(j))) return { start: k, end: k + 1 };
    end = j + 1;
  }
  // Definite words after a definite noun: adjectives and the rest of the chain (الدولة الإسلامية).
  let j = nextToken(lx, end - 1);
  while (j >= 0 && lx.type(j) === 'word' && lx.text(j).startsWith('ال') && !isStop(lx.text(j))) {
    // Only the bare article continues a phrase: والشرطة starts a second one.
    end = j + 1;
    j = nextToken(lx, j);
  }
  return { start: k, end };
}

/** An EntityRef for lexemes `r` of the shadow, its name the entity key of its text. */
export function entityRef(shadow: ShadowText, lx: Lexemes, r: Range): EntityRef {
  const span = toOriginalSpan(shadow, lx.start(r.start), lx.end(r.end - 1));
  const text = shadow.original.slice(span.start, span.end);
  return { text, span, name: normalizeEntityName(text) };
}
