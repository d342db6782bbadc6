/**
 * ANT Corpus v2.1, multi-source (Chouigui et al.; RSS-crawled articles of Al Arabiya, BBC Arabic,
 * CNN Arabic, France 24 Arabic and Sky News Arabia, Feb-Oct 2018) -> .data/news/antcorpus.jsonl
 * (a selection of a few thousand articles) and .data/news/antcorpus-events.jsonl (candidate events:
 * groups of articles from different outlets, published within one day of each other, with similar
 * titles/leads; found automatically, to be checked by hand).
 *
 *   npx tsx scripts/data/antcorpus.ts [mirror-dir] [--all] [--max=3000]
 *
 * --all writes every article (about 31.5k) instead of the selection.
 *
 * Each input file is TREC-like pseudo-XML: DOCNO, URL, SRC, CAT, TITLE, TIME (RFC 822, the outlet's
 * time zone), AUTHOR, ABSTRACT, TEXT. `text` is TEXT with leading/trailing whitespace trimmed and
 * otherwise unchanged; `publishedAt` is the calendar date written in TIME. Articles whose URL repeats
 * within an outlet (the same article filed under two categories) are kept once, with every category.
 *
 * Selection (deterministic): (1) every article of candidate events (minimum pairwise similarity
 * >= 0.2): first events with >= 2 titles carrying a topic hint, then by outlet count and
 * similarity, up to 60% of --max; (2) up to 60 articles per topic hint (health, weather,
 * transport, indicators = inflation/unemployment/GDP/interest rates/oil prices); (3) the rest
 * filled round-robin over outlet x category in a hash order. Articles shorter than 200 characters
 * are not selected. Topic hints are keyword matches on the title: hints, not labels.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DATA_DIR, countBy, listFiles, mirrorFromArgs, readBlobs, repoInfo, writeJsonl, writeMeta } from './lib.ts';

const REPO = 'antcorpus/antcorpus.multisource.data';
const OUTLET: Record<string, string> = {
  alarabia: 'Al Arabiya',
  bbc: 'BBC Arabic',
  cnn: 'CNN Arabic',
  france24: 'France 24 Arabic',
  skynews: 'Sky News Arabia',
};
const MONTH: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};
/** Topic hints from the title: whole words (after an optional و/ف/ب/ل/ك and ال) or phrases. */
const TOPICS: Record<string, { words: string[]; phrases: string[] }> = {
  health: {
    words: 'صحة صحي صحية مرض أمراض وباء أوبئة فيروس فيروسات كوليرا إيبولا حصبة ملاريا إنفلونزا لقاح لقاحات تطعيم سرطان مستشفى مستشفيات دواء أدوية إيدز'.split(' '),
    phrases: ['منظمة الصحة'],
  },
  weather: {
    words: 'طقس أمطار مطر عاصفة عواصف إعصار أعاصير فيضان فيضانات ثلوج زلزال زلازل جفاف بركان'.split(' '),
    phrases: ['موجة حر', 'موجة الحر', 'درجات الحرارة', 'حرائق الغابات'],
  },
  transport: {
    words: 'طائرة طائرات طيران مطار مطارات قطار قطارات حافلة حافلات سفينة سفن مترو ملاحة'.split(' '),
    phrases: ['حادث سير', 'حوادث السير', 'حادث مروري', 'الخطوط الجوية'],
  },
  indicators: {
    words: 'تضخم بطالة'.split(' '),
    phrases: ['الناتج المحلي', 'أسعار الفائدة', 'سعر الفائدة', 'معدل النمو', 'أسعار النفط', 'أسعار المستهلكين', 'الميزان التجاري', 'عجز الموازنة'],
  },
};

function topicHints(title: string, category: string): string[] {
  const norm = ` ${normalise(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const forms = new Set<string>();
  for (const w of norm.trim().split(' ')) {
    const bare = w.length > 3 ? w.replace(/^[وفبلك]/u, '') : w;
    for (const x of [w, bare, w.replace(/^لل/u, '')]) {
      forms.add(x);
      if (x.startsWith('ال') && x.length > 4) forms.add(x.slice(2));
    }
  }
  return Object.entries(TOPICS)
    .filter(([topic, t]) => {
      if (topic !== 'health' && category === 'sport') return false; // كرة الطائرة, weather at matches
      return t.words.some((w) => forms.has(normalise(w))) || t.phrases.some((p) => norm.includes(` ${normalise(p)} `));
    })
    .map(([topic]) => topic);
}

interface Article {
  id: string;
  source: string;
  publishedAt: string;
  url: string;
  title: string;
  text: string;
  category: string;
  categories: string[];
  time: string;
  author: string;
  topicHints: string[];
  selection?: { reason: string; eventId?: string };
}

const args = process.argv.slice(2);
const writeAll = args.includes('--all');
const maxArg = args.find((a) => a.startsWith('--max='));
const MAX = maxArg === undefined ? 3000 : Number(maxArg.slice('--max='.length));

const dir = mirrorFromArgs(REPO);
const info = repoInfo(dir, REPO);
const paths = listFiles(dir).filter((p) => p.endsWith('.txt')).sort();
const blobs = readBlobs(dir, paths);

const tag = (doc: string, name: string): string => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'u').exec(doc);
  return m === null ? '' : m[1]!;
};

const problems: string[] = [];
const byKey = new Map<string, Article>();
for (const path of paths) {
  const doc = blobs.get(path)!.toString('utf8');
  const docno = tag(doc, 'DOCNO').trim();
  const src = tag(doc, 'SRC').trim().toLowerCase();
  const time = tag(doc, 'TIME').trim();
  const tm = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4})/u.exec(time);
  const publishedAt = tm === null ? '' : `${tm[3]}-${MONTH[tm[2]!] ?? '??'}-${tm[1]!.padStart(2, '0')}`;
  if (publishedAt === '' || publishedAt.includes('?')) problems.push(`${path}: unparsed TIME ${time}`);
  const url = tag(doc, 'URL').trim();
  const category = tag(doc, 'CAT').trim();
  const source = OUTLET[src] ?? src;
  const title = tag(doc, 'TITLE').trim();
  const a: Article = {
    id: `ant-${docno}`,
    source,
    publishedAt,
    url,
    title,
    text: tag(doc, 'TEXT').trim(),
    category,
    categories: [category],
    time,
    author: tag(doc, 'AUTHOR').trim(),
    topicHints: topicHints(title, category),
  };
  const key = `${source}\u0000${url === '' ? docno : url}`;
  const prev = byKey.get(key);
  if (prev === undefined) byKey.set(key, a);
  else if (!prev.categories.includes(category)) prev.categories.push(category);
}
const articles = [...byKey.values()];
const index = new Map(articles.map((a) => [a.id, a]));

// ---------------------------------------------------------------- candidate multi-outlet events
const STOP = new Set(
  'في من على الى إلى عن مع ان أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لم لا ما او أو ثم بعد قبل بين حتى عند خلال منذ كما وقال قال وقالت قالت اليوم امس أمس يوم عام العام وزير رئيس الرئيس'
    .split(' ')
    .map((w) => normalise(w)),
);
function normalise(s: string): string {
  return s
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}
function terms(s: string): string[] {
  const out: string[] = [];
  for (const m of normalise(s).matchAll(/[\p{L}\p{N}]+/gu)) {
    let w = m[0];
    if (STOP.has(w)) continue;
    w = w.replace(/^(?:وال|بال|لل|فال|كال|ال)(?=\p{L}{3})/u, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}
const vectors = new Map<string, Map<string, number>>();
const df = new Map<string, number>();
for (const a of articles) {
  const tf = new Map<string, number>();
  for (const t of terms(a.title)) tf.set(t, (tf.get(t) ?? 0) + 2);
  for (const t of terms(a.text.slice(0, 600))) tf.set(t, (tf.get(t) ?? 0) + 1);
  vectors.set(a.id, tf);
  for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
}
const N = articles.length;
for (const tf of vectors.values()) {
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * Math.log(N / df.get(t)!);
    tf.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of tf) tf.set(t, w / norm);
}
const cosine = (x: Map<string, number>, y: Map<string, number>): number => {
  const [small, big] = x.size < y.size ? [x, y] : [y, x];
  let s = 0;
  for (const [t, w] of small) s += w * (big.get(t) ?? 0);
  return s;
};
const dayNumber = (d: string): number => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
const byDay = new Map<number, Article[]>();
for (const a of articles) {
  if (a.publishedAt === '' || a.text.length < 200) continue;
  const d = dayNumber(a.publishedAt);
  byDay.set(d, [...(byDay.get(d) ?? []), a]);
}
const THRESHOLD = 0.3;
const edges: { a: string; b: string; sim: number }[] = [];
for (const [d, list] of byDay) {
  const window = [...list, ...(byDay.get(d + 1) ?? [])];
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    for (let j = i + 1; j < window.length; j++) {
      const y = window[j]!;
      if (x.source === y.source) continue;
      const sim = cosine(vectors.get(x.id)!, vectors.get(y.id)!);
      if (sim >= THRESHOLD) edges.push({ a: x.id, b: y.id, sim });
    }
  }
}
edges.sort((p, q) => q.sim - p.sim || (p.a + p.b < q.a + q.b ? -1 : 1));
// Greedy single-link merging that never puts two articles of one outlet in the same event and never
// lets an event span more than two consecutive days.
const cluster = new Map<string, Set<string>>();
const members = (id: string): Set<string> => cluster.get(id) ?? new Set([id]);
for (const e of edges) {
  const ca = members(e.a);
  const cb = members(e.b);
  if (ca === cb || ca.has(e.b)) continue;
  const sources = new Set([...ca].map((id) => index.get(id)!.source));
  if ([...cb].some((id) => sources.has(index.get(id)!.source))) continue;
  const days = [...ca, ...cb].map((id) => dayNumber(index.get(id)!.publishedAt));
  if (Math.max(...days) - Math.min(...days) > 1) continue; // an event spans at most two consecutive days
  const merged = new Set([...ca, ...cb]);
  for (const id of merged) cluster.set(id, merged);
}
interface Event {
  eventId: string;
  dates: string[];
  outlets: string[];
  articleIds: string[];
  titles: string[];
  meanSim: number;
  minSim: number;
}
const events: Event[] = [];
for (const group of new Set(cluster.values())) {
  const ids = [...group].sort();
  const sims: number[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) sims.push(cosine(vectors.get(ids[i]!)!, vectors.get(ids[j]!)!));
  const arts = ids.map((id) => index.get(id)!);
  events.push({
    eventId: '',
    dates: [...new Set(arts.map((a) => a.publishedAt))].sort(),
    outlets: arts.map((a) => a.source),
    articleIds: ids,
    titles: arts.map((a) => a.title),
    meanSim: Number((sims.reduce((s, x) => s + x, 0) / sims.length).toFixed(3)),
    minSim: Number(Math.min(...sims).toFixed(3)),
  });
}
events.sort((p, q) => q.outlets.length - p.outlets.length || q.meanSim - p.meanSim || (p.articleIds[0]! < q.articleIds[0]! ? -1 : 1));
events.forEach((e, i) => (e.eventId = `ant-event-${String(i + 1).padStart(4, '0')}`));

// ---------------------------------------------------------------- selection
const hash = (s: string): string => createHash('sha1').update(s).digest('hex');
const selected = new Map<string, Article>();
const pick = (a: Article, reason: string, eventId?: string): void => {
  if (selected.has(a.id) || a.text.length < 200) return;
  a.selection = eventId === undefined ? { reason } : { reason, eventId };
  selected.set(a.id, a);
};
if (!writeAll) {
  const eventBudget = Math.floor(MAX * 0.6);
  // Events where at least two titles carry a topic hint (health, weather, transport, economic
  // indicators) go first (rarer than politics and sport), then the rest in ranking order.
  const topical = (e: Event): boolean => e.articleIds.filter((id) => index.get(id)!.topicHints.length > 0).length >= 2;
  for (const e of [...events.filter(topical), ...events.filter((x) => !topical(x))]) {
    if (selected.size + e.articleIds.length > eventBudget) break;
    if (e.minSim < 0.2) continue; // loosely chained groups are listed but not preferred
    for (const id of e.articleIds) pick(index.get(id)!, 'event', e.eventId);
  }
  for (const topic of Object.keys(TOPICS)) {
    const pool = articles.filter((a) => a.topicHints.includes(topic)).sort((p, q) => (hash(p.id) < hash(q.id) ? -1 : 1));
    let n = 0;
    for (const a of pool) {
      if (n >= 60 || selected.size >= MAX) break;
      if (!selected.has(a.id)) {
        pick(a, `topic:${topic}`);
        n++;
      }
    }
  }
  const strata = new Map<string, Article[]>();
  for (const a of articles) {
    const k = `${a.source}/${a.category}`;
    strata.set(k, [...(strata.get(k) ?? []), a]);
  }
  const queues = [...strata.keys()].sort().map((k) => strata.get(k)!.sort((p, q) => (hash(p.id) < hash(q.id) ? -1 : 1)));
  let progress = true;
  while (selected.size < MAX && progress) {
    progress = false;
    for (const q of queues) {
      while (q.length > 0 && (selected.has(q[0]!.id) || q[0]!.text.length < 200)) q.shift();
      const a = q.shift();
      if (a === undefined) continue;
      pick(a, 'sample');
      progress = true;
      if (selected.size >= MAX) break;
    }
  }
}
const outputArticles = (writeAll ? articles : [...selected.values()]).sort((p, q) =>
  p.publishedAt < q.publishedAt ? -1 : p.publishedAt > q.publishedAt ? 1 : p.id < q.id ? -1 : 1,
);

const out = resolve(DATA_DIR, 'news', writeAll ? 'antcorpus-all.jsonl' : 'antcorpus.jsonl');
writeJsonl(out, outputArticles);
const eventsOut = resolve(DATA_DIR, 'news', 'antcorpus-events.jsonl');
writeJsonl(eventsOut, events);

const stats = {
  inputFiles: paths.length,
  articlesAfterUrlDedup: articles.length,
  articles: outputArticles.length,
  outputPerOutlet: countBy(outputArticles, (a) => a.source),
  outputPerCategory: countBy(outputArticles, (a) => a.category),
  outputPerReason: countBy(outputArticles, (a) => a.selection?.reason ?? 'all'),
  outputPerMonth: countBy(outputArticles, (a) => a.publishedAt.slice(0, 7)),
  outputTopicHints: countBy(outputArticles.flatMap((a) => a.topicHints), (t) => t),
  allPerOutlet: countBy(articles, (a) => a.source),
  candidateEdges: edges.length,
  events: events.length,
  eventsByOutletCount: countBy(events, (e) => String(e.outlets.length)),
  eventsInOutput: new Set(outputArticles.map((a) => a.selection?.eventId).filter(Boolean)).size,
  problems: problems.slice(0, 20),
};
writeMeta(out, {
  corpus: 'ANT Corpus v2.1 (multi-source)',
  source: info,
  licence:
    'Apache-2.0 badge in the repository README plus a "citation licence" (cite Chouigui et al. when used); article texts belong to the outlets.',
  fields: ['id', 'source', 'publishedAt', 'url', 'title', 'text', 'category', 'categories', 'time', 'author', 'topicHints', 'selection'],
  eventsFile: eventsOut,
  eventMethod: `tf-idf cosine on title (x2) + first 600 chars, same or next day, different outlets, threshold ${THRESHOLD}; greedy single-link merging with at most one article per outlet and a date span of at most two consecutive days`,
  stats,
});
console.log(JSON.stringify({ output: out, commit: info.commit, ...stats }, null, 2));
