import { conjunctionAnd, prepositionLi } from '../../text/clitics.js';
import { isoDay, lastDayOf } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import { wordIn, type DateContext } from '../recognizers/context.js';
import type { TimeRefiner } from './index.js';

/** How many words before "منذ X" a word of record may stand: "أدنى مستوى لها منذ 9 سنوات". */
const RECORD_REACH = 4;

/** Clitics glued to a word of record: "وأدنى"، "لأعلى". */
const RECORD_CLITICS = conjunctionAnd + prepositionLi;

/** How many words before a time a word of comparison may stand ("مقارنة مع الفترة المماثلة من العام السابق"); عن only right before it. */
const COMPARISON_REACH = 4;

/**
 * Marks the times a figure is compared with rather than about: after
 * مقارنة، بالمقارنة، قياسا or عن ("ارتفع 17% عن العام الماضي"، "مقارنة بالعام
 * الماضي")، and a period opened by منذ after a word of record ("أدنى مستوى منذ
 * 2008"، "لأول مرة منذ عشر سنوات"), or a length after في ("انخفضت في 2016
 * لأدنى مستوياتها في أكثر من 10 سنوات"). The claims layer does not scope a figure by them.
 *
 * And marks a period under way ("العام الجاري"، "الموسم الحالي"), and a past
 * date after a verb of beginning ("عملية انطلقت في التاسع من شباط"), with the
 * publication day: a figure it scopes ("سجل 23 هدفا خلال الموسم الحالي") runs up to that day.
 */
export const markBaselines: TimeRefiner = {
  name: 'mark baselines and periods under way',
  refine(context, found) {
    const today = context.reference ? isoDay(context.reference) : undefined;
    return found.map((e) => {
      const marked = isBaseline(context, e) ? joined(e, { baseline: true }) : e;
      return today && (underWay(marked, today) || begunAt(context, marked, today)) ? joined(marked, { today }) : marked;
    });
  },
};

/** A week, month, season or year named from publication that holds the publication day and runs past it: "العام الجاري". */
function underWay(e: TimeExpression, today: string): boolean {
  if (e.kind !== 'relative' || e.grain === 'day' || !e.from || !e.to) return false;
  return e.from.slice(0, today.length) <= today && e.to.slice(0, today.length) >= today && (lastDayOf(e.to)?.getTime() ?? 0) > Date.parse(`${today}T00:00:00Z`);
}

/**
 * A past date after a verb of beginning ("عملية انطلقت في التاسع من شباط"،
 * "التي تأسست في 1959"): a figure it scopes counts from it up to publication.
 */
function begunAt(context: DateContext, e: TimeExpression, today: string): boolean {
  if (e.kind !== 'date' || e.baseline || e.cumulative || e.from === undefined || e.from > today) return false;
  const { tokens, lexicon } = context;
  let before = tokens.previousWord(e.start);
  if (before >= 0 && lexicon.links.in.has(tokens.text(before))) before = tokens.previousWord(before);
  return before >= 0 && wordIn(tokens, before, lexicon.beginning, conjunctionAnd);
}

function isBaseline(context: DateContext, e: TimeExpression): boolean {
  const { tokens, lexicon } = context;
  // "مقارنة مع الفترة المماثلة من العام السابق": the word of comparison a few words before, in the same clause.
  // One مع is not counted: "مقارنة مع" is one word of comparison.
  let withSeen = false;
  for (let k = tokens.previousWord(e.start), n = 0; k >= 0 && n < COMPARISON_REACH; k = tokens.previousWord(k)) {
    if (lexicon.links.with.has(tokens.text(k)) && !withSeen) {
      withSeen = true;
      continue;
    }
    if (wordIn(tokens, k, lexicon.comparison, conjunctionAnd)) return n === 0 || !lexicon.links.than.has(tokens.text(k));
    n++;
  }
  // "منذ": the period's first word when the opener widened it; or "في" before a length ("لأدنى مستوياتها في أكثر من 10 سنوات").
  const since = tokens.isWord(e.start) && lexicon.periodOpeners.matchAt(tokens, e.start)?.entry.role === 'since';
  const previous = tokens.previousWord(e.start);
  const within = e.kind === 'duration' && (lexicon.links.in.has(tokens.text(e.start)) || (previous >= 0 && lexicon.links.in.has(tokens.text(previous))));
  if (!since && !within) return false;
  for (let k = tokens.previousWord(e.start), n = 0; k >= 0 && n < RECORD_REACH; k = tokens.previousWord(k), n++) {
    if (wordIn(tokens, k, lexicon.record, RECORD_CLITICS)) return true;
  }
  return false;
}
