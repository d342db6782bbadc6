/**
 * npm run bench:align -- <corpus.jsonl> [--sizes 1000,10000,all] [--limit 600] [--heap 4096] [--stream]
 *
 * Cross-source alignment on real news: reads a JSON Lines corpus of articles
 * (`{id, source, publishedAt, title, text}` a line, as scripts/data/saudinewsnet.ts
 * writes it) and, for the first N documents of each size, reports extraction
 * time, alignment time, peak memory, the number of clusters, the cluster-size
 * distribution and the largest cluster. Each size runs in a child process of
 * its own, so that peak memory is that size's alone; a size that runs past
 * `--limit` seconds or `--heap` MB of heap is reported as "did not finish".
 * `--stream` aligns with `createAligner`, closing each day's windows as the
 * documents arrive, instead of the one-shot `alignClaims`.
 *
 * Without a corpus path, or with a path that does not exist, it says so and
 * exits 0 (the corpus is not in the repository: see scripts/data/README.md).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as library from '../src/index.js';
import type { Claim, ClaimCluster } from '../src/index.js';

interface Article {
  id: string;
  source?: string;
  publishedAt?: string;
  title?: string;
  text: string;
}

interface SizeReport {
  documents: number;
  megabytes: number;
  claims: number;
  extractSeconds: number;
  alignSeconds: number;
  rssBeforeAlignMB: number;
  peakRssMB: number;
  clusters: number;
  multiOutlet: number;
  conflicting: number;
  sizes: Record<string, number>;
  largest: { claims: number; documents: number; outlets: number; units: string[]; values: [number, number] | null; example: string[] };
}

/** Cluster sizes are counted in these bins (claims per cluster). */
const BINS: ReadonlyArray<readonly [string, number, number]> = [
  ['1', 1, 1],
  ['2', 2, 2],
  ['3-5', 3, 5],
  ['6-10', 6, 10],
  ['11-20', 11, 20],
  ['21-49', 21, 49],
  ['50-99', 50, 99],
  ['100+', 100, Infinity],
];

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The first `count` articles with text, one line at a time: the corpus is never held whole. */
async function* readArticles(path: string, count: number): AsyncGenerator<Article> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (n >= count) break;
    if (line.trim() === '') continue;
    const a = JSON.parse(line) as Article;
    if (typeof a.text !== 'string' || a.text.trim() === '') continue;
    n++;
    yield a;
  }
}

const textOf = (a: Article): string => (a.title ? `${a.title}\n\n${a.text}` : a.text);
const sourceOf = (m: ClaimCluster['members'][number]): string => (m as { outlet?: string }).outlet ?? m.documentId;

/** Cluster statistics, gathered as clusters come (so that a stream need not keep them). */
class Tally {
  clusters = 0;
  multiOutlet = 0;
  conflicting = 0;
  sizes: Record<string, number> = Object.fromEntries(BINS.map(([name]) => [name, 0]));
  largest: ClaimCluster | undefined;

  add(list: readonly ClaimCluster[]): void {
    for (const c of list) {
      const n = c.members.length;
      this.clusters++;
      this.sizes[BINS.find(([, lo, hi]) => n >= lo && n <= hi)![0]]!++;
      if (!this.largest || n > this.largest.members.length) this.largest = c;
      if (new Set(c.members.map(sourceOf)).size > 1) this.multiOutlet++;
      if (c.status === 'conflicting') this.conflicting++;
    }
  }
}

interface StreamingAligner {
  add(d: object): void;
  close(before: string): ClaimCluster[];
  clusters(): ClaimCluster[];
}

/**
 * One size, in this process: what the parent prints. One-shot: every article
 * is extracted as it is read, keeping only its claims and its opening and
 * closing lines (where a wire's name stands), then all are aligned at once.
 * Stream: each article is extracted and added in turn, each new day closes
 * what no later article can join, and closed clusters are counted and let go.
 */
async function runOne(path: string, count: number, stream: boolean): Promise<SizeReport> {
  let bytes = 0;
  let extractMs = 0;
  let alignMs = 0;
  let claims = 0;
  let documents = 0;
  const tally = new Tally();
  const kept: Array<{ id: string; source?: string; publishedAt?: string; claims: Claim[]; text: string }> = [];
  const create = (library as unknown as { createAligner?: (o?: object) => StreamingAligner }).createAligner;
  if (stream && !create) throw new Error('this version of the library has no createAligner');
  const aligner = stream ? create!() : null;
  let day: string | undefined;
  for await (const a of readArticles(path, count)) {
    const text = textOf(a);
    bytes += Buffer.byteLength(text);
    documents++;
    let t0 = performance.now();
    const found = library.extractQuantClaims(text, a.publishedAt ? { publishedAt: a.publishedAt } : undefined) as Claim[];
    extractMs += performance.now() - t0;
    claims += found.length;
    const d = {
      id: a.id,
      ...(a.source ? { source: a.source } : {}),
      ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
      claims: found,
      text: text.length > 300 ? `${text.slice(0, 200)}\n${text.slice(-100)}` : text,
    };
    if (!aligner) {
      kept.push(d);
      continue;
    }
    t0 = performance.now();
    // Articles come in publication order: a new day closes what can no longer grow.
    if (d.publishedAt && d.publishedAt !== day) {
      day = d.publishedAt;
      tally.add(aligner.close(day));
    }
    aligner.add(d);
    alignMs += performance.now() - t0;
  }
  const rssBeforeAlignMB = process.memoryUsage().rss / 2 ** 20;
  const t = performance.now();
  tally.add(aligner ? aligner.clusters() : library.alignClaims(kept as never));
  alignMs += performance.now() - t;
  const largest = tally.largest;
  const values = largest?.members.map((m) => m.claim.value ?? m.claim.min ?? m.claim.max).filter((v): v is number => v !== null) ?? [];
  return {
    documents,
    megabytes: bytes / 1e6,
    claims,
    extractSeconds: extractMs / 1000,
    alignSeconds: alignMs / 1000,
    rssBeforeAlignMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    clusters: tally.clusters,
    multiOutlet: tally.multiOutlet,
    conflicting: tally.conflicting,
    sizes: tally.sizes,
    largest: {
      claims: largest?.members.length ?? 0,
      documents: new Set(largest?.members.map((m) => m.documentId)).size,
      outlets: new Set(largest?.members.map(sourceOf)).size,
      units: [...new Set(largest?.members.map((m) => m.claim.unit?.lemma ?? '—'))].slice(0, 6),
      values: values.length > 0 ? [Math.min(...values), Math.max(...values)] : null,
      example: (largest?.members ?? []).slice(0, 4).map((m) => m.claim.text),
    },
  };
}

/** Runs one size in a child process with a time and heap limit; null with the reason when it did not finish. */
function child(path: string, count: number, limitSeconds: number, heapMB: number, stream: boolean): Promise<SizeReport | string> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, '--import', 'tsx', self, '--child', String(count), path, ...(stream ? ['--stream'] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), limitSeconds * 1000);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(JSON.parse(out) as SizeReport);
      if (signal === 'SIGKILL') return resolve(`did not finish within ${limitSeconds} s`);
      if (/heap out of memory|allocation failed/iu.test(err)) return resolve(`did not finish: heap over ${heapMB} MB`);
      resolve(`failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`);
    });
  });
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

async function main(): Promise<void> {
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await runOne(args[2]!, Number(args[1]), args.includes('--stream'))));
    return;
  }
  const path = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
  if (!path || !existsSync(path)) {
    console.log(`bench:align: no corpus${path ? ` at ${path}` : ''}; skipped (give a JSON Lines path: npm run bench:align -- .data/saudinewsnet.jsonl)`);
    return;
  }
  const total = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
  const sizes = (flag('--sizes') ?? '1000,10000,all').split(',').map((s) => (s === 'all' ? total : Number(s)));
  const limit = Number(flag('--limit') ?? 600);
  const heap = Number(flag('--heap') ?? 4096);
  const stream = args.includes('--stream');
  console.log(`alignment bench: ${path} (${total} documents), ${stream ? 'createAligner, closing day by day' : 'alignClaims'}; limits ${limit} s, ${heap} MB heap\n`);
  console.log(`docs     MB    claims   extract s  align s  align/extract  ${stream ? 'RSS at the end  ' : 'RSS before align'}  peak RSS MB  clusters  multi-outlet  conflicting  largest`);
  const details: string[] = [];
  for (const n of sizes) {
    const r = await child(path, n, limit, heap, stream);
    if (typeof r === 'string') {
      console.log(`${String(n).padEnd(7)}  ${r}`);
      continue;
    }
    console.log(
      `${String(r.documents).padEnd(7)} ${fmt(r.megabytes).padStart(5)} ${String(r.claims).padStart(8)} ${fmt(r.extractSeconds).padStart(10)} ${fmt(r.alignSeconds, 2).padStart(8)} ${fmt(r.alignSeconds / r.extractSeconds, 3).padStart(14)} ${fmt(r.rssBeforeAlignMB, 0).padStart(17)} ${fmt(r.peakRssMB, 0).padStart(12)} ${String(r.clusters).padStart(9)} ${String(r.multiOutlet).padStart(13)} ${String(r.conflicting).padStart(12)}  ${r.largest.claims}`,
    );
    details.push(
      `${r.documents} documents: cluster sizes ${Object.entries(r.sizes).map(([k, v]) => `${k}: ${v}`).join(', ')}\n` +
        `  largest: ${r.largest.claims} claims from ${r.largest.documents} documents, ${r.largest.outlets} outlets; units ${r.largest.units.join(' ')}; ` +
        `values ${r.largest.values ? `${r.largest.values[0]}–${r.largest.values[1]}` : '—'}; e.g. ${r.largest.example.join(' | ')}`,
    );
  }
  console.log(`\n${details.join('\n')}`);
}

await main();
