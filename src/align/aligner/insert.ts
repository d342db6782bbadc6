/**
 * A claim joins the cluster it is one fact with as a whole (every member,
 * never one neighbour): of the clusters the blocking index offers, the one it
 * agrees with, then the one of its strongest ties; the others it fits merge in.
 */
import type { Features } from '../features.js';
import { relate } from '../identity.js';
import { join, MAX_KINDS, mergeInto, newCluster, type Cluster, type Member } from './cluster.js';
import type { AlignerCore } from './core.js';
import { oneFact, sidesWith, withinReach } from './fits.js';
import { readIn } from './readings.js';

/** Files a claim that has a handle: into the cluster it fits best, else into a cluster of its own. */
export function insert(aligner: AlignerCore, m: Member): void {
  if (m.features.numberHandles.length === 0 && m.features.subjectHandles.length === 0) {
    newCluster(aligner, m);
    return;
  }
  const scored: Array<{ cluster: Cluster; conflicts: number; subjects: number; agrees: number }> = [];
  for (const cluster of aligner.blocks.candidates(m)) {
    // A cluster of this document's own claims is joined only through another document.
    if (!cluster.manyDocuments && cluster.document === m.document) continue;
    if (cluster.kinds.size >= MAX_KINDS && !cluster.kinds.has(m.features.signature)) continue;
    if (!withinReach(aligner, m, cluster)) continue;
    let conflicts = 0;
    let subjects = 0;
    let agrees = 0;
    let strongLink = false;
    let numberLink = false;
    let fits = true;
    const claim = readIn(m.features, cluster);
    // Members it is linked to by one number and agrees with, and members it disagrees with (made when met).
    let sides: Features[] | null = null;
    let against: Features[] | null = null;
    for (const kind of cluster.kinds.values()) {
      const other = readIn(kind.first.features, cluster);
      const r = relate(claim, other, aligner.identity);
      if (!r) {
        fits = false;
        break;
      }
      if (r.agree) agrees += kind.count;
      else {
        conflicts += kind.count;
        (against ??= []).push(other);
      }
      if (r.tie === 'subject') subjects += kind.count;
      if (r.linked && (kind.documents || kind.first.document !== m.document)) {
        if (r.tie === 'unit') {
          numberLink = true;
          if (r.agree) (sides ??= []).push(other);
        } else strongLink = true;
      }
    }
    // One fact with the cluster as a whole: nothing tells it from any member, and it is linked to a
    // member of another document — by their subject or predicate, or by one specific number when it
    // agrees with all (a unit alone never makes a conflict). A conflict the cluster holds already is
    // not one it makes: "ما لا يقل عن 53 شخصاً" of "حريق بمنطقة سيبيريا", tied by its number to "53
    // قتيلاً" of a cluster where that toll and "37 قتيلاً" of a fire in Kemerovo disagree, sides with the
    // 53 — when its subject shares words with each figure it disagrees with. Without that, a number
    // meets a story's toll by chance (27 عنصراً of ISIS killed in Ramadi, 27 قتيلاً in Suruç).
    if (fits && (strongLink || (numberLink && (conflicts === 0 || sidesWith(aligner, claim, sides, against))))) scored.push({ cluster, conflicts, subjects, agrees });
  }
  // A vague word read through the clusters it fits says nothing when they read it as two things: "العشرات"
  // of a fire beside its dead and its missing.
  const meanings = m.features.vague && m.features.unit === null ? new Set(scored.map((x) => readIn(m.features, x.cluster).unit?.event)) : null;
  if (scored.length === 0 || (meanings && meanings.size > 1)) {
    newCluster(aligner, m);
    aligner.blocks.file(m);
    return;
  }
  // Agreement first, then the strongest ties, then the most members, then the oldest cluster.
  scored.sort(
    (x, y) =>
      Number(x.conflicts > 0) - Number(y.conflicts > 0) || y.subjects - x.subjects || y.agrees - x.agrees || x.cluster.serial - y.cluster.serial,
  );
  const target = scored[0]!.cluster;
  const fresh = join(target, m);
  // Other clusters the claim fits merge in when they are one fact with the whole of it.
  for (const { cluster } of scored.slice(1)) {
    if (!aligner.open.has(cluster) || cluster.kinds.size + target.kinds.size > MAX_KINDS || !oneFact(aligner, cluster, target)) continue;
    mergeInto(aligner, target, cluster);
  }
  // A figure the cluster already holds under this signature is found through the first one.
  if (fresh) aligner.blocks.file(m);
}
