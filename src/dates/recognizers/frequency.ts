import { article, conjunctionClitics, prepositionBi, startsWithLetterOf } from '../../text/clitics.js';
import { type TokenIndex } from '../../text/coordinates.js';
import { isoDuration } from '../resolve.js';
import { lastOf, numberStartingAt, unitNounAt, type DateContext, type TimeRecognizer } from './context.js';

/** ب and the article glued to a noun of time: "مرة بالأسبوع" (once per week). */
const BI_ARTICLE = prepositionBi + article;

/** How far back a number may stand for "في الشهر" to be a rate ("ألف يورو في الشهر"). */
const RATE_REACH = 4;

/**
 * A time that repeats: "يوميا"، "سنويا"، "كل أسبوع"، "كل عامين"، "كل 3 أشهر"،
 * "كل يوم سبت"، and after a figure "في الشهر"، "في اليوم" ("ألف يورو في
 * الشهر": a rate). Its `duration` is the interval of repetition.
 */
export const frequency: TimeRecognizer = {
  name: 'frequency',
  starts: { words: (l) => [...l.frequency.keys(), ...l.every, ...l.durationUnit.keys(), ...l.links.in] },
  read(context, k) {
    const { tokens, lexicon } = context;
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    const unit = lexicon.frequency.get(word) ?? (word.length > 3 && startsWithLetterOf(conjunctionClitics, word) ? lexicon.frequency.get(tokens.tail(k)) : undefined);
    if (unit) return { start: k, end: (k + 1) as TokenIndex, kind: 'set', duration: isoDuration([{ count: 1, unit }]), ...(lexicon.frequency.has(word) ? {} : { skip: 1 }) };
    if (lexicon.every.has(word) || (startsWithLetterOf(conjunctionClitics, word) && lexicon.every.has(tokens.tail(k)))) return every(context, k);
    // The preposition of "ألف يورو في الشهر" (or ب glued: "مرة بالأسبوع").
    if (lexicon.links.in.has(word)) return perUnit(context, k, tokens.nextWord(k));
    if (word.startsWith(BI_ARTICLE)) return perUnit(context, k, k);
    return null;
  },
};

/** "كل أسبوع"، "كل عامين"، "كل 3 أشهر"، "كل يوم سبت". */
function every(context: DateContext, k: TokenIndex) {
  const { document, tokens, lexicon } = context;
  const j = tokens.next(k);
  if (j < 0) return null;
  const skip = lexicon.every.has(tokens.text(k)) ? {} : { skip: 1 };
  const n = numberStartingAt(document, j);
  if (n && n.kind === 'cardinal' && n.value > 1) {
    const u = tokens.nextWord(lastOf(n.end));
    const unit = u >= 0 ? unitNounAt(context, u) : null;
    if (!unit || unit.definite) return null;
    return { start: k, end: (u + 1) as TokenIndex, kind: 'set' as const, duration: isoDuration([{ count: n.value, unit: unit.unit }]), ...skip };
  }
  const unit = unitNounAt(context, j);
  if (!unit || unit.definite || unit.plural) return null;
  const end = (j + 1) as TokenIndex;
  // "كل يوم سبت"، "كل يوم جمعة": weekly.
  if (unit.unit === 'day' && !unit.count) {
    const w = tokens.nextWord(j);
    if (w >= 0 && lexicon.bareWeekdays.has(tokens.text(w))) {
      return { start: k, end: (w + 1) as TokenIndex, kind: 'set' as const, duration: 'P1W', ...skip };
    }
  }
  return { start: k, end, kind: 'set' as const, duration: isoDuration([{ count: unit.count ?? 1, unit: unit.unit }]), ...skip };
}

/** "في الشهر" after a figure, before the clause ends: a rate. */
function perUnit(context: DateContext, k: TokenIndex, j: TokenIndex) {
  const { tokens } = context;
  const unit = j >= 0 ? unitNounAt(context, j) : null;
  // "كيلومترا في الساعة" is a speed: per hour, minute or second belongs to the unit.
  if (!unit || !unit.definite || unit.plural || unit.count || unit.unit === 'hour' || unit.unit === 'minute' || unit.unit === 'second') return null;
  const after = tokens.next(j);
  if (after >= 0 && !tokens.isPunct(after) && !tokens.isAnd(after)) return null;
  let figure = false;
  for (let b = tokens.previous(k), steps = 0; b >= 0 && steps < RATE_REACH; b = tokens.previous(b), steps++) {
    if (tokens.isPunct(b)) break;
    if (tokens.isNumeral(b) || context.document.numberIndexAt(b) >= 0) figure = true;
  }
  if (!figure) return null;
  return { start: k, end: (j + 1) as TokenIndex, kind: 'set' as const, duration: isoDuration([{ count: 1, unit: unit.unit }]) };
}

