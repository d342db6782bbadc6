import { conjunctionAnd } from '../../text/clitics.js';
import type { TokenStream } from '../../numbers/tokens.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { pad } from '../calendar.js';
import type { DayHalf } from '../lexicon/context.js';
import { cliticBefore, lastOf, numberStartingAt, plainInteger, type DateContext, type TimeRecognizer } from './context.js';

/** Most hours a clock shows. */
const HOURS = 24;
/** Hours on a twelve-hour clock. */
const HALF_DAY = 12;
/** Minutes in an hour. */
const MINUTES = 60;

/** Digits written hh:mm(:ss), "16,00" and "7.30" (after الساعة), or hhmm before a meridiem word ("340 مساءً"). */
const CLOCK_TEXT = /^(\d{1,2})[:,.](\d{2})$/u;
const GLUED_CLOCK = /^(\d{1,2})(\d{2})$/u;

/**
 * A time of day: "03:16 م"، "الساعة 14:00 بتوقيت غرينتش"، "الساعة الثامنة
 * مساءً"، "السابعة والنصف صباحا"، "الساعة 8 إلا ربع"، "نحو الساعة 16,00 بالتوقيت
 * المحلي". An hour alone needs الساعة or a word of the half of the day after it
 * ("7 مساء"): a bare "الثامنة" is the ordinal of "الدورة الثامنة".
 *
 * It keeps the hours in `clock`; the day they fall on is put on by the refiner
 * that anchors times to the day of their sentence.
 */
export const clockTime: TimeRecognizer = {
  name: 'clock time',
  starts: { digits: true, numbers: true, words: (l) => l.clockWords },
  read(context, k) {
    const { tokens, lexicon } = context;
    let j = k;
    let skip = 0;
    const clockWord = tokens.isWord(k) && (lexicon.clockWords.has(tokens.text(k)) || cliticBefore(tokens, k, lexicon.clockWords) > 0);
    if (clockWord) {
      skip = cliticBefore(tokens, k, lexicon.clockWords);
      j = tokens.next(k);
      if (j < 0) return null;
    }
    const hm = hourAt(context, j, clockWord);
    if (!hm) return null;
    let { hour, minute, end } = hm;
    // A share of the hour after it ("والنصف"، "إلا ربع"), or minutes ("و 30 دقيقة").
    const after = tokens.next(lastOf(end));
    const share = minute === 0 ? lexicon.unitFractions.matchAt(tokens, after) : null;
    if (share) {
      const minutes = Math.round(share.entry.fraction * MINUTES);
      if (minutes < 0) hour = (hour + HOURS - 1) % HOURS;
      minute = (minutes + MINUTES) % MINUTES;
      end = share.end;
    } else if (after >= 0 && tokens.isWord(after) && minute === 0) {
      const more = minutesAfter(context, after);
      if (more) {
        minute = more.minutes;
        end = more.end;
      }
    }
    // The half of the day, and the time zone.
    const half = lexicon.meridiem.matchAt(tokens, tokens.next(lastOf(end)));
    if (half) end = half.end;
    if (!clockWord && !half && !hm.colon) return null;
    if (half) hour = withHalf(hour, half.entry.kind);
    if (hour > HOURS || minute >= 60) return null;
    end = zoneEnd(context, end);
    const time = `${pad(hour % HOURS)}:${pad(minute)}`;
    return { start: k, end, kind: 'time', grain: 'day', clock: { from: time, to: time }, ...(skip ? { skip } : {}) };
  },
};

/** An hour (and minutes) at `j`: digits with a colon, digits alone, or an ordinal word ("الثامنة"). */
function hourAt(context: DateContext, j: TokenIndex, clockWord: boolean): { hour: number; minute: number; end: TokenIndex; colon: boolean } | null {
  const { document, tokens } = context;
  const n = tokens.numeral(j);
  if (n) {
    const text = tokens.text(j);
    const whole = CLOCK_TEXT.exec(text);
    // "16,00" and "7.30" are numerals of their own: a time only after الساعة or before a time zone ("21,00 ت غ").
    if (whole && (clockWord || context.lexicon.timeZones.matchAt(tokens, tokens.next(j)))) return { hour: Number(whole[1]), minute: Number(whole[2]), end: (j + 1) as TokenIndex, colon: true };
    const hour = plainInteger(tokens, j);
    if (hour === null || text.length > 4) return null;
    const colon = (j + 1) as TokenIndex;
    if (tokens.isPunct(colon, ':') && adjacent(tokens, j, colon)) {
      const mm = (colon + 1) as TokenIndex;
      const minute = plainInteger(tokens, mm);
      if (minute === null || tokens.text(mm).length !== 2 || !adjacent(tokens, colon, mm)) return null;
      let end = (mm + 1) as TokenIndex;
      // Seconds: "7:56:30".
      if (tokens.isPunct(end, ':') && adjacent(tokens, mm, end) && plainInteger(tokens, (end + 1) as TokenIndex) !== null && adjacent(tokens, end, (end + 1) as TokenIndex)) {
        end = ((end + 2) as TokenIndex);
      }
      return hour <= HOURS ? { hour, minute, end, colon: true } : null;
    }
    if (text.length > 2) {
      // "340 مساءً": hours and minutes written together, read only before a word of the half of the day.
      // A one-letter mark (م، ص) after four digits is the era of a year ("2003م"), not the half of a day.
      const glued = GLUED_CLOCK.exec(text);
      const half = glued ? context.lexicon.meridiem.matchAt(tokens, tokens.next(j)) : null;
      if (!glued || !half || tokens.text(half.start).length < 2 || Number(glued[1]) > HALF_DAY || Number(glued[2]) >= 60) return null;
      return { hour: Number(glued[1]), minute: Number(glued[2]), end: (j + 1) as TokenIndex, colon: false };
    }
    return hour <= HOURS ? { hour, minute: 0, end: (j + 1) as TokenIndex, colon: false } : null;
  }
  const word = numberStartingAt(document, j);
  if (!word || !Number.isInteger(word.value) || word.value < 1 || word.value > HALF_DAY) return null;
  if (word.kind !== 'ordinal' && !(clockWord && word.kind === 'cardinal')) return null;
  for (let t = j; t < word.end; t++) if (tokens.isNumeral(t)) return null;
  return { hour: word.value, minute: 0, end: word.end, colon: false };
}

/** Minutes after the hour: "و 30 دقيقة"، "و20 دقيقة"، "وخمسة وثلاثين". */
function minutesAfter(context: DateContext, k: TokenIndex): { minutes: number; end: TokenIndex } | null {
  const { document, tokens, lexicon } = context;
  let j = k;
  if (tokens.isAnd(j)) j = tokens.next(j);
  else if (!tokens.text(j).startsWith(conjunctionAnd)) return null;
  const n = document.numberAt(j);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.value >= 60) return null;
  let end = n.end;
  const unit = tokens.nextWord(lastOf(end));
  if (unit >= 0 && lexicon.durationUnit.get(tokens.text(unit)) === 'minute') end = ((unit + 1) as TokenIndex);
  else if (tokens.isNumeral(j)) return null;
  return { minutes: n.value, end };
}

/** The hour on a 24-hour clock. */
function withHalf(hour: number, half: DayHalf): number {
  if (half === 'am') return hour === HALF_DAY ? 0 : hour;
  if (half === 'pm') return hour < HALF_DAY ? hour + HALF_DAY : hour;
  // Night: 9–11 in the evening, 12 and 1–5 after midnight.
  if (hour === HALF_DAY) return 0;
  return hour >= 6 && hour < HALF_DAY ? hour + HALF_DAY : hour;
}

/** Past a time zone after the time: "بتوقيت غرينتش"، "بالتوقيت المحلي"، "ت غ". */
function zoneEnd(context: DateContext, end: TokenIndex): TokenIndex {
  const { tokens, lexicon } = context;
  let open = tokens.next(lastOf(end));
  const bracket = tokens.isPunct(open, '(');
  if (bracket) open = tokens.next(open);
  const zone = lexicon.timeZones.matchAt(tokens, open);
  if (!zone) return end;
  let last = lastOf(zone.end);
  if (zone.entry.named) {
    const name = tokens.nextWord(last);
    if (name < 0) return end;
    last = name;
  }
  if (bracket) {
    const close = tokens.next(last);
    return tokens.isPunct(close, ')') ? ((close + 1) as TokenIndex) : end;
  }
  return (last + 1) as TokenIndex;
}

function adjacent(tokens: TokenStream, a: TokenIndex, b: TokenIndex): boolean {
  return tokens.end(a) === tokens.start(b);
}
