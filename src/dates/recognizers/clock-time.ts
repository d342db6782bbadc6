import { tokenIndex } from '../../text/coordinates.js';
import { plainInteger, type TimeRecognizer } from './context.js';

/** Most hours a clock time can show. */
const HOURS = 24;

/** A time of day in digits, with the half of the day after it: "03:16 م", "14:30". */
export const clockTime: TimeRecognizer = {
  name: 'clock time',
  read({ tokens, lexicon }, k) {
    const hour = plainInteger(tokens, k);
    if (hour === null || hour > HOURS) return null;
    const colon = tokens.next(k);
    if (!tokens.isPunct(colon, ':')) return null;
    const minutes = tokens.next(colon);
    if (plainInteger(tokens, minutes) === null) return null;
    let end = tokenIndex(minutes + 1);
    const meridiem = tokens.nextWord(minutes);
    if (meridiem >= 0 && lexicon.meridiem.has(tokens.text(meridiem))) end = tokenIndex(meridiem + 1);
    return { start: k, end, kind: 'time' };
  },
};
