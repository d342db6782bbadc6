import { conjunctionAnd, prepositionBi, prepositionLi } from '../../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../../text/coordinates.js';
import { isoDay, isoYear, resolveRelative, yearBeforeEpoch } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { PeriodRole } from '../lexicon/context.js';
import type { TimeUnit } from '../lexicon/relative.js';
import { addDuration, isoDuration, unitGrain } from '../resolve.js';
import { directionAt, endsClause, eraAt, lastOf, numberStartingAt, plainInteger, unitNounAt, type DateContext, type TimeRecognizer, type UnitNoun } from './context.js';
import { countedExpression } from './relative-unit.js';

/** Most parts a compound duration has: "عام واحد و شهر و 21 يوما". */
const MAX_PARTS = 3;

/** Counts from here on are quantities measured in units of time ("77 مليون ساعة عمل"), not lengths. */
const MAX_COUNT = 100_000;

/** How many a vague count stands for ("بضعة أيام" is read as three, as Recognizers-Text reads it). */
const FEW_COUNT = 3;

/** Clitics glued to a vague count: "لبضعة أيام"، "ببضع ساعات"، "وبضعة أسابيع". */
const FEW_CLITICS = prepositionLi + prepositionBi + conjunctionAnd;

/** Roles of the openers after which a lone noun of time is a length: "لمدة ساعة"، "قبل شهر"، "منذ عام"، "في أسبوع". */
const LENGTH_ROLES: ReadonlySet<PeriodRole> = new Set(['for', 'during', 'within', 'before', 'after', 'since']);

/** Roles of the openers after which a lone noun must end its clause to be a length: "في أسبوع." ("في ساعة متأخرة" is not). */
const CLAUSE_END_ROLES: ReadonlySet<PeriodRole> = new Set(['within', 'during']);

/**
 * A length of time: "خمس سنوات"، "3.5 سنوات"، "أسبوعين"، "ساعة ونصف"، "نصف
 * ساعة"، "عام واحد و شهر و 21 يوما"، "يوم كامل"، "بضعة أيام"، "طوال
 * الأسبوع" — with its ISO 8601 length in `duration`. A lone noun of time is a
 * length only after a word for one ("لمدة ساعة"). A word of direction after it
 * makes it a span from publication ("3 أيام القادمة"); "من الآن" after it, a
 * day counted from publication. The refiners anchor it when a word before it
 * opens a period (منذ 40 عاما، قبل شهرين) and drop it when it is an age.
 */
export const duration: TimeRecognizer = {
  name: 'duration',
  starts: { digits: true, numbers: true, words: (l) => [...l.wholeUnit, ...l.few, ...l.durationUnit.keys()] },
  read(context, k) {
    const { tokens } = context;
    const word = tokens.isWord(k) ? tokens.text(k) : '';
    if (context.lexicon.wholeUnit.has(word)) return throughout(context, k);
    const range = countRange(context, k);
    if (range) return range;
    const first = partAt(context, k, true);
    if (!first) return null;
    const parts = [first];
    let end = first.end;
    for (let i = 1; i < MAX_PARTS; i++) {
      let j = tokens.next(lastOf(end));
      if (tokens.isAnd(j) || tokens.isPunct(j, ',،')) j = tokens.next(j);
      const part = j >= 0 ? partAt(context, j, false) : null;
      if (!part || parts.some((p) => p.unit === part.unit)) break;
      parts.push(part);
      end = part.end;
    }
    // "3 أيام القادمة"، "15 عاما الماضية": a span from publication.
    const next = tokens.next(lastOf(end));
    // "نحو 3000 سنة قبل الميلاد": years counted back from the epoch name a year, 3000 BC.
    const era = parts.length === 1 && first.unit === 'year' && first.count !== undefined && Number.isInteger(first.count) ? eraAt(context, next) : null;
    if (era?.era.beforeEpoch) {
      const iso = isoYear(yearBeforeEpoch(first.count!));
      return { start: k, end: era.end, kind: 'date', grain: 'year', from: iso, to: iso, ...(first.skip ? { skip: first.skip } : {}) };
    }
    const direction = parts.length === 1 && first.count !== undefined && Number.isInteger(first.count) ? directionAt(context, next) : undefined;
    if (direction !== undefined && direction !== 0) {
      const grain = unitGrain[first.unit];
      if (grain) return countedExpression(context, k, (next + 1) as TokenIndex, first.count!, first.noun, grain, direction);
    }
    const counted = parts.every((p) => p.count !== undefined && !p.vague);
    const base: TimeExpression = {
      start: k,
      end,
      kind: 'duration',
      unit: first.unit,
      ...(first.count !== undefined ? { count: first.count } : {}),
      ...(counted ? { duration: isoDuration(parts.map((p) => ({ count: p.count!, unit: p.unit }))) } : {}),
      ...(first.skip ? { skip: first.skip } : {}),
    };
    // "من الآن": a day counted from publication, back after منذ or قبل.
    const from = tokens.nextWord(lastOf(end));
    const now = from >= 0 && context.lexicon.links.of.has(tokens.text(from)) ? tokens.nextWord(from) : NO_TOKEN;
    if (now >= 0 && context.lexicon.links.now.has(tokens.text(now)) && counted && context.reference) {
      const before = tokens.previousWord(k);
      const opener = before >= 0 ? context.lexicon.periodOpeners.matchEndingAt(tokens, before) : null;
      const sign = opener && (opener.entry.role === 'since' || opener.entry.role === 'before') ? -1 : 1;
      const d = addDuration(context.reference, parts, sign);
      return joined(base, { end: (now + 1) as TokenIndex, kind: 'date' as const, grain: 'day' as const, from: isoDay(d), to: isoDay(d) });
    }
    return base;
  },
};

/**
 * Two counts of one noun of time: "5- 8 سنوات"، "بين 5 و8 سنوات"، "من 5 إلى 8
 * أعوام"، "3 أو 4 أيام" — a length between the two, with no single ISO length.
 * The first count is part of the time, not a figure nor a day ("منذ 5" is no
 * date here). An opener before it (بين، من) joins it as for any span with both ends.
 */
function countRange(context: DateContext, k: TokenIndex): TimeExpression | null {
  const { document, tokens, lexicon } = context;
  const n = numberStartingAt(document, k);
  if (!n || n.kind === 'ordinal' || n.kind === 'fraction' || n.value <= 0) return null;
  const joiner = tokens.next(lastOf(n.end));
  if (joiner < 0) return null;
  const joined = tokens.isPunct(joiner, '-') || tokens.isAnd(joiner) || (tokens.isWord(joiner) && (lexicon.rangeJoiners.has(tokens.text(joiner)) || lexicon.links.or.has(tokens.text(joiner))));
  if (!joined) return null;
  const next = tokens.next(joiner);
  if (next < 0 || numberStartingAt(document, next) === undefined) return null;
  // "منذ 5- 8 مليون سنة": the deep past, its first count short for 5 million.
  const deep = deepPastBefore(context, k);
  const second = partAt(context, next, false, deep);
  if (!second || (second.vague && !deep) || (second.count !== undefined && second.count <= n.value)) return null;
  // Two counts of years are ages unless a word of time opens them: "رجال بين 53 و85 عاما"، "الشباب من 18 إلى 25 عاما".
  if (second.unit === 'year' && !deep && !timeOpenerBefore(context, k)) return null;
  return { start: k, end: second.end, kind: 'duration', unit: second.unit, twoEnded: true };
}

/** Openers of a length of time, not of an age: منذ، قبل، بعد، خلال، لمدة، في. */
const TIME_ROLES: ReadonlySet<PeriodRole> = new Set(['since', 'before', 'after', 'during', 'for', 'within']);

/** True when an opener of a length of time stands before `k`: "منذ 5- 8 سنوات"، "خلال 2 - 3 سنوات". */
function timeOpenerBefore(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  const before = tokens.previousWord(k);
  const opener = before >= 0 ? lexicon.periodOpeners.matchEndingAt(tokens, before) : null;
  return opener !== null && TIME_ROLES.has(opener.entry.role);
}

/** One part of a duration: its count (undefined for "بضعة أيام"), unit and noun, and where it ends. */
interface Part {
  readonly count: number | undefined;
  readonly unit: TimeUnit;
  readonly noun: UnitNoun;
  readonly end: TokenIndex;
  /** A vague count ("بضعة"): no exact length. */
  readonly vague?: boolean;
  /** Characters of a clitic glued to the first word ("ليوم كامل"، "لبضعة أيام"). */
  readonly skip?: number;
}

/** A number and a noun of time, a dual, "نصف ساعة", "بضعة أيام", or (after a word for a length) a lone noun. */
function partAt(context: DateContext, k: TokenIndex, first: boolean, deepPast?: boolean): Part | null {
  const { document, tokens, lexicon } = context;
  if (k < 0 || k >= tokens.length) return null;
  const word = tokens.isWord(k) ? tokens.text(k) : '';
  const fewClitic = !lexicon.few.has(word) && word.length > 3 && FEW_CLITICS.includes(word[0]!) && lexicon.few.has(word.slice(1)) ? 1 : 0;
  if (lexicon.few.has(word) || fewClitic) {
    const u = tokens.next(k);
    const unit = u >= 0 ? unitNounAt(context, u) : null;
    return unit && unit.plural && !unit.definite ? { count: FEW_COUNT, vague: true, unit: unit.unit, noun: unit, end: (u + 1) as TokenIndex, ...(fewClitic ? { skip: 1 } : {}) } : null;
  }
  const n = numberStartingAt(document, k);
  if (n && n.kind !== 'ordinal' && n.value > 0) {
    const u = tokens.next(lastOf(n.end));
    const unit = u >= 0 ? unitNounAt(context, u) : null;
    // "نصف الساعة": a fraction may take the definite noun.
    if (!unit || (unit.definite && n.kind !== 'fraction') || unit.count) return null;
    // "77 مليون ساعة عمل": hours by the million are a quantity, not a length of time; years by the
    // thousand after منذ or قبل are the deep past ("منذ 130 ألف سنة"، "قبل نحو 65 مليون عام"), kept uncounted.
    // (Whether منذ or قبل stands before is read only here: most counts are far smaller.)
    if (n.value >= MAX_COUNT) return (deepPast ?? (first && deepPastBefore(context, k))) && unit.unit === 'year' ? { count: undefined, vague: true, unit: unit.unit, noun: unit, end: (u + 1) as TokenIndex } : null;
    return withTail(context, n.value, unit, (u + 1) as TokenIndex);
  }
  const unit = unitNounAt(context, k);
  if (!unit || unit.definite || unit.plural) return null;
  // "ليوم كامل": the ل is left out of the span.
  const skip = unit.noun !== word && word.length === unit.noun.length + 1 ? { skip: 1 } : {};
  if (unit.count) return joined(withTail(context, unit.count, unit, (k + 1) as TokenIndex), skip);
  // A lone noun: "لمدة ساعة"، "ساعة ونصف"، "يوم كامل", or the second part of a compound ("و شهر").
  const tail = joined(withTail(context, 1, unit, (k + 1) as TokenIndex), skip);
  if (tail.count !== 1 || tail.end !== k + 1 || !first) return tail;
  const before = tokens.previousWord(k);
  const opener = before >= 0 ? lexicon.periodOpeners.matchEndingAt(tokens, before) : null;
  if (!opener || !LENGTH_ROLES.has(opener.entry.role)) return null;
  return CLAUSE_END_ROLES.has(opener.entry.role) && !endsClause(tokens, k) ? null : tail;
}

/** True when منذ or قبل stands before `k`, a word of approximation allowed between: "منذ حوالي"، "قبل نحو". */
function deepPastBefore(context: DateContext, k: TokenIndex): boolean {
  const { tokens, lexicon } = context;
  let before = tokens.previousWord(k);
  const approximate = before >= 0 ? lexicon.approximate.matchEndingAt(tokens, before) : null;
  if (approximate) before = tokens.previousWord(approximate.start);
  const opener = before >= 0 ? lexicon.periodOpeners.matchEndingAt(tokens, before) : null;
  return opener !== null && (opener.entry.role === 'since' || opener.entry.role === 'before');
}

/** The words after a noun of time that belong to it: "ونصف"، "واحد"، "كامل"، "إضافية". */
function withTail(context: DateContext, count: number, noun: UnitNoun, end: TokenIndex): Part {
  const { tokens, lexicon } = context;
  const next = tokens.nextWord(lastOf(end));
  if (next < 0) return { count, unit: noun.unit, noun, end };
  // "ساعتين ونصف": a share of the unit more.
  const share = lexicon.unitFractions.matchAt(tokens, next);
  if (share && share.entry.fraction > 0) return { count: count + share.entry.fraction, unit: noun.unit, noun, end: share.end };
  const tail = lexicon.durationTail.has(tokens.text(next));
  return { count, unit: noun.unit, noun, end: tail ? ((next + 1) as TokenIndex) : end };
}

/** "طوال اليوم"، "طيلة العام": one unit, the current one. */
function throughout(context: DateContext, k: TokenIndex): TimeExpression | null {
  const { tokens, reference } = context;
  const j = tokens.nextWord(k);
  const unit = j >= 0 ? unitNounAt(context, j) : null;
  if (!unit || unit.plural || unit.count) return null;
  // "طوال عام 2015" is the year 2015: its own rule reads it.
  if (plainInteger(context.tokens, tokens.next(j)) !== null) return null;
  const current = unit.definite && (unit.unit === 'day' || unit.unit === 'week' || unit.unit === 'month' || unit.unit === 'year') ? resolveRelative(0, unit.unit, reference) : {};
  return { start: k, end: (j + 1) as TokenIndex, kind: 'duration', unit: unit.unit, count: 1, duration: isoDuration([{ count: 1, unit: unit.unit }]), ...current };
}
