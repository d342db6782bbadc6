/**
 * ANERcorp (Benajiba et al. 2007; news, ~150k tokens, "token TAG" per line, no sentence breaks)
 * -> .data/ner/anercorp.jsonl (one sentence per line).
 *
 *   npx tsx scripts/data/ner-anercorp.ts [mirror-dir]
 *
 * Copy used: github.com/HassanAzzam/Arabic-NER, file `ANERCorp` (the original distribution's layout).
 * Sentences end after a token `.`, `!`, `?` or `؟` (the corpus has no blank-line boundaries).
 * Text = tokens joined by single spaces. Tags B-/I-{PERS,ORG,LOC,MISC}; PERS is mapped to PER.
 * Repairs (counted in the .meta.json): lines with an empty token are dropped; a line that glues two
 * entries (`. Oالإصابة O`) is split in two.
 */
import { resolve } from 'node:path';
import { DATA_DIR, countBy, mirrorFromArgs, readBlob, repoInfo, writeJsonl, writeMeta } from './lib.ts';
import { bioToSentence, type BioStats, type EntityType, type Sentence } from './ner-lib.ts';

const REPO = 'HassanAzzam/Arabic-NER';
const FILE = 'ANERCorp';
const TYPE: Record<string, EntityType> = { PERS: 'PER', PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const FINAL = new Set(['.', '!', '?', '؟']);

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO);
const raw = readBlob(dir, FILE).toString('utf8');

const repairs = { emptyTokenLines: 0, gluedLinesSplit: 0, blankLines: 0, unknownTags: [] as string[] };
const pairs: [string, string][] = [];
for (const line of raw.split(/\r?\n/u)) {
  if (line.trim() === '') {
    repairs.blankLines++;
    continue;
  }
  const m = /^(.*) (O|[BI]-[A-Z]+)$/u.exec(line);
  if (m === null) {
    repairs.unknownTags.push(line);
    continue;
  }
  const token = m[1]!;
  const tag = m[2]!;
  if (token === '') {
    repairs.emptyTokenLines++;
    continue;
  }
  const parts = token.split(' ');
  const glued = parts.length === 2 ? /^(O|[BI]-(?:PERS|ORG|LOC|MISC))(\S+)$/u.exec(parts[1]!) : null;
  if (glued !== null) {
    repairs.gluedLinesSplit++;
    pairs.push([parts[0]!, glued[1]!], [glued[2]!, tag]);
    continue;
  }
  pairs.push([token, tag]);
}

const stats: BioStats = { orphanInside: 0, offsetMismatches: 0, mismatchLog: [] };
const sentences: Sentence[] = [];
let tokens: string[] = [];
let tags: string[] = [];
const flush = (): void => {
  if (tokens.length === 0) return;
  const id = `anercorp-${String(sentences.length + 1).padStart(5, '0')}`;
  sentences.push(
    bioToSentence(id, tokens, tags, (label) => {
      const type = TYPE[label];
      if (type === undefined) throw new Error(`unknown label ${label}`);
      return { type };
    }, stats),
  );
  tokens = [];
  tags = [];
};
for (const [token, tag] of pairs) {
  tokens.push(token);
  tags.push(tag);
  if (FINAL.has(token)) flush();
}
flush();

const out = resolve(DATA_DIR, 'ner', 'anercorp.jsonl');
writeJsonl(out, sentences);

const entities = sentences.flatMap((s) => s.entities);
const textCounts = countBy(sentences, (s) => s.text);
const summary = {
  sentences: sentences.length,
  tokens: pairs.length,
  entities: entities.length,
  entitiesPerType: countBy(entities, (e) => e.type),
  sentencesWithoutFinalPunctuation: sentences.filter((s) => !FINAL.has(s.tokens.at(-1)!)).length,
  longestSentenceTokens: Math.max(...sentences.map((s) => s.tokens.length)),
  duplicateSentenceTexts: Object.values(textCounts).filter((n) => n > 1).reduce((a, n) => a + n - 1, 0),
  orphanInsideTags: stats.orphanInside,
  offsetMismatches: stats.offsetMismatches,
  mismatchLog: stats.mismatchLog,
  repairs,
};
writeMeta(out, {
  corpus: 'ANERcorp',
  source: { ...info, path: FILE },
  licence:
    'No licence file in the copy used. ANERcorp was distributed by Y. Benajiba for research use; the CAMeL Lab re-release of ANERcorp is described as CC BY-SA 4.0 by third-party configs (not verified here).',
  fields: ['id', 'text', 'entities[{start,end,type,text,label}]', 'tokens', 'tags'],
  sentenceSplit: 'after a token ". ! ? ؟"',
  stats: summary,
});
console.log(JSON.stringify({ output: out, commit: info.commit, ...summary }, null, 2));
