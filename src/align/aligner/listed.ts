/**
 * What a document's figures are among its others: a list of one counted noun
 * (no story tie reads such a figure), or its one toll of what happened to
 * people (met by the one toll of another report of the story).
 */
import type { Features } from '../features.js';
import { plausible } from '../identity.js';
import type { Member } from './cluster.js';

/** Different numbers of one counted noun that make a document a list of them. */
const LISTED_FIGURES = 3;

/** Different figures among spans, those that overlap read as one: the groups of their union. */
function figuresIn(spans: Array<readonly [number, number]>): number {
  spans.sort((x, y) => x[0] - y[0]);
  let groups = 0;
  let reach = -Infinity;
  for (const [lo, hi] of spans) {
    if (groups === 0 || lo > reach) groups++;
    reach = Math.max(reach, hi);
  }
  return groups;
}

/**
 * What a list counts: the noun, and for people what happened to them. "لقي 37 شخصا مصرعهم … مصرع خمسة
 * أشخاص … وإصابة نحو ثلاثين آخرين" gives two tolls of the dead and one of the injured, not a list of three
 * figures of شخص; Sweden's 1 diplomat, Italy's 2 and Germany's 4, all expelled, are a list.
 */
const listKey = (unit: NonNullable<Features['unit']>): string => (unit.event === null ? unit.key : `${unit.key}\u0001${unit.event}`);

/** Marks the members of one document whose counted noun it gives LISTED_FIGURES different numbers of. */
export function markListed(members: readonly Member[], factor: number, window: number): void {
  const values = new Map<string, Set<number>>();
  // A measure's figures count by the distances (sums, areas) they give, whatever the unit written: "حوالي
  // خمسة أميال بحرية (نحو عشرة كيلومترات)" and "16 ميلاً بحرياً (نحو 32 كلم)" are two distances, not four.
  const measures = new Map<string, Array<readonly [number, number]>>();
  for (const m of members) {
    const { unit, value, interval, core } = m.features;
    if (!unit || value === null) continue;
    if (unit.measure && core) {
      const span = [Number.isFinite(interval.lo) ? interval.lo : core[0], Number.isFinite(interval.hi) ? interval.hi : core[1]] as const;
      const list = measures.get(unit.key);
      if (list) list.push(span);
      else measures.set(unit.key, [span]);
      continue;
    }
    const key = listKey(unit);
    const set = values.get(key);
    if (set) set.add(value);
    else values.set(key, new Set([value]));
  }
  const counts = new Map<string, number>([...values].map(([k, v]) => [k, v.size]));
  for (const [key, spans] of measures) counts.set(key, figuresIn(spans));
  for (const m of members) if (m.features.unit && (counts.get(m.features.unit.measure ? m.features.unit.key : listKey(m.features.unit)) ?? 0) >= LISTED_FIGURES) m.listed = true;
  // Figures of each thing that happened to people (the dead, the injured), with vague words among them,
  // of the days the document reports: "أنقذوا 120 مهاجرا في مارس الماضي" is an earlier rescue, not a
  // second toll of this one.
  const tolls = new Map<string, Member[]>();
  // A document that gives LISTED_FIGURES figures of one thing or more, of any time, reviews many events
  // (the attacks of a year, each with its dead and injured): none of them is the document's one toll.
  const eventFigures = new Map<string, Set<number>>();
  for (const m of members) {
    const { unit, value } = m.features;
    if (!unit?.event || value === null) continue;
    const set = eventFigures.get(unit.event);
    if (set) set.add(value);
    else eventFigures.set(unit.event, new Set([value]));
  }
  for (const m of members) {
    const { unit, to, published } = m.features;
    if (!unit?.event || (eventFigures.get(unit.event)?.size ?? 0) >= LISTED_FIGURES || (to !== null && published !== null && to < published - window)) continue;
    const list = tolls.get(unit.event);
    if (list) list.push(m);
    else tolls.set(unit.event, [m]);
  }
  // A figure is its document's one toll of a thing when no other figure of it could be the same toll:
  // none within the plausibility factor (37 and 53 dead, as the count rose; not "67 أنقذوا" off Tunisia
  // and "إنقاذ ستة أشخاص" off Turkey), and no vague word but one that holds this figure alone among the
  // document's ("وإنقاذ العشرات" in a headline over "إنقاذ 67 مهاجرا": the 67, said vaguely).
  for (const [, list] of tolls) {
    const figures = list.filter((x) => x.features.value !== null && x.features.core !== null);
    const holds = (vague: Member, x: Member): boolean => vague.features.core !== null && x.features.core![0] >= vague.features.core[0] && x.features.core![1] <= vague.features.core[1];
    for (const m of figures) {
      if (!m.features.confirms) continue;
      const rival = list.some((x) =>
        x.features.value === null
          ? figures.some((y) => y.features.value !== m.features.value && holds(x, y)) || (!holds(x, m) && plausible(x.features.core, m.features.core, factor))
          : x.features.value !== m.features.value && plausible(x.features.core, m.features.core, factor),
      );
      if (!rival) m.soleToll = true;
    }
  }
}
