import type { ShadowText } from '../text/shadow.js';
import { tokenize } from '../text/tokenize.js';
import { numeralCanStart, scanNumeral, type Numeral } from './numeral.js';
import { readWord, type WordReading } from './words.js';

/** A token of the number layer: a word, a whole numeral, white space or punctuation. */
export interface Lexeme {
  /** `rejected` is a run of digits glued to letters (a code, not a number). */
  readonly type: 'word' | 'numeral' | 'space' | 'punct' | 'rejected';
  /** Shadow offsets. */
  readonly start: number;
  readonly end: number;
  /** Shadow text. */
  readonly text: string;
  /** For words: contains a Latin letter. For spaces: contains a line break. */
  readonly flag: boolean;
  /** For numerals. */
  readonly numeral: Numeral | null;
  /** For words: the number-lexicon reading, computed on first use (undefined until then). */
  reading?: WordReading | null;
}

/** The number-lexicon reading of a word lexeme (memoised on the lexeme). */
export function readingOf(lexeme: Lexeme): WordReading | null {
  if (lexeme.type !== 'word' || lexeme.flag) return null;
  if (lexeme.reading === undefined) lexeme.reading = readWord(lexeme.text);
  return lexeme.reading;
}

/**
 * Splits the shadow text into lexemes, reading every numeral (digits with
 * their separators, sign, exponent or slash fraction) as one lexeme. One pass.
 */
export function lexemesOf(shadow: ShadowText): Lexeme[] {
  const tokens = tokenize(shadow.text);
  const text = shadow.text;
  const out: Lexeme[] = [];
  let t = 0;
  while (t < tokens.length) {
    const token = tokens[t]!;
    const startsNumeral =
      token.type === 'digits' || (token.type === 'punct' && token.end - token.start === 1 && numeralCanStart(text, token.start));
    if (startsNumeral) {
      const scanned = scanNumeral(shadow, token.start);
      const end = 'rejectEnd' in scanned ? scanned.rejectEnd : scanned.end;
      let rejected = 'rejectEnd' in scanned;
      // Digits glued to a Latin word before them are a code ("A320"); behind an Arabic word they are
      // a clitic (بـ3000، و500، ال١٩٢) or a missing space (عام2014), and still a number.
      const prev = out[out.length - 1];
      if (prev && prev.end === token.start) {
        if (prev.type === 'word' && prev.flag) rejected = true;
        if (prev.type === 'punct' && prev.text === '-' && out[out.length - 2]?.type === 'word' && out[out.length - 2]!.end === prev.start) {
          rejected = true;
        }
        if (prev.type === 'rejected') rejected = true;
      }
      out.push({
        type: rejected ? 'rejected' : 'numeral',
        start: token.start,
        end,
        text: text.slice(token.start, end),
        flag: false,
        numeral: rejected || 'rejectEnd' in scanned ? null : scanned,
      });
      while (t < tokens.length && tokens[t]!.start < end) t++;
      continue;
    }
    const flag = token.type === 'space' ? token.text.includes('\n') : token.latin;
    // Digit tokens always start a numeral above, so only words, spaces and punctuation reach here.
    out.push({ type: token.type as 'word' | 'space' | 'punct', start: token.start, end: token.end, text: token.text, flag, numeral: null });
    t++;
  }
  return out;
}
