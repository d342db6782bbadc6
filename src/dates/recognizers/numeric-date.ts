import { tokenIndex } from '../../text/coordinates.js';
import { isYear, pad } from '../calendar.js';
import { plainInteger, type TimeRecognizer } from './context.js';

/**
 * A date in digits with a year last: "30/11/2017" (day first, the Arab order),
 * "5/17/2018" (month first, when the second part cannot be a month).
 */
export const numericDate: TimeRecognizer = {
  name: 'numeric date',
  read({ tokens }, k) {
    const first = plainInteger(tokens, k);
    if (first === null || first < 1 || first > 31) return null;
    const sep = tokens.next(k);
    if (!tokens.isPunct(sep, '/-.')) return null;
    const b = tokens.next(sep);
    const second = plainInteger(tokens, b);
    const sep2 = tokens.next(b);
    const c = tokens.next(sep2);
    const year = plainInteger(tokens, c);
    if (second === null || !tokens.isPunct(sep2, tokens.text(sep)) || !isYear(year)) return null;
    const [day, month] = second > 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    return { start: k, end: tokenIndex(c + 1), kind: 'date', from: iso, to: iso };
  },
};
