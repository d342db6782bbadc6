/**
 * What makes two claims one fact (docs/alignment.md states the same rules):
 *
 * 1. What is counted: the same counted noun (singular and plural alike), nouns
 *    of one group (جريح = مصاب), or nouns of people that do not contradict each
 *    other (شخص goes with any; مهاجر "who" goes with جثة "what happened"); the
 *    same measure (metres and miles, one currency, per cent and fractions).
 *    Where only one side says what it counts, or neither does, only the same
 *    subject ties them.
 * 2. Of whom or what: the same subject where both have one (an entity by
 *    `sameEntity`, a description by most of its words); different ones never join.
 * 3. When: overlapping time scopes; without them, publication dates within the
 *    window; a figure of one day can sum up an earlier period only when the
 *    claims share their subject or predicate.
 * 4. What happened: the same predicate group where both have one, and no
 *    opposite changes.
 *
 * The value is not part of a fact's identity. Two claims of one fact agree when
 * their intervals overlap; their figures are never further apart than the
 * plausibility factor (beyond it they are different facts). Disjoint intervals
 * are a conflict only where identity is strong: a shared subject, or a shared
 * predicate with the same figure under other bounds (at least 3000 / fewer than
 * 3000). Where only the unit ties them, claims join only when they agree.
 * Denied and projected claims never make a conflict either.
 */
import { intersect, type Interval } from '../claims/interval.js';
import { DESCRIPTION_WORDS, type Features, type SubjectFeature, type UnitFeature } from './features.js';
import type { AlignLexicon } from './tables.js';
import { sameEntity } from '../names/similarity.js';

/** Words of the shorter description two descriptions of one thing may leave unshared when they share half. */
const DESCRIPTION_SLACK = 2;

/** Days by which two single days named in reports may differ and still be one day. */
const DAY_SLACK = 1;

/** Significant digits a number needs to tie, with nothing but its unit, a tally of today to the same tally dated earlier. */
const AS_OF_DIGITS = 3;

/** Figures this close (0.1%) are one figure: a conflict between them is one of bounds. */
export const SAME_FIGURE = 0.001;

/** What ties two claims of one fact, strongest first. */
export type Tie = 'subject' | 'predicate' | 'unit';

/** How two claims stand to each other when they are one fact. */
export interface Relation {
  readonly tie: Tie;
  /** True when their intervals overlap (within the tolerance). */
  readonly agree: boolean;
  /** For a conflict: `bound` when the figures are one number under bounds that exclude each other. */
  readonly kind: 'bound' | 'disjoint' | null;
  /**
   * True when the pair is one fact on its own: a shared subject, or one specific number. A pair that is
   * not linked (only the unit ties two different numbers) is one fact only inside a cluster that one of
   * them is linked to.
   */
  readonly linked: boolean;
}

/** The settings the rules read. */
export interface IdentitySettings {
  readonly lexicon: AlignLexicon;
  /** Days two publication dates may be apart. */
  readonly window: number;
  /** How far apart two figures of one fact may be, as a ratio. */
  readonly factor: number;
  /** Share by which figures may differ and still agree. */
  readonly tolerance: number;
  /** The `lexicon` option, for `sameEntity`. */
  readonly nameOptions: { lexicon?: unknown } | undefined;
  /**
   * True when the claims are read within a story: two documents that already share a cluster (see the
   * aligner's story ties). A measure with no subject then ties by agreeing, not only as one precise figure.
   */
  readonly story?: boolean;
}

/** True when a subject holds a word that is no noun the unit tables know: a name (رونالدو), not اللاعب or شاب. */
const namesSomeone = (x: SubjectFeature, s: IdentitySettings): boolean => x.words.some((w) => !s.lexicon.knowsNoun(w));

/** How two subjects relate: one, different, or sharing some words only. */
export type SubjectRelation = 'same' | 'related' | 'different' | 'none';

/** True when `x` names a place inside a country `y` names and `x` does not: صفاقس of سواحل تونس. */
const contains = (x: SubjectFeature, y: SubjectFeature): boolean => x.within.some((c) => y.countries.includes(c) && !x.countries.includes(c));

export function subjectRelation(a: SubjectFeature | null, b: SubjectFeature | null, s: IdentitySettings): SubjectRelation {
  if (!a || !b) return 'none';
  if (a.key === b.key) return 'same';
  const [small, large] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  // The figure before a change and the one after it are two facts, however many words their
  // descriptions share: "سعر لتر البنزين السابق" (1.925 دينار) is not "سعر لتر البنزين" (1.985 دينار).
  if (small.length >= DESCRIPTION_WORDS && a.former !== b.former) return 'different';
  let shared = 0;
  for (const w of small) if (large.includes(w)) shared++;
  // A description that is the other one with more joined to it by و names a group the other is part of:
  // "الدبلوماسيون الروس الذين طردتهم الولايات المتحدة" (60) and "... الولايات المتحدة ودول أوروبية"
  // (عشرات). Only a conjunct the shorter one lacks counts: "صفاقس وقرقنة" in both is one place.
  if (small.length >= DESCRIPTION_WORDS && shared === small.length && large.length > small.length) {
    const larger = a.words === large ? a : b;
    if (larger.conjoined.some((w) => !small.includes(w))) return 'related';
  }
  // Places within places: a city or governorate and the country it lies in are one word shared. "غرق قارب
  // قبالة السواحل التونسية" and "غرق قارب المهاجرين قبالة صفاقس وقرقنة" tell of one sea off one coast; the
  // figures still meet only as the other rules say (a country's and a city's rate share a word, no more).
  if (shared < small.length && (contains(a, b) || contains(b, a))) shared++;
  if (small.length >= DESCRIPTION_WORDS) {
    // Two descriptions of one thing share two thirds of the shorter one's words, or half of them when
    // two words at most are left ("غرق قارب قبالة سواحل تونس" / "غرق قارب المهاجرين قبالة صفاقس
    // وقرقنة"); two at least. A long description that shares only its names (رونالدو، ريال مدريد) is not one.
    if (shared >= 2 && (3 * shared >= 2 * small.length || (2 * shared >= small.length && small.length - shared <= DESCRIPTION_SLACK))) return 'same';
    return shared > 0 ? 'related' : 'different';
  }
  if (sameEntity(a.text, b.text, s.nameOptions as never)) return 'same';
  // The same words, with the article or without it: "الشريحة الرابعة" and "شريحة رابعة" of one loan. Not
  // one word: "عمرها" and "العمر", "أبنائها" and "بني" say whose figure it is no more than a pronoun does.
  if (small.length >= 2 && shared === small.length && small.length === large.length && new Set(small).size === small.length) return 'same';
  return shared > 0 ? 'related' : 'different';
}

/**
 * True when two units have one key, or are currencies of one name where one claim wrote the name alone:
 * "1.925 دينار" in a report from Tunis and "1.925 دينار تونسي" (the claims read a bare دينار as the
 * Iraqi one). Two countries' currencies both named (دينار تونسي، دينار أردني) stay apart.
 */
export function sameUnit(a: UnitFeature, b: UnitFeature): boolean {
  return a.key === b.key || (a.currencyName !== undefined && a.currencyName !== '' && a.currencyName === b.currencyName && (a.bareName === true || b.bareName === true));
}

/**
 * True when two counted nouns or measures may count the same thing. `loose`
 * lets "who" (مهاجر) meet "what happened" (جثة), which only a shared subject
 * or predicate may do; شخص meets any noun of people either way.
 */
export function unitsMeet(a: UnitFeature, b: UnitFeature, loose: boolean): boolean {
  if (a.measure || b.measure) return a.measure && b.measure && sameUnit(a, b);
  // 37 people killed are not 37 people injured, whatever the noun.
  if (a.event !== null && b.event !== null && a.event !== b.event) return false;
  if (a.key === b.key) return true;
  if (a.kind === null || a.kind !== b.kind) return false;
  // "قتل 35 مهاجراً" and "35 جثة": who they were, and what happened to them, said by both.
  const sameEvent = a.event !== null && a.event === b.event;
  return a.role === 'any' || b.role === 'any' || ((loose || sameEvent) && a.role !== b.role);
}

/** How two times stand: overlapping, one day summing up an earlier period, or apart. */
function timesMeet(a: Features, b: Features, window: number): 'overlap' | 'asOf' | false {
  if (a.published !== null && b.published !== null && Math.abs(a.published - b.published) > window) return false;
  // A day named in a report may be the report's day or the one before it (أمس، late at night): days
  // one apart meet. A report without a time speaks of the days around its publication.
  // The slack is taken once, not on both sides: "يوم الاثنين" (the 6th) meets a report of the 7th, never
  // one of the 8th.
  const period = (f: Features): [number, number] | null =>
    f.from !== null && f.to !== null ? [f.from, f.to] : f.published !== null ? [f.published - window, f.published + window] : null;
  const pa = period(a);
  const pb = period(b);
  if (!pa || !pb) return 'overlap';
  const slack = (a.from !== null && a.from === a.to) || (b.from !== null && b.from === b.to) ? DAY_SLACK : 0;
  if (pa[0] <= pb[1] + slack && pb[0] <= pa[1] + slack) return 'overlap';
  // A figure of a day (or of a report's day) can sum up a period that ended before it.
  const day = (f: Features): number | null => (f.from !== null ? (f.from === f.to ? f.from : null) : f.published);
  const ended = (f: Features): number | null => (f.from !== null && f.to !== null && f.from < f.to ? f.to : null);
  const da = day(a);
  const db = day(b);
  const ea = ended(a);
  const eb = ended(b);
  if ((da !== null && eb !== null && eb <= da) || (db !== null && ea !== null && ea <= db)) return 'asOf';
  return false;
}

/** The interval widened by `tolerance` of its ends. */
function widened(i: Interval, tolerance: number): Interval {
  return {
    lo: Number.isFinite(i.lo) ? i.lo - tolerance * Math.abs(i.lo) : i.lo,
    loOpen: !Number.isFinite(i.lo),
    hi: Number.isFinite(i.hi) ? i.hi + tolerance * Math.abs(i.hi) : i.hi,
    hiOpen: !Number.isFinite(i.hi),
  };
}

/**
 * Figures this large may be written rounded to two significant digits or more:
 * 9400 for 9381.01, 4.5 مليون for 4.52 مليون. One digit (2 مليار, 5000) is too
 * coarse to tell a rounding from a different figure.
 */
const ROUNDED_FROM = 1000;
const ROUNDED_DIGITS = 2;

/** True when `rounded`, written with fewer significant digits, is `precise` rounded to them. */
function roundingOf(rounded: Features, precise: Features): boolean {
  const r = rounded.value;
  const p = precise.value;
  if (r === null || p === null || Math.abs(r) < ROUNDED_FROM || rounded.digits < ROUNDED_DIGITS || rounded.digits >= precise.digits) return false;
  return Number(p.toPrecision(rounded.digits)) === r;
}

/**
 * True when `point`, a round figure written as a point, is the number a one-sided bound gives: the
 * point is the bound's figure rounded ("4.5 مليارات" in a headline, "تجاوزت 4.5 مليارات ريال" in its
 * article; "22 مليون" and "أكثر من 22 مليون"). Only a round figure (two significant digits at most,
 * 1000 or more): "52200" and "أكثر من 52200" do not agree, nor "100" and "أكثر من 100".
 */
function roundPointOfBound(point: Features, bound: Features): boolean {
  const v = point.value;
  return (
    point.pointLike && !bound.pointLike && v !== null && v === bound.value && Math.abs(v) >= ROUNDED_FROM && point.digits <= ROUNDED_DIGITS && (point.unit?.scale ?? 1) === (bound.unit?.scale ?? 1)
  );
}

/** True when two figures are one number: equal (within 0.1% or the tolerance), or one the other rounded. */
export function oneNumber(a: Features, b: Features, tolerance: number): boolean {
  if (sameFigure(a, b, tolerance)) return true;
  return a.value !== null && b.value !== null && (a.unit?.scale ?? 1) === (b.unit?.scale ?? 1) && (roundingOf(a, b) || roundingOf(b, a));
}

/**
 * True when two figures agree: their intervals overlap; or, between two
 * figures written as points, one is the other rounded (9400 and 9381.01) or
 * they are within the rounding `tolerance`; or a round point is a one-sided
 * bound's number rounded (see `roundPointOfBound`). Never across a bound
 * otherwise: 52200 and أكثر من 52200 do not agree.
 */
export function figuresAgree(a: Features, b: Features, tolerance: number): boolean {
  if (intersect(a.interval, b.interval)) return true;
  if (roundPointOfBound(a, b) || roundPointOfBound(b, a)) return true;
  if (!a.pointLike || !b.pointLike) return false;
  // A figure converted from another unit is written rounded to its last digit: "20 ميلا" is 32.2 km,
  // written "32 كيلومترا", which stands for 31.5–32.5 km.
  if (((a.unit?.scale ?? 1) !== (b.unit?.scale ?? 1) || (a.unit?.upTo ?? 1) !== (b.unit?.upTo ?? 1)) && intersect(asWritten(a), asWritten(b))) return true;
  if (tolerance > 0 && intersect(widened(a.interval, tolerance), widened(b.interval, tolerance))) return true;
  return (a.unit?.scale ?? 1) === (b.unit?.scale ?? 1) && (roundingOf(a, b) || roundingOf(b, a));
}

/** The most a rounding to the last written digit may move a figure, as a share of it (5%: 20 → 19.5–20.5, never 5 → 4.5–5.5). */
const MAX_WRITTEN_ROUNDING = 0.05;

/**
 * A point's interval widened by half a unit of its last written digit, on its own scale: "32 كيلومترا"
 * stands for 31.5–32.5 km, "32.2" for 32.15–32.25. Significant digits are not used: "20 ميلا" is not 15–25.
 */
function asWritten(x: Features): Interval {
  const v = x.value;
  if (v === null || v === 0 || x.digits === 0) return x.interval;
  const decimals = x.digits - (Math.floor(Math.log10(Math.abs(v))) + 1);
  const half = decimals > 0 ? 0.5 * 10 ** -decimals : 0.5;
  // A small figure is not widened: "5 أميال بحرية" (9.26 km) is no rounding of 8 km, although 5 ± 0.5 would reach it.
  if (half > MAX_WRITTEN_ROUNDING * Math.abs(v)) return x.interval;
  return { lo: x.interval.lo - half * (x.unit?.scale ?? 1), loOpen: x.interval.loOpen, hi: x.interval.hi + half * (x.unit?.upTo ?? 1), hiOpen: x.interval.hiOpen };
}

/** True when two figures are within the plausibility factor of each other. */
export function plausible(a: readonly [number, number] | null, b: readonly [number, number] | null, factor: number): boolean {
  if (!a || !b) return true;
  if (a[0] <= b[1] && b[0] <= a[1]) return true;
  const [low, high] = a[1] < b[0] ? [a[1], b[0]] : [b[1], a[0]];
  if (low <= 0 || high <= 0) return low < 0 && high < 0 && low / high <= factor;
  return high / low <= factor;
}

/**
 * True when two figures are one number (within 0.1%, or the rounding
 * tolerance): a point or a bound's number, never a span (بين 3 و5، عشرات).
 */
export function sameFigure(a: Features, b: Features, tolerance = 0): boolean {
  if (!a.core || !b.core || a.core[0] !== a.core[1] || b.core[0] !== b.core[1]) return false;
  const x = a.core[0];
  const y = b.core[0];
  return Math.abs(x - y) <= Math.max(SAME_FIGURE, tolerance) * Math.max(Math.abs(x), Math.abs(y));
}

/** Significant digits a measure's figure needs to tie claims that do not say whose it is: 16 ميلا، 112 مليون، 8.06 مليار. */
const PRECISE_DIGITS = 2;

/**
 * True when two measures of one kind give one figure of PRECISE_DIGITS or more, both written as points:
 * a currency or a measure of a scale (length, area, mass). Not a share (1.5%), and not an age or a
 * duration (35 عاماً), which any two people or spells may share.
 */
/** True for money or a measure of a scale (length, area, mass, volume): not a share, an age or a duration. */
function scaleMeasure(a: Features): boolean {
  const key = a.unit!.key;
  return key !== 'percent' && (key.startsWith('currency ') || !key.includes(' '));
}

function preciseMeasure(a: Features, b: Features, tolerance: number): boolean {
  return (
    scaleMeasure(a) &&
    sameUnit(a.unit!, b.unit!) &&
    a.pointLike &&
    b.pointLike &&
    a.digits >= PRECISE_DIGITS &&
    b.digits >= PRECISE_DIGITS &&
    sameFigure(a, b, tolerance)
  );
}

/**
 * What one unit of `a`'s currency has been worth in `b`'s, lowest and highest (the `exchangeRanges`
 * table), when the two are money in two currencies the table relates; else null.
 */
export function exchangeRate(a: UnitFeature, b: UnitFeature, lexicon: AlignLexicon): readonly [number, number] | null {
  if (a.code === undefined || b.code === undefined || a.code === b.code || sameUnit(a, b)) return null;
  return lexicon.rateRange(a.code, b.code);
}

/**
 * Money of one fact in two currencies: "112 مليون دولار" and "100 مليون يورو" for one transfer. Only a
 * shared subject links them (a shared predicate lets them sit in one cluster) (a sum of one currency meets one of another by chance every
 * day), both written as figures (no vague word), of one time and the same kind of statement (no change
 * against a level, no running total against a figure). They are one fact when `a`'s figure, converted at
 * some rate of the range, can be `b`'s; and they always agree: the writer's rate is not known, so no
 * difference between them can be shown.
 */
function acrossCurrencies(a: Features, b: Features, subjects: SubjectRelation, rate: readonly [number, number], s: IdentitySettings): Relation | null {
  const predicate = a.predicate !== null && a.predicate === b.predicate;
  if (subjects !== 'same' && !predicate) return null;
  if ((a.predicate && b.predicate && a.predicate !== b.predicate) || a.vague || b.vague || a.change !== b.change || a.running !== b.running) return null;
  if (!a.core || !b.core || !(a.core[0] > 0) || !(b.core[0] > 0) || timesMeet(a, b, s.window) !== 'overlap') return null;
  const low = a.core[0] * rate[0];
  const high = a.core[1] * rate[1];
  if (!(low <= b.core[1] && b.core[0] <= high)) return null;
  // A shared predicate alone (بلغ) links no two sums of two currencies: it only lets them sit in one cluster
  // that a shared subject made.
  return { tie: subjects === 'same' ? 'subject' : 'predicate', agree: true, kind: null, linked: subjects === 'same' };
}

/** How two claims stand when nothing tells them apart, or null when they are different facts. */
export function relate(a: Features, b: Features, s: IdentitySettings): Relation | null {
  const subjects = subjectRelation(a.subject, b.subject, s);
  if (subjects === 'different') return null;
  // An age is a fact of one person: two ages are one only of one subject that names someone, a word
  // the unit tables do not know as a noun ("رونالدو (33 عاما)"، "محمد صلاح"), never through a common
  // noun they share ("اللاعب" 22 عاماً and "اللاعب" 28 عاماً of two players; "شاب" 21 and 19 عاماً of two
  // young men) nor as one figure with no subject.
  if ((a.unit?.personal === true || b.unit?.personal === true) && (subjects !== 'same' || !namesSomeone(a.subject!, s))) return null;
  const rate = a.unit && b.unit ? exchangeRate(a.unit, b.unit, s.lexicon) : null;
  if (rate) return acrossCurrencies(a, b, subjects, rate, s);
  if (a.unit && b.unit) {
    if (!unitsMeet(a.unit, b.unit, subjects === 'same' || (a.predicate !== null && a.predicate === b.predicate))) return null;
  } else if (subjects !== 'same') {
    // What one counts and the other does not say (or neither says): only the same owner ties them.
    return null;
  }
  // A vague word fits most figures of its size: "العشرات" of the rescued fits 53 dead as well as 67
  // rescued, "عشرات الدبلوماسيين" the 60 expelled by one country as well as all of them. Against a figure
  // it joins only as a toll: both read as one thing happening to people (عشرات الجثث with 35 جثة،
  // "عشرات القتلى" with 37 شخصاً who died). Not two nouns that both say who, or one who and one what:
  // "وعشرات الجرحى" is not "15 امرأة" injured, women among the injured are a part of them; only where
  // the vague word writes no noun, and both say whose figure it is in descriptions that meet, does it
  // count them ("العشرات" of "المهاجرون الذين أنقذوا" with 67 مهاجراً "الذين أنقذهم الحرس الوطني").
  // Two vague words of one subject, or of one counted noun, say the same ("الملايين" / "ملايين الأشخاص"),
  // unless they are read as different things happening ("العشرات" of a fire, "عشرات آخرين" missing).
  if (a.vague || b.vague) {
    const toll =
      a.unit !== null &&
      b.unit !== null &&
      a.unit.event !== null &&
      a.unit.event === b.unit.event &&
      (a.unit.key === b.unit.key || a.unit.role === 'any' || b.unit.role === 'any' || ((a.vague ? a : b).nounless && subjects !== 'none'));
    // A vague word its document gives as a figure too is that figure, said vaguely: it meets what counts
    // that figure's noun for the same thing happening, of one subject ("العشرات" of a crash, whose body
    // says "50 شخصاً على الأقل", with another outlet's "40 شخصاً على الأقل" of the crash).
    const echo =
      (a.vague ? a : b).echo === true &&
      subjects === 'same' &&
      a.unit !== null &&
      b.unit !== null &&
      a.unit.key === b.unit.key &&
      a.unit.event === b.unit.event;
    const bothVague =
      a.vague &&
      b.vague &&
      (a.unit?.event ?? null) === (b.unit?.event ?? null) &&
      (!a.unit || !b.unit || a.unit.key === b.unit.key);
    if (!toll && !bothVague && !echo) return null;
  }
  if (a.predicate && b.predicate && a.predicate !== b.predicate) return null;
  if (a.change && b.change && a.change !== b.change) return null;
  const tie: Tie = subjects === 'same' ? 'subject' : a.predicate && b.predicate ? 'predicate' : 'unit';
  // A figure whose noun of who is carried from an earlier count and that says what happened to them is a
  // part of that group: in "استشهاد عشرة … وثلاثة من العاملين وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم
  // بالغة" the last three are three of the injured, not the three workers killed. It ties by its subject
  // or by a figure that says the same happened, not by the carried noun alone. A carried noun of anyone
  // (شخص) is read by what happened: "وأصيب أكثر من 120 آخرين" after "35 شخصا" counts the injured, as
  // "نحو 120 مصابا" does.
  const partOfGroup = (x: Features): boolean => x.carried && x.predicate !== null && x.unit?.role !== 'any';
  if (tie === 'unit' && (partOfGroup(a) || partOfGroup(b))) return null;
  // A measure says how much, not of what: it ties only with subjects that share words, or, where one
  // of them says nothing of whose it is, as one precise figure of one measure ("16 ميلا بحريا" in three
  // reports of one shipwreck, "112 مليون دولار" of one transfer). A round figure (100 مليون دولار، 8
  // مليارات) and a share (54%) meet by chance every day.
  // Within a story (two reports that already share a figure), a measure of a scale with no subject ties
  // as a small count does there, by agreeing: "خمسة أميال" and "حوالي 5 أميال بحرية" or "نحو 10
  // كيلومترات" in three reports of one shipwreck.
  // Both figures are written as points (exact or نحو), or are one number under one bound ("أكثر من 150 مليون
  // دولار" twice): a range ("من 500 إلى 1500 ريال") or a bound holds too many figures to tie so.
  const point = (x: Features): boolean => x.pointLike && x.value !== null;
  const storyMeasure = (): boolean =>
    s.story === true && scaleMeasure(a) && sameUnit(a.unit!, b.unit!) && ((point(a) && point(b)) || sameFigure(a, b, s.tolerance)) && figuresAgree(a, b, s.tolerance);
  if (tie === 'unit' && (a.unit!.measure || b.unit!.measure) && subjects !== 'related' && !(subjects === 'none' && (preciseMeasure(a, b, s.tolerance) || storyMeasure()))) return null;
  const time = timesMeet(a, b, s.window);
  if (!time || !plausible(a.core, b.core, s.factor)) return null;
  const agree = figuresAgree(a, b, s.tolerance);
  const same = oneNumber(a, b, s.tolerance);
  // Different nouns of one kind (71 أشخاص on board, 67 راكباً) may count a whole and its part: only
  // the same number makes them one fact, and they never disagree.
  // Nouns that both say what happened to the people counted count one thing: 9 أفراد and 8 عناصر of
  // the guards killed, 53 قتيلاً and 37 شخصاً who died ("لقي 37 شخصاً حتفهم").
  const oneNoun = !a.unit || !b.unit || sameUnit(a.unit, b.unit) || (a.unit.event !== null && a.unit.event === b.unit.event);
  // A running total and a figure that is not one may be a part and its whole: "حصلت مصر حتى الآن على 8
  // مليارات دولار" of "قرض قيمته 12 مليار دولار". Only the same number makes them one fact, and they never
  // disagree. A count of people is a toll or a tally, running however it is written (53 شخصاً حتى الآن،
  // 37 قتيلاً): the rule leaves it alone.
  const partOfWhole = a.running !== b.running && a.unit?.kind !== 'people' && b.unit?.kind !== 'people';
  if (!same && (!oneNoun || partOfWhole)) return null;
  // As one number, a small one (4) ties a running total only when the total says since when, and so
  // counts over the other's period ("الرابعة" of the rises since January 2018 and "للمرة الرابعة" this
  // year). A total to date counts from no start: "أربع مرات" in the last five seasons and the career's
  // "4 ألقاب" to date are a part and its whole equal by chance.
  if (partOfWhole && (!a.specific || !b.specific)) {
    const total = a.running ? a : b;
    if (total.from === null || total.to === null || total.from >= total.to) return null;
  }
  // A figure of a day sums up an earlier period only as the same number (801 مدني by October, 801 on 30
  // November), tied by its subject or predicate, or a number of three significant digits or more, which
  // two tallies of one noun rarely share by chance: "451 هدفاً" since 2008 and "451 هدفاً" today.
  if (time === 'asOf' && (!same || (tie === 'unit' && Math.min(a.digits, b.digits) < AS_OF_DIGITS))) return null;
  if (!agree) {
    // Denied and projected figures never contradict; a whole and its part never do; two changes of
    // different figures may be two steps, or a step and the level it reached.
    if (!a.confirms || !b.confirms || !oneNoun || partOfWhole || (a.change && b.change && !same)) return null;
  }
  // Without a shared subject, only one specific number links two claims on its own: 48 مهاجراً and 48
  // مهاجراً على الأقل, 52200 كم² and أكثر من 52200 كم²; never عشرات الضحايا, "أكثر من 60 شخصاً" against
  // 73 جريحاً, nor 4 أشخاص against 4 ضباط (small numbers meet by chance).
  // …and, where only the unit ties them, of a noun the tables know (an unknown word after "25" may be شوال).
  const numberTie = same && a.specific && b.specific && (tie !== 'unit' || (a.unit!.known && b.unit!.known));
  const linked = tie === 'subject' || (numberTie && (agree || tie === 'predicate'));
  return { tie, agree, kind: agree ? null : sameFigure(a, b) ? 'bound' : 'disjoint', linked };
}

/** Words two subjects share (every word when their keys are equal). */
function sharedWords(a: SubjectFeature, b: SubjectFeature): number {
  if (a.key === b.key) return Math.max(a.words.length, b.words.length);
  let shared = 0;
  for (const w of a.words) if (b.words.includes(w)) shared++;
  return shared;
}

/**
 * The features of one document's claims, with each vague word that writes no noun and nothing that says
 * what it counts read as the figure of its document it holds whose subject is one with its own and closest
 * to it (most words shared): a headline's "مقتل العشرات في تحطم طائرة في مطار كاتمندو" and the body's "50
 * شخصاً على الأقل" of "تحطم طائرة … قرب مطار كاتماندو", not the 71 on board of "الطائرة المتحطمة". Where
 * the closest figures count different nouns or different things happening (50 dead, 23 injured of one
 * crash), the vague word is none of them.
 */
export function echoes(features: readonly Features[], s: IdentitySettings): Features[] {
  return features.map((f) => {
    if (f.vague && f.subject === null && f.nounless && f.unit?.event && f.core) return echoOfEvent(f, features);
    if (!f.vague || f.unit !== null || f.subject === null || !f.core) return f;
    const [lo, hi] = f.core;
    let best = 0;
    let found: Features | null = null;
    let ambiguous = false;
    for (const x of features) {
      if (x.value === null || x.unit === null || x.unit.measure || !x.confirms || !x.core || x.core[0] < lo || x.core[1] > hi) continue;
      if (subjectRelation(f.subject, x.subject, s) !== 'same') continue;
      const shared = sharedWords(f.subject, x.subject!);
      if (shared < best) continue;
      if (shared > best) {
        best = shared;
        found = x;
        ambiguous = false;
      } else if (found!.unit!.key !== x.unit.key || found!.unit!.event !== x.unit.event) ambiguous = true;
    }
    if (!found || ambiguous) return f;
    const unit = found.unit!;
    return { ...f, unit, echo: true, signature: `${f.signature}\u0001echo ${unit.key} ${unit.event ?? ''}` };
  });
}

/**
 * A vague word with no noun and no subject that its verb says happened to people ("وإنقاذ العشرات" in a
 * headline) read as the one figure of that thing its document gives within its range ("إنقاذ 67 مهاجرا"
 * in the body): the same toll, said vaguely, counting what that figure counts. Where the document gives
 * two such figures (31 killed at the scene, 40 in all) or none, it stays as it is.
 */
function echoOfEvent(f: Features, features: readonly Features[]): Features {
  const [lo, hi] = f.core!;
  const event = f.unit!.event;
  let found: Features | null = null;
  for (const x of features) {
    if (x.value === null || x.unit === null || x.unit.measure || x.unit.event !== event || !x.confirms || !x.core || x.core[0] < lo || x.core[1] > hi) continue;
    if (found && (found.value !== x.value || found.unit!.key !== x.unit.key)) return f;
    found ??= x;
  }
  if (!found) return f;
  const unit = found.unit!;
  return { ...f, unit, echo: true, signature: `${f.signature}\u0001echo ${unit.key} ${unit.event ?? ''}` };
}
