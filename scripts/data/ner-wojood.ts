/**
 * Wojood public sample (Jarrar et al., LREC 2022: nested Arabic NER, 21 classes; "token TAG1 [TAG2 …]"
 * separated by single spaces, a blank line between sentences) -> .data/ner/wojood.jsonl.
 *
 *   npx tsx scripts/data/ner-wojood.ts [mirror-dir]
 *
 * Copy used: github.com/SinaLab/ArabicNER at commit ef3a7f4e, files data/train.txt, data/val.txt,
 * data/test.txt, read in that order (the README: "A sample data is available in the data directory";
 * the full corpus is given on request). Licence of the repository: MIT, "Copyright (c) 2021, Mohammed
 * Khalilia".
 *
 * The tag columns are nesting layers: column 1 is the outermost layer, column 2 the entities nested
 * inside it, and so on; each column is its own BIO sequence, and a token with fewer tags is `O` in the
 * columns it lacks. Each layer is read with bioToSentence on the same tokens and the entities are
 * merged (sorted by start, outer first), each with `depth` (0 = outermost) and `label` (the Wojood
 * class). `type` maps PERS->PER, ORG->ORG, GPE/LOC->LOC, every other class (FAC, NORP, OCC, DATE,
 * EVENT, …)->MISC. `tags` is the outermost column. The token `$#$` (a document-end marker) is dropped
 * (counted).
 */
import { resolve } from 'node:path';
import { DATA_DIR, countBy, mirrorFromArgs, readBlob, repoInfo, writeJsonl, writeMeta } from './lib.ts';
import { bioToSentence, type BioStats, type Entity, type EntityType, type Sentence } from './ner-lib.ts';

const REPO = 'SinaLab/ArabicNER';
const COMMIT = 'ef3a7f4e806a2d909b9107d757c5f65545ae83dc';
const SPLITS = ['train', 'val', 'test'] as const;
const MARKER = '$#$';
const TYPE: Record<string, EntityType> = { PERS: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };

type Split = (typeof SPLITS)[number];
interface WojoodSentence extends Sentence {
  split: Split;
}

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO, COMMIT);

const repairs = {
  /** `$#$` tokens dropped, and how many of them stood before another token of the same sentence. */
  markersDropped: 0,
  markersInsideSentence: 0,
  malformedLines: [] as string[],
};
const stats: BioStats = { orphanInside: 0, offsetMismatches: 0, mismatchLog: [] };
/** Entities of layer d > 0 that no entity of layer d - 1 contains. */
let nestedOutsideParent = 0;
const sentences: WojoodSentence[] = [];
const sentencesPerSplit: Record<string, number> = {};

let tokens: string[] = [];
let columns: string[][] = [];
let pendingMarkers = 0;
const flush = (split: Split): void => {
  pendingMarkers = 0;
  if (tokens.length === 0) return;
  const id = `wojood-${String(sentences.length + 1).padStart(5, '0')}`;
  const depthCount = Math.max(...columns.map((c) => c.length));
  const layers: Sentence[] = [];
  for (let depth = 0; depth < depthCount; depth++) {
    const layerTags = columns.map((c) => c[depth] ?? 'O');
    layers.push(bioToSentence(id, tokens, layerTags, (label) => ({ type: TYPE[label] ?? 'MISC', depth }), stats));
  }
  const entities: Entity[] = layers
    .flatMap((l) => l.entities)
    .sort((a, b) => a.start - b.start || (a.depth as number) - (b.depth as number) || b.end - a.end);
  for (const e of entities) {
    const depth = e.depth as number;
    if (depth > 0 && !entities.some((p) => p.depth === depth - 1 && p.start <= e.start && e.end <= p.end)) nestedOutsideParent++;
  }
  const outer = layers[0]!;
  sentences.push({ id, split, text: outer.text, entities, tokens, tags: outer.tags });
  sentencesPerSplit[split] = (sentencesPerSplit[split] ?? 0) + 1;
  tokens = [];
  columns = [];
};

for (const split of SPLITS) {
  const raw = readBlob(dir, `data/${split}.txt`, COMMIT).toString('utf8');
  for (const line of raw.split(/\r?\n/u)) {
    if (line.trim() === '') {
      flush(split);
      continue;
    }
    const parts = line.split(' ');
    if (parts.length < 2 || parts.some((p) => p === '') || !parts.slice(1).every((t) => /^(?:O|[BI]-[A-Z]+)$/u.test(t))) {
      repairs.malformedLines.push(`${split}: ${line}`);
      continue;
    }
    const token = parts[0]!;
    if (token === MARKER) {
      repairs.markersDropped++;
      pendingMarkers++;
      continue;
    }
    repairs.markersInsideSentence += pendingMarkers;
    pendingMarkers = 0;
    tokens.push(token);
    columns.push(parts.slice(1));
  }
  flush(split); // the files do not end with a blank line
}

const out = resolve(DATA_DIR, 'ner', 'wojood.jsonl');
writeJsonl(out, sentences);

const entities = sentences.flatMap((s) => s.entities);
const summary = {
  sentences: sentences.length,
  sentencesPerSplit,
  tokens: sentences.reduce((a, s) => a + s.tokens.length, 0),
  entities: entities.length,
  entitiesPerType: countBy(entities, (e) => e.type),
  entitiesPerLabel: countBy(entities, (e) => e.label),
  entitiesPerDepth: countBy(entities, (e) => String(e.depth)),
  entitiesPerTypeOuterLayer: countBy(
    entities.filter((e) => e.depth === 0),
    (e) => e.type,
  ),
  nestedOutsideParent,
  orphanInsideTags: stats.orphanInside,
  offsetMismatches: stats.offsetMismatches,
  mismatchLog: stats.mismatchLog,
  markersDropped: repairs.markersDropped,
  repairs: { ...repairs, malformedLines: repairs.malformedLines.slice(0, 20), malformedLineCount: repairs.malformedLines.length },
};
writeMeta(out, {
  corpus: 'Wojood (public sample)',
  source: { ...info, path: 'data/{train,val,test}.txt' },
  licence:
    'MIT (repository LICENSE: "Copyright (c) 2021, Mohammed Khalilia"). The README: "A sample data is available in the data directory"; the full Wojood corpus is given on request.',
  fields: ['id', 'split', 'text', 'entities[{start,end,type,text,label,depth}]', 'tokens', 'tags (outermost layer)'],
  nesting: 'tag column k is nesting layer k-1 (depth 0 = outermost); each column is its own BIO sequence',
  typeMapping: 'PERS->PER, ORG->ORG, GPE/LOC->LOC, every other class->MISC',
  stats: summary,
});
console.log(JSON.stringify({ output: out, commit: info.commit, ...summary }, null, 2));
