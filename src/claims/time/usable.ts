/**
 * Which time expressions may scope a figure: not a baseline, a length with no
 * anchor (but in the claim's own clause), a frequency, a vague time that names
 * no period, nor the date of a document named beside it; and which are the
 * day of a statement, or a flashback a decade or more back.
 */
import type { TimeExpression } from '../../dates/expression.js';
import type { TokenIndex } from '../../text/coordinates.js';
import type { ClaimContext } from '../context.js';
import { cacheOf, isComma } from './cache.js';

/** Most words between a reporting verb and the day after it that says when the statement was made: "أعلن الجيش في بيان السبت". */
const STATEMENT_REACH = 5;

/** True for an expression that names the period a figure may be about (resolved, or not for want of a publication date). */
export function scopes(t: TimeExpression): boolean {
  if (t.baseline || t.partial || t.kind === 'set') return false;
  // A length with no anchor ("خلال ثلاث سنوات") names no period; it stops the search only in its own clause.
  if (t.kind === 'duration' && t.from === undefined && t.to === undefined) return false;
  // "مؤخرا"، "قريبا"، "آنذاك" unresolved: up to or from publication, or a time not found.
  if (t.kind === 'vague' && !t.cumulative && t.reach !== 'present' && (t.from === undefined || t.to === undefined)) return false;
  return true;
}

/** In the claim's own clause, a length with no anchor is its time too, unresolved: "خلق 2800 وظيفة خلال ثلاث سنوات". */
const inClause = (t: TimeExpression): boolean => scopes(t) || (t.kind === 'duration' && !t.baseline && !t.partial);

/**
 * The day a statement was made ("أعلنت المنظمة اليوم الاثنين ارتفاع الوفيات إلى
 * 73 حالة، منذ أغسطس 2017"; "أوضح معهد الإحصاء الخميس أن البطالة تراجعت"): a
 * day a few words after a reporting verb. The figure it reports is about another
 * time when its sentence or the figures before it name one; else about that day.
 */
export function isStatementDay(c: ClaimContext, t: TimeExpression): boolean {
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
 * Where a search for the claim's time looks: its clause (no comma between the
 * claim and the time), its sentence outside statements of the day, or its
 * sentence's statement days.
 */
export type Search = 'clause' | 'sentence' | 'statement';

/** True when expression `t` may scope a claim found by `search`. */
export function usable(c: ClaimContext, t: TimeExpression, search: Search): boolean {
  if (datesDocument(c, t)) return false;
  if (search === 'clause') return inClause(t) && !isStatementDay(c, t);
  return scopes(t) && isStatementDay(c, t) === (search === 'statement');
}

/**
 * True when expression `t` follows a participle that dates the document before it, directly or
 * behind في: "على ضوء تقرير بعثة الصندوق الصادر منتصف مايو" dates the report, not the loan of the
 * sentence, and "البيانات المنشورة في 3 مارس" the data's release.
 */
export function datesDocument(c: ClaimContext, t: TimeExpression): boolean {
  const { tokens, lexicon } = c;
  let k = tokens.previousWord(t.start);
  if (k >= 0 && !lexicon.datingWords.has(tokens, k) && lexicon.links.in.has(tokens.text(k))) k = tokens.previousWord(k);
  return k >= 0 && lexicon.datingWords.has(tokens, k);
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
export function isFlashback(c: ClaimContext, t: TimeExpression): boolean {
  if (!c.reference || t.to === undefined || t.cumulative || t.today) return false;
  const year = Number(YEAR_PREFIX.exec(t.to)?.[0]);
  return Number.isFinite(year) && year <= c.reference.getUTCFullYear() - FLASHBACK_YEARS;
}

/** The year an ISO date starts with: "2004" of "2004-10". */
const YEAR_PREFIX = /^-?\d{4,}/u;

/** True for an ISO prefix written to the day: "2018-03-01", "2018-03-01T10:00". */
export const namesDay = (iso: string | undefined): boolean => iso !== undefined && DAY_PREFIX.test(iso);
const DAY_PREFIX = /^-?\d{4,}-\d{2}-\d{2}/u;
