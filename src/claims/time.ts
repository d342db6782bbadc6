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
 * sentence or paragraph), so that a claim's time costs constant work. *
 * The chain of rules is `timeOf` here; its steps are in time/: which
 * expressions may scope (usable.ts), the clause and sentence search
 * (nearest.ts), carry-over from the figures and paragraphs before (carry.ts),
 * the lead and subheadings (lead.ts), the scope an expression gives (scope.ts),
 * and the memo of one extraction (cache.ts).
 */
import type { TimeExpression } from '../dates/expression.js';
import type { ClaimUnit, TimeScope } from '../model.js';
import { type TokenIndex } from '../text/coordinates.js';
import type { ClaimContext } from './context.js';
import { figuresBefore, inPreviousSentence, previousParagraph, statementAfterFigures } from './time/carry.js';
import { laterInLead, leadTime, ofSubheading } from './time/lead.js';
import { nearestInClause, nearestInSentence } from './time/nearest.js';
import { accruedOver, scopeOf } from './time/scope.js';
import { scopes } from './time/usable.js';

/** How far into an article the figure of its headline is looked for (past datelines, captions and bylines). */
const HEADLINE_FIGURE_PARAGRAPHS = 8;
/** How many numbers of the headline and lead are read for the headline's figure. */
const HEADLINE_FIGURE_NUMBERS = 200;

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
    if (c.isNumberToken(k as TokenIndex) && !c.inTime(k as TokenIndex, (k + 1) as TokenIndex)) return null;
  }
  return t;
}

/**
 * A headline's figure is the figure of the story under it: its time is the one
 * the same figure has in the lead ("ارتفاع وفيات الدفتيريا إلى 73" → "إلى 73
 * حالة، منذ أغسطس 2017"), else the first time of the lead. It stands beside
 * `timeOf`: it reads the lead's figure through the whole chain.
 */
function ofHeadline(c: ClaimContext, start: TokenIndex, end: TokenIndex): TimeExpression | null {
  if (c.paragraphOf(start) !== 0 || c.paragraphOf((c.tokens.length - 1) as TokenIndex) === 0) return null;
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
