import { addGrain, firstDayOf, isoAt, isoDay, lastDayOf, weekResolution } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { DateContext } from '../recognizers/context.js';
import { daysPer } from '../resolve.js';
import { onlyGlue } from './glue.js';
import type { TimeRefiner } from './index.js';


/** A year written in four digits, as an ISO resolution holds it. */
const ISO_YEAR = /^\d{4}$/u;

/** Paragraphs are not read here; an antecedent further back than this many expressions is too far to trust. */
const ANTECEDENT_REACH = 3;

/**
 * Resolves times named from the time before them: "آنذاك"، "في ذلك الوقت" (that
 * time), "منذ ذلك الحين" (from it up to publication), "اليوم التالي"، "العام
 * التالي" (the one after it), "العام نفسه"، "في ذات اليوم" (the same one). The antecedent is the nearest resolved date,
 * period, holiday or relative time before, within a few expressions; without
 * one, التالي and نفسه keep their reading from publication and the others stay unresolved.
 */
export const resolveAnaphora: TimeRefiner = {
  name: 'resolve anaphora',
  refine: (context, found) => resolveEach(context, found, () => true),
};

/**
 * Resolves, before shares are joined to their whole, the anaphoric whole of a share: "لتصعد في
 * الربع الأخير من 2010 … في الربع الأول من العام التالي" is January to March 2011, not of the year
 * after publication. Other anaphors wait for {@link resolveAnaphora}, after ranges and open periods
 * are built ("في الأسبوع المنتهي في 15 يوليو … في الأسبوع الذي سبق").
 */
export const resolveAnaphoricWholes: TimeRefiner = {
  name: 'resolve the anaphoric whole of a share',
  refine: (context, found) => resolveEach(context, found, (i) => i > 0 && found[i - 1]!.share !== undefined),
};

/** Each anaphoric expression that `chosen` admits (by index), resolved from the nearest antecedent before it. */
function resolveEach(context: DateContext, found: readonly TimeExpression[], chosen: (i: number) => boolean): TimeExpression[] {
  const { reference, tokens, lexicon } = context;
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    if (e.anaphoric === undefined || !chosen(i)) {
      out.push(e);
      continue;
    }
    let antecedent: TimeExpression | undefined;
    for (let j = out.length - 1; j >= 0 && j >= out.length - ANTECEDENT_REACH; j--) {
      const a = out[j]!;
      // A month whose year was guessed from publication names no year: "في 11 أغسطس من العام نفسه" needs the year before it.
      if (a.inferred && e.grain === 'year') continue;
      if (a.from !== undefined && a.kind !== 'vague' && a.kind !== 'duration' && a.kind !== 'set' && a.kind !== 'time') {
        antecedent = a;
        break;
      }
    }
    const r = antecedent ? resolved(e, antecedent, reference) : e;
    // "إلى 11 أغسطس من نفس العام"، "في سبتمبر من العام التالي": the year of the day or month before it, which takes its span.
    const before = out[out.length - 1];
    if (e.reach === undefined && r.grain === 'year' && before && onlyGlue(tokens, before.end, e.start, '', lexicon.links.of)) {
      const whole = before.inferred ? inYear(before, r) : before.grain !== 'year' && before.from !== undefined ? joined(before, { end: e.end }) : null;
      if (whole) {
        out[out.length - 1] = whole;
        continue;
      }
    }
    // "الشهر نفسه من العام الماضي"، "نفس اليوم من عام 1947": the same month or day, in the year named after it.
    const year = found[i + 1];
    if (e.anaphoric === 0 && year?.grain === 'year' && onlyGlue(tokens, e.end, year.start, '', lexicon.links.of)) {
      const moved = inYear(r, year);
      if (moved) {
        out.push(moved);
        i++;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/** `e` (a month or a day) moved into the year `year` names, spanning both; null when either is not so resolved. */
function inYear(e: TimeExpression, year: TimeExpression): TimeExpression | null {
  if ((e.grain !== 'month' && e.grain !== 'day') || !e.from || e.from !== e.to || !year.from || year.from !== year.to || !ISO_YEAR.test(year.from)) return null;
  const iso = year.from + e.from.slice(4);
  // 29 February of a year that has none.
  if (e.grain === 'day' && isoDay(new Date(`${iso}T00:00:00Z`)) !== iso) return null;
  // The year is no longer guessed: the copy drops `inferred`.
  const moved: { -readonly [K in keyof TimeExpression]: TimeExpression[K] } = { ...e, end: year.end, from: iso, to: iso };
  delete moved.inferred;
  return moved;
}

function resolved(e: TimeExpression, a: TimeExpression, reference: Date | undefined): TimeExpression {
  if (e.reach === 'then') return joined(e, { from: a.from! }, a.to !== undefined ? { to: a.to } : {});
  if (e.reach === 'sinceThen') return joined(e, { kind: 'period' as const, from: a.from! }, reference ? { to: isoDay(reference) } : {});
  // التالي: the unit after the antecedent's; نفسه (offset 0): the antecedent's own.
  const grain = e.grain ?? 'day';
  // "وفي اليوم نفسه" after "في 2006": the year names no day; the reading from publication stands.
  if (e.anaphoric === 0 && a.grain !== undefined && daysPer[a.grain] > daysPer[grain]) return e;
  const base = e.anaphoric! > 0 ? lastDayOf(a.to ?? a.from) : firstDayOf(a.from);
  if (!base) return e;
  const d = addGrain(base, grain, e.anaphoric!);
  if (grain === 'week') return joined(e, weekResolution(d, 0));
  const iso = isoAt(d, grain);
  return joined(e, { from: iso, to: iso });
}
