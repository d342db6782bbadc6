/**
 * Whether clusters and claims are one fact with a cluster as a whole: every
 * member with every member, as `relate` reads two claims.
 */
import type { Features } from '../features.js';
import { figuresAgree, relate, subjectRelation } from '../identity.js';
import type { Cluster, Member } from './cluster.js';
import type { AlignerCore } from './core.js';
import { readIn } from './readings.js';

/**
 * True when nothing tells a member of `a` from a member of `b`, and they are
 * linked: by a shared subject or predicate, or by one specific number where all agree.
 */
export function oneFact(aligner: AlignerCore, a: Cluster, b: Cluster): boolean {
  let strong = false;
  let number = false;
  let disagree = false;
  for (const x of a.kinds.values()) {
    for (const y of b.kinds.values()) {
      const r = relate(readIn(x.first.features, a, b), readIn(y.first.features, a, b), aligner.identity);
      if (!r) return false;
      if (r.linked) {
        if (r.tie === 'unit') number = true;
        else strong = true;
      }
      if (!r.agree) disagree = true;
    }
  }
  return strong || (number && !disagree);
}

/**
 * True when a claim tied to a cluster by one number takes a side of a conflict the cluster holds: every
 * member it disagrees with (`against`) disagrees with one it is tied to and agrees with (`sides`), and
 * has a subject that shares words with its own.
 */
export function sidesWith(aligner: AlignerCore, claim: Features, sides: readonly Features[] | null, against: readonly Features[] | null): boolean {
  if (!sides || !against) return false;
  const tolerance = aligner.settings.tolerance;
  return against.every((x) => subjectRelation(claim.subject, x.subject, aligner.identity) === 'related' && sides.some((y) => !figuresAgree(x, y, tolerance)));
}

/** A necessary test, in constant time: the claim's figure is within the plausibility factor of the cluster's farthest figures. */
export function withinReach(aligner: AlignerCore, m: Member, c: Cluster): boolean {
  const core = m.features.core;
  // Money may meet a sum of another currency, converted (see `exchangeRanges`): its figure is not on their scale.
  if (!core || !(core[0] > 0) || !(c.lowest > 0) || m.features.unit?.code !== undefined) return true;
  // Plausible with every member's figure [lo, hi]: not above the lowest upper end times the factor, not
  // below the highest lower end over it. A span counts by its ends: 40 fits "عشرات" (10–100) and 35.
  const factor = aligner.settings.factor;
  return core[0] <= c.lowest * factor && core[1] * factor >= c.highest;
}

/** True when every member of `a` is one fact with every member of `b`, and agrees with it. */
export function agreeAsOne(aligner: AlignerCore, a: Cluster, b: Cluster): boolean {
  for (const x of a.kinds.values()) {
    for (const y of b.kinds.values()) {
      const r = relate(readIn(x.first.features, a, b), readIn(y.first.features, a, b), aligner.identity);
      if (!r || !r.agree) return false;
    }
  }
  return true;
}
