import { conjunctionClitics, startsWithLetterOf } from '../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';
import type { PredicateReading } from './draft.js';

/** Most words read back from a claim for its predicate ("قتلت … ما لا يقل عن 801"). */
const PREDICATE_WORDS_BEFORE = 10;
/** Most words read after a claim for its predicate ("3000 مقاتل قتلوا"). */
const PREDICATE_WORDS_AFTER = 6;

/**
 * The predicate slot: the nearest event word before the claim in its sentence
 * (other figures do not count towards the distance), else one just after it
 * before any punctuation. `[start, end)` are the claim's tokens.
 */
export function readPredicate(c: ClaimContext, start: TokenIndex, end: TokenIndex): PredicateReading | null {
  const { tokens } = c;
  const sentence: TokenRange = c.sentenceAround(start);
  const predicates = c.syntax.predicates;
  // "إنقاذ 17 من بين 67 راكبا": the whole that a part is taken out of is not what happened to the part.
  const whole = wholeAfter(c, start);
  for (let k = (start - 1) as TokenIndex, words = 0; !whole && k >= sentence.start && k >= start - SEARCH_REACH && words < PREDICATE_WORDS_BEFORE; k--) {
    // "… بحياة 35 شخصا، وإن نحو 120 مصابا": a comma and a clause opener start the claim's own clause.
    if (tokens.isPunct(k) && c.syntax.commas.has(tokens.text(k)) && c.syntax.clauseOpeners.matchAt(tokens, tokens.nextWord(k)) !== null) break;
    // Without the comma too: "تم إنقاذ 67 منهم كما تم انتشال 35 جثة" — the rescue is the 67's.
    if (tokens.isWord(k) && c.syntax.clauseOpeners.matchAt(tokens, k) !== null) break;
    if (!tokens.isWord(k) || c.isNumberToken(k)) continue;
    words++;
    const m = predicates.matchAt(tokens, k);
    if (m) return { entry: m.entry, at: k };
  }
  for (let k = end, words = 0; k < sentence.end && k < end + SEARCH_REACH && words < PREDICATE_WORDS_AFTER; k++) {
    if (tokens.isPunct(k)) break;
    // "انتشال 35 جثة وإنقاذ 67 مهاجرا": a further figure owns the words after it.
    if (c.isNumberToken(k)) break;
    if (!tokens.isWord(k)) continue;
    words++;
    const m = predicates.matchAt(tokens, k);
    // …and an event word with a glued و or ف opens the next clause: the 35 bodies were not rescued.
    if (m && m.clitic > 0 && startsWithLetterOf(conjunctionClitics, tokens.text(k))) break;
    if (m) return { entry: m.entry, at: k };
  }
  return null;
}

/** Most words of a phrase of the whole: من بين، من أصل، من إجمالي. */
const WHOLE_WORDS = 2;

/** True when a phrase of the whole (من أصل، من بين) ends right before token `start`. */
function wholeAfter(c: ClaimContext, start: TokenIndex): boolean {
  const { tokens } = c;
  for (let k = tokens.previousWord(start), words = 0; k >= 0 && words < WHOLE_WORDS; k = tokens.previousWord(k), words++) {
    const m = c.lexicon.elisionBefore.matchAt(tokens, k);
    if (m && tokens.next((m.end - 1) as TokenIndex) === start) return true;
  }
  return false;
}
