/**
 * Stories: two documents tell the same story when one of their claims shares a
 * cluster (a shared subject, or one specific number). Within a story, a claim
 * that nothing files joins the story's figure it agrees with ("10 قتلى" of two
 * reports of one attack), a document's one toll meets the other report's, and
 * a measure alone meets the story's figure converted.
 */
import { relate } from '../identity.js';
import { join, MAX_KINDS, mergeInto, newCluster, type Cluster, type DocumentRecord, type Member } from './cluster.js';
import type { AlignerCore } from './core.js';
import { agreeAsOne, withinReach } from './fits.js';
import { readIn } from './readings.js';

/** Most documents read as telling the same story as one document (a wire story reprinted by them all). */
const MAX_STORIES = 64;

/**
 * True for a measure alone in its cluster, filed by its figure or its subject: it may still meet a story's.
 * A subject that shares only some words with the story's ("ساحل جزيرة كركنة" / "جزيرة قرقنة") ties no
 * small figure on its own, and a story's figure with no subject none either; within the story they meet
 * as figures that agree ("خمسة أميال" / "حوالي 5 أميال بحرية").
 */
const lonelyMeasure = (m: Member): boolean =>
  m.features.unit !== null && m.features.unit.measure && (m.features.numberHandles.length > 0 || m.features.subjectHandles.length > 0) && m.cluster.members.length === 1;

/**
 * Reads the stories of a document whose claims with handles are filed: `unfiled` (claims that nothing
 * files) join a story's cluster or start their own, its one toll meets the story's, its lonely measures
 * the story's figure.
 */
export function joinStories(aligner: AlignerCore, record: DocumentRecord, members: readonly Member[], unfiled: readonly Member[]): void {
  // The stories are read once: clusters merged away since are skipped where they are used.
  const lonely = members.filter((m) => lonelyMeasure(m));
  const stories = unfiled.length > 0 || lonely.length > 0 || members.some((m) => m.soleToll) ? storyClusters(aligner, record) : [];
  for (const m of unfiled) if (!tieToStories(aligner, m, stories)) newCluster(aligner, m);
  // A toll that found no cluster of its own meets the story's toll, agreeing or not.
  for (const m of members) if (m.soleToll && m.cluster.members.length === 1) tollToStories(aligner, m, stories);
  // A measure with no subject that found no cluster as one precise figure meets the story's figure it
  // agrees with once converted: "نحو 32 كيلومتراً" of one report and "16 ميلاً بحرياً" of another.
  for (const m of lonely) {
    const own = m.cluster;
    if (own.members.length !== 1 || !aligner.open.has(own) || !tieToStories(aligner, m, stories)) continue;
    forward(aligner, own, m.cluster);
  }
}

/**
 * The open clusters of the documents that tell the same story as `document`: those one of its claims
 * shares a cluster with (a shared subject, or one specific number: "451 هدفا" in two reports of one
 * transfer), MAX_STORIES of them at most.
 */
function storyClusters(aligner: AlignerCore, document: DocumentRecord): Cluster[] {
  const stories = new Set<DocumentRecord>();
  for (const m of document.members) {
    let c = m.cluster as Cluster | undefined;
    while (c && c.mergedInto) c = c.mergedInto;
    if (!c || c.closed || !c.manyDocuments || !aligner.open.has(c)) continue;
    for (const x of c.members) if (x.document !== document && stories.size < MAX_STORIES) stories.add(x.document);
  }
  // Their open clusters, once; a cluster of a list (Sweden 1 diplomat, Italy 2 …) gives no one figure to
  // tie to, nor does a dual noun alone (طالبان).
  const clusters = new Set<Cluster>();
  for (const d of stories) {
    for (const x of d.members) {
      let c = x.cluster as Cluster | undefined;
      while (c && c.mergedInto) c = c.mergedInto;
      if (c && !c.closed && aligner.open.has(c) && !c.members.some((y) => y.listed || y.features.dual)) clusters.add(c);
    }
  }
  return [...clusters];
}

/**
 * Joins a claim that nothing files (a small number with no subject: "10 قتلى"، "خمس مرات") to a cluster of a document that tells the same story, where it is one fact with
 * every member and agrees with all of them: two reports of one attack that share their specific
 * figures mean the same dead by "10 قتلى". Across stories such figures meet by chance, and they
 * never make a conflict. True when it joined.
 */
function tieToStories(aligner: AlignerCore, m: Member, stories: readonly Cluster[]): boolean {
  // A vague word fits most figures of a story: it joins only a toll of its own noun, read as the same
  // thing happening ("عشرات الجرحى" in one report of an attack, "73 جريحاً" in another; never "عشرات"
  // of the rescued with the dead), and only one it agrees with.
  // A dual noun alone (البلدين، الطرفين، "حركة طالبان" read as two students) says "the two", not a
  // figure of the story: an article on Afghanistan writes طالبان twenty times.
  const f = m.features;
  if (stories.length === 0 || !f.unit?.known || (f.value === null && !(f.vague && f.unit.event !== null)) || m.listed || f.dual) return false;
  const fitting: Cluster[] = [];
  for (const c of stories) {
    // Merged away, closed, or full of other statements: not a cluster to join.
    if (c.mergedInto || !aligner.open.has(c) || (c.kinds.size >= MAX_KINDS && !c.kinds.has(m.features.signature)) || !withinReach(aligner, m, c)) continue;
    let fits = true;
    const claim = readIn(m.features, c);
    for (const kind of c.kinds.values()) {
      const r = relate(claim, readIn(kind.first.features, c), aligner.storyIdentity);
      if (!r || !r.agree || (r.tie === 'unit' && !kind.first.features.unit?.known)) {
        fits = false;
        break;
      }
    }
    if (fits) fitting.push(c);
  }
  if (fitting.length === 0) return false;
  // The largest cluster it fits, then the oldest; the others (the headline's "10 قتلى" and the body's)
  // merge in when every member of theirs agrees with every member of it as one fact.
  fitting.sort((x, y) => y.members.length - x.members.length || x.serial - y.serial);
  const target = fitting[0]!;
  join(target, m);
  for (const c of fitting.slice(1)) {
    if (!aligner.open.has(c) || c.kinds.size + target.kinds.size > MAX_KINDS || !agreeAsOne(aligner, c, target)) continue;
    mergeInto(aligner, target, c);
  }
  return true;
}

/**
 * Moves a document's one toll, alone in its cluster, into the cluster of the same toll of a document
 * that tells the same story, agreeing or not: two reports of one fire that share "نحو 70 مفقوداً"
 * and give "53 قتيلاً" and "37 قتيلاً" give one toll in conflict. Every member of that cluster must be
 * its own document's one toll of the same thing happening, and one fact with the claim; a document
 * that gives two tolls of the dead (37 then 53, as the count rose) gives none, and a subject that
 * differs still keeps two tolls apart.
 */
function tollToStories(aligner: AlignerCore, m: Member, stories: readonly Cluster[]): void {
  const event = m.features.unit!.event;
  const own = m.cluster;
  const fitting: Cluster[] = [];
  for (const c of stories) {
    if (c === own || c.mergedInto || !aligner.open.has(c) || c.kinds.size >= MAX_KINDS || !withinReach(aligner, m, c)) continue;
    // A vague word read as its document's figure (see `echoes`) is that toll said vaguely.
    if (!c.members.every((x) => (x.soleToll || x.features.echo === true) && x.document !== m.document && x.features.unit?.event === event)) continue;
    let fits = true;
    const claim = readIn(m.features, c);
    for (const kind of c.kinds.values()) {
      const r = relate(claim, readIn(kind.first.features, c), aligner.identity);
      if (!r || (r.tie === 'unit' && !kind.first.features.unit?.known)) {
        fits = false;
        break;
      }
    }
    if (fits) fitting.push(c);
  }
  if (fitting.length !== 1) return;
  // One toll of the story only: where two clusters of it would take the claim, which one is not said.
  const target = fitting[0]!;
  forward(aligner, own, target);
  join(target, m);
}

/** Closes a cluster whose one member has moved to `target`, emptied, and forwards it there. */
function forward(aligner: AlignerCore, own: Cluster, target: Cluster): void {
  aligner.open.delete(own);
  own.mergedInto = target;
  own.members = [];
  own.kinds = new Map();
}
