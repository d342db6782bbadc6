/**
 * extractQuantClaims: every quantitative claim of an Arabic news text.
 *
 * One document is read once (shadow, tokens, numbers, sentences, time
 * expressions, speaker mentions); each number that is a figure becomes a claim
 * whose slots — range, unit, subject, bound, predicate, speaker, time — are
 * read one after another by small rules over the same tokens (one file each).
 */
import type { Claim, ClaimUnit } from '../model.js';
import type { ParsedNumber } from '../numbers/grammar.js';
import type { PredicateEntry } from '../syntax/lexicon/predicates.js';
import type { UnitEntry } from '../syntax/lexicon/units.js';
import type { SyntaxLexiconInput } from '../syntax/lexicon.js';
import type { DatesLexiconInput } from '../dates/lexicon.js';
import type { NamesLexiconInput } from '../names/lexicon.js';
import type { TableInput } from '../text/lexicon.js';
import type { BoundPhrase } from './lexicon/bounds.js';
import { boundInterval, minMaxOf } from './interval.js';
import { incidentSubject } from './subject/incident.js';
import { datesLexicon } from '../dates/lexicon.js';
import { parseFiscalYearStart, parsePublishedAt, referenceOf } from '../dates/reference.js';
import { timesOf } from '../dates/scan.js';
import { isDefinite, withoutArticle } from '../text/clitics.js';
import { foldWord } from '../text/fold.js';
import { type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { TextDocument } from '../numbers/document.js';
import { requireOptions, requireString } from '../text/validate.js';
import { readTime } from './time.js';
import { ageOwner } from './subject/age-owner.js';
import { ageNounAfter, rankByShape, rankHeadBefore, scoreAt, scoreUnit, serialHeadBefore } from './kinds.js';
import { claimEnd, fractionAsUnit, readContextUnit, readPer, readPercentagePoints, readUnitAfter, readUnitBefore, readUnitOfAdjective, readUnitOfDefiniteNumber } from './unit.js';
import { readSpeaker } from './speaker.js';
import { boundedWordClaims, ordinalAgeAt } from './bare.js';
import { draftAt } from './draft.js';
import { changedThing, distanceOrigin, valueOwner } from './subject/value-owner.js';
import { readChangeDetail } from './change.js';
import { readModality } from './modality.js';
import { ageBound, readBound } from './bound.js';
import { buildClaim } from './build.js';
import { ClaimContext } from './context.js';
import { readElidedCurrency, readElidedUnit } from './ellipsis.js';
import { possessorBefore } from './subject/possessor.js';
import { definiteAlone, isAdjectiveNumber, isFigure } from './figure.js';
import { readPredicate } from './predicate.js';
import { rangeAt, scaleOf } from './range.js';
import { scoreWordClaims } from './sport.js';
import { clauseSubject } from './subject/clause-subject.js';
import { readBelowZero, readHundredths, readSignBefore, unitOnlyClaims } from './measure.js';
import { possessiveOwner } from './subject/possessive.js';
import { zeroClaims } from './zero.js';
import { ownerAfter } from './subject/owner-after.js';
import { vagueClaims } from './vague.js';
import { claimsLexicon, type ClaimsLexicon, type ClaimsLexiconInput } from './lexicon.js';


/** Every table the claim extractor reads: the claims layer's and the layers below it. See `Lexicon`. */
export type ClaimLexiconInput = ClaimsLexiconInput & SyntaxLexiconInput & DatesLexiconInput & NamesLexiconInput;

/** Extra rules a caller adds to the built-in tables. */
export interface ClaimRules {
  /** More units: `{ lemma: 'صاروخ', kind: 'count', forms: ['صواريخ'], inflect: 'masculine' }` (added to `lexicon.countUnits`). */
  units?: readonly UnitEntry[];
  /** More bound phrases: `{ phrase: 'ما ينوف على', bound: 'moreThan', position: 'before' }` (added to `lexicon.boundPhrases`). */
  boundPhrases?: readonly BoundPhrase[];
  /** More reporting verbs, in their past form: `'غرد'` (added to `lexicon.reportingVerbs` as `{ past: 'غرد' }`). */
  reportingVerbs?: readonly string[];
  /** More predicates: `{ stem: 'هجر', forms: ['هجر', 'تهجير'] }` (added to `lexicon.predicates`). */
  predicates?: readonly PredicateEntry[];
  /**
   * Any table of the claims, syntax, dates and names layers, extended (an
   * array of entries, added before the built-in ones) or replaced
   * (`{ replace: [...] }`). Reporting verbs added here also change the entity
   * mentions and speakers the claims read.
   */
  lexicon?: ClaimLexiconInput;
}

/** Options of one extraction. */
export interface ExtractOptions {
  /**
   * Publication date ("2017-12-06", an ISO date-time, or a Date), against
   * which relative times (أمس، الثلاثاء، الشهر الماضي) resolve. Without it the
   * article's own dateline is used when it has one.
   */
  publishedAt?: string | Date;
  /**
   * The month fiscal years start in, 1 to 12 (Egypt's: 7), for the time of a figure "في العام
   * المالي المقبل". Without it the state the text names decides (see `findDates`).
   */
  fiscalYearStart?: number;
}

/** An extractor with its rule tables compiled, for reuse over many texts. */
export interface ClaimExtractor {
  /** Every quantitative claim of `text`, in reading order. */
  extract(text: string, options?: ExtractOptions): Claim[];
}

/** The claims of one document. */
function claimsOf(fn: string, lexicon: ClaimsLexicon, text: string, options: ExtractOptions | undefined): Claim[] {
  requireString(text, fn);
  requireOptions(options, fn);
  const publishedAt = parsePublishedAt(fn, options?.publishedAt);
  const fiscalYearStart = parseFiscalYearStart(fn, options?.fiscalYearStart);
  const document = new TextDocument(text);
  const reference = referenceOf(document, lexicon.dates, publishedAt);
  const times = timesOf(document, lexicon.dates, reference, fiscalYearStart);
  const c = new ClaimContext(document, lexicon, times, reference);
  const claims: Claim[] = [];
  for (let i = 0; i < c.numbers.length; i++) {
    const built = claimsAt(c, i);
    if (!built) continue;
    claims.push(...built.claims);
    i += built.consumed;
  }
  for (const v of vagueClaims(c)) claims.push(v);
  for (const u of unitOnlyClaims(c)) claims.push(u);
  for (const s of scoreWordClaims(c)) claims.push(s);
  for (const z of zeroClaims(c)) claims.push(z);
  for (const b of boundedWordClaims(c)) claims.push(b);
  claims.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return withoutNested(claims);
}

/**
 * Drops a claim inside another one: "لتر ونصف" is one and a half litres, not
 * also a half. Two sides of a score share no tokens and both stay.
 */
function withoutNested(sorted: readonly Claim[]): Claim[] {
  // Sorted by start, the longer first: a claim that ends before the furthest end so far lies inside another.
  const out: Claim[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.span.end <= end) continue;
    out.push(c);
    end = c.span.end;
  }
  return out;
}

/** The claims read at number `i`, and how many further numbers they took (the second end of a range or score). */
function claimsAt(c: ClaimContext, i: number): { claims: Claim[]; consumed: number } | null {
  const n = c.numbers[i]!;
  // A person's age and a rank read as times and ordinals otherwise: "(45 عاماً)", "المركز الثالث".
  const ageNoun = ageNounAfter(c, n);
  if (ageNoun >= 0) return { claims: [simpleClaim(c, n, n.start, (ageNoun + 1) as TokenIndex, ageUnit(c, ageNoun), ageOwner(c, n), ageBound(c, n.start))], consumed: 0 };
  // "طفل في السادسة من العمر": an ordinal age, or one in digits ("إسباني في الـ29 من العمر"، "في 12 من عمرها")
  // whose word of age ends its phrase: "الدقيقة 90 من عمر المباراة" is a minute of a match.
  let ageCue = ordinalAgeAt(c, n.start, n.end);
  if (ageCue >= 0 && n.kind !== 'ordinal' && isDefinite(c.tokens.text(c.tokens.nextWord(ageCue)))) ageCue = ((-1) as TokenIndex);
  if (ageCue >= 0) return { claims: [simpleClaim(c, n, n.start, (ageCue + 1) as TokenIndex, ageUnit(c, ageCue))], consumed: 0 };
  const rankHead = rankHeadBefore(c, n);
  if (rankHead >= 0) return { claims: [simpleClaim(c, n, rankHead, n.end, rankUnit(c, rankHead))], consumed: 0 };
  // "ثاني أفضل هداف", "أقوى ثالث إعصار", "الأولى أوروبيا": a rank by a superlative or a scope.
  const ranked = rankByShape(c, n);
  if (ranked) return { claims: [simpleClaim(c, n, ranked.start, ranked.end, ranked.noun >= 0 ? rankUnit(c, ranked.noun) : headlessRank(c))], consumed: 0 };
  // "هدفه رقم 23": the goal that makes 23, a count of goals.
  const serial = serialHeadBefore(c, n);
  if (serial) return { claims: [simpleClaim(c, n, serial.head, n.end, serial.unit)], consumed: 0 };
  if (!isFigure(c, n)) return null;
  const score = scoreAt(c, i);
  if (score) {
    const sides = [score.first, score.second].map((side) => simpleClaim(c, side, side.start, side.end, scoreUnit(c, side.start)));
    return { claims: sides, consumed: 1 };
  }
  const built = claimAt(c, i);
  return built ? { claims: [built.claim], consumed: built.consumed } : null;
}

/**
 * A claim whose figure and unit (and the owner of an age) a shape of its own gave (a score side, a rank,
 * an age): the predicate, speaker, time and modality come from the slot rules.
 */
function simpleClaim(c: ClaimContext, n: ParsedNumber, start: TokenIndex, end: TokenIndex, unit: ClaimUnit | null, subject: TokenRange | null = null, bounded: ReturnType<typeof ageBound> = null): Claim {
  // "ألا يتجاوز عمر المتقدم 33 سنة": an age under a bound.
  if (bounded) start = bounded.start;
  const span = c.span(start, end, bounded?.cliticSkip ?? 0);
  const { min, max } = bounded ? minMaxOf(boundInterval(bounded.bound, n.value)) : { min: n.value, max: n.value };
  const sentence = c.sentenceAround(n.start);
  return buildClaim({
    span,
    text: c.textOf(span),
    value: n.value,
    min,
    max,
    bound: bounded?.bound ?? 'exact',
    unit,
    subject: subject ? c.subjectRef(subject) : null,
    speaker: readSpeaker(c, n.start, end),
    predicate: readPredicate(c, start, end)?.entry ?? null,
    changeDetail: null,
    modality: readModality(c, start),
    time: readTime(c, start, end, unit),
    sentence: c.span(sentence.start, sentence.end),
  });
}

/** The unit of an age: the noun of years as written, read as the age noun of `kindUnits` (عام); none when the table names none. */
function ageUnit(c: ClaimContext, noun: TokenIndex): ClaimUnit | null {
  const age = c.lexicon.kindUnits.get('age');
  return age ? { text: c.textOf(c.span(noun, (noun + 1) as TokenIndex)), lemma: age.lemma, singular: age.singular, kind: 'age' } : null;
}

/** The unit of a rank: its head as written (المركز), and its singular without the article (مركز). */
function rankUnit(c: ClaimContext, head: TokenIndex): ClaimUnit {
  const text = c.textOf(c.span(head, (head + 1) as TokenIndex));
  return { text, lemma: withoutArticle(c.tokens.text(head)), singular: withoutArticle(text), kind: 'rank' };
}

/** The unit of a rank with no head noun ("الأولى أوروبيا"): the rank noun of the tables, not written in the text. */
function headlessRank(c: ClaimContext): ClaimUnit | null {
  const noun = c.lexicon.tables.rankNouns[0];
  return noun === undefined ? null : { text: '', lemma: foldWord(noun), singular: noun, kind: 'rank' };
}

/** The claim of number `i`, and how many further numbers it took (the second end of a range). */
function claimAt(c: ClaimContext, i: number): { claim: Claim; consumed: number } | null {
  const n = c.numbers[i]!;
  const d = draftAt(n);
  // A range: "بين 15 و20 ألف", "من 10 إلى 20".
  const range = rangeAt(c, i);
  if (range) {
    d.range = range;
    d.last = range.second;
    d.bound = 'range';
    d.value = null;
    d.min = range.low;
    d.max = range.high;
    d.start = range.start;
  }
  // What is counted, and whose it is: after the number, after a partitive من, or before the number
  // (and before "واحد", which follows what it counts: "شخص واحد").
  const after = c.tokens.nextWord((n.end - 1) as TokenIndex);
  // "اثنين من قيادات الجماعة": two of, a partitive; "واحداً من أبرز" (one of) is no figure (see readUnitOfAdjective).
  const partitiveTwo = after >= 0 && c.lexicon.links.of.has(c.tokens.text(after)) && n.value !== 1;
  if (!range && isAdjectiveNumber(c, n) && !partitiveTwo && !c.lexicon.elisionAfter.has(c.tokens, after)) {
    if (!readUnitOfAdjective(c, d)) return null;
  } else if (!range && readUnitOfDefiniteNumber(c, d)) {
    // "الأهداف الثلاثة", "بدوله الـ28": the noun before a definite number.
  } else if (!readUnitAfter(c, d)) return null;
  d.subject = ownerAfter(c, d);
  d.subject = possessorBefore(c, d);
  readUnitBefore(c, d);
  // "وبلغت درجات الحرارة 37 درجة": degrees Celsius.
  readContextUnit(c, d);
  // "الثلاثة" alone refers back to three things; with a bound ("بنحو الثلث") it is a figure.
  const bare = !range && !d.unitRef && definiteAlone(c, n);
  fractionAsUnit(c, d);
  d.subject = possessiveOwner(c, d);
  // How it is bounded, and so where the claim ends.
  readSignBefore(c, d);
  d.end = claimEnd(c, d);
  const hundredths = readHundredths(c, d, i + 1);
  readPer(c, d);
  readPercentagePoints(c, d);
  readBelowZero(c, d);
  readBound(c, d);
  if (bare && d.bound === 'exact') return null;
  // "ستة منهم", "ونقل أكثر من 12 ألفاً": a noun the sentence has just counted.
  readElidedUnit(c, d, c.countedBefore);
  if (d.unitRef?.kind === 'count') c.countedBefore = { unit: d.unitRef, subject: d.subject, sentence: c.sentenceOf(d.start), end: d.end };
  // "82.9 مليار دولار مقابل 79 مليارا": the currency of the sum before, when the scale word repeats.
  readElidedCurrency(c, d, c.moneyBefore);
  if (d.unitRef?.kind === 'currency') {
    const scale = scaleOf(c, d.number);
    if (scale !== null) c.moneyBefore = { unit: d.unitRef, subject: d.subject, sentence: c.sentenceOf(d.start), end: d.end, scale };
  }
  // What happened, and who owns the figure of a verb of possession.
  d.predicate = readPredicate(c, d.start, d.end);
  d.subject = clauseSubject(c, d);
  // "10 قتلى في انهيار جسر": a toll is of its incident.
  d.subject = incidentSubject(c, d);
  // "صفقة بقيمة 112 مليون يورو": a sum is of the thing it is the value of; a distance of where it is measured from.
  d.subject = valueOwner(c, d);
  d.subject = distanceOrigin(c, d);
  d.subject = changedThing(c, d);
  const span = c.span(d.start, d.end, d.cliticSkip);
  const sentence = c.sentenceAround(n.start);
  const changeDetail = readChangeDetail(c, d);
  const claim = buildClaim({
    span,
    text: c.textOf(span),
    value: d.value,
    min: d.min,
    max: d.max,
    bound: d.bound,
    unit: d.unitRef,
    subject: d.subject ? c.subjectRef(d.subject) : null,
    speaker: readSpeaker(c, n.start, d.end),
    predicate: d.predicate?.entry ?? null,
    changeDetail,
    modality: readModality(c, d.start, n.start),
    time: readTime(c, d.start, d.end, d.unitRef),
    sentence: c.span(sentence.start, sentence.end),
  });
  return { claim, consumed: range || hundredths ? 1 : 0 };
}

/** Adds entries to one table of a lexicon input, keeping a caller's `{ replace }` a replacement. */
function withEntries<E>(table: TableInput<E> | undefined, extra: readonly E[] | undefined): TableInput<E> | undefined {
  if (!extra || extra.length === 0) return table;
  if (table === undefined) return extra;
  if (Array.isArray(table)) return [...extra, ...(table as readonly E[])];
  return { replace: [...extra, ...(table as { replace: readonly E[] }).replace] };
}

/** One lexicon input from the rules: the four historical fields folded into their tables. */
function lexiconOf(fn: string, rules: ClaimRules): ClaimLexiconInput | undefined {
  const { units, boundPhrases, reportingVerbs, predicates, lexicon } = rules;
  if (!units && !boundPhrases && !reportingVerbs && !predicates) return lexicon;
  for (const [name, value] of Object.entries({ units, boundPhrases, reportingVerbs, predicates })) {
    if (value !== undefined && !Array.isArray(value)) throw new TypeError(`${fn}: rules.${name} must be an array, got ${typeof value}`);
  }
  if (reportingVerbs?.some((v) => typeof v !== 'string')) throw new TypeError(`${fn}: rules.reportingVerbs must be an array of strings`);
  const base = (lexicon ?? {}) as Record<string, unknown>;
  return {
    ...lexicon,
    countUnits: withEntries(base.countUnits as TableInput<UnitEntry> | undefined, units),
    boundPhrases: withEntries(base.boundPhrases as TableInput<BoundPhrase> | undefined, boundPhrases),
    reportingVerbs: withEntries(base.reportingVerbs as TableInput<{ past: string }> | undefined, reportingVerbs?.map((past) => ({ past }))),
    predicates: withEntries(base.predicates as TableInput<PredicateEntry> | undefined, predicates),
  } as ClaimLexiconInput;
}

/**
 * Compiles an extractor with extra rules added to the built-in tables, for
 * reuse over many texts (the tables are compiled and checked once, here).
 *
 * @param rules - Extra units, bound phrases, reporting verbs and predicates, and
 *   `lexicon`: any table of the claims, syntax, dates and names layers.
 * @returns An extractor.
 * @throws TypeError when `rules` is not an object or a table entry is malformed (the message names the table and entry).
 *
 * @example
 * ```ts
 * const extractor = createClaimExtractor({ units: [{ lemma: 'مسيرة', kind: 'count', forms: ['مسيرات'] }] });
 * extractor.extract('أسقط الجيش 12 مسيرة');
 * // [{ text: '12 مسيرة', value: 12, unit: { lemma: 'مسيره', … }, … }]
 * ```
 */
export function createClaimExtractor(rules: ClaimRules = {}): ClaimExtractor {
  const fn = 'createClaimExtractor';
  requireOptions(rules, fn, 'rules');
  const input = lexiconOf(fn, rules);
  const lexicon = claimsLexicon(fn, input);
  // The dates tables are checked now too, so that a bad entry fails here and not on the first text.
  datesLexicon(fn, input);
  return { extract: (text, options) => claimsOf('ClaimExtractor.extract', lexicon, text, options) };
}

/**
 * Extracts every quantitative claim of an Arabic news text, in reading order:
 * the figure and its bound (أكثر من، ما لا يقل عن، نحو، بين … و …، عشرات الآلاف),
 * what it counts (the noun after it, after a partitive من, or before it) with its
 * lemma, whose it is, who says so (through reporting verbs, attributions and
 * quotes, carried on through the paragraph), the event, the period it covers,
 * and exact spans for all of them.
 *
 * Years, dates, times of day, durations (خلال ستة أعوام: the claim's time, not a
 * claim), ordinals and page, article or phone numbers are not claims.
 *
 * @param text - An article or any Arabic text.
 * @param options - `publishedAt` for relative times; else the article's dateline.
 * @returns The claims.
 * @throws TypeError when `text` is not a string; RangeError when `publishedAt` is not a real date.
 *
 * @example
 * ```ts
 * const [claim] = extractQuantClaims('ويقول التحالف أن ضرباته قتلت ما لا يقل عن 801 مدنياً');
 * // claim.text === 'ما لا يقل عن 801 مدنياً', claim.bound === 'atLeast', claim.min === 801,
 * // claim.unit.lemma === 'مدني', claim.speaker.text === 'التحالف', claim.predicate === 'قتل'
 * ```
 */
export function extractQuantClaims(text: string, options?: ExtractOptions): Claim[] {
  return claimsOf('extractQuantClaims', claimsLexicon('extractQuantClaims', undefined), text, options);
}
