import { addGrain, firstDayOf, isoAt, isoDay, lastDayOf, weekResolution } from '../calendar.js';
import { joined, type TimeExpression } from '../expression.js';
import type { TimeRefiner } from './index.js';

/** Paragraphs are not read here; an antecedent further back than this many expressions is too far to trust. */
const ANTECEDENT_REACH = 3;

/**
 * Resolves times named from the time before them: "آنذاك"، "في ذلك الوقت" (that
 * time), "منذ ذلك الحين" (from it up to publication), "اليوم التالي"، "العام
 * التالي" (the one after it). The antecedent is the nearest resolved date,
 * period, holiday or relative time before, within a few expressions; without
 * one, التالي keeps its reading from publication and the others stay unresolved.
 */
export const resolveAnaphora: TimeRefiner = {
  name: 'resolve anaphora',
  refine({ reference }, found) {
    const out: TimeExpression[] = [];
    for (let i = 0; i < found.length; i++) {
      const e = found[i]!;
      if (e.anaphoric === undefined) {
        out.push(e);
        continue;
      }
      let antecedent: TimeExpression | undefined;
      for (let j = out.length - 1; j >= 0 && j >= out.length - ANTECEDENT_REACH; j--) {
        const a = out[j]!;
        if (a.from !== undefined && a.kind !== 'vague' && a.kind !== 'duration' && a.kind !== 'set' && a.kind !== 'time') {
          antecedent = a;
          break;
        }
      }
      out.push(antecedent ? resolved(e, antecedent, reference) : e);
    }
    return out;
  },
};

function resolved(e: TimeExpression, a: TimeExpression, reference: Date | undefined): TimeExpression {
  if (e.reach === 'then') return joined(e, { from: a.from! }, a.to !== undefined ? { to: a.to } : {});
  if (e.reach === 'sinceThen') return joined(e, { kind: 'period' as const, from: a.from! }, reference ? { to: isoDay(reference) } : {});
  // التالي: the unit after the antecedent's.
  const grain = e.grain ?? 'day';
  const base = e.anaphoric! > 0 ? lastDayOf(a.to ?? a.from) : firstDayOf(a.from);
  if (!base) return e;
  const d = addGrain(base, grain, e.anaphoric!);
  if (grain === 'week') return joined(e, weekResolution(d, 0));
  const iso = isoAt(d, grain);
  return joined(e, { from: iso, to: iso });
}
