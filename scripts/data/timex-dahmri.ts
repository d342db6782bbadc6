/**
 * TIMEX3-annotated Arabic news (50 culture articles, 2015) from
 * github.com/dahmri/Enhancing-HeidelTime-for-Time-expression-Annotation-in-Arabic-News,
 * Corpus_test/doc*.tml -> .data/timex/dahmri-heideltime.jsonl.
 *
 *   npx tsx scripts/data/timex-dahmri.ts [mirror-dir]
 *
 * NOT a gold standard: per the paper in the repository (Doc/*.pdf, section IV), these files carry the
 * HeidelTime online demo's annotations (267 expressions there); the 104 expressions the authors found
 * by hand are not in them. Use as silver data (type/value of what HeidelTime found).
 *
 * `text` is the content of <TimeML> with the TIMEX3 tags removed and leading/trailing whitespace
 * trimmed; `timexes` carry UTF-16 offsets into it plus every attribute of the tag.
 */
import { resolve } from 'node:path';
import { DATA_DIR, checkSpans, countBy, listFiles, mirrorFromArgs, readBlobs, repoInfo, writeJsonl, writeMeta } from './lib.ts';

const REPO = 'dahmri/Enhancing-HeidelTime-for-Time-expression-Annotation-in-Arabic-News';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  tid: string;
  attributes: Record<string, string>;
}

const decode = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/gu, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO);
const paths = listFiles(dir, 'HEAD', 'Corpus_test/')
  .filter((p) => p.endsWith('.tml'))
  .sort((a, b) => Number(/(\d+)/u.exec(a)?.[1]) - Number(/(\d+)/u.exec(b)?.[1]));
const blobs = readBlobs(dir, paths);

const log: string[] = [];
let mismatches = 0;
const otherTags = new Set<string>();
const docs = paths.map((path) => {
  const xml = blobs.get(path)!.toString('utf8');
  const body = /<TimeML>([\s\S]*)<\/TimeML>/u.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let pos = 0;
  while (pos < body.length) {
    const lt = body.indexOf('<', pos);
    if (lt < 0) break;
    text += decode(body.slice(pos, lt));
    const gt = body.indexOf('>', lt);
    if (gt < 0) throw new Error(`${path}: unclosed tag`);
    const openTag = body.slice(lt, gt + 1);
    pos = gt + 1;
    if (!openTag.startsWith('<TIMEX3')) {
      otherTags.add(openTag);
      continue;
    }
    const close = body.indexOf('</TIMEX3>', pos);
    if (close < 0) throw new Error(`${path}: unclosed TIMEX3`);
    const attributes: Record<string, string> = {};
    for (const a of openTag.matchAll(/\b(\w+)="([^"]*)"/gu)) attributes[a[1]!] = decode(a[2]!);
    const inner = decode(body.slice(pos, close));
    pos = close + '</TIMEX3>'.length;
    timexes.push({ start: text.length, end: text.length + inner.length, text: inner, type: attributes.type ?? '', value: attributes.value ?? '', tid: attributes.tid ?? '', attributes });
    text += inner;
  }
  text += decode(body.slice(pos));
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  for (const t of timexes) {
    t.start -= lead;
    t.end -= lead;
  }
  const id = `dahmri-${path.split('/').pop()!.replace(/\.tml$/u, '')}`;
  mismatches += checkSpans(id, text, timexes, log);
  return { id, path, text, timexes };
});

const out = resolve(DATA_DIR, 'timex', 'dahmri-heideltime.jsonl');
writeJsonl(out, docs);
const textCounts = countBy(docs, (d) => d.text);
const all = docs.flatMap((d) => d.timexes);
const stats = {
  documents: docs.length,
  timexes: all.length,
  perType: countBy(all, (t) => t.type),
  duplicateDocuments: docs.filter((d) => textCounts[d.text]! > 1).map((d) => d.id),
  offsetMismatches: mismatches,
  mismatchLog: log,
  otherTagsRemoved: [...otherTags].slice(0, 20),
};
writeMeta(out, {
  corpus: 'dahmri Arabic news TIMEX3 (HeidelTime demo output; silver)',
  source: info,
  licence: 'none stated in the repository',
  fields: ['id', 'path', 'text', 'timexes[{start,end,text,type,value,tid,attributes}]'],
  stats,
});
console.log(JSON.stringify({ output: out, commit: info.commit, ...stats }, null, 2));
