import { stemCandidates } from '../../text/clitics.js';
import { tokenIndex } from '../../text/coordinates.js';
import { plainInteger, type TimeRecognizer } from './context.js';

/** Years read from digits alone: outside this range a number is more likely a count than a year. */
const BARE_YEARS = { min: 1900, max: 2100 };

/**
 * A year in digits: after a word that introduces one ("عام 2014", "منذ 2011",
 * "وفي 2017", "بعام 2014"), or standing at the end of its line or before punctuation.
 */
export const year: TimeRecognizer = {
  name: 'year',
  read({ tokens, lexicon }, k) {
    const value = plainInteger(tokens, k);
    if (value === null || value < BARE_YEARS.min || value > BARE_YEARS.max) return null;
    const before = tokens.previousWord(k);
    // A conjunction or ب may be glued to the word that introduces the year.
    const introduced = before >= 0 && stemCandidates(tokens.text(before), 'وفب').some((w) => lexicon.yearContext.has(w));
    if (!introduced && tokens.nextWord(k) >= 0) return null;
    return { start: k, end: tokenIndex(k + 1), kind: 'date', from: String(value), to: String(value) };
  },
};
