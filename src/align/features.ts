/**
 * What alignment reads of a claim, computed once when it enters: what it
 * counts, whose it is, what happened, when, and its figure on the scale of
 * its kind (metres, square metres, kilograms, litres, per cent).
 */
import { claimInterval, type Interval } from '../claims/interval.js';
import { isoParts } from '../dates/calendar.js';
import type { Claim, ClaimUnit, EntityRef } from '../model.js';
import type { CountedRole } from './lexicon.js';
import { fold } from './stem.js';
import type { AlignLexicon } from './tables.js';

/** Milliseconds in a day: publication dates and time scopes are compared by day. */
export const DAY = 86_400_000;

/** A subject with this many telling words or more is a description ("غرق قارب قبالة صفاقس"), not a name. */
export const DESCRIPTION_WORDS = 3;

/**
 * What a figure needs to tie claims without a shared subject: two significant
 * digits (67، 9381.01) or a size of a hundred (3000، 8 مليارات). Small round
 * numbers (4، 10، 60) and fractions meet by chance every day.
 */
export const SPECIFIC_DIGITS = 2;
export const SPECIFIC_SIZE = 100;

/** Most words of a subject used as blocking keys. */
const SUBJECT_HANDLES = 8;

/** What a claim counts or measures. */
export interface UnitFeature {
  /** A measure (%, a currency, km) says how much, not of what. */
  readonly measure: boolean;
  /** Equal keys: the same thing counted, or the same measure. */
  readonly key: string;
  /**
   * For a currency, the stem of its name's first word (دينار of "دينار تونسي"), and whether the claim
   * wrote the name alone ("1.925 دينار"): which country's dinar a bare name is, the claims can only guess,
   * so it meets every currency of its name.
   */
  readonly currencyName?: string;
  readonly bareName?: boolean;
  /** For a currency, its ISO 4217 code when the claim gives one (USD). */
  readonly code?: string;
  /** True for a measure or a counted noun the tables know; an unknown word after a number may be a date, a name or a verb. */
  readonly known: boolean;
  /** Wider than the key: every unit a claim may meet (all nouns of people). */
  readonly block: string;
  readonly kind: string | null;
  readonly role: CountedRole | null;
  /** Size of one unit in the base unit of its kind. */
  readonly scale: number;
  /** The larger size of a word of two sizes (ميل: a land or a nautical mile), else `scale`. */
  readonly upTo: number;
  /**
   * For people: the group of what happened to them, from the noun itself (قتيل)
   * or, for a noun of anyone or of who, from the predicate or the subject
   * ("لقي 37 شخصاً حتفهم" → the dead); null when nothing says.
   */
  readonly event: string | null;
  /** True for a figure of one person (an age: "محمد صلاح (22 عاما)"): one fact only of one person named alike. */
  readonly personal?: boolean;
}

/** Whose figure it is. */
export interface SubjectFeature {
  readonly text: string;
  /** Its entity key. */
  readonly key: string;
  /** Stems of its telling words. */
  readonly words: readonly string[];
  /** True when it names the figure before a change ("سعر لتر البنزين السابق"). */
  readonly former: boolean;
  /** Stems of the words from its first glued و on (ودول أوروبية): what it adds to the rest. */
  readonly conjoined: readonly string[];
  /** ISO codes of the countries it names, by name or demonym (سواحل تونس، السواحل التونسية). */
  readonly countries: readonly string[];
  /** ISO codes of the countries of the places inside one it names (صفاقس وقرقنة → TN). */
  readonly within: readonly string[];
}

/** Everything the identity rules read of one claim. */
export interface Features {
  readonly unit: UnitFeature | null;
  readonly subject: SubjectFeature | null;
  /** The predicate's group (بقي = ملك), or null. */
  readonly predicate: string | null;
  readonly change: 'up' | 'down' | null;
  /** First and last day of the claim's time scope, or null without one. */
  readonly from: number | null;
  readonly to: number | null;
  /** Publication day of its document, or null. */
  readonly published: number | null;
  /** True for a running total ("حتى الآن"، "منذ بداية العام"): its time scope is cumulative. */
  readonly running: boolean;
  /** The interval it asserts, scaled. */
  readonly interval: Interval;
  /** True for a figure written as a point or a span (exact, نحو, a range, a vague word), not as a one-sided bound. */
  readonly pointLike: boolean;
  /** The figure it names, scaled: [v, v] for a point and a bound's number, [min, max] for a range or vague word; null when it names none. */
  readonly core: readonly [number, number] | null;
  /** Significant digits of its number as written (801 → 3, 3000 → 1, 9381.01 → 6); 0 for a span or no number. */
  readonly digits: number;
  /** False for a denied or projected claim: it never confirms an asserted figure. */
  readonly confirms: boolean;
  /** True for a vague word with no number (عشرات، العشرات، ملايين): it fits most figures of its size. */
  readonly vague: boolean;
  /** True when the claim writes no counted noun of its own (its unit, if any, is read from its verb, subject or document). */
  readonly nounless: boolean;
  /**
   * True for a vague word with no noun that its document gives as a figure too: the unit is that figure's
   * ("العشرات" of a crash in the headline, "50 شخصاً على الأقل" of it in the body). See `echoes`.
   */
  readonly echo?: boolean;
  /**
   * True when its counted noun is carried from an earlier count and not written in the claim: "ثلاثة
   * منهم" (of the nine injured before it), "ستة منهم". Such a figure is a part of that group.
   */
  readonly carried: boolean;
  /**
   * True for a two read from a dual noun alone, with no numeral (البلدين، الطرفين، الحرمين، جنديين):
   * Arabic says "the two" and "both" that way, and names take the form (طالبان is the movement).
   */
  readonly dual: boolean;
  /** True for a figure that rarely meets another by chance (see SPECIFIC_DIGITS). */
  readonly specific: boolean;
  /** Its point value as written (unscaled), or null for a span. */
  readonly value: number | null;
  /**
   * Everything the identity rules read, as one string: claims with equal
   * signatures relate to every other claim alike, so a cluster checks one of them.
   */
  readonly signature: string;
  /** Blocking keys of a specific figure (what it counts, its predicate): compared with the same number only. */
  readonly numberHandles: readonly string[];
  /** Blocking keys of its subject (its key, its words): compared with figures within the plausibility factor. */
  readonly subjectHandles: readonly string[];
}

/** One word of letters, no digit and no space: a dual noun that is its own number (طالبان، البلدين). */
const oneWordOfLetters = /^[\p{P}\s]*\p{L}+[\p{P}\s]*$/u;

/** Bounds that write a figure as a point or a span: rounding tolerance applies between two of them. */
const pointBounds = new Set(['exact', 'approximate', 'range', 'vague']);

/** Modalities that report a figure as so; others (denied, projected) never confirm one. */
const confirming = new Set(['asserted', 'hedged']);

/** The modality of a claim; claims made before the field existed are asserted. */
export const modalityOf = (claim: Claim): string => (claim as { modality?: string }).modality ?? 'asserted';

function unitOf(lexicon: AlignLexicon, claim: Claim, unit: ClaimUnit | null, predicate: string | null, subjectWords: readonly string[], events: DocumentEvents | null): UnitFeature | null {
  if (!unit) {
    // A verb of what happens to people says what a figure without its noun counts: "أسفر الحريق عن مقتل
    // العشرات" counts the dead as "عشرات القتلى" does, "أصيب 14" the injured; so does a subject that
    // names them ("وفقدان نحو 70" of "المفقودون في الحريق", "العشرات" of "المهاجرون الذين أنقذوا").
    const event = lexicon.eventOf(predicate, subjectWords);
    return event === null ? null : { measure: false, key: event, known: true, block: 'people', kind: 'people', role: 'what', scale: 1, upTo: 1, event };
  }
  const measure = (key: string, scale = 1, upTo = scale): UnitFeature => ({ measure: true, key, known: true, block: key, kind: null, role: null, scale, upTo, event: null });
  if (unit.kind === 'percent') return measure('percent');
  // A bare fraction is a share: النصف is 50%, so "أكثر من نصف المحافظات" meets "54% من المناطق";
  // "نصف متر" is a fraction of something named, and meets only fractions of it.
  if (unit.kind === 'fraction') return measure(lexicon.isBareShare(unit.lemma) ? 'percent' : `fraction ${lexicon.stemPhrase(unit.lemma)}`, 100);
  if (unit.kind === 'currency') {
    const words = fold(unit.lemma).split(/\s+/u).filter((w) => w !== '');
    const name = words.length > 0 ? lexicon.stemWord(words[0]!) : '';
    return {
      ...measure(`currency ${unit.currency ?? unit.lemma}`),
      block: `currency ${name}`,
      currencyName: name,
      bareName: words.length === 1,
      ...(typeof unit.currency === 'string' ? { code: unit.currency } : {}),
    };
  }
  const scale = lexicon.scaleOf(unit.lemma);
  if (scale) return measure(scale.kind, scale.scale, scale.upTo);
  if (unit.kind === 'age') return { ...measure(`${unit.kind} ${unit.lemma}`), personal: true };
  if (unit.kind !== 'count') return measure(`${unit.kind} ${unit.lemma}`);
  const sense = lexicon.countedSense(unit.lemma);
  // "9 أفراد من قوات الحرس الوطني القتلى", "لقي 37 شخصاً حتفهم": the noun says who, the rest what happened.
  const event =
    sense.kind !== 'people'
      ? null
      : sense.role === 'what'
        ? sense.group
        : (lexicon.eventOf(predicate, subjectWords) ?? (typeof claim.value === 'number' ? (events?.get(claim.value) ?? null) : null));
  return { measure: false, key: sense.group, known: lexicon.knowsNoun(unit.lemma), block: sense.kind ?? sense.group, kind: sense.kind, role: sense.role, scale: 1, upTo: 1, event };
}

function subjectOf(lexicon: AlignLexicon, claim: Claim): SubjectFeature | null {
  const s = claim.subject;
  if (!s || typeof s.text !== 'string') return null;
  const key = typeof s.name === 'string' && s.name !== '' ? s.name : lexicon.names.key(s.text);
  if (key === '' || lexicon.genericSubjects.has(key)) return null;
  // The counted noun is what a claim counts, not whose it is: "27 عنصراً" of "عناصر" has no subject,
  // nor has "1.9 في المائة" of "المائة". A subject with no telling word left is none.
  const counted = claim.unit && typeof claim.unit.lemma === 'string' ? lexicon.stemPhrase(claim.unit.lemma).split(' ') : [];
  let words = lexicon.subjectWords(s.text).filter((w) => !counted.includes(w));
  // A noun of members heading a body's name is the body: "تسعة أفراد من قوات الحرس الوطني" and "8 من
  // عناصر الحرس الوطني" count the members of one الحرس الوطني. Only before a name of two words or more.
  if (words.length >= 3 && lexicon.namesMembers(words[0]!)) words = words.slice(1);
  if (words.length === 0) return null;
  const { countries, within } = lexicon.placesOf(s.text);
  return { text: s.text, key, words, former: lexicon.namesFormer(s.text), conjoined: lexicon.conjoinedWords(s.text), countries, within };
}

/** Day number of a UTC date; years 0–99 are years of the first century, not 1900–1999 as Date.UTC reads them. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return Math.floor(d.getTime() / DAY);
}

/**
 * First (or last) day of an ISO prefix the dates layer wrote: "2014" → 1 January (31 December), "2014-08"
 * → 1 (31) August, and a year before the common era signed ("-0149", the astronomical year of 150 BC):
 * a figure of antiquity is not a figure of this week.
 */
export function dayOf(iso: string | undefined, last: boolean): number | null {
  const parts = typeof iso === 'string' ? isoParts(iso) : null;
  if (!parts) return null;
  const { year, month, day } = parts;
  if (month !== undefined && day !== undefined) return utcDay(year, month - 1, day);
  if (month !== undefined) return last ? utcDay(year, month, 0) : utcDay(year, month - 1, 1);
  return last ? utcDay(year, 11, 31) : utcDay(year, 0, 1);
}

/** An interval in the base unit: its low end at the unit's size, its high end at its larger size (ميل). */
function scaled(i: Interval, scale: number, upTo: number): Interval {
  if (scale === 1 && upTo === 1) return i;
  const [lo, hi] = i.lo >= 0 ? [scale, upTo] : [upTo, scale];
  return { lo: i.lo * lo, loOpen: i.loOpen, hi: i.hi * (i.hi >= 0 ? hi : lo), hiOpen: i.hiOpen };
}

function coreOf(claim: Claim, scale: number, upTo: number): readonly [number, number] | null {
  const finite = (x: number | null): x is number => typeof x === 'number' && Number.isFinite(x);
  if (claim.bound === 'range' || claim.bound === 'vague' || !finite(claim.value)) {
    const lo = finite(claim.min) ? claim.min : finite(claim.max) ? claim.max : null;
    const hi = finite(claim.max) ? claim.max : lo;
    return lo === null || hi === null ? null : [Math.min(lo, hi) * scale, Math.max(lo, hi) * upTo];
  }
  return upTo === scale ? [claim.value * scale, claim.value * scale] : [claim.value * Math.min(scale, upTo), claim.value * Math.max(scale, upTo)].sort((x, y) => x - y) as [number, number];
}

/** Significant digits of a claim's point value: how unlikely two outlets are to write it by chance. */
function digitsOf(claim: Claim): number {
  const v = claim.value;
  if (typeof v !== 'number' || !Number.isFinite(v) || v === 0) return 0;
  // Twelve significant digits at most: 0.1 + 0.2 is written 0.3.
  const mantissa = Math.abs(v).toPrecision(12).split('e')[0]!.replace('.', '');
  let first = 0;
  let last = mantissa.length;
  while (first < last && mantissa[first] === '0') first++;
  while (last > first && mantissa[last - 1] === '0') last--;
  return last - first;
}

/** What happened to the people of each figure a document gives, where one reading says it: 53 → the dead. */
export type DocumentEvents = ReadonlyMap<number, string>;

const predicateOf = (claim: Claim): string | null => (typeof claim.predicate === 'string' && claim.predicate !== '' ? claim.predicate : null);

/**
 * What a document says happened to the people of each of its figures: an article
 * that writes "53 قتيلاً" and, further on, "53 شخصاً على الأقل" counts the dead
 * both times. A figure the document gives for two things (5 قتلى، 5 جرحى) reads
 * neither.
 */
export function documentEvents(lexicon: AlignLexicon, claims: readonly Claim[]): DocumentEvents {
  const events = new Map<number, string>();
  const ambiguous = new Set<number>();
  for (const claim of claims) {
    if (typeof claim.value !== 'number' || !Number.isFinite(claim.value) || ambiguous.has(claim.value)) continue;
    // Only nouns of people are read, and a subject's words only when the noun and the predicate say nothing.
    if (claim.unit?.kind !== 'count' || typeof claim.unit.lemma !== 'string') continue;
    const sense = lexicon.countedSense(claim.unit.lemma);
    if (sense.kind !== 'people') continue;
    const predicate = predicateOf(claim);
    const event =
      sense.role === 'what'
        ? sense.group
        : ((predicate !== null ? lexicon.eventOf(predicate, []) : null) ?? lexicon.eventOf(null, subjectOf(lexicon, claim)?.words ?? []));
    if (event === null) continue;
    const seen = events.get(claim.value);
    if (seen === undefined) events.set(claim.value, event);
    else if (seen !== event) {
      events.delete(claim.value);
      ambiguous.add(claim.value);
    }
  }
  return events;
}

/** The unit a document gives each of its specific figures, where it gives one: 12e9 → دولار. */
export type DocumentUnits = ReadonlyMap<number, ClaimUnit>;

/** True when two units say the same: one kind, one lemma, one currency. */
const sameUnit = (a: ClaimUnit, b: ClaimUnit): boolean => a.kind === b.kind && a.lemma === b.lemma && a.currency === b.currency;

/**
 * What a document counts with each of its specific figures, where every unit it writes with that figure
 * is one: an article that writes "قرض بقيمة 12 مليار دولار" and, further on, "12 مليارا", or "إنقاذ 67
 * مهاجراً" and "67 منهم", gives the second figure the first one's unit. A figure the document gives
 * with two units (15 قتيلاً، 15 دولة) lends none, and a small figure (ثلاثة منهم) none either: small
 * numbers recur in one article for different things.
 */
export function documentUnits(claims: readonly Claim[]): DocumentUnits {
  const units = new Map<number, ClaimUnit>();
  const ambiguous = new Set<number>();
  for (const claim of claims) {
    const value = claim.value;
    if (typeof value !== 'number' || !Number.isFinite(value) || !claim.unit || typeof claim.unit.lemma !== 'string' || ambiguous.has(value)) continue;
    if (!(digitsOf(claim) >= SPECIFIC_DIGITS || Math.abs(value) >= SPECIFIC_SIZE)) continue;
    const seen = units.get(value);
    if (seen === undefined) units.set(value, claim.unit);
    else if (!sameUnit(seen, claim.unit)) {
      units.delete(value);
      ambiguous.add(value);
    }
  }
  return units;
}

/** Whose each of a document's specific figures is, where the document says it once: see {@link documentSubjects}. */
export type DocumentSubjects = ReadonlyMap<string, EntityRef>;

/** What a figure is, within one document: its value, unit and predicate as written. */
const statementKey = (claim: Claim): string | null =>
  typeof claim.value === 'number' && Number.isFinite(claim.value) && claim.unit && typeof claim.unit.lemma === 'string'
    ? `${claim.value}\u0001${claim.unit.kind} ${claim.unit.lemma} ${claim.unit.currency ?? ''}\u0001${predicateOf(claim) ?? ''}`
    : null;

/**
 * Whose each specific figure of a document is, where every subject the document writes with that figure
 * (the same number, noun and verb) is one: an article whose headline reads "غرق 48 مهاجرا" and whose body
 * reads "لقي 48 مهاجرا على الأقل حتفهم في غرق قاربهم" tells of one sinking both times, and the headline's
 * figure is of "غرق قاربهم" too. A small figure lends none (ثلاثة قتلى recur in one article for two
 * attacks), nor one the document gives with two subjects.
 */
export function documentSubjects(claims: readonly Claim[]): DocumentSubjects {
  const subjects = new Map<string, EntityRef>();
  const ambiguous = new Set<string>();
  for (const claim of claims) {
    const key = statementKey(claim);
    const subject = claim.subject;
    if (key === null || !subject || typeof subject.text !== 'string' || ambiguous.has(key)) continue;
    if (!(digitsOf(claim) >= SPECIFIC_DIGITS || Math.abs(claim.value!) >= SPECIFIC_SIZE)) continue;
    const seen = subjects.get(key);
    if (seen === undefined) subjects.set(key, subject);
    else if (fold(seen.text) !== fold(subject.text)) {
      subjects.delete(key);
      ambiguous.add(key);
    }
  }
  return subjects;
}

/** Quotation marks around a counted noun: "…", «…», “…”. */
const OPENING_QUOTES = '"«“\u201E';
const CLOSING_QUOTES = '"»”\u201C';

const wordLetter = /[\p{L}\p{M}]/u;

/**
 * True when the claim's text writes its counted noun between quotation marks: 60 "جاسوسا". The unit's
 * text may be the written word or its singular (جاسوس in "جاسوسا"): the word around it is the one read.
 */
function quotedNoun(claim: Claim): boolean {
  const unit = claim.unit;
  const text = claim.text;
  if (!unit || unit.kind !== 'count' || typeof unit.text !== 'string' || unit.text === '' || typeof text !== 'string') return false;
  const at = text.indexOf(unit.text);
  if (at <= 0) return false;
  let start = at;
  while (start > 0 && wordLetter.test(text.charAt(start - 1))) start--;
  let end = at + unit.text.length;
  while (end < text.length && wordLetter.test(text.charAt(end))) end++;
  return start > 0 && end < text.length && OPENING_QUOTES.includes(text.charAt(start - 1)) && CLOSING_QUOTES.includes(text.charAt(end));
}

/**
 * The features of a claim of a document published on day `published` (or
 * undated); `events` (from {@link documentEvents}) says what happened to the
 * people of figures the claim itself does not say it of, and `units` (from
 * {@link documentUnits}) what a figure written without its noun counts.
 */
export function featuresOf(
  lexicon: AlignLexicon,
  claim: Claim,
  published: number | null,
  events: DocumentEvents | null = null,
  units: DocumentUnits | null = null,
  subjects: DocumentSubjects | null = null,
): Features {
  const key = subjects !== null && !claim.subject ? statementKey(claim) : null;
  const lentSubject = key !== null ? (subjects!.get(key) ?? null) : null;
  const subject = subjectOf(lexicon, lentSubject ? { ...claim, subject: lentSubject } : claim);
  const lent = claim.unit === null && typeof claim.value === 'number' ? (units?.get(claim.value) ?? null) : null;
  // A noun in quotation marks is someone else's word for what is counted, not the writer's: "طرد 60
  // \"جاسوسا\"" counts the diplomats another report writes "60 دبلوماسيا". It says nothing of what is
  // counted, so only the subject ties the figure.
  const written = quotedNoun(claim) ? null : claim.unit;
  const unit = unitOf(lexicon, claim, written ?? lent, predicateOf(claim), subject?.words ?? [], events);
  const predicate = predicateOf(claim) !== null ? lexicon.predicateGroup(predicateOf(claim)!) : null;
  const scale = unit?.scale ?? 1;
  const upTo = unit?.upTo ?? scale;
  let from = dayOf(claim.time?.start, false);
  let to = dayOf(claim.time?.end ?? claim.time?.start, true);
  if (from === null || to === null) from = to = null;
  const digits = claim.unit?.kind === 'fraction' ? 1 : digitsOf(claim);
  const value = typeof claim.value === 'number' && Number.isFinite(claim.value) ? claim.value : null;
  const specific = value !== null && (digits >= SPECIFIC_DIGITS || Math.abs(value) >= SPECIFIC_SIZE);
  const numberHandles: string[] = [];
  const subjectHandles: string[] = [];
  // A claim that says neither what it counts nor whose it is never joins on its value alone; without a
  // subject, only a specific number (two significant digits or more) ties it, through its unit or predicate.
  if ((unit || subject) && specific) {
    if (unit?.known) numberHandles.push(`u${unit.block}`);
    if (predicate) numberHandles.push(`p${predicate}`);
  }
  if (subject) {
    subjectHandles.push(`k${subject.key}`);
    for (const w of subject.words.slice(0, SUBJECT_HANDLES)) subjectHandles.push(`w${w}`);
  }
  const interval = scaled(claimInterval(claim), scale, upTo);
  const core = coreOf(claim, scale, upTo);
  const confirms = confirming.has(modalityOf(claim));
  const change = claim.change === 'up' || claim.change === 'down' ? claim.change : null;
  const running = claim.time?.cumulative === true;
  const signature = JSON.stringify([
    unit && [unit.key, unit.measure, unit.scale, unit.upTo, unit.event, unit.currencyName ?? null, unit.bareName ?? null],
    subject && subject.text,
    predicate,
    change,
    from,
    to,
    published,
    running,
    [interval.lo, interval.loOpen, interval.hi, interval.hiOpen],
    core,
    pointBounds.has(claim.bound),
    digits,
    value,
    confirms,
    written === null,
  ]);
  return {
    signature,
    unit,
    subject,
    predicate,
    change,
    from,
    to,
    published,
    running,
    interval,
    pointLike: pointBounds.has(claim.bound),
    core,
    digits,
    confirms,
    vague: claim.bound === 'vague' && value === null,
    nounless: written === null,
    carried: written !== null && typeof written.text === 'string' && written.text !== '' && typeof claim.text === 'string' && !claim.text.includes(written.text),
    dual: value === 2 && typeof claim.text === 'string' && oneWordOfLetters.test(claim.text),
    value,
    specific,
    numberHandles,
    subjectHandles,
  };
}
