/**
 * NewsFANE Gold 2014 (Alotaibi & Lee, COLING 2014: newswire, ~170k tokens, 50 fine-grained classes,
 * "token<TAB>TAG", blank line between sentences) -> .data/ner/newsfane.jsonl.
 *
 *   npx tsx scripts/data/ner-newsfane.ts [mirror-dir]
 *
 * Copy used: github.com/bvanaken/visbert at commit 8c0f4a8b (the file was removed from later commits),
 * path data/Finegrained/WikiFANE_2014_Gold_standard/NewsFANE_Gold_2014_170K.txt. Licence CC BY-SA 3.0.
 *
 * The text is ANERcorp-like newswire, but tokenised with clitics split (و قال, ان ه) and normalised
 * (no hamza on alef, ى/ي and ة/ه as given): `text` is the tokens joined by single spaces, not the
 * original orthography. The left-to-right mark U+200E that prefixes most tokens is removed (counted).
 *
 * Each entity keeps `fine` (the corpus class) and `coarse` (its ACE-style parent class); `type` maps
 * PER->PER, ORG->ORG, GPE/LOC/FAC->LOC, VEH/WEA/PRO->MISC.
 */
import { resolve } from 'node:path';
import { DATA_DIR, countBy, mirrorFromArgs, readBlob, repoInfo, writeJsonl, writeMeta } from './lib.ts';
import { bioToSentence, type BioStats, type EntityType, type Sentence } from './ner-lib.ts';

const REPO = 'bvanaken/visbert';
const COMMIT = '8c0f4a8b8eb821dca6d947206c3e3cbad9cda693';
const FILE = 'data/Finegrained/WikiFANE_2014_Gold_standard/NewsFANE_Gold_2014_170K.txt';

/** Fine class -> coarse class (taxonomy of Alotaibi & Lee 2014, after ACE 2005). */
const COARSE: Record<string, string> = {};
const TAXONOMY: Record<string, string[]> = {
  PER: ['Politician', 'Athlete', 'Businessperson', 'Artist', 'Scientist', 'Police', 'Religious_PER', 'Engineer', 'Group', 'Lawyer', 'Other_PER'],
  ORG: ['Government', 'Non-Governmental', 'Commercial', 'Educational', 'Media', 'Religious_ORG', 'Sports', 'Medical-Science', 'Entertainment'],
  GPE: ['Continent', 'Nation', 'State-or-Province', 'County-or-District', 'Population-Center', 'GPE-Cluster', 'Special'],
  LOC: ['Address', 'Boundary', 'Celestial', 'Land-Region-Natural', 'Region-General', 'Region-International', 'Water-Body'],
  FAC: ['Airport', 'Building-Grounds', 'Path', 'Plant', 'Subarea-Facility'],
  VEH: ['Land', 'Air', 'Water', 'Subarea-Vehicle', 'Spacecraft'],
  WEA: ['Blunt', 'Exploding', 'Nuclear', 'Projectile', 'Sharp', 'Shooting', 'Chemical', 'Biological'],
  PRO: ['Book', 'Movie', 'Sound', 'Hardware', 'Software', 'Food', 'Drug'],
};
for (const [coarse, fines] of Object.entries(TAXONOMY)) for (const f of fines) COARSE[f] = coarse;
const TYPE: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', VEH: 'MISC', WEA: 'MISC', PRO: 'MISC' };

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO, COMMIT);
const raw = readBlob(dir, FILE, COMMIT).toString('utf8');

const repairs = { directionMarksRemoved: 0, emptyTokensDropped: 0, malformedLines: [] as string[] };
const stats: BioStats = { orphanInside: 0, offsetMismatches: 0, mismatchLog: [] };
const sentences: Sentence[] = [];
let tokens: string[] = [];
let tags: string[] = [];
const flush = (): void => {
  if (tokens.length === 0) return;
  const id = `newsfane-${String(sentences.length + 1).padStart(5, '0')}`;
  sentences.push(
    bioToSentence(id, tokens, tags, (fine) => {
      const coarse = COARSE[fine];
      if (coarse === undefined) throw new Error(`unknown NewsFANE class ${fine}`);
      return { type: TYPE[coarse]!, coarse, fine };
    }, stats),
  );
  tokens = [];
  tags = [];
};
for (const line of raw.split(/\r?\n/u)) {
  if (line.trim() === '') {
    flush();
    continue;
  }
  const parts = line.split('\t');
  if (parts.length !== 2) {
    repairs.malformedLines.push(line);
    continue;
  }
  const stripped = parts[0]!.replace(/[\u200e\u200f]/gu, '');
  if (stripped !== parts[0]) repairs.directionMarksRemoved++;
  const token = stripped.trim();
  if (token === '') {
    repairs.emptyTokensDropped++;
    continue;
  }
  tokens.push(token);
  tags.push(parts[1]!.trim());
}
flush();

const out = resolve(DATA_DIR, 'ner', 'newsfane.jsonl');
writeJsonl(out, sentences);

const entities = sentences.flatMap((s) => s.entities);
const summary = {
  sentences: sentences.length,
  tokens: sentences.reduce((a, s) => a + s.tokens.length, 0),
  entities: entities.length,
  entitiesPerType: countBy(entities, (e) => e.type),
  entitiesPerCoarse: countBy(entities, (e) => String(e.coarse)),
  entitiesPerFine: countBy(entities, (e) => String(e.fine)),
  orphanInsideTags: stats.orphanInside,
  offsetMismatches: stats.offsetMismatches,
  mismatchLog: stats.mismatchLog,
  repairs: { ...repairs, malformedLines: repairs.malformedLines.slice(0, 20) },
};
writeMeta(out, {
  corpus: 'NewsFANE Gold 2014',
  source: { ...info, path: FILE },
  licence: 'CC BY-SA 3.0 Unported (Readme.txt/License.txt beside the file)',
  fields: ['id', 'text', 'entities[{start,end,type,text,label,coarse,fine}]', 'tokens', 'tags'],
  stats: summary,
});
console.log(JSON.stringify({ output: out, commit: info.commit, ...summary, entitiesPerFine: undefined }, null, 2));
