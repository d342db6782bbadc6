import { type TokenIndex } from '../../text/coordinates.js';
import { isoAt, resolveRelative, type Grain, type Resolution } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import { countedSpan, isoDuration, unitGrain } from '../resolve.js';
import { directionAt, lastOf, numberStartingAt, plainInteger, unitNounAt, type DateContext, type TimeRecognizer, type UnitNoun } from './context.js';

/** Words for "this": "هذا العام"، "هذه السنة". */

/** How many an unsaid small number stands for: "الأيام القليلة الماضية" (read as three, as Recognizers-Text reads it). */
const FEW_COUNT = 3;

/**
 * A week, month, year, decade or century named from publication:
 *
 * - "هذا العام"، "هذه السنة"، "هذا الأسبوع" — the current one;
 * - "العام نفسه"، "في ذات اليوم"، "نفس الشهر" — the one of the time named before it;
 * - "العام الماضي"، "الشهر المقبل"، "الأسبوع القادم"، "السنة الماضية"،
 *   "العقد المقبل"، "الأسبوع بعد القادم" — the one before or after (التالي is
 *   the one after the time named before it, when there is one);
 * - counted: "الأشهر التسعة الماضية"، "العامين الماضيين"، "الأيام القليلة
 *   المقبلة"، "آخر 8 أسابيع"، "آخر عامين" — the span of so many units up to
 *   publication, or from the day after it;
 * - a plural with no count: "في السنوات الأخيرة" — vague, up to publication.
 */
export const relativeUnit: TimeRecognizer = {
  name: 'relative unit',
  starts: { words: (l) => [...l.links.this, ...l.links.same, ...l.durationUnit.keys(), ...l.edgeWords.keys()] },
  read(context, k) {
    const { tokens } = context;
    if (!tokens.isWord(k)) return null;
    const word = tokens.text(k);
    if (context.lexicon.edgeWords.get(word) === 'last') return lastCount(context, k);
    if (context.lexicon.links.this.has(word)) {
      const j = tokens.nextWord(k);
      const unit = j >= 0 ? unitNounAt(context, j) : null;
      // "هذا اليوم" is "اليوم": the relative day reads it.
      if (!unit || !unit.definite || unit.plural || unit.count || unit.unit === 'day') return null;
      return named(context, k, (j + 1) as TokenIndex, unit, 0);
    }
    // "في ذات العام"، "نفس اليوم": the period of the time named before it (the anaphora refiner), or the current one.
    if (context.lexicon.links.same.has(word)) {
      const j = tokens.nextWord(k);
      const unit = j >= 0 ? unitNounAt(context, j) : null;
      if (!unit || !unit.definite || unit.plural || unit.count) return null;
      const e = named(context, k, (j + 1) as TokenIndex, unit, 0);
      return e ? joined(e, { anaphoric: 0 }) : null;
    }
    const unit = unitNounAt(context, k);
    if (!unit || !unit.definite) return null;
    if (unit.plural || unit.count) return counted(context, k, unit);
    const next = tokens.next(k);
    // "الأسبوع بعد القادم": two ahead.
    if (tokens.isWord(next) && context.lexicon.periodOpeners.matchAt(tokens, next)?.entry.role === 'after') {
      const after = tokens.next(next);
      const offset = directionAt(context, after);
      return offset === 1 ? named(context, k, (after + 1) as TokenIndex, unit, 2) : null;
    }
    // "اليوم التالي"، "الأسبوع الذي سبق": counted from the time named before it (the anaphora refiner),
    // or from publication when there is none.
    const anaphoric = context.lexicon.anaphoric.matchAt(tokens, next);
    if (anaphoric) {
      const e = named(context, k, anaphoric.end, unit, anaphoric.entry.offset);
      return e ? joined(e, { anaphoric: anaphoric.entry.offset }) : null;
    }
    const offset = directionAt(context, next);
    if (offset !== undefined) return named(context, k, (next + 1) as TokenIndex, unit, offset);
    // "نهاية الأسبوع"، "بقية العام"، "منتصف الشهر": after a word for a part of it, the current one.
    const before = tokens.previousWord(k);
    const part = before >= 0 ? context.lexicon.periodParts.matchEndingAt(tokens, before) : null;
    return part && unit.unit !== 'day' ? named(context, k, (k + 1) as TokenIndex, unit, 0) : null;
  },
};

/** The unit `offset` units from publication. */
function named(context: DateContext, start: TokenIndex, end: TokenIndex, unit: UnitNoun, offset: number): TimeExpression | null {
  const grain = unitGrain[unit.unit];
  if (!grain) return null;
  const { reference } = context;
  let resolution: Resolution = {};
  if (grain === 'day' || grain === 'week' || grain === 'month' || grain === 'year') resolution = resolveRelative(offset, grain, reference);
  else if (reference) {
    // A decade or century: the calendar one ("العقد المقبل" from 2016 is 2020–2029).
    const size = grain === 'decade' ? 10 : 100;
    const first = Math.floor(reference.getUTCFullYear() / size) * size + offset * size;
    resolution = { from: String(first), to: String(first + size - 1) };
  }
  return { start, end, kind: 'relative', grain, ...resolution };
}

/** "الأشهر التسعة الماضية"، "العامين الماضيين"، "الـ15 عاما الماضية"، "السنوات الأخيرة". */
function counted(context: DateContext, k: TokenIndex, unit: UnitNoun): TimeExpression | null {
  const { document, tokens } = context;
  const grain = unitGrain[unit.unit];
  if (!grain) return null;
  let j = tokens.next(k);
  let count = unit.count;
  if (count === undefined && j >= 0) {
    // The count after the plural: a number word ("التسعة"، "المئة") or digits, or "القليلة".
    const n = numberStartingAt(document, j);
    const word = countWord(context, j);
    if (n && n.kind === 'cardinal' && Number.isInteger(n.value) && n.value > 1) {
      count = n.value;
      j = tokens.next(lastOf(n.end));
    } else if (word !== null) {
      count = word;
      j = tokens.next(j);
    } else if (tokens.isWord(j) && context.lexicon.few.has(tokens.text(j))) {
      count = FEW_COUNT;
      j = tokens.next(j);
    }
  }
  const direction = directionAt(context, j);
  if (direction === undefined || direction === 0) return null;
  const end = (j + 1) as TokenIndex;
  if (count === undefined) {
    // "في السنوات الأخيرة": a vague stretch up to (or from) publication.
    const { reference } = context;
    const at = reference ? isoAt(reference, 'day') : undefined;
    return { start: k, end, kind: 'vague', reach: direction < 0 ? 'past' : 'future', ...(at ? (direction < 0 ? { to: at } : { from: at }) : {}) };
  }
  return countedExpression(context, k, end, count, unit, grain, direction);
}

/** A definite number word the number reader leaves to its other senses: "المئة"، "الخمس" (also "a fifth"). */
function countWord(context: DateContext, k: TokenIndex): number | null {
  const reading = context.tokens.reading(k);
  if (!reading || !reading.definite) return null;
  for (const sense of reading.senses) {
    if ((sense.type === 'unit' || sense.type === 'ten' || sense.type === 'hundred' || sense.type === 'teen') && sense.value > 1) return sense.value;
    if (sense.type === 'scale' && sense.number === 'singular') return sense.value;
  }
  return null;
}

/** A counted span from publication, as an expression. */
export function countedExpression(context: DateContext, start: TokenIndex, end: TokenIndex, count: number, unit: UnitNoun, grain: Grain, direction: number): TimeExpression {
  return {
    start,
    end,
    kind: 'period',
    grain: 'day',
    count,
    unit: unit.unit,
    duration: isoDuration([{ count, unit: unit.unit }]),
    ...countedSpan(count, grain, direction, context.reference),
  };
}

/** "آخر 8 أسابيع"، "آخر 3 سنوات"، "آخر عامين": the last so many units up to publication. */
function lastCount(context: DateContext, k: TokenIndex): TimeExpression | null {
  const { document, tokens, lexicon } = context;
  const j = tokens.next(k);
  if (j < 0) return null;
  // "آخر 10 أيام من رمضان": the last days of a whole, joined to it by the share refiner, not the last days before publication.
  const last = (e: TimeExpression | null): TimeExpression | null => (e && lexicon.ofOrIn.has(tokens.text(tokens.next((e.end - 1) as TokenIndex))) ? null : e);
  const dual = unitNounAt(context, j);
  if (dual && dual.count && !dual.definite) {
    const grain = unitGrain[dual.unit];
    return grain ? last(countedExpression(context, k, (j + 1) as TokenIndex, dual.count, dual, grain, -1)) : null;
  }
  const n = numberStartingAt(document, j);
  const value = n && n.kind === 'cardinal' && Number.isInteger(n.value) ? n.value : plainInteger(tokens, j);
  if (value === null || value < 2) return null;
  const u = tokens.next(lastOf(n ? n.end : ((j + 1) as TokenIndex)));
  const unit = u >= 0 ? unitNounAt(context, u) : null;
  if (!unit || unit.definite) return null;
  const grain = unitGrain[unit.unit];
  return grain ? last(countedExpression(context, k, (u + 1) as TokenIndex, value, unit, grain, -1)) : null;
}


