/**
 * The time slot: the period a claim's figure is about.
 *
 * The nearest time expression of the claim's clause (between commas), else of
 * its sentence (one before the claim first: a fronted "وفي 2014، …"), else the
 * time of the figures of the sentence just before; else the day of the
 * statement that reports it; a figure of the headline takes the time the same
 * figure has in the lead, and one of a subheading the time it has in the paragraph under it; a paragraph with no time continues the day named at
 * the end of the paragraph before; else the time of the figures a few
 * paragraphs before; a figure of the lead with none of these takes the time
 * the lead names after it.
 *
 * Not every time expression scopes a figure: a baseline it is compared with
 * ("ارتفع 17% عن العام الماضي"), the start of a record ("أدنى مستوى منذ
 * 2008"), a length with no anchor ("خلال ثلاث سنوات": it is the claim's time,
 * unresolved, only when its sentence and the figures before name no period), a frequency, or a vague
 * "recently" or "soon" that names no period. A period under way ("خلال الموسم
 * الحالي") and one since a time ("منذ أغسطس 2017") scope a running total up to
 * publication; so does "حتى الآن": the scope is then `cumulative`. A time a
 * decade or more before publication is a flashback: it scopes its own sentence
 * only, and no later figure takes it. An age has no time.
 *
 * Every search is bounded (a reach in tokens, or a value computed once per
 * sentence or paragraph), so that a claim's time costs constant work.
 */
import { isoYear } from '../dates/calendar.js';
import type { TimeExpression } from '../dates/expression.js';
import type { ClaimUnit, TimeScope } from '../model.js';
import { isDefinite } from '../text/clitics.js';
import { tokenIndex, type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';

/** How far into an article its lead runs, in paragraphs after the title. */
const LEAD_PARAGRAPHS = 3;
/** How far into an article the figure of its headline is looked for (past datelines, captions and bylines). */
const HEADLINE_FIGURE_PARAGRAPHS = 8;
/** How many numbers of the headline and lead are read for the headline's figure. */
const HEADLINE_FIGURE_NUMBERS = 200;
/** How many tokens either side of a claim its clause and sentence are searched for a time (about sixty words). */
const TIME_REACH = 120;
/** Most words between a reporting verb and the day after it that says when the statement was made: "أعلن الجيش في بيان السبت". */
const STATEMENT_REACH = 5;

/** True for an expression that names the period a figure may be about (resolved, or not for want of a publication date). */
function scopes(t: TimeExpression): boolean {
  if (t.baseline || t.partial || t.kind === 'set') return false;
  // A length with no anchor ("خلال ثلاث سنوات") names no period; it stops the search only in its own clause.
  if (t.kind === 'duration' && t.from === undefined && t.to === undefined) return false;
  // "مؤخرا"، "قريبا"، "آنذاك" unresolved: up to or from publication, or a time not found.
  if (t.kind === 'vague' && !t.cumulative && t.reach !== 'present' && (t.from === undefined || t.to === undefined)) return false;
  return true;
}

/** In the claim's own clause, a length with no anchor is its time too, unresolved: "خلق 2800 وظيفة خلال ثلاث سنوات". */
const inClause = (t: TimeExpression): boolean => scopes(t) || (t.kind === 'duration' && !t.baseline && !t.partial);

/** What one extraction computes once for the time slot: per token, per sentence, per paragraph, per expression. */
interface TimeCache {
  /** How many commas stand before each token: `commas[k]` counts tokens `[0, k)`. */
  readonly commas: Int32Array;
  /** The index in `c.times` of the first expression starting at or after each token. */
  readonly firstFrom: Int32Array;
  /** Whether the statement day test passed, by expression. */
  readonly statement: Map<TimeExpression, boolean>;
  /** Whether a sentence states a figure, by sentence (undefined until computed; arrays as long as the sentences, read at each claim). */
  readonly figures: (boolean | undefined)[];
  /** The last usable expression of a sentence, by sentence. */
  readonly lastOfSentence: (TimeExpression | null | undefined)[];
  /** The last usable expression of a paragraph, by paragraph. */
  readonly lastOfParagraph: Map<number, TimeExpression | null>;
  /** The first usable expression of the lead. */
  lead?: TimeExpression | null;
  /** The bounds of a running total, by expression. */
  readonly totals: Map<TimeExpression, { from?: string; to?: string }>;
  /** The time carried to each sentence from the figures up to it, by sentence. */
  readonly carried: (TimeExpression | null | undefined)[];
  /** Where the background phrase before an expression starts (-1 for none), by expression. */
  readonly background: Map<TimeExpression, number>;
}

const caches = new WeakMap<ClaimContext, TimeCache>();

function cacheOf(c: ClaimContext): TimeCache {
  let cache = caches.get(c);
  if (!cache) {
    const n = c.tokens.length;
    const commas = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) commas[k + 1] = commas[k]! + (isComma(c, k) ? 1 : 0);
    const firstFrom = new Int32Array(n + 1);
    let i = c.times.length;
    for (let k = n; k >= 0; k--) {
      while (i > 0 && c.times[i - 1]!.start >= k) i--;
      firstFrom[k] = i;
    }
    const sentences = c.structure.sentences.length;
    const bySentence = <V>(): (V | undefined)[] => new Array<V | undefined>(sentences).fill(undefined);
    cache = {
      commas,
      firstFrom,
      statement: new Map(),
      figures: bySentence<boolean>(),
      lastOfSentence: bySentence<TimeExpression | null>(),
      lastOfParagraph: new Map(),
      totals: new Map(),
      carried: bySentence<TimeExpression | null>(),
      background: new Map(),
    };
    caches.set(c, cache);
  }
  return cache;
}

/**
 * The period of claim tokens `[start, end)`, or null when the text gives none.
 * An age has none: it says how old someone is, not what happened in a period
 * ("وأصبح رونالدو (33 عاما) أول لاعب …"، "قتلت طفلة في السادسة من العمر
 * الأحد": Sunday is the killing's, the six years are the girl's).
 */
export function readTime(c: ClaimContext, start: TokenIndex, end: TokenIndex, unit: ClaimUnit | null = null): TimeScope | null {
  if (unit?.kind === 'age') return null;
  const { clause, best } = timeOf(c, start, end);
  if (!best) return null;
  const scope = scopeOf(c, best);
  return clause && best !== clause ? accruedOver(scope, clause) : scope;
}

/** The expression that scopes claim tokens `[start, end)`, and the one of its own clause. */
function timeOf(c: ClaimContext, start: TokenIndex, end: TokenIndex): { clause: TimeExpression | null; best: TimeExpression | null } {
  const clause = ownLength(c, nearestInClause(c, start, end), start);
  // A length with no anchor in the clause ("بزيادة أربع نقاط خلال عشرين عاما") leaves the period to the
  // sentence and the figures around it ("عام 2016"); it stands alone only when nothing else names one.
  const best =
    (clause && scopes(clause) ? clause : null) ??
    nearestInSentence(c, start, end, false) ??
    inPreviousSentence(c, start) ??
    statementAfterFigures(c, start, end) ??
    ofHeadline(c, start, end) ??
    ofSubheading(c, start, end) ??
    previousParagraph(c, start) ??
    figuresBefore(c, start) ??
    laterInLead(c, start) ??
    clause;
  return { clause, best };
}

/** How many tokens before a length a figure may stand to own it: "بزيادة أربع نقاط خلال عشرين عاما". */
const LENGTH_OWNER_REACH = 4;

/**
 * The clause's time, unless it is a length with no anchor that belongs to the
 * figure just before it rather than to the claim after it: in "بزيادة أربع
 * نقاط خلال عشرين عاما بالمقارنة مع متوسط 27,5%" the twenty years are the
 * four points', and 27,5% takes the year of its sentence.
 */
function ownLength(c: ClaimContext, t: TimeExpression | null, start: TokenIndex): TimeExpression | null {
  if (!t || scopes(t) || t.end > start) return t;
  for (let k = t.start - 1; k >= 0 && k >= t.start - LENGTH_OWNER_REACH; k--) {
    if (c.isNumberToken(tokenIndex(k)) && !c.inTime(tokenIndex(k), tokenIndex(k + 1))) return null;
  }
  return t;
}

/** A year written alone, as ISO: "2016", "-0149". */
const YEAR_ONLY = /^-?\d{4}$/u;

/**
 * A figure stated over a length ends at the period its sentence names:
 * "أنفقت فرنسا … عام 2016، بزيادة أربع نقاط خلال عشرين عاما" is 1996–2016;
 * "انسحبت القوات في عام 2020، ومن مواقع عملنا فيها خلال ستة أعوام على تدريب
 * أكثر من 240 ألف" is 2014–2020. Only a length in years ending at a year is widened; any other keeps the named period.
 */
function accruedOver(scope: TimeScope, length: TimeExpression): TimeScope {
  if (length.unit !== 'year' || length.count === undefined || !Number.isInteger(length.count) || scope.end === undefined || !YEAR_ONLY.test(scope.end) || scope.cumulative) return scope;
  return { ...scope, start: isoYear(Number(scope.end) - length.count) };
}

/**
 * The day a statement was made ("أعلنت المنظمة اليوم الاثنين ارتفاع الوفيات إلى
 * 73 حالة، منذ أغسطس 2017"; "أوضح معهد الإحصاء الخميس أن البطالة تراجعت"): a
 * day a few words after a reporting verb. The figure it reports is about another
 * time when its sentence or the figures before it name one; else about that day.
 */
function isStatementDay(c: ClaimContext, t: TimeExpression): boolean {
  const cache = cacheOf(c).statement;
  let known = cache.get(t);
  if (known === undefined) {
    known = false;
    if (t.grain === 'day' && t.kind !== 'period') {
      // Words back to the verb, past the commas that set the day off: "أعلنت منظمة الصحة العالمية، اليوم الاثنين، …".
      let k: TokenIndex = t.start;
      for (let words = 0, steps = 0; words < STATEMENT_REACH && steps < 2 * STATEMENT_REACH && !known; steps++) {
        k = c.tokens.previous(k);
        if (k < 0 || (c.tokens.isPunct(k) && !isComma(c, k))) break;
        if (!c.tokens.isWord(k)) continue;
        words++;
        known = c.syntax.verbs.matchAt(c.tokens, k) !== null;
      }
    }
    cache.set(t, known);
  }
  return known;
}

/**
 * The day of the statement that reports the figure, unless the figures just
 * before it (a paragraph on at most) name their period: "البطالة تراجعت إلى 9
 * بالمئة في الفصل الرابع من 2017." / "وأوضح المعهد الخميس أن النسبة تراجعت بـ
 * 0,7 نقطة" — the quarter, not Thursday.
 */
function statementAfterFigures(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const day = nearestInSentence(c, start, end, true);
  if (!day) return null;
  const carried = carriedTime(c, c.sentenceOf(start) - 1);
  return carried && c.paragraphOf(carried.start) >= 1 && c.paragraphOf(start) - c.paragraphOf(carried.start) <= 1 ? carried : day;
}

/**
 * Where a search for the claim's time looks: its clause (no comma between the
 * claim and the time), its sentence outside statements of the day, or its
 * sentence's statement days.
 */
type Search = 'clause' | 'sentence' | 'statement';

/** True when expression `t` may scope a claim found by `search`. */
function usable(c: ClaimContext, t: TimeExpression, search: Search): boolean {
  if (datesDocument(c, t)) return false;
  if (search === 'clause') return inClause(t) && !isStatementDay(c, t);
  return scopes(t) && isStatementDay(c, t) === (search === 'statement');
}

/**
 * True when expression `t` follows a participle that dates the document before it, directly or
 * behind في: "على ضوء تقرير بعثة الصندوق الصادر منتصف مايو" dates the report, not the loan of the
 * sentence, and "البيانات المنشورة في 3 مارس" the data's release.
 */
function datesDocument(c: ClaimContext, t: TimeExpression): boolean {
  const { tokens, lexicon } = c;
  let k = tokens.previousWord(t.start);
  if (k >= 0 && !lexicon.datingWords.has(tokens, k) && lexicon.links.in.has(tokens.text(k))) k = tokens.previousWord(k);
  return k >= 0 && lexicon.datingWords.has(tokens, k);
}

/** The claim's clause: from the comma (or sentence start) before it to the comma (or sentence end) after it, within reach. */
function nearestInClause(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  const after = firstAfter(c, end, Math.min(sentence.end, end + TIME_REACH), 'clause');
  return lastBefore(c, start, Math.max(sentence.start, start - TIME_REACH), 'clause', after ? after.start - end : Infinity) ?? after;
}

/**
 * Outside the claim's clause, a time before it in its sentence scopes it (a
 * fronted "وفي 2014، … بلغت 6.8 مليار دولار، لتطوير … بحلول 2017"), else the
 * nearest after. The day of a statement counts only when `statements` is set.
 */
function nearestInSentence(c: ClaimContext, start: TokenIndex, end: TokenIndex, statements: boolean): TimeExpression | null {
  const sentence = c.sentenceAround(start);
  const search: Search = statements ? 'statement' : 'sentence';
  return lastBefore(c, start, Math.max(sentence.start, start - TIME_REACH), search, Infinity) ?? firstAfter(c, end, Math.min(sentence.end, end + TIME_REACH), search);
}

/**
 * The first usable expression after the claim ending at `end` that starts
 * before token `limit` (and, in its clause, before a comma). It may run past
 * the limit: the dot of an abbreviation ends a sentence for the splitter ("قتل
 * 300 في عام 150 ق.م" — the sentence ends at "ق."). Expressions are in reading
 * order and do not overlap, so the walk stops at the first past the limit.
 */
function firstAfter(c: ClaimContext, end: TokenIndex, limit: number, search: Search): TimeExpression | null {
  const { commas, firstFrom } = cacheOf(c);
  for (let i = firstFrom[end]!; i < c.times.length; i++) {
    const t = c.times[i]!;
    if (t.start >= limit || (search === 'clause' && commas[t.start]! !== commas[end]!)) return null;
    // The time of the background after the claim is the earlier event's: so are the times after it.
    if (backgroundBefore(c, t) >= end) return null;
    if (usable(c, t, search)) return t;
  }
  return null;
}

/** Most words read back from a time expression for a background phrase of its sentence. */
const BACKGROUND_WORDS = 24;

/**
 * Where the background phrase before expression `t` in its sentence starts ("على خلفية قضية تسميم …
 * قبل ثلاثة أسابيع"), or -1. Read once per expression, at most {@link BACKGROUND_WORDS} words back.
 */
function backgroundBefore(c: ClaimContext, t: TimeExpression): number {
  const { background } = cacheOf(c);
  let at = background.get(t);
  if (at === undefined) {
    at = -1;
    const { tokens, lexicon } = c;
    const sentence = c.sentenceOf(t.start);
    let k = tokens.previous(t.start);
    for (let words = 0; k >= 0 && words < BACKGROUND_WORDS && c.sentenceOf(k) === sentence && at < 0; k = tokens.previous(k)) {
      if (!tokens.isWord(k)) continue;
      words++;
      const cue = lexicon.backgroundCues.matchAt(tokens, k);
      if (cue && cue.end <= t.start) at = k;
    }
    background.set(t, at);
  }
  return at;
}

/**
 * The nearest usable expression before the claim starting at `start` that
 * starts at or after token `limit` (and, in its clause, after the last comma),
 * fewer than `within` tokens away: a time after the claim at the same distance
 * wins a tie ("قتل 5 أشخاص الثلاثاء").
 */
function lastBefore(c: ClaimContext, start: TokenIndex, limit: number, search: Search, within: number): TimeExpression | null {
  const { commas, firstFrom } = cacheOf(c);
  for (let i = firstFrom[start]! - 1; i >= 0; i--) {
    const t = c.times[i]!;
    if (t.end > start) continue;
    if (t.start < limit || start - t.end >= within || (search === 'clause' && commas[start]! !== commas[t.start]!)) return null;
    if (usable(c, t, search)) return t;
  }
  return null;
}

/**
 * The time of the figures just before: the last usable expression of the
 * sentence before the claim's, in its paragraph, when that sentence states a
 * figure too — a run of statistics shares its period ("… 20 محافظة … حتى 10
 * مارس. وأفاد التقرير أنه تم تسجيل 1294 حالة"), a sentence of narrative does
 * not lend its time ("وانهارت في وقت سابق من العام الحالي «الخلافة» …").
 */
function inPreviousSentence(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start) - 1;
  if (s < 0) return null;
  const range = c.structure.sentences[s]!;
  if (c.paragraphOf(range.start) !== c.paragraphOf(start) || !statesFigure(c, s)) return null;
  const last = lastOfSentence(c, s);
  return last && !isFlashback(c, last) ? last : null;
}

/** How many years before the publication year a time must end to be a flashback that later sentences do not take. */
const FLASHBACK_YEARS = 10;

/**
 * True for a time that ends a decade or more before the year of publication:
 * news names such a time once, to compare the event with an earlier one or
 * to recall it ("ويعتبر ذلك أكبر عدد ضحايا منذ مقتل 98 شخصا في إعصار عام
 * 2004"، "أقوى ثالث إعصار بعد إعصاري كاميل عام 1969 و«عيد العمال» عام
 * 1935"), then returns to the event: "وطلبت السلطات من أكثر من 370 ألف شخص
 * إخلاء منازلهم" is not about 1935. Such a time scopes the figures of its own
 * sentence only; the sentences after it keep the time they had before it.
 */
function isFlashback(c: ClaimContext, t: TimeExpression): boolean {
  if (!c.reference || t.to === undefined || t.cumulative || t.today) return false;
  const year = Number(YEAR_PREFIX.exec(t.to)?.[0]);
  return Number.isFinite(year) && year <= c.reference.getUTCFullYear() - FLASHBACK_YEARS;
}

/** The year an ISO date starts with: "2004" of "2004-10". */
const YEAR_PREFIX = /^-?\d{4,}/u;

/** How many paragraphs back the time of earlier figures is carried to a figure with none of its own. */
const CARRY_PARAGRAPHS = 3;

/**
 * The time of the figures before, across paragraphs: an article of statistics
 * names their period once and goes on in short paragraphs ("وفي عام 2016، كان
 * نصف سكان العالم …" / "وأصيب نحو 216 مليون شخص …"). The nearest earlier
 * sentence, at most a few paragraphs back and not in the headline, that states
 * a figure and names a time gives its last time (computed once per sentence).
 */
function figuresBefore(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start);
  const p = c.paragraphOf(start);
  const carried = carriedTime(c, s - 1);
  if (!carried) return null;
  const q = c.paragraphOf(carried.start);
  return q >= 1 && p - q <= CARRY_PARAGRAPHS ? carried : null;
}

/** The last time of the nearest sentence up to `s` that names a time, if it states a figure. */
function carriedTime(c: ClaimContext, s: number): TimeExpression | null {
  const cache = cacheOf(c).carried;
  if (s < 0) return null;
  const known = cache[s];
  if (known !== undefined) return known;
  // Fill the cache forward from the first sentence not yet known: constant work per sentence.
  let first = s;
  while (first > 0 && cache[first - 1] === undefined) first--;
  for (let t = first; t <= s; t++) {
    // A sentence that names a time of its own ends what came before: its own period if it states a figure, else none
    // ("فبالعودة الى عام 2014، عبر التنظيم إلى ثلث مساحة العراق" / "الآن هناك فلول …" / "لدى القوات أكثر من 300 ألف").
    // A flashback names no time of the story: the sentences after it keep the one before it.
    const last = lastOfSentence(c, t);
    const named = last !== null && !isFlashback(c, last);
    const own = named ? (statesFigure(c, t) ? lastCarried(c, t) : null) : undefined;
    cache[t] = own !== undefined ? own : t > 0 ? cache[t - 1]! : null;
  }
  return cache[s]!;
}

/** True for an ISO prefix written to the day: "2018-03-01", "2018-03-01T10:00". */
const namesDay = (iso: string | undefined): boolean => iso !== undefined && DAY_PREFIX.test(iso);
const DAY_PREFIX = /^-?\d{4,}-\d{2}-\d{2}/u;

/**
 * The last time of sentence `s` that a later paragraph can inherit: a date or
 * period written out, a month or longer ("عام 2016"، "من أبريل 2017 إلى مارس
 * 2018"). Not a day (the paragraph rule carries days one paragraph on), nor a
 * time counted from publication or from the figure before ("العام السابق"،
 * "قبل شهرين"، "في الوقت الحالي"), nor a running total since a time ("منذ
 * 2008"، "منذ ذلك التاريخ"), nor a period open at one end: those speak of their own sentence.
 */
function lastCarried(c: ClaimContext, s: number): TimeExpression | null {
  const times = c.timesOfSentence(s);
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    const closed = t.from !== undefined && t.to !== undefined;
    if (scopes(t) && closed && (t.kind === 'date' || t.kind === 'period') && !t.cumulative && !t.today && !namesDay(t.from) && !namesDay(t.to) && !isFlashback(c, t)) return t;
  }
  return null;
}

/** True when sentence `s` holds a number that is not part of a time expression (computed once per sentence). */
function statesFigure(c: ClaimContext, s: number): boolean {
  const cache = cacheOf(c).figures;
  let known = cache[s];
  if (known === undefined) {
    known = false;
    const { start, end } = c.structure.sentences[s]!;
    for (let k = start; k < end && !known; k++) known = c.isNumberToken(k) && !c.inTime(k, tokenIndex(k + 1)) && !afterItsNoun(c, tokenIndex(k));
    cache[s] = known;
  }
  return known;
}

/** The largest number that follows its noun as an adjective: "وقت واحد"، "طائرتين اثنتين". */
const ADJECTIVE_NUMBER_MAX = 2;

/**
 * A number word that follows its noun qualifies it rather than counting: one
 * and two always ("في وقت واحد"), a larger number when it takes the article
 * after a noun that has it ("البطولات الأربع الكبرى"). A sentence with no other
 * number states no figure whose period later paragraphs could take.
 */
function afterItsNoun(c: ClaimContext, k: TokenIndex): boolean {
  const n = c.document.numberAt(k);
  if (!c.tokens.isWord(k) || !n || n.start !== k || n.end !== k + 1 || n.kind !== 'cardinal') return false;
  const before = c.tokens.previousWord(k);
  if (before < 0 || c.isNumberToken(before)) return false;
  return n.value <= ADJECTIVE_NUMBER_MAX || (isDefinite(c.tokens.text(k)) && isDefinite(c.tokens.text(before)));
}

/** The last usable expression of sentence `s` (computed once per sentence). */
function lastOfSentence(c: ClaimContext, s: number): TimeExpression | null {
  const cache = cacheOf(c).lastOfSentence;
  let known = cache[s];
  if (known === undefined) {
    known = null;
    const times = c.timesOfSentence(s);
    for (let i = times.length - 1; i >= 0 && !known; i--) if (scopes(times[i]!) && !datesDocument(c, times[i]!)) known = times[i]!;
    cache[s] = known;
  }
  return known;
}

/**
 * A headline's figure is the figure of the story under it: its time is the one
 * the same figure has in the lead ("ارتفاع وفيات الدفتيريا إلى 73" → "إلى 73
 * حالة، منذ أغسطس 2017"), else the first time of the lead.
 */
function ofHeadline(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  if (c.paragraphOf(start) !== 0 || c.paragraphOf(tokenIndex(c.tokens.length - 1)) === 0) return null;
  let value: number | undefined;
  for (let k = start; k < end && value === undefined; k++) value = c.document.numberAt(k)?.value;
  let seen = 0;
  for (const n of c.numbers) {
    const p = c.paragraphOf(n.start);
    if (p > HEADLINE_FIGURE_PARAGRAPHS || ++seen > HEADLINE_FIGURE_NUMBERS) break;
    if (p === 0) continue;
    if (n.value !== value) continue;
    const same = nearestInClause(c, n.start, n.end) ?? nearestInSentence(c, n.start, n.end, false) ?? nearestInSentence(c, n.start, n.end, true);
    if (same) return same;
    // The lead gives the figure with no time of its own: the headline's is the one the lead's figure
    // takes, or none — not the first time of the lead, which may be of anything ("وفاة 48 مهاجرا" / "قتل
    // 48 مهاجرا على الأقل …" / "… حاولوا الوصول إلى أوروبا العام الماضي"). The lead's figure is past the
    // headline, so this reads no headline again.
    return timeOf(c, n.start, n.end).best;
  }
  return leadTime(c);
}

/** How many paragraphs after the headline a figure of the lead takes the time named after it. */
const LEAD_FORWARD = 2;
/** How many expressions after such a figure are read for its time. */
const LEAD_FORWARD_EXPRESSIONS = 12;

/**
 * A figure at the top of the story with no time before it takes the first
 * time the lead names after it: the opening sentence gives the news, the next
 * its day or period ("أنعش المنتخب الكولومبي آماله … بثلاثة أهداف دون رد" /
 * "… خلال المباراة التي جمعت بينهما الأحد"). A running total's period is its
 * own figure's, not the story's: "وافق لمصر على شريحة رابعة قيمتها 2.02 مليار
 * دولار" does not take "ما حصلت عليه مصر منذ بداية العام الماضي وحتى الآن" of
 * the next sentence.
 */
function laterInLead(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const p = c.paragraphOf(start);
  if (p < 1 || p > LEAD_FORWARD) return null;
  const { firstFrom } = cacheOf(c);
  for (let i = firstFrom[start]!, read = 0; i < c.times.length && read < LEAD_FORWARD_EXPRESSIONS; i++, read++) {
    const t = c.times[i]!;
    if (c.paragraphOf(t.start) > LEAD_FORWARD) return null;
    if (scopes(t) && !t.cumulative && !isStatementDay(c, t) && !datesDocument(c, t) && !isFlashback(c, t)) return t;
  }
  return null;
}

/** Most words of a subheading: a short line with no end mark between paragraphs ("ساهم في 31 هدفا"). */
const SUBHEADING_WORDS = 8;
/** How many tokens of the paragraph under a subheading are read for its figure. */
const SUBHEADING_REACH = 2 * TIME_REACH;

/**
 * A subheading's figure is the figure of the paragraph under it, as the
 * headline's is the lead's: "ساهم في 31 هدفا" / "… صنع ثمانية أهداف وسجل 23
 * هدفا خلال الموسم الحالي، بمجموع 31 هدفا" takes the season; else the first
 * time of that paragraph.
 */
function ofSubheading(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  const s = c.sentenceOf(start);
  const p = c.paragraphOf(start);
  const sentences = c.structure.sentences;
  const line = sentences[s]!;
  const next = sentences[s + 1];
  if (p < 1 || !next || c.paragraphOf(tokenIndex(next.start)) !== p + 1) return null;
  if ((s > 0 && c.paragraphOf(tokenIndex(sentences[s - 1]!.start)) === p) || c.tokens.isPunct(tokenIndex(line.end - 1))) return null;
  // Tokens bound the count first (a word, its space, a mark), so that a long line costs no more than a short one.
  if (line.end - line.start > 4 * SUBHEADING_WORDS || c.tokens.wordsBetween(line.start, line.end) > SUBHEADING_WORDS) return null;
  let value: number | undefined;
  for (let k = start; k < end && value === undefined; k++) value = c.document.numberAt(k)?.value;
  const times = c.timesOfParagraph(p + 1);
  const stop = Math.min(c.tokens.length, next.start + SUBHEADING_REACH);
  for (let k = next.start; k < stop && c.paragraphOf(tokenIndex(k)) === p + 1 && value !== undefined; k++) {
    const n = c.document.numberAt(k);
    if (n?.value !== value || n.start !== k || c.inTime(n.start, n.end)) continue;
    const same = nearestInClause(c, n.start, n.end) ?? nearestInSentence(c, n.start, n.end, false) ?? nearestInSentence(c, n.start, n.end, true);
    if (same) return same;
    break;
  }
  return times.find((t) => scopes(t) && !datesDocument(c, t)) ?? null;
}

/** The first usable expression of the lead (computed once). */
function leadTime(c: ClaimContext): TimeExpression | null {
  const cache = cacheOf(c);
  if (cache.lead === undefined) {
    cache.lead = null;
    for (let p = 1; p <= LEAD_PARAGRAPHS && !cache.lead; p++) cache.lead = c.timesOfParagraph(p).find((t) => scopes(t) && !datesDocument(c, t) && !isFlashback(c, t)) ?? null;
  }
  return cache.lead;
}

/**
 * A paragraph with no time of its own continues the day of the one before it:
 * news in short paragraphs names the day of the event once ("أعلن الجيش في بيان
 * السبت …" / "وقتل نحو 45 إرهابيا …").
 */
function previousParagraph(c: ClaimContext, start: TokenIndex): TimeExpression | null {
  const p = c.paragraphOf(start);
  if (p < 1) return null;
  const cache = cacheOf(c).lastOfParagraph;
  let last = cache.get(p - 1);
  if (last === undefined) {
    last = null;
    const times = c.timesOfParagraph(p - 1);
    for (let i = times.length - 1; i >= 0 && !last; i--) if (scopes(times[i]!)) last = times[i]!;
    cache.set(p - 1, last);
  }
  return last && last.grain === 'day' && !isFlashback(c, last) ? last : null;
}

function isComma(c: ClaimContext, k: number): boolean {
  const t = tokenIndex(k);
  return c.tokens.isPunct(t) && c.syntax.commas.has(c.tokens.text(t));
}

/**
 * A running total is counted from a start up to the day it was counted: "منذ
 * أغسطس 2017 … حتى 10 مارس"، "منذ نهاية الأسبوع الماضي … بحسب ما أعلن مسؤولون
 * الخميس". For a period since a time, the last day named after it in its
 * sentence ends it; for a total up to a day ("حتى 10 مارس"), the period since a
 * time named before it in its paragraph (or the one before) starts it.
 */
function runningTotal(c: ClaimContext, t: TimeExpression): { from?: string; to?: string } {
  if (!t.cumulative) return {};
  const cache = cacheOf(c).totals;
  let known = cache.get(t);
  if (known === undefined) {
    known = boundsOfTotal(c, t);
    cache.set(t, known);
  }
  return known;
}

/** How many expressions around a running total are read for its other end. */
const TOTAL_REACH = 12;

function boundsOfTotal(c: ClaimContext, t: TimeExpression): { from?: string; to?: string } {
  const since = t.kind === 'period' && t.from !== undefined && t.to !== undefined && t.from !== t.to;
  if (since) {
    let asOf: string | undefined;
    const s = c.sentenceOf(t.start);
    const within = (u: TimeExpression): boolean => scopes(u) && u.grain === 'day' && u.from !== undefined && u.from.length >= 10 && u.from >= t.from! && u.from.slice(0, 10) <= t.to!;
    let read = 0;
    for (const u of c.timesOfSentence(s)) {
      if (u.start < t.end) continue;
      if (++read > TOTAL_REACH) break;
      if (within(u)) asOf = u.from!.slice(0, 10);
    }
    // Else the year or month the sentence named before it: "إلى 13,6% عام 2016، بزيادة 1,1 نقطة منذ 2008" (2008–2016).
    if (!asOf) {
      // Expressions are in reading order: those before `t` precede its index, found in constant time.
      const { firstFrom } = cacheOf(c);
      for (let i = firstFrom[t.start]! - 1, n = 0; i >= 0 && n < TOTAL_REACH && !asOf; i--, n++) {
        const u = c.times[i]!;
        if (c.sentenceOf(u.start) !== s) break;
        if (u.kind === 'date' && scopes(u) && !u.cumulative && !u.today && u.to !== undefined && !namesDay(u.to) && u.to >= t.from! && u.to <= t.to!) asOf = u.to;
      }
    }
    // Else the day the count was made up to, in the next sentence: "… إلى 73 حالة، منذ أغسطس 2017." / "… في 20 محافظة، حتى 10 مارس".
    if (!asOf && s + 1 < c.structure.sentences.length) {
      read = 0;
      for (const u of c.timesOfSentence(s + 1)) {
        if (u.start < t.end) continue;
        if (++read > TOTAL_REACH) break;
        if (u.cumulative && u.kind !== 'period' && within(u)) asOf = u.from!.slice(0, 10);
      }
    }
    return asOf ? { to: asOf } : {};
  }
  const p = c.paragraphOf(t.start);
  for (let q = p; q >= p - 1 && q >= 0; q--) {
    const times = c.timesOfParagraph(q);
    let read = 0;
    for (let i = times.length - 1; i >= 0 && read < TOTAL_REACH; i--) {
      const u = times[i]!;
      if (u.start >= t.start) continue;
      read++;
      if (u.cumulative && u.kind === 'period' && u.from !== undefined && u.from !== u.to && u.from <= (t.from ?? u.from)) return { from: u.from };
    }
  }
  return {};
}

/** The scope a time expression gives: a time of day as its day; a period under way up to publication. */
function scopeOf(c: ClaimContext, t: TimeExpression): TimeScope {
  const span = c.span(t.start, t.end, t.skip ?? 0);
  const day = (iso: string | undefined): string | undefined => (iso !== undefined && iso.includes('T') ? iso.slice(0, iso.indexOf('T')) || undefined : iso);
  const total = runningTotal(c, t);
  const start = total.from ?? day(t.from);
  const end = total.to ?? t.today ?? day(t.to);
  return {
    text: c.textOf(span),
    span,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(t.cumulative || t.today ? { cumulative: true } : {}),
  };
}
