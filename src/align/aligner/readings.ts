/**
 * Readings: a claim's features as a cluster reads them (see `readIn`), made
 * once per claim and event.
 */
import type { Features } from '../features.js';
import type { Cluster } from './cluster.js';

/** Features read with what happened to their people, by event: computed once per claim and event. */
const readings = new WeakMap<Features, Map<string, Features>>();

/**
 * A claim's features as a cluster reads them: a noun of anyone that says nothing of what
 * happened (37 شخصاً of a fire) counts what a member of the cluster counts with the same figure ("37
 * قتيلاً" of another outlet, one fact with it as one number). Across documents this is what
 * `documentEvents` is within one: outlets that give "37 قتيلاً" and "37 شخصاً" of one fire count the dead
 * both times, so "53 قتيلاً" is that toll in conflict, not a part of a whole.
 */
export function readIn(f: Features, a: Cluster, b?: Cluster): Features {
  const unit = f.unit;
  if (unit === null && f.vague) return vagueReadIn(f, a, b);
  // Only a noun of anyone (شخص، فرد، نسمة), which meets every noun of people anyway: read so, a noun of
  // who (13 دبلوماسياً) would meet a noun of what happened (13 جثة) through the very member it reads.
  if (unit === null || unit.role !== 'any' || unit.event !== null || f.value === null || unit.kind !== 'people') return f;
  // Members that read the figure as two things say nothing of it.
  const event = oneEvent(a.events?.get(f.value), b?.events?.get(f.value));
  return event === undefined ? f : readAs(f, event, { ...unit, event });
}

/** What two clusters' readings say happened, when they say one thing; undefined when they say two or none. */
function oneEvent(ea: string | null | undefined, eb: string | null | undefined): string | undefined {
  if (ea === null || eb === null || (ea !== undefined && eb !== undefined && ea !== eb)) return undefined;
  return ea ?? eb;
}

/** `f` with `unit`, the reading of it as counting `event`: made once per claim and event, then reused. */
function readAs(f: Features, event: string, unit: NonNullable<Features['unit']>): Features {
  let byEvent = readings.get(f);
  if (!byEvent) readings.set(f, (byEvent = new Map()));
  let read = byEvent.get(event);
  if (!read) byEvent.set(event, (read = { ...f, unit }));
  return read;
}

/**
 * A vague word that writes no noun and nothing that says what it counts ("مقتل العشرات" read without its
 * verb, "العشرات" of "حريق بمركز للتسوق") as a cluster reads it: it counts what the cluster's written nouns
 * say happened to its people ("37 قتيلاً"، "53 قتيلاً" of the same fire → the dead), when they say one
 * thing. Its subject must still tie it (see `relate`), and where two clusters of its subject would take it
 * (the dead and the missing of one fire) it joins neither (see `insert`).
 */
function vagueReadIn(f: Features, a: Cluster, b?: Cluster): Features {
  const event = oneEvent(a.nounEvent, b?.nounEvent);
  return event === undefined ? f : readAs(f, event, { measure: false, key: event, known: true, block: 'people', kind: 'people', role: 'what', scale: 1, upTo: 1, event });
}
